#include "importdialog.h"

#include "backgroundwork.h"
#include "datatransfer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

ImportDialog::ImportDialog(DataTransfer &transfer, QWidget *parent) : QDialog(parent), m_transfer(transfer)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("Bring in your writing from a Tandem export or from another journal. Tandem first "
                                "shows what would change, and writes nothing until you press Import. Importing the "
                                "same file again adds nothing."),
                             this);
    intro->setWordWrap(true);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Import from"));
    m_format->addItem(tr("Tandem export (.json)"), static_cast<int>(ImportFormat::Tandem));
    m_format->addItem(tr("RedNotebook data folder"), static_cast<int>(ImportFormat::RedNotebook));
    m_format->addItem(tr("jrnl export (.json)"), static_cast<int>(ImportFormat::Jrnl));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File or folder to import"));
    m_path->setPlaceholderText(tr("Choose a file or folder…"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_browse->setAccessibleName(tr("Choose the file or folder to import"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Import &from:"), m_format);
    // A layout cannot be a label's buddy, so the label gets the line edit for its mnemonic.
    auto *pathLabel = new QLabel(tr("&File or folder:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setAccessibleName(tr("What the import would do"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumHeight(80);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_buttons = new QDialogButtonBox(this);
    m_check = m_buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setAccessibleName(tr("Check what the import would do"));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setAccessibleName(tr("Import now"));
    m_import->setEnabled(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("importClose"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::sourceChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::sourceChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    sourceChanged();
}

ImportFormat ImportDialog::format() const
{
    return static_cast<ImportFormat>(m_format->currentData().toInt());
}

void ImportDialog::setSource(ImportFormat format, const QString &path)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
    m_path->setText(path);
}

QString ImportDialog::sourcePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportDialog::sourceChanged()
{
    m_importable = false;
    m_import->setEnabled(false);
    m_check->setEnabled(!sourcePath().isEmpty());
    m_report->setText(tr("Choose what to import, then Check to see what would change."));
}

void ImportDialog::setWorking(bool working)
{
    m_working = working;
    if (!working)
        m_importing = false;
    m_format->setEnabled(!working);
    m_path->setReadOnly(working);
    m_browse->setEnabled(!working);
    m_check->setEnabled(!working && !sourcePath().isEmpty());
    m_import->setEnabled(!working && m_importable);
}

void ImportDialog::browse()
{
    const QString start
        = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : m_path->text();
    QString path;
    if (format() == ImportFormat::RedNotebook)
        path = QFileDialog::getExistingDirectory(this, tr("Choose RedNotebook's Data Folder"), start);
    else
        path = QFileDialog::getOpenFileName(this, tr("Choose a File to Import"), start,
                                            tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A file of the other JSON kind is recognised, so the user need not get the menu right.
    if (const auto detected = ImportSource::detect(path))
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*detected)));
    m_path->setText(QDir::toNativeSeparators(path));
    check();
}

void ImportDialog::check()
{
    const QString path = sourcePath();
    if (path.isEmpty() || m_working)
        return;
    if (m_transfer.isBusy()) {
        m_report->setText(tr("Tandem is still busy with other work. Check again when it has finished."));
        return;
    }
    setWorking(true);
    m_report->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // The watcher is this dialog's child: once the dialog is gone, nothing calls back into it.
    whenFinished(m_transfer.importFrom(format(), path, true), this, [this](const QFuture<Result<ImportReport>> &done) {
        setWorking(false);
        if (done.isCanceled())
            m_report->setText(tr("The check was stopped. Nothing was changed."));
        else
            showCheck(done.result());
        Q_EMIT workFinished();
    });
}

void ImportDialog::showCheck(const Result<ImportReport> &report)
{
    if (!report) {
        m_report->setText(tr("This cannot be imported: %1\n\nNothing was changed.").arg(report.error()));
        m_importable = false;
        m_import->setEnabled(false);
        return;
    }
    QString text = report->summary();
    if (!report->notes.isEmpty()) {
        QStringList notes = report->notes.mid(0, 8);
        if (const qsizetype more = report->notes.size() + report->notesLeftOut - notes.size(); more > 0)
            notes.append(tr("…and %n more.", nullptr, static_cast<int>(more)));
        text += QStringLiteral("\n\n• ") + notes.join(QStringLiteral("\n• "));
    }
    m_report->setText(text);
    m_importable = report->changes() > 0;
    m_import->setEnabled(m_importable);
    if (m_importable)
        m_import->setDefault(true);
}

void ImportDialog::runImport()
{
    if (!m_importable || m_working)
        return;
    if (m_transfer.isBusy()) {
        m_report->setText(tr("Tandem is still busy with other work. Import again when it has finished."));
        return;
    }
    setWorking(true);
    m_importing = true;
    m_report->setText(tr("Importing…"));
    whenFinished(m_transfer.importFrom(format(), sourcePath(), false), this,
                 [this](const QFuture<Result<ImportReport>> &done) {
                     setWorking(false);
                     m_importable = false;
                     m_import->setEnabled(false);
                     if (done.isCanceled()) {
                         m_report->setText(tr("The import was stopped. Nothing was changed."));
                         Q_EMIT workFinished();
                         return;
                     }
                     const Result<ImportReport> report = done.result();
                     if (!report) {
                         m_report->setText(tr("The import failed and nothing was changed: %1").arg(report.error()));
                         Q_EMIT workFinished();
                         return;
                     }
                     // DataTransfer has told the window (dataImported, the status bar).
                     m_report->setText(report->summary());
                     Q_EMIT workFinished();
                     accept();
                 });
}

void ImportDialog::reject()
{
    // A check changes nothing, so closing stops it. An import goes on after the dialog has gone
    // (the busy dialog's Cancel stops it), and DataTransfer says how it went in the status bar.
    if (m_working && !m_importing)
        m_transfer.stop();
    QDialog::reject();
}

} // namespace tandem::ui
