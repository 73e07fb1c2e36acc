#pragma once

#include "catalogueloader.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

// The unsaved state of one document, kept in the application's data folder (never beside
// or over the user's file) under a name made from the document's path; a lock file beside
// it marks that a running instance has the document open. After a crash the lock is stale
// and the next start finds the recovery file.
class RecoveryFile
{
public:
    explicit RecoveryFile(const QString &documentPath);
    ~RecoveryFile();

    // <application data>/recovery
    static QString folder();

    QString documentPath() const { return m_documentPath; }
    QString path() const; // the recovery catalogue
    // The sources as edited (headlines, dates …): the catalogue names the document's source
    // index, which is not written until the document is saved.
    QString sourcesPath() const;
    // A folder holding the texts of documents added since the document was saved (they are
    // written beside its index only on saving), each named by its sha256.
    QString textsPath() const;
    QString lockPath() const;

    // Claims the document for this instance: false while another running instance has it
    // (a lock left by a process that died is taken over).
    bool lock();
    bool isLocked() const;

    bool exists() const;
    QDateTime savedAt() const;
    // Through QSaveFile; the catalogue names its source index as seen from the folder.
    bool write(const Catalogue &catalogue, QString *error = nullptr);
    CatalogueLoadResult read() const;
    void remove();

private:
    QString writeAddedTexts(const Catalogue &catalogue) const;
    CatalogueLoadResult readWithAddedTexts(const QString &as, const QByteArray &data) const;

    QString m_documentPath;
    QString m_base; // folder()/<key>
    std::unique_ptr<QLockFile> m_lock;
};
