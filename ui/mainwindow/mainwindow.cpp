#include "mainwindow.h"

#include "assessmentrepository.h"
#include "checkin/checkinpage.h"
#include "checkin/duetracker.h"
#include "checkin/questionnaire.h"
#include "common/design.h"
#include "common/desktopnotifier.h"
#include "common/readyprobe.h"
#include "common/edithistory.h"
#include "common/messagebanner.h"
#include "common/symbolicicon.h"
#include "dashboard/dashboardpage.h"
#include "exchange/datatransfer.h"
#include "feedback/feedbackpage.h"
#include "goals/goalspage.h"
#include "journal/journalpage.h"
#include "journalrepository.h"
#include "learn/learnpage.h"
#include "navigationsidebar.h"
#include "progress/progresspage.h"
#include "settings/backupspanel.h"
#include "settings/settingspage.h"

#include "clock.h"
#include "draftrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem::ui {

MainWindow::MainWindow(core::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_model(workspace.model()), m_clock(workspace.clock())
{
    m_history = new EditHistory(m_workspace, this);
    m_dueTracker = new DueTracker(m_workspace, m_clock, this);
    StartupTrace::mark("due tracker");
    m_context = std::make_unique<PageContext>(PageContext { m_workspace, m_model, m_clock, *m_history, *m_dueTracker });
    m_notifier = new DesktopNotifier(this);
    m_transfer = new DataTransfer(m_workspace, this);
    auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    connect(m_transfer, &DataTransfer::status, this, showStatus);
    connect(m_history, &EditHistory::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        QMessageBox::warning(this, tr("Tandem"), message);
    });
    connect(m_transfer, &DataTransfer::backupMade, this, &MainWindow::backupsChanged);
    connect(&m_workspace, &core::Workspace::storeReplaced, this, &MainWindow::backupsChanged);

    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Tandem"));
    setMinimumSize(720, 480);
    // Start at a comfortable size, never larger than the screen.
    const QSize wanted(1180, 780);
    const QSize available = screen() ? screen()->availableSize() : wanted;
    resize(wanted.boundedTo(available));

    m_navigation = new NavigationSidebar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (PageId id : allPages()) {
        auto *item = new QListWidgetItem(SymbolicIcon::icon(pageIconName(id)), pageTitle(id), m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(id));
        // Each page is built the first time it is shown (see page()): start-up pays only for the
        // page it opens on, however much the others would read.
        auto *slot = new QWidget(m_pages);
        slot->setObjectName(QStringLiteral("page-") + pageKey(id));
        auto *slotLayout = new QVBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        m_pages->addWidget(slot);
    }
    m_navigation->fitWidth();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < allPages().size())
            showPage(allPages().at(row));
    });

    // The banner says what is due, always, whether or not a desktop notification went out.
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("dueBanner"));
    m_banner->setAccessibleName(tr("Reminder"));
    m_banner->setIconName(QStringLiteral("reminder"));
    m_banner->textLabel()->setObjectName(QStringLiteral("dueBannerText"));
    m_banner->setVisible(false);
    m_bannerStart = m_banner->addButton(QString());
    m_bannerStart->setObjectName(QStringLiteral("dueBannerStart"));
    m_bannerStart->setAccessibleName(tr("Start what is due")); // named for what it starts once shown
    QToolButton *later = m_banner->closeButton();
    later->setObjectName(QStringLiteral("dueBannerLater"));
    later->setToolTip(tr("Later"));
    later->setAccessibleName(tr("Hide this reminder until something else is due"));
    connect(m_bannerStart, &QPushButton::clicked, this, [this] {
        if (!m_bannerKind) {
            const auto oldest = m_workspace.journal().reviewsDue(m_clock.now().toLocalTime().date(), 1);
            if (oldest && !oldest->isEmpty())
                showEntry(oldest->constFirst().entryId);
            return;
        }
        startCheckIn(*m_bannerKind);
    });
    connect(m_banner, &MessageBanner::closeRequested, this, [this] {
        if (!m_bannerNotice.isEmpty()) {
            // Closing a notice is not "later" for what is due.
            m_bannerNotice.clear();
            updateDue();
            return;
        }
        m_dismissed = m_dueTracker->state();
        m_dismissedReviews = m_dueTracker->reviewsDue();
        m_hasDismissed = true;
        updateDue();
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    auto *bannerHolder = new QHBoxLayout;
    bannerHolder->setContentsMargins(Design::SpaceM, Design::SpaceM, Design::SpaceM, 0);
    bannerHolder->addWidget(m_banner);
    rightLayout->addLayout(bannerHolder);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    createMenus();
    connect(m_dueTracker, &DueTracker::changed, this, &MainWindow::updateDue);
    connect(m_dueTracker, &DueTracker::becameDue, this, &MainWindow::notifyDue);
    connect(m_dueTracker, &DueTracker::reviewsBecameDue, this, &MainWindow::notifyReviews);
    StartupTrace::mark("window widgets and menus");
    updateDue();
    StartupTrace::mark("due banner and badges");
    showPage(PageId::Dashboard);
    StartupTrace::mark("dashboard built");
}

MainWindow::~MainWindow() = default;

void MainWindow::markNavigation(PageId page, const QVariant &badge, const QString &accessibleText,
                                const QString &toolTip)
{
    QListWidgetItem *item = m_navigation->item(static_cast<int>(allPages().indexOf(page)));
    item->setData(NavigationSidebar::BadgeRole, badge);
    item->setData(Qt::AccessibleTextRole, badge.isValid() ? QVariant(accessibleText) : QVariant());
    item->setToolTip(badge.isValid() ? toolTip : QString());
}

void MainWindow::updateDue()
{
    const core::DueState due = m_dueTracker->state();
    const int reviews = m_dueTracker->reviewsDue();
    // Before the first check-in the dashboard's welcome leads to it: a reminder of something the
    // user has never done would only nag.
    // EXISTS, not count(*): this runs before the first paint, and a count reads every row.
    const auto taken = m_workspace.isOpen() ? m_workspace.assessments().hasAny() : core::Result<bool>(false);
    const bool checkInDue = due.anyDue() && taken && taken.value();

    // The navigation marks the Check-in page while a check-in is due, the Journal while a
    // decision waits to be looked back on (with their number).
    markNavigation(PageId::CheckIn, checkInDue ? QVariant(QString()) : QVariant(), tr("Check-in, due"),
                   due.pulse.due && due.full.due ? tr("Your weekly pulse and a full assessment are due")
                       : due.pulse.due           ? tr("Your weekly pulse is due")
                                                 : tr("A full assessment is due"));
    markNavigation(PageId::Journal, reviews > 0 ? QVariant(QLocale().toString(reviews)) : QVariant(),
                   tr("Journal, %1").arg(m_dueTracker->reviewsDueText()), m_dueTracker->reviewsDueText());

    if (!m_bannerNotice.isEmpty()) {
        m_bannerKind.reset();
        m_banner->setIconName(QStringLiteral("info"));
        m_banner->setText(m_bannerNotice);
        m_bannerStart->setVisible(false);
        m_banner->closeButton()->setToolTip(tr("Close"));
        m_banner->closeButton()->setAccessibleName(tr("Close this message"));
        m_banner->present();
        return;
    }
    m_banner->setIconName(QStringLiteral("reminder"));
    m_banner->closeButton()->setToolTip(tr("Later"));
    m_banner->closeButton()->setAccessibleName(tr("Hide this reminder until something else is due"));
    m_bannerStart->setVisible(true);

    const bool dismissed = m_hasDismissed && m_dismissed == due && m_dismissedReviews >= reviews;
    if ((!checkInDue && reviews == 0) || dismissed) {
        m_banner->setVisible(false);
        m_bannerKind.reset();
        return;
    }
    if (checkInDue) {
        // The pulse takes a minute, so it is offered first when both are due.
        m_bannerKind = due.pulse.due ? core::AssessmentKind::Pulse : core::AssessmentKind::Full;
        QString text = due.pulse.due && due.full.due ? tr("Your weekly pulse and a full assessment are due.")
                       : due.pulse.due ? tr("Your weekly pulse is due: one minute, eight quick answers.")
                                       : tr("A full assessment is due: about ten minutes.");
        if (reviews > 0)
            text += QLatin1Char(' ') + tr("Also: %1 in the Journal.").arg(m_dueTracker->reviewsDueText());
        m_banner->setText(text);
        m_bannerStart->setText(*m_bannerKind == core::AssessmentKind::Pulse ? tr("Start Pulse") : tr("Start Assessment"));
    } else {
        // Only reviews: the button opens the one that has waited longest.
        m_bannerKind.reset();
        m_banner->setText(tr("Time to look back: %1.").arg(m_dueTracker->reviewsDueText()));
        m_bannerStart->setText(tr("Review Now"));
    }
    m_bannerStart->setAccessibleName(m_bannerStart->text());
    m_banner->present();
}

void MainWindow::startCheckIn(core::AssessmentKind kind)
{
    showPage(PageId::CheckIn);
    auto *checkIn = qobject_cast<CheckInPage *>(page(PageId::CheckIn));
    if (!checkIn)
        return;
    const Questionnaire *open = checkIn->questionnaire();
    if (open && open->kind() != kind && (!open->answers().isEmpty() || !open->note().trimmed().isEmpty())) {
        // The other kind is open with answers: back to it, and say why, rather than put it away.
        checkIn->start(open->kind());
        m_bannerNotice = open->kind() == core::AssessmentKind::Full
            ? tr("Your full assessment is still open, so here it is. Finish it, or close it to carry on "
                 "later (your answers are kept); then start the pulse.")
            : tr("Your pulse is still open, so here it is. Finish it, or close it to carry on later (your "
                 "answers are kept); then start the full assessment.");
        updateDue();
        return;
    }
    checkIn->start(kind);
}

void MainWindow::notifyDue(core::AssessmentKind kind)
{
    if (!m_dueTracker->remindersEnabled())
        return;
    if (kind == core::AssessmentKind::Pulse)
        m_notifier->notify(tr("Weekly pulse due"), tr("One minute in Tandem: eight quick answers about this past week."));
    else
        m_notifier->notify(tr("Full assessment due"), tr("About ten minutes in Tandem, then see what has really changed."));
}

void MainWindow::notifyReviews(int count)
{
    if (!m_dueTracker->remindersEnabled())
        return;
    m_notifier->notify(tr("Time to look back"),
                       tr("%n decisions you recorded in Tandem can be reviewed now: what happened, and did it go "
                          "as you expected?",
                          nullptr, count));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The sidebar's icons and badges, and the banner, are painted from the palette at paint time.
    if (event->type() == QEvent::PaletteChange && m_navigation)
        m_navigation->viewport()->update();
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_navigation->setCompact(width() < CompactBelow);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (currentPage() == PageId::Feedback && event->mimeData()->hasUrls()
        && FeedbackPage::acceptsFiles(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    auto *feedback = qobject_cast<FeedbackPage *>(page(PageId::Feedback));
    if (currentPage() != PageId::Feedback || !feedback || !event->mimeData()->hasUrls()
        || !FeedbackPage::acceptsFiles(event->mimeData()->urls()))
        return;
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    feedback->importFiles(paths);
}

QWidget *MainWindow::createPage(PageId id)
{
    switch (id) {
    case PageId::Learn:
        return new LearnPage(m_model, this);
    case PageId::Settings: {
        auto *settings = new SettingsPage(*m_context, this);
        connect(settings, &SettingsPage::exportRequested, this, [this] { m_exportMenu->popup(QCursor::pos()); });
        connect(settings, &SettingsPage::importRequested, m_transfer, &DataTransfer::openImportDialog);
        connect(settings, &SettingsPage::checkRequested, m_transfer, &DataTransfer::checkNow);
        BackupsPanel *backups = settings->backupsPanel();
        connect(backups, &BackupsPanel::backUpNowRequested, m_transfer, &DataTransfer::backUpNow);
        connect(backups, &BackupsPanel::restoreRequested, this, &MainWindow::restoreRequested);
        connect(this, &MainWindow::backupsChanged, backups, &BackupsPanel::refresh);
        return settings;
    }
    case PageId::Dashboard: {
        auto *dashboard = new DashboardPage(*m_context, this);
        connect(dashboard, &DashboardPage::startRequested, this, &MainWindow::startCheckIn);
        connect(dashboard, &DashboardPage::journalRequested, this, [this] { showPage(PageId::Journal); });
        connect(dashboard, &DashboardPage::entryRequested, this, &MainWindow::showEntry);
        connect(dashboard, &DashboardPage::goalsRequested, this, [this] {
            showPage(PageId::Goals);
            if (auto *goals = qobject_cast<GoalsPage *>(page(PageId::Goals)))
                goals->showList();
        });
        connect(dashboard, &DashboardPage::goalRequested, this, [this](qint64 id) {
            showPage(PageId::Goals);
            if (auto *goals = qobject_cast<GoalsPage *>(page(PageId::Goals)))
                goals->showGoal(id);
        });
        connect(dashboard, &DashboardPage::newGoalRequested, this, &MainWindow::newGoal);
        connect(dashboard, &DashboardPage::feedbackRoundRequested, this, [this](qint64 id) {
            showPage(PageId::Feedback);
            if (auto *feedback = qobject_cast<FeedbackPage *>(page(PageId::Feedback)))
                feedback->showRound(id);
        });
        connect(dashboard, &DashboardPage::learnRequested, this, [this] { showPage(PageId::Learn); });
        return dashboard;
    }
    case PageId::CheckIn: {
        auto *checkIn = new CheckInPage(*m_context, this);
        connect(checkIn, &CheckInPage::newGoalRequested, this, &MainWindow::newGoal);
        return checkIn;
    }
    case PageId::Journal: {
        auto *journal = new JournalPage(*m_context, this);
        connect(journal, &JournalPage::newGoalRequested, this, &MainWindow::newGoal);
        adoptPageShortcuts(journal);
        return journal;
    }
    case PageId::Progress:
        return new ProgressPage(*m_context, this);
    case PageId::Feedback: {
        auto *feedback = new FeedbackPage(*m_context, this);
        connect(feedback, &FeedbackPage::newGoalRequested, this, &MainWindow::newGoal);
        connect(feedback, &FeedbackPage::checkInRequested, this,
                [this] { startCheckIn(core::AssessmentKind::Full); });
        adoptPageShortcuts(feedback);
        return feedback;
    }
    case PageId::Goals: {
        auto *goals = new GoalsPage(*m_context, this);
        connect(goals, &GoalsPage::entryRequested, this, &MainWindow::showEntry);
        adoptPageShortcuts(goals);
        return goals;
    }
    }
    return nullptr;
}

void MainWindow::showEntry(qint64 entryId)
{
    showPage(PageId::Journal);
    if (auto *journal = qobject_cast<JournalPage *>(page(PageId::Journal)))
        journal->showEntry(entryId);
}

void MainWindow::newJournalEntry()
{
    showPage(PageId::Journal);
    if (auto *journal = qobject_cast<JournalPage *>(page(PageId::Journal)))
        journal->newEntry();
}

void MainWindow::checkInNow()
{
    showPage(PageId::CheckIn);
    auto *checkIn = qobject_cast<CheckInPage *>(page(PageId::CheckIn));
    if (!checkIn)
        return;
    if (checkIn->questionnaire()) {
        checkIn->start(checkIn->questionnaire()->kind()); // never swaps out answers being given
        return;
    }
    const core::DueState due = m_dueTracker->state();
    core::AssessmentKind kind = core::AssessmentKind::Pulse;
    if (due.anyDue()) {
        kind = due.pulse.due ? core::AssessmentKind::Pulse : core::AssessmentKind::Full;
    } else {
        const auto fullDraft = m_workspace.drafts().load(core::AssessmentKind::Full);
        const auto pulseDraft = m_workspace.drafts().load(core::AssessmentKind::Pulse);
        if (fullDraft && fullDraft.value() && !(pulseDraft && pulseDraft.value()))
            kind = core::AssessmentKind::Full;
    }
    startCheckIn(kind);
}

void MainWindow::newGoal(core::GoalTarget target, const QString &targetId, const QString &tipId)
{
    showPage(PageId::Goals);
    if (auto *goals = qobject_cast<GoalsPage *>(page(PageId::Goals)))
        goals->newGoal(target, targetId, tipId);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_newEntryAction = file->addAction(tr("&New Journal Entry"), this, &MainWindow::newJournalEntry);
    m_newEntryAction->setObjectName(QStringLiteral("newEntryAction"));
    m_newGoalAction = file->addAction(tr("New &Goal"), this, [this] {
        showPage(PageId::Goals);
        if (auto *goals = qobject_cast<GoalsPage *>(page(PageId::Goals)))
            goals->newGoal();
    });
    m_newGoalAction->setObjectName(QStringLiteral("newGoalAction"));
    m_newRoundAction = file->addAction(tr("New &Feedback Round…"), this, [this] {
        showPage(PageId::Feedback);
        if (auto *feedback = qobject_cast<FeedbackPage *>(page(PageId::Feedback)))
            feedback->newRound();
    });
    m_newRoundAction->setObjectName(QStringLiteral("newRoundAction"));
    file->addSeparator();
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(tr("Everything as &JSON…"), m_transfer,
                            [this] { m_transfer->chooseAndExport(core::ExportFormat::Json); });
    m_exportMenu->addAction(tr("Scores and Entries as &CSV…"), m_transfer,
                            [this] { m_transfer->chooseAndExport(core::ExportFormat::Csv); });
    m_exportMenu->addAction(tr("Journal as &Markdown…"), m_transfer,
                            [this] { m_transfer->chooseAndExport(core::ExportFormat::Markdown); });
    m_exportMenu->addAction(tr("Journal as Markdown, One File per &Month…"), m_transfer,
                            [this] { m_transfer->chooseAndExport(core::ExportFormat::MarkdownPerMonth); });
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("Progress &Report (PDF)…"), m_transfer, &DataTransfer::chooseAndExportReport);
    QAction *import = file->addAction(tr("&Import…"), m_transfer, &DataTransfer::openImportDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("&Back Up Now"), m_transfer, &DataTransfer::backUpNow);
    file->addAction(tr("&Check Your Data"), m_transfer, &DataTransfer::checkNow);
    file->addAction(tr("&Restore from Backup…"), this, [this] {
        showPage(PageId::Settings);
        if (auto *list = m_pages->findChild<QWidget *>(QStringLiteral("backupsList")); list && list->isVisible())
            list->setFocus(Qt::ShortcutFocusReason);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // The desktop's Quit keys, with Ctrl+Q where it defines none. Never the same keys twice: Qt
    // treats a sequence bound twice as ambiguous and does nothing at all.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_history->createUndoAction(edit));
    edit->addAction(m_history->createRedoAction(edit));
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find in Journal…"), this, [this] {
        showPage(PageId::Journal);
        if (auto *search = page(PageId::Journal)->findChild<QLineEdit *>(QStringLiteral("journalSearch"))) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);

    updatePageShortcuts();

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (PageId id : allPages()) {
        QAction *action
            = go->addAction(SymbolicIcon::icon(pageIconName(id)), pageTitle(id), this, [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Learn About Leading and Managing"), this, [this] { showPage(PageId::Learn); });
    QAction *about = help->addAction(tr("&About Tandem"), this, [this] {
        QMessageBox::about(this, tr("About Tandem"),
                           tr("<h3>Tandem %1</h3><p>A coaching companion for people who lead and manage at work.</p>"
                              "<p>Skill model %2. Your data stays on this computer.</p>")
                                   .arg(QStringLiteral(TANDEM_VERSION), m_model.version.toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updatePageShortcuts()
{
    if (!m_newEntryAction)
        return;
    // The desktop's New keys make what the page shown is about: a goal, a feedback round, else an entry.
    const bool goals = m_pages->currentIndex() == allPages().indexOf(PageId::Goals);
    const bool feedback = m_pages->currentIndex() == allPages().indexOf(PageId::Feedback);
    const QList<QKeySequence> newKeys = QKeySequence::keyBindings(QKeySequence::New);
    m_newEntryAction->setShortcuts(goals || feedback ? QList<QKeySequence>() : newKeys);
    m_newGoalAction->setShortcuts(goals ? newKeys : QList<QKeySequence>());
    m_newRoundAction->setShortcuts(feedback ? newKeys : QList<QKeySequence>());
}

void MainWindow::adoptPageShortcuts(QWidget *page)
{
    QList<QKeySequence> owned = QKeySequence::keyBindings(QKeySequence::New);
    owned += QKeySequence::keyBindings(QKeySequence::Find);
    for (QAction *action : page->actions()) {
        QList<QKeySequence> keys = action->shortcuts();
        keys.removeIf([&owned](const QKeySequence &key) { return owned.contains(key); });
        if (keys.size() != action->shortcuts().size())
            action->setShortcuts(keys);
    }
}

void MainWindow::showPage(PageId id)
{
    const int index = static_cast<int>(allPages().indexOf(id));
    page(id);  // build it if this is its first showing
    if (index != m_pages->currentIndex() && !m_bannerNotice.isEmpty()) {
        m_bannerNotice.clear(); // a notice is about the page it was given on
        updateDue();
    }
    m_navigation->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
    updatePageShortcuts();
}

PageId MainWindow::currentPage() const
{
    return allPages().at(std::max(0, m_pages->currentIndex()));
}

QWidget *MainWindow::page(PageId id)
{
    QWidget *slot = m_pages->widget(static_cast<int>(allPages().indexOf(id)));
    if (slot->layout()->count() == 0)
        slot->layout()->addWidget(createPage(id));
    return slot->layout()->itemAt(0)->widget();
}

} // namespace tandem::ui
