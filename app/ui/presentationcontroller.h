#pragma once

#include <QBitArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class Catalogue;
struct Story;

// Where a presentation is: the events it steps through (the visible events in date order, or
// a story's events in the story's order) and the one showing now, and whether the screen is
// blanked. No drawing: PresentationWindow shows what this says.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    explicit PresentationController(QObject *parent = nullptr);

    // The events visible under mask (one bit per Catalogue::events() entry; empty: every
    // event) in date order. Goes to the first.
    void setEvents(const Catalogue &catalogue, const QBitArray &visible = {});
    // A story's events in its order. Ids the catalogue does not know are skipped and each is
    // reported in problems(). Goes to the first.
    void setStory(const Catalogue &catalogue, const Story &story);

    // Catalogue event indexes, in presentation order.
    const QList<int> &sequence() const { return m_sequence; }
    int count() const { return int(m_sequence.size()); }
    bool isEmpty() const { return m_sequence.isEmpty(); }
    // What was left out of the sequence, and why; for the window that started the show.
    const QStringList &problems() const { return m_problems; }

    // 0-based position in sequence(); -1 when the sequence is empty.
    int position() const { return m_position; }
    // The catalogue index of the event showing, or -1.
    int currentEvent() const;
    // "7 / 26": the position counted from 1, and the length.
    QString progressText() const;

    bool isBlanked() const { return m_blanked; }

    // Where position of eventIndex is in the sequence, or -1.
    int positionOf(int eventIndex) const { return int(m_sequence.indexOf(eventIndex)); }

public slots:
    // Stepping while blanked only brings the picture back, as presentation programs do, so
    // that no event goes by unseen. Each returns whether anything changed.
    bool next();
    bool previous();
    bool first();
    bool last();
    bool goTo(int position);
    // Starts at eventIndex when it is in the sequence, else at the first event.
    void startAt(int eventIndex);
    void setBlanked(bool blanked);
    void toggleBlanked() { setBlanked(!m_blanked); }

signals:
    void currentChanged(int position, int eventIndex);
    void blankedChanged(bool blanked);
    // The sequence was replaced.
    void sequenceChanged();

private:
    void reset(const QList<int> &sequence);
    bool move(int position);

    QList<int> m_sequence;
    QStringList m_problems;
    int m_position = -1;
    bool m_blanked = false;
};
