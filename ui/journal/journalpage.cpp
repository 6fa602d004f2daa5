#include "journalpage.h"

#include "advisordialog.h"
#include "journaleditor.h"
#include "journalitemdelegate.h"
#include "journallistmodel.h"

#include "checkin/duetracker.h"
#include "common/format.h"
#include "common/deferredrefresh.h"
#include "common/edithistory.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"

#include "clock.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int SearchDelayMs = 250;
constexpr int OnThisDayLimit = 5;
const QDate AnyDate(1900, 1, 1);  // the date edits' "any" value

QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(JournalPage::tr("Any day"));
    edit->setDate(AnyDate);
    edit->setDisplayFormat(Format::mediumDateFormat());
    return edit;
}

QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->view()->setObjectName(name + QStringLiteral("List"));
    combo->view()->setAccessibleName(accessible);
    return combo;
}

} // namespace

JournalPage::JournalPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_workspace(context.workspace), m_skillModel(context.model),
      m_clock(context.clock), m_history(context.history)
{
    // The editor first: the list side opens entries in it.
    m_editor = new JournalEditor(m_context, this);
    connect(m_editor, &JournalEditor::saved, this, &JournalPage::onSaved);
    connect(m_editor, &JournalEditor::errorOccurred, this, [this](const QString &message) { showNotice(message, false); });
    connect(m_editor, &JournalEditor::deleteRequested, this, &JournalPage::deleteCurrentEntry);
    connect(m_editor, &JournalEditor::adviceRequested, this, &JournalPage::openAdvisorForEntry);
    connect(m_editor, &JournalEditor::newGoalRequested, this, &JournalPage::newGoalRequested);


    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildListSide());
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 560});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new PageHeader(tr("Journal"), this);
    header->setInset(true);
    layout->addWidget(header);
    layout->addWidget(buildNotice());
    layout->addWidget(splitter, 1);

    createActions();

    // The list follows single entries itself; "on this day" and the tags are read again once
    // after any change to entries, when next seen.
    m_sideRefresh = new DeferredRefresh(this, [this] {
        refreshOnThisDay();
        if (m_filterPanel->isVisible())
            refreshTags();
    });
    for (auto signal : { &Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved })
        connect(&m_workspace, signal, m_sideRefresh, &DeferredRefresh::markStale);
    connect(&m_workspace, &Workspace::imported, m_sideRefresh, &DeferredRefresh::markStale);
    connect(&m_workspace, &Workspace::storeReplaced, m_sideRefresh, &DeferredRefresh::markStale);
    // An entry taken away elsewhere (an undo) may be the one selected.
    connect(&m_workspace, &Workspace::entryRemoved, this, [this] { selectEntry(m_editor->entryId()); });
    connect(&m_workspace, &Workspace::entryAdded, this, [this] { selectEntry(m_editor->entryId()); });

    // The "review due" marks follow the day: a review date reached at midnight is marked then.
    connect(&m_context.due, &DueTracker::changed, m_model, &JournalListModel::refreshReviewsDue);

    refreshOnThisDay();
    updateListStatus();
}

QWidget *JournalPage::buildListSide()
{
    // The list side.
    auto *newEntryButton = new QPushButton(tr("New Entry"), this);
    newEntryButton->setObjectName(QStringLiteral("journalNewEntry"));
    newEntryButton->setAccessibleName(tr("New journal entry"));
    newEntryButton->setToolTip(tr("Start a new entry (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newEntryButton, &QPushButton::clicked, this, &JournalPage::newEntry);
    auto *advisorButton = new QPushButton(tr("Lead or Manage?"), this);
    advisorButton->setObjectName(QStringLiteral("journalAdvisor"));
    advisorButton->setAccessibleName(tr("Open the lead or manage advisor"));
    connect(advisorButton, &QPushButton::clicked, this, &JournalPage::openAdvisor);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Search every entry"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    m_searchCount = new QLabel(this);
    m_searchCount->setObjectName(QStringLiteral("journalSearchCount"));
    m_searchCount->setWordWrap(true);
    m_searchCount->hide();

    m_filtersButton = new QToolButton(this);
    m_filtersButton->setObjectName(QStringLiteral("journalFiltersToggle"));
    m_filtersButton->setText(tr("Filters"));
    m_filtersButton->setAccessibleName(tr("Show filters"));
    m_filtersButton->setCheckable(true);

    buildFilterPanel();
    m_onThisDayTitle = new QLabel(tr("On this day"), this);
    QFont bold = m_onThisDayTitle->font();
    bold.setBold(true);
    m_onThisDayTitle->setFont(bold);
    m_onThisDay = new QListWidget(this);
    m_onThisDay->setObjectName(QStringLiteral("journalOnThisDay"));
    m_onThisDay->setAccessibleName(tr("On this day in earlier years"));
    // As tall as its rows (see refreshOnThisDay), so that none is cut.
    m_onThisDay->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_onThisDay->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_onThisDay->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_onThisDay->setTextElideMode(Qt::ElideRight);
    m_onThisDayTitle->setBuddy(m_onThisDay);
    connect(m_onThisDay, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->saveNow();
        selectEntry(item->data(Qt::UserRole).toLongLong());
        m_editor->openEntry(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_onThisDay, &QListWidget::itemClicked, m_onThisDay, &QListWidget::itemActivated);

    m_model = new JournalListModel(m_workspace, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setAccessibleName(tr("Journal entries"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new JournalItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openRow(current); });

    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("journalListStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setAlignment(Qt::AlignCenter);
    m_listStatus->setForegroundRole(QPalette::PlaceholderText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPage::updateListStatus);
    connect(m_model, &JournalListModel::searchStarted, this, &JournalPage::updateListStatus);
    connect(m_model, &JournalListModel::searchFinished, this, &JournalPage::updateListStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateListStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JournalPage::updateListStatus);
    connect(m_model, &JournalListModel::errorOccurred, this, [this](const QString &message) { showNotice(message, false); });

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(newEntryButton);
    buttonRow->addWidget(advisorButton);
    buttonRow->addStretch(1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filtersButton);

    auto *side = new QWidget(this);
    side->setMinimumWidth(260);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 8, 8);
    sideLayout->addLayout(buttonRow);
    sideLayout->addLayout(searchRow);
    sideLayout->addWidget(m_searchCount);
    sideLayout->addWidget(m_filterPanel);
    sideLayout->addWidget(m_onThisDayTitle);
    sideLayout->addWidget(m_onThisDay);
    sideLayout->addWidget(m_listStatus);
    sideLayout->addWidget(m_list, 1);
    return side;
}

QWidget *JournalPage::buildFilterPanel()
{
    m_filterPanel = new QWidget(this);
    m_filterPanel->setObjectName(QStringLiteral("journalFilters"));
    m_from = makeDateEdit(m_filterPanel, QStringLiteral("journalFilterFrom"), tr("From date"));
    m_to = makeDateEdit(m_filterPanel, QStringLiteral("journalFilterTo"), tr("To date"));
    m_skillFilter = makeCombo(m_filterPanel, QStringLiteral("journalFilterSkill"), tr("Skill"));
    m_skillFilter->addItem(tr("Any skill"), QString());
    for (const Skill &skill : m_skillModel.skills)
        m_skillFilter->addItem(skill.name, skill.id);
    m_modeFilter = makeCombo(m_filterPanel, QStringLiteral("journalFilterMode"), tr("What I did"));
    m_modeFilter->addItem(tr("Led or managed"), QVariant());
    m_modeFilter->addItem(tr("Led"), modeKey(Mode::Lead));
    m_modeFilter->addItem(tr("Managed"), modeKey(Mode::Manage));
    m_modeFilter->addItem(tr("Both"), modeKey(Mode::Both));
    m_modeFilter->addItem(tr("Not said"), modeKey(Mode::Unset));
    m_tagFilter = makeCombo(m_filterPanel, QStringLiteral("journalFilterTag"), tr("Tag"));
    m_ratingFilter = makeCombo(m_filterPanel, QStringLiteral("journalFilterRating"), tr("How it went"));
    m_ratingFilter->addItem(tr("Any rating"), QVariant());
    for (int r = 1; r <= 5; ++r)
        m_ratingFilter->addItem(QString(r, QChar(0x2605)), r);
    auto *clearFilters = new QPushButton(tr("Clear"), m_filterPanel);
    clearFilters->setObjectName(QStringLiteral("journalFilterClear"));
    clearFilters->setAccessibleName(tr("Clear the filters"));
    // One labelled row per filter (a screen reader on Linux names a drop-down by its label).
    auto *filterForm = new QFormLayout(m_filterPanel);
    filterForm->setContentsMargins(0, 0, 0, 0);
    filterForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    filterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, filterForm](const QString &text, QWidget *field) {
        auto *l = new QLabel(text, m_filterPanel);
        l->setBuddy(field);
        filterForm->addRow(l, field);
    };
    addRow(tr("&From"), m_from);
    addRow(tr("T&o"), m_to);
    addRow(tr("Skill"), m_skillFilter);
    addRow(tr("What I did"), m_modeFilter);
    addRow(tr("Tag"), m_tagFilter);
    addRow(tr("How it went"), m_ratingFilter);
    auto *clearRow = new QHBoxLayout;
    clearRow->addStretch(1);
    clearRow->addWidget(clearFilters);
    filterForm->addRow(clearRow);
    m_filterPanel->setVisible(false);
    connect(m_filtersButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            refreshTags();
        m_filterPanel->setVisible(on);
        m_filtersButton->setAccessibleName(on ? tr("Hide filters") : tr("Show filters"));
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);
    for (QComboBox *combo : {m_skillFilter, m_modeFilter, m_tagFilter, m_ratingFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(clearFilters, &QPushButton::clicked, this, [this] {
        for (QDateEdit *edit : {m_from, m_to}) {
            const QSignalBlocker blocker(edit);
            edit->setDate(AnyDate);
        }
        for (QComboBox *combo : {m_skillFilter, m_modeFilter, m_tagFilter, m_ratingFilter}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
        applyFilter();
    });
    return m_filterPanel;
}

QWidget *JournalPage::buildNotice()
{
    // A bar for what just happened (a deletion to undo, an error).
    m_notice = new QWidget(this);
    m_notice->setObjectName(QStringLiteral("journalNotice"));
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("journalNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeUndo = new QPushButton(tr("Undo"), m_notice);
    m_noticeUndo->setObjectName(QStringLiteral("journalUndoDelete"));
    m_noticeUndo->setAccessibleName(tr("Undo the deletion"));
    // A shortcut to the window's undo history, offered while the deletion is its newest step.
    connect(m_noticeUndo, &QPushButton::clicked, &m_history, &EditHistory::undo);
    auto *dismiss = new QToolButton(m_notice);
    dismiss->setObjectName(QStringLiteral("journalNoticeDismiss"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the message"));
    connect(dismiss, &QToolButton::clicked, m_notice, &QWidget::hide);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(12, 6, 12, 6);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeUndo);
    noticeLayout->addWidget(dismiss);
    m_notice->hide();
    return m_notice;
}

void JournalPage::createActions()
{
    // Shortcuts of this page: window-wide, but a hidden page's actions do not fire, so they work
    // whenever the journal is showing, wherever the focus is (the navigation list, say).
    auto *newAction = new QAction(tr("New Entry"), this);
    newAction->setShortcuts(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, &JournalPage::newEntry);
    addAction(newAction);
    auto *findAction = new QAction(tr("Search"), this);
    findAction->setShortcuts(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    auto *deleteAction = new QAction(tr("Delete Entry"), m_list);
    deleteAction->setShortcuts(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &JournalPage::deleteCurrentEntry);
    m_list->addAction(deleteAction);
}

JournalPage::~JournalPage()
{
    // Save while everything the editor reports to still exists, then stop listening.
    m_editor->saveNow();
    m_editor->disconnect(this);
}

void JournalPage::showEvent(QShowEvent *event)
{
    refreshOnThisDay();
    QWidget::showEvent(event);
}

void JournalPage::applyFilter()
{
    JournalFilter filter;
    if (m_from->date() != AnyDate)
        filter.from = m_from->date();
    if (m_to->date() != AnyDate)
        filter.to = m_to->date();
    filter.skill = m_skillFilter->currentData().toString();
    if (m_modeFilter->currentData().isValid())
        filter.mode = modeFromKey(m_modeFilter->currentData().toString());
    filter.tag = m_tagFilter->currentData().toString();
    if (m_ratingFilter->currentData().isValid()) {
        filter.minRating = m_ratingFilter->currentData().toInt();
        filter.maxRating = filter.minRating;
    }
    m_filtersButton->setText(filter.isEmpty() ? tr("Filters") : tr("Filters (on)"));
    m_model->setFilter(filter);
    selectEntry(m_editor->entryId());
}

void JournalPage::refreshTags()
{
    const auto tags = m_workspace.journal().tags();
    if (!tags) {
        showNotice(tags.error(), false);
        return;
    }
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    for (const QString &tag : tags.value())
        m_tagFilter->addItem(tag, tag);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(current)));
}

void JournalPage::refreshOnThisDay()
{
    const QDate today = m_clock.now().toLocalTime().date();
    const auto rows = m_workspace.journal().onThisDay(today, OnThisDayLimit);
    m_onThisDay->clear();
    if (rows) {
        for (const JournalSummary &row : rows.value()) {
            const int yearsAgo = today.year() - row.occurredAt.toLocalTime().date().year();
            const QString title = row.title.trimmed().isEmpty() ? tr("Untitled entry") : row.title;
            // No plural forms without a translation loaded, so the two English forms are spelt out.
            const QString text = tr("%n years ago: %1", nullptr, yearsAgo).arg(title);
            auto *item = new QListWidgetItem(text, m_onThisDay);
            item->setData(Qt::UserRole, row.id);
            // A long title is cut with "…" in the row; the tooltip has all of it.
            item->setToolTip(row.preview.isEmpty() ? text : tr("%1\n%2").arg(text, row.preview));
        }
    }
    const bool any = m_onThisDay->count() > 0;
    if (any) {
        // Whole rows: the height of each row as the style draws it (at any font size or scale).
        int height = 2 * m_onThisDay->frameWidth();
        for (int row = 0; row < m_onThisDay->count(); ++row)
            height += m_onThisDay->sizeHintForRow(row) + 2 * m_onThisDay->spacing();
        m_onThisDay->setFixedHeight(height);
    }
    m_onThisDayTitle->setVisible(any);
    m_onThisDay->setVisible(any);
}

void JournalPage::updateListStatus()
{
    // While searching, how many entries match (the list below loads them as it scrolls); none
    // is said by the status instead. Until the search's answer arrives, the rows of the one
    // before stay and the status says that it is searching.
    const bool busy = m_model->isBusy();
    const int found = m_model->isSearching() && !busy ? m_model->searchCount() : 0;
    if (found > 0)
        m_searchCount->setText(tr("%n results for “%1”", nullptr, found).arg(m_search->text().trimmed()));
    m_searchCount->setVisible(found > 0);
    if (busy) {
        m_listStatus->setText(tr("Searching…"));
        m_listStatus->show();
        return;
    }
    if (m_model->rowCount() > 0) {
        m_listStatus->hide();
        return;
    }
    if (m_model->isSearching())
        m_listStatus->setText(tr("No entry matches “%1”.").arg(m_search->text().trimmed()));
    else if (!m_model->filter().isEmpty())
        m_listStatus->setText(tr("No entry passes these filters."));
    else
        m_listStatus->setText(tr("No entries yet. Write about a situation on the right; it is saved as you type."));
    m_listStatus->show();
}

void JournalPage::openRow(const QModelIndex &index)
{
    const qint64 id = index.isValid() ? index.data(JournalListModel::IdRole).toLongLong() : 0;
    if (id == 0 || id == m_editor->entryId())
        return;
    m_editor->saveNow();
    m_editor->openEntry(id);
}

void JournalPage::selectEntry(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clear();
        m_list->viewport()->update();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    m_list->viewport()->update();
}

void JournalPage::onSaved(qint64 id, bool created)
{
    // The list has the new texts already (it follows the workspace); a new entry is selected.
    if (created)
        selectEntry(id);
}

void JournalPage::showEntry(qint64 id)
{
    if (id != m_editor->entryId()) {
        m_editor->saveNow();
        m_editor->openEntry(id);
    }
    selectEntry(id);
}

void JournalPage::newEntry()
{
    m_editor->saveNow();
    m_editor->newEntry();
    selectEntry(0);
    m_editor->focusTitle();
}

void JournalPage::openAdvisor()
{
    auto *dialog = new AdvisorDialog(m_skillModel, AdvisorDialog::Purpose::Standalone, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->enableTipSteps(m_context);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_editor->saveNow();
        m_editor->newEntry(dialog->advice());
        selectEntry(0);
        if (dialog->recordsDecision())
            m_editor->startDecision();
        else
            m_editor->focusTitle();
    });
    forwardNewGoal(dialog);
    dialog->open();
}

void JournalPage::openAdvisorForEntry()
{
    const core::JournalEntry entry = m_editor->entry();
    auto *dialog = new AdvisorDialog(m_skillModel, AdvisorDialog::Purpose::ForEntry, entry.advice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->enableTipSteps(m_context);
    dialog->setRecordsDecision(entry.decision.has_value());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_editor->setAdvice(dialog->advice());
        if (dialog->recordsDecision())
            m_editor->startDecision();
    });
    forwardNewGoal(dialog);
    dialog->open();
}

void JournalPage::forwardNewGoal(AdvisorDialog *dialog)
{
    // The Goals page takes over: the answer is kept (with the entry, or in a new one) rather than
    // lost behind the dialog, which closes.
    connect(dialog, &AdvisorDialog::newGoalRequested, this,
            [this, dialog](core::GoalTarget target, const QString &targetId, const QString &tipId) {
                dialog->accept();
                Q_EMIT newGoalRequested(target, targetId, tipId);
            });
}

void JournalPage::deleteCurrentEntry()
{
    m_editor->saveNow();
    const qint64 id = m_editor->entryId();
    if (id == 0)
        return;
    const QString title = m_editor->entry().title.trimmed();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Entry"),
                                title.isEmpty() ? tr("Delete this untitled entry?") : tr("Delete “%1”?").arg(title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("journalDeleteConfirm"));
    box->setInformativeText(tr("Edit ▸ Undo brings it back."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("journalDeleteConfirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() != yes || m_editor->entryId() != id)
            return;
        // The editor and the list hear of it from the workspace.
        const auto removed = m_history.deleteEntry(id);
        if (!removed) {
            showNotice(removed.error(), false);
            return;
        }
        const QString name = removed->title.trimmed().isEmpty() ? tr("An untitled entry")
                                                                : tr("“%1”").arg(removed->title.trimmed());
        showNotice(tr("%1 was deleted.").arg(name), true);
    });
    box->open();
}

void JournalPage::showNotice(const QString &text, bool offerUndo)
{
    m_noticeText->setText(text);
    m_noticeUndo->setVisible(offerUndo);
    m_notice->show();
    if (offerUndo)
        m_history.hideWhenSuperseded(m_noticeUndo);
}

} // namespace tandem::ui
