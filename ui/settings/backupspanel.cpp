#include "backupspanel.h"

#include "backupservice.h"
#include "clock.h"
#include "common/format.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int PathRole = Qt::UserRole + 1;

QString kindText(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Automatic: return QCoreApplication::translate("BackupsPanel", "Automatic");
    case BackupInfo::Kind::Manual: return QCoreApplication::translate("BackupsPanel", "Made by you");
    case BackupInfo::Kind::BeforeRestore: return QCoreApplication::translate("BackupsPanel", "Before a restore");
    case BackupInfo::Kind::Damaged: return QCoreApplication::translate("BackupsPanel", "Damaged file, kept as it was");
    }
    return {};
}

} // namespace

BackupsPanel::BackupsPanel(QString dataDir, const Clock &clock, QWidget *parent)
    : QGroupBox(tr("Backups"), parent), m_dataDir(std::move(dataDir)), m_clock(clock)
{
    setObjectName(QStringLiteral("settingsBackups"));
    auto *intro = new QLabel(tr("Tandem makes a verified copy of your data each day you use it and when you close it "
                                "after changes, and keeps a week of daily copies and two months of weekly ones."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Made"), tr("Kind"), tr("Size") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(150);
    m_list->setMaximumHeight(220);
    m_empty = new QLabel(
        tr("No backups yet. The first is made a few seconds after you start Tandem with some data in it."), this);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setWordWrap(true);

    auto *backUp = new QPushButton(tr("Back Up Now"), this);
    backUp->setObjectName(QStringLiteral("backupsBackUpNow"));
    backUp->setAccessibleName(tr("Back up now"));
    m_restore = new QPushButton(tr("Restore…"), this);
    m_restore->setObjectName(QStringLiteral("backupsRestore"));
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    auto *fromFile = new QPushButton(tr("Restore from File…"), this);
    fromFile->setObjectName(QStringLiteral("backupsRestoreFromFile"));
    fromFile->setAccessibleName(tr("Restore a backup file from elsewhere"));
    auto *openFolder = new QPushButton(tr("Open Folder"), this);
    openFolder->setObjectName(QStringLiteral("backupsOpenFolder"));
    openFolder->setAccessibleName(tr("Open the backups folder"));

    connect(backUp, &QPushButton::clicked, this, &BackupsPanel::backUpNowRequested);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPanel::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupsPanel::restoreFromFile);
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(BackupService(m_dataDir, m_clock).backupDir())); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsPanel::restoreSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(fromFile);
    buttons->addStretch(1);
    buttons->addWidget(openFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    refresh();
}

void BackupsPanel::refresh()
{
    m_list->clear();
    const auto backups = BackupService(m_dataDir, m_clock).list();
    const QLocale locale;
    if (backups) {
        for (const BackupInfo &info : backups.value()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, locale.toString(info.createdAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, kindText(info.kind));
            item->setText(2, locale.formattedDataSize(info.sizeBytes));
            item->setData(0, PathRole, info.path);
            item->setToolTip(0, QDir::toNativeSeparators(info.path));
        }
    }
    const bool any = m_list->topLevelItemCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    if (!backups)
        m_empty->setText(tr("The backups could not be listed: %1").arg(backups.error()));
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(any);
}

QString BackupsPanel::previewText(const QString &path, QString *error) const
{
    const auto preview = BackupService(m_dataDir, m_clock).preview(path);
    if (!preview) {
        if (error)
            *error = preview.error();
        return {};
    }
    const QLocale locale;
    QString text = tr("This backup was made on %1. It holds %2.")
                       .arg(locale.toString(preview->createdAt.toLocalTime(), QLocale::LongFormat),
                            Format::recordCounts(preview->assessments, preview->journalEntries, preview->goals));
    if (preview->lastEntryAt.isValid())
        text += QStringLiteral(" ")
            + tr("Its newest journal entry is from %1.")
                  .arg(locale.toString(preview->lastEntryAt.toLocalTime().date(), QLocale::LongFormat));
    text += QStringLiteral("\n\n")
        + tr("Your data will be replaced by it. What you have now is backed up first, so you "
             "can come back to it from this list.");
    return text;
}

void BackupsPanel::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    confirmRestore(selected.constFirst()->data(0, PathRole).toString());
}

void BackupsPanel::restoreFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Tandem Backup"), QDir::homePath(),
                                                      tr("Tandem backups (*.db);;All files (*)"));
    if (!path.isEmpty())
        confirmRestore(path);
}

void BackupsPanel::confirmRestore(const QString &path)
{
    QString error;
    const QString text = previewText(path, &error);
    if (text.isEmpty()) {
        QMessageBox::warning(this, tr("This backup cannot be restored"), error);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Restore this backup?"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restorePreview"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restore)
        Q_EMIT restoreRequested(path);
}

} // namespace tandem::ui
