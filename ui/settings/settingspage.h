#pragma once

#include "database.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tandem::ui {

/// Where the data lives, and the check-in rhythm. Changes are saved as soon as they are made.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const core::Database &db, QWidget *parent = nullptr);

    /// Reads the file's size and record counts again (they change as the user works).
    void refreshDataSummary();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCadence();
    void saveCadence();

    const core::Database &m_db;
    QLabel *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_pulseDay = nullptr;
    QSpinBox *m_fullInterval = nullptr;
    QCheckBox *m_reminders = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace tandem::ui
