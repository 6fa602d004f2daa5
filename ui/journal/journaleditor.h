#pragma once

#include "goal.h"
#include "journalentry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace tandem::core {
class Clock;
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class EditHistory;
class LinkPicker;
struct PageContext;

/// Writes one journal entry: the reflection template, Markdown notes with a preview, tags, the
/// skills, contrasts and areas involved, the advisor's answer, a decision to look back on (what
/// the user expects, how sure they are, when to review it, and the review once it is due), and
/// the goals the entry is evidence for. Each tip of the kept advice can become a goal step
/// ("Make it a step…", see TipStepMenu).
///
/// Nothing typed is lost: a change is saved QuietMs after the last keystroke, and never later
/// than MaxDelayMs after the first unsaved one (so steady typing is saved too); the entry is also
/// saved when the editor loses focus, is hidden or is destroyed. An empty entry is never saved.
///
/// Saves are steps of the window's undo history (one step per entry opened, however many
/// autosaves it took); typing undo belongs to the field being typed in (Ctrl+Z there). When the
/// entry shown is changed or removed elsewhere (an undo), the editor shows what is stored now.
class JournalEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietMs = 600;
    static constexpr int MaxDelayMs = 800;

    explicit JournalEditor(const PageContext &context, QWidget *parent = nullptr);
    ~JournalEditor() override;

    /// Starts a blank entry (saved once something is written), optionally with advice.
    void newEntry(const std::optional<core::Advice> &advice = std::nullopt);
    /// Shows a stored entry; false (and errorOccurred) when it cannot be read.
    bool openEntry(qint64 id);

    qint64 entryId() const { return m_entry.id; }
    bool isDirty() const { return m_dirty; }
    /// The entry as the fields show it now.
    core::JournalEntry entry() const;

    /// Saves now when something changed and the entry is not empty. False only on failure.
    bool saveNow();

    /// Keeps the advisor's answer with the entry (and saves it soon).
    void setAdvice(const core::Advice &advice);

    void focusTitle();

    /// Turns on the decision part (with its default review date) and puts the cursor in "what I
    /// expect to happen", as the advisor's "record a decision" asks.
    void startDecision();
    /// Opens the review form of the entry's decision (saving first), whether it is due or not.
    void reviewNow();
    /// Stores the review as the form shows it (Edit ▸ Undo takes it back). False on failure.
    bool saveReview();

Q_SIGNALS:
    /// The entry was written; created is true the first time.
    void saved(qint64 id, bool created);
    void errorOccurred(const QString &message);
    void deleteRequested();
    void adviceRequested();
    /// "Start a Goal With This Step…" on a tip of the kept advice (see TipStepMenu).
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markDirty();
    void load(const core::JournalEntry &entry);
    void updateStatus(const QString &text);
    void updateAdvice();
    void offerTip(const QString &tipId);
    void updatePreview();
    void entryChangedElsewhere(qint64 id);
    void entryRemovedElsewhere(qint64 id);
    void reloadAfterBulkChange();
    void updateDecision();
    void decisionToggled(bool on);
    void showReviewForm(bool show);
    void updateGoals();
    void fillLinkMenu(bool link);
    void setEvidence(qint64 goalId, bool linked);

    const PageContext &m_context;
    const core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    EditHistory &m_history;
    int m_session = 0;      // saves of one opening merge into one undo step
    bool m_saving = false;  // the workspace's signals during our own save are not news
    core::JournalEntry m_entry;  // as last loaded or saved (id 0: not stored yet)
    bool m_dirty = false;
    bool m_loading = false;
    QTimer *m_quietTimer = nullptr;
    QTimer *m_maxTimer = nullptr;

    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_situation = nullptr;
    QComboBox *m_mode = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QComboBox *m_rating = nullptr;
    QPlainTextEdit *m_feelings = nullptr;
    QPlainTextEdit *m_learned = nullptr;
    QPlainTextEdit *m_nextTime = nullptr;
    QTabWidget *m_bodyTabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLineEdit *m_tags = nullptr;
    LinkPicker *m_skills = nullptr;
    LinkPicker *m_contrasts = nullptr;
    LinkPicker *m_areas = nullptr;
    QLabel *m_adviceLabel = nullptr;
    QPushButton *m_askAdvisor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_delete = nullptr;

    QFormLayout *m_form = nullptr;
    int m_decisionRow = 0;  // the first row of the decision's details in m_form
    QCheckBox *m_decisionCheck = nullptr;
    QPlainTextEdit *m_expectation = nullptr;
    QComboBox *m_confidence = nullptr;
    QDateEdit *m_reviewOn = nullptr;
    QLabel *m_reviewStatus = nullptr;
    QPushButton *m_reviewNow = nullptr;
    QGroupBox *m_reviewForm = nullptr;
    QPlainTextEdit *m_reviewOutcome = nullptr;
    QComboBox *m_reviewMode = nullptr;
    QComboBox *m_reviewHeld = nullptr;
    QPushButton *m_reviewSave = nullptr;
    QPushButton *m_reviewCancel = nullptr;
    QLabel *m_reviewShown = nullptr;
    QPushButton *m_editReview = nullptr;
    bool m_reviewRequested = false;  // the form was asked for before the date, or to edit a review

    QLabel *m_goalsLabel = nullptr;
    QPushButton *m_linkGoal = nullptr;
    QPushButton *m_unlinkGoal = nullptr;
    QMetaObject::Connection m_focusWatch;  // QApplication::focusChanged, cut in the destructor
};

} // namespace tandem::ui
