#include "trendstab.h"

#include "common/chartcolors.h"
#include "common/format.h"
#include "progressdata.h"
#include "progressformat.h"
#include "skillmodel.h"

#include <QComboBox>
#include <QLocale>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace tandem::ui {

using namespace ProgressFormat;

namespace {

// When a point of the table was: a day, or the bucket it stands for.
QString when(const core::TrendPoint &p, core::TrendBucket bucket)
{
    const QDate date = p.time.toLocalTime().date();
    switch (bucket) {
    case core::TrendBucket::None: break;
    case core::TrendBucket::Week: return TrendsTab::tr("Week of %1").arg(day(p.time));
    case core::TrendBucket::Month: return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    case core::TrendBucket::Quarter: return TrendsTab::tr("Q%1 %2").arg((date.month() + 2) / 3).arg(date.year());
    case core::TrendBucket::Year: return QString::number(date.year());
    }
    return day(p.time);
}

QString bucketNote(core::TrendBucket bucket)
{
    switch (bucket) {
    case core::TrendBucket::None: break;
    case core::TrendBucket::Week: return QLatin1Char(' ') + TrendsTab::tr("Each point is the mean of one week.");
    case core::TrendBucket::Month: return QLatin1Char(' ') + TrendsTab::tr("Each point is the mean of one month.");
    case core::TrendBucket::Quarter: return QLatin1Char(' ') + TrendsTab::tr("Each point is the mean of one quarter.");
    case core::TrendBucket::Year: return QLatin1Char(' ') + TrendsTab::tr("Each point is the mean of one year.");
    }
    return {};
}

QPointF at(const QDateTime &time, double score)
{
    return { static_cast<qreal>(time.toMSecsSinceEpoch()), score };
}

} // namespace

TrendsTab::TrendsTab(const ProgressContext &context, QWidget *parent) : ProgressTab(context, tr("Trends"), parent)
{
    m_chart = new QChart;
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("MMM yyyy"));
    m_x->setTickCount(6);
    m_y = new QValueAxis;
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Score (0–100)"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    // The bands first, so that both lines are drawn over both bands.
    for (int i = 0; i < 2; ++i) {
        m_upper[i] = new QLineSeries(m_chart);
        m_lower[i] = new QLineSeries(m_chart);
        m_band[i] = new QAreaSeries(m_upper[i], m_lower[i]);
        m_line[i] = new QLineSeries;
        m_chart->addSeries(m_band[i]);
    }
    for (int i = 0; i < 2; ++i)
        m_chart->addSeries(m_line[i]);
    for (int i = 0; i < 2; ++i) {
        for (QAbstractSeries *s : QList<QAbstractSeries *> { m_band[i], m_line[i] }) {
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
    }

    m_skill = new QComboBox(this);
    m_skill->setObjectName(QStringLiteral("progressTrendSkill"));
    m_skill->setAccessibleName(tr("Score to show"));
    m_skill->addItem(tr("Leadership and management indices"), -1);
    for (int i = 0; i < context.model.skills.size(); ++i)
        m_skill->addItem(context.model.skills[i].name, i);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("progressTrendKind"));
    m_kind->setAccessibleName(tr("Assessment kind"));
    m_kind->addItem(tr("Full assessments"), static_cast<int>(core::AssessmentKind::Full));
    m_kind->addItem(tr("Weekly pulses"), static_cast<int>(core::AssessmentKind::Pulse));

    setChart(QStringLiteral("progressTrends"), m_chart);
    addControl(m_skill, tr("S&core:"));
    addControl(m_kind, tr("&From:"));
}

QChart *TrendsTab::chart() const
{
    return m_chart;
}

void TrendsTab::setSkill(int skillIndex)
{
    m_skill->setCurrentIndex(m_skill->findData(skillIndex));
}

void TrendsTab::setKind(core::AssessmentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void TrendsTab::build()
{
    applyTheme(m_chart);
    const auto kind = static_cast<core::AssessmentKind>(m_kind->currentData().toInt());
    auto result = context().data().trend(kind, range().from, range().to, MaxPoints);
    if (!result)
        return showError(result.error());
    const core::Trend &trend = result.value();
    if (trend.assessments == 0)
        return panel()->setEmpty(true, emptyMessage(kind));
    panel()->setEmpty(false);
    const Shown s = shown(trend);
    plot(s);
    // The rows from a copy of the trend (its lists are shared, not copied), formatted only when the
    // table is shown.
    fillTableLater({ tr("Score"), tr("When"), tr("Value"), tr("Assessments"), tr("Band from"), tr("Band to") },
                   [trend, names = s.names, oneSkill = s.oneSkill, skillIndex = m_skill->currentData().toInt()] {
                       Shown kept;
                       kept.names = names;
                       kept.oneSkill = oneSkill;
                       kept.series = oneSkill
                           ? QList<const core::TrendSeries *> { &trend.skills[skillIndex] }
                           : QList<const core::TrendSeries *> { &trend.leadership, &trend.management };
                       return tableRows(trend, kept);
                   });
    describe(trend, s);
}

QString TrendsTab::emptyMessage(core::AssessmentKind kind) const
{
    const bool full = kind == core::AssessmentKind::Full;
    if (range().isAll())
        return full ? tr("Take your first full assessment to see how your skills move over time.")
                    : tr("Take your first weekly pulse to see how your skills move week by week.");
    return full ? tr("No full assessments in this date range. Choose a longer range, or take a full assessment.")
                : tr("No weekly pulses in this date range. Choose a longer range, or take a pulse.");
}

TrendsTab::Shown TrendsTab::shown(const core::Trend &trend) const
{
    const int skillIndex = m_skill->currentData().toInt();
    if (skillIndex < 0) {
        return { { &trend.leadership, &trend.management },
                 { tr("Leadership index"), tr("Management index") },
                 { ChartColors::lead(palette()), ChartColors::manage(palette()) },
                 false };
    }
    const core::Skill &skill = context().model.skills[skillIndex];
    return { { &trend.skills[skillIndex] }, { skill.name }, { ChartColors::role(skill.role, palette()) }, true };
}

QList<QStringList> TrendsTab::tableRows(const core::Trend &trend, const Shown &shown)
{
    QList<QStringList> rows;
    for (int i = 0; i < shown.series.size(); ++i) {
        const core::TrendSeries &s = *shown.series[i];
        for (const core::TrendPoint &p : s.points) {
            rows.append({ shown.names[i], when(p, trend.bucket), number(p.score), QString::number(p.count),
                          number(s.bandLow), number(s.bandHigh) });
        }
    }
    return rows;
}

void TrendsTab::plot(const Shown &shown)
{
    QDateTime first;
    QDateTime last;
    for (int i = 0; i < 2; ++i) {
        const bool visible = i < shown.series.size() && !shown.series[i]->points.isEmpty();
        m_line[i]->setVisible(visible);
        m_band[i]->setVisible(visible);
        if (!visible) {
            m_line[i]->clear();
            continue;
        }
        const core::TrendSeries &s = *shown.series[i];
        QList<QPointF> points;
        points.reserve(s.points.size());
        for (const core::TrendPoint &p : s.points)
            points.append(at(p.time, p.score));
        if (!first.isValid() || s.points.first().time < first)
            first = s.points.first().time;
        if (!last.isValid() || s.points.last().time > last)
            last = s.points.last().time;
        m_line[i]->replace(points);
        m_line[i]->setName(shown.names[i]);
        m_line[i]->setPen(QPen(shown.colors[i], 2.5));
        m_line[i]->setPointsVisible(points.size() <= 40);
        m_band[i]->setName(shown.oneSkill ? tr("Noise band ±%1").arg(number(s.mdc95))
                               : i == 0   ? tr("Leadership band ±%1").arg(number(s.mdc95))
                                          : tr("Management band ±%1").arg(number(s.mdc95)));
        // Faint, with a dashed edge: where the two bands overlap both edges stay visible.
        m_band[i]->setBrush(ChartColors::bandFill(shown.colors[i], palette()));
        m_band[i]->setPen(ChartColors::bandEdge(shown.colors[i], palette()));
        // The legend names only the lines; the caption explains the band, which keeps the legend
        // on one row at narrow widths.
        hideFromLegend(m_chart, m_band[i]);
    }
    // The band spans the whole range; a single point gets a few days either side to be seen.
    QDateTime start = first;
    QDateTime end = last;
    if (start == end) {
        start = start.addDays(-7);
        end = end.addDays(7);
    }
    for (int i = 0; i < 2; ++i) {
        if (i < shown.series.size() && !shown.series[i]->points.isEmpty()) {
            const core::TrendSeries &s = *shown.series[i];
            m_upper[i]->replace({ at(start, s.bandHigh), at(end, s.bandHigh) });
            m_lower[i]->replace({ at(start, s.bandLow), at(end, s.bandLow) });
        }
    }
    m_x->setRange(start, end);
    m_x->setFormat(start.daysTo(end) > 120 ? QStringLiteral("MMM yyyy") : Format::dayMonthFormat());
}

void TrendsTab::describe(const core::Trend &trend, const Shown &shown)
{
    const QString caption = tr("A point outside the shaded band (±%1 points around the first point of the range) "
                               "differs from it by more than noise: that is a real change.")
                                .arg(shown.series.isEmpty() ? QString() : number(shown.series.first()->mdc95));
    QStringList verdicts;
    for (int i = 0; i < shown.series.size(); ++i) {
        const auto &change = shown.series[i]->change;
        if (change)
            verdicts.append(tr("%1: %2 since the first point, %3.")
                                .arg(shown.names[i], signedNumber(change->delta),
                                     change->meaningful ? tr("a real change") : tr("within noise")));
    }
    panel()->setCaption(caption + bucketNote(trend.bucket) + QLatin1Char(' ') + verdicts.join(QLatin1Char(' ')));
    panel()->setDescription(
        tr("Line chart of %1 over %n assessments, with the meaningful-change band. ", nullptr, trend.assessments)
            .arg(shown.names.join(tr(" and ")))
        + verdicts.join(QLatin1Char(' ')));
}

} // namespace tandem::ui
