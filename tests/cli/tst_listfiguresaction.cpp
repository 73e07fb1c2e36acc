// --list-figures, run as the built program without a display: the built-in story's figures as
// JSON and CSV (amounts in pounds, periods as --list-events writes dates, passages with their
// documents and offsets), and the usage and input errors.
#include "binaryrun.h"
#include "exitcode.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parsed(const BinaryRun &run)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return json.object();
}

QJsonObject byId(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value("id"_L1).toString() == id)
            return item.toObject();
    }
    return {};
}

} // namespace

class tst_ListFiguresAction : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void periodIsWrittenAsListEventsWritesDates();
    void passages();
    void csv();
    void errors_data();
    void errors();
};

void tst_ListFiguresAction::json_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("period"); // its label; empty for null
    QTest::addColumn<QString>("event");

    QTest::newRow("the gap as HSJ gives it")
        << u"llr-gap-hsj"_s << u"llr-funding-gap"_s << 399000000.0 << u"GBP"_s << QString() << false
        << QString() << u"llr-gap"_s;
    QTest::newRow("the gap as paragraph 16 gives it")
        << u"llr-gap-cabinet-para16"_s << u"llr-funding-gap"_s << 409000000.0 << u"GBP"_s
        << QString() << false << QString() << u"llr-gap"_s;
    QTest::newRow("hedged, in a financial year")
        << u"strategic-input-2017-18"_s << u"county-strategic-input"_s << 130000.0 << u"GBP"_s
        << u"about"_s << true << u"2017/18"_s << u"strategic-input-130k"_s;
    QTest::newRow("an estimate") << u"programme-input-2018-19"_s << u"county-programme-input"_s
                                 << 875000.0 << u"GBP"_s << QString() << true << u"2018/19"_s
                                 << u"officer-time-875k"_s;
    QTest::newRow("open-ended period")
        << u"nhs-gap-30bn"_s << u"nhs-national-gap"_s << 30000000000.0 << u"GBP"_s << QString()
        << false << u"by 2020/21"_s << u"fyfv-30bn-gap"_s;
    QTest::newRow("staff") << u"corporate-services-fte"_s << u"corporate-services-staff"_s << 4.4
                           << u"FTE"_s << QString() << false << QString() << u"integration-fte"_s;
}

void tst_ListFiguresAction::json()
{
    QFETCH(QString, id);
    QFETCH(QString, measure);
    QFETCH(double, amount);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(bool, approximate);
    QFETCH(QString, period);
    QFETCH(QString, event);

    const BinaryRun run = runBinary({u"--list-figures"_s});
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    QCOMPARE(run.errText(), QString());
    const QJsonArray figures = parsed(run).value("figures"_L1).toArray();
    QCOMPARE(figures.size(), 16);
    const QJsonObject figure = byId(figures, id);
    QVERIFY2(!figure.isEmpty(), qPrintable(id));
    QCOMPARE(figure.value("measure"_L1).toString(), measure);
    QVERIFY(!figure.value("label"_L1).toString().isEmpty());
    QCOMPARE(figure.value("amount"_L1).toDouble(), amount);
    QCOMPARE(figure.value("unit"_L1).toString(), unit);
    QCOMPARE(figure.value("qualifier"_L1).toString(), qualifier);
    QCOMPARE(figure.value("approximate"_L1).toBool(), approximate);
    if (period.isEmpty())
        QVERIFY(figure.value("period"_L1).isNull());
    else
        QCOMPARE(figure.value("period"_L1).toObject().value("label"_L1).toString(), period);
    QCOMPARE(figure.value("event"_L1).toString(), event);
    // Pounds are written as whole numbers, not as 3.99e+08 or in pence.
    if (unit == u"GBP"_s)
        QVERIFY2(run.out.contains(QByteArray::number(qint64(amount))), qPrintable(id));
}

// A figure for 2017/18 has the very object --list-events gives an event dated 2017/18.
void tst_ListFiguresAction::periodIsWrittenAsListEventsWritesDates()
{
    const QJsonObject figure =
        byId(parsed(runBinary({u"--list-figures"_s})).value("figures"_L1).toArray(),
             u"operational-input-2017-18"_s);
    const QJsonObject event =
        byId(parsed(runBinary({u"--list-events"_s})).value("events"_L1).toArray(),
             u"strategic-input-130k"_s);
    QCOMPARE(event.value("date"_L1).toObject().value("label"_L1).toString(), u"2017/18"_s);
    QCOMPARE(figure.value("period"_L1).toObject(), event.value("date"_L1).toObject());
    QCOMPARE(figure.value("period"_L1).toObject().value("start"_L1).toString(), u"2017-04-01"_s);
}

// Each passage names its document and is exactly the text between its offsets.
void tst_ListFiguresAction::passages()
{
    const QJsonArray figures =
        parsed(runBinary({u"--list-figures"_s})).value("figures"_L1).toArray();
    QVERIFY(!figures.isEmpty());
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        const QJsonArray sources = figure.value("sources"_L1).toArray();
        QVERIFY(!sources.isEmpty());
        for (const QJsonValue &link : sources) {
            const QJsonObject source = link.toObject();
            const QString text =
                QString::fromUtf8(TestFiles::read(QStringLiteral(CIVIC_SOURCE_DIR "/seeds/") +
                                                  source.value("document"_L1).toString()));
            const QList<uint> codePoints = text.toUcs4();
            const qsizetype start = source.value("start"_L1).toInteger();
            const qsizetype end = source.value("end"_L1).toInteger();
            QVERIFY(0 <= start && start < end && end <= codePoints.size());
            const QString slice = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
            QCOMPARE(source.value("excerpt"_L1).toString(), slice);
        }
    }
}

void tst_ListFiguresAction::csv()
{
    const BinaryRun run = runBinary({u"--list-figures"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, int(ExitCode::Success));
    const QStringList lines = run.outText().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 17);
    QCOMPARE(lines.first(), u"id,measure,label,amount,amount_to,unit,qualifier,approximate,"
                            "written,period_start,period_end,period,event,sources"_s);
    QVERIFY2(lines.contains(u"llr-gap-hsj,llr-funding-gap,LLR health and care funding gap,"
                            "399000000,,GBP,,false,£399m,,,,llr-gap,"
                            "000_11a42688c4c25110.txt:803-881"_s),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(run.outText().contains(u",4.4,,FTE,,false,4.4 FTE,,,,integration-fte,"_s),
             qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(u",true,\u00A3130,000,2017-04-01,2018-03-31,2017/18,"_s) ||
                 run.outText().contains(u",true,\"£130,000\",2017-04-01,2018-03-31,2017/18,"_s),
             qPrintable(run.outText()));
}

void tst_ListFiguresAction::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString broken = TestFiles::path(u"loader"_s, u"unknown-lane/catalogue.json"_s);
    QTest::newRow("unknown format")
        << QStringList{u"--list-figures"_s, u"--format"_s, u"xml"_s} << int(ExitCode::Usage)
        << u"unknown format \u201Cxml\u201D for --format"_s;
    QTest::newRow("a catalogue with problems prints them only")
        << QStringList{u"--list-figures"_s, broken} << int(ExitCode::Failure)
        << u"unknown lane \"regional\""_s;
    QTest::newRow("not with --list-events") << QStringList{u"--list-figures"_s, u"--list-events"_s}
                                            << int(ExitCode::Usage) << u"cannot be combined"_s;
    QTest::newRow("a missing catalogue")
        << QStringList{u"--list-figures"_s, TestFiles::path(u"loader"_s, u"nowhere.json"_s)}
        << int(ExitCode::Failure) << u"nowhere.json"_s;
}

void tst_ListFiguresAction::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const BinaryRun run = runBinary(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(tst_ListFiguresAction)
#include "tst_listfiguresaction.moc"
