// tandem: the Qt Widgets app.
#include "common/keyfeeder.h"
#include "common/readyprobe.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "database.h"
#include "datalocation.h"
#include "skillmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace tandem;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tandem"));

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
    parser.addOption(dataDirOption);
    parser.addOption(pageOption);
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
    const bool quitWhenReady = parser.isSet(quitWhenReadyOption);

    const QString dataDir = core::DataLocation::resolve(parser.value(dataDirOption));
    auto db = core::Database::open(dataDir);
    if (!db) {
        err << QStringLiteral("tandem: ") << db.error() << Qt::endl;
        if (!quitWhenReady)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tandem cannot open your data"), db.error());
        return 1;
    }

    ui::MainWindow window(*db.value(), core::SkillModel::builtin());
    window.showPage(*startPage);
    if (quitWhenReady) {
        auto *probe = new ui::ReadyProbe(&window);
        QObject::connect(probe, &ui::ReadyProbe::ready, &app, [] { QCoreApplication::exit(0); });
    }
    window.show();
    ui::KeyFeeder::installIfRequested();  // a test hook; does nothing unless a test asks for it
    return app.exec();
}
