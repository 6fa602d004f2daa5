#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::cli {

/// The command line after the program name, consumed piece by piece by the commands, so that
/// whatever is left at the end is reported as not understood.
class Arguments final
{
public:
    explicit Arguments(QStringList args) : m_args(std::move(args)) {}

    /// Removes a flag such as "--json"; true when it was there.
    bool takeFlag(const QString &name);

    /// Removes "--name VALUE" or "--name=VALUE". Sets error() when the value is missing.
    std::optional<QString> takeValue(const QString &name);

    /// Removes and returns the first argument that is not an option.
    std::optional<QString> takePositional();

    /// True when nothing is left; otherwise error() names the first thing not understood.
    bool finish();

    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    QStringList m_args;
    QString m_error;
};

} // namespace tandem::cli
