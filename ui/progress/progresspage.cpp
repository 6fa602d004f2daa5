#include "progresspage.h"

#include "activitytab.h"
#include "decisionstab.h"
#include "feedbacktab.h"
#include "outcomestab.h"
#include "polestab.h"
#include "quadranttab.h"
#include "radartab.h"

#include "clock.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include "common/deferredrefresh.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"
#include "workspace.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem::ui {

ProgressPage::ProgressPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_clock(context.clock)
{
    QHBoxLayout *rangeBar = newRangeBar();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setAccessibleName(tr("Progress charts"));
    m_tabs->setDocumentMode(true);

    const ProgressContext charts{context.workspace, context.model, context.clock};
    auto *radar = new RadarTab(charts, this);
    m_trends = new TrendsTab(charts, this);
    m_chartTabs = {radar, m_trends, new QuadrantTab(charts, this), new PolesTab(charts, this),
                   new ActivityTab(charts, this), new OutcomesTab(charts, this), new DecisionsTab(charts, this),
                   new FeedbackTab(charts, this)};
    for (ProgressTab *tab : std::as_const(m_chartTabs))
        m_tabs->addTab(tab, tab->title());
    for (ProgressTab *tab : std::as_const(m_chartTabs))
        connect(tab, &ProgressTab::outOfDate, this, &ProgressPage::buildCurrent);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProgressPage::buildCurrent);

    auto *layout = new QVBoxLayout(this);
    auto *header = new PageHeader(tr("Progress"), this);
    header->setInset(true);
    header->addActionLayout(rangeBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    // Every chart sums up many records: any change to them rebuilds the visible chart once, when
    // the page can be seen (the others when their tab is next shown).
    m_refresh = new DeferredRefresh(this, [this] { reload(); });
    const core::Workspace &workspace = context.workspace;
    for (auto signal : { &core::Workspace::assessmentRecorded, &core::Workspace::assessmentRemoved,
                         &core::Workspace::entryAdded, &core::Workspace::entryChanged, &core::Workspace::entryRemoved,
                         &core::Workspace::feedbackRoundAdded, &core::Workspace::feedbackRoundChanged,
                         &core::Workspace::feedbackRoundRemoved })
        connect(&workspace, signal, m_refresh, &DeferredRefresh::markStale);
    connect(&workspace, &core::Workspace::imported, m_refresh, &DeferredRefresh::markStale);
    connect(&workspace, &core::Workspace::storeReplaced, m_refresh, &DeferredRefresh::markStale);
}

QHBoxLayout *ProgressPage::newRangeBar()
{
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("progressRange"));
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("Last 3 months"), static_cast<int>(Range::ThreeMonths));
    m_range->addItem(tr("Last year"), static_cast<int>(Range::OneYear));
    m_range->addItem(tr("All time"), static_cast<int>(Range::All));
    m_range->addItem(tr("Custom…"), static_cast<int>(Range::Custom));
    m_range->setCurrentIndex(1);
    // A combo's popup list is a widget of its own that screen readers and tests reach too.
    m_range->view()->setObjectName(m_range->objectName() + QStringLiteral("List"));
    m_range->view()->setAccessibleName(m_range->accessibleName());

    const QDate today = m_clock.now().toLocalTime().date();
    m_fromEdit = new QDateEdit(today.addYears(-1).addDays(1), this);
    m_fromEdit->setObjectName(QStringLiteral("progressFrom"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("progressTo"));
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setCalendarPopup(true);
    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    auto *toLabel = new QLabel(tr("to"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_fromEdit);
    bar->addWidget(toLabel);
    bar->addWidget(m_toEdit);
    bar->addStretch(1);
    const auto showCustom = [this, toLabel] {
        const bool custom = static_cast<Range>(m_range->currentData().toInt()) == Range::Custom;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
        toLabel->setVisible(custom);
    };
    showCustom();
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, showCustom] {
        showCustom();
        reload();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &ProgressPage::reload);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &ProgressPage::reload);
    return bar;
}

void ProgressPage::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(static_cast<int>(chart));
    buildCurrent();
}

ProgressPage::Chart ProgressPage::currentChart() const
{
    return static_cast<Chart>(m_tabs->currentIndex());
}

ChartPanel *ProgressPage::panel(Chart chart) const
{
    ProgressTab *tab = m_chartTabs.value(static_cast<int>(chart));
    return tab ? tab->panel() : nullptr;
}

QChart *ProgressPage::chart(Chart chart) const
{
    ProgressTab *tab = m_chartTabs.value(static_cast<int>(chart));
    return tab ? tab->chart() : nullptr;
}

void ProgressPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(range)));
}

void ProgressPage::setCustomRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_fromEdit);
    const QSignalBlocker b(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    if (static_cast<Range>(m_range->currentData().toInt()) == Range::Custom)
        reload();
    else
        setRange(Range::Custom);
}

QDate ProgressPage::from() const
{
    const QDate today = m_clock.now().toLocalTime().date();
    switch (static_cast<Range>(m_range->currentData().toInt())) {
    case Range::ThreeMonths: return today.addMonths(-3).addDays(1);
    case Range::OneYear: return today.addYears(-1).addDays(1);
    case Range::All: return {};
    case Range::Custom: break;
    }
    return m_fromEdit->date();
}

QDate ProgressPage::to() const
{
    switch (static_cast<Range>(m_range->currentData().toInt())) {
    case Range::All: return {};
    case Range::Custom: return m_toEdit->date();
    case Range::ThreeMonths:
    case Range::OneYear: break;
    }
    return m_clock.now().toLocalTime().date();
}

void ProgressPage::setTrendSkill(int skillIndex)
{
    m_trends->setSkill(skillIndex);
}

void ProgressPage::setTrendKind(core::AssessmentKind kind)
{
    m_trends->setKind(kind);
}

void ProgressPage::reload()
{
    for (ProgressTab *tab : std::as_const(m_chartTabs))
        tab->invalidate();
    buildCurrent();
}

void ProgressPage::buildCurrent()
{
    if (auto *tab = qobject_cast<ProgressTab *>(m_tabs->currentWidget()))
        tab->ensureBuilt({from(), to()});
}

} // namespace tandem::ui
