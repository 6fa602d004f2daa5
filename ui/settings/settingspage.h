#pragma once

#include "cadence.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tandem::core {
class Clock;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class BackupsPanel;
class DeferredRefresh;
class EditHistory;
struct PageContext;

/// Where the data lives, its backups, export and import, and the check-in rhythm. Changes are
/// saved as soon as they are made, and can be undone from the Edit menu.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const PageContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// Reads the file's size and record counts again (they change as the user works).
    void refreshDataSummary();

    /// Writes the check-in schedule as an iCalendar file; false with a message on failure.
    bool exportCalendar(const QString &path, QString *error = nullptr);

    /// The Backups section (refreshed when a backup is made).
    BackupsPanel *backupsPanel() const { return m_backups; }

Q_SIGNALS:
    /// The user asked to export or import (the window owns that work).
    void exportRequested();
    void importRequested();
    void checkRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Settings ▸ Appearance: light, dark or the system's, applied at once (ui/common/appearance.h).
    QWidget *buildAppearance();
    void loadCadence();
    /// The Language group: System / English / Deutsch, kept in the app's QSettings; it takes
    /// effect when Tandem starts again, and the group says so once the choice differs.
    QWidget *buildLanguageBox();
    void chooseCalendarFile();
    void saveCadence();

    core::Workspace &m_workspace;
    const core::Clock &m_clock;
    EditHistory &m_history;
    DeferredRefresh *m_summaryRefresh = nullptr;
    core::Cadence m_cadence; // as stored, for undo
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
