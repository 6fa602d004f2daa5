#include "sqltext.h"

namespace tandem::core {

QString toSqlText(const QString &text)
{
    constexpr char16_t ByteOrderMark = 0xFEFF;
    if (text.isEmpty() || text.front().unicode() != ByteOrderMark)
        return text;
    return QChar(ByteOrderMark) + text;
}

} // namespace tandem::core
