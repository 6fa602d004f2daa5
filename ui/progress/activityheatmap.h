#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace tandem::ui {

/// Journal entries per day as a calendar heat map: one block per year, weeks across and
/// weekdays (Monday first) down, darker for busier days. Colours come from the palette.
class ActivityHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityHeatMap(QWidget *parent = nullptr);

    /// The days to show (both ends included) and the entries per day within them.
    void setData(const QDate &from, const QDate &to, const QMap<QDate, int> &perDay, int busiestDay);

    /// Paints the map into a rectangle; used for the widget and for a saved image.
    void paintMap(QPainter &painter, const QRect &rect) const;

    QSize sizeHint() const override { return {720, 360}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor colorFor(int count) const;

    QDate m_from;
    QDate m_to;
    QMap<QDate, int> m_perDay;
    int m_busiest = 0;
};

} // namespace tandem::ui
