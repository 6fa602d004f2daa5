#include "feedbacktab.h"

#include "clock.h"
#include "common/chartcolors.h"
#include "common/format.h"
#include "feedback/feedbacktext.h"
#include "feedbackrepository.h"
#include "progressformat.h"
#include "skillmodel.h"

#include <QComboBox>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace tandem::ui {

using namespace ProgressFormat;

namespace {

QPointF at(const QDateTime &time, double score)
{
    return { static_cast<qreal>(time.toMSecsSinceEpoch()), score };
}

} // namespace

FeedbackTab::FeedbackTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Colleagues"), parent)
{
    m_chart = new QChart;
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("MMM yyyy"));
    m_x->setTickCount(5);
    m_y = new QValueAxis;
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Score (0–100)"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (int i = 0; i < 2; ++i) {
        m_self[i] = new QLineSeries;
        m_others[i] = new QLineSeries;
    }
    // The colleagues' lines first, so that the legend names them first.
    for (QLineSeries *series : { m_others[0], m_others[1], m_self[0], m_self[1] }) {
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }

    m_skill = new QComboBox(this);
    m_skill->setObjectName(QStringLiteral("progressFeedbackSkill"));
    m_skill->setAccessibleName(tr("Score to show"));
    m_skill->addItem(tr("Leadership and management indices"), -1);
    for (int i = 0; i < context.model.skills.size(); ++i)
        m_skill->addItem(context.model.skills[i].name, i);

    setChart(QStringLiteral("progressFeedback"), m_chart);
    addControl(m_skill, tr("S&core:"));
}

QChart *FeedbackTab::chart() const
{
    return m_chart;
}

void FeedbackTab::setSkill(int skillIndex)
{
    m_skill->setCurrentIndex(m_skill->findData(skillIndex));
}

void FeedbackTab::build()
{
    applyTheme(m_chart);
    const core::Workspace &workspace = context().workspace;
    auto list = workspace.feedback().list();
    if (!list)
        return showError(list.error());
    // Oldest first, the rounds begun within the range.
    QList<core::FeedbackRoundResults> rounds;
    const core::FeedbackService service(workspace.database(), context().model);
    const QDateTime now = context().clock.now();
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        const QDate begun = it->round.createdAt.toLocalTime().date();
        if ((range().from.isValid() && begun < range().from) || (range().to.isValid() && begun > range().to))
            continue;
        auto results = service.results(it->round.id, now);
        if (!results)
            return showError(results.error());
        rounds.append(std::move(results).value());
    }
    if (rounds.isEmpty()) {
        return panel()->setEmpty(
            true,
            range().isAll() || list->isEmpty()
                ? tr("Ask colleagues for feedback on the Feedback page to see how their view of you moves from "
                     "round to round.")
                : tr("No feedback rounds began in this date range. Choose a longer range."));
    }
    const QList<Line> shown = lines(rounds);
    const bool anyOthers = std::any_of(shown.cbegin(), shown.cend(), [](const Line &line) {
        return std::any_of(line.points.cbegin(), line.points.cend(),
                           [](const Point &p) { return p.gap && p.gap->othersMean; });
    });
    if (!anyOthers) {
        return panel()->setEmpty(true,
                                 tr("Colleagues' view shows here once %1 of them have answered a round about "
                                    "this score.")
                                     .arg(core::FeedbackLimits::MinRaters));
    }
    panel()->setEmpty(false);
    plot(shown);
    fillTable({ tr("Score"), tr("Round"), tr("Raters"), tr("Colleagues"), tr("You"), tr("Gap"),
                tr("Since the round before") },
              tableRows(shown));

    // The newest change between two rounds with colleagues' scores, in words.
    QStringList changes;
    for (const Line &line : shown) {
        std::optional<core::ScoreGap> before;
        std::optional<core::Change> last;
        for (const Point &p : line.points) {
            if (!p.gap || !p.gap->othersMean)
                continue;
            if (before)
                last = core::othersChanged(*before, *p.gap);
            before = p.gap;
        }
        if (last)
            changes.append(tr("%1: %2 since the round before, %3.")
                               .arg(line.name, signedNumber(last->delta),
                                    last->meaningful ? tr("a real change") : tr("within noise")));
    }
    panel()->setCaption(tr("Solid lines: your colleagues' mean in each round, shown once %1 or more rated the score. "
                           "Dashed lines: your own score at the time. ")
                            .arg(core::FeedbackLimits::MinRaters)
                        + changes.join(QLatin1Char(' ')));
    QStringList names;
    for (const Line &line : shown)
        names.append(line.name);
    panel()->setDescription(tr("Line chart of how colleagues rated %1 over %n feedback rounds, beside your own score. ",
                               nullptr, static_cast<int>(rounds.size()))
                                .arg(names.join(tr(" and ")))
                            + changes.join(QLatin1Char(' ')));
}

QList<FeedbackTab::Line> FeedbackTab::lines(const QList<core::FeedbackRoundResults> &rounds) const
{
    const int skillIndex = m_skill->currentData().toInt();
    QList<Line> result;
    if (skillIndex < 0) {
        result = { { tr("Leadership index"), ChartColors::lead(palette()), {} },
                   { tr("Management index"), ChartColors::manage(palette()), {} } };
    } else {
        const core::Skill &skill = context().model.skills[skillIndex];
        result = { { skill.name, ChartColors::role(skill.role, palette()), {} } };
    }
    for (const core::FeedbackRoundResults &r : rounds) {
        QString name = day(r.round.createdAt);
        if (!r.round.askedBy.isEmpty())
            name = tr("%1 (about %2)").arg(name, r.round.askedBy);
        if (skillIndex < 0) {
            result[0].points.append({ r.round.createdAt, name, r.results.leadership });
            result[1].points.append({ r.round.createdAt, name, r.results.management });
            continue;
        }
        const QString id = context().model.skills[skillIndex].id;
        std::optional<core::ScoreGap> gap;
        for (const core::ScoreGap &g : r.results.skills) {
            if (g.id == id)
                gap = g;
        }
        result[0].points.append({ r.round.createdAt, name, gap });
    }
    return result;
}

void FeedbackTab::plot(const QList<Line> &lines)
{
    QDateTime first;
    QDateTime last;
    for (int i = 0; i < 2; ++i) {
        const bool visible = i < lines.size();
        m_others[i]->setVisible(visible);
        m_self[i]->setVisible(visible);
        if (!visible) {
            m_others[i]->clear();
            m_self[i]->clear();
            continue;
        }
        QList<QPointF> others;
        QList<QPointF> self;
        for (const Point &p : lines[i].points) {
            if (!first.isValid() || p.when < first)
                first = p.when;
            if (!last.isValid() || p.when > last)
                last = p.when;
            if (!p.gap)
                continue;
            if (p.gap->othersMean)
                others.append(at(p.when, *p.gap->othersMean));
            if (p.gap->self)
                self.append(at(p.when, *p.gap->self));
        }
        m_others[i]->replace(others);
        m_others[i]->setName(tr("Colleagues: %1").arg(lines[i].name));
        m_others[i]->setPen(QPen(lines[i].color, 2.5));
        m_others[i]->setPointsVisible(true);
        m_self[i]->replace(self);
        m_self[i]->setName(tr("You: %1").arg(lines[i].name));
        // Lighter as well as dashed: the legend shows a line's colour, not its dashes.
        QColor own = lines[i].color;
        own.setAlphaF(0.6);
        QPen dashed(own, 1.5, Qt::DashLine);
        m_self[i]->setPen(dashed);
        m_self[i]->setPointsVisible(true);
    }
    // A single round gets a few weeks either side, so that its points are not on the axis' ends.
    QDateTime start = first.addDays(-14);
    QDateTime end = last.addDays(14);
    m_x->setRange(start, end);
    m_x->setFormat(start.daysTo(end) > 120 ? QStringLiteral("MMM yyyy") : Format::dayMonthFormat());
}

QList<QStringList> FeedbackTab::tableRows(const QList<Line> &lines)
{
    QList<QStringList> rows;
    for (const Line &line : lines) {
        std::optional<core::ScoreGap> before;
        for (const Point &p : line.points) {
            if (!p.gap) {
                rows.append(
                    { line.name, p.round, QStringLiteral("0"), tr("Not asked"), QString(), QString(), QString() });
                continue;
            }
            const core::ScoreGap &gap = *p.gap;
            QString others = tr("—");
            if (gap.othersMean)
                others = tr("%1 ± %2").arg(number(*gap.othersMean), number(gap.othersSpread.value_or(0)));
            QString since;
            if (gap.othersMean && before) {
                if (const auto change = core::othersChanged(*before, gap))
                    since = tr("%1, %2").arg(signedNumber(change->delta),
                                             change->meaningful ? tr("a real change") : tr("within noise"));
            }
            if (gap.othersMean)
                before = gap;
            rows.append({ line.name, p.round, QString::number(gap.raters), others, number(gap.self),
                          FeedbackText::verdict(gap.verdict) + (gap.disagree ? tr("; raters disagree") : QString()), since });
        }
    }
    return rows;
}

} // namespace tandem::ui
