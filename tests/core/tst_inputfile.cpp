#include "inputfile.h"
#include "inputlimits.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_InputFile : public QObject
{
    Q_OBJECT

private slots:
    void opens_data();
    void opens();
};

void tst_InputFile::opens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("error"); // the start of it; empty: it opens
    QTest::addColumn<bool>("missing");
    QTest::addColumn<bool>("refused");

    QTest::newRow("a file") << u"file"_s << qint64(100) << QString() << false << false;
    QTest::newRow("a file of the cap") << u"file"_s << qint64(5) << QString() << false << false;
    QTest::newRow("a file over the cap")
        << u"file"_s << qint64(4) << InputLimits::tooLarge(5, 4) << false << true;
    QTest::newRow("no such file") << u"missing"_s << qint64(100) << u"cannot read: "_s << true
                                  << false;
    QTest::newRow("a folder") << u"folder"_s << qint64(100) << u"it is not a regular file"_s
                              << false << true;
    // Opened without blocking: a pipe with no writer would otherwise hang the open.
    QTest::newRow("a pipe") << u"fifo"_s << qint64(100) << u"it is not a regular file"_s << false
                            << true;
    QTest::newRow("a resource") << u"resource"_s << qint64(InputLimits::kMaxFileBytes)
                                << QString() << false << false;
    QTest::newRow("a resource over the cap")
        << u"resource"_s << qint64(4) << u"it is "_s << false << true;
    QTest::newRow("no such resource")
        << u"no resource"_s << qint64(100) << u"cannot read: "_s << true << false;
}

void tst_InputFile::opens()
{
    QFETCH(QString, kind);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, error);
    QFETCH(bool, missing);
    QFETCH(bool, refused);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QString path = folder.filePath(kind);
    if (kind == u"file"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("12345");
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir(folder.path()).mkdir(kind));
    } else if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"resource"_s) {
        path = u":/resources/catalogue.json"_s;
    } else if (kind == u"no resource"_s) {
        path = u":/resources/no-such-file.json"_s;
    }

    const InputFile::Opened opened = InputFile::open(path, maxBytes);
    QVERIFY2(opened.error.startsWith(error) && (error.isEmpty() == opened.error.isEmpty()),
             qPrintable(opened.error));
    QCOMPARE(opened.ok(), error.isEmpty());
    QCOMPARE(opened.missing, missing);
    QCOMPARE(opened.refused, refused);
    QCOMPARE(opened.file != nullptr, opened.ok());
    if (opened.ok()) {
        QVERIFY(opened.file->isOpen());
        QVERIFY(opened.file->size() <= maxBytes);
        QVERIFY(!opened.file->read(5).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_InputFile)
#include "tst_inputfile.moc"
