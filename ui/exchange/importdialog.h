#pragma once

#include "importsource.h"

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
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(DataTransfer &transfer, QWidget *parent = nullptr);

    /// Chooses the source without the file dialog (tests, drag and drop).
    void setSource(core::ImportFormat format, const QString &path);
    /// Runs the dry run for the chosen source and shows its report.
    void check();
    /// Imports for real (after a successful check of the same source).
    void runImport();

private:
    core::ImportFormat format() const;
    void browse();
    void sourceChanged();

    DataTransfer &m_transfer;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_report = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_checked = false;
};

} // namespace tandem::ui
