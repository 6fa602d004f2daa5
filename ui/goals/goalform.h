#pragma once

#include "goal.h"
#include "scoring.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tandem::ui {

struct PageContext;

/// The form for a new goal, or for changing one: what it aims to grow (the current growth areas
/// first), a title, why, by when, a target score, and for a new goal the target's tips to take
/// as first steps. A field that cannot be stored is marked and explained under it, and nothing
/// is stored until every field is fine; saving goes through the undo history.
class GoalForm final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalForm(const PageContext &context, QWidget *parent = nullptr);

    /// An empty form; with a target, that one is chosen, and with a tip id, that tip is ticked.
    void startNew(std::optional<core::GoalTarget> kind = std::nullopt, const QString &targetId = QString(),
                  const QString &tipId = QString());
    /// The form filled from a stored goal; saving changes it ("Edit Goal").
    void startEdit(const core::Goal &goal);

    bool isEditing() const { return m_editing.has_value(); }

public Q_SLOTS:
    /// Checks the fields and stores the goal when they are fine.
    bool save();

Q_SIGNALS:
    void saved(qint64 goalId);
    void canceled();

private:
    void fillTargets();
    void targetChosen();
    void fillTips(const QString &tickTipId);
    void clearErrors();
    void showProblem(const core::GoalProblem &problem);
    void showError(QLabel *label, QWidget *field, const QString &text);
    core::Goal goalFromFields() const;

    const PageContext &m_context;
    std::optional<core::Goal> m_editing;
    QStringList m_growthAreas;
    std::optional<core::Profile> m_latest;

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_targetError = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QPlainTextEdit *m_why = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_dueError = nullptr;
    QCheckBox *m_hasScore = nullptr;
    QSpinBox *m_score = nullptr;
    QLabel *m_scoreHint = nullptr;
    QLabel *m_scoreError = nullptr;
    QLabel *m_tipsLabel = nullptr;
    QListWidget *m_tips = nullptr;
    QLabel *m_stepsError = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tandem::ui
