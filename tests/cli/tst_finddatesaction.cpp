#include "binaryrun.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// civic-timeline --find-dates FILE [--document-date DATE] [--format json|csv].
class tst_FindDatesAction : public QObject
{
    Q_OBJECT
private slots:
    void jsonWithTheDocumentsOwnDate();
    void givenDocumentDateReanchors();
    void csv();
    void codePointOffsets();
    void refused_data();
    void refused();
};

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject parse(const BinaryRun &run)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return json.object();
}

} // namespace

void tst_FindDatesAction::jsonWithTheDocumentsOwnDate()
{
    const QString path = TestFiles::path(u"dates"_s, u"documents/press-release-winter-2019.txt"_s);
    const BinaryRun run = runBinary({u"--find-dates"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = parse(run);
    const QJsonObject document = json.value(u"document"_s).toObject();
    QCOMPARE(document.value(u"file"_s).toString(), path);
    QCOMPARE(document.value(u"date"_s).toObject().value(u"label"_s).toString(),
             u"2 December 2019"_s);
    QCOMPARE(document.value(u"date"_s).toObject().value(u"start"_s).toString(), u"2019-12-02"_s);
    QVERIFY(!document.value(u"dateBasis"_s).toString().isEmpty());
    const QJsonArray mentions = json.value(u"mentions"_s).toArray();
    QVERIFY(mentions.size() >= 20);
    const QJsonObject first = mentions.at(0).toObject();
    QCOMPARE(first.value(u"text"_s).toString(), u"Monday 2 December 2019"_s);
    QCOMPARE(first.value(u"start"_s).toInteger(), 105);
    QCOMPARE(first.value(u"end"_s).toInteger(), 127);
    QCOMPARE(first.value(u"anchor"_s).toString(), u"none"_s);
    QCOMPARE(first.value(u"planned"_s).toBool(), false);
    const QJsonObject second = mentions.at(1).toObject();
    QCOMPARE(second.value(u"text"_s).toString(), u"this winter"_s);
    QCOMPARE(second.value(u"anchor"_s).toString(), u"document"_s);
    QCOMPARE(second.value(u"date"_s).toObject().value(u"label"_s).toString(), u"winter 2019/20"_s);
    QCOMPARE(second.value(u"date"_s).toObject().value(u"precision"_s).toString(), u"season"_s);
}

void tst_FindDatesAction::givenDocumentDateReanchors()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"note.txt"_s, "The board met last week and meets again tomorrow.\n");
    const BinaryRun run =
        runBinary({u"--find-dates"_s, path, u"--document-date"_s, u"1 January 2020"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = parse(run);
    QCOMPARE(json.value(u"document"_s)
                 .toObject()
                 .value(u"date"_s)
                 .toObject()
                 .value(u"label"_s)
                 .toString(),
             u"1 January 2020"_s);
    const QJsonArray mentions = json.value(u"mentions"_s).toArray();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).toObject().value(u"date"_s).toObject().value(u"label"_s).toString(),
             u"23 Dec 2019 \u2013 29 Dec 2019"_s);
    QCOMPARE(mentions.at(1).toObject().value(u"date"_s).toObject().value(u"label"_s).toString(),
             u"2 January 2020 (planned)"_s);
    QCOMPARE(mentions.at(1).toObject().value(u"planned"_s).toBool(), true);

    // Without a date to count from, relative mentions have none.
    const BinaryRun undated = runBinary({u"--find-dates"_s, path});
    QCOMPARE(undated.exitCode, 0);
    const QJsonObject u = parse(undated);
    QVERIFY(u.value(u"document"_s).toObject().value(u"date"_s).isNull());
    QVERIFY(u.value(u"mentions"_s).toArray().at(0).toObject().value(u"date"_s).isNull());
}

void tst_FindDatesAction::csv()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"note.txt"_s, "Savings by 2020/21, and \"12\u201314 March 2019\".\n");
    const BinaryRun run = runBinary({u"--find-dates"_s, path, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        run.outText(),
        u"start,end,text,date,precision,approximate,planned,anchor\r\n"
        "11,18,2020/21,by 2020/21 (planned),by,false,true,none\r\n"
        "25,41,12\u201314 March 2019,12 Mar 2019 \u2013 14 Mar 2019,range,false,false,none\r\n"_s);
}

void tst_FindDatesAction::codePointOffsets()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"note.txt"_s, u"\U0001D538\U0001D538 On 3 August 2017.\n"_s.toUtf8());
    const BinaryRun run = runBinary({u"--find-dates"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject m = parse(run).value(u"mentions"_s).toArray().at(0).toObject();
    QCOMPARE(m.value(u"start"_s).toInteger(), 6);
    QCOMPARE(m.value(u"end"_s).toInteger(), 19);
}

void tst_FindDatesAction::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = TestFiles::path(u"dates"_s, u"documents/press-release-winter-2019.txt"_s);
    QTest::newRow("missing file") << QStringList{u"--find-dates"_s, u"/nonexistent/x.txt"_s} << 1
                                  << u"/nonexistent/x.txt"_s;
    QTest::newRow("bad document date")
        << QStringList{u"--find-dates"_s, file, u"--document-date"_s, u"the 32nd"_s} << 2
        << u"--document-date"_s;
    QTest::newRow("bad format") << QStringList{u"--find-dates"_s, file, u"--format"_s, u"xml"_s}
                                << 2 << u"xml"_s;
    QTest::newRow("document date without --find-dates")
        << QStringList{u"--document-date"_s, u"1 January 2020"_s} << 2 << u"document-date"_s;
}

void tst_FindDatesAction::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const BinaryRun run = runBinary(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_FindDatesAction)
#include "tst_finddatesaction.moc"
