#include "journaleditor.h"

#include "advisordialog.h"
#include "linkpicker.h"

#include "checkin/duetracker.h"
#include "common/format.h"
#include "common/edithistory.h"
#include "common/pagecontext.h"
#include "common/theme.h"
#include "common/tipstepmenu.h"

#include "clock.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QPlainTextEdit *makeText(QWidget *parent, const QString &name, const QString &accessible, const QString &placeholder,
                         int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    // Each part is as tall as its likely length and scrolls beyond; the page scrolls as a whole.
    edit->setFixedHeight(lines * lineHeight + 2 * static_cast<int>(edit->document()->documentMargin()) + 2 * edit->frameWidth());
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString heldText(Held held)
{
    switch (held) {
    case Held::Yes: return JournalEditor::tr("yes, it held");
    case Held::Partly: return JournalEditor::tr("partly");
    case Held::No: return JournalEditor::tr("no, it did not hold");
    }
    return {};
}

QString modeUsedText(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return JournalEditor::tr("led");
    case Mode::Manage: return JournalEditor::tr("managed");
    case Mode::Both: return JournalEditor::tr("led and managed");
    case Mode::Unset: break;
    }
    return JournalEditor::tr("not said");
}

QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    return combo;
}

} // namespace

JournalEditor::JournalEditor(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_workspace(context.workspace), m_model(context.model), m_clock(context.clock),
      m_history(context.history)
{
    setObjectName(QStringLiteral("journalEditor"));

    auto *sheet = new QWidget(this);
    m_when = new QDateTimeEdit(sheet);
    m_when->setObjectName(QStringLiteral("journalWhen"));
    m_when->setAccessibleName(tr("When it happened"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(Format::mediumDateTimeFormat());

    m_mode = new QComboBox(sheet);
    m_mode->setObjectName(QStringLiteral("journalMode"));
    m_mode->setAccessibleName(tr("What I did"));
    m_mode->addItem(tr("Not said"), modeKey(Mode::Unset));
    m_mode->addItem(tr("Led"), modeKey(Mode::Lead));
    m_mode->addItem(tr("Managed"), modeKey(Mode::Manage));
    m_mode->addItem(tr("Both"), modeKey(Mode::Both));

    m_rating = new QComboBox(sheet);
    m_rating->setObjectName(QStringLiteral("journalRating"));
    m_rating->setAccessibleName(tr("How it went, 1 to 5"));
    m_rating->addItem(tr("Not rated"), QVariant());
    m_rating->addItem(tr("1 – badly"), 1);
    m_rating->addItem(tr("2 – not well"), 2);
    m_rating->addItem(tr("3 – so-so"), 3);
    m_rating->addItem(tr("4 – well"), 4);
    m_rating->addItem(tr("5 – very well"), 5);

    m_title = new QLineEdit(sheet);
    m_title->setObjectName(QStringLiteral("journalTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("A few words to find it again"));
    // QLineEdit keeps 32,767 characters unless told otherwise; an entry from tandem-cli or an
    // import may hold more, and an edit here must not cut it short.
    m_title->setMaxLength(static_cast<int>(RecordLimits::MaxTextLength));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_situation = makeText(sheet, QStringLiteral("journalSituation"), tr("Situation"),
                           tr("What happened? Who was involved, what was at stake?"), 4);
    m_outcome = makeText(sheet, QStringLiteral("journalOutcome"), tr("Outcome"), tr("What came of it?"), 3);
    m_feelings = makeText(sheet, QStringLiteral("journalFeelings"), tr("Feelings"), tr("How did you feel, and how did others?"), 2);
    m_learned = makeText(sheet, QStringLiteral("journalLearned"), tr("What I learned"), tr("What do you take from it?"), 2);
    m_nextTime = makeText(sheet, QStringLiteral("journalNextTime"), tr("Next time"), tr("What will you do differently, or again?"), 2);

    m_body = makeText(sheet, QStringLiteral("journalBody"), tr("Notes"), tr("Anything else, in Markdown: **bold**, *italic*, - lists"), 8);
    m_preview = new QTextBrowser(sheet);
    m_preview->setObjectName(QStringLiteral("journalBodyPreview"));
    m_preview->setAccessibleName(tr("Notes preview"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setOpenLinks(false);
    // The notes take whatever height the window has to spare, from eight lines up.
    m_body->setMinimumHeight(m_body->height());
    m_body->setMaximumHeight(QWIDGETSIZE_MAX);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setMinimumHeight(m_body->minimumHeight());
    m_bodyTabs = new QTabWidget(sheet);
    m_bodyTabs->setObjectName(QStringLiteral("journalBodyTabs"));
    m_bodyTabs->setAccessibleName(tr("Notes"));
    m_bodyTabs->setDocumentMode(true);
    m_bodyTabs->addTab(m_body, tr("Write"));
    m_bodyTabs->addTab(m_preview, tr("Preview"));
    connect(m_bodyTabs, &QTabWidget::currentChanged, this, &JournalEditor::updatePreview);

    m_tags = new QLineEdit(sheet);
    m_tags->setObjectName(QStringLiteral("journalTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setMaxLength(static_cast<int>(RecordLimits::MaxTags * (RecordLimits::MaxShortTextLength + 2)));

    QList<LinkPicker::Choice> skills, contrasts, areas;
    for (const Skill &s : m_model.skills)
        skills.append({s.id, s.name});
    for (const Contrast &c : m_model.contrasts)
        contrasts.append({c.id, c.name});
    for (const SharedArea &a : m_model.sharedAreas)
        areas.append({a.id, a.name});
    m_skills = new LinkPicker(tr("Skills"), skills, sheet);
    m_skills->setObjectName(QStringLiteral("journalSkills"));
    m_contrasts = new LinkPicker(tr("Contrasts"), contrasts, sheet);
    m_contrasts->setObjectName(QStringLiteral("journalContrasts"));
    m_areas = new LinkPicker(tr("Shared areas"), areas, sheet);
    m_areas->setObjectName(QStringLiteral("journalAreas"));
    auto *pickers = new QHBoxLayout;
    pickers->setContentsMargins(0, 0, 0, 0);
    pickers->addWidget(m_skills);
    pickers->addWidget(m_contrasts);
    pickers->addWidget(m_areas);
    pickers->addStretch(1);

    m_adviceLabel = new QLabel(sheet);
    m_adviceLabel->setObjectName(QStringLiteral("journalAdvice"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextFormat(Qt::RichText);
    // Each tip of the kept answer ends with "Make it a step…", reachable with Tab and Enter too.
    m_adviceLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_adviceLabel->setAccessibleName(tr("The advisor's answer kept with this entry"));
    connect(m_adviceLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("tip"))
            offerTip(url.path());
    });
    m_askAdvisor = new QPushButton(tr("Ask the Advisor…"), sheet);
    m_askAdvisor->setObjectName(QStringLiteral("journalAskAdvisor"));
    m_askAdvisor->setAccessibleName(tr("Ask the lead or manage advisor about this situation"));
    connect(m_askAdvisor, &QPushButton::clicked, this, &JournalEditor::adviceRequested);
    auto *adviceRow = new QHBoxLayout;
    adviceRow->setContentsMargins(0, 0, 0, 0);
    adviceRow->addWidget(m_adviceLabel, 1);
    adviceRow->addWidget(m_askAdvisor, 0, Qt::AlignTop);

    // The date, the mode and the rating keep their natural widths, each on a row of its own with a
    // label, so that nothing is cut at 900 px.
    const auto natural = [](QWidget *field) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field);
        row->addStretch(1);
        return row;
    };

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, sheet);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    const auto addNaturalRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, sheet);
        l->setBuddy(field);
        form->addRow(l, natural(field));
    };
    addNaturalRow(tr("&When"), m_when);
    addRow(tr("&Title"), m_title);
    addRow(tr("&Situation"), m_situation);
    addNaturalRow(tr("What I d&id"), m_mode);
    addRow(tr("&Outcome"), m_outcome);
    addNaturalRow(tr("How it w&ent"), m_rating);
    addRow(tr("&Feelings"), m_feelings);
    addRow(tr("What I &learned"), m_learned);
    addRow(tr("&Next time"), m_nextTime);
    addRow(tr("N&otes"), m_bodyTabs);
    addRow(tr("T&ags"), m_tags);
    auto *involves = new QLabel(tr("Involves"), sheet);
    form->addRow(involves, pickers);
    auto *adviceTitle = new QLabel(tr("Advisor"), sheet);
    form->addRow(adviceTitle, adviceRow);

    // A decision to look back on: what the user expects, how sure they are, when to look back,
    // and, once that day has come, the review.
    m_decisionCheck = new QCheckBox(tr("This records a decision to look back on"), sheet);
    m_decisionCheck->setObjectName(QStringLiteral("journalDecision"));
    m_decisionCheck->setAccessibleName(tr("This entry records a decision to look back on"));
    m_expectation = makeText(sheet, QStringLiteral("journalExpectation"), tr("What I expect to happen"),
                             tr("What do you expect to come of this decision?"), 3);
    m_confidence = makeCombo(sheet, QStringLiteral("journalConfidence"), tr("How sure I am that it will happen"));
    m_confidence->addItem(tr("Not said"), QVariant());
    m_confidence->addItem(tr("50 % – could go either way"), 50);
    for (int percent = 60; percent <= 90; percent += 10)
        m_confidence->addItem(tr("%1 %").arg(percent), percent);
    m_confidence->addItem(tr("100 % – certain"), 100);
    m_reviewOn = new QDateEdit(sheet);
    m_reviewOn->setObjectName(QStringLiteral("journalReviewOn"));
    m_reviewOn->setAccessibleName(tr("Review on"));
    m_reviewOn->setCalendarPopup(true);
    m_reviewOn->setDisplayFormat(Format::mediumDateFormat());
    auto *reviewOnRow = new QHBoxLayout;
    reviewOnRow->setContentsMargins(0, 0, 0, 0);
    reviewOnRow->addWidget(m_reviewOn);
    reviewOnRow->addStretch(1);

    m_reviewStatus = new QLabel(sheet);
    m_reviewStatus->setObjectName(QStringLiteral("journalReviewStatus"));
    m_reviewStatus->setWordWrap(true);
    m_reviewNow = new QPushButton(tr("Review Now"), sheet);
    m_reviewNow->setObjectName(QStringLiteral("journalReviewNow"));
    m_reviewNow->setAccessibleName(tr("Review this decision now"));
    connect(m_reviewNow, &QPushButton::clicked, this, &JournalEditor::reviewNow);
    m_editReview = new QPushButton(tr("Edit Review"), sheet);
    m_editReview->setObjectName(QStringLiteral("journalEditReview"));
    m_editReview->setAccessibleName(tr("Edit the review of this decision"));
    connect(m_editReview, &QPushButton::clicked, this, &JournalEditor::reviewNow);
    m_reviewShown = new QLabel(sheet);
    m_reviewShown->setObjectName(QStringLiteral("journalReviewShown"));
    m_reviewShown->setWordWrap(true);
    m_reviewShown->setTextFormat(Qt::PlainText);
    m_reviewShown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reviewStatusRow = new QHBoxLayout;
    reviewStatusRow->setContentsMargins(0, 0, 0, 0);
    reviewStatusRow->addWidget(m_reviewStatus, 1);
    reviewStatusRow->addWidget(m_reviewShown, 1);
    reviewStatusRow->addWidget(m_reviewNow, 0, Qt::AlignTop);
    reviewStatusRow->addWidget(m_editReview, 0, Qt::AlignTop);

    m_reviewForm = new QGroupBox(tr("Looking back"), sheet);
    m_reviewForm->setObjectName(QStringLiteral("journalReviewForm"));
    m_reviewForm->setAccessibleName(tr("Review of the decision"));
    m_reviewOutcome = makeText(m_reviewForm, QStringLiteral("journalReviewOutcome"), tr("What happened"),
                               tr("What actually came of it?"), 3);
    m_reviewMode = makeCombo(m_reviewForm, QStringLiteral("journalReviewMode"), tr("The mode I actually used"));
    m_reviewMode->addItem(tr("Choose…"), QString());
    m_reviewMode->addItem(tr("I led"), modeKey(Mode::Lead));
    m_reviewMode->addItem(tr("I managed"), modeKey(Mode::Manage));
    m_reviewMode->addItem(tr("Both"), modeKey(Mode::Both));
    m_reviewHeld = makeCombo(m_reviewForm, QStringLiteral("journalReviewHeld"), tr("Did the expectation hold?"));
    m_reviewHeld->addItem(tr("Choose…"), QString());
    m_reviewHeld->addItem(tr("Yes"), heldKey(Held::Yes));
    m_reviewHeld->addItem(tr("Partly"), heldKey(Held::Partly));
    m_reviewHeld->addItem(tr("No"), heldKey(Held::No));
    m_reviewSave = new QPushButton(tr("Save Review"), m_reviewForm);
    m_reviewSave->setObjectName(QStringLiteral("journalReviewSave"));
    m_reviewSave->setAccessibleName(tr("Save the review"));
    m_reviewCancel = new QPushButton(tr("Not Now"), m_reviewForm);
    m_reviewCancel->setObjectName(QStringLiteral("journalReviewCancel"));
    m_reviewCancel->setAccessibleName(tr("Close the review without saving it"));
    connect(m_reviewSave, &QPushButton::clicked, this, &JournalEditor::saveReview);
    connect(m_reviewCancel, &QPushButton::clicked, this, [this] {
        m_reviewRequested = false;
        updateDecision();
    });
    const auto reviewComplete = [this] {
        m_reviewSave->setEnabled(!m_reviewMode->currentData().toString().isEmpty()
                                 && !m_reviewHeld->currentData().toString().isEmpty());
    };
    connect(m_reviewMode, &QComboBox::currentIndexChanged, this, reviewComplete);
    connect(m_reviewHeld, &QComboBox::currentIndexChanged, this, reviewComplete);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->setContentsMargins(0, 0, 0, 0);
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(m_reviewCancel);
    reviewButtons->addWidget(m_reviewSave);
    auto *reviewLayout = new QFormLayout(m_reviewForm);
    reviewLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    reviewLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addReviewRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_reviewForm);
        l->setBuddy(field);
        reviewLayout->addRow(l, field);
    };
    addReviewRow(tr("What &happened"), m_reviewOutcome);
    addReviewRow(tr("The mode I &used"), m_reviewMode);
    addReviewRow(tr("Did it &hold?"), m_reviewHeld);
    reviewLayout->addRow(reviewButtons);
    reviewComplete();

    auto *decisionTitle = new QLabel(tr("&Decision"), sheet);
    decisionTitle->setBuddy(m_decisionCheck);
    form->addRow(decisionTitle, m_decisionCheck);
    addRow(tr("What I e&xpect"), m_expectation);
    m_decisionRow = form->rowCount() - 1;
    addNaturalRow(tr("How s&ure I am"), m_confidence);
    auto *reviewOnLabel = new QLabel(tr("&Review on"), sheet);
    reviewOnLabel->setBuddy(m_reviewOn);
    form->addRow(reviewOnLabel, reviewOnRow);
    form->addRow(new QLabel(tr("Review"), sheet), reviewStatusRow);
    form->addRow(QString(), m_reviewForm);
    m_form = form;

    // The goals this entry is evidence for.
    m_goalsLabel = new QLabel(sheet);
    m_goalsLabel->setObjectName(QStringLiteral("journalGoals"));
    m_goalsLabel->setWordWrap(true);
    m_linkGoal = new QPushButton(tr("Link to Goal…"), sheet);
    m_linkGoal->setObjectName(QStringLiteral("journalLinkGoal"));
    m_linkGoal->setAccessibleName(tr("Give this entry to a goal as evidence"));
    m_linkGoal->setMenu(new QMenu(m_linkGoal));
    m_linkGoal->menu()->setObjectName(QStringLiteral("journalLinkGoalMenu"));
    connect(m_linkGoal->menu(), &QMenu::aboutToShow, this, [this] { fillLinkMenu(true); });
    m_unlinkGoal = new QPushButton(tr("Unlink…"), sheet);
    m_unlinkGoal->setObjectName(QStringLiteral("journalUnlinkGoal"));
    m_unlinkGoal->setAccessibleName(tr("Take this entry away from a goal"));
    m_unlinkGoal->setMenu(new QMenu(m_unlinkGoal));
    m_unlinkGoal->menu()->setObjectName(QStringLiteral("journalUnlinkGoalMenu"));
    connect(m_unlinkGoal->menu(), &QMenu::aboutToShow, this, [this] { fillLinkMenu(false); });
    auto *goalsRow = new QHBoxLayout;
    goalsRow->setContentsMargins(0, 0, 0, 0);
    goalsRow->addWidget(m_goalsLabel, 1);
    goalsRow->addWidget(m_linkGoal, 0, Qt::AlignTop);
    goalsRow->addWidget(m_unlinkGoal, 0, Qt::AlignTop);
    form->addRow(new QLabel(tr("Evidence for"), sheet), goalsRow);

    auto *sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->setContentsMargins(16, 12, 16, 12);
    sheetLayout->addLayout(form, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("journalEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sheet);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalSaveStatus"));
    m_status->setAccessibleName(tr("Save status"));
    m_delete = new QPushButton(tr("Delete Entry…"), this);
    m_delete->setObjectName(QStringLiteral("journalDelete"));
    m_delete->setAccessibleName(tr("Delete this entry"));
    connect(m_delete, &QPushButton::clicked, this, &JournalEditor::deleteRequested);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(16, 4, 16, 8);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);

    auto *save = new QAction(this);
    save->setShortcuts(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, [this] { saveNow(); });
    addAction(save);

    m_quietTimer = new QTimer(this);
    m_quietTimer->setSingleShot(true);
    m_quietTimer->setInterval(QuietMs);
    m_maxTimer = new QTimer(this);
    m_maxTimer->setSingleShot(true);
    m_maxTimer->setInterval(MaxDelayMs);
    connect(m_quietTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_maxTimer, &QTimer::timeout, this, [this] { saveNow(); });

    for (QLineEdit *edit : {m_title, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &JournalEditor::markDirty);
    for (QPlainTextEdit *edit : {m_situation, m_outcome, m_feelings, m_learned, m_nextTime, m_body})
        connect(edit, &QPlainTextEdit::textChanged, this, &JournalEditor::markDirty);
    for (QComboBox *combo : {m_mode, m_rating})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalEditor::markDirty);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &JournalEditor::markDirty);
    connect(m_expectation, &QPlainTextEdit::textChanged, this, &JournalEditor::markDirty);
    connect(m_confidence, &QComboBox::currentIndexChanged, this, &JournalEditor::markDirty);
    connect(m_reviewOn, &QDateEdit::dateChanged, this, [this] {
        markDirty();
        updateDecision();
    });
    connect(m_decisionCheck, &QCheckBox::toggled, this, &JournalEditor::decisionToggled);
    for (LinkPicker *picker : {m_skills, m_contrasts, m_areas})
        connect(picker, &LinkPicker::changed, this, &JournalEditor::markDirty);

    // Leaving the editor (another part of the page, another window, another app) saves.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        const bool wasInside = old && isAncestorOf(old);
        const bool isInside = now && isAncestorOf(now);
        if (wasInside && !isInside)
            saveNow();
    });

    // The form's order, not the order the fields were made in.
    QWidget::setTabOrder(m_when, m_title);
    QWidget::setTabOrder(m_title, m_situation);
    QWidget::setTabOrder(m_situation, m_mode);
    QWidget::setTabOrder(m_mode, m_outcome);
    QWidget::setTabOrder(m_outcome, m_rating);
    QWidget::setTabOrder(m_rating, m_feelings);

    // A review date reached while the entry is shown (midnight passed): it says so.
    connect(&context.due, &DueTracker::changed, this, [this] {
        if (!m_loading)
            updateDecision();
    });

    // Before an undo or a redo, what was typed is saved, so that it is the newest step.
    connect(&m_history, &EditHistory::aboutToUndoOrRedo, this, [this] { saveNow(); });
    connect(&m_workspace, &Workspace::entryChanged, this, &JournalEditor::entryChangedElsewhere);
    connect(&m_workspace, &Workspace::entryRemoved, this, &JournalEditor::entryRemovedElsewhere);
    connect(&m_workspace, &Workspace::aboutToReplaceStore, this, [this] { saveNow(); });
    // An import or a restore may have changed or removed the entry shown: show what is stored.
    connect(&m_workspace, &Workspace::imported, this, &JournalEditor::reloadAfterBulkChange);
    connect(&m_workspace, &Workspace::storeReplaced, this, &JournalEditor::reloadAfterBulkChange);
    for (auto signal : {&Workspace::goalAdded, &Workspace::goalChanged, &Workspace::goalRemoved})
        connect(&m_workspace, signal, this, &JournalEditor::updateGoals);

    newEntry();
}

JournalEditor::~JournalEditor()
{
    // Whoever listens may be half gone by now; the text must still reach the disk.
    const QSignalBlocker blocker(this);
    saveNow();
    // ~QWidget still moves the focus (a top-level editor closes its window): by then this is no
    // longer a JournalEditor, so the focus watch must not reach it.
    disconnect(m_focusWatch);
}

void JournalEditor::newEntry(const std::optional<Advice> &advice)
{
    JournalEntry blank;
    blank.occurredAt = m_clock.now();
    blank.advice = advice;
    load(blank);
    if (advice) {
        // Advice alone is worth keeping: the situation is what the person is about to write.
        markDirty();
    }
    updateStatus(tr("New entry. It is saved as you write."));
}

bool JournalEditor::openEntry(qint64 id)
{
    const auto loaded = m_workspace.journal().get(id);
    if (!loaded) {
        Q_EMIT errorOccurred(loaded.error());
        return false;
    }
    load(loaded.value());
    updateStatus(tr("Last changed %1.").arg(QLocale().toString(loaded->updatedAt.toLocalTime(), Format::mediumDateTimeFormat())));
    return true;
}

void JournalEditor::load(const JournalEntry &entry)
{
    m_loading = true;
    m_entry = entry;
    m_when->setDateTime(entry.occurredAt.toLocalTime());
    m_title->setText(entry.title);
    m_situation->setPlainText(entry.situation);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(modeKey(entry.mode))));
    m_outcome->setPlainText(entry.outcome);
    m_rating->setCurrentIndex(entry.rating ? std::max(0, m_rating->findData(*entry.rating)) : 0);
    m_feelings->setPlainText(entry.feelings);
    m_learned->setPlainText(entry.learned);
    m_nextTime->setPlainText(entry.nextTime);
    m_body->setPlainText(entry.body);
    m_tags->setText(entry.tags.join(QStringLiteral(", ")));
    m_skills->setSelectedIds(entry.skills);
    m_contrasts->setSelectedIds(entry.contrasts);
    m_areas->setSelectedIds(entry.areas);
    m_decisionCheck->setChecked(entry.decision.has_value());
    const Decision decision = entry.decision.value_or(Decision{});
    m_expectation->setPlainText(decision.expectation);
    if (decision.confidence && m_confidence->findData(*decision.confidence) < 0)
        m_confidence->addItem(tr("%1 %").arg(*decision.confidence), *decision.confidence);  // from an import
    m_confidence->setCurrentIndex(decision.confidence ? m_confidence->findData(*decision.confidence) : 0);
    m_reviewOn->setDate(decision.reviewOn.isValid() ? decision.reviewOn
                                                    : Decision::defaultReviewDate(entry.occurredAt.toLocalTime().date()));
    m_reviewRequested = false;
    // A fresh text has no history: undo never reaches into another entry.
    m_title->setModified(false);
    m_session = m_history.newSession();
    m_bodyTabs->setCurrentIndex(0);
    m_delete->setEnabled(entry.id != 0);
    m_dirty = false;
    m_quietTimer->stop();
    m_maxTimer->stop();
    m_loading = false;
    updateAdvice();
    updateDecision();
    updateGoals();
}

JournalEntry JournalEditor::entry() const
{
    JournalEntry e = m_entry;
    // Minutes are what the editor shows; seconds of a stored time survive an unchanged field.
    const QDateTime shown = m_when->dateTime().toUTC();
    if (shown.secsTo(e.occurredAt.toUTC()) >= 60 || shown.secsTo(e.occurredAt.toUTC()) < 0)
        e.occurredAt = shown;
    e.title = m_title->text();
    e.situation = m_situation->toPlainText();
    e.mode = modeFromKey(m_mode->currentData().toString()).value_or(Mode::Unset);
    e.outcome = m_outcome->toPlainText();
    const QVariant rating = m_rating->currentData();
    e.rating = rating.isValid() ? std::optional<int>(rating.toInt()) : std::nullopt;
    e.feelings = m_feelings->toPlainText();
    e.learned = m_learned->toPlainText();
    e.nextTime = m_nextTime->toPlainText();
    e.body = m_body->toPlainText();
    e.tags = parseTags(m_tags->text());
    e.skills = m_skills->selectedIds();
    e.contrasts = m_contrasts->selectedIds();
    e.areas = m_areas->selectedIds();
    if (m_decisionCheck->isChecked()) {
        Decision d = m_entry.decision.value_or(Decision{});  // the review is stored on its own
        d.expectation = m_expectation->toPlainText();
        const QVariant confidence = m_confidence->currentData();
        d.confidence = confidence.isValid() ? std::optional<int>(confidence.toInt()) : std::nullopt;
        d.reviewOn = m_reviewOn->date();
        e.decision = d;
    } else {
        e.decision.reset();
    }
    return e;
}

void JournalEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_quietTimer->start();
    if (!m_maxTimer->isActive())
        m_maxTimer->start();
}

bool JournalEditor::saveNow()
{
    m_quietTimer->stop();
    m_maxTimer->stop();
    if (!m_dirty)
        return true;
    JournalEntry e = entry();
    if (e.id == 0) {
        if (e.isEmpty()) {
            m_dirty = false;
            updateStatus(tr("Nothing written yet; an empty entry is not kept."));
            return true;
        }
        e.createdAt = m_clock.now();
        e.updatedAt = e.createdAt;
        m_saving = true;
        const auto added = m_history.addEntry(e, m_session);
        m_saving = false;
        if (!added) {
            updateStatus(tr("Not saved: %1").arg(added.error()));
            Q_EMIT errorOccurred(added.error());
            return false;
        }
        e.id = added.value();
        m_entry = e;
        m_dirty = false;
        m_delete->setEnabled(true);
        updateGoals();
        updateStatus(tr("Saved %1.").arg(QLocale().toString(e.updatedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
        Q_EMIT saved(e.id, true);
        return true;
    }
    // What the store holds now is what Undo brings back (m_entry may already carry new advice).
    const auto before = m_workspace.journal().get(e.id);
    m_saving = true;
    const Status updated = before ? m_history.saveEntry(before.value(), e, m_session) : Status(before.failure());
    m_saving = false;
    if (!updated) {
        updateStatus(tr("Not saved: %1").arg(updated.error()));
        Q_EMIT errorOccurred(updated.error());
        return false;
    }
    e.updatedAt = m_clock.now();
    if (const auto stored = m_workspace.journal().get(e.id))
        e = stored.value();
    m_entry = e;
    m_dirty = false;
    updateStatus(tr("Saved %1.").arg(QLocale().toString(e.updatedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    Q_EMIT saved(e.id, false);
    return true;
}

void JournalEditor::entryChangedElsewhere(qint64 id)
{
    if (m_saving || id != m_entry.id || id == 0)
        return;
    // An undo or a redo of this entry: show it as it is stored now. (Anything typed was saved
    // before the undo ran.)
    saveNow();
    openEntry(id);
}

void JournalEditor::reloadAfterBulkChange()
{
    // What is being typed wins: it is saved over whatever came in, as any later save would be.
    if (m_entry.id == 0 || m_dirty)
        return;
    const auto id = m_workspace.journal().idFor(m_entry.uuid);
    if (id && id.value()) {
        openEntry(*id.value());
        return;
    }
    newEntry();
}

void JournalEditor::entryRemovedElsewhere(qint64 id)
{
    if (m_saving || id != m_entry.id || id == 0)
        return;
    newEntry();
    updateStatus(tr("That entry was deleted. This is a new one."));
}

void JournalEditor::setAdvice(const Advice &advice)
{
    m_entry.advice = advice;
    updateAdvice();
    m_dirty = true;
    saveNow();
}

void JournalEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

void JournalEditor::updateStatus(const QString &text)
{
    m_status->setText(text);
}

void JournalEditor::updateAdvice()
{
    if (!m_entry.advice) {
        m_adviceLabel->setText(tr("Not asked for this situation."));
        m_askAdvisor->setText(tr("Ask the Advisor…"));
        return;
    }
    m_adviceLabel->setText(AdvisorDialog::html(*m_entry.advice, m_model, palette(), true));
    m_askAdvisor->setText(tr("Ask Again…"));
}

void JournalEditor::offerTip(const QString &tipId)
{
    const auto tip = TipStepMenu::find(m_model, tipId);
    if (!tip)
        return;
    auto *menu = new TipStepMenu(m_context, *tip, this);
    connect(menu, &TipStepMenu::newGoalRequested, this, &JournalEditor::newGoalRequested);
    connect(menu, &TipStepMenu::stepAdded, this, [this](qint64, const QString &title) {
        updateStatus(tr("Added as a step of \"%1\". Edit ▸ Undo takes it back.").arg(title));
    });
    connect(menu, &TipStepMenu::errorOccurred, this, &JournalEditor::updateStatus);
    // At the pointer when the link was clicked, at the advice when it was chosen by keyboard.
    const QPoint cursor = m_adviceLabel->mapFromGlobal(QCursor::pos());
    menu->popup(m_adviceLabel->rect().contains(cursor) ? QCursor::pos() : m_adviceLabel->mapToGlobal(QPoint(0, 0)));
}

void JournalEditor::updatePreview()
{
    if (m_bodyTabs->currentWidget() == m_preview)
        m_preview->setMarkdown(m_body->toPlainText());
}

void JournalEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void JournalEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_adviceLabel)
        updateAdvice();
    QWidget::changeEvent(event);
}

void JournalEditor::startDecision()
{
    m_decisionCheck->setChecked(true);
    m_expectation->setFocus(Qt::OtherFocusReason);
}

void JournalEditor::decisionToggled(bool on)
{
    if (m_loading)
        return;
    if (on && !m_entry.decision) {
        // A new decision is looked back on four weeks after the situation, unless the user says.
        const QSignalBlocker blocker(m_reviewOn);
        m_reviewOn->setDate(Decision::defaultReviewDate(m_when->date()));
    }
    markDirty();
    updateDecision();
}

void JournalEditor::updateDecision()
{
    const bool on = m_decisionCheck->isChecked();
    const QDate today = m_clock.now().toLocalTime().date();
    const std::optional<DecisionReview> review = m_entry.decision ? m_entry.decision->review : std::nullopt;
    const QLocale locale;
    const QString reviewDay = locale.toString(m_reviewOn->date(), QLocale::LongFormat);
    const bool due = on && !review && m_reviewOn->date() <= today;
    const bool formShown = on && (due || m_reviewRequested);

    // The rows after the check: expectation, confidence, review date, review status; then the form.
    for (int row = m_decisionRow; row < m_decisionRow + 4; ++row)
        m_form->setRowVisible(row, on);
    m_form->setRowVisible(m_decisionRow + 4, formShown);

    m_reviewStatus->setVisible(!review);
    m_reviewNow->setVisible(!review && !formShown);
    m_reviewShown->setVisible(review.has_value() && !formShown);
    m_editReview->setVisible(review.has_value() && !formShown);
    m_reviewCancel->setVisible(!due);

    QPalette statusPalette = palette();
    if (due) {
        m_reviewStatus->setText(tr("The review was due on %1. Look back at it now: what happened?").arg(reviewDay));
        statusPalette.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    } else if (!review) {
        m_reviewStatus->setText(tr("Tandem asks you to look back at it on %1.").arg(reviewDay));
    }
    m_reviewStatus->setPalette(statusPalette);
    m_reviewStatus->setAccessibleName(m_reviewStatus->text());
    if (review) {
        QString shown = tr("Looked back on %1: %2. I %3.")
                                .arg(locale.toString(review->reviewedAt.toLocalTime().date(), QLocale::LongFormat),
                                     heldText(review->held), modeUsedText(review->actualMode));
        if (!review->outcome.trimmed().isEmpty())
            shown += QLatin1Char(' ') + tr("What happened: %1").arg(review->outcome.trimmed());
        m_reviewShown->setText(shown);
        m_reviewShown->setAccessibleName(shown);
    }
    m_reviewForm->setTitle(review ? tr("Edit the review") : tr("Looking back"));
}

void JournalEditor::showReviewForm(bool show)
{
    m_reviewRequested = show;
    // The form starts from the stored review when there is one, blank otherwise.
    const std::optional<DecisionReview> review = m_entry.decision ? m_entry.decision->review : std::nullopt;
    m_reviewOutcome->setPlainText(review ? review->outcome : QString());
    m_reviewMode->setCurrentIndex(review ? std::max(0, m_reviewMode->findData(modeKey(review->actualMode))) : 0);
    m_reviewHeld->setCurrentIndex(review ? std::max(0, m_reviewHeld->findData(heldKey(review->held))) : 0);
    updateDecision();
    if (show)
        m_reviewOutcome->setFocus(Qt::OtherFocusReason);
}

void JournalEditor::reviewNow()
{
    if (!m_decisionCheck->isChecked())
        m_decisionCheck->setChecked(true);
    showReviewForm(true);
}

bool JournalEditor::saveReview()
{
    // The decision itself is stored first: a review belongs to a stored decision.
    if (!saveNow())
        return false;
    if (m_entry.id == 0 || !m_entry.decision) {
        updateStatus(tr("Write what you expect first: a decision is kept with its entry."));
        return false;
    }
    DecisionReview review;
    review.reviewedAt = m_clock.now();
    review.outcome = m_reviewOutcome->toPlainText();
    review.actualMode = modeFromKey(m_reviewMode->currentData().toString()).value_or(Mode::Unset);
    const auto held = heldFromKey(m_reviewHeld->currentData().toString());
    if (!held || review.actualMode == Mode::Unset) {
        updateStatus(tr("Say which mode you used and whether the expectation held, then save the review."));
        return false;
    }
    review.held = *held;
    m_saving = true;
    const Status stored = m_history.reviewDecision(m_entry.id, review);
    m_saving = false;
    if (!stored) {
        updateStatus(tr("The review was not saved: %1").arg(stored.error()));
        Q_EMIT errorOccurred(stored.error());
        return false;
    }
    openEntry(m_entry.id);
    updateStatus(tr("Review saved. Edit ▸ Undo takes it back."));
    return true;
}

void JournalEditor::updateGoals()
{
    if (m_entry.id == 0) {
        m_goalsLabel->setText(tr("No goal yet. Once something is written, this entry can count towards a goal."));
        m_unlinkGoal->setEnabled(false);
        return;
    }
    QStringList titles;
    if (const auto ids = m_workspace.goals().goalsWithEvidence(m_entry.id)) {
        for (qint64 id : ids.value()) {
            if (const auto goal = m_workspace.goals().get(id))
                titles.append(goal->title);
        }
    }
    m_goalsLabel->setText(titles.isEmpty() ? tr("No goal yet.") : titles.join(QStringLiteral("; ")));
    m_goalsLabel->setAccessibleName(tr("Evidence for: %1").arg(m_goalsLabel->text()));
    m_unlinkGoal->setEnabled(!titles.isEmpty());
}

void JournalEditor::fillLinkMenu(bool link)
{
    QMenu *menu = link ? m_linkGoal->menu() : m_unlinkGoal->menu();
    menu->clear();
    QList<qint64> linked;
    if (m_entry.id != 0) {
        if (const auto ids = m_workspace.goals().goalsWithEvidence(m_entry.id))
            linked = ids.value();
    }
    QList<Goal> goals;
    if (link) {
        if (const auto active = m_workspace.goals().active(50))
            goals = active.value();
        goals.removeIf([&linked](const Goal &g) { return linked.contains(g.id); });
    } else {
        for (qint64 id : std::as_const(linked)) {
            if (const auto goal = m_workspace.goals().get(id))
                goals.append(goal.value());
        }
    }
    for (const Goal &goal : std::as_const(goals)) {
        QAction *action = menu->addAction(tr("%1 (%2)").arg(goal.title, goalTargetName(goal, m_model)));
        action->setObjectName(QStringLiteral("journalGoal%1").arg(goal.id));
        const qint64 id = goal.id;
        connect(action, &QAction::triggered, this, [this, id, link] { setEvidence(id, link); });
    }
    if (goals.isEmpty()) {
        QAction *none = menu->addAction(link ? tr("No other active goal") : tr("Not linked to any goal"));
        none->setEnabled(false);
    }
}

void JournalEditor::setEvidence(qint64 goalId, bool linked)
{
    if (!saveNow())
        return;
    if (m_entry.id == 0) {
        updateStatus(tr("Write something first: an empty entry is not kept, so it cannot count towards a goal."));
        return;
    }
    const Status done = m_history.linkEvidence(goalId, m_entry.id, linked);
    if (!done) {
        updateStatus(tr("Not changed: %1").arg(done.error()));
        Q_EMIT errorOccurred(done.error());
        return;
    }
    updateGoals();
    updateStatus(linked ? tr("Linked to the goal.") : tr("Taken away from the goal."));
}

} // namespace tandem::ui
