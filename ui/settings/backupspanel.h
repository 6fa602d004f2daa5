#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem::core {
class Clock;
}

namespace tandem::ui {

/// Settings → Backups: the verified copies Tandem keeps, newest first, and a way back to any of
/// them. Restoring always shows what the backup holds first, and the window does the restore
/// (it has to close the database to do it).
class BackupsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    BackupsPanel(QString dataDir, const core::Clock &clock, QWidget *parent = nullptr);

    /// Reads the backups folder again.
    void refresh();
    /// The confirmation text for a backup: what it holds and what happens to the current data.
    /// Empty with an error message when the file cannot be restored.
    QString previewText(const QString &path, QString *error) const;

Q_SIGNALS:
    void backUpNowRequested();
    /// The user confirmed restoring this backup.
    void restoreRequested(const QString &path);

private:
    void restoreSelected();
    void restoreFromFile();
    void confirmRestore(const QString &path);

    QString m_dataDir;
    const core::Clock &m_clock;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace tandem::ui
