#pragma once

#include "clock.h"
#include "database.h"

#include <memory>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tandem::ui {

class BackupsPanel;

/// Where the data lives, its backups, export and import, and the check-in rhythm. Changes are saved as soon as they are made.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    /// @param clock where "now" comes from, for the calendar export; the system clock when null.
    explicit SettingsPage(const core::Database &db, const core::Clock *clock = nullptr, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// Reads the file's size and record counts again (they change as the user works).
    void refreshDataSummary();

    /// Writes the check-in schedule as an iCalendar file; false with a message on failure.
    bool exportCalendar(const QString &path, QString *error = nullptr);

    /// The Backups section (refreshed when a backup is made).
    BackupsPanel *backupsPanel() const { return m_backups; }

Q_SIGNALS:
    /// The check-in rhythm was changed and saved: what is due may be different now.
    void cadenceChanged();
    /// The user asked to export or import (the window owns that work).
    void exportRequested();
    void importRequested();
    void checkRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCadence();
    void chooseCalendarFile();
    void saveCadence();

    const core::Database &m_db;
    std::unique_ptr<core::Clock> m_ownClock;
    const core::Clock &m_clock;
    QLabel *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_pulseDay = nullptr;
    QSpinBox *m_fullInterval = nullptr;
    QCheckBox *m_reminders = nullptr;
    QLabel *m_status = nullptr;
    BackupsPanel *m_backups = nullptr;
    bool m_loading = false;
};

} // namespace tandem::ui
