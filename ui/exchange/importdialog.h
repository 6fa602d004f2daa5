#pragma once

#include "importer.h"
#include "importsource.h"
#include "result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tandem::ui {

class DataTransfer;

/// Import from a Tandem export, a RedNotebook folder or a jrnl export. A dry run comes first and
/// says what would be added, updated or skipped; Import is only offered once that has run for the
/// chosen file, and it is all or nothing.
///
/// Both run in the background (DataTransfer) and the dialog carries on when they end, its inputs
/// disabled meanwhile. Closing it stops a check; an import already under way finishes after it has
/// gone and says so in the status bar.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(DataTransfer &transfer, QWidget *parent = nullptr);

    /// Chooses the source without the file dialog (tests, drag and drop).
    void setSource(core::ImportFormat format, const QString &path);
    /// Starts the dry run for the chosen source; its report shows when it ends.
    void check();
    /// Starts the real import (after a successful check of the same source); the dialog closes
    /// when it succeeded.
    void runImport();
    /// True while a check or an import runs.
    bool isWorking() const { return m_working; }

    /// Closing stops a check that is running.
    void reject() override;

Q_SIGNALS:
    /// A check or an import ended and the dialog shows what came of it.
    void workFinished();

private:
    core::ImportFormat format() const;
    QString sourcePath() const;
    void browse();
    void sourceChanged();
    void setWorking(bool working);
    void showCheck(const core::Result<core::ImportReport> &report);

    DataTransfer &m_transfer;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_report = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_importable = false; ///< a check of this source found something to import
    bool m_working = false;
    bool m_importing = false;
};

} // namespace tandem::ui
