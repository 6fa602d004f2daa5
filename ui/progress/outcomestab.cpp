#include "outcomestab.h"

#include "common/chartcolors.h"
#include "progressdata.h"
#include "progressformat.h"

#include <QPainter>
#include <QPixmap>
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
    for (int i = 0; i < 6; ++i) {
        m_groups.append(new QBarSet(QString()));
        outcomes->append(m_groups.last());
    }
    m_chart->addSeries(outcomes);
    auto *groups = new QBarCategoryAxis;
    // Short names that fit under a bar at 900 px; the table says them in full.
    groups->setCategories(
        { tr("Led"), tr("Managed"), tr("Both"), tr("Followed"), tr("Not<br>followed"), tr("No advice") });
    auto *rating = new QValueAxis;
    // The rating scale starts at 1: a bar drawn from 0 would look a fifth full at the worst rating
    // and could never be empty, so the axis spans the scale itself.
    rating->setRange(1, 5);
    rating->setTickCount(5);
    rating->setLabelFormat(QStringLiteral("%.0f"));
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
        return panel()->setEmpty(true,
                                 tr("Rate how a situation went in your journal, and say whether you led or "
                                    "managed, to see how your choices work out."));
    panel()->setEmpty(false);
    const QList<std::pair<QString, const core::OutcomeGroup *>> groups = {
        { tr("Led"), &o.lead },
        { tr("Managed"), &o.manage },
        { tr("Both"), &o.both },
        { tr("Followed advice"), &o.followed },
        { tr("Did not follow"), &o.notFollowed },
        { tr("No advice"), &o.noAdvice },
    };
    const QPalette p = palette();
    const QColor lead = ChartColors::lead(p);
    const QColor manage = ChartColors::manage(p);
    // "Both" in stripes of the two roles' colours, as in the journal and the printed report.
    QPixmap stripes(8, 8);
    stripes.fill(lead);
    {
        QPainter painter(&stripes);
        painter.fillRect(4, 0, 4, 8, manage);
    }
    const QList<QBrush> brushes = {
        lead, manage, QBrush(stripes), ChartColors::followed(p), ChartColors::notFollowed(p), ChartColors::noAdvice(p)
    };
    QList<QStringList> rows;
    for (int i = 0; i < groups.size(); ++i) {
        QList<qreal> values(groups.size(), 0);
        values[i] = groups[i].second->meanRating.value_or(0);
        QBarSet *set = m_groups[i];
        set->remove(0, set->count());
        set->append(values);
        set->setLabel(groups[i].first);
        set->setBrush(brushes[i]);
        set->setPen(Qt::NoPen);
        rows.append(
            { groups[i].first, QString::number(groups[i].second->count), number(groups[i].second->meanRating) });
    }
    // Every bar is named under its own group: a legend would only repeat the names.
    m_chart->legend()->setVisible(false);
    fillTable({ tr("Group"), tr("Rated entries"), tr("Mean rating") }, rows);
    panel()->setCaption(
        tr("The mean rating (1 to 5) of rated journal entries, on the rating's own scale: a bar is empty at 1 "
           "(badly) and full at 5 (very well); a group without entries shows no bar."));
    QStringList spoken;
    for (const QStringList &row : rows)
        spoken.append(tr("%1: %2").arg(row[0], row[2]));
    panel()->setDescription(tr("Bar chart of mean outcome ratings. ") + spoken.join(QStringLiteral(", ")));
}

} // namespace tandem::ui
