#include "checkinpage.h"

#include "duetracker.h"
#include "historymodel.h"
#include "questionnaire.h"
#include "resultshtml.h"

#include "common/edithistory.h"
#include "common/format.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"
#include "common/theme.h"
#include "common/tipstepmenu.h"

#include "answervalidator.h"
#include "assessment.h"
#include "assessmentrepository.h"
#include "clock.h"
#include "draftrepository.h"
#include "profileservice.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString dueText(const DueItem &item, const QDate &today)
{
    const QLocale locale;
    if (item.due) {
        if (item.date >= today)
            return item.kind == AssessmentKind::Pulse ? CheckInPage::tr("Due today.") : CheckInPage::tr("Due now.");
        return CheckInPage::tr("Due since %1.").arg(locale.toString(item.date, QLocale::LongFormat));
    }
    return CheckInPage::tr("Next on %1.").arg(locale.toString(item.date, QLocale::LongFormat));
}

} // namespace

CheckInPage::CheckInPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_workspace(context.workspace), m_model(context.model), m_tracker(context.due),
      m_editHistory(context.history), m_context(context)
{
    connect(&m_workspace, &Workspace::assessmentRecorded, this, [this] { m_history->refreshIfLoaded(); });
    connect(&m_workspace, &Workspace::assessmentRemoved, this, &CheckInPage::assessmentRemoved);
    for (auto signal : { &Workspace::imported, &Workspace::storeReplaced }) {
        connect(&m_workspace, signal, this, [this] {
            m_history->refreshIfLoaded();
            if (m_stack->currentWidget() == m_resultsPage && m_resultsId)
                showResults(m_resultsId);
            refreshHome();
        });
    }
    connect(&m_tracker, &DueTracker::changed, this, &CheckInPage::refreshHome);

    m_stack = new QStackedWidget(this);
    m_home = buildHome();
    m_resultsPage = buildResults();
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_resultsPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_tracker, &DueTracker::changed, this, &CheckInPage::refreshHome);
    refreshHome();
}

CheckInPage::~CheckInPage() = default;

QWidget *CheckInPage::buildHome()
{
    auto *content = new QWidget(this);
    content->setMaximumWidth(980);

    auto *intro = new QLabel(tr("A one-minute pulse each week, and a full assessment every few weeks. Your answers are "
                                "kept as you go, so you can stop at any time and carry on later."),
                             content);
    intro->setWordWrap(true);

    // The two kinds side by side.
    auto makeCard = [this, content](const QString &title, const QString &what, QLabel *&status, QPushButton *&start,
                                    QPushButton *&discard, AssessmentKind kind) {
        auto *card = new QFrame(content);
        card->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(card);
        box->setContentsMargins(16, 14, 16, 14);
        box->addWidget(heading(title, 1.15, card));
        auto *whatLabel = new QLabel(what, card);
        whatLabel->setWordWrap(true);
        box->addWidget(whatLabel);
        status = new QLabel(card);
        status->setWordWrap(true);
        status->setObjectName(kind == AssessmentKind::Pulse ? QStringLiteral("checkInPulseStatus") : QStringLiteral("checkInFullStatus"));
        box->addWidget(status);
        box->addStretch(1);
        start = new QPushButton(card);
        start->setObjectName(kind == AssessmentKind::Pulse ? QStringLiteral("checkInStartPulse") : QStringLiteral("checkInStartFull"));
        discard = new QPushButton(tr("Start Over"), card);
        discard->setObjectName(kind == AssessmentKind::Pulse ? QStringLiteral("checkInDiscardPulse") : QStringLiteral("checkInDiscardFull"));
        discard->setAccessibleName(kind == AssessmentKind::Pulse ? tr("Discard the unfinished pulse") : tr("Discard the unfinished full assessment"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(start);
        buttons->addWidget(discard);
        buttons->addStretch(1);
        box->addLayout(buttons);
        connect(start, &QPushButton::clicked, this, [this, kind] { this->start(kind); });
        connect(discard, &QPushButton::clicked, this, [this, kind] { discardDraft(kind); });
        return card;
    };
    QWidget *pulseCard = makeCard(tr("Weekly pulse"), tr("One quick statement per skill, about this past week. About a minute."),
                                  m_pulseStatus, m_pulseStart, m_pulseDiscard, AssessmentKind::Pulse);
    const int statements = static_cast<int>(m_model.fullAssessmentItems().size());
    QWidget *fullCard = makeCard(tr("Full assessment"),
                                 tr("Every skill and both sides of each contrast: %1 statements on %2 screens, about ten minutes.")
                                         .arg(statements)
                                         .arg(m_model.skills.size() + m_model.contrasts.size()),
                                 m_fullStatus, m_fullStart, m_fullDiscard, AssessmentKind::Full);
    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(16);
    cards->addWidget(pulseCard, 0, 0);
    cards->addWidget(fullCard, 0, 1);
    cards->setColumnStretch(0, 1);
    cards->setColumnStretch(1, 1);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *startTab = new QWidget(content);
    auto *startLayout = new QVBoxLayout(startTab);
    startLayout->setContentsMargins(12, 12, 12, 12);
    startLayout->setSpacing(12);
    startLayout->addWidget(intro);
    startLayout->addLayout(cards);
    startLayout->addWidget(m_message);
    startLayout->addStretch(1);

    m_historyTab = buildHistory();
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("checkInTabs"));
    m_tabs->setAccessibleName(tr("Check-in sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(startTab, tr("&Start"));
    m_tabs->addTab(m_historyTab, tr("&History"));
    // The history is read when first shown, so opening the page costs the same however long it is.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_historyTab && !m_history->isLoaded())
            m_history->reload();
    });

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(tr("Check-in"), content));
    layout->addWidget(m_tabs, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checkInHome"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *CheckInPage::buildHistory()
{
    auto *content = new QWidget(this);
    // History.
    m_history = new HistoryModel(m_workspace, m_model, this);
    m_historyView = new QTableView(content);
    m_historyView->setObjectName(QStringLiteral("checkInHistory"));
    m_historyView->setAccessibleName(tr("Past assessments"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    // Column widths from the font, not from the rows: measuring every row would make opening the
    // page cost more the longer the history is.
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics(m_historyView->font());
    const int padding = metrics.averageCharWidth() * 3;
    header->resizeSection(HistoryModel::DateColumn,
                          metrics.horizontalAdvance(Format::shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))) + padding);
    header->resizeSection(HistoryModel::KindColumn, metrics.horizontalAdvance(tr("Full assessment")) + padding);
    for (int column : {HistoryModel::LeadershipColumn, HistoryModel::ManagementColumn})
        header->resizeSection(column, metrics.horizontalAdvance(m_history->headerData(column, Qt::Horizontal).toString()) + padding);
    m_historyView->setMinimumHeight(220);
    connect(m_historyView, &QTableView::activated, this, [this](const QModelIndex &index) {
        showResults(index.data(HistoryModel::AssessmentIdRole).toLongLong());
    });

    m_open = new QPushButton(tr("Open Results"), content);
    m_open->setObjectName(QStringLiteral("checkInOpen"));
    m_open->setAccessibleName(tr("Open the results of the selected assessment"));
    m_delete = new QPushButton(tr("Delete…"), content);
    m_delete->setObjectName(QStringLiteral("checkInDelete"));
    m_delete->setAccessibleName(tr("Delete the selected assessment"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_historyView->currentIndex();
        if (index.isValid())
            showResults(index.data(HistoryModel::AssessmentIdRole).toLongLong());
    });
    connect(m_delete, &QPushButton::clicked, this, &CheckInPage::deleteSelected);
    const auto updateButtons = [this] {
        const bool selected = m_historyView->selectionModel()->hasSelection();
        m_open->setEnabled(selected);
        m_delete->setEnabled(selected);
    };
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_history, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();

    m_undoBar = new QFrame(content);
    m_undoBar->setObjectName(QStringLiteral("checkInUndoBar"));
    m_undoText = new QLabel(m_undoBar);
    // A shortcut to the window's undo history, offered while the deletion is its newest step.
    auto *undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(QStringLiteral("checkInUndo"));
    undo->setAccessibleName(tr("Undo the deletion"));
    connect(undo, &QPushButton::clicked, &m_editHistory, &EditHistory::undo);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undo);
    m_undoBar->setVisible(false);

    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_open);
    historyButtons->addWidget(m_delete);
    historyButtons->addStretch(1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(historyButtons);
    layout->addWidget(m_undoBar);
    return content;
}

QWidget *CheckInPage::buildResults()
{
    auto *page = new QWidget(this);
    m_results = new QTextBrowser(page);
    m_results->setObjectName(QStringLiteral("checkInResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->document()->setDocumentMargin(24);
    // The links are the tips' "Make it a step…"; nothing here leaves the app.
    m_results->setOpenLinks(false);
    m_results->setOpenExternalLinks(false);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == ResultsHtml::tipScheme())
            offerTip(url.path());
    });
    m_resultsNotice = new QLabel(page);
    m_resultsNotice->setObjectName(QStringLiteral("checkInResultsNotice"));
    m_resultsNotice->setWordWrap(true);
    auto *back = new QPushButton(tr("Back to Check-in"), page);
    back->setObjectName(QStringLiteral("checkInResultsBack"));
    back->setAccessibleName(back->text());
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(back, &QPushButton::clicked, this, &CheckInPage::showHome);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 0, 24, 16);
    buttons->addWidget(back);
    buttons->addWidget(m_resultsNotice, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    return page;
}

void CheckInPage::refreshHome()
{
    const DueState due = m_tracker.state();
    const QDate today = m_tracker.clock().now().toLocalTime().date();
    const DraftRepository &drafts = m_workspace.drafts();
    const auto describe = [&](AssessmentKind kind, const DueItem &item, QLabel *status, QPushButton *start, QPushButton *discard) {
        const auto draft = drafts.load(kind);
        const bool resumable = draft && draft.value().has_value();
        QString text = dueText(item, today);
        if (resumable) {
            const int total = static_cast<int>(AnswerValidator(m_model).requiredItems(kind).size());
            text += QLatin1Char(' ')
                    + tr("You have an unfinished one from %1, with %2 of %3 answered.")
                              .arg(QLocale().toString(draft.value()->startedAt.toLocalTime().date(), QLocale::LongFormat))
                              .arg(draft.value()->answers.size())
                              .arg(total);
        }
        status->setText(text);
        QPalette p = status->palette();
        p.setColor(QPalette::WindowText, item.due ? Theme::warningColor(palette()) : palette().color(QPalette::WindowText));
        status->setPalette(p);
        if (kind == AssessmentKind::Pulse)
            start->setText(resumable ? tr("Resume Pulse") : tr("Start Pulse"));
        else
            start->setText(resumable ? tr("Resume Assessment") : tr("Start Full Assessment"));
        start->setAccessibleName(start->text());
        discard->setVisible(resumable);
    };
    describe(AssessmentKind::Pulse, due.pulse, m_pulseStatus, m_pulseStart, m_pulseDiscard);
    describe(AssessmentKind::Full, due.full, m_fullStatus, m_fullStart, m_fullDiscard);
}

void CheckInPage::showError(const QString &message)
{
    m_message->setText(message);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_message->setPalette(p);
    m_message->setVisible(!message.isEmpty());
}

void CheckInPage::start(AssessmentKind kind)
{
    if (m_questionnaire) {
        if (m_questionnaire->kind() == kind) {
            m_stack->setCurrentWidget(m_questionnaire);
            m_questionnaire->focusFirstOpenStatement();
            return;
        }
        closeQuestionnaire();
    }
    m_questionnaire = new Questionnaire(m_model, kind, this);
    m_startedAt = m_tracker.clock().now();
    const auto draft = m_workspace.drafts().load(kind);
    if (!draft) {
        showError(tr("Your unfinished answers could not be read: %1").arg(draft.error()));
    } else if (draft.value()) {
        m_startedAt = draft.value()->startedAt;
        m_questionnaire->setAnswers(draft.value()->answers);
        m_questionnaire->setNote(draft.value()->note);
        m_questionnaire->showScreen(draft.value()->position);
    }
    connect(m_questionnaire, &Questionnaire::changed, this, &CheckInPage::saveDraft);
    connect(m_questionnaire, &Questionnaire::finished, this, &CheckInPage::finishQuestionnaire);
    connect(m_questionnaire, &Questionnaire::closeRequested, this, [this] {
        saveDraft();
        closeQuestionnaire();
        showHome();
    });
    m_stack->addWidget(m_questionnaire);
    m_stack->setCurrentWidget(m_questionnaire);
    m_questionnaire->focusFirstOpenStatement();
}

void CheckInPage::saveDraft()
{
    if (!m_questionnaire)
        return;
    AssessmentDraft draft;
    draft.kind = m_questionnaire->kind();
    draft.modelVersion = m_model.version;
    draft.startedAt = m_startedAt;
    draft.updatedAt = m_tracker.clock().now();
    draft.position = m_questionnaire->currentScreen();
    draft.note = m_questionnaire->note();
    draft.answers = m_questionnaire->answers();
    if (Status saved = m_workspace.saveDraft(draft); !saved)
        showError(tr("Your latest answer could not be kept for later: %1").arg(saved.error()));
}

void CheckInPage::finishQuestionnaire()
{
    if (!m_questionnaire)
        return;
    Assessment assessment;
    assessment.kind = m_questionnaire->kind();
    assessment.modelVersion = m_model.version;
    assessment.startedAt = m_startedAt;
    assessment.takenAt = m_tracker.clock().now();
    assessment.note = m_questionnaire->note();
    assessment.answers = m_questionnaire->answers();
    const auto id = m_editHistory.recordAssessment(assessment);
    if (!id) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("Your answers could not be saved: %1\n\nThey are kept; try again in a moment.").arg(id.error()));
        return;
    }
    (void)m_workspace.discardDraft(assessment.kind);
    closeQuestionnaire();
    showResults(id.value());
}

void CheckInPage::closeQuestionnaire()
{
    if (!m_questionnaire)
        return;
    m_stack->removeWidget(m_questionnaire);
    m_questionnaire->deleteLater();
    m_questionnaire = nullptr;
}

void CheckInPage::discardDraft(AssessmentKind kind)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Start over?"),
                                tr("Your unfinished answers will be thrown away. Start over?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("checkInDiscardConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, kind] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Discard)
            return;
        if (m_questionnaire && m_questionnaire->kind() == kind)
            closeQuestionnaire();
        if (Status done = m_workspace.discardDraft(kind); !done)
            showError(done.error());
        refreshHome();
    });
    box->open();
}

void CheckInPage::showResults(qint64 assessmentId)
{
    const auto result = m_workspace.profiles().result(assessmentId);
    if (!result) {
        showError(tr("These results could not be shown: %1").arg(result.error()));
        showHome();
        return;
    }
    m_resultsId = assessmentId;
    m_results->setHtml(ResultsHtml::build(result.value(), m_model, palette(), true));
    m_resultsNotice->clear();
    m_stack->setCurrentWidget(m_resultsPage);
    m_results->setFocus(Qt::OtherFocusReason);
}

void CheckInPage::showHome()
{
    refreshHome();
    m_stack->setCurrentWidget(m_home);
}

void CheckInPage::showHistory()
{
    m_stack->setCurrentWidget(m_home);
    m_tabs->setCurrentWidget(m_historyTab);
    if (!m_history->isLoaded())
        m_history->reload();
}

void CheckInPage::deleteSelected()
{
    const QModelIndex index = m_historyView->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(HistoryModel::AssessmentIdRole).toLongLong();
    // Whole sentences for each kind: a translation cannot be built from a lowercased kind name.
    const bool full = index.siblingAtColumn(HistoryModel::KindColumn).data().toString() == HistoryModel::tr("Full assessment");
    const QString when = index.siblingAtColumn(HistoryModel::DateColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete assessment?"),
                                full ? tr("Delete the full assessment of %1?").arg(when)
                                     : tr("Delete the pulse of %1?").arg(when),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("checkInDeleteConfirm"));
    box->setInformativeText(tr("Edit ▸ Undo brings it back."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("checkInDeleteConfirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id, full, when] {
        if (box->clickedButton() != yes)
            return;
        const auto removed = m_editHistory.deleteAssessment(id);
        if (!removed) {
            showError(tr("It could not be deleted: %1").arg(removed.error()));
            return;
        }
        showNotice(full ? tr("Deleted the full assessment of %1.").arg(when) : tr("Deleted the pulse of %1.").arg(when));
    });
    box->open();
}

void CheckInPage::showNotice(const QString &text)
{
    m_undoText->setText(text);
    m_undoBar->setVisible(true);
    m_editHistory.hideWhenSuperseded(m_undoBar);
}

void CheckInPage::assessmentRemoved(qint64 id)
{
    m_history->refreshIfLoaded();
    // Results of an assessment that is gone (an undo took it back) cannot stay on screen.
    if (m_stack->currentWidget() == m_resultsPage && m_resultsId == id) {
        m_resultsId = 0;
        showHome();
    }
}

void CheckInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshHome();
        if (m_stack->currentWidget() == m_resultsPage && m_resultsId)
            showResults(m_resultsId);
    }
    QWidget::changeEvent(event);
}

void CheckInPage::offerTip(const QString &tipId)
{
    const auto tip = TipStepMenu::find(m_model, tipId);
    if (!tip)
        return;
    auto *menu = new TipStepMenu(m_context, *tip, this);
    connect(menu, &TipStepMenu::newGoalRequested, this, &CheckInPage::newGoalRequested);
    connect(menu, &TipStepMenu::stepAdded, this, [this](qint64, const QString &title) {
        m_resultsNotice->setText(tr("Added as a step of \"%1\". Edit ▸ Undo takes it back.").arg(title));
    });
    connect(menu, &TipStepMenu::errorOccurred, m_resultsNotice, &QLabel::setText);
    const QPoint cursor = m_results->viewport()->mapFromGlobal(QCursor::pos());
    menu->popup(m_results->viewport()->rect().contains(cursor) ? QCursor::pos()
                                                                : m_results->viewport()->mapToGlobal(QPoint(0, 0)));
}

} // namespace tandem::ui
