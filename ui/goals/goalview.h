#pragma once

#include "goal.h"
#include "goaltrend.h"

#include <QWidget>

#include <optional>

class QAreaSeries;
class QChart;
class QCheckBox;
class QDateEdit;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;
class QScatterSeries;
class QValueAxis;
class QVBoxLayout;

namespace tandem::ui {

class ChartPanel;
struct PageContext;

/// One goal: its target's score since the goal began against the target line (with the noise
/// band, and a table twin), its steps to tick, add, edit, reorder and remove, the target's tips
/// that can become steps, the journal entries given as evidence, what changed since it was set,
/// and pause, complete, drop and delete. Every change goes through the undo history; the view
/// shows the goal as stored, following the workspace's signals (an undo included).
class GoalView final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalView(const PageContext &context, QWidget *parent = nullptr);

    /// Shows the goal with this row id; false when it cannot be read.
    bool showGoal(qint64 id);
    qint64 goalId() const { return m_goal ? m_goal->id : 0; }
    const std::optional<core::Goal> &goal() const { return m_goal; }

    QTreeWidget *stepsList() const { return m_steps; }

    /// Adds a step to the goal ("Add Step"); from a tip of the model when tipId is set.
    bool addStep(const QString &text, const QString &tipId = QString(), const QDate &dueOn = QDate());

Q_SIGNALS:
    void backRequested();
    void editRequested(qint64 goalId);
    /// The user opened a journal entry given as evidence.
    void entryRequested(qint64 entryId);
    /// The goal shown was deleted (here, by an undo, or elsewhere).
    void goalGone();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildSteps();
    QWidget *buildEvidence();
    void reload();
    void fillHeader();
    void fillChanges();
    void fillChart();
    void fillSteps();
    void fillTips();
    void fillEvidence();
    bool change(const core::Goal &after, const QString &text);
    /// The goal as stored now, to build a change on: tandem-cli may have changed it since it was
    /// shown, and a change built on the shown copy would put its older steps back over theirs.
    std::optional<core::Goal> current();
    /// The stored goal and the index in it of the step shown in row `row` (found by uuid);
    /// nullopt, with a notice, when that step is no longer there.
    std::optional<std::pair<core::Goal, int>> currentWithStep(int row);
    void setStatus(core::GoalStatus status, const QString &text);
    void confirmDelete();
    void stepItemChanged(QTreeWidgetItem *item, int column);
    void moveStep(int by);
    void removeStep();
    void stepDueChanged();
    void selectedStepChanged();
    void openLinkPicker();
    void unlink(qint64 entryId);
    void showNotice(const QString &text);

    const PageContext &m_context;
    std::optional<core::Goal> m_goal;
    std::optional<GoalTrend> m_trend;
    QString m_trendError;
    bool m_filling = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_changes = nullptr;

    QChart *m_chart = nullptr;
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_startMark = nullptr;
    QLineSeries *m_targetLine = nullptr;
    QLineSeries *m_bandUpper = nullptr;
    QLineSeries *m_bandLower = nullptr;
    QAreaSeries *m_band = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    ChartPanel *m_panel = nullptr;

    QTreeWidget *m_steps = nullptr;
    QLabel *m_stepsSummary = nullptr;
    QLineEdit *m_newStep = nullptr;
    QCheckBox *m_newStepHasDue = nullptr;
    QDateEdit *m_newStepDue = nullptr;
    QCheckBox *m_stepHasDue = nullptr;
    QDateEdit *m_stepDue = nullptr;
    QPushButton *m_stepUp = nullptr;
    QPushButton *m_stepDown = nullptr;
    QPushButton *m_stepRemove = nullptr;

    QVBoxLayout *m_tipsLayout = nullptr;
    QWidget *m_tipsBox = nullptr;

    QVBoxLayout *m_evidenceLayout = nullptr;
    QWidget *m_evidenceBox = nullptr;
    QLabel *m_evidenceEmpty = nullptr;
};

} // namespace tandem::ui
