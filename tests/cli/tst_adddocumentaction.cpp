#include "binaryrun.h"
#include "sourceindexreader.h"
#include "testfiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonArray sourcesOf(const QString &index)
{
    return QJsonDocument::fromJson(TestFiles::readOrEmpty(index))
        .object()
        .value("sources"_L1)
        .toArray();
}

} // namespace

// civic-timeline --add-document FILE --catalogue CAT, run as the built program in a
// temporary folder: a text added once and saved beside the index with its hash, the same
// file again adding nothing, a changed copy added beside the old one, a bad file refused.
class tst_AddDocumentAction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addsSavesAndReAdds();
    void badFilesAddNothing_data();
    void badFilesAddNothing();
    void needsACatalogue();
    void anEventListIsNotRewritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogue;
    QString m_index;
};

void tst_AddDocumentAction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalogue = m_dir->filePath(u"story.json"_s);
    m_index = m_dir->filePath(u"story-sources/sources.json"_s);
    const BinaryRun saved = runBinary({u"--save-as"_s, m_catalogue}, m_dir->path());
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.errText()));
    QVERIFY(QFile::exists(m_index));
}

void tst_AddDocumentAction::addsSavesAndReAdds()
{
    const QByteArray body =
        "Cabinet, 12 March 2019\n\nThe cabinet agreed the plan \xE2\x80\x94 in full.\n";
    const QString report = m_dir->filePath(u"Cabinet Report.txt"_s);
    QVERIFY(write(report, body));
    const qsizetype seeds = sourcesOf(m_index).size();

    const BinaryRun added =
        runBinary({u"--add-document"_s, report, u"--catalogue"_s, m_catalogue}, m_dir->path());
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    QVERIFY2(
        added.outText().contains(u"Cabinet Report.txt was added as \u201CCabinet Report\u201D"_s),
        qPrintable(added.outText()));
    QVERIFY(added.outText().contains(u"cabinet-report.txt"_s));

    // The index records it; the text is beside the index, with the hash of its bytes.
    const QJsonArray sources = sourcesOf(m_index);
    QCOMPARE(sources.size(), seeds + 1);
    const QJsonObject entry = sources.last().toObject();
    QCOMPARE(entry.value("id"_L1).toString(), u"cabinet-report"_s);
    QCOMPARE(entry.value("file"_L1).toString(), u"cabinet-report.txt"_s);
    QCOMPARE(entry.value("originalFile"_L1).toString(), u"Cabinet Report.txt"_s);
    QCOMPARE(entry.value("format"_L1).toString(), u"text"_s);
    QCOMPARE(entry.value("added"_L1).toString(), QDate::currentDate().toString(Qt::ISODate));
    const QByteArray text =
        TestFiles::readOrEmpty(m_dir->filePath(u"story-sources/cabinet-report.txt"_s));
    QCOMPARE(text, body);
    QCOMPARE(entry.value("sha256"_L1).toString(), SourceIndexReader::sha256Of(text));

    // It still lists and checks.
    const BinaryRun listed = runBinary({u"--list-events"_s, m_catalogue}, m_dir->path());
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.errText()));
    QVERIFY(!listed.out.isEmpty());
    const BinaryRun checked = runBinary({u"--check"_s, m_catalogue}, m_dir->path());
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.errText()));
    QVERIFY2(!checked.errText().contains(u"has changed since it was added"_s),
             qPrintable(checked.errText()));

    // Again: the same text is already there.
    const QByteArray indexBefore = TestFiles::readOrEmpty(m_index);
    const BinaryRun again =
        runBinary({u"--add-document"_s, report, u"--catalogue"_s, m_catalogue}, m_dir->path());
    QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
    QCOMPARE(again.outText().trimmed(),
             u"Cabinet Report.txt was already added as \u201CCabinet Report\u201D; nothing was "
             "changed"_s);
    QCOMPARE(TestFiles::readOrEmpty(m_index), indexBefore);

    // A changed copy under the same name: a new source; the old one and its text stay.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"v2"_s)));
    const QString changed = m_dir->filePath(u"v2/Cabinet Report.txt"_s);
    QVERIFY(write(changed, body + "Addendum.\n"));
    const BinaryRun second =
        runBinary({u"--add-document"_s, changed, u"--catalogue"_s, m_catalogue}, m_dir->path());
    QVERIFY2(second.exitCode == 0, qPrintable(second.errText()));
    QVERIFY2(second.outText().contains(
                 u"Cabinet Report.txt has changed since it was added on %1; it was added as a "
                 "new source"_s.arg(QDate::currentDate().toString(u"d MMMM yyyy"_s))),
             qPrintable(second.outText()));
    const QJsonArray after = sourcesOf(m_index);
    QCOMPARE(after.size(), seeds + 2);
    QCOMPARE(after.last().toObject().value("id"_L1).toString(), u"cabinet-report-2"_s);
    QCOMPARE(TestFiles::readOrEmpty(m_dir->filePath(u"story-sources/cabinet-report.txt"_s)), body);
    QCOMPARE(TestFiles::readOrEmpty(m_dir->filePath(u"story-sources/cabinet-report-2.txt"_s)),
             body + "Addendum.\n");

    // A text changed on disk is a warning that --check prints; the catalogue still opens.
    QVERIFY(write(m_dir->filePath(u"story-sources/cabinet-report.txt"_s), "Edited.\n"));
    const BinaryRun warned = runBinary({u"--check"_s, m_catalogue}, m_dir->path());
    QCOMPARE(warned.exitCode, 0);
    QVERIFY2(warned.errText().contains(u"warning: source \"cabinet-report\": the text of "
                                       "cabinet-report.txt has changed since it was added"_s),
             qPrintable(warned.errText()));
}

void tst_AddDocumentAction::badFilesAddNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("0 bytes") << u"empty.txt"_s << QByteArray() << u"the file is empty"_s;
    QTest::newRow("not there") << u"missing.txt"_s << QByteArray("-") << u"there is no such file"_s;
}

void tst_AddDocumentAction::badFilesAddNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(name);
    if (bytes != "-")
        QVERIFY(write(path, bytes));
    const QByteArray indexBefore = TestFiles::readOrEmpty(m_index);
    const QByteArray catalogueBefore = TestFiles::readOrEmpty(m_catalogue);
    const BinaryRun run =
        runBinary({u"--add-document"_s, path, u"--catalogue"_s, m_catalogue}, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errText().contains(path + u": "_s + message), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(TestFiles::readOrEmpty(m_index), indexBefore);
    QCOMPARE(TestFiles::readOrEmpty(m_catalogue), catalogueBefore);
}

void tst_AddDocumentAction::needsACatalogue()
{
    const QString report = m_dir->filePath(u"report.txt"_s);
    QVERIFY(write(report, "Text.\n"));
    const BinaryRun run = runBinary({u"--add-document"_s, report}, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"--add-document needs --catalogue CATALOGUE: the built-in "
                                    "story cannot be written"_s),
             qPrintable(run.errText()));
    const BinaryRun modifier = runBinary({u"--catalogue"_s, m_catalogue}, m_dir->path());
    QCOMPARE(modifier.exitCode, 2); // --catalogue only goes with --add-document
}

void tst_AddDocumentAction::anEventListIsNotRewritten()
{
    const QString list = m_dir->filePath(u"events.csv"_s);
    const QByteArray events = "id,start,end,title,group,category\n";
    QVERIFY(write(list, events));
    const QString report = m_dir->filePath(u"report.txt"_s);
    QVERIFY(write(report, "Text.\n"));
    const BinaryRun run =
        runBinary({u"--add-document"_s, report, u"--catalogue"_s, list}, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(list + u" is not a catalogue"_s), qPrintable(run.errText()));
    QCOMPARE(TestFiles::readOrEmpty(list), events);
}

QTEST_GUILESS_MAIN(tst_AddDocumentAction)
#include "tst_adddocumentaction.moc"
