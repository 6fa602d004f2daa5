#include "settingspage.h"

#include "backupspanel.h"
#include "common/appearance.h"
#include "common/deferredrefresh.h"
#include "common/edithistory.h"
#include "common/format.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"

#include "clock.h"
#include "database.h"
#include "calendarexport.h"
#include "checkinschedule.h"
#include "privatefile.h"
#include "settingsrepository.h"
#include "workspace.h"
#include "language.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

SettingsPage::SettingsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_workspace(context.workspace), m_clock(context.clock), m_history(context.history)
{
    auto *title = new PageHeader(tr("Settings"), this);

    // Your data.
    auto *dataBox = new QGroupBox(tr("Your data"), this);
    auto *dataIntro = new QLabel(tr("Tandem keeps everything in one file on this computer. Nothing is sent "
                                    "anywhere; it leaves this computer only when you export it."),
                                 dataBox);
    dataIntro->setWordWrap(true);
    m_path = new QLabel(QDir::toNativeSeparators(m_workspace.database().filePath()), dataBox);
    m_path->setObjectName(QStringLiteral("settingsDataPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setWordWrap(true);
    m_path->setAccessibleName(tr("Database file"));
    QFont mono = m_path->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_path->setFont(mono);
    m_summary = new QLabel(dataBox);
    m_summary->setObjectName(QStringLiteral("settingsDataSummary"));
    m_summary->setWordWrap(true);

    auto *openFolder = new QPushButton(tr("Open Folder"), dataBox);
    openFolder->setObjectName(QStringLiteral("settingsOpenFolder"));
    openFolder->setAccessibleName(tr("Open the data folder"));
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_workspace.dataDir())); });
    auto *copyPath = new QPushButton(tr("Copy Path"), dataBox);
    copyPath->setObjectName(QStringLiteral("settingsCopyPath"));
    copyPath->setAccessibleName(tr("Copy the database path"));
    connect(copyPath, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_workspace.database().filePath()));
        m_status->setText(tr("The path is on the clipboard."));
    });
    auto *exportData = new QPushButton(tr("Export…"), dataBox);
    exportData->setObjectName(QStringLiteral("settingsExport"));
    exportData->setAccessibleName(tr("Export your data"));
    exportData->setToolTip(tr("Everything as JSON, scores and entries as CSV, the journal as Markdown, or a PDF report."));
    connect(exportData, &QPushButton::clicked, this, &SettingsPage::exportRequested);
    auto *importData = new QPushButton(tr("Import…"), dataBox);
    importData->setObjectName(QStringLiteral("settingsImport"));
    importData->setAccessibleName(tr("Import data"));
    importData->setToolTip(tr("From a Tandem export, a RedNotebook folder or a jrnl export."));
    connect(importData, &QPushButton::clicked, this, &SettingsPage::importRequested);
    auto *checkData = new QPushButton(tr("Check"), dataBox);
    checkData->setObjectName(QStringLiteral("settingsCheck"));
    checkData->setAccessibleName(tr("Check your data for damage"));
    checkData->setToolTip(tr("Reads the whole file and checks that every part of it is intact."));
    connect(checkData, &QPushButton::clicked, this, &SettingsPage::checkRequested);
    auto *dataButtons = new QHBoxLayout;
    dataButtons->addWidget(openFolder);
    dataButtons->addWidget(copyPath);
    dataButtons->addWidget(checkData);
    dataButtons->addStretch(1);
    dataButtons->addWidget(exportData);
    dataButtons->addWidget(importData);

    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(dataIntro);
    dataLayout->addWidget(m_path);
    dataLayout->addWidget(m_summary);
    dataLayout->addLayout(dataButtons);

    m_backups = new BackupsPanel(m_workspace.dataDir(), m_clock, this);

    // Rhythm.
    auto *rhythmBox = new QGroupBox(tr("Check-in rhythm"), this);
    auto *rhythmIntro = new QLabel(tr("A one-minute pulse each week and a full assessment every few weeks "
                                      "show how you change without asking too much of you."),
                                   rhythmBox);
    rhythmIntro->setWordWrap(true);
    m_pulseDay = new QComboBox(rhythmBox);
    m_pulseDay->setObjectName(QStringLiteral("settingsPulseDay"));
    m_pulseDay->setAccessibleName(tr("Weekly pulse day"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_pulseDay->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
    m_fullInterval = new QSpinBox(rhythmBox);
    m_fullInterval->setObjectName(QStringLiteral("settingsFullInterval"));
    m_fullInterval->setAccessibleName(tr("Weeks between full assessments"));
    m_fullInterval->setRange(Cadence::MinFullIntervalWeeks, Cadence::MaxFullIntervalWeeks);
    m_fullInterval->setSuffix(tr(" weeks"));
    m_reminders = new QCheckBox(tr("Remind me when a check-in is due"), rhythmBox);
    m_reminders->setObjectName(QStringLiteral("settingsReminders"));
    m_reminders->setAccessibleName(m_reminders->text());

    auto *exportCalendar = new QPushButton(tr("Add to Calendar…"), rhythmBox);
    exportCalendar->setObjectName(QStringLiteral("settingsExportCalendar"));
    exportCalendar->setAccessibleName(tr("Save the check-in schedule as a calendar file"));
    exportCalendar->setToolTip(tr("Saves an .ics file with both check-ins as repeating events, for any calendar app."));
    connect(exportCalendar, &QPushButton::clicked, this, &SettingsPage::chooseCalendarFile);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Weekly &pulse on:"), m_pulseDay);
    form->addRow(tr("&Full assessment every:"), m_fullInterval);
    form->addRow(QString(), m_reminders);
    form->addRow(QString(), exportCalendar);
    auto *rhythmLayout = new QVBoxLayout(rhythmBox);
    rhythmLayout->addWidget(rhythmIntro);
    rhythmLayout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Settings status"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(dataBox);
    layout->addWidget(m_backups);
    layout->addWidget(rhythmBox);
    layout->addWidget(buildAppearance());
    layout->addWidget(buildLanguageBox());
    layout->addWidget(m_status);
    layout->addStretch(1);
    content->setMaximumWidth(760);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    loadCadence();
    // What the page shows follows the data: an undo puts the rhythm back in its fields, and the
    // summary counts again after any change (when it is next seen).
    connect(&m_workspace, &Workspace::settingChanged, this, &SettingsPage::loadCadence);
    connect(&m_workspace, &Workspace::imported, this, &SettingsPage::loadCadence);
    connect(&m_workspace, &Workspace::storeReplaced, this, &SettingsPage::loadCadence);
    m_summaryRefresh = new DeferredRefresh(this, [this] { refreshDataSummary(); });
    for (auto signal : { &Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved,
                         &Workspace::assessmentRecorded, &Workspace::assessmentRemoved, &Workspace::goalAdded })
        connect(&m_workspace, signal, m_summaryRefresh, &DeferredRefresh::markStale);
    connect(&m_workspace, &Workspace::imported, m_summaryRefresh, &DeferredRefresh::markStale);
    connect(&m_workspace, &Workspace::storeReplaced, m_summaryRefresh, &DeferredRefresh::markStale);
    connect(m_pulseDay, &QComboBox::currentIndexChanged, this, &SettingsPage::saveCadence);
    connect(m_fullInterval, &QSpinBox::valueChanged, this, &SettingsPage::saveCadence);
    connect(m_reminders, &QCheckBox::toggled, this, &SettingsPage::saveCadence);
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::buildAppearance()
{
    auto *box = new QGroupBox(tr("Appearance"), this);
    box->setObjectName(QStringLiteral("settingsAppearance"));
    auto *intro = new QLabel(tr("Tandem follows your desktop's light or dark style, or keeps one of its own."), box);
    intro->setWordWrap(true);
    auto *group = new QButtonGroup(box);
    auto *row = new QHBoxLayout;
    const std::pair<Appearance::Mode, QString> choices[] = { { Appearance::Mode::System, tr("&System") },
                                                             { Appearance::Mode::Light, tr("&Light") },
                                                             { Appearance::Mode::Dark, tr("&Dark") } };
    for (const auto &[mode, text] : choices) {
        auto *button = new QRadioButton(text, box);
        button->setObjectName(QStringLiteral("settingsTheme-") + Appearance::modeKey(mode));
        button->setChecked(mode == Appearance::currentMode());
        group->addButton(button, static_cast<int>(mode));
        row->addWidget(button);
    }
    row->addStretch(1);
    const QStringList names = { tr("Follow the system's style"), tr("Light style"), tr("Dark style") };
    for (QAbstractButton *button : group->buttons())
        button->setAccessibleName(names.value(group->id(button)));
    connect(group, &QButtonGroup::idClicked, this,
            [](int id) { Appearance::setMode(static_cast<Appearance::Mode>(id)); });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(row);
    return box;
}

QWidget *SettingsPage::buildLanguageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    auto *language = new QComboBox(box);
    language->setObjectName(QStringLiteral("settingsLanguage"));
    language->setAccessibleName(tr("Language"));
    // Each language in its own words, so that anyone can find theirs whatever is shown now.
    language->addItem(tr("System (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString &code : i18n::languages())
        language->addItem(i18n::nativeName(code), code);
    language->setCurrentIndex(qMax(0, language->findData(i18n::storedChoice())));

    auto *restart = new QLabel(tr("The new language is used when Tandem starts again."), box);
    restart->setObjectName(QStringLiteral("settingsLanguageRestart"));
    restart->setWordWrap(true);
    restart->setVisible(false);
    const QString running = i18n::storedChoice();
    connect(language, &QComboBox::currentIndexChanged, this, [language, restart, running] {
        const QString choice = language->currentData().toString();
        i18n::storeChoice(choice);
        restart->setVisible(choice != running);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), language);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(restart);
    return box;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    m_backups->refresh();
    QWidget::showEvent(event);
}

void SettingsPage::refreshDataSummary()
{
    const QLocale locale;
    const qint64 bytes = QFileInfo(m_workspace.database().filePath()).size() + QFileInfo(m_workspace.database().filePath() + QStringLiteral("-wal")).size();
    const auto counts = m_workspace.database().recordCounts();
    if (!counts) {
        m_summary->setText(tr("The file's contents could not be counted: %1").arg(counts.error()));
        return;
    }
    m_summary->setText(tr("%1 on disk: %2.")
                               .arg(locale.formattedDataSize(bytes),
                                    Format::recordCounts(counts->assessments, counts->journalEntries, counts->goals)));
}

void SettingsPage::loadCadence()
{
    const auto cadence = m_workspace.settings().cadence();
    if (!cadence) {
        m_status->setText(tr("Your check-in rhythm could not be read: %1").arg(cadence.error()));
        return;
    }
    m_cadence = cadence.value();
    m_loading = true;
    m_pulseDay->setCurrentIndex(m_pulseDay->findData(cadence->pulseWeekday));
    m_fullInterval->setValue(cadence->fullIntervalWeeks);
    m_reminders->setChecked(cadence->remindersEnabled);
    m_loading = false;
}

void SettingsPage::saveCadence()
{
    if (m_loading)
        return;
    Cadence cadence;
    cadence.pulseWeekday = m_pulseDay->currentData().toInt();
    cadence.fullIntervalWeeks = m_fullInterval->value();
    cadence.remindersEnabled = m_reminders->isChecked();
    const Status saved = m_history.setCadence(m_cadence, cadence);
    if (!saved) {
        m_status->setText(tr("Your change could not be saved: %1").arg(saved.error()));
        loadCadence();
        return;
    }
    // The interval is at least two weeks, so the plural always fits.
    m_status->setText(tr("Saved: a pulse every %1 and a full assessment every %2 weeks.")
                              .arg(m_pulseDay->currentText())
                              .arg(cadence.fullIntervalWeeks));
}

bool SettingsPage::exportCalendar(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QDateTime now = m_clock.now();
    const auto schedule = CheckInSchedule::read(m_workspace.database(), now);
    if (!schedule)
        return fail(schedule.error());
    // Owner-only and never half-written, like every file made from the user's data.
    if (Status saved = PrivateFile::write(path, CalendarExport::scheduleIcs(schedule->cadence, schedule->due, now)); !saved)
        return fail(saved.error());
    return true;
}

void SettingsPage::chooseCalendarFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Check-in Calendar"),
                                                      QDir(folder).filePath(QStringLiteral("tandem-check-ins.ics")),
                                                      tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCalendar(path, &error))
        m_status->setText(tr("Saved %1. Open it with your calendar app to add both check-ins.")
                                  .arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(tr("The calendar file could not be saved: %1").arg(error));
}

} // namespace tandem::ui
