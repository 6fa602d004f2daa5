#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tandem::core {

/// An error for the user: one line of plain words, never a raw code alone. What a program or a
/// support person needs beyond that (SQLite's own words, a file name, a code) goes in details,
/// which the app shows behind a "Details" button and tandem-cli prints with --verbose.
struct Error final
{
    /// What kind of failure it is, where the remedy differs (a backup mends damage, not a
    /// read-only folder).
    enum class Kind {
        General,
        Unusable, ///< damaged, not Tandem's, or from a newer Tandem: restoring a backup is a way back
        NotWritable, ///< the folder or file cannot be written (permissions, a read-only disk)
        Busy, ///< another program holds the data for a moment; trying again may work
        Interrupted, ///< stopped on purpose (a search made stale by newer typing); never shown
    };

    QString message;
    QString details = {};
    Kind kind = Kind::General;
};

/// Either a value or an Error. The core returns these instead of throwing, so that no exception
/// ever crosses the event loop and every caller has to decide what the user sees.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    /// By value, so that `for (const auto &x : read().value())` holds a live list, not one in
    /// a temporary that is already gone.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const QString &error() const { return std::get<Error>(m_data).message; }
    const QString &errorDetails() const { return std::get<Error>(m_data).details; }
    /// The error itself, to pass on with its details.
    const Error &failure() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// A Result with no value: success, or an Error.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error->message; }
    const QString &errorDetails() const { return m_error->details; }
    const Error &failure() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace tandem::core
