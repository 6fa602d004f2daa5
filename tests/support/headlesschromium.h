#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tandem::test {

/// Debian's chromium, headless, driven over the DevTools protocol on a pipe
/// (--remote-debugging-pipe: commands on the child's fd 3, replies and events on its fd 4, each
/// message ending in a NUL byte). Enough of the protocol to open a page, run script in it, click,
/// type and download, so that a test can use a web page as a person would, in a real browser,
/// without a network port or any library beyond Qt.
class HeadlessChromium final
{
public:
    HeadlessChromium();
    ~HeadlessChromium();
    HeadlessChromium(const HeadlessChromium &) = delete;
    HeadlessChromium &operator=(const HeadlessChromium &) = delete;

    /// The browser's program: $TANDEM_CHROMIUM, else chromium (or chromium-browser,
    /// google-chrome) on the PATH; empty when there is none.
    static QString executable();

    /// Starts the browser with one blank page and attaches to it; false with error() on failure.
    bool start();
    const QString &error() const { return m_error; }

    /// Files the page downloads go here.
    QString downloadDir() const { return m_downloads.path(); }

    /// Sends a command to the page (or, with `browser`, to the browser itself) and waits for its
    /// reply; the reply's "result", or an empty object with error() set.
    QJsonObject call(const QString &method, const QJsonObject &params = {}, bool browser = false,
                     int timeoutMs = 20000);
    /// Waits for an event of the page (kept since the last wait for it); its params, or nothing.
    std::optional<QJsonObject> waitForEvent(const QString &method, int timeoutMs = 20000);
    /// Every event of this kind received so far (their params), in order.
    QList<QJsonObject> events(const QString &method) const;

    /// Opens a URL and waits until it has loaded.
    bool open(const QString &url);
    /// Runs a script expression in the page (promises are awaited) and gives its value; an
    /// exception becomes error().
    QJsonValue evaluate(const QString &expression);

private:
    bool send(const QJsonObject &message);
    bool readMessages(int timeoutMs);

    QString m_error;
    QTemporaryDir m_profile;
    QTemporaryDir m_downloads;
    std::unique_ptr<QProcess> m_process;
    int m_toBrowser = -1; // our end of the child's fd 3
    int m_fromBrowser = -1; // our end of the child's fd 4
    QByteArray m_buffer;
    QList<QJsonObject> m_messages; // replies and events not yet taken
    QList<QJsonObject> m_seen; // every event, for events()
    int m_nextId = 0;
    QString m_session;
};

} // namespace tandem::test
