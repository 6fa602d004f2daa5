#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QWidget>

class QFontMetrics;

namespace tandem::ui {

/// Journal entries as a calendar heat map, in one of two forms:
/// - by day, for up to a few years: one block per year, weeks across and weekdays (Monday
///   first) down;
/// - by week, when a block per year would be too small to read: one row per year, its weeks
///   across, so that any number of years fills the width.
/// The more entries, the more a cell stands out from the background, in light and in dark
/// (ChartColors::activity).
class ActivityHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityHeatMap(QWidget *parent = nullptr);

    /// The days to show (both ends included) and the entries per day within them.
    void setData(const QDate &from, const QDate &to, const QMap<QDate, int> &perDay, int busiestDay);

    /// Where everything goes in a rectangle, for painting and for tests.
    struct Layout
    {
        bool byWeek = false;
        QList<QRectF> cells; ///< one per day (by day) or per week (by week)
        QList<int> counts; ///< the entries in each cell
        struct Label
        {
            QRectF rect;
            QString text;
            Qt::Alignment align;
        };
        QList<Label> labels; ///< years, weekday names (by day only) and month names
        QRectF legend; ///< the legend's whole extent
        int busiest = 0; ///< the most entries in one cell
    };
    Layout layout(const QRect &rect, const QFontMetrics &metrics) const;

    /// Paints the map into a rectangle; used for the widget and for a saved image.
    void paintMap(QPainter &painter, const QRect &rect) const;

    /// The colour of a cell with `count` entries when the busiest has `busiest`.
    QColor colorFor(int count, int busiest) const;

    QSize sizeHint() const override { return { 720, 360 }; }
    QSize minimumSizeHint() const override { return { 320, 160 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QDate m_from;
    QDate m_to;
    QMap<QDate, int> m_perDay;
    int m_busiest = 0;
};

} // namespace tandem::ui
