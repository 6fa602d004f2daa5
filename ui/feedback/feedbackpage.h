#pragma once

#include "goal.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace tandem::ui {

class DeferredRefresh;
class FeedbackRoundListModel;
class FeedbackView;
class MessageBanner;
struct PageContext;

/// The Feedback page: the rounds of colleagues' feedback (newest first) and one round's view,
/// "New Round…", and importing response files (the button, or dropping them on the page).
class FeedbackPage final : public QWidget
{
    Q_OBJECT

public:
    enum class View { List, Round };

    explicit FeedbackPage(const PageContext &context, QWidget *parent = nullptr);

    View currentView() const;
    FeedbackRoundListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    /// Null until a round was first shown.
    FeedbackView *roundView() const { return m_view; }

    /// What became of importing some response files, for the summary the page shows.
    struct ImportSummary
    {
        int imported = 0;
        int duplicates = 0;
        QStringList refused; ///< one sentence per refused file, naming it and the problem
        qint64 lastRound = 0; ///< the round the last accepted file belongs to
        QString text() const;
    };
    /// Imports response files through the workspace, each on its own (a bad one stores nothing),
    /// shows the summary and the round they belong to.
    ImportSummary importFiles(const QStringList &paths);
    QString importSummaryText() const;

    /// Whether a drop of these files would be taken (.json or .txt).
    static bool acceptsFiles(const QList<QUrl> &urls);

public Q_SLOTS:
    void showList();
    /// Shows one round; false (and the list) when there is no such round.
    bool showRound(qint64 id);
    /// Opens the "New Round…" dialog (window-modal; it returns at once).
    void newRound();
    void chooseAndImport();

Q_SIGNALS:
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);
    void checkInRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildList();
    void refreshList();
    void showDeleted(const QString &title);

    const PageContext &m_context;
    DeferredRefresh *m_refresh = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QScrollArea *m_viewPage = nullptr;
    FeedbackRoundListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_empty = nullptr;
    MessageBanner *m_summary = nullptr;
    MessageBanner *m_undo = nullptr;
    FeedbackView *m_view = nullptr;
};

} // namespace tandem::ui
