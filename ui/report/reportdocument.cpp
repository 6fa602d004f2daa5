#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace tandem::ui {

ReportDocument::ReportDocument(QPagedPaintDevice &device, const ReportStyle &style, const QMarginsF &margins)
    : m_device(device), m_style(style)
{
    const QRectF page(0, 0, device.width(), device.height());
    m_body = page.adjusted(style.pt(margins.left()), style.pt(margins.top()), -style.pt(margins.right()),
                           -style.pt(margins.bottom()));
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::addBlock(double height, Painter paint)
{
    m_blocks.append({ Block::Kind::Paint, std::min(height, pageHeight()), std::move(paint), false });
}

void ReportDocument::addHtml(const QString &html, double pointSize)
{
    std::shared_ptr<QTextDocument> text = layoutHtml(html, pointSize);
    const double height = text->size().height();
    if (height <= pageHeight()) {
        addBlock(height, [this, text](QPainter &painter, const QRectF &) { drawHtml(painter, *text, {}); });
        return;
    }
    // Taller than a page: it starts on a new page, together with the heading that leads to it,
    // and the text layout moves whole lines from one page-sized slice to the next.
    qsizetype chainStart = m_blocks.size();
    double leading = 0;
    while (chainStart > 0) {
        const Block &before = m_blocks.at(chainStart - 1);
        if (before.kind == Block::Kind::PageBreak || (before.kind == Block::Kind::Paint && !before.keepWithNext))
            break;
        leading += before.height;
        --chainStart;
    }
    m_blocks.insert(chainStart, Block { Block::Kind::PageBreak, 0, {}, false });
    const double slice = std::max(pageHeight() - leading, pageHeight() / 2);
    text->setPageSize(QSizeF(width(), slice));
    const int pages = text->pageCount();
    const double bottom = text->documentLayout()->blockBoundingRect(text->lastBlock()).bottom();
    for (int k = 0; k < pages; ++k) {
        const double top = k * slice;
        const double h = k + 1 < pages ? slice : std::max(0.0, bottom - top);
        addBlock(h, [this, text, top, slice](QPainter &painter, const QRectF &rect) {
            drawHtml(painter, *text, QPointF(0, -top), QRectF(0, top, rect.width(), slice));
        });
    }
}

void ReportDocument::addSpace(double points)
{
    m_blocks.append({ Block::Kind::Space, m_style.pt(points), {}, false });
}

void ReportDocument::keepWithNext()
{
    if (!m_blocks.isEmpty())
        m_blocks.last().keepWithNext = true;
}

void ReportDocument::newPage()
{
    m_blocks.append({ Block::Kind::PageBreak, 0, {}, false });
}

std::shared_ptr<QTextDocument> ReportDocument::layoutHtml(const QString &html, double pointSize) const
{
    auto text = std::make_shared<QTextDocument>();
    // Measured with the printer's metrics, so that what was measured is what is painted.
    text->documentLayout()->setPaintDevice(&m_device);
    text->setDocumentMargin(0);
    text->setDefaultFont(m_style.font(pointSize));
    text->setHtml(html);
    text->setTextWidth(width());
    return text;
}

QFontMetricsF ReportDocument::metrics(const QFont &font) const
{
    return QFontMetricsF(font, &m_device);
}

void ReportDocument::drawHtml(QPainter &painter, QTextDocument &text, const QPointF &at, const QRectF &clip) const
{
    QAbstractTextDocumentLayout::PaintContext context;
    // The application's palette may be dark; paper is not.
    context.palette.setColor(QPalette::Text, m_style.ink);
    painter.save();
    painter.translate(at);
    if (clip.isValid()) {
        context.clip = clip;
        painter.setClipRect(clip);
    }
    text.documentLayout()->draw(&painter, context);
    painter.restore();
}

double ReportDocument::chainHeight(int first) const
{
    double height = 0;
    for (int i = first; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        if (block.kind == Block::Kind::PageBreak)
            break;
        height += block.height;
        if (block.kind == Block::Kind::Paint && !block.keepWithNext)
            break;
    }
    return height;
}

int ReportDocument::paginate()
{
    m_pages.clear();
    m_pages.append(QList<Placed>());
    const double limit = pageHeight();
    double y = 0;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        switch (block.kind) {
        case Block::Kind::PageBreak:
            if (!m_pages.last().isEmpty()) {
                m_pages.append(QList<Placed>());
                y = 0;
            }
            break;
        case Block::Kind::Space:
            if (y > 0)
                y += block.height;
            break;
        case Block::Kind::Paint: {
            // A chain taller than a page cannot be kept together; its first block still starts
            // on a fresh page rather than at the foot of one.
            const double needed = std::min(block.keepWithNext ? chainHeight(i) : block.height, limit);
            if (y > 0 && y + needed > limit) {
                m_pages.append(QList<Placed>());
                y = 0;
            }
            m_pages.last().append({ i, y });
            y += block.height;
            break;
        }
        }
    }
    if (m_pages.size() > 1 && m_pages.last().isEmpty())
        m_pages.removeLast();
    return static_cast<int>(m_pages.size());
}

bool ReportDocument::render(QPainter &painter, const QString &footerText)
{
    if (m_pages.isEmpty())
        paginate();
    const int pages = static_cast<int>(m_pages.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !m_device.newPage())
            return false;
        for (const Placed &placed : m_pages.at(page)) {
            const Block &block = m_blocks.at(placed.block);
            painter.save();
            painter.translate(m_body.left(), m_body.top() + placed.y);
            block.paint(painter, QRectF(0, 0, width(), block.height));
            painter.restore();
        }
        paintFooter(painter, footerText, page + 1, pages);
    }
    return true;
}

void ReportDocument::paintFooter(QPainter &painter, const QString &text, int page, int pages) const
{
    const double top = m_body.bottom() + m_style.pt(14);
    painter.save();
    painter.setPen(QPen(m_style.rule, m_style.pt(0.5)));
    painter.drawLine(QPointF(m_body.left(), top), QPointF(m_body.right(), top));
    painter.setFont(m_style.font(7.5));
    painter.setPen(m_style.muted);
    const QRectF line(m_body.left(), top + m_style.pt(4), m_body.width(), m_style.pt(12));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

} // namespace tandem::ui
