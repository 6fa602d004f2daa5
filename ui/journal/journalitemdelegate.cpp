#include "journalitemdelegate.h"

#include "journallistmodel.h"

#include "common/format.h"
#include "common/theme.h"

#include "journalsummary.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int Padding = 8;
constexpr int StripeWidth = 4;

QString modeText(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return JournalItemDelegate::tr("Led");
    case Mode::Manage: return JournalItemDelegate::tr("Managed");
    case Mode::Both: return JournalItemDelegate::tr("Led and managed");
    case Mode::Unset: break;
    }
    return {};
}

// Keeps the first match in view on a narrow row: text before it that would take more than a
// third of the width is cut from the left, at a word, and replaced by "…".
QString bringMatchIntoView(const QString &snippet, const QFontMetrics &fm, int width)
{
    const qsizetype match = snippet.indexOf(QChar(JournalSummary::MatchStart));
    if (match <= 0 || fm.horizontalAdvance(snippet.left(match)) <= width / 3)
        return snippet;
    qsizetype from = match;
    while (from > 0) {
        const qsizetype space = snippet.lastIndexOf(QLatin1Char(' '), from - 1);
        if (space < 0 || fm.horizontalAdvance(snippet.mid(space + 1, match - space - 1)) > width / 3)
            break;
        from = space;
    }
    return QStringLiteral("…") + snippet.mid(from).trimmed();
}

// Draws text made of plain runs and marked runs (matches), on one line, cut off with "…".
void drawMarked(QPainter *painter, const QRect &rect, const QString &snippet, const QFont &font, const QColor &text,
                const QColor &markBackground, bool selected)
{
    QFont bold = font;
    bold.setBold(true);
    int x = rect.left();
    bool marked = false;
    QString run;
    const auto flush = [&] {
        if (run.isEmpty() || x >= rect.right())
            return;
        const QFont &f = marked ? bold : font;
        const QFontMetrics fm(f);
        const int room = rect.right() - x;
        QString shown = run;
        if (fm.horizontalAdvance(shown) > room)
            shown = fm.elidedText(run, Qt::ElideRight, room);
        const int width = fm.horizontalAdvance(shown);
        if (marked && !selected)
            painter->fillRect(QRect(x, rect.top(), width, rect.height()), markBackground);
        painter->setFont(f);
        painter->setPen(text);
        painter->drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        if (marked && selected)
            painter->drawLine(x, rect.bottom(), x + width, rect.bottom());
        x += width;
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QChar(JournalSummary::MatchStart) || c == QChar(JournalSummary::MatchEnd)) {
            flush();
            marked = c == QChar(JournalSummary::MatchStart);
            continue;
        }
        run.append(c);
    }
    flush();
}

} // namespace

QSize JournalItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 3 * fm.height() + 2 * Padding + 4};
}

void JournalItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = Theme::mix(text, pal.color(selected ? QPalette::Highlight : QPalette::Base), 0.35);

    // What I did, as a stripe in the role's colour (both: half and half).
    const auto mode = static_cast<Mode>(index.data(JournalListModel::ModeRole).toInt());
    const QRect stripe(option.rect.left() + 2, option.rect.top() + Padding, StripeWidth, option.rect.height() - 2 * Padding);
    if (mode == Mode::Lead || mode == Mode::Manage) {
        painter->fillRect(stripe, Theme::roleColor(mode == Mode::Lead ? Role::Lead : Role::Manage, pal));
    } else if (mode == Mode::Both) {
        QRect top = stripe;
        top.setHeight(stripe.height() / 2);
        painter->fillRect(top, Theme::roleColor(Role::Lead, pal));
        painter->fillRect(stripe.adjusted(0, top.height(), 0, 0), Theme::roleColor(Role::Manage, pal));
    }

    const QRect content = option.rect.adjusted(StripeWidth + Padding + 2, Padding, -Padding, -Padding);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics fm(option.font);
    const int line = fm.height();

    // Line 1: date · what I did · rating.
    const QDateTime when = index.data(JournalListModel::OccurredAtRole).toDateTime().toLocalTime();
    QStringList meta{QLocale().toString(when, Format::mediumDateTimeFormat())};
    if (!modeText(mode).isEmpty())
        meta.append(modeText(mode));
    const QVariant rating = index.data(JournalListModel::RatingRole);
    if (rating.isValid())
        meta.append(QString(rating.toInt(), QChar(0x2605)) + QString(5 - rating.toInt(), QChar(0x2606)));
    painter->setFont(small);
    painter->setPen(muted);
    QRect metaRect(content.left(), content.top(), content.width(), line);
    if (index.data(JournalListModel::ReviewDueRole).toBool()) {
        // A decision waiting for its review: said at the right of the first line, in the warning colour.
        const QString due = JournalListModel::tr("Review due");
        const int dueWidth = QFontMetrics(small).horizontalAdvance(due);
        painter->setPen(selected ? text : Theme::warningColor(pal));
        painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, due);
        painter->setPen(muted);
        metaRect.setRight(metaRect.right() - dueWidth - 8);
    }
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight, metaRect.width()));

    // Line 2: the title.
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(content.left(), content.top() + line + 2, content.width(), line);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, content.width()));

    // Line 3: the snippet with its matches, or the first words.
    const QRect lastRect(content.left(), content.top() + 2 * line + 4, content.width(), line);
    const QString snippet = index.data(JournalListModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        drawMarked(painter, lastRect, bringMatchIntoView(snippet, fm, lastRect.width()), option.font, selected ? text : muted,
                   Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.3), selected);
    } else {
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(lastRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(JournalListModel::PreviewRole).toString(), Qt::ElideRight, content.width()));
    }
    painter->restore();
}

} // namespace tandem::ui
