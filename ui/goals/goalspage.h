#pragma once

#include "goal.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace tandem::ui {

class DeferredRefresh;
class GoalForm;
class GoalListModel;
class GoalView;
struct PageContext;

/// The Goals page: the list of goals (open ones first, filtered by status), one goal's view,
/// and the form for a new goal or a change to one. Opening it reads the goals alone (a handful,
/// whatever the length of the history); a goal's scores are read when that goal is shown.
class GoalsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class View { List, Goal, Form };

    explicit GoalsPage(const PageContext &context, QWidget *parent = nullptr);

    View currentView() const;
    GoalListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    GoalView *goalView() const { return m_view; }
    GoalForm *goalForm() const { return m_form; }

public Q_SLOTS:
    void showList();
    /// Shows one goal; false (and the list) when there is no such goal.
    bool showGoal(qint64 id);
    /// The new-goal form, with a target chosen and one of its tips ticked when given.
    void newGoal(std::optional<tandem::core::GoalTarget> kind = std::nullopt, const QString &targetId = QString(),
                 const QString &tipId = QString());
    void editGoal(qint64 id);

Q_SIGNALS:
    /// The user opened a journal entry given as evidence.
    void entryRequested(qint64 entryId);

private:
    QWidget *buildList();
    QScrollArea *scrolled(QWidget *content);
    void refreshList();
    void openIndex(const QModelIndex &index);

    const PageContext &m_context;
    DeferredRefresh *m_refresh = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QScrollArea *m_viewPage = nullptr;
    QScrollArea *m_formPage = nullptr;
    GoalListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_filter = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyNew = nullptr;
    GoalView *m_view = nullptr;
    GoalForm *m_form = nullptr;
    View m_formReturn = View::List;
    qint64 m_formGoal = 0;
};

} // namespace tandem::ui
