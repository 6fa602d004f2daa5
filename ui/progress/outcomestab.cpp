#include "outcomestab.h"

#include "common/theme.h"
#include "progressformat.h"

#include "progressdata.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace tandem::ui {

using ProgressFormat::number;

OutcomesTab::OutcomesTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Advice and Outcome"), parent)
{
    m_chart = new QChart;
    auto *outcomes = new QStackedBarSeries;
    m_byMode = new QBarSet(QString());
    m_byAdvice = new QBarSet(QString());
    outcomes->append(m_byMode);
    outcomes->append(m_byAdvice);
    m_chart->addSeries(outcomes);
    auto *groups = new QBarCategoryAxis;
    // Short names that fit under a bar at 900 px; the table says them in full.
    groups->setCategories({tr("Led"), tr("Managed"), tr("Both"), tr("Followed"), tr("Not followed"), tr("No advice")});
    auto *rating = new QValueAxis;
    // The rating scale starts at 1: a bar drawn from 0 would look a fifth full at the worst rating
    // and could never be empty, so the axis spans the scale itself.
    rating->setRange(1, 5);
    rating->setTickCount(5);
    rating->setLabelFormat(QStringLiteral("%d"));
    rating->setTitleText(tr("Mean rating (1–5)"));
    m_chart->addAxis(groups, Qt::AlignBottom);
    m_chart->addAxis(rating, Qt::AlignLeft);
    outcomes->attachAxis(groups);
    outcomes->attachAxis(rating);

    setChart(QStringLiteral("progressOutcomes"), m_chart);
}

QChart *OutcomesTab::chart() const
{
    return m_chart;
}

void OutcomesTab::build()
{
    applyTheme(m_chart);
    auto result = context().data().adviceOutcomes(range().from, range().to);
    if (!result)
        return showError(result.error());
    const core::AdviceOutcomes &o = result.value();
    if (o.lead.count + o.manage.count + o.both.count == 0)
        return panel()->setEmpty(true, tr("Rate how a situation went in your journal, and say whether you led or "
                                          "managed, to see how your choices work out."));
    panel()->setEmpty(false);
    const QList<std::pair<QString, const core::OutcomeGroup *>> groups = {
            {tr("Led"), &o.lead},
            {tr("Managed"), &o.manage},
            {tr("Both"), &o.both},
            {tr("Followed advice"), &o.followed},
            {tr("Did not follow"), &o.notFollowed},
            {tr("No advice"), &o.noAdvice},
    };
    QList<qreal> byMode;
    QList<qreal> byAdvice;
    QList<QStringList> rows;
    for (int i = 0; i < groups.size(); ++i) {
        const qreal mean = groups[i].second->meanRating.value_or(0);
        byMode.append(i < 3 ? mean : 0);
        byAdvice.append(i < 3 ? 0 : mean);
        rows.append({groups[i].first, QString::number(groups[i].second->count), number(groups[i].second->meanRating)});
    }
    m_byMode->remove(0, m_byMode->count());
    m_byMode->append(byMode);
    m_byAdvice->remove(0, m_byAdvice->count());
    m_byAdvice->append(byAdvice);
    m_byMode->setLabel(tr("By what you did"));
    m_byAdvice->setLabel(tr("By whether you followed the advisor"));
    const QColor lead = Theme::roleColor(core::Role::Lead, palette());
    const QColor manage = Theme::roleColor(core::Role::Manage, palette());
    m_byMode->setColor(lead);
    m_byMode->setBorderColor(lead);
    m_byAdvice->setColor(manage);
    m_byAdvice->setBorderColor(manage);
    fillTable({tr("Group"), tr("Rated entries"), tr("Mean rating")}, rows);
    panel()->setCaption(tr("The mean rating (1 to 5) of rated journal entries, on the rating's own scale: a bar is empty at 1 "
                           "(badly) and full at 5 (very well); a group without entries shows no bar."));
    QStringList spoken;
    for (const QStringList &row : rows)
        spoken.append(tr("%1: %2").arg(row[0], row[2]));
    panel()->setDescription(tr("Bar chart of mean outcome ratings. ") + spoken.join(QStringLiteral(", ")));
}

} // namespace tandem::ui
