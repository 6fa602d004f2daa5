#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::cli {

/// The command line after the program name, consumed piece by piece by the commands, so that
/// whatever is left at the end is reported as not understood.
class Arguments final
{
public:
    /// The arguments as the program got them (without argv[0]), decoded as UTF-8 exactly: a
    /// leading U+FEFF stays, and an argument that is not UTF-8 is refused when a command takes
    /// it (QCoreApplication::arguments() would have replaced its bytes with U+FFFD unseen).
    static Arguments fromArgv(int argc, const char *const *argv);

    /// Removes a flag such as "--json"; true when it was there.
    bool takeFlag(const QString &name);

    /// Removes "--name VALUE" or "--name=VALUE". Sets error() when the value is missing or is
    /// not UTF-8 text.
    std::optional<QString> takeValue(const QString &name);

    /// Removes and returns the first argument that is not an option. Sets error() when it is not
    /// UTF-8 text.
    std::optional<QString> takePositional();

    /// True when nothing is left; otherwise error() names the first thing not understood.
    bool finish();

    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    struct Argument
    {
        QString text;
        QByteArray invalidBytes; ///< the bytes as given, when they are not UTF-8
    };

    Arguments() = default;
    // Records that an argument taken as `what` is not UTF-8 text (skipping `skip` leading bytes).
    void refuseInvalid(const Argument &arg, const QString &what, qsizetype skip = 0);

    QList<Argument> m_args;
    QString m_error;
};

/// A record's row id as the user typed it (a whole number from 1 up); nullopt for anything else.
std::optional<qint64> parseId(const QString &text);

/// A stored time as the terminal shows it: local, to the minute ("2026-11-30 09:30").
QString localTime(const QDateTime &utc);

/// A word as a shell reads it: as it is when it needs no quoting, else in single quotes, so that a
/// command the CLI offers (with a path or --data-dir in it) can be pasted.
QString shellWord(const QString &text);

/// "3 assessments, 1 journal entry, 2 goals": what a data folder or a backup holds, in words.
QString countsText(qint64 assessments, qint64 journalEntries, qint64 goals);

} // namespace tandem::cli
