// The launcher's actions ("New Journal Entry", "Check In Now"): `tandem --new-entry` and
// `tandem --check-in` do it in a fresh window, or pass it to the window already open on the folder.
#include "checkin/checkinpage.h"
#include "checkin/questionnaire.h"
#include "common/singleinstance.h"
#include "instancelock.h"
#include "journal/journaleditor.h"
#include "journal/journalpage.h"
#include "journalrepository.h"
#include "mainwindow/mainwindow.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tandem;
using namespace tandem::ui;

namespace {

class LauncherTest : public test::UiTest
{
protected:
    /// Starts a second SingleInstance on the folder with `request`, on a thread of its own (it
    /// blocks while it waits for the answer) while this thread serves events, as two processes would.
    SingleInstance::Role startSecond(const QString &dir, SingleInstance::Request request)
    {
        SingleInstance::Role role = SingleInstance::Role::Failed;
        QThread *second = QThread::create([&] {
            SingleInstance other(dir);
            role = other.start(request);
        });
        second->start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return second->isFinished(); }, 20000));
        delete second;
        return role;
    }

    QString folder()
    {
        const QString dir = m_dir.root() + QStringLiteral("/instance");
        EXPECT_TRUE(QDir().mkpath(dir));
        return dir;
    }

    /// Sends raw bytes to the primary's socket and returns what it answered before it hung up.
    static QByteArray sendRaw(const QString &dir, const QByteArray &bytes)
    {
        QLocalSocket socket;
        socket.connectToServer(SingleInstance::serverName(dir));
        EXPECT_TRUE(socket.waitForConnected(2000));
        socket.write(bytes);
        socket.flush();
        QByteArray answer;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QLocalSocket::UnconnectedState;
            },
            5000))
            << "the primary did not hang up";
        return answer + socket.readAll();
    }
};

QProcess *startApp(const QStringList &args)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TANDEM_APP_PATH), args);
    return process;
}

} // namespace

TEST_F(LauncherTest, EachRequestReachesTheFirstInstance)
{
    const QString dir = folder();
    SingleInstance primary(dir);
    ASSERT_EQ(primary.start(), SingleInstance::Role::Primary) << qPrintable(primary.error());
    QSignalSpy requests(&primary, &SingleInstance::activationRequested);

    const QList<SingleInstance::Request> sent
        = { SingleInstance::Request::NewEntry, SingleInstance::Request::CheckIn, SingleInstance::Request::Activate };
    for (SingleInstance::Request request : sent)
        EXPECT_EQ(startSecond(dir, request), SingleInstance::Role::Secondary);

    ASSERT_EQ(requests.count(), sent.size());
    for (int i = 0; i < sent.size(); ++i)
        EXPECT_EQ(requests.at(i).at(0).value<SingleInstance::Request>(), sent.at(i)) << "request " << i;
}

TEST_F(LauncherTest, TheFirstInstanceRefusesJunkAndStillAnswersAfterwards)
{
    const QString dir = folder();
    SingleInstance primary(dir);
    ASSERT_EQ(primary.start(), SingleInstance::Role::Primary) << qPrintable(primary.error());
    QSignalSpy requests(&primary, &SingleInstance::activationRequested);

    // What an older tandem sends is still understood...
    EXPECT_EQ(sendRaw(dir, QByteArrayLiteral("activate\n")), QByteArrayLiteral("ok\n"));
    EXPECT_EQ(sendRaw(dir, QByteArrayLiteral("check-in\n")), QByteArrayLiteral("ok\n"));
    ASSERT_EQ(requests.count(), 2);
    EXPECT_EQ(requests.at(0).at(0).value<SingleInstance::Request>(), SingleInstance::Request::Activate);
    EXPECT_EQ(requests.at(1).at(0).value<SingleInstance::Request>(), SingleInstance::Request::CheckIn);
    requests.clear();

    // ...anything else is refused without an answer: unknown words, a known one with more after
    // it, no line end in sight, a line longer than any request.
    for (const QByteArray &junk :
         QList<QByteArray> { QByteArrayLiteral("open-settings\n"), QByteArrayLiteral("new-entry now\n"),
                             QByteArrayLiteral("NEW-ENTRY\n"), QByteArray(200, 'x'),
                             QByteArray(QByteArray(100, 'y') + '\n'), QByteArrayLiteral("\n") }) {
        EXPECT_EQ(sendRaw(dir, junk), QByteArray()) << junk.left(20).constData();
    }
    EXPECT_EQ(requests.count(), 0);

    EXPECT_EQ(startSecond(dir, SingleInstance::Request::NewEntry), SingleInstance::Role::Secondary);
    ASSERT_EQ(requests.count(), 1);
    EXPECT_EQ(requests.at(0).at(0).value<SingleInstance::Request>(), SingleInstance::Request::NewEntry);
}

TEST_F(LauncherTest, AFirstInstanceThatDoesNotKnowTheRequestIsStillAskedToComeForward)
{
    // A first tandem of an older version: it holds the folder and understands only "activate".
    const QString dir = folder();
    auto lock = core::InstanceLock::tryAcquire(dir);
    ASSERT_TRUE(lock.ok() && lock.value());
    QLocalServer older;
    QLocalServer::removeServer(SingleInstance::serverName(dir));
    ASSERT_TRUE(older.listen(SingleInstance::serverName(dir)));
    QList<QByteArray> received;
    QObject::connect(&older, &QLocalServer::newConnection, [&] {
        QLocalSocket *socket = older.nextPendingConnection();
        QObject::connect(socket, &QLocalSocket::readyRead, socket, [&received, socket] {
            const QByteArray line = socket->readLine(64);
            received.append(line);
            if (line == QByteArrayLiteral("activate\n"))
                socket->write(QByteArrayLiteral("ok\n"));
            socket->flush();
            socket->disconnectFromServer();
        });
    });

    EXPECT_EQ(startSecond(dir, SingleInstance::Request::CheckIn), SingleInstance::Role::Secondary);
    EXPECT_EQ(received, (QList<QByteArray> { QByteArrayLiteral("check-in\n"), QByteArrayLiteral("activate\n") }));
}

TEST_F(LauncherTest, NewJournalEntryShowsTheJournalWithABlankEntry)
{
    core::JournalEntry existing;
    existing.title = QStringLiteral("A stored entry");
    existing.occurredAt = QDateTime::currentDateTimeUtc();
    const auto added = core::JournalRepository(db()).add(existing);
    ASSERT_TRUE(added.ok());

    MainWindow window(workspace());
    window.show();
    auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    ASSERT_NE(journal, nullptr);
    window.showPage(PageId::Journal);
    journal->showEntry(added.value());
    ASSERT_NE(journal->editor()->entryId(), 0);
    window.showPage(PageId::Progress);

    window.newJournalEntry();
    EXPECT_EQ(window.currentPage(), PageId::Journal);
    EXPECT_EQ(journal->editor()->entryId(), 0) << "the editor still shows the stored entry";
    EXPECT_TRUE(journal->editor()->entry().title.isEmpty());
}

TEST_F(LauncherTest, CheckInNowStartsOneAndNeverSwapsOutOneInProgress)
{
    MainWindow window(workspace());
    window.show();
    auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    ASSERT_NE(checkIn, nullptr);
    ASSERT_EQ(checkIn->questionnaire(), nullptr);

    window.checkInNow();
    EXPECT_EQ(window.currentPage(), PageId::CheckIn);
    ASSERT_NE(checkIn->questionnaire(), nullptr) << "no check-in was started";

    // A full assessment under way stays, answers and all, when Check In Now comes again.
    checkIn->start(core::AssessmentKind::Full);
    Questionnaire *inProgress = checkIn->questionnaire();
    ASSERT_NE(inProgress, nullptr);
    window.showPage(PageId::Dashboard);
    window.checkInNow();
    EXPECT_EQ(window.currentPage(), PageId::CheckIn);
    EXPECT_EQ(checkIn->questionnaire(), inProgress);
    EXPECT_EQ(checkIn->questionnaire()->kind(), core::AssessmentKind::Full);
}

TEST_F(LauncherTest, TheAppPassesItsActionToTheWindowAlreadyOpen)
{
    const QString dir = m_dir.root() + QStringLiteral("/shared");
    std::unique_ptr<QProcess> first(startApp({ QStringLiteral("--data-dir"), dir }));
    ASSERT_TRUE(first->waitForStarted(10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!QFile::exists(dir + QStringLiteral("/tandem.db")))
                return false;
            auto lock = core::InstanceLock::tryAcquire(dir);
            return lock.ok() && !lock.value();
        },
        30000));

    for (const QString &action : { QStringLiteral("--new-entry"), QStringLiteral("--check-in") }) {
        std::unique_ptr<QProcess> second(startApp({ QStringLiteral("--data-dir"), dir, action }));
        ASSERT_TRUE(second->waitForFinished(30000)) << "the second tandem did not hand over and leave";
        EXPECT_EQ(second->exitCode(), 0);
        EXPECT_TRUE(QString::fromUtf8(second->readAllStandardError()).contains(QLatin1String("asked its window")));
    }
    EXPECT_EQ(first->state(), QProcess::Running);
    first->terminate();
    ASSERT_TRUE(first->waitForFinished(30000));
}

TEST_F(LauncherTest, TheAppOpensOnTheActionsPageAndRefusesBothAtOnce)
{
    const QString dir = m_dir.root() + QStringLiteral("/fresh");
    for (const QString &action : { QStringLiteral("--new-entry"), QStringLiteral("--check-in") }) {
        std::unique_ptr<QProcess> app(
            startApp({ QStringLiteral("--data-dir"), dir, action, QStringLiteral("--quit-when-ready") }));
        ASSERT_TRUE(app->waitForFinished(30000));
        EXPECT_EQ(app->exitCode(), 0) << app->readAllStandardError().constData();
    }
    std::unique_ptr<QProcess> both(
        startApp({ QStringLiteral("--data-dir"), dir, QStringLiteral("--new-entry"), QStringLiteral("--check-in") }));
    ASSERT_TRUE(both->waitForFinished(30000));
    EXPECT_EQ(both->exitCode(), 2);
}
