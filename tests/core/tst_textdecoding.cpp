#include "textdecoding.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void tooLong();
};

void tst_TextDecoding::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("note"); // the one note, or empty for none
    QTest::addColumn<QString>("error");

    QTest::newRow("UTF-8") << QByteArray("Caf\xC3\xA9 \xE2\x80\x93 2019/20\n")
                           << u"Caf\u00E9 \u2013 2019/20\n"_s << QString() << QString();
    QTest::newRow("UTF-8 with a byte order mark")
        << QByteArray("\xEF\xBB\xBFMinutes") << u"Minutes"_s << QString() << QString();
    QTest::newRow("line ends") << QByteArray("a\r\nb\rc\n\rd") << u"a\nb\nc\n\nd"_s << QString()
                               << QString();
    QTest::newRow("form feed is a blank line")
        << QByteArray("page one\fpage two\vnext") << u"page one\n\npage two\nnext"_s << QString()
        << QString();
    // 0x93 and 0x94 are curly quotes in Windows-1252 and nothing in Latin-1.
    QTest::newRow("Windows-1252")
        << QByteArray("\x93" "Caf\xE9\x94 \x80 5") << u"\u201CCaf\u00E9\u201D \u20AC 5"_s
        << u"decoded as Windows-1252: the file is not UTF-8 (byte 0)"_s << QString();
    QTest::newRow("Latin-1") << QByteArray("na\xEFve \xA3 5") << u"na\u00EFve \u00A3 5"_s
                             << u"decoded as Latin-1 (ISO-8859-1): the file is not UTF-8 (byte 2)"_s
                             << QString();
    QTest::newRow("UTF-16 little-endian")
        << QByteArray("\xFF\xFE" "a\0\x13\x20" "b\0\r\0\n\0", 10) << u"a\u2013b\n"_s
        << u"decoded as UTF-16 (little-endian)"_s << QString();
    QTest::newRow("UTF-16 big-endian") << QByteArray("\xFE\xFF\0h\0i", 6) << u"hi"_s
                                       << u"decoded as UTF-16 (big-endian)"_s << QString();
    QTest::newRow("UTF-16 of an odd length")
        << QByteArray("\xFF\xFE" "a\0b", 5) << QString() << QString()
        << u"it is not readable UTF-16: it has an odd number of bytes (5)"_s;
    QTest::newRow("UTF-16 holding a control character")
        << QByteArray("\xFF\xFE" "a\0\x01\0", 6) << QString() << QString()
        << u"it is not a text document: its UTF-16 text holds the control character U+0001"_s;
    QTest::newRow("a zero byte") << QByteArray("PNG\x1A\0\0\0\rIHDR", 12) << QString()
                                 << QString()
                                 << u"it is not a text document: byte 3 is the control "
                                    "character U+001A"_s;
    QTest::newRow("zero byte first") << QByteArray("ab\0cd", 5) << QString() << QString()
                                     << u"it is not a text document: byte 2 is a zero byte"_s;
    QTest::newRow("DEL") << QByteArray("ab\x7F") << QString() << QString()
                         << u"it is not a text document: byte 2 is the control character "
                            "U+007F"_s;
    QTest::newRow("bytes no encoding has")
        << QByteArray("ab\x81\x8D") << QString() << QString()
        << u"it is not a text document: byte 2 (0x81) is neither UTF-8 nor a Windows-1252 "
           "character"_s;
    QTest::newRow("malformed after a UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBFok \xE9") << QString() << QString()
        << u"byte 6: malformed UTF-8 (the file starts with a UTF-8 byte order mark)"_s;
}

void tst_TextDecoding::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, note);
    QFETCH(QString, error);

    QString why;
    const std::optional<DocumentText> decoded = TextDecoding::decode(bytes, &why);
    if (!error.isEmpty()) {
        QVERIFY(!decoded);
        QCOMPARE(why, error);
        return;
    }
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->notes, note.isEmpty() ? QStringList() : QStringList{note});
}

void tst_TextDecoding::tooLong()
{
    const QByteArray bytes(TextDecoding::kMaxTextBytes + 1, 'a');
    QString why;
    QVERIFY(!TextDecoding::decode(bytes, &why));
    QCOMPARE(why, u"it is too long for a text document: it is 52428801 bytes, more than the 50 "
                  "MiB allowed"_s);
    QVERIFY(TextDecoding::decode(bytes.left(TextDecoding::kMaxTextBytes), &why));
}

QTEST_GUILESS_MAIN(tst_TextDecoding)
#include "tst_textdecoding.moc"
