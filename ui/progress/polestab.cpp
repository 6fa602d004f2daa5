#include "polestab.h"

#include "common/chartcolors.h"
#include "progressdata.h"
#include "progressformat.h"
#include "skillmodel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace tandem::ui {

using namespace ProgressFormat;

PolesTab::PolesTab(const ProgressContext &context, QWidget *parent) : ProgressTab(context, tr("Contrasts"), parent)
{
    // Horizontal, so that the contrasts' names have room at any width.
    m_chart = new QChart;
    auto *poles = new QHorizontalBarSeries;
    m_lead = new QBarSet(QString());
    m_manage = new QBarSet(QString());
    poles->append(m_lead);
    poles->append(m_manage);
    m_chart->addSeries(poles);
    m_axis = new QBarCategoryAxis;
    auto *value = new QValueAxis;
    value->setRange(0, 100);
    value->setTickCount(6);
    value->setLabelFormat(QStringLiteral("%.0f"));
    value->setTitleText(tr("Score (0–100)"));
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    m_chart->addAxis(value, Qt::AlignBottom);
    poles->attachAxis(m_axis);
    poles->attachAxis(value);

    setChart(QStringLiteral("progressPoles"), m_chart);
}

QChart *PolesTab::chart() const
{
    return m_chart;
}

void PolesTab::build()
{
    applyTheme(m_chart);
    auto result = context().data().contrastPoles();
    if (!result)
        return showError(result.error());
    if (!result.value())
        return panel()->setEmpty(true, tr("Take your first full assessment to see the two sides of each contrast."));
    panel()->setEmpty(false);
    const core::ContrastPoles &poles = *result.value();
    const core::SkillModel &model = context().model;
    QStringList categories;
    QList<qreal> lead;
    QList<qreal> manage;
    QList<QStringList> rows;
    // A horizontal chart lists categories bottom up; reversed, the model's first contrast is on top.
    for (auto it = poles.contrasts.crbegin(); it != poles.contrasts.crend(); ++it) {
        const core::Contrast *c = model.contrast(it->contrastId);
        categories.append(c ? c->name : it->contrastId);
        lead.append(it->lead.value_or(0));
        manage.append(it->manage.value_or(0));
    }
    for (const core::PolePair &pair : poles.contrasts) {
        const core::Contrast *c = model.contrast(pair.contrastId);
        rows.append({ c ? c->name : pair.contrastId, c ? c->leadPole.name : QString(), number(pair.lead),
                      c ? c->managePole.name : QString(), number(pair.manage) });
    }
    m_axis->setCategories(categories);
    m_lead->remove(0, m_lead->count());
    m_lead->append(lead);
    m_manage->remove(0, m_manage->count());
    m_manage->append(manage);
    m_lead->setLabel(tr("Leading pole"));
    m_manage->setLabel(tr("Managing pole"));
    for (QBarSet *set : { m_lead, m_manage }) {
        const QColor color = ChartColors::role(set == m_lead ? core::Role::Lead : core::Role::Manage, palette());
        set->setColor(color);
        set->setBorderColor(color);
    }
    fillTable({ tr("Contrast"), tr("Leading pole"), tr("Score"), tr("Managing pole"), tr("Score") }, rows);
    panel()->setCaption(
        tr("Each side of a contrast is scored on its own, from your full assessment of %1.").arg(day(poles.takenAt)));
    panel()->setDescription(tr("Bar chart of the leading and the managing pole of %n contrasts, side by side.", nullptr,
                               static_cast<int>(poles.contrasts.size())));
}

} // namespace tandem::ui
