#include "arguments.h"

#include "inputreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem::cli {

Arguments Arguments::fromArgv(int argc, const char *const *argv)
{
    Arguments result;
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        const auto decoded = core::InputReader::decodeUtf8(bytes, QString());
        if (decoded)
            result.m_args.append({decoded.value(), {}});
        else
            result.m_args.append({QString::fromUtf8(bytes), bytes});
    }
    return result;
}

void Arguments::refuseInvalid(const Argument &arg, const QString &what, qsizetype skip)
{
    if (arg.invalidBytes.isEmpty() || !m_error.isEmpty())
        return;
    const auto decoded = core::InputReader::decodeUtf8(arg.invalidBytes.mid(skip), what);
    m_error
        = decoded ? QCoreApplication::translate("Arguments", "%1 is not valid UTF-8 text").arg(what) : decoded.error();
}

bool Arguments::takeFlag(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i).text == name && m_args.at(i).invalidBytes.isEmpty()) {
            m_args.removeAt(i);
            return true;
        }
    }
    return false;
}

std::optional<QString> Arguments::takeValue(const QString &name)
{
    const QString prefix = name + QLatin1Char('=');
    const QString what = QCoreApplication::translate("Arguments", "the value of %1").arg(name);
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const Argument arg = m_args.at(i);
        if (arg.text == QLatin1String("--"))
            break;
        if (arg.text.startsWith(prefix)) {
            m_args.removeAt(i);
            // Option names are ASCII, so the prefix is as many bytes as characters.
            refuseInvalid(arg, what, prefix.size());
            return arg.text.mid(prefix.size());
        }
        if (arg.text == name) {
            if (i + 1 >= m_args.size()) {
                if (m_error.isEmpty())
                    m_error = QCoreApplication::translate("Arguments", "%1 needs a value").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            const Argument value = m_args.at(i + 1);
            m_args.remove(i, 2);
            refuseInvalid(value, what);
            return value.text;
        }
    }
    return std::nullopt;
}

std::optional<QString> Arguments::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const Argument arg = m_args.at(i);
        if (arg.text == QLatin1String("--")) {
            if (i + 1 < m_args.size()) {
                const Argument value = m_args.at(i + 1);
                m_args.removeAt(i + 1);
                refuseInvalid(value, QCoreApplication::translate("Arguments", "the argument \"%1\"").arg(value.text));
                return value.text;
            }
            return std::nullopt;
        }
        if (!arg.text.startsWith(QLatin1String("--")) || arg.text == QLatin1String("-")) {
            m_args.removeAt(i);
            refuseInvalid(arg, QCoreApplication::translate("Arguments", "the argument \"%1\"").arg(arg.text));
            return arg.text;
        }
    }
    return std::nullopt;
}

bool Arguments::finish()
{
    m_args.removeIf([](const Argument &arg) { return arg.text == QLatin1String("--"); });
    if (!m_args.isEmpty() && m_error.isEmpty()) {
        const QString &first = m_args.first().text;
        m_error = first.startsWith(QLatin1Char('-'))
            ? QCoreApplication::translate("Arguments", "unknown option %1").arg(first)
            : QCoreApplication::translate("Arguments", "unexpected argument \"%1\"").arg(first);
    }
    return m_error.isEmpty();
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./:@%+=,-]+$)"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString countsText(qint64 assessments, qint64 journalEntries, qint64 goals)
{
    // (lupdate does not see a translate() whose count is a cast, so the counts are ints first.)
    const int a = static_cast<int>(assessments), e = static_cast<int>(journalEntries), g = static_cast<int>(goals);
    return QCoreApplication::translate("Counts", "%1, %2, %3", "assessments, journal entries, goals")
        .arg(QCoreApplication::translate("Counts", "%n assessments", nullptr, a),
             QCoreApplication::translate("Counts", "%n journal entries", nullptr, e),
             QCoreApplication::translate("Counts", "%n goals", nullptr, g));
}

} // namespace tandem::cli
