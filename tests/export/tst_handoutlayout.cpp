#include "catalogueloader.h"
#include "exportscope.h"
#include "handoutlayout.h"
#include "samplecatalogue.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

// Breaking the handout's text into pages: one block per event, in order, kept whole.
class tst_HandoutLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blocks_data();
    void blocks();
    void longBlockBreaksBetweenParagraphs();
    void paintsOnlyItsPage();

private:
    Catalogue m_story;
};

void tst_HandoutLayout::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
}

void tst_HandoutLayout::blocks_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::addColumn<qreal>("scale");

    QTest::newRow("A4 portrait") << QSizeF(700, 1000) << 0.8;
    QTest::newRow("A3 portrait") << QSizeF(1000, 1450) << 0.8;
    QTest::newRow("narrow, large text") << QSizeF(500, 2200) << 1.5;
}

void tst_HandoutLayout::blocks()
{
    QFETCH(QSizeF, page);
    QFETCH(qreal, scale);
    TimelineTheme theme = TimelineTheme::print();
    theme.scale = scale;
    const ExportScope scope(m_story, ExportSettings());
    const HandoutLayout layout(m_story, scope, theme, page);

    const auto blocks = layout.blockPages();
    QCOMPARE(blocks.size(), scope.eventIndexes().size());
    QVERIFY(layout.pageCount() > 1);
    for (int i = 0; i < blocks.size(); ++i) {
        QCOMPARE(blocks.at(i).first, blocks.at(i).second); // each block on one page
        if (i > 0)
            QVERIFY(blocks.at(i).first >= blocks.at(i - 1).first); // in date order
        QVERIFY(blocks.at(i).first < layout.pageCount());
    }
    // The sources follow the events, possibly on a page of their own.
    QVERIFY(blocks.last().first <= layout.pageCount() - 1);
}

void tst_HandoutLayout::longBlockBreaksBetweenParagraphs()
{
    Catalogue catalogue = sampleCatalogue();
    QList<TimelineEvent> events = catalogue.events();
    for (int i = 0; i < 40; ++i)
        events[1].editDetails().sources.append(
            {u"s-new"_s, 0, 10, u"Passage %1 of a long report."_s.arg(i)});
    catalogue.setEvents(events);
    const ExportScope scope(catalogue, ExportSettings());
    const HandoutLayout layout(catalogue, scope, TimelineTheme::print(), QSizeF(600, 500));

    const auto blocks = layout.blockPages();
    QCOMPARE(blocks.size(), 4);
    QVERIFY(blocks.at(1).second > blocks.at(1).first); // taller than a page: it continues
    QCOMPARE(blocks.at(0).first, blocks.at(0).second);
}

void tst_HandoutLayout::paintsOnlyItsPage()
{
    const ExportScope scope(m_story, ExportSettings());
    const HandoutLayout layout(m_story, scope, TimelineTheme::print(), QSizeF(700, 1000));
    auto render = [&](int page) {
        QImage image(700, 1000, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        layout.paintPage(&painter, page, QPointF(0, 0));
        return image;
    };
    const QImage first = render(0);
    const QImage second = render(1);
    QVERIFY(first != second);
    QImage blank(700, 1000, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(first != blank);
    QCOMPARE(render(layout.pageCount()), blank); // past the end: nothing
}

QTEST_MAIN(tst_HandoutLayout)
#include "tst_handoutlayout.moc"
