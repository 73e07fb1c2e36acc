#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class RecoveryFile;
class TimelineDocument;

// Writes a document's unsaved state to its RecoveryFile a few seconds after edits stop
// (throttled with one single-shot timer), and deletes it when the document is saved or its
// changes are discarded. Holds the recovery lock of the open document; without it (another
// running instance has the document open) it neither writes nor deletes the recovery file,
// which is that instance's.
class DocumentAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 3000;

    explicit DocumentAutosaver(TimelineDocument *document, int delayMs = kDefaultDelayMs);
    ~DocumentAutosaver() override;

    RecoveryFile *recoveryFile() const { return m_recovery.get(); }
    // Writes now if there is anything unsaved.
    void writeNow();
    // The unsaved changes are being thrown away: so is their recovery file.
    void discard();

signals:
    void failed(const QString &error);

private:
    void followFile();

    TimelineDocument *m_document;
    std::unique_ptr<RecoveryFile> m_recovery;
    QTimer m_timer;
};
