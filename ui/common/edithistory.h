#pragma once

#include "assessment.h"
#include "cadence.h"
#include "decision.h"
#include "feedback.h"
#include "goal.h"
#include "journalentry.h"
#include "result.h"
#include "workspace.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

/// The user's edits, undoable and redoable across every page: one QUndoStack whose commands
/// change data only through the Workspace (after Tiled's small command classes). Each function
/// here does the edit now and records it; it gives the workspace's error and records nothing
/// when the edit failed.
///
/// A text field keeps its own typing undo while it has focus (Qt gives the field Ctrl+Z first);
/// this history holds what was saved. A restore empties it: it described another store.
class EditHistory final : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(core::Workspace &workspace, QObject *parent = nullptr);
    ~EditHistory() override;

    QUndoStack *stack() const { return m_stack; }

    /// "Undo …" and "Redo …" for a menu, named after the edit they would reverse, with the
    /// standard shortcuts. Before either acts, aboutToUndoOrRedo() lets editors save what is
    /// pending, so the newest change is the one reversed.
    QAction *createUndoAction(QObject *parent);
    QAction *createRedoAction(QObject *parent);
    void undo();
    void redo();

    /// The first save of a new entry. session: saves of one editing session (the same entry,
    /// opened once) merge into one step.
    core::Result<qint64> addEntry(const core::JournalEntry &entry, int session);
    /// A later save of a stored entry; before is the entry as stored before this save.
    core::Status saveEntry(core::JournalEntry before, core::JournalEntry after, int session);
    /// A finished check-in: checks the answers and stores it. Gives its row id.
    core::Result<qint64> recordAssessment(const core::Assessment &assessment);
    /// Removes an entry; gives it as it was.
    core::Result<core::JournalEntry> deleteEntry(qint64 id);
    core::Result<core::Assessment> deleteAssessment(qint64 id);
    core::Status setCadence(core::Cadence before, core::Cadence after);

    /// A new goal (checked by the workspace: its error names the field). Gives its row id.
    core::Result<qint64> addGoal(const core::Goal &goal);
    /// Any change to a stored goal (by after.id): its fields, status, steps (added, ticked,
    /// reordered, removed) or evidence. text names the step in the Edit menu, as the user thinks
    /// of it: tr("Tick Step"), tr("Complete Goal"), …
    core::Status changeGoal(const core::Goal &after, const QString &text);
    core::Result<core::Goal> deleteGoal(qint64 id);
    /// Gives a journal entry to a goal as evidence, or takes it away ("Link Entry to Goal").
    core::Status linkEvidence(qint64 goalId, qint64 entryId, bool linked);
    /// Records the review of the decision an entry records ("Review Decision").
    core::Status reviewDecision(qint64 entryId, const core::DecisionReview &review);

    /// A new feedback round (checked by the workspace); undo removes it with what it then holds.
    core::Result<qint64> addFeedbackRound(const core::FeedbackRound &round);
    /// Removes a round with its responses; undo puts it back as it was.
    core::Result<core::Workspace::RemovedFeedbackRound> deleteFeedbackRound(qint64 id);
    /// Closes a round now ("Close Feedback Round"), or opens it again ("Reopen Feedback Round").
    core::Status setFeedbackRoundClosed(qint64 id, bool closed);

    /// Hides an inline "Undo" offer (a page's notice) once the newest step is another: the offer
    /// reverses the newest step, so it may only show while that is the step it named.
    void hideWhenSuperseded(QWidget *offer);

    /// A new number for JournalEditor's editing sessions.
    int newSession() { return ++m_sessions; }

Q_SIGNALS:
    void aboutToUndoOrRedo();
    /// An undo or a redo could not be done (the data changed under it, or the store failed);
    /// the data is as it was before the attempt.
    void errorOccurred(const QString &message);

private:
    core::Workspace &m_workspace;
    QUndoStack *m_stack = nullptr;
    int m_sessions = 0;
};

} // namespace tandem::ui
