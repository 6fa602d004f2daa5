#pragma once

#include <QString>

#include <ostream>

// Readable QStrings in GoogleTest's failure messages (it looks PrintTo up next to the type).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
