#include "headlesschromium.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace tandem::test {

namespace {

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

HeadlessChromium::HeadlessChromium() = default;

HeadlessChromium::~HeadlessChromium()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        call(QStringLiteral("Browser.close"), {}, true, 3000);
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    closeFd(m_toBrowser);
    closeFd(m_fromBrowser);
}

QString HeadlessChromium::executable()
{
    const QString chosen = qEnvironmentVariable("TANDEM_CHROMIUM");
    if (!chosen.isEmpty())
        return chosen;
    for (const char *name : { "chromium", "chromium-browser", "google-chrome" }) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool HeadlessChromium::start()
{
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = QStringLiteral("chromium is not installed (scripts/setup.sh installs it)");
        return false;
    }
    if (!m_profile.isValid() || !m_downloads.isValid()) {
        m_error = QStringLiteral("no temporary folder for the browser");
        return false;
    }
    // A write to a browser that died must fail with EPIPE, not end the test program.
    std::signal(SIGPIPE, SIG_IGN);
    int toBrowser[2];
    int fromBrowser[2];
    if (::pipe2(toBrowser, O_CLOEXEC) != 0)
        return m_error = QStringLiteral("pipe failed"), false;
    if (::pipe2(fromBrowser, O_CLOEXEC) != 0) {
        ::close(toBrowser[0]);
        ::close(toBrowser[1]);
        return m_error = QStringLiteral("pipe failed"), false;
    }
    m_toBrowser = toBrowser[1];
    m_fromBrowser = fromBrowser[0];
    const int childIn = toBrowser[0];
    const int childOut = fromBrowser[1];

    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice());
    // In the child, between fork and exec: only async-signal-safe calls. The two ends are moved
    // out of the way first, so that neither is overwritten when it already is fd 3 or 4.
    m_process->setChildProcessModifier([childIn, childOut] {
        const int in = ::fcntl(childIn, F_DUPFD, 10);
        const int out = ::fcntl(childOut, F_DUPFD, 10);
        ::dup2(in, 3);
        ::dup2(out, 4);
    });
    m_process->start(program,
                     { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                       QStringLiteral("--remote-debugging-pipe"), QStringLiteral("--user-data-dir=") + m_profile.path(),
                       QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
                       QStringLiteral("--disable-extensions"), QStringLiteral("--disable-background-networking"),
                       QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                       QStringLiteral("--disable-dev-shm-usage"), QStringLiteral("--mute-audio"),
                       QStringLiteral("--window-size=1000,800"), QStringLiteral("about:blank") });
    const bool started = m_process->waitForStarted(20000);
    ::close(childIn);
    ::close(childOut);
    if (!started) {
        m_error = QStringLiteral("chromium did not start: ") + m_process->errorString();
        return false;
    }

    // The page it opened, attached to in "flat" mode: commands for it carry its session id.
    QString target;
    QElapsedTimer waited;
    waited.start();
    while (target.isEmpty() && waited.elapsed() < 20000) {
        const QJsonObject targets = call(QStringLiteral("Target.getTargets"), {}, true);
        if (!m_error.isEmpty())
            return false;
        for (const QJsonValue &info : targets.value(QLatin1String("targetInfos")).toArray()) {
            if (info.toObject().value(QLatin1String("type")).toString() == QLatin1String("page")) {
                target = info.toObject().value(QLatin1String("targetId")).toString();
                break;
            }
        }
        if (target.isEmpty())
            ::usleep(100 * 1000);
    }
    if (target.isEmpty()) {
        m_error = QStringLiteral("chromium opened no page");
        return false;
    }
    const QJsonObject attached
        = call(QStringLiteral("Target.attachToTarget"),
               { { QStringLiteral("targetId"), target }, { QStringLiteral("flatten"), true } }, true);
    m_session = attached.value(QLatin1String("sessionId")).toString();
    if (m_session.isEmpty()) {
        m_error = QStringLiteral("could not attach to the page: ") + m_error;
        return false;
    }
    call(QStringLiteral("Browser.setDownloadBehavior"),
         { { QStringLiteral("behavior"), QStringLiteral("allow") },
           { QStringLiteral("downloadPath"), m_downloads.path() },
           { QStringLiteral("eventsEnabled"), true } },
         true);
    for (const char *domain : { "Page.enable", "Runtime.enable", "Network.enable" })
        call(QString::fromLatin1(domain));
    return m_error.isEmpty();
}

bool HeadlessChromium::send(const QJsonObject &message)
{
    QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    bytes.append('\0');
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_toBrowser, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = QStringLiteral("the browser closed its pipe");
            return false;
        }
        written += n;
    }
    return true;
}

bool HeadlessChromium::readMessages(int timeoutMs)
{
    pollfd fd { m_fromBrowser, POLLIN, 0 };
    const int ready = ::poll(&fd, 1, timeoutMs);
    if (ready <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = ::read(m_fromBrowser, chunk, sizeof chunk);
    if (n <= 0) {
        m_error = QStringLiteral("the browser closed its pipe");
        return false;
    }
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\0')) >= 0) {
        const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        if (message.contains(QLatin1String("method")))
            m_seen.append(message);
        m_messages.append(message);
    }
    return true;
}

QJsonObject HeadlessChromium::call(const QString &method, const QJsonObject &params, bool browser, int timeoutMs)
{
    if (m_toBrowser < 0)
        return {};
    const int id = ++m_nextId;
    QJsonObject message { { QStringLiteral("id"), id }, { QStringLiteral("method"), method } };
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    if (!browser && !m_session.isEmpty())
        message.insert(QStringLiteral("sessionId"), m_session);
    if (!send(message))
        return {};
    QElapsedTimer waited;
    waited.start();
    while (true) {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            const QJsonObject reply = m_messages.at(i);
            if (reply.value(QLatin1String("id")).toInt(-1) != id)
                continue;
            m_messages.removeAt(i);
            if (reply.contains(QLatin1String("error"))) {
                m_error = method + QStringLiteral(": ")
                    + reply.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
                return {};
            }
            return reply.value(QLatin1String("result")).toObject();
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0 || !readMessages(int(left))) {
            if (m_error.isEmpty())
                m_error = method + QStringLiteral(": no reply within %1 ms").arg(timeoutMs);
            return {};
        }
    }
}

std::optional<QJsonObject> HeadlessChromium::waitForEvent(const QString &method, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            const QJsonObject event = m_messages.at(i);
            if (event.value(QLatin1String("method")).toString() != method)
                continue;
            m_messages.removeAt(i);
            return event.value(QLatin1String("params")).toObject();
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0 || !readMessages(int(left)))
            return std::nullopt;
    }
}

QList<QJsonObject> HeadlessChromium::events(const QString &method) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : m_seen) {
        if (event.value(QLatin1String("method")).toString() == method)
            found.append(event.value(QLatin1String("params")).toObject());
    }
    return found;
}

bool HeadlessChromium::open(const QString &url)
{
    m_messages.removeIf([](const QJsonObject &m) {
        return m.value(QLatin1String("method")).toString() == QLatin1String("Page.loadEventFired");
    });
    const QJsonObject navigated = call(QStringLiteral("Page.navigate"), { { QStringLiteral("url"), url } });
    if (!m_error.isEmpty())
        return false;
    if (navigated.contains(QLatin1String("errorText"))) {
        m_error = QStringLiteral("could not open ") + url + QStringLiteral(": ")
            + navigated.value(QLatin1String("errorText")).toString();
        return false;
    }
    if (!waitForEvent(QStringLiteral("Page.loadEventFired"))) {
        m_error = QStringLiteral("the page did not finish loading: ") + url;
        return false;
    }
    return true;
}

QJsonValue HeadlessChromium::evaluate(const QString &expression)
{
    const QJsonObject result = call(QStringLiteral("Runtime.evaluate"),
                                    { { QStringLiteral("expression"), expression },
                                      { QStringLiteral("returnByValue"), true },
                                      { QStringLiteral("awaitPromise"), true } });
    if (result.contains(QLatin1String("exceptionDetails"))) {
        const QJsonObject details = result.value(QLatin1String("exceptionDetails")).toObject();
        m_error = QStringLiteral("script error: ")
            + details.value(QLatin1String("exception"))
                  .toObject()
                  .value(QLatin1String("description"))
                  .toString(details.value(QLatin1String("text")).toString());
        return {};
    }
    return result.value(QLatin1String("result")).toObject().value(QLatin1String("value"));
}

} // namespace tandem::test
