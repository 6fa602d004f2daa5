#include "dashboardpage.h"

#include "checkin/duetracker.h"
#include "checkin/resultshtml.h"
#include "clock.h"
#include "common/card.h"
#include "common/deferredrefresh.h"
#include "common/design.h"
#include "common/readyprobe.h"
#include "common/edithistory.h"
#include "common/format.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"
#include "common/theme.h"
#include "database.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "goals/goaltrend.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QLabel *richLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double value)
{
    return QString::number(std::lround(value));
}

QString signedNumber(double value)
{
    const long v = std::lround(value);
    // U+2212 MINUS SIGN reads better than a hyphen.
    return v > 0 ? QStringLiteral("+%1").arg(v) : v < 0 ? QStringLiteral("\u2212%1").arg(-v) : QStringLiteral("0");
}

QColor muted(const QPalette &palette)
{
    return Design::mutedText(palette);
}

// A list drawn on its card's face, not as a white box inside it.
void onCard(QListWidget *list)
{
    list->setAutoFillBackground(false);
    list->viewport()->setAutoFillBackground(false);
}

// A small horizontal bar of a 0–100 score, the same look as the check-in results.
QString bar(double score, const QColor &accent, const QPalette &palette)
{
    const int filled = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
    const QColor track = Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.14);
    QString cells;
    if (filled > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(filled).arg(accent.name());
    if (filled < 100)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(100 - filled).arg(track.name());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"font-size: 5pt;\"><tr>")
            + cells + QStringLiteral("</tr></table>");
}

QString modeText(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return DashboardPage::tr("Led");
    case Mode::Manage: return DashboardPage::tr("Managed");
    case Mode::Both: return DashboardPage::tr("Led and managed");
    case Mode::Unset: break;
    }
    return {};
}

} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_workspace(context.workspace), m_model(context.model), m_tracker(context.due),
      m_history(context.history)
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setMaximumWidth(Design::ContentMaxWidth);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_welcome = buildWelcome(content);
    m_overview = buildOverview(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(Design::SpaceXXL, Design::SpaceXL, Design::SpaceXXL, Design::SpaceXL);
    layout->setSpacing(Design::SpaceL);
    layout->addWidget(m_error);
    layout->addWidget(m_welcome);
    layout->addWidget(m_overview);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Everything here sums up many records, so any change reads the page again: once, and only
    // when it can be seen.
    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    auto stale = [this] { m_refresh->markStale(); };
    connect(&m_tracker, &DueTracker::changed, this, stale);
    connect(&m_workspace, &Workspace::entryAdded, this, stale);
    connect(&m_workspace, &Workspace::entryChanged, this, stale);
    connect(&m_workspace, &Workspace::entryRemoved, this, stale);
    connect(&m_workspace, &Workspace::assessmentRecorded, this, stale);
    connect(&m_workspace, &Workspace::assessmentRemoved, this, stale);
    connect(&m_workspace, &Workspace::goalAdded, this, stale);
    connect(&m_workspace, &Workspace::goalChanged, this, stale);
    connect(&m_workspace, &Workspace::goalRemoved, this, stale);
    connect(&m_workspace, &Workspace::feedbackRoundAdded, this, stale);
    connect(&m_workspace, &Workspace::feedbackRoundChanged, this, stale);
    connect(&m_workspace, &Workspace::feedbackRoundRemoved, this, stale);
    connect(&m_workspace, &Workspace::imported, this, stale);
    connect(&m_workspace, &Workspace::storeReplaced, this, stale);
}

QFrame *DashboardPage::card(const QString &title, QWidget *parent, QLabel **headingOut)
{
    auto *frame = new Card(title, parent);
    if (headingOut)
        *headingOut = frame->headingLabel();
    m_cards.append(frame);
    return frame;
}

QWidget *DashboardPage::buildWelcome(QWidget *parent)
{
    auto *welcome = new QWidget(parent);
    welcome->setObjectName(QStringLiteral("dashboardWelcome"));
    // A reading width for the text; a label's own maximum width would be ignored when the layout
    // works out its height, and cut its last lines off.
    welcome->setMaximumWidth(760);

    auto *title = new PageHeader(tr("Welcome to Tandem"), welcome);
    title->titleLabel()->setObjectName(QStringLiteral("dashboardWelcomeTitle"));
    auto *text = new QLabel(tr("Tandem helps you grow in the two jobs of anyone who runs a team: leading people "
                               "towards where you are going, and managing the work that gets you there. Short "
                               "check-ins show where you stand on each skill, a journal of real situations shows "
                               "what works for you, and over time Tandem tells real change apart from noise."),
                            welcome);
    text->setObjectName(QStringLiteral("dashboardWelcomeText"));
    text->setWordWrap(true);

    auto *first = new QPushButton(tr("Take Your First Full Assessment"), welcome);
    first->setObjectName(QStringLiteral("dashboardFirstFull"));
    first->setAccessibleName(tr("Take your first full assessment, about ten minutes"));
    first->setDefault(true);
    auto *pulse = new QPushButton(tr("Start with a One-Minute Pulse"), welcome);
    pulse->setObjectName(QStringLiteral("dashboardFirstPulse"));
    pulse->setAccessibleName(tr("Start with a one-minute pulse"));
    auto *learn = new QPushButton(tr("Read How It Works"), welcome);
    learn->setObjectName(QStringLiteral("dashboardLearn"));
    learn->setAccessibleName(tr("Read how Tandem works"));
    connect(first, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(AssessmentKind::Full); });
    connect(pulse, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(AssessmentKind::Pulse); });
    connect(learn, &QPushButton::clicked, this, &DashboardPage::learnRequested);

    auto *hint = new QLabel(tr("The full assessment takes about ten minutes and gives you your profile; the pulse "
                               "is eight quick answers about this past week. Your answers stay on this computer."),
                            welcome);
    hint->setObjectName(QStringLiteral("dashboardWelcomeHint"));
    hint->setWordWrap(true);
    Design::setTextStyle(hint, Design::TextStyle::Caption);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Design::SpaceS);
    buttons->addWidget(first);
    buttons->addWidget(pulse);
    buttons->addWidget(learn);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(welcome);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Design::SpaceL);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    return welcome;
}

QWidget *DashboardPage::buildOverview(QWidget *parent)
{
    auto *overview = new QWidget(parent);
    overview->setObjectName(QStringLiteral("dashboardOverview"));

    // What is due.
    QFrame *due = card(tr("Check-in"), overview);
    m_dueText = new QLabel(due);
    m_dueText->setObjectName(QStringLiteral("dashboardDueText"));
    m_dueText->setWordWrap(true);
    m_startPulse = new QPushButton(tr("Start Pulse"), due);
    m_startPulse->setObjectName(QStringLiteral("dashboardStartPulse"));
    m_startPulse->setAccessibleName(tr("Start the weekly pulse"));
    m_startFull = new QPushButton(tr("Start Full Assessment"), due);
    m_startFull->setObjectName(QStringLiteral("dashboardStartFull"));
    m_startFull->setAccessibleName(tr("Start a full assessment"));
    connect(m_startPulse, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(AssessmentKind::Pulse); });
    connect(m_startFull, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(AssessmentKind::Full); });
    auto *dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_startPulse);
    dueButtons->addWidget(m_startFull);
    dueButtons->addStretch(1);
    due->layout()->addWidget(m_dueText);
    static_cast<QVBoxLayout *>(due->layout())->addLayout(dueButtons);

    // The profile at a glance.
    QFrame *profile = card(tr("Your profile"), overview);
    m_profile = richLabel(QStringLiteral("dashboardProfile"), profile);
    profile->layout()->addWidget(m_profile);

    // Strengths and growth areas, side by side.
    m_skillsCard = new QFrame(overview);
    auto *skillsLayout = new QGridLayout(m_skillsCard);
    skillsLayout->setContentsMargins(0, 0, 0, 0);
    skillsLayout->setHorizontalSpacing(Design::SpaceL);
    QFrame *strengths = card(tr("Your strengths"), m_skillsCard);
    m_strengths = richLabel(QStringLiteral("dashboardStrengths"), strengths);
    strengths->layout()->addWidget(m_strengths);
    static_cast<QVBoxLayout *>(strengths->layout())->addStretch(1);
    QFrame *growth = card(tr("Where to grow"), m_skillsCard);
    m_growth = richLabel(QStringLiteral("dashboardGrowth"), growth);
    growth->layout()->addWidget(m_growth);
    m_growthActions = new QWidget(growth);
    m_growthActions->setObjectName(QStringLiteral("dashboardGrowthActions"));
    auto *actionsLayout = new QVBoxLayout(m_growthActions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->setSpacing(Design::SpaceS);
    growth->layout()->addWidget(m_growthActions);
    static_cast<QVBoxLayout *>(growth->layout())->addStretch(1);
    skillsLayout->setVerticalSpacing(Design::SpaceL);
    m_skills = skillsLayout;
    m_strengthsCard = strengths;
    m_growthCard = growth;

    // Recent journal entries.
    QFrame *journal = card(tr("Recent journal entries"), overview);
    m_journal = new QListWidget(journal);
    m_journal->setObjectName(QStringLiteral("dashboardJournal"));
    m_journal->setAccessibleName(tr("Recent journal entries; open one to read it in the journal"));
    m_journal->setFrameShape(QFrame::NoFrame);
    m_journal->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_journal->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_journal->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_journal->setUniformItemSizes(true);
    m_journal->setTextElideMode(Qt::ElideRight);
    m_journal->setSpacing(2);
    // The list reads as part of its card, not as a box inside it.
    onCard(m_journal);
    const auto openEntry = [this](QListWidgetItem *item) { Q_EMIT entryRequested(item->data(Qt::UserRole).toLongLong()); };
    connect(m_journal, &QListWidget::itemActivated, this, openEntry);
    connect(m_journal, &QListWidget::itemClicked, this, openEntry);
    m_journalEmpty = new QLabel(tr("No entries yet. After a meeting, a decision or a hard talk, write down what "
                                   "happened and whether you led or managed: a few lines are enough."),
                                journal);
    m_journalEmpty->setObjectName(QStringLiteral("dashboardJournalEmpty"));
    m_journalEmpty->setWordWrap(true);
    auto *openJournal = new QPushButton(tr("Open Journal"), journal);
    openJournal->setObjectName(QStringLiteral("dashboardOpenJournal"));
    openJournal->setAccessibleName(tr("Open the journal"));
    connect(openJournal, &QPushButton::clicked, this, &DashboardPage::journalRequested);
    journal->layout()->addWidget(m_journal);
    journal->layout()->addWidget(m_journalEmpty);
    journal->layout()->addWidget(openJournal);
    journal->layout()->setAlignment(openJournal, Qt::AlignLeft);

    // Decisions whose review is due.
    m_reviewsCard = card(tr("Decisions to look back on"), overview);
    auto *reviewsIntro = new QLabel(tr("You said you would look back on these decisions. How did they turn out?"),
                                    m_reviewsCard);
    reviewsIntro->setWordWrap(true);
    m_reviews = new QListWidget(m_reviewsCard);
    m_reviews->setObjectName(QStringLiteral("dashboardReviews"));
    m_reviews->setAccessibleName(tr("Decisions due for review; open one to review it in the journal"));
    for (QListWidget *list : {m_reviews}) {
        list->setFrameShape(QFrame::NoFrame);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setSpacing(2);
        onCard(list);
    }
    connect(m_reviews, &QListWidget::itemActivated, this, openEntry);
    connect(m_reviews, &QListWidget::itemClicked, this, openEntry);
    m_reviewsCard->layout()->addWidget(reviewsIntro);
    m_reviewsCard->layout()->addWidget(m_reviews);

    // The open feedback round: how many colleagues have answered, and the way to its results.
    m_feedbackCard = card(tr("Colleagues' feedback"), overview);
    m_feedbackText = new QLabel(m_feedbackCard);
    m_feedbackText->setObjectName(QStringLiteral("dashboardFeedbackText"));
    m_feedbackText->setWordWrap(true);
    m_feedbackOpen = new QPushButton(tr("Open Round"), m_feedbackCard);
    m_feedbackOpen->setObjectName(QStringLiteral("dashboardFeedbackOpen"));
    m_feedbackOpen->setAccessibleName(tr("Open your feedback round"));
    connect(m_feedbackOpen, &QPushButton::clicked, this, [this] { Q_EMIT feedbackRoundRequested(m_feedbackRound); });
    m_feedbackCard->layout()->addWidget(m_feedbackText);
    m_feedbackCard->layout()->addWidget(m_feedbackOpen);
    m_feedbackCard->layout()->setAlignment(m_feedbackOpen, Qt::AlignLeft);

    // Active goals.
    QFrame *goals = card(tr("Active goals"), overview);
    m_goals = new QListWidget(goals);
    m_goals->setObjectName(QStringLiteral("dashboardGoals"));
    m_goals->setAccessibleName(tr("Active goals; open one to see its steps and progress"));
    m_goals->setFrameShape(QFrame::NoFrame);
    m_goals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_goals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_goals->setWordWrap(true);
    m_goals->setSpacing(2);
    onCard(m_goals);
    const auto openGoal = [this](QListWidgetItem *item) { Q_EMIT goalRequested(item->data(Qt::UserRole).toLongLong()); };
    connect(m_goals, &QListWidget::itemActivated, this, openGoal);
    connect(m_goals, &QListWidget::itemClicked, this, openGoal);
    m_goalsEmpty = new QLabel(tr("No active goals. Pick one of your growth areas and set a goal with a few concrete "
                                 "steps."),
                              goals);
    m_goalsEmpty->setObjectName(QStringLiteral("dashboardGoalsEmpty"));
    m_goalsEmpty->setWordWrap(true);
    auto *openGoals = new QPushButton(tr("Open Goals"), goals);
    openGoals->setObjectName(QStringLiteral("dashboardOpenGoals"));
    openGoals->setAccessibleName(tr("Open the goals page"));
    connect(openGoals, &QPushButton::clicked, this, &DashboardPage::goalsRequested);
    goals->layout()->addWidget(m_goals);
    goals->layout()->addWidget(m_goalsEmpty);
    goals->layout()->addWidget(openGoals);
    goals->layout()->setAlignment(openGoals, Qt::AlignLeft);

    m_notice = new QLabel(overview);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Design::SpaceL);
    m_header = new PageHeader(tr("Dashboard"), overview);
    layout->addWidget(m_header);
    layout->addWidget(due);
    layout->addWidget(m_reviewsCard);
    layout->addWidget(m_feedbackCard);
    layout->addWidget(profile);
    layout->addWidget(m_notice);
    layout->addWidget(m_skillsCard);
    // Goals and recent entries side by side when there is room for both (see resizeEvent).
    m_lists = new QGridLayout;
    m_lists->setContentsMargins(0, 0, 0, 0);
    m_lists->setSpacing(Design::SpaceL);
    m_goalsCard = goals;
    m_journalCard = journal;
    layout->addLayout(m_lists);
    arrangeLists(true);
    return overview;
}

void DashboardPage::refresh()
{
    m_error->setVisible(false);
    const auto holds = m_workspace.database().holdsUserData();
    if (!holds) {
        showError(holds.error());
        return;
    }
    m_firstRun = !holds.value();
    m_welcome->setVisible(m_firstRun);
    m_overview->setVisible(!m_firstRun);
    if (m_firstRun)
        return;
    StartupTrace::mark("dashboard: any data");
    refreshDue();
    StartupTrace::mark("dashboard: due");
    refreshReviews();
    StartupTrace::mark("dashboard: reviews");
    refreshFeedback();
    StartupTrace::mark("dashboard: feedback");
    refreshProfile();
    StartupTrace::mark("dashboard: profile");
    refreshJournal();
    StartupTrace::mark("dashboard: journal");
    refreshGoals();
    StartupTrace::mark("dashboard: goals");
}

void DashboardPage::arrangeLists(bool sideBySide)
{
    if (m_lists->count() > 0 && m_listsSideBySide == sideBySide)
        return;
    m_listsSideBySide = sideBySide;
    // Two cards in a row, or one above the other: strengths and growth areas, goals and entries.
    const auto arrange = [sideBySide](QGridLayout *grid, QWidget *first, QWidget *second) {
        grid->removeWidget(first);
        grid->removeWidget(second);
        grid->addWidget(first, 0, 0);
        grid->addWidget(second, sideBySide ? 0 : 1, sideBySide ? 1 : 0);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, sideBySide ? 1 : 0);
    };
    arrange(m_skills, m_strengthsCard, m_growthCard);
    arrange(m_lists, m_goalsCard, m_journalCard);
    m_lists->setAlignment(m_goalsCard, Qt::AlignTop);
    m_lists->setAlignment(m_journalCard, Qt::AlignTop);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeLists(width() >= SideBySideFrom);
    if (!m_firstRun && !m_refresh->isStale()) {
        // The lists are as tall as their rows, which wrap anew at another width.
        fitList(m_journal);
        fitList(m_goals);
        fitList(m_reviews);
    }
}

void DashboardPage::refreshDue()
{
    const DueState due = m_tracker.state();
    const QLocale locale;
    QString text;
    if (due.pulse.due && due.full.due)
        text = tr("Your weekly pulse and a full assessment are due.");
    else if (due.pulse.due)
        // One statement per skill: always several, so the plural fits without a translation.
        text = tr("Your weekly pulse is due: one minute, %1 quick answers.").arg(m_model.pulseItems.size());
    else if (due.full.due)
        text = tr("A full assessment is due: about ten minutes.");
    else
        text = tr("Nothing is due. Your next pulse is on %1, your next full assessment on %2.")
                       .arg(locale.toString(due.pulse.date, QLocale::LongFormat),
                            locale.toString(due.full.date, QLocale::LongFormat));
    if (!m_tracker.lastError().isEmpty())
        text = tr("What is due could not be worked out: %1").arg(m_tracker.lastError());
    m_dueText->setText(text);
    m_dueText->setAccessibleName(text);
    m_header->setSubtitle(Format::longDate(m_tracker.clock().now().toLocalTime().date()));
    // The one that is due stands out; the pulse first, as it takes a minute.
    m_startPulse->setDefault(due.pulse.due);
    m_startFull->setDefault(due.full.due && !due.pulse.due);
}

void DashboardPage::refreshProfile()
{
    const QPalette pal = palette();
    const QColor mutedColour = muted(pal);
    const auto latest = m_workspace.profiles().latest(AssessmentKind::Full);
    if (!latest) {
        showError(latest.error());
        return;
    }
    m_latestProfile.reset();
    if (!latest.value()) {
        const QString text = tr("You have not taken a full assessment yet. It takes about ten minutes and shows where "
                                "you stand on every skill, and how leading and managing balance for you.");
        m_profile->setText(QStringLiteral("<p>%1</p>").arg(esc(text)));
        m_skillsCard->setVisible(false);
        return;
    }
    const AssessmentResult &result = *latest.value();
    const Profile &p = result.profile;
    m_latestProfile = p;
    const QLocale locale;
    QString html;
    if (p.label)
        html += QStringLiteral("<p style=\"font-size: large;\"><b>%1</b></p>").arg(esc(p.label->text()));
    html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                    .arg(mutedColour.name(),
                         esc(tr("From your full assessment of %1.")
                                     .arg(Format::longDate(result.assessment.takenAt.toLocalTime().date()))));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    const auto indexRow = [&](const QString &name, const std::optional<double> &value, const QColor &accent) {
        if (!value)
            return;
        html += QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"8%\" align=\"right\"><b>%2</b></td>"
                               "<td width=\"45%\">%3</td><td></td></tr>")
                        .arg(esc(name), number(*value), bar(*value, accent, pal));
    };
    indexRow(tr("Leadership"), p.leadership, Theme::roleColor(Role::Lead, pal));
    indexRow(tr("Management"), p.management, Theme::roleColor(Role::Manage, pal));
    if (p.balance) {
        const long b = std::lround(*p.balance);
        const QString side = b > 0 ? tr("towards leading") : b < 0 ? tr("towards managing") : tr("even");
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td><td></td></tr>")
                        .arg(esc(tr("Balance")), signedNumber(*p.balance), esc(side));
    }
    html += QStringLiteral("</table>");

    // Only the changes larger than noise: the check-in results list the rest.
    if (result.previous) {
        QStringList real;
        const auto add = [&](const QString &name, const std::optional<Change> &change) {
            if (!change || !change->meaningful)
                return;
            const QColor colour = change->delta > 0 ? Theme::goodColor(pal) : Theme::badColor(pal);
            real << QStringLiteral("<span style=\"color: %1;\"><b>%2 %3</b></span>")
                            .arg(colour.name(), esc(name), signedNumber(change->delta));
        };
        add(tr("Leadership"), result.changes.leadership);
        add(tr("Management"), result.changes.management);
        if (const QString balance = ResultsHtml::balanceChangeHtml(result.changes, pal); !balance.isEmpty()) real << balance;
        for (const Skill &skill : m_model.skills) {
            const auto it = result.changes.skills.constFind(skill.id);
            if (it != result.changes.skills.cend())
                add(skill.name, *it);
        }
        const QString since = locale.toString(result.previous->takenAt.toLocalTime().date(), QLocale::LongFormat);
        if (real.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("No real change since your assessment of %1: every difference is within the "
                                        "day-to-day noise of the answers.")
                                             .arg(since)));
        else
            html += QStringLiteral("<p>%1 %2</p>")
                            .arg(esc(tr("Real changes since your assessment of %1:").arg(since)),
                                 real.join(QStringLiteral(", ")));
    } else {
        html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                        .arg(mutedColour.name(), esc(tr("This is your first full assessment. From the next one, "
                                                        "Tandem shows what has really changed.")));
    }
    m_profile->setText(html);

    // One tip per skill, a different one each week so the advice does not go stale.
    const QDate today = m_tracker.clock().now().toLocalTime().date();
    const auto skillHtml = [&](const QStringList &ids, const QString &none) {
        if (ids.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(esc(none));
        QString out;
        for (const QString &id : ids) {
            const Skill *skill = m_model.skill(id);
            if (!skill)
                continue;
            const QColor accent = Theme::roleColor(skill->role, pal);
            out += QStringLiteral("<p><b style=\"color: %1;\">%2</b> &nbsp;%3</p>")
                           .arg(accent.name(), esc(skill->name), number(p.skills.value(id)));
            if (!skill->tips.isEmpty()) {
                const Tip &tip = skill->tips.at(today.weekNumber() % skill->tips.size());
                out += QStringLiteral("<p style=\"margin-left: 12px;\">%1 %2</p>").arg(esc(tr("Try this:")), esc(tip.text));
            }
        }
        return out;
    };
    const QString level = tr("Your skills are level with each other this time, so none stands out.");
    m_strengths->setText(skillHtml(p.strengths, level));
    m_growth->setText(skillHtml(p.growthAreas, level));
    refreshGrowthActions(p, today);
    m_skillsCard->setVisible(true);
}

void DashboardPage::refreshJournal()
{
    const auto entries = m_workspace.journal().list(JournalFilter{}, RecentEntries);
    if (!entries) {
        showError(entries.error());
        return;
    }
    m_journal->clear();
    const QLocale locale;
    for (const JournalSummary &entry : entries.value()) {
        const QString title = entry.title.trimmed().isEmpty() ? tr("(untitled)") : entry.title.trimmed();
        QString detail = locale.toString(entry.occurredAt.toLocalTime().date(), QLocale::ShortFormat);
        if (const QString mode = modeText(entry.mode); !mode.isEmpty())
            detail += QStringLiteral(" · ") + mode;
        auto *item = new QListWidgetItem(title + QStringLiteral("  —  ") + detail, m_journal);
        item->setData(Qt::UserRole, entry.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(title, detail));
        item->setToolTip(entry.preview);
        // A mark in the role's colour, half and half for both, and an empty one so titles line up.
        QPixmap dot(10, 10);
        dot.fill(Qt::transparent);
        if (entry.mode != Mode::Unset) {
            QPainter painter(&dot);
            const QColor lead = Theme::roleColor(Role::Lead, palette());
            const QColor manage = Theme::roleColor(Role::Manage, palette());
            if (entry.mode == Mode::Both) {
                painter.fillRect(0, 0, 5, 10, lead);
                painter.fillRect(5, 0, 5, 10, manage);
            } else {
                painter.fillRect(0, 0, 10, 10, entry.mode == Mode::Lead ? lead : manage);
            }
        }
        item->setIcon(QIcon(dot));
    }
    const bool empty = entries.value().isEmpty();
    m_journal->setVisible(!empty);
    m_journalEmpty->setVisible(empty);
    if (!empty)
        fitList(m_journal);
}

void DashboardPage::fitList(QListWidget *list) const
{
    // Exactly as tall as its rows, so the page scrolls, not the list.
    int height = 2 * list->frameWidth();
    for (int row = 0; row < list->count(); ++row)
        height += list->sizeHintForRow(row) + 2 * list->spacing();
    list->setFixedHeight(height + 2);
}

void DashboardPage::refreshGoals()
{
    const auto goals = m_workspace.goals().active(ActiveGoals);
    if (!goals) {
        showError(goals.error());
        return;
    }
    m_goals->clear();
    const QLocale locale;
    for (const Goal &goal : goals.value()) {
        QStringList parts{goalTargetName(goal, m_model)};
        parts << (goal.steps.isEmpty() ? tr("no steps yet")
                                       : tr("%1 of %n steps done", nullptr, static_cast<int>(goal.steps.size())).arg(goal.stepsDone()));
        // The score now against the target, from the latest full assessment already read.
        if (const std::optional<double> now = m_latestProfile ? GoalTrend::scoreOf(*m_latestProfile, goal) : std::nullopt) {
            parts << (goal.targetScore ? tr("score %1, target %2").arg(number(*now)).arg(*goal.targetScore)
                                       : tr("score %1").arg(number(*now)));
        }
        if (goal.dueOn.isValid())
            parts << tr("due %1").arg(locale.toString(goal.dueOn, QLocale::ShortFormat));
        QString text = goal.title + QStringLiteral("\n") + parts.join(QStringLiteral(" · "));
        if (const GoalStep *next = goal.nextStep())
            text += QStringLiteral("\n") + tr("Next: %1").arg(next->text);
        auto *item = new QListWidgetItem(text, m_goals);
        item->setData(Qt::UserRole, goal.id);
        item->setData(Qt::AccessibleTextRole, QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")));
        if (!goal.why.isEmpty())
            item->setToolTip(goal.why);
    }
    const bool empty = goals.value().isEmpty();
    m_goals->setVisible(!empty);
    m_goalsEmpty->setVisible(empty);
    if (!empty)
        fitList(m_goals);
}

void DashboardPage::refreshReviews()
{
    const QDate today = m_tracker.clock().now().toLocalTime().date();
    const auto due = m_workspace.journal().reviewsDue(today, ReviewsShown);
    if (!due) {
        showError(due.error());
        return;
    }
    m_reviews->clear();
    const QLocale locale;
    for (const JournalRepository::ReviewDue &review : due.value()) {
        const QString title = review.title.trimmed().isEmpty() ? tr("(untitled)") : review.title.trimmed();
        QString text = title + QStringLiteral("  —  ")
                       + tr("decided %1, review due %2")
                                 .arg(locale.toString(review.occurredAt.toLocalTime().date(), QLocale::ShortFormat),
                                      locale.toString(review.reviewOn, QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_reviews);
        item->setData(Qt::UserRole, review.entryId);
        if (!review.expectation.isEmpty())
            item->setToolTip(tr("You expected: %1").arg(review.expectation));
    }
    m_reviewsCard->setVisible(!due.value().isEmpty());
    if (!due.value().isEmpty())
        fitList(m_reviews);
}

void DashboardPage::refreshFeedback()
{
    const auto rounds = m_workspace.feedback().list();
    if (!rounds) {
        showError(rounds.error());
        return;
    }
    // The newest round still open; closed ones are on the Feedback page.
    const auto open = std::find_if(rounds->cbegin(), rounds->cend(),
                                   [](const FeedbackRoundSummary &s) { return !s.round.closedAt.has_value(); });
    m_feedbackCard->setVisible(open != rounds->cend());
    if (open == rounds->cend()) {
        m_feedbackRound = 0;
        return;
    }
    m_feedbackRound = open->round.id;
    const QString day = QLocale().toString(open->round.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    const bool ready = open->responses >= FeedbackLimits::MinRaters;
    QString text = open->round.invited
        ? tr("%n colleagues have answered your feedback round of %1 (you asked %2).", nullptr, open->responses)
              .arg(day)
              .arg(*open->round.invited)
        : tr("%n colleagues have answered your feedback round of %1.", nullptr, open->responses).arg(day);
    text += QLatin1Char(' ')
        + (ready ? tr("See how their view compares with your own.")
                 : tr("Their view shows once %1 have answered, so that no single answer can be recognised.")
                       .arg(FeedbackLimits::MinRaters));
    m_feedbackText->setText(text);
    m_feedbackOpen->setText(ready ? tr("See Results") : tr("Open Round"));
    m_feedbackOpen->setAccessibleName(ready ? tr("See the results of your feedback round")
                                            : tr("Open your feedback round"));
}

void DashboardPage::refreshGrowthActions(const Profile &profile, const QDate &today)
{
    auto *layout = static_cast<QVBoxLayout *>(m_growthActions->layout());
    // The rows are deleted once the click being handled (which may be one of theirs) is over.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->setParent(nullptr);
            row->deleteLater();
        }
        delete item;
    }
    for (const QString &id : profile.growthAreas) {
        const Skill *skill = m_model.skill(id);
        if (!skill)
            continue;
        auto *row = new QWidget(m_growthActions);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *set = new QPushButton(tr("Set a Goal"), row);
        set->setObjectName(QStringLiteral("dashboardSetGoal-") + id);
        set->setAccessibleName(tr("Set a goal on %1").arg(skill->name));
        set->setToolTip(tr("Set a goal on %1").arg(skill->name));
        connect(set, &QPushButton::clicked, this,
                [this, id] { Q_EMIT newGoalRequested(GoalTarget::Skill, id, QString()); });
        rowLayout->addWidget(set);
        // The tip shown above (the one of the week) can become a step in one action.
        if (!skill->tips.isEmpty()) {
            const Tip tip = skill->tips.at(today.weekNumber() % skill->tips.size());
            auto *take = new QPushButton(tr("Make the Tip a Step"), row);
            take->setObjectName(QStringLiteral("dashboardTakeTip-") + id);
            take->setAccessibleName(tr("Make the tip for %1 a goal step: %2").arg(skill->name, tip.text));
            take->setToolTip(tip.text);
            connect(take, &QPushButton::clicked, this, [this, id, tip] { takeTip(id, tip); });
            rowLayout->addWidget(take);
        }
        rowLayout->addStretch(1);
        auto *name = new QLabel(skill->name, row);
        name->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addWidget(name);
        layout->addWidget(row);
    }
}

void DashboardPage::takeTip(const QString &skillId, const Tip &tip)
{
    // An active goal on the skill takes the tip as its next step; with none, the tip starts one.
    const auto goals = m_workspace.goals().list({GoalStatus::Active});
    if (!goals) {
        showError(goals.error());
        return;
    }
    for (const Goal &goal : goals.value()) {
        if (goal.targetKind != GoalTarget::Skill || goal.targetId != skillId)
            continue;
        const bool taken = std::any_of(goal.steps.cbegin(), goal.steps.cend(),
                                       [&](const GoalStep &s) { return s.tipId == tip.id && !s.doneAt.isValid(); });
        QString text;
        if (taken) {
            text = tr("This tip is already a step of your goal “%1”.").arg(goal.title);
        } else {
            Goal after = goal;
            GoalStep step;
            step.text = tip.text;
            step.tipId = tip.id;
            after.steps.append(step);
            after.updatedAt = m_tracker.clock().now();
            const Status added = m_history.changeGoal(after, tr("Add Step"));
            text = added ? tr("Added as a step to your goal “%1”. Edit ▸ Undo takes it back.").arg(goal.title)
                         : tr("The step could not be added: %1").arg(added.error());
        }
        m_notice->setText(text);
        m_notice->setVisible(true);
        return;
    }
    Q_EMIT newGoalRequested(GoalTarget::Skill, skillId, tip.id);
}

void DashboardPage::showError(const QString &message)
{
    m_error->setText(tr("Part of your overview could not be read: %1").arg(message));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_error->setPalette(p);
    m_error->setVisible(true);
}

void DashboardPage::changeEvent(QEvent *event)
{
    // The HTML carries colours from the palette, so it is built again for the new one.
    if (event->type() == QEvent::PaletteChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}

} // namespace tandem::ui
