#include "decisionstab.h"

#include "common/chartcolors.h"
#include "progressdata.h"
#include "progressformat.h"

#include <QComboBox>
#include <QLocale>
#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

using namespace tandem::core;
using ProgressFormat::number;

namespace {

QString percent(double share)
{
    return DecisionsTab::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 0));
}

QString percent(const std::optional<double> &share)
{
    return share ? percent(*share) : QStringLiteral("—");
}

QString periodName(const QDate &start, TrendBucket bucket)
{
    if (bucket == TrendBucket::Year)
        return QString::number(start.year());
    return DecisionsTab::tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
}

} // namespace

DecisionsTab::DecisionsTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Decisions"), parent)
{
    m_chart = new QChart;
    setChart(QStringLiteral("progressDecisions"), m_chart);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("progressDecisionsView"));
    m_view->setAccessibleName(tr("What to show about your decisions"));
    m_view->addItem(tr("Following the advice, over time"), static_cast<int>(View::AdviceOverTime));
    m_view->addItem(tr("How well your confidence matched"), static_cast<int>(View::Calibration));
    addControl(m_view, tr("Sh&ow:"));
}

QChart *DecisionsTab::chart() const
{
    return m_chart;
}

void DecisionsTab::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(static_cast<int>(view)));
}

DecisionsTab::View DecisionsTab::view() const
{
    return static_cast<View>(m_view->currentData().toInt());
}

void DecisionsTab::clearChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void DecisionsTab::build()
{
    clearChart();
    auto result = context().data().decisionOutcomes(range().from, range().to, MaxPeriods);
    if (!result)
        return showError(result.error());
    if (view() == View::AdviceOverTime)
        buildAdviceOverTime(result.value());
    else
        buildCalibration(result.value());
}

void DecisionsTab::buildAdviceOverTime(const DecisionOutcomes &o)
{
    if (o.compared == 0) {
        fillTable({}, {});
        return panel()->setEmpty(
            true,
            o.reviewed == 0
                ? tr("Nothing to compare yet. Record a decision in a journal entry, ask the advisor about it, "
                     "and look back when its review is due: this chart then shows how following the advice "
                     "worked out.")
                : tr("You looked back on decisions in this range (%1), but none had both the advisor's "
                     "answer and the mode you used. Ask the advisor when you record a decision to see this "
                     "chart.")
                      .arg(o.reviewed));
    }
    panel()->setEmpty(false);

    auto *followed = new QBarSet(tr("Followed the advice"));
    auto *notFollowed = new QBarSet(tr("Did not follow it"));
    auto *ratingFollowed = new QScatterSeries;
    ratingFollowed->setName(tr("Mean rating, followed"));
    auto *ratingNot = new QScatterSeries;
    ratingNot->setName(tr("Mean rating, not followed"));
    // A bar of 0 % has no height: a marker with its value on the axis shows that it held in none,
    // where a period without decisions of that kind shows nothing.
    auto *zeroFollowed = new QScatterSeries;
    auto *zeroNot = new QScatterSeries;
    QStringList categories;
    QList<QStringList> rows;
    QStringList spoken;
    for (qsizetype i = 0; i < o.periods.size(); ++i) {
        const DecisionPeriod &p = o.periods.at(i);
        const QString name = periodName(p.start, o.bucket);
        // The count under each period: how many decisions its two bars stand on.
        // Two lines (the axis draws rich text), so that twelve periods fit at 900 px.
        categories.append(tr("%1<br>%2 + %3").arg(name).arg(p.followed.count).arg(p.notFollowed.count));
        followed->append(p.followed.held.value_or(0) * 100);
        notFollowed->append(p.notFollowed.held.value_or(0) * 100);
        // Two bars share a category: each is a quarter of its width, either side of the middle.
        if (p.followed.count > 0 && p.followed.held.value_or(0) < 0.005)
            zeroFollowed->append(static_cast<qreal>(i) - 0.125, 0);
        if (p.notFollowed.count > 0 && p.notFollowed.held.value_or(0) < 0.005)
            zeroNot->append(static_cast<qreal>(i) + 0.125, 0);
        // The rating markers sit on the 0–100 axis: rating r is drawn at (r − 1) / 4 × 100.
        if (p.followed.meanRating)
            ratingFollowed->append(static_cast<qreal>(i) - 0.15, (*p.followed.meanRating - 1) / 4 * 100);
        if (p.notFollowed.meanRating)
            ratingNot->append(static_cast<qreal>(i) + 0.15, (*p.notFollowed.meanRating - 1) / 4 * 100);
        for (const auto &[label, group] :
             { std::pair { tr("followed"), &p.followed }, std::pair { tr("not followed"), &p.notFollowed } }) {
            if (group->count == 0)
                continue;
            rows.append(
                { name, label, QString::number(group->count), percent(group->held), number(group->meanRating) });
            spoken.append(tr("%1, %2: %3 held of %4, mean rating %5")
                              .arg(name, label, percent(group->held))
                              .arg(group->count)
                              .arg(number(group->meanRating)));
        }
    }
    auto *bars = new QBarSeries;
    bars->append(followed);
    bars->append(notFollowed);
    m_chart->addSeries(bars);
    m_chart->addSeries(ratingFollowed);
    m_chart->addSeries(ratingNot);
    m_chart->addSeries(zeroFollowed);
    m_chart->addSeries(zeroNot);

    auto *periods = new QBarCategoryAxis;
    periods->setCategories(categories);
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setTickCount(5);
    share->setLabelFormat(QStringLiteral("%.0f %"));
    share->setTitleText(tr("Expectation held"));
    auto *rating = new QCategoryAxis;
    rating->setRange(0, 100);
    rating->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int r = 1; r <= 5; ++r)
        rating->append(QString::number(r), (r - 1) * 25.0);
    rating->setTitleText(tr("Mean rating (1–5)"));
    m_chart->addAxis(periods, Qt::AlignBottom);
    m_chart->addAxis(share, Qt::AlignLeft);
    m_chart->addAxis(rating, Qt::AlignRight);
    bars->attachAxis(periods);
    bars->attachAxis(share);
    for (QScatterSeries *s : { ratingFollowed, ratingNot, zeroFollowed, zeroNot }) {
        s->attachAxis(periods);
        s->attachAxis(share);
    }

    applyTheme(m_chart);
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QColor followColour = ChartColors::followed(palette());
    const QColor otherColour = ChartColors::notFollowed(palette());
    followed->setColor(followColour);
    followed->setBorderColor(followColour);
    notFollowed->setColor(otherColour);
    notFollowed->setBorderColor(otherColour);
    for (auto [series, colour, shape] :
         { std::tuple { ratingFollowed, followColour, QScatterSeries::MarkerShapeRectangle },
           std::tuple { ratingNot, otherColour, QScatterSeries::MarkerShapeRectangle } }) {
        series->setMarkerShape(shape);
        series->setMarkerSize(11);
        series->setColor(base);
        series->setBorderColor(colour);
        QPen pen(colour);
        pen.setWidthF(2.5);
        series->setPen(pen);
    }
    for (auto [series, colour] : { std::pair { zeroFollowed, followColour }, std::pair { zeroNot, otherColour } }) {
        series->setName(tr("Held in none"));
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setMarkerSize(7);
        series->setColor(colour);
        series->setBorderColor(colour);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(tr("0 %"));
        series->setPointLabelsColor(text);
        series->setPointLabelsClipping(false);
        hideFromLegend(m_chart, series);
    }
    rating->setGridLineVisible(false);

    fillTable({ tr("Period"), tr("Advice"), tr("Decisions"), tr("Expectation held"), tr("Mean rating") }, rows);
    panel()->setCaption(
        tr("Bars: how often what you expected held (yes counts fully, partly half) when you followed the "
           "advisor's lean and when you did not; squares: how it went (1–5, right scale). Under each "
           "period, how many decisions the two bars stand on (followed + not followed). Over the whole range: followed "
           "%1 of %2, "
           "not followed %3 of %4.")
            .arg(percent(o.followed.held))
            .arg(o.followed.count)
            .arg(percent(o.notFollowed.held))
            .arg(o.notFollowed.count));
    panel()->setDescription(tr("Bar chart of how often your expectation held, by whether you followed the advice. ")
                            + spoken.join(QStringLiteral("; ")));
}

void DecisionsTab::buildCalibration(const DecisionOutcomes &o)
{
    if (o.calibrated == 0) {
        fillTable({}, {});
        return panel()->setEmpty(true,
                                 tr("Nothing to compare yet. When you record a decision, say how sure you are; once "
                                    "you have looked back on a few, this chart shows whether things held as often "
                                    "as you expected."));
    }
    panel()->setEmpty(false);

    const int lowest = std::min(50, o.calibration.first().level);
    const qreal minX = lowest - 5;
    auto *ideal = new QLineSeries;
    ideal->setName(tr("Perfectly calibrated"));
    ideal->replace({ QPointF(minX, minX), QPointF(105, 105) });
    auto *actual = new QLineSeries;
    actual->setName(tr("How often it held"));
    actual->setPointsVisible(true);
    actual->setPointLabelsVisible(true);
    actual->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    actual->setPointLabelsClipping(false);
    QList<QPointF> points;
    QList<QStringList> rows;
    QStringList spoken;
    for (const CalibrationLevel &level : o.calibration) {
        points.append(QPointF(level.meanConfidence, std::round(level.held * 100)));
        const QString name = level.level == 100 ? tr("100 %") : tr("%1–%2 %").arg(level.level).arg(level.level + 9);
        rows.append(
            { name, QString::number(level.count), tr("%1 %").arg(number(level.meanConfidence)), percent(level.held) });
        spoken.append(tr("sure %1: held %2 (decisions: %3)").arg(name, percent(level.held)).arg(level.count));
    }
    actual->replace(points);
    m_chart->addSeries(ideal);
    m_chart->addSeries(actual);

    // The confidence axis names each level with how many decisions it holds.
    auto *confidence = new QCategoryAxis;
    confidence->setRange(minX, 105);
    confidence->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int level = lowest; level <= 100; level += 10) {
        const auto found = std::find_if(o.calibration.cbegin(), o.calibration.cend(),
                                        [level](const CalibrationLevel &l) { return l.level == level; });
        confidence->append(found == o.calibration.cend() ? tr("%1 %").arg(level)
                                                         : tr("%1 % (%2)").arg(level).arg(found->count),
                           level);
    }
    confidence->setTitleText(tr("How sure you were (decisions)"));
    auto *held = new QValueAxis;
    held->setRange(0, 105);
    held->setTickType(QValueAxis::TicksDynamic);
    held->setTickAnchor(0);
    held->setTickInterval(25);
    held->setLabelFormat(QStringLiteral("%.0f %"));
    held->setTitleText(tr("How often it held"));
    m_chart->addAxis(confidence, Qt::AlignBottom);
    m_chart->addAxis(held, Qt::AlignLeft);
    for (QLineSeries *s : { ideal, actual }) {
        s->attachAxis(confidence);
        s->attachAxis(held);
    }

    applyTheme(m_chart);
    const QColor text = palette().color(QPalette::Text);
    QPen idealPen(ChartColors::neutral(palette()));
    idealPen.setStyle(Qt::DashLine);
    idealPen.setWidthF(1.5);
    ideal->setPen(idealPen);
    QPen actualPen(ChartColors::held(palette()));
    actualPen.setWidthF(2.5);
    actual->setPen(actualPen);
    actual->setPointLabelsColor(text);

    fillTable({ tr("How sure you were"), tr("Decisions"), tr("Mean confidence"), tr("Expectation held") }, rows);
    panel()->setCaption(tr("For each level of confidence, how often what you expected held (yes counts fully, partly "
                           "half), against the dashed line where it would hold exactly as often as you were sure. "
                           "Points below the line: you were surer than things turned out. In brackets, how many "
                           "decisions each level stands on; a level with only a few says little yet."));
    panel()->setDescription(
        tr("Calibration chart of the reviewed decisions that say how sure you were (%1): ").arg(o.calibrated)
        + spoken.join(QStringLiteral("; ")));
}

} // namespace tandem::ui
