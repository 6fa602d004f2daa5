#pragma once

#include "scoring.h"

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tandem::core {
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

class DueTracker;

/// The page Tandem opens on: what is due, the current profile at a glance, strengths and
/// growth areas with a tip each, the latest journal entries and the active goals. On an empty
/// database it shows a welcome that leads to the first check-in instead.
///
/// Opening it reads a fixed amount however large the history is: the latest full assessment
/// and the one before it, five journal rows and a few goals.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RecentEntries = 5;
    static constexpr int ActiveGoals = 5;

    DashboardPage(const core::Database &db, const core::SkillModel &model, DueTracker &tracker,
                  QWidget *parent = nullptr);

    /// True while the first-run welcome is shown (the database holds nothing of the user's yet).
    bool isFirstRun() const { return m_firstRun; }

public Q_SLOTS:
    /// Reads everything again; called when the page is shown and when what is due changes.
    void refresh();

Q_SIGNALS:
    void startRequested(tandem::core::AssessmentKind kind);
    void journalRequested();
    void learnRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildWelcome(QWidget *parent);
    QWidget *buildOverview(QWidget *parent);
    QFrame *card(const QString &title, QWidget *parent, QLabel **headingOut = nullptr);
    void refreshDue();
    void refreshProfile();
    void refreshJournal();
    void refreshGoals();
    void showError(const QString &message);

    const core::Database &m_db;
    const core::SkillModel &m_model;
    DueTracker &m_tracker;
    bool m_firstRun = false;

    QWidget *m_welcome = nullptr;
    QWidget *m_overview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_dueText = nullptr;
    QPushButton *m_startPulse = nullptr;
    QPushButton *m_startFull = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_strengths = nullptr;
    QLabel *m_growth = nullptr;
    QFrame *m_skillsCard = nullptr;
    QListWidget *m_journal = nullptr;
    QLabel *m_journalEmpty = nullptr;
    QLabel *m_goals = nullptr;
    QList<QFrame *> m_cards;
};

} // namespace tandem::ui
