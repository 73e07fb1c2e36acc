#include "testfiles.h"
#include "zipreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ZipReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void notZip();
};

void tst_ZipReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<qint64>("size"); // -1: refused
    QTest::addColumn<QString>("error");

    const qint64 mib = 1024 * 1024;
    QTest::newRow("within the limit")
        << u"big-entry.zip"_s << u"zeros.bin"_s << mib << mib << QString();
    QTest::newRow("over the limit") << u"big-entry.zip"_s << u"zeros.bin"_s << mib - 1 << qint64(-1)
                                    << u"its entry zeros.bin is too large: it is 1 MiB, more "
                                       "than the 1048575 bytes allowed"_s;
    // The header says 16 bytes: reading stops at the limit, whatever it says.
    QTest::newRow("header lies about the size")
        << u"lying-size.zip"_s << u"zeros.bin"_s << qint64(64 * 1024) << qint64(-1) << QString();
    QTest::newRow("missing entry") << u"big-entry.zip"_s << u"nothing.bin"_s << mib << qint64(-1)
                                   << u"there is no entry nothing.bin"_s;
    QTest::newRow("names are found whatever their case")
        << u"timeline.xlsx"_s << u"XL/WORKBOOK.XML"_s << mib << qint64(342) << QString();
    QTest::newRow("encrypted") << u"encrypted.xlsx"_s << u"xl/worksheets/sheet1.xml"_s << mib
                               << qint64(-1)
                               << u"its entry xl/worksheets/sheet1.xml is encrypted (save the "
                                  "file without a password)"_s;
}

void tst_ZipReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, entry);
    QFETCH(qint64, maxBytes);
    QFETCH(qint64, size);
    QFETCH(QString, error);

    const QByteArray data = TestFiles::read(TestFiles::path(u"sheets"_s, file));
    const ZipReader zip(data);
    QVERIFY2(zip.isOpen(), qPrintable(zip.error()));
    QString why;
    const std::optional<QByteArray> bytes = zip.read(entry, maxBytes, &why);
    if (size < 0) {
        QVERIFY(!bytes);
        QVERIFY(!why.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(why, error);
    } else {
        QVERIFY2(bytes, qPrintable(why));
        QCOMPARE(bytes->size(), size);
    }
}

void tst_ZipReader::notZip()
{
    const QByteArray data("PK\x03\x04 but nothing after it");
    const ZipReader zip(data);
    QVERIFY(!zip.isOpen());
    QVERIFY(zip.error().startsWith(u"it is not a readable zip archive"_s));
    QString why;
    QVERIFY(!zip.read(u"x"_s, 10, &why));
    QVERIFY(!zip.contains(u"x"_s));
}

QTEST_GUILESS_MAIN(tst_ZipReader)
#include "tst_zipreader.moc"
