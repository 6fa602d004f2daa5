// tandem: the Qt Widgets app.
#include "common/keyfeeder.h"
#include "common/readyprobe.h"
#include "common/singleinstance.h"
#include "mainwindow/appsession.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "database.h"
#include "datalocation.h"
#include "skillmodel.h"
#include "language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

using namespace tandem;

int main(int argc, char *argv[])
{
    ui::StartupTrace::mark("main");
    QApplication app(argc, argv);
    ui::StartupTrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    // The application id names the launcher (TANDEM_APP_ID.desktop), the AppStream metadata and
    // the icon; the desktop matches the window to its launcher by it.
    QApplication::setDesktopFileName(QStringLiteral(TANDEM_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(TANDEM_APP_ID), QIcon(QStringLiteral(":/icons/" TANDEM_APP_ID ".svg"))));
    // The language chosen in Settings, else the system's; before any text is made.
    i18n::install(i18n::storedChoice());

    QStringList pageNames;
    for (ui::PageId page : ui::allPages())
        pageNames.append(ui::pageKey(page));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A coaching app for people who lead and manage at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
            QStringLiteral("data-dir"),
            QCoreApplication::translate("main", "Keep data in DIR (default: $TANDEM_DATA_DIR, else the per-user data folder)."),
            QStringLiteral("DIR"));
    const QCommandLineOption pageOption(
            QStringLiteral("page"),
            QCoreApplication::translate("main", "Open on page NAME: %1.").arg(pageNames.join(QStringLiteral(", "))),
            QStringLiteral("NAME"));
    const QCommandLineOption quitWhenReadyOption(
            QStringLiteral("quit-when-ready"),
            QCoreApplication::translate("main", "Exit with status 0 once the window has painted (for start-up timing)."));
    const QCommandLineOption newEntryOption(
        QStringLiteral("new-entry"),
        QCoreApplication::translate("main", "Open the Journal with a new entry (in the window already open, if any)."));
    const QCommandLineOption checkInOption(
        QStringLiteral("check-in"),
        QCoreApplication::translate("main",
                                    "Open the Check-in and start one: what is due, else the weekly pulse "
                                    "(in the window already open, if any)."));
    parser.addOption(dataDirOption);
    parser.addOption(pageOption);
    parser.addOption(newEntryOption);
    parser.addOption(checkInOption);
    parser.addOption(quitWhenReadyOption);
    parser.process(app);

    QTextStream err(stderr);
    std::optional<ui::PageId> startPage = ui::PageId::Dashboard;
    if (parser.isSet(pageOption)) {
        startPage = ui::pageFromKey(parser.value(pageOption));
        if (!startPage) {
            err << QCoreApplication::translate("main", "tandem: unknown page \"%1\"; choose one of: %2")
                            .arg(parser.value(pageOption), pageNames.join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(newEntryOption) && parser.isSet(checkInOption)) {
        err << QCoreApplication::translate("main", "tandem: choose either --new-entry or --check-in, not both.")
            << Qt::endl;
        return 2;
    }
    ui::SingleInstance::Request request = ui::SingleInstance::Request::Activate;
    if (parser.isSet(newEntryOption)) {
        request = ui::SingleInstance::Request::NewEntry;
        startPage = ui::PageId::Journal;
    } else if (parser.isSet(checkInOption)) {
        request = ui::SingleInstance::Request::CheckIn;
        startPage = ui::PageId::CheckIn;
    }
    const bool quitWhenReady = parser.isSet(quitWhenReadyOption);

    const QString dataDir = core::DataLocation::resolve(parser.value(dataDirOption));
    if (const core::Status ready = core::DataLocation::ensureFolder(dataDir); !ready) {
        err << QStringLiteral("tandem: ") << ready.error() << Qt::endl;
        if (!quitWhenReady)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tandem cannot open your data"), ready.error());
        return 1;
    }

    // One app per data folder: a second start brings the first window forward and ends here.
    ui::SingleInstance instance(dataDir);
    switch (instance.start(request)) {
    case ui::SingleInstance::Role::Primary:
        break;
    case ui::SingleInstance::Role::Secondary:
        err << (request == ui::SingleInstance::Request::Activate
                    ? QCoreApplication::translate("main",
                                                  "tandem: already open on %1; brought its window to the front.")
                    : QCoreApplication::translate("main", "tandem: already open on %1; asked its window to do it."))
                   .arg(QDir::toNativeSeparators(dataDir))
            << Qt::endl;
        return 0;
    case ui::SingleInstance::Role::Failed:
        err << QStringLiteral("tandem: ") << instance.error() << Qt::endl;
        if (!quitWhenReady) {
            QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Tandem cannot start"),
                            instance.error());
            box.setObjectName(QStringLiteral("cannotStartDialog"));
            if (instance.folderNotWritable())
                box.setInformativeText(QCoreApplication::translate(
                    "main", "Your data is not damaged. Make the folder writable (or move it to a disk that is), "
                            "then start Tandem again. tandem-cli can still read it meanwhile."));
            box.setDetailedText(instance.errorDetails());
            box.exec();
        }
        return 1;
    }

    ui::AppSession session({dataDir, *startPage, !quitWhenReady}, core::SkillModel::builtin());
    if (!session.start()) {
        err << QStringLiteral("tandem: ") << session.error() << Qt::endl;
        return 1;
    }
    // What the launcher asked for: done in the window now, or in this one when another start asks.
    const auto perform = [&session](ui::SingleInstance::Request what) {
        if (ui::MainWindow *window = session.window()) {
            if (what == ui::SingleInstance::Request::NewEntry)
                window->newJournalEntry();
            else if (what == ui::SingleInstance::Request::CheckIn)
                window->checkInNow();
        }
    };
    perform(request);
    QObject::connect(&instance, &ui::SingleInstance::activationRequested, &session,
                     [&session, perform](ui::SingleInstance::Request what) {
                         session.activate();
                         perform(what);
                     });
    if (quitWhenReady) {
        auto *probe = new ui::ReadyProbe(session.window());
        QObject::connect(probe, &ui::ReadyProbe::ready, &app, [] { QCoreApplication::exit(0); });
    }
    ui::KeyFeeder::installIfRequested();  // a test hook; does nothing unless a test asks for it
    const int status = app.exec();
    session.finish();
    return status;
}
