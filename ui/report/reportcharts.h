#pragma once

#include "reportstyle.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace tandem::ui {

/// Charts for the printed report, painted as vectors with QPainter in the report's print colours.
namespace ReportCharts {

/// One line of a score chart: (time, score 0–100) points, oldest first.
struct Line final
{
    QColor colour;
    QList<QPair<QDateTime, double>> points;
};

/// A horizontal band across the whole chart, such as the meaningful-change band.
struct Band final
{
    QColor colour;
    double low = 0;
    double high = 0;
};

/// Scores over time on a 0–100 scale, with bands behind the lines. compact draws fewer grid
/// lines and smaller labels, for small multiples.
void scoreChart(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<Line> &lines,
                const QList<Band> &bands, bool compact);

/// One bar of a count chart: the first day of its period and the count.
struct Count final
{
    QDate start;
    int value = 0;
};

/// Counts per period (months or quarters) as vertical bars, years marked along the bottom.
void countChart(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<Count> &counts,
                const QColor &colour);

/// A rounded horizontal bar: value out of maximum, over a light track. With a valid second
/// colour the bar is striped in both colours (for "both").
void bar(QPainter &painter, const ReportStyle &style, const QRectF &rect, double value, double maximum,
         const QColor &colour, const QColor &second = {});

/// One part of a whole, for shareBar.
struct Share final
{
    QString label;
    int count = 0;
    QColor colour;
    QColor second; ///< when valid, the part is striped in both colours (for "both")
};

/// The parts of a whole as one bar split in proportion, with a legend underneath that names
/// each part, its count and its percentage. The bar takes barHeight; the legend the rest.
void shareBar(QPainter &painter, const ReportStyle &style, const QRectF &rect, double barHeight,
              const QList<Share> &shares);

/// One entry of a chart's legend: a line, or a shaded band.
struct LegendEntry final
{
    QString text;
    QColor colour;
    bool band = false;
};
/// The height of a one-line legend.
double legendHeight(const ReportStyle &style);
/// The entries side by side on one line, starting at the left of rect.
void legend(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<LegendEntry> &entries);

/// One line of a bar table: a group heading (with captions for the value and detail columns),
/// a labelled bar with its value and a detail, or a line of text.
struct BarRow final
{
    enum class Kind { Heading, Bar, Message };
    Kind kind = Kind::Bar;
    QString label;
    std::optional<double> value; ///< absent: the row shows the table's `missing` text instead
    QString valueText; ///< heading: the value column's caption
    QString detail; ///< heading: the detail column's caption
    QColor colour;
    QColor second; ///< when valid, the bar is striped in both colours
    QColor detailColour; ///< muted when invalid
    bool detailBold = false;
};

/// The height barRows needs for these rows.
double barRowsHeight(const ReportStyle &style, const QList<BarRow> &rows);
/// Labelled bars in rows, values out of maximum, grouped under headings. The label column is as
/// wide as the longest label, up to half the width, so that no label is cut.
void barRows(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<BarRow> &rows, double maximum,
             const QString &missing);

/// The two poles of a contrast, each scored on its own (0–100).
struct PoleRow final
{
    QString leadName;
    QString manageName;
    std::optional<double> lead;
    std::optional<double> manage;
};

/// The height poles needs for this many rows.
double polesHeight(const ReportStyle &style, qsizetype rows);
/// Contrasts as back-to-back bars: the leading pole grows to the left of a middle line, the
/// managing pole to the right, each named with its score beside the bars.
void poles(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<PoleRow> &rows,
           const QString &leadCaption, const QString &manageCaption);

} // namespace ReportCharts

} // namespace tandem::ui
