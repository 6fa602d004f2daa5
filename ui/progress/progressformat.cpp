#include "progressformat.h"

#include <QLocale>

namespace tandem::ui::ProgressFormat {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("—");
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace tandem::ui::ProgressFormat
