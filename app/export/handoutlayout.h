#pragma once

#include "timelinetheme.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

class Catalogue;
class ExportScope;
class QPainter;
class QTextLayout;

// The text pages of a handout: one block per event of a scope in date order, then the
// sources, wrapped with QTextLayout (plain text, never markup) and broken into pages of a
// given size so that a block stays on one page whenever it fits on one.
class HandoutLayout
{
    Q_DECLARE_TR_FUNCTIONS(HandoutLayout)

public:
    // page is the text area of one page in 1/96 inch. The catalogue must outlive the layout.
    HandoutLayout(const Catalogue &catalogue, const ExportScope &scope, const TimelineTheme &theme,
                  const QSizeF &page);
    ~HandoutLayout();
    HandoutLayout(const HandoutLayout &) = delete;
    HandoutLayout &operator=(const HandoutLayout &) = delete;

    int pageCount() const { return m_pageCount; }
    // Draws text page (0-based) with its top-left corner at origin.
    void paintPage(QPainter *painter, int page, const QPointF &origin) const;
    // The first and last page of each event's block, by position in the scope; for tests.
    QList<std::pair<int, int>> blockPages() const;

private:
    enum class Style { Heading, Date, Title, Summary, Quote, Citation, SourceName, SourceText };
    struct Paragraph
    {
        Style style = Style::Summary;
        int block = -1; // event block, or -1 for headings and sources
        int lane = -1;  // catalogue lane index, for the bar beside an event block
        qreal indent = 0;
        qreal spaceBefore = 0;
        qreal height = 0;
        std::unique_ptr<QTextLayout> text;
        int page = 0;
        qreal y = 0;
    };

    void add(Style style, const QString &text, int block, int lane, int plainPrefix = -1);
    void paginate();
    QFont font(Style style) const;

    TimelineTheme m_theme;
    QSizeF m_page;
    std::vector<Paragraph> m_paragraphs;
    int m_pageCount = 0;
};
