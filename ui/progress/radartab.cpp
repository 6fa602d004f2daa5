#include "radartab.h"

#include "assessmentrepository.h"
#include "common/chartcolors.h"
#include "common/format.h"
#include "progressdata.h"
#include "progressformat.h"
#include "skillmodel.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

namespace tandem::ui {

using namespace ProgressFormat;

namespace {

// Long names on two lines, so that the circle keeps its room on narrow windows.
QString axisLabel(const QString &name)
{
    if (name.size() <= 18)
        return name.toHtmlEscaped();
    const auto middle = name.size() / 2;
    auto cut = name.lastIndexOf(QLatin1Char(' '), middle);
    const auto after = name.indexOf(QLatin1Char(' '), middle);
    if (cut < 0 || (after >= 0 && after - middle < middle - cut))
        cut = after;
    if (cut <= 0)
        return name.toHtmlEscaped();
    return name.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut + 1).toHtmlEscaped();
}

// The earlier full assessments to compare with, behind "the one before". A date is formatted
// only when the list shows it (a local-time conversion and a locale's format each): ten years
// hold 84 full assessments, and the page is rebuilt often.
class EarlierModel final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setAssessments(QList<std::pair<qint64, QDateTime>> assessments)
    {
        beginResetModel();
        m_assessments = std::move(assessments);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_assessments.size()) + 1;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() > m_assessments.size())
            return {};
        const int row = index.row();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return row == 0 ? RadarTab::tr("Compare with the one before")
                            : RadarTab::tr("Compare with %1").arg(Format::shortDateTime(m_assessments.at(row - 1).second));
        }
        if (role == Qt::UserRole)
            return row == 0 ? QVariant() : QVariant(m_assessments.at(row - 1).first);
        return {};
    }

private:
    QList<std::pair<qint64, QDateTime>> m_assessments;
};

} // namespace

RadarTab::RadarTab(const ProgressContext &context, QWidget *parent) : ProgressTab(context, tr("Skill Profile"), parent)
{
    m_chart = new QPolarChart;
    m_now = new QLineSeries;
    m_then = new QLineSeries;
    m_chart->addSeries(m_then);
    m_chart->addSeries(m_now);
    m_angle = new QCategoryAxis;
    m_angle->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radius = new QValueAxis;
    m_radius->setRange(0, 100);
    m_radius->setTickCount(5);
    m_radius->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_angle, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radius, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : { m_now, m_then }) {
        s->attachAxis(m_angle);
        s->attachAxis(m_radius);
    }
    m_earlier = new QComboBox(this);
    m_earlier->setObjectName(QStringLiteral("progressRadarEarlier"));
    m_earlier->setAccessibleName(tr("Compare with"));
    m_earlierModel = new EarlierModel(m_earlier);
    m_earlier->setModel(m_earlierModel);
    // Sized from the first item and the newest date (loadEarlierChoices), not by formatting all.
    m_earlier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    setChart(QStringLiteral("progressRadar"), m_chart);
    addControl(m_earlier, tr("Compare &with:"));
}

QChart *RadarTab::chart() const
{
    return m_chart;
}

void RadarTab::loadEarlierChoices()
{
    // The earlier assessments to compare with, newest first; the choice survives a reload.
    const QVariant chosen = m_earlier->currentData();
    const QSignalBlocker blocker(m_earlier);
    QList<std::pair<qint64, QDateTime>> earlier;
    auto list = context().workspace.assessments().summaries(core::AssessmentKind::Full, 500);
    if (list) {
        for (qsizetype i = 1; i < list.value().size(); ++i)
            earlier.append({ list.value().at(i).id, list.value().at(i).takenAt });
    }
    auto *model = static_cast<EarlierModel *>(m_earlierModel);
    model->setAssessments(std::move(earlier));
    // Wide enough for the longer of the first item and a date (all dates format alike), counted
    // in average characters, with a few to spare.
    qsizetype longest = model->index(0).data().toString().size();
    if (model->rowCount() > 1)
        longest = std::max(longest, model->index(1).data().toString().size());
    m_earlier->setMinimumContentsLength(static_cast<int>(longest) + 3);
    m_earlier->setCurrentIndex(std::max(0, m_earlier->findData(chosen)));
}

void RadarTab::build()
{
    applyTheme(m_chart);
    loadEarlierChoices();
    const QVariant earlier = m_earlier->currentData();
    auto radar = context().data().radar(earlier.isValid() ? std::optional<qint64>(earlier.toLongLong()) : std::nullopt);
    if (!radar)
        return showError(radar.error());
    if (!radar.value()) {
        m_earlier->setVisible(false);
        return panel()->setEmpty(true, tr("Take your first full assessment to see your skill profile here."));
    }
    const core::Radar &r = *radar.value();
    m_earlier->setVisible(m_earlier->count() > 1);
    panel()->setEmpty(false);

    // One axis per skill, around the circle; the polygon closes on the first skill.
    const auto axisCount = r.axes.size();
    for (const QString &label : m_angle->categoriesLabels())
        m_angle->remove(label);
    m_angle->setRange(0, static_cast<qreal>(axisCount));
    QList<QPointF> now;
    QList<QPointF> then;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < axisCount; ++i) {
        const core::RadarAxis &axis = r.axes[i];
        const core::Skill *skill = context().model.skill(axis.skillId);
        const QString name = skill ? skill->name : axis.skillId;
        m_angle->append(axisLabel(name), static_cast<qreal>(i));
        if (axis.now)
            now.append(QPointF(static_cast<qreal>(i), *axis.now));
        if (axis.then)
            then.append(QPointF(static_cast<qreal>(i), *axis.then));
        rows.append({ name, number(axis.now), number(axis.then),
                      axis.change ? signedNumber(axis.change->delta) : QStringLiteral("—"),
                      axis.change ? (axis.change->meaningful ? tr("Real change") : tr("Within noise")) : QString() });
    }
    if (!now.isEmpty() && now.first().x() == 0)
        now.append(QPointF(static_cast<qreal>(axisCount), now.first().y()));
    if (!then.isEmpty() && then.first().x() == 0)
        then.append(QPointF(static_cast<qreal>(axisCount), then.first().y()));
    m_now->replace(now);
    m_then->replace(then);
    m_now->setName(tr("Latest (%1)").arg(day(r.nowAt)));
    m_then->setName(r.thenId ? tr("Earlier (%1)").arg(day(r.thenAt)) : tr("Earlier"));
    m_then->setVisible(r.thenId.has_value());
    // Latest and earlier have colours of their own: the polygon holds leading and managing skills.
    m_now->setPen(QPen(ChartColors::latest(palette()), 3));
    QPen thenPen(ChartColors::earlier(palette()), 2);
    thenPen.setStyle(Qt::DashLine);
    m_then->setPen(thenPen);

    fillTable({ tr("Skill"), tr("Latest"), tr("Earlier"), tr("Change"), tr("Verdict") }, rows);
    panel()->setCaption(r.thenId ? tr("Your latest full assessment (solid) against the one from %1 (dashed). 0 is the "
                                      "centre, 100 the outer ring.")
                                       .arg(day(r.thenAt))
                                 : tr("Your first full assessment. Take another one to compare with it."));
    int real = 0;
    for (const core::RadarAxis &axis : r.axes)
        real += axis.change && axis.change->meaningful ? 1 : 0;
    QString description
        = tr("Radar chart of %n skills from your latest full assessment. ", nullptr, static_cast<int>(axisCount));
    if (r.thenId)
        description += tr("%n of them changed by more than noise since the earlier one.", nullptr, real);
    panel()->setDescription(description + tr(" The table view lists every score."));
}

} // namespace tandem::ui
