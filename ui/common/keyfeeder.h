#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSocketNotifier;
class QWidget;

namespace tandem::ui {

/// A test hook, off unless TANDEM_TEST_KEYS_ON_STDIN is set: reads lines from standard input and
/// turns them into what a person at the keyboard would do, for tests that drive the app as a
/// separate process on the offscreen platform (which has no other way in for keystrokes).
///
///   focus OBJECTNAME   gives the keyboard focus to the widget with that object name
///   type TEXT          types TEXT into the focused widget, one key press per character
class KeyFeeder final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *EnvironmentVariable = "TANDEM_TEST_KEYS_ON_STDIN";

    /// Installs a feeder on qApp when the environment asks for one.
    static void installIfRequested();

private:
    explicit KeyFeeder(QObject *parent);
    void readInput();
    void handle(const QString &line);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    QPointer<QWidget> m_target;
};

} // namespace tandem::ui
