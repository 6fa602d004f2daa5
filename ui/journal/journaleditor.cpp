#include "journaleditor.h"

#include "advisordialog.h"
#include "linkpicker.h"

#include "common/edithistory.h"
#include "common/pagecontext.h"

#include "clock.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
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

} // namespace

JournalEditor::JournalEditor(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_workspace(context.workspace), m_model(context.model), m_clock(context.clock),
      m_history(context.history)
{
    setObjectName(QStringLiteral("journalEditor"));

    auto *sheet = new QWidget(this);
    m_when = new QDateTimeEdit(sheet);
    m_when->setObjectName(QStringLiteral("journalWhen"));
    m_when->setAccessibleName(tr("When it happened"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("d MMM yyyy  HH:mm"));

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
    m_askAdvisor = new QPushButton(tr("Ask the Advisor…"), sheet);
    m_askAdvisor->setObjectName(QStringLiteral("journalAskAdvisor"));
    m_askAdvisor->setAccessibleName(tr("Ask the lead or manage advisor about this situation"));
    connect(m_askAdvisor, &QPushButton::clicked, this, &JournalEditor::adviceRequested);
    auto *adviceRow = new QHBoxLayout;
    adviceRow->setContentsMargins(0, 0, 0, 0);
    adviceRow->addWidget(m_adviceLabel, 1);
    adviceRow->addWidget(m_askAdvisor, 0, Qt::AlignTop);

    auto *firstRow = new QHBoxLayout;
    firstRow->setContentsMargins(0, 0, 0, 0);
    firstRow->addWidget(m_when);
    firstRow->addWidget(m_mode);
    firstRow->addWidget(m_rating);
    firstRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, sheet);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    auto *whenLabel = new QLabel(tr("&When"), sheet);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, firstRow);
    addRow(tr("&Title"), m_title);
    addRow(tr("&Situation"), m_situation);
    addRow(tr("&Outcome"), m_outcome);
    addRow(tr("&Feelings"), m_feelings);
    addRow(tr("What I &learned"), m_learned);
    addRow(tr("&Next time"), m_nextTime);
    addRow(tr("N&otes"), m_bodyTabs);
    addRow(tr("T&ags"), m_tags);
    auto *involves = new QLabel(tr("Involves"), sheet);
    form->addRow(involves, pickers);
    auto *adviceTitle = new QLabel(tr("Advisor"), sheet);
    form->addRow(adviceTitle, adviceRow);

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
    for (LinkPicker *picker : {m_skills, m_contrasts, m_areas})
        connect(picker, &LinkPicker::changed, this, &JournalEditor::markDirty);

    // Leaving the editor (another part of the page, another window, another app) saves.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        const bool wasInside = old && isAncestorOf(old);
        const bool isInside = now && isAncestorOf(now);
        if (wasInside && !isInside)
            saveNow();
    });

    // Before an undo or a redo, what was typed is saved, so that it is the newest step.
    connect(&m_history, &EditHistory::aboutToUndoOrRedo, this, [this] { saveNow(); });
    connect(&m_workspace, &Workspace::entryChanged, this, &JournalEditor::entryChangedElsewhere);
    connect(&m_workspace, &Workspace::entryRemoved, this, &JournalEditor::entryRemovedElsewhere);
    connect(&m_workspace, &Workspace::aboutToReplaceStore, this, [this] { saveNow(); });
    // An import or a restore may have changed or removed the entry shown: show what is stored.
    connect(&m_workspace, &Workspace::imported, this, &JournalEditor::reloadAfterBulkChange);
    connect(&m_workspace, &Workspace::storeReplaced, this, &JournalEditor::reloadAfterBulkChange);

    newEntry();
}

JournalEditor::~JournalEditor()
{
    // Whoever listens may be half gone by now; the text must still reach the disk.
    const QSignalBlocker blocker(this);
    saveNow();
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
    updateStatus(tr("Last changed %1.").arg(QLocale().toString(loaded->updatedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))));
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
    m_adviceLabel->setText(AdvisorDialog::html(*m_entry.advice, m_model, palette()));
    m_askAdvisor->setText(tr("Ask Again…"));
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

} // namespace tandem::ui
