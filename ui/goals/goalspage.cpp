#include "goalspage.h"

#include "goalform.h"
#include "goallistmodel.h"
#include "goaltext.h"
#include "goalview.h"

#include "common/deferredrefresh.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"
#include "common/theme.h"

#include "goalrepository.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int ContentWidth = 980;

} // namespace

GoalsPage::GoalsPage(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("goalsPage"));
    m_model = new GoalListModel(context.workspace, context.model, context.clock, this);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("goalsStack"));
    m_listPage = buildList();
    m_stack->addWidget(m_listPage);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Ctrl+N (the desktop's New) while this page is shown: a hidden page's shortcut does not
    // fire, so it never meets the Journal's New Entry.
    auto *newAction = new QAction(tr("New Goal"), this);
    newAction->setShortcuts(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] { newGoal(); });
    addAction(newAction);

    // The list is read again after any change to the goals, once, and only when it can be seen.
    m_refresh = new DeferredRefresh(m_listPage, [this] { refreshList(); });
    auto stale = [this] { m_refresh->markStale(); };
    Workspace &ws = context.workspace;
    connect(&ws, &Workspace::goalAdded, this, stale);
    connect(&ws, &Workspace::goalChanged, this, stale);
    connect(&ws, &Workspace::goalRemoved, this, stale);
    connect(&ws, &Workspace::entryRemoved, this, stale);
    connect(&ws, &Workspace::imported, this, stale);
    connect(&ws, &Workspace::storeReplaced, this, stale);
}

QScrollArea *GoalsPage::scrolled(QWidget *content)
{
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(32, 24, 32, 24);
    content->setMaximumWidth(ContentWidth);
    layout->addWidget(content);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *GoalsPage::buildList()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("goalsListPage"));
    auto *title = new PageHeader(tr("Goals"), page);
    auto *intro = new QLabel(tr("Pick one thing to grow, break it into small steps and link the journal entries "
                                "where you worked on it. Your check-ins show whether it moves."),
                             page);
    intro->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New Goal"), page);
    newButton->setObjectName(QStringLiteral("goalsNew"));
    newButton->setAccessibleName(tr("New goal"));
    newButton->setToolTip(tr("Set a new goal (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newButton, &QPushButton::clicked, this, [this] { newGoal(); });
    m_filter = new QComboBox(page);
    m_filter->setObjectName(QStringLiteral("goalsFilter"));
    m_filter->setAccessibleName(tr("Which goals to show"));
    m_filter->view()->setObjectName(QStringLiteral("goalsFilterList"));
    m_filter->view()->setAccessibleName(tr("Which goals to show"));
    // By default the open goals and the past year's finished ones: what is current, and recent
    // results worth seeing, however many years of goals there are.
    m_filter->addItem(tr("Current and past year"), static_cast<int>(GoalListModel::Filter::Recent));
    m_filter->addItem(tr("Active and paused"), static_cast<int>(GoalListModel::Filter::Open));
    m_filter->addItem(tr("Done"), static_cast<int>(GoalListModel::Filter::Done));
    m_filter->addItem(tr("Dropped"), static_cast<int>(GoalListModel::Filter::Dropped));
    m_filter->addItem(tr("All goals"), static_cast<int>(GoalListModel::Filter::All));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<GoalListModel::Filter>(m_filter->currentData().toInt()));
        refreshList();
    });
    m_bar = new QWidget(page);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    newButton->setParent(m_bar);
    m_filter->setParent(m_bar);
    bar->addWidget(newButton);
    bar->addStretch(1);
    auto *show = new QLabel(tr("Show:"), m_bar);
    show->setBuddy(m_filter);
    bar->addWidget(show);
    bar->addWidget(m_filter);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("goalsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_list = new QTableView(page);
    m_list->setObjectName(QStringLiteral("goalsList"));
    m_list->setAccessibleName(tr("Goals; open one to see its steps and progress"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The title and the target share what is left; long names are elided, their tooltips whole.
    m_list->horizontalHeader()->setSectionResizeMode(GoalListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(GoalListModel::TargetColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setHighlightSections(false);
    connect(m_list, &QTableView::activated, this, &GoalsPage::openIndex);
    connect(m_list, &QTableView::clicked, this, &GoalsPage::openIndex);

    // With no goal at all: what goals are for, and the way to the first one.
    m_empty = new QWidget(page);
    m_empty->setObjectName(QStringLiteral("goalsEmpty"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("goalsEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyNew = new QPushButton(tr("Set Your First Goal"), m_empty);
    m_emptyNew->setObjectName(QStringLiteral("goalsEmptyNew"));
    m_emptyNew->setAccessibleName(tr("Set your first goal"));
    connect(m_emptyNew, &QPushButton::clicked, this, [this] { newGoal(); });
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 24, 0, 0);
    emptyLayout->setSpacing(12);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_empty->setVisible(false);

    auto *content = new QWidget(page);
    content->setMaximumWidth(ContentWidth);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addWidget(content);
    return page;
}

void GoalsPage::refreshList()
{
    const QString error = m_model->reload();
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_error->setText(tr("Your goals could not be read: %1").arg(error));
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
        m_error->setPalette(p);
    }
    const bool none = m_model->rowCount() == 0;
    bool anyGoal = !none;
    if (none) {
        const bool filtered = m_model->filter() != GoalListModel::Filter::All;
        // e.g. "No goals here" under "Current and past year" when every goal is older.
        const auto total = filtered ? m_context.workspace.goals().count() : Result<int>(0);
        anyGoal = total && total.value() > 0;
        m_emptyText->setText(
                anyGoal ? tr("No goals here. Choose another in “Show”, or set a new goal.")
                        : tr("You have no goals yet. A goal turns what your check-ins show into something you do: "
                             "pick a skill or a side of a contrast to grow, say by when, and take a few small "
                             "steps. Tandem then shows your score against your target, and the journal entries "
                             "where you worked on it."));
        m_emptyNew->setText(anyGoal ? tr("New Goal") : tr("Set Your First Goal"));
        m_emptyNew->setAccessibleName(anyGoal ? tr("New goal") : tr("Set your first goal"));
    }
    // With no goal at all, the empty state's button is the one way on; the bar would repeat it.
    m_bar->setVisible(anyGoal);
    m_list->setVisible(!none);
    m_empty->setVisible(none);
}

void GoalsPage::openIndex(const QModelIndex &index)
{
    if (index.isValid())
        showGoal(index.data(GoalListModel::IdRole).toLongLong());
}

GoalsPage::View GoalsPage::currentView() const
{
    if (m_view && m_stack->currentWidget() == m_viewPage)
        return View::Goal;
    if (m_form && m_stack->currentWidget() == m_formPage)
        return View::Form;
    return View::List;
}

void GoalsPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    m_list->setFocus(Qt::OtherFocusReason);
}

bool GoalsPage::showGoal(qint64 id)
{
    // The view is built the first time a goal is shown: opening the page costs only the list.
    if (!m_view) {
        m_view = new GoalView(m_context);
        m_viewPage = scrolled(m_view);
        m_viewPage->setObjectName(QStringLiteral("goalViewScroll"));
        m_stack->addWidget(m_viewPage);
        connect(m_view, &GoalView::backRequested, this, &GoalsPage::showList);
        connect(m_view, &GoalView::goalGone, this, [this] {
            if (currentView() == View::Goal)
                showList();
        });
        connect(m_view, &GoalView::editRequested, this, &GoalsPage::editGoal);
        connect(m_view, &GoalView::entryRequested, this, &GoalsPage::entryRequested);
    }
    if (!m_view->showGoal(id)) {
        showList();
        return false;
    }
    m_stack->setCurrentWidget(m_viewPage);
    m_viewPage->ensureVisible(0, 0);
    return true;
}

void GoalsPage::newGoal(std::optional<GoalTarget> kind, const QString &targetId, const QString &tipId)
{
    if (!m_form) {
        m_form = new GoalForm(m_context);
        m_formPage = scrolled(m_form);
        m_formPage->setObjectName(QStringLiteral("goalFormScroll"));
        m_stack->addWidget(m_formPage);
        connect(m_form, &GoalForm::saved, this, [this](qint64 id) { showGoal(id); });
        connect(m_form, &GoalForm::canceled, this, [this] {
            if (m_formReturn == View::Goal && m_formGoal && showGoal(m_formGoal))
                return;
            showList();
        });
    }
    m_formReturn = currentView();
    m_formGoal = m_view ? m_view->goalId() : 0;
    m_stack->setCurrentWidget(m_formPage);
    m_form->startNew(kind, targetId, tipId);
}

void GoalsPage::editGoal(qint64 id)
{
    const auto goal = m_context.workspace.goals().get(id);
    if (!goal)
        return;
    newGoal();
    m_form->startEdit(goal.value());
}

} // namespace tandem::ui
