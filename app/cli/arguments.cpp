#include "arguments.h"

namespace tandem::cli {

bool Arguments::takeFlag(const QString &name)
{
    const qsizetype index = m_args.indexOf(name);
    if (index < 0)
        return false;
    m_args.removeAt(index);
    return true;
}

std::optional<QString> Arguments::takeValue(const QString &name)
{
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(prefix)) {
            const QString value = arg.mid(prefix.size());
            m_args.removeAt(i);
            return value;
        }
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                if (m_error.isEmpty())
                    m_error = QStringLiteral("%1 needs a value").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

std::optional<QString> Arguments::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString arg = m_args.at(i);
        if (arg == QLatin1String("--")) {
            if (i + 1 < m_args.size()) {
                const QString value = m_args.at(i + 1);
                m_args.removeAt(i + 1);
                return value;
            }
            return std::nullopt;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            m_args.removeAt(i);
            return arg;
        }
    }
    return std::nullopt;
}

bool Arguments::finish()
{
    m_args.removeAll(QStringLiteral("--"));
    if (!m_args.isEmpty() && m_error.isEmpty())
        m_error = m_args.first().startsWith(QLatin1Char('-'))
                ? QStringLiteral("unknown option %1").arg(m_args.first())
                : QStringLiteral("unexpected argument \"%1\"").arg(m_args.first());
    return m_error.isEmpty();
}

} // namespace tandem::cli
