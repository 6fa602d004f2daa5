#pragma once

#include "reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace tandem::ui {

/// A printed document made of blocks that flow down the pages: text (HTML, laid out by
/// QTextDocument) and painted pieces such as charts. Blocks are never cut at a page end: a block
/// that does not fit goes to the next page, and a heading marked keepWithNext goes with it. Text
/// taller than a whole page is the one exception; it is split between lines. Every page gets a
/// footer with its number.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    /// Paints one block; rect starts at (0, 0) and is the block's full width and height.
    using Painter = std::function<void(QPainter &painter, const QRectF &rect)>;

    /// margins are in points; the footer sits in the bottom margin.
    ReportDocument(QPagedPaintDevice &device, const ReportStyle &style, const QMarginsF &margins);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportStyle &style() const { return m_style; }
    /// The width blocks are laid out in, in device units.
    double width() const { return m_body.width(); }
    /// The height of one page's body, in device units.
    double pageHeight() const { return m_body.height(); }

    /// A painted block, height in device units (at most a page's).
    void addBlock(double height, Painter paint);
    /// A text block: HTML laid out at width() with the style's font at pointSize.
    void addHtml(const QString &html, double pointSize = 9.5);
    /// Vertical space in points; dropped at the top of a page.
    void addSpace(double points);
    /// The last block added stays on the same page as the one after it.
    void keepWithNext();
    /// The next block starts a new page (nothing happens at the top of an empty page).
    void newPage();

    /// Font metrics on the device, in device units.
    QFontMetricsF metrics(const QFont &font) const;

    /// Lays the blocks out on pages; gives the number of pages.
    int paginate();
    /// Paints every page on the device (painter must be active on it); footerText goes at the
    /// left of each footer. Gives false when the device refused a new page.
    bool render(QPainter &painter, const QString &footerText);

private:
    struct Block
    {
        enum class Kind { Paint, Space, PageBreak };
        Kind kind = Kind::Paint;
        double height = 0;
        Painter paint;
        bool keepWithNext = false;
    };
    struct Placed
    {
        int block = 0;
        double y = 0;
    };

    std::shared_ptr<QTextDocument> layoutHtml(const QString &html, double pointSize) const;
    void drawHtml(QPainter &painter, QTextDocument &text, const QPointF &at, const QRectF &clip = {}) const;
    double chainHeight(int first) const;
    void paintFooter(QPainter &painter, const QString &text, int page, int pages) const;

    QPagedPaintDevice &m_device;
    ReportStyle m_style;
    QRectF m_body; ///< the area inside the margins, device units
    QList<Block> m_blocks;
    QList<QList<Placed>> m_pages;
};

} // namespace tandem::ui
