#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tandem::core {

/// An error for the user: one line of plain words, never a raw code alone.
struct Error final
{
    QString message;
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
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const QString &error() const { return std::get<Error>(m_data).message; }

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

private:
    std::optional<Error> m_error;
};

} // namespace tandem::core
