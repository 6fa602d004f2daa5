#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// How the progress charts and their tables write numbers and days, in the user's locale.
namespace tandem::ui::ProgressFormat {

/// A score to one decimal.
QString number(double value);
/// A score to one decimal, or a dash when there is none.
QString number(const std::optional<double> &value);
/// A change to one decimal with its sign: "+4.2", "-1.0".
QString signedNumber(double value);
/// The local day of a time, short format.
QString day(const QDateTime &time);

} // namespace tandem::ui::ProgressFormat
