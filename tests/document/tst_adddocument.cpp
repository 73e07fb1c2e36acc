#include "adddocument.h"
#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "recoveryfile.h"
#include "sourceindexreader.h"
#include "timelinedocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 2);

NewDocumentSource::Text text(const QString &path, const QString &body, const QString &title = {})
{
    return {path, u"text"_s, title, body, {}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject indexEntry(const QString &indexPath, const QString &id)
{
    const QJsonArray sources =
        QJsonDocument::fromJson(readAll(indexPath)).object().value("sources"_L1).toArray();
    for (const QJsonValue &value : sources) {
        if (value.toObject().value("id"_L1).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

// Adding a user's document as a source: one undoable step that adds the source and its text,
// the same file again recognised by its text's hash, the text written once beside the index
// on saving and kept by the recovery file until then.
class tst_AddDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addIsOneStepThatUndoes();
    void theDocumentsOwnDateIsProposed_data();
    void theDocumentsOwnDateIsProposed();
    void idsAndFileNames_data();
    void idsAndFileNames();
    void addingAgain_data();
    void addingAgain();
    void refused_data();
    void refused();
    void savingWritesTheTextOnce();
    void aChangedTextIsReportedAndStillOpens();
    void saveAsCopiesATextNotSavedYet();
    void aNewTimelineGetsAnIndex();
    void recoveryKeepsAnUnsavedText();

private:
    QTemporaryDir m_dir;
    QString m_story; // a copy of the built-in story, which can be edited
    TimelineDocument *m_document = nullptr;
};

void tst_AddDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AddDocument::init()
{
    delete m_document;
    static int n = 0;
    const QString folder = m_dir.filePath(u"case%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(folder));
    m_story = folder + u"/story.json"_s;
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    QVERIFY(CatalogueSaver::save(builtIn.catalogue, CatalogueLoader::builtInPath(), m_story).ok);
    const CatalogueLoadResult copy = CatalogueLoader::load(m_story);
    QVERIFY2(copy.ok(), qPrintable(copy.problems.value(0).toString()));
    m_document = new TimelineDocument(this);
    m_document->reset(copy.catalogue, m_story);
}

void tst_AddDocument::addIsOneStepThatUndoes()
{
    const qsizetype before = m_document->catalogue().sources().size();
    const QString indexBefore = m_document->catalogue().sourceIndexPath();
    QSignalSpy changed(m_document, &TimelineDocument::changed);
    const NewDocumentSource added = m_document->addDocument(
        text(u"/somewhere/Cabinet report.txt"_s, u"The cabinet met on 3 May 2019.\n"_s,
             u"Cabinet report, May 2019"_s),
        kToday);
    QCOMPARE(added.match, NewDocumentSource::Match::New);
    QCOMPARE(added.source.id, u"cabinet-report-may-2019"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Add Document \u201CCabinet report, May 2019\u201D"_s);
    QCOMPARE(changed.count(), 1);
    const CatalogueChange change = changed.takeFirst().at(0).value<CatalogueChange>();
    QCOMPARE(change.what, CatalogueChange::What::Sources);
    QCOMPARE(change.ids, QStringList{added.source.id});

    const SourceInfo *source = m_document->catalogue().source(added.source.id);
    QVERIFY(source);
    QCOMPARE(source->originalFile, u"Cabinet report.txt"_s);
    QCOMPARE(source->format, u"text"_s);
    QCOMPARE(source->added, kToday);
    QCOMPARE(source->sha256,
             SourceIndexReader::sha256Of(QByteArray("The cabinet met on 3 May 2019.\n")));
    QVERIFY(source->date.isValid()); // "by 2 December 2026" until someone dates it
    QVERIFY(m_document->catalogue().document(added.source.id));
    QCOMPARE(m_document->catalogue().document(added.source.id)->text(),
             u"The cabinet met on 3 May 2019.\n"_s);
    QVERIFY(m_document->isModified());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->catalogue().sources().size(), before);
    QVERIFY(!m_document->catalogue().source(added.source.id));
    QVERIFY(!m_document->catalogue().document(added.source.id));
    QCOMPARE(m_document->catalogue().sourceIndexPath(), indexBefore);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<CatalogueChange>().what,
             CatalogueChange::What::Sources);
    QVERIFY(!m_document->isModified());

    m_document->undoStack()->redo();
    QVERIFY(m_document->catalogue().source(added.source.id));
    QVERIFY(m_document->catalogue().document(added.source.id));
    QCOMPARE(m_document->catalogue().sources().size(), before + 1);
}

void tst_AddDocument::theDocumentsOwnDateIsProposed_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("basisEnd");

    QTest::newRow("a heading date")
        << u"WEXCOMBE COUNTY COUNCIL\n\nCABINET \u2013 16 JULY 2019\n\nThe report asks the "
           "Cabinet to approve the plan.\n"_s
        << u"16 July 2019"_s << u"Proposed from the document: confirm it."_s;
    QTest::newRow("nothing to go by") << u"The plan was agreed.\n"_s << u"by 2 December 2026"_s
                                      << u"Confirm its date from the document."_s;
}

void tst_AddDocument::theDocumentsOwnDateIsProposed()
{
    QFETCH(QString, body);
    QFETCH(QString, date);
    QFETCH(QString, basisEnd);

    const NewDocumentSource added =
        m_document->addDocument(text(u"/somewhere/report.txt"_s, body), kToday);
    QCOMPARE(added.match, NewDocumentSource::Match::New);
    const SourceInfo *source = m_document->catalogue().source(added.source.id);
    QVERIFY(source);
    QCOMPARE(source->date.label(), date);
    QVERIFY2(source->basis.endsWith(basisEnd), qPrintable(source->basis));
}

void tst_AddDocument::idsAndFileNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("id");
    QTest::newRow("the title") << u"a.txt"_s << u"Health & Care Plan"_s << u"health-care-plan"_s;
    QTest::newRow("no title: the file's name")
        << u"Board Minutes.txt"_s << QString() << u"board-minutes"_s;
    QTest::newRow("accents folded to ASCII")
        << u"x.txt"_s << u"Café été – Ünïon"_s << u"cafe-ete-union"_s;
    QTest::newRow("nothing ASCII left") << u"x.txt"_s << u"\u4F1A\u8BAE"_s << u"document"_s;
    QTest::newRow("long titles cut at a word")
        << u"x.txt"_s
        << u"Moving towards accountable care in Leicester, Leicestershire and Rutland"_s
        << u"moving-towards-accountable-care-in-leicester"_s;
}

void tst_AddDocument::idsAndFileNames()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, id);
    const NewDocumentSource added =
        m_document->addDocument(text(file, u"Some text."_s, title), kToday);
    QCOMPARE(added.source.id, id);
    QCOMPARE(added.source.file, id + u".txt"_s);

    // The same id again (another file) is made unique; so is a name a file beside the index
    // has already, which is never overwritten.
    if (title.isEmpty())
        title = QFileInfo(file).completeBaseName();
    const NewDocumentSource second =
        m_document->addDocument(text(u"other-"_s + file, u"Other text."_s, title), kToday);
    QCOMPARE(second.source.id, id + u"-2"_s);
    const QString indexFolder = QFileInfo(m_story).path() + u"/story-sources"_s;
    QFile squatter(indexFolder + u'/' + id + u"-3.txt"_s);
    QVERIFY(squatter.open(QIODevice::WriteOnly));
    squatter.close();
    const NewDocumentSource third =
        m_document->addDocument(text(u"third-"_s + file, u"Third text."_s, title), kToday);
    QCOMPARE(third.source.id, id + u"-4"_s);
}

void tst_AddDocument::addingAgain_data()
{
    QTest::addColumn<QString>("again");
    QTest::addColumn<int>("match");
    QTest::addColumn<int>("sourcesAdded");
    QTest::newRow("the same text")
        << u"The council agreed the plan.\n"_s << int(NewDocumentSource::Match::AlreadyAdded) << 0;
    QTest::newRow("a changed text") << u"The council agreed the revised plan.\n"_s
                                    << int(NewDocumentSource::Match::ChangedSinceAdded) << 1;
}

void tst_AddDocument::addingAgain()
{
    QFETCH(QString, again);
    QFETCH(int, match);
    QFETCH(int, sourcesAdded);
    const NewDocumentSource first = m_document->addDocument(
        text(u"/a/plan.txt"_s, u"The council agreed the plan.\n"_s), kToday);
    QCOMPARE(first.match, NewDocumentSource::Match::New);
    const QList<SourceInfo> before = m_document->catalogue().sources();
    const int steps = m_document->undoStack()->count();

    // From another folder: the original's name is what it is known by.
    const NewDocumentSource second =
        m_document->addDocument(text(u"/b/plan.txt"_s, again), kToday.addDays(3));
    QCOMPARE(int(second.match), match);
    QCOMPARE(second.existing.id, first.source.id);
    QCOMPARE(m_document->catalogue().sources().size(), before.size() + sourcesAdded);
    QCOMPARE(m_document->undoStack()->count(), steps + sourcesAdded);
    // The old source and its text are as they were.
    QCOMPARE(m_document->catalogue().document(first.source.id)->text(),
             u"The council agreed the plan.\n"_s);
    if (second.match == NewDocumentSource::Match::AlreadyAdded) {
        QCOMPARE(second.message(),
                 u"plan.txt was already added as \u201Cplan\u201D; nothing was changed"_s);
    } else {
        QCOMPARE(second.source.id, u"plan-2"_s);
        QCOMPARE(second.message(),
                 u"plan.txt has changed since it was added on 2 December 2026; it was added as "
                 "a new source, \u201Cplan\u201D, and the old one and its passages are kept"_s);
    }
}

void tst_AddDocument::refused_data()
{
    QTest::addColumn<bool>("eventList");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("only white space")
        << false << u" \n\t\n"_s << u"blank.txt: there is no text in it to quote"_s;
    QTest::newRow("an event list's timeline")
        << true << u"Text."_s
        << u"blank.txt cannot be added: this timeline came from an event list, so its events "
           "have no passages and it has no source index for documents; add documents to a "
           "catalogue (File > Save As makes one)"_s;
}

void tst_AddDocument::refused()
{
    QFETCH(bool, eventList);
    QFETCH(QString, body);
    QFETCH(QString, message);
    if (eventList) {
        Catalogue list = m_document->catalogue();
        list.setSourceIndexPath(QString());
        list.setSources({});
        m_document->reset(list, m_dir.filePath(u"events.json"_s));
    }
    QSignalSpy changed(m_document, &TimelineDocument::changed);
    const qsizetype before = m_document->catalogue().sources().size();
    const NewDocumentSource added = m_document->addDocument(text(u"blank.txt"_s, body), kToday);
    QCOMPARE(added.match, NewDocumentSource::Match::Refused);
    QCOMPARE(added.message(), message);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->catalogue().sources().size(), before);
    QCOMPARE(changed.count(), 0);
}

void tst_AddDocument::savingWritesTheTextOnce()
{
    const QString body = u"Minutes of the meeting held on 12 March 2019 \u2014 caf\u00E9.\n"_s;
    const NewDocumentSource added =
        m_document->addDocument({u"/x/minutes.txt"_s,
                                 u"text"_s,
                                 u"Minutes"_s,
                                 body,
                                 {u"decoded as Windows-1252, not UTF-8"_s}},
                                kToday);
    const QString folder = QFileInfo(m_story).path() + u"/story-sources/"_s;
    const QString textPath = folder + added.source.file;
    QVERIFY(!QFileInfo::exists(textPath)); // in memory until saved
    QCOMPARE(m_document->save(m_story).status, TimelineDocument::SaveResult::Saved);
    QCOMPARE(readAll(textPath), body.toUtf8());

    const QJsonObject entry = indexEntry(folder + u"sources.json"_s, added.source.id);
    QCOMPARE(entry.value("file"_L1).toString(), added.source.file);
    QCOMPARE(entry.value("originalFile"_L1).toString(), u"minutes.txt"_s);
    QCOMPARE(entry.value("format"_L1).toString(), u"text"_s);
    QCOMPARE(entry.value("sha256"_L1).toString(), SourceIndexReader::sha256Of(body.toUtf8()));
    QCOMPARE(entry.value("added"_L1).toString(), u"2026-12-02"_s);
    QCOMPARE(entry.value("notes"_L1).toArray().at(0).toString(),
             u"decoded as Windows-1252, not UTF-8"_s);
    // The seeds' entries gained nothing.
    QVERIFY(!indexEntry(folder + u"sources.json"_s, u"hsj-breaking-point"_s).contains("sha256"_L1));

    // It loads again as it was.
    const CatalogueLoadResult loaded = CatalogueLoader::load(m_story);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    QVERIFY(loaded.warnings.isEmpty());
    const SourceInfo *source = loaded.catalogue.source(added.source.id);
    QVERIFY(source);
    QCOMPARE(source->sha256, added.source.sha256);
    QCOMPARE(source->notes, added.source.notes);
    QCOMPARE(loaded.catalogue.document(added.source.id)->text(), body);

    // Never rewritten: another save leaves the text file as it is on disk.
    QFile file(textPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("changed by hand\n");
    file.close();
    m_document->addDocument(text(u"/x/other.txt"_s, u"Other."_s), kToday);
    QCOMPARE(m_document->save(m_story, true).status, TimelineDocument::SaveResult::Saved);
    QCOMPARE(readAll(textPath), QByteArray("changed by hand\n"));
}

void tst_AddDocument::aChangedTextIsReportedAndStillOpens()
{
    const NewDocumentSource added =
        m_document->addDocument(text(u"/x/letter.txt"_s, u"Dear colleague,\n"_s), kToday);
    QCOMPARE(m_document->save(m_story).status, TimelineDocument::SaveResult::Saved);
    const QString folder = QFileInfo(m_story).path() + u"/story-sources/"_s;
    QFile file(folder + added.source.file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dear colleagues,\n");
    file.close();

    const CatalogueLoadResult loaded = CatalogueLoader::load(m_story);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    QCOMPARE(loaded.warnings.size(), 1);
    const Problem warning = loaded.warnings.constFirst();
    QCOMPARE(QFileInfo(warning.file).fileName(), u"sources.json"_s);
    // The line of the source's "id" in the index.
    const QList<QByteArray> lines = readAll(folder + u"sources.json"_s).split('\n');
    QVERIFY(warning.line > 0);
    QVERIFY(lines.at(warning.line - 1).contains("\"id\": \"letter\""));
    QCOMPARE(warning.message,
             u"source \"letter\": the text of letter.txt has changed since it was added: passages "
             "may point to the wrong words"_s);
    QCOMPARE(loaded.catalogue.document(u"letter"_s)->text(), u"Dear colleagues,\n"_s);
}

void tst_AddDocument::saveAsCopiesATextNotSavedYet()
{
    const NewDocumentSource added =
        m_document->addDocument(text(u"/x/notes.txt"_s, u"Notes of a call.\n"_s), kToday);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"elsewhere"_s)));
    const QString copy = m_dir.filePath(u"elsewhere/copy.json"_s);
    QCOMPARE(m_document->save(copy).status, TimelineDocument::SaveResult::Saved);
    QCOMPARE(readAll(m_dir.filePath(u"elsewhere/copy-sources/"_s) + added.source.file),
             QByteArray("Notes of a call.\n"));
    const CatalogueLoadResult loaded = CatalogueLoader::load(copy);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    QVERIFY(loaded.catalogue.document(added.source.id));
}

void tst_AddDocument::aNewTimelineGetsAnIndex()
{
    m_document->reset(Catalogue(), QString());
    const NewDocumentSource added =
        m_document->addDocument(text(u"/x/report.txt"_s, u"A report.\n"_s), kToday);
    QCOMPARE(added.match, NewDocumentSource::Match::New);
    QCOMPARE(m_document->catalogue().sourceIndexPath(), u"sources/sources.json"_s);
    const QString path = m_dir.filePath(u"fresh/timeline.json"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"fresh"_s)));
    QCOMPARE(m_document->save(path).status, TimelineDocument::SaveResult::Saved);
    QCOMPARE(readAll(m_dir.filePath(u"fresh/sources/report.txt"_s)), QByteArray("A report.\n"));
    const CatalogueLoadResult loaded = CatalogueLoader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    QCOMPARE(loaded.catalogue.sources().size(), 1);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->catalogue().sourceIndexPath(), QString());
}

void tst_AddDocument::recoveryKeepsAnUnsavedText()
{
    const NewDocumentSource added =
        m_document->addDocument(text(u"/x/press.txt"_s, u"Press release.\n"_s), kToday);
    RecoveryFile recovery(m_story);
    QString error;
    QVERIFY2(recovery.write(m_document->catalogue(), &error), qPrintable(error));
    // Nothing is written beside the user's file before saving.
    QVERIFY(
        !QFileInfo::exists(QFileInfo(m_story).path() + u"/story-sources/"_s + added.source.file));
    const CatalogueLoadResult read = recovery.read();
    QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
    QVERIFY(read.catalogue.source(added.source.id));
    QVERIFY(read.catalogue.document(added.source.id));
    QCOMPARE(read.catalogue.document(added.source.id)->text(), u"Press release.\n"_s);
    QCOMPARE(read.catalogue.document(u"hsj-breaking-point"_s) != nullptr, true);
    const QString kept = recovery.textsPath() + u'/' + added.source.sha256 + u".txt"_s;
    QVERIFY(QFileInfo::exists(kept));

    // Undone, its text leaves the recovery too.
    m_document->undoStack()->undo();
    QVERIFY(recovery.write(m_document->catalogue(), &error));
    QVERIFY(!QFileInfo::exists(kept));
    m_document->undoStack()->redo();
    QVERIFY(recovery.write(m_document->catalogue(), &error));
    QVERIFY(QFileInfo::exists(kept));
    recovery.remove();
    QVERIFY(!QFileInfo::exists(recovery.textsPath()));
}

QTEST_GUILESS_MAIN(tst_AddDocument)
#include "tst_adddocument.moc"
