#pragma once

#include <QStyledItemDelegate>

namespace tandem::ui {

/// Draws one journal entry in the list: date, what I did and the rating on the first line, the
/// title, then the first words (or, when searching, the matching passage with the matches
/// marked). Every row has the same height, so the view never measures the rows it does not show.
class JournalItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tandem::ui
