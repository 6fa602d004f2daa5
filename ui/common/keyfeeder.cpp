#include "keyfeeder.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSocketNotifier>
#include <QWidget>

#include <unistd.h>

namespace tandem::ui {

void KeyFeeder::installIfRequested()
{
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        new KeyFeeder(qApp);
}

KeyFeeder::KeyFeeder(QObject *parent) : QObject(parent)
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &KeyFeeder::readInput);
}

void KeyFeeder::readInput()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false);  // end of input
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end));
        m_buffer.remove(0, end + 1);
        handle(line);
    }
}

void KeyFeeder::handle(const QString &line)
{
    if (line.startsWith(QLatin1String("focus "))) {
        const QString name = line.mid(6).trimmed();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *target = top->findChild<QWidget *>(name)) {
                top->activateWindow();
                target->setFocus(Qt::OtherFocusReason);
                m_target = target;
                return;
            }
        }
        return;
    }
    if (line.startsWith(QLatin1String("type "))) {
        const QString text = line.mid(5);
        for (const QChar c : text) {
            // The offscreen platform may not have activated the window; then the widget named
            // last is the one that would have the focus.
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_target.data();
            if (!target)
                return;
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(target, &release);
        }
    }
}

} // namespace tandem::ui
