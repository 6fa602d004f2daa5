#include "edithistory.h"

#include "assessmentrepository.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

namespace tandem::ui {

using namespace tandem::core;

namespace {

enum CommandId { EntryEditId = 1, CadenceId = 2 };

/// A command whose edit was done before it was pushed: its first redo() does nothing. Every
/// later undo or redo goes through the workspace; one that fails says why and leaves the
/// history (the command is dropped, the data stays as it is).
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(EditHistory &history, Workspace &workspace, const QString &text)
        : QUndoCommand(text), m_history(history), m_workspace(workspace)
    {
    }

    void undo() final
    {
        check(reverse(), QCoreApplication::translate("tandem::ui::EditHistory", "Could not undo “%1”: %2"));
    }

    void redo() final
    {
        if (m_done) {
            m_done = false;
            return;
        }
        check(repeat(), QCoreApplication::translate("tandem::ui::EditHistory", "Could not redo “%1”: %2"));
    }

protected:
    virtual Status reverse() = 0;
    virtual Status repeat() = 0;

    Workspace &workspace() const { return m_workspace; }

    /// The entry with this uuid now (undo may have put it back under another row id).
    Result<qint64> entryId(const QUuid &uuid) const
    {
        const auto id = m_workspace.journal().idFor(uuid);
        if (!id)
            return id.failure();
        if (!id.value())
            return Error { QCoreApplication::translate("tandem::ui::EditHistory", "the entry is no longer there.") };
        return *id.value();
    }

    Result<qint64> assessmentId(const QUuid &uuid) const
    {
        const auto id = m_workspace.assessments().idFor(uuid);
        if (!id)
            return id.failure();
        if (!id.value())
            return Error { QCoreApplication::translate("tandem::ui::EditHistory", "the check-in is no longer there.") };
        return *id.value();
    }

private:
    void check(const Status &status, const QString &message)
    {
        if (status)
            return;
        setObsolete(true);
        Q_EMIT m_history.errorOccurred(message.arg(text(), status.error()));
    }

    EditHistory &m_history;
    Workspace &m_workspace;
    bool m_done = true;
};

/// A new entry or a saved change to one. The saves of one editing session merge, so that Undo
/// takes back what was written since the entry was opened, not one autosave at a time.
class EntryEditCommand final : public WorkspaceCommand
{
public:
    EntryEditCommand(EditHistory &history, Workspace &workspace, std::optional<JournalEntry> before, JournalEntry after,
                     int session, const QString &text = QString())
        : WorkspaceCommand(history, workspace,
                           !text.isEmpty() ? text
                               : before    ? QCoreApplication::translate("tandem::ui::EditHistory", "Edit Entry")
                                           : QCoreApplication::translate("tandem::ui::EditHistory", "New Entry")),
          m_before(std::move(before)), m_after(std::move(after)), m_session(session)
    {
    }

    int id() const override { return EntryEditId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EntryEditCommand *>(other);
        if (next->m_session != m_session || next->m_after.uuid != m_after.uuid || !next->m_before)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    Status reverse() override
    {
        if (m_before) {
            const auto putBack = workspace().putBackEntry(*m_before);
            return putBack ? Status() : putBack.failure();
        }
        const auto id = entryId(m_after.uuid);
        if (!id)
            return id.failure();
        const auto removed = workspace().removeEntry(id.value());
        return removed ? Status() : removed.failure();
    }

    Status repeat() override
    {
        const auto putBack = workspace().putBackEntry(m_after);
        return putBack ? Status() : putBack.failure();
    }

private:
    std::optional<JournalEntry> m_before;
    JournalEntry m_after;
    int m_session = 0;
};

/// A removed entry; undo puts it back with its place as evidence of the goals that had it.
class DeleteEntryCommand final : public WorkspaceCommand
{
public:
    DeleteEntryCommand(EditHistory &history, Workspace &workspace, JournalEntry entry, QList<QUuid> goals)
        : WorkspaceCommand(history, workspace, QCoreApplication::translate("tandem::ui::EditHistory", "Delete Entry")),
          m_entry(std::move(entry)), m_goals(std::move(goals))
    {
    }

protected:
    Status reverse() override
    {
        const auto putBack = workspace().putBackEntry(m_entry);
        if (!putBack)
            return putBack.failure();
        for (const QUuid &uuid : std::as_const(m_goals)) {
            const auto goal = workspace().goals().idFor(uuid);
            if (!goal)
                return goal.failure();
            if (!goal.value())
                continue; // the goal itself was removed since
            if (Status linked = workspace().linkEvidence(*goal.value(), putBack.value(), true); !linked)
                return linked;
        }
        return {};
    }

    Status repeat() override
    {
        const auto id = entryId(m_entry.uuid);
        if (!id)
            return id.failure();
        const auto removed = workspace().removeEntry(id.value());
        return removed ? Status() : removed.failure();
    }

private:
    JournalEntry m_entry;
    QList<QUuid> m_goals;
};

class DeleteAssessmentCommand final : public WorkspaceCommand
{
public:
    DeleteAssessmentCommand(EditHistory &history, Workspace &workspace, Assessment assessment)
        : WorkspaceCommand(history, workspace,
                           QCoreApplication::translate("tandem::ui::EditHistory", "Delete Check-in")),
          m_assessment(std::move(assessment))
    {
    }

protected:
    Status reverse() override
    {
        const auto putBack = workspace().putBackAssessment(m_assessment);
        return putBack ? Status() : putBack.failure();
    }

    Status repeat() override
    {
        const auto id = assessmentId(m_assessment.uuid);
        if (!id)
            return id.failure();
        const auto removed = workspace().removeAssessment(id.value());
        return removed ? Status() : removed.failure();
    }

private:
    Assessment m_assessment;
};

class RecordAssessmentCommand final : public WorkspaceCommand
{
public:
    RecordAssessmentCommand(EditHistory &history, Workspace &workspace, Assessment assessment)
        : WorkspaceCommand(history, workspace,
                           QCoreApplication::translate("tandem::ui::EditHistory", "Finish Check-in")),
          m_assessment(std::move(assessment))
    {
    }

protected:
    Status reverse() override
    {
        const auto id = assessmentId(m_assessment.uuid);
        if (!id)
            return id.failure();
        const auto removed = workspace().removeAssessment(id.value());
        return removed ? Status() : removed.failure();
    }

    Status repeat() override
    {
        const auto putBack = workspace().putBackAssessment(m_assessment);
        return putBack ? Status() : putBack.failure();
    }

private:
    Assessment m_assessment;
};

/// A new goal (no before), a removed one (no after), or a change to one: undo and redo put the
/// goal back as it was (by uuid, so a goal put back under another row id is still found).
class GoalCommand final : public WorkspaceCommand
{
public:
    GoalCommand(EditHistory &history, Workspace &workspace, const QString &text, std::optional<Goal> before,
                std::optional<Goal> after)
        : WorkspaceCommand(history, workspace, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Status reverse() override { return bringTo(m_before, m_after); }
    Status repeat() override { return bringTo(m_after, m_before); }

private:
    Status bringTo(const std::optional<Goal> &wanted, const std::optional<Goal> &current)
    {
        if (wanted) {
            const auto putBack = workspace().putBackGoal(*wanted);
            return putBack ? Status() : putBack.failure();
        }
        const auto id = workspace().goals().idFor(current->uuid);
        if (!id)
            return id.failure();
        if (!id.value())
            return Error { QCoreApplication::translate("tandem::ui::EditHistory", "the goal is no longer there.") };
        const auto removed = workspace().removeGoal(*id.value());
        return removed ? Status() : removed.failure();
    }

    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
};

/// The round with this uuid now (undo may have put it back under another row id).
Result<qint64> feedbackRoundId(const Workspace &workspace, const QUuid &uuid)
{
    const auto round = workspace.feedback().roundByUuid(uuid);
    if (!round)
        return round.failure();
    if (!round.value())
        return Error { QCoreApplication::translate("tandem::ui::EditHistory", "the feedback round is no longer there.") };
    return round.value()->id;
}

/// A new feedback round (there after redo) or a removed one (gone after redo). What a removal
/// takes (the round with the responses it then holds) is what putting it back restores.
class FeedbackRoundCommand final : public WorkspaceCommand
{
public:
    FeedbackRoundCommand(EditHistory &history, Workspace &workspace, const QString &text, QUuid uuid,
                         bool presentAfter, std::optional<Workspace::RemovedFeedbackRound> removed)
        : WorkspaceCommand(history, workspace, text), m_uuid(uuid), m_presentAfter(presentAfter),
          m_removed(std::move(removed))
    {
    }

protected:
    Status reverse() override { return m_presentAfter ? takeAway() : putBack(); }
    Status repeat() override { return m_presentAfter ? putBack() : takeAway(); }

private:
    Status takeAway()
    {
        const auto id = feedbackRoundId(workspace(), m_uuid);
        if (!id)
            return id.failure();
        auto removed = workspace().removeFeedbackRound(id.value());
        if (!removed)
            return removed.failure();
        m_removed = std::move(removed).value();
        return {};
    }

    Status putBack()
    {
        if (!m_removed)
            return Error { QCoreApplication::translate("tandem::ui::EditHistory", "the feedback round is no longer there.") };
        const auto back = workspace().putBackFeedbackRound(*m_removed);
        return back ? Status() : back.failure();
    }

    QUuid m_uuid;
    bool m_presentAfter = true;
    std::optional<Workspace::RemovedFeedbackRound> m_removed;
};

/// A round closed or opened again.
class FeedbackClosedCommand final : public WorkspaceCommand
{
public:
    FeedbackClosedCommand(EditHistory &history, Workspace &workspace, const QString &text, QUuid uuid, bool closedAfter)
        : WorkspaceCommand(history, workspace, text), m_uuid(uuid), m_closedAfter(closedAfter)
    {
    }

protected:
    Status reverse() override { return set(!m_closedAfter); }
    Status repeat() override { return set(m_closedAfter); }

private:
    Status set(bool closed)
    {
        const auto id = feedbackRoundId(workspace(), m_uuid);
        if (!id)
            return id.failure();
        return workspace().setFeedbackRoundClosed(id.value(), closed);
    }

    QUuid m_uuid;
    bool m_closedAfter = true;
};

/// A change to the reminders; steps of a spin box in a row merge into one.
class CadenceCommand final : public WorkspaceCommand
{
public:
    CadenceCommand(EditHistory &history, Workspace &workspace, const Cadence &before, const Cadence &after)
        : WorkspaceCommand(history, workspace,
                           QCoreApplication::translate("tandem::ui::EditHistory", "Change Reminders")),
          m_before(before), m_after(after)
    {
    }

    int id() const override { return CadenceId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const CadenceCommand *>(other)->m_after;
        return true;
    }

protected:
    Status reverse() override { return workspace().setCadence(m_before); }
    Status repeat() override { return workspace().setCadence(m_after); }

private:
    Cadence m_before;
    Cadence m_after;
};

} // namespace

EditHistory::EditHistory(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this))
{
    connect(&workspace, &Workspace::storeReplaced, m_stack, &QUndoStack::clear);
}

EditHistory::~EditHistory()
{
    // The stack is our child: left to ~QObject it would be deleted after this object stopped
    // being an EditHistory, and the signals it sends as it goes would reach the menu actions'
    // updates, which read it through us. Silence it and delete it while we still are one.
    m_stack->disconnect();
    delete m_stack;
    m_stack = nullptr;
}

QAction *EditHistory::createUndoAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcuts(QKeySequence::Undo);
    auto update = [this, action] {
        action->setEnabled(m_stack->canUndo());
        action->setText(
            m_stack->canUndo()
                ? QCoreApplication::translate("tandem::ui::EditHistory", "&Undo %1").arg(m_stack->undoText())
                : QCoreApplication::translate("tandem::ui::EditHistory", "&Undo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::cleanChanged, action, update);
    connect(m_stack, &QUndoStack::undoTextChanged, action, update);
    connect(action, &QAction::triggered, this, &EditHistory::undo);
    update();
    return action;
}

QAction *EditHistory::createRedoAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcuts(QKeySequence::Redo);
    auto update = [this, action] {
        action->setEnabled(m_stack->canRedo());
        action->setText(
            m_stack->canRedo()
                ? QCoreApplication::translate("tandem::ui::EditHistory", "&Redo %1").arg(m_stack->redoText())
                : QCoreApplication::translate("tandem::ui::EditHistory", "&Redo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::cleanChanged, action, update);
    connect(m_stack, &QUndoStack::redoTextChanged, action, update);
    connect(action, &QAction::triggered, this, &EditHistory::redo);
    update();
    return action;
}

void EditHistory::hideWhenSuperseded(QWidget *offer)
{
    const int index = m_stack->index();
    auto *watch = new QObject(offer);
    connect(m_stack, &QUndoStack::indexChanged, watch, [offer, index, watch](int now) {
        if (now == index)
            return;
        offer->hide();
        watch->deleteLater();
    });
}

void EditHistory::undo()
{
    // An editor saving now may push a step of its own: that newest step is the one undone.
    Q_EMIT aboutToUndoOrRedo();
    m_stack->undo();
}

void EditHistory::redo()
{
    Q_EMIT aboutToUndoOrRedo();
    m_stack->redo();
}

Result<qint64> EditHistory::addEntry(const JournalEntry &entry, int session)
{
    const auto id = m_workspace.addEntry(entry);
    if (!id)
        return id;
    const auto stored = m_workspace.journal().get(id.value());
    if (!stored)
        return stored.failure();
    m_stack->push(new EntryEditCommand(*this, m_workspace, std::nullopt, stored.value(), session));
    return id;
}

Status EditHistory::saveEntry(JournalEntry before, JournalEntry after, int session)
{
    if (Status saved = m_workspace.updateEntry(after); !saved)
        return saved;
    const auto stored = m_workspace.journal().get(after.id);
    if (!stored)
        return stored.failure();
    m_stack->push(new EntryEditCommand(*this, m_workspace, before, stored.value(), session));
    return {};
}

Result<qint64> EditHistory::recordAssessment(const Assessment &assessment)
{
    const auto id = m_workspace.recordAssessment(assessment);
    if (!id)
        return id;
    const auto stored = m_workspace.assessments().get(id.value());
    if (!stored)
        return stored.failure();
    m_stack->push(new RecordAssessmentCommand(*this, m_workspace, stored.value()));
    return id;
}

Result<JournalEntry> EditHistory::deleteEntry(qint64 id)
{
    const auto goalIds = m_workspace.goals().goalsWithEvidence(id);
    if (!goalIds)
        return goalIds.failure();
    QList<QUuid> goals;
    for (const qint64 goalId : goalIds.value()) {
        if (const auto goal = m_workspace.goals().get(goalId))
            goals.append(goal->uuid);
    }
    auto removed = m_workspace.removeEntry(id);
    if (removed)
        m_stack->push(new DeleteEntryCommand(*this, m_workspace, removed.value(), goals));
    return removed;
}

Result<Assessment> EditHistory::deleteAssessment(qint64 id)
{
    auto removed = m_workspace.removeAssessment(id);
    if (removed)
        m_stack->push(new DeleteAssessmentCommand(*this, m_workspace, removed.value()));
    return removed;
}

Status EditHistory::setCadence(Cadence before, Cadence after)
{
    // By value: whoever shows the cadence reads it again while it is stored, which may be what
    // the caller's `before` refers to.
    if (Status stored = m_workspace.setCadence(after); !stored)
        return stored;
    m_stack->push(new CadenceCommand(*this, m_workspace, before, after));
    return {};
}

Result<qint64> EditHistory::addGoal(const Goal &goal)
{
    const auto id = m_workspace.addGoal(goal);
    if (!id)
        return id;
    const auto stored = m_workspace.goals().get(id.value());
    if (!stored)
        return stored.failure();
    m_stack->push(new GoalCommand(*this, m_workspace,
                                  QCoreApplication::translate("tandem::ui::EditHistory", "New Goal"), std::nullopt,
                                  stored.value()));
    return id;
}

Status EditHistory::changeGoal(const Goal &after, const QString &text)
{
    const auto before = m_workspace.goals().get(after.id);
    if (!before)
        return before.failure();
    if (Status saved = m_workspace.updateGoal(after); !saved)
        return saved;
    const auto stored = m_workspace.goals().get(after.id);
    if (!stored)
        return stored.failure();
    m_stack->push(new GoalCommand(*this, m_workspace, text, before.value(), stored.value()));
    return {};
}

Result<Goal> EditHistory::deleteGoal(qint64 id)
{
    auto removed = m_workspace.removeGoal(id);
    if (removed)
        m_stack->push(new GoalCommand(*this, m_workspace,
                                      QCoreApplication::translate("tandem::ui::EditHistory", "Delete Goal"),
                                      removed.value(), std::nullopt));
    return removed;
}

Status EditHistory::linkEvidence(qint64 goalId, qint64 entryId, bool linked)
{
    const auto before = m_workspace.goals().get(goalId);
    if (!before)
        return before.failure();
    if (Status saved = m_workspace.linkEvidence(goalId, entryId, linked); !saved)
        return saved;
    const auto stored = m_workspace.goals().get(goalId);
    if (!stored)
        return stored.failure();
    if (stored.value() == before.value())
        return {};
    m_stack->push(
        new GoalCommand(*this, m_workspace,
                        linked ? QCoreApplication::translate("tandem::ui::EditHistory", "Link Entry to Goal")
                               : QCoreApplication::translate("tandem::ui::EditHistory", "Unlink Entry from Goal"),
                        before.value(), stored.value()));
    return {};
}

Status EditHistory::reviewDecision(qint64 entryId, const DecisionReview &review)
{
    const auto before = m_workspace.journal().get(entryId);
    if (!before)
        return before.failure();
    if (Status saved = m_workspace.reviewDecision(entryId, review); !saved)
        return saved;
    const auto stored = m_workspace.journal().get(entryId);
    if (!stored)
        return stored.failure();
    m_stack->push(new EntryEditCommand(*this, m_workspace, before.value(), stored.value(), newSession(),
                                       QCoreApplication::translate("tandem::ui::EditHistory", "Review Decision")));
    return {};
}

Result<qint64> EditHistory::addFeedbackRound(const FeedbackRound &round)
{
    const auto id = m_workspace.addFeedbackRound(round);
    if (!id)
        return id;
    const auto stored = m_workspace.feedback().round(id.value());
    if (!stored)
        return stored.failure();
    m_stack->push(new FeedbackRoundCommand(*this, m_workspace,
                                           QCoreApplication::translate("tandem::ui::EditHistory", "New Feedback Round"),
                                           stored->uuid, true, std::nullopt));
    return id;
}

Result<Workspace::RemovedFeedbackRound> EditHistory::deleteFeedbackRound(qint64 id)
{
    auto removed = m_workspace.removeFeedbackRound(id);
    if (removed)
        m_stack->push(new FeedbackRoundCommand(
            *this, m_workspace, QCoreApplication::translate("tandem::ui::EditHistory", "Delete Feedback Round"),
            removed->round.uuid, false, removed.value()));
    return removed;
}

Status EditHistory::setFeedbackRoundClosed(qint64 id, bool closed)
{
    const auto round = m_workspace.feedback().round(id);
    if (!round)
        return round.failure();
    if (round->closedAt.has_value() == closed)
        return {};
    if (Status changed = m_workspace.setFeedbackRoundClosed(id, closed); !changed)
        return changed;
    m_stack->push(new FeedbackClosedCommand(
        *this, m_workspace,
        closed ? QCoreApplication::translate("tandem::ui::EditHistory", "Close Feedback Round")
               : QCoreApplication::translate("tandem::ui::EditHistory", "Reopen Feedback Round"),
        round->uuid, closed));
    return {};
}

} // namespace tandem::ui
