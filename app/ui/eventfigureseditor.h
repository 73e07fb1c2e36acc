#pragma once

#include "cataloguechange.h"
#include "figure.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;
class TimelineDocument;

// The figures of one event in the event editor: listed as written with what they measure and
// their period; Add Figure… and Change… open a FigureDialog, Remove (or Delete) takes one
// away, each one undoable command on the document ("Add Figure “£1.3 million”").
class EventFiguresEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventFiguresEditor(TimelineDocument *document, QWidget *parent = nullptr);

    void setEvent(const QString &id);
    void setReadOnly(bool readOnly);

    // The figures listed, as indexes into the catalogue's figures.
    QList<int> listedFigures() const { return m_listed; }
    QListWidget *list() const { return m_list; }

    void addFigure();
    void changeFigure(int row);
    void removeFigure(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void updateButtons();
    void followDocument(const CatalogueChange &change);
    // Asks for a figure (FigureDialog); nullopt when cancelled.
    std::optional<Figure> ask(const Figure *existing);
    // The figure with an id and a measure key of its own where it has none yet.
    Figure keyed(Figure figure, const QString &keepId) const;

    TimelineDocument *m_document;
    QString m_id;
    bool m_readOnly = false;
    QList<int> m_listed;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_remove = nullptr;
};
