#include "sourcedocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SourceDocument : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void offsets_data();
    void offsets();
    void slice_data();
    void slice();
    void malformed_data();
    void malformed();
    void loadFile();
    void loadMissingFile();
    void loadMalformedFile();
    void loadResource();
};

void tst_SourceDocument::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");

    QTest::newRow("empty") << QByteArray() << QString() << qsizetype(0);
    QTest::newRow("ascii") << QByteArray("plain text") << u"plain text"_s << qsizetype(10);
    QTest::newRow("seed punctuation")
        << QByteArray("\xE2\x80\xA2 \xE2\x80\x9C\xC2\xA3"
                      "399m\xE2\x80\x9D\xC2\xA0gap")
        << u"\u2022 \u201C\u00A3399m\u201D\u00A0gap"_s << qsizetype(13);
    QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x98\x80"
                                         "b")
                           << u"a\U0001F600b"_s << qsizetype(3);
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "abc")
                                     << u"abc"_s << qsizetype(3);
    QTest::newRow("crlf kept") << QByteArray("a\r\nb") << u"a\r\nb"_s << qsizetype(4);
    QTest::newRow("nul byte") << QByteArray("a\0b", 3) << QStringView(u"a\0b", 3).toString()
                              << qsizetype(3);
}

void tst_SourceDocument::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);

    QString error;
    const SourceDocument document =
        SourceDocument::fromUtf8(u"id"_s, u"dir/doc.txt"_s, bytes, &error);
    QVERIFY2(document.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(document.id(), u"id"_s);
    QCOMPARE(document.fileName(), u"doc.txt"_s);
    QCOMPARE(document.text(), text);
    QCOMPARE(document.codePointCount(), codePoints);
    QCOMPARE(document.slice(0, codePoints), text);
}

void tst_SourceDocument::offsets_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << u"abc"_s;
    QTest::newRow("bmp only") << u"\u201Cpatience\u201D \u00A3399m \u2022\u00A0x"_s;
    QTest::newRow("one pair") << u"a\U0001F600b"_s;
    QTest::newRow("pair first") << u"\U0001F600ab"_s;
    QTest::newRow("pair last") << u"ab\U0001F600"_s;
    QTest::newRow("adjacent pairs") << u"\U0001F600\U0001F601\U0001F602"_s;
    QTest::newRow("mixed") << u"\u00A3\U0001D11Ex\u201C\U0001F600\u201D\U0001F600y"_s;
}

// Offsets against an independent count: UTF-32 is one element per code point.
void tst_SourceDocument::offsets()
{
    QFETCH(QString, text);

    const SourceDocument document = SourceDocument::fromUtf8(u"id"_s, u"t.txt"_s, text.toUtf8());
    QVERIFY(document.isValid());
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(document.codePointCount(), ucs4.size());
    qsizetype utf16 = 0;
    for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
        QCOMPARE(document.toUtf16(cp), utf16);
        QCOMPARE(document.toCodePoint(utf16), cp);
        if (cp < ucs4.size()) {
            const QString one = document.slice(cp, cp + 1);
            QCOMPARE(one.toUcs4(), QList<uint>{ucs4.at(cp)});
            utf16 += QChar::requiresSurrogates(ucs4.at(cp)) ? 2 : 1;
        }
    }
}

void tst_SourceDocument::slice_data()
{
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("expected");

    // Text: “£5 😀 ok” (code points: “ £ 5 space 😀 space o k ”)
    QTest::newRow("all") << qsizetype(0) << qsizetype(9) << u"\u201C\u00A35 \U0001F600 ok\u201D"_s;
    QTest::newRow("after emoji") << qsizetype(5) << qsizetype(8) << u" ok"_s;
    QTest::newRow("emoji alone") << qsizetype(4) << qsizetype(5) << u"\U0001F600"_s;
    QTest::newRow("empty") << qsizetype(3) << qsizetype(3) << QString();
    QTest::newRow("backwards") << qsizetype(5) << qsizetype(3) << QString();
    QTest::newRow("negative start") << qsizetype(-4) << qsizetype(2) << u"\u201C\u00A3"_s;
    QTest::newRow("end past text") << qsizetype(7) << qsizetype(99) << u"k\u201D"_s;
    QTest::newRow("both past text") << qsizetype(20) << qsizetype(30) << QString();
}

void tst_SourceDocument::slice()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, expected);

    const SourceDocument document = SourceDocument::fromUtf8(
        u"id"_s, u"t.txt"_s, u"\u201C\u00A35 \U0001F600 ok\u201D"_s.toUtf8());
    QCOMPARE(document.slice(start, end), expected);
}

void tst_SourceDocument::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("lone continuation") << QByteArray("ab\x80"
                                                     "cd")
                                       << qsizetype(2);
    QTest::newRow("overlong two bytes") << QByteArray("\xC0\x80") << qsizetype(0);
    QTest::newRow("overlong C1") << QByteArray("x\xC1\xBF") << qsizetype(1);
    QTest::newRow("overlong three bytes") << QByteArray("ok \xE0\x80\x80") << qsizetype(3);
    QTest::newRow("overlong four bytes") << QByteArray("\xF0\x80\x80\x80") << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << qsizetype(1);
    QTest::newRow("above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80") << qsizetype(1);
    QTest::newRow("F5 lead") << QByteArray("a\xF5\x80\x80\x80") << qsizetype(1);
    QTest::newRow("FF") << QByteArray("\xFF") << qsizetype(0);
    QTest::newRow("latin-1 pound") << QByteArray("\xE2\x80\x9C"
                                                 "cost \xA3"
                                                 "5")
                                   << qsizetype(8);
    QTest::newRow("truncated at end") << QByteArray("abc\xE2\x80") << qsizetype(3);
    QTest::newRow("truncated before ascii") << QByteArray("abc\xE2\x80"
                                                          "d")
                                            << qsizetype(3);
    QTest::newRow("after valid multibyte")
        << QByteArray("\xC2\xA3\xE2\x80\xA2\xF0\x9F\x98\x80\xFE") << qsizetype(9);
}

void tst_SourceDocument::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);

    QCOMPARE(SourceDocument::firstMalformedUtf8Byte(bytes), offset);
    QString error;
    const SourceDocument document =
        SourceDocument::fromUtf8(u"id"_s, u"seeds/bad.txt"_s, bytes, &error);
    QVERIFY(!document.isValid());
    QCOMPARE(error, u"seeds/bad.txt: byte %1: malformed UTF-8"_s.arg(offset));
}

void tst_SourceDocument::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"doc.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"\u2018zero discussions\u2019"_s.toUtf8());
    file.close();

    QString error;
    const SourceDocument document = SourceDocument::load(u"doc"_s, path, &error);
    QVERIFY2(document.isValid(), qPrintable(error));
    QCOMPARE(document.fileName(), u"doc.txt"_s);
    QCOMPARE(document.codePointCount(), 18);
    QCOMPARE(document.slice(1, 5), u"zero"_s);
}

void tst_SourceDocument::loadMissingFile()
{
    QString error;
    const SourceDocument document =
        SourceDocument::load(u"doc"_s, u"/nonexistent/missing.txt"_s, &error);
    QVERIFY(!document.isValid());
    QVERIFY2(error.startsWith(u"/nonexistent/missing.txt: cannot read"_s), qPrintable(error));
}

void tst_SourceDocument::loadMalformedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("caf\xE9 au lait");
    file.close();

    QString error;
    QVERIFY(!SourceDocument::load(u"doc"_s, path, &error).isValid());
    QCOMPARE(error, path + u": byte 3: malformed UTF-8"_s);
}

// The seeds are compiled in; their punctuation must survive with stable offsets.
void tst_SourceDocument::loadResource()
{
    QString error;
    const SourceDocument document =
        SourceDocument::load(u"hsj"_s, u":/seeds/000_11a42688c4c25110.txt"_s, &error);
    QVERIFY2(document.isValid(), qPrintable(error));
    QCOMPARE(document.fileName(), u"000_11a42688c4c25110.txt"_s);
    QVERIFY(document.text().startsWith(u"\u2022 Three local authorities"_s));
    const qsizetype at = document.text().indexOf(u"\u00A3399m"_s);
    QVERIFY(at > 0);
    const qsizetype start = document.toCodePoint(at);
    QCOMPARE(document.slice(start, start + 5), u"\u00A3399m"_s);
}

QTEST_GUILESS_MAIN(tst_SourceDocument)
#include "tst_sourcedocument.moc"
