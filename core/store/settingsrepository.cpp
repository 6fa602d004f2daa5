#include "settingsrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "transaction.h"

#include <QCoreApplication>

namespace tandem::core {

namespace {
const QString PulseWeekdayKey = QStringLiteral("cadence.pulse_weekday");
const QString FullIntervalKey = QStringLiteral("cadence.full_interval_weeks");
const QString RemindersKey = QStringLiteral("cadence.reminders");
} // namespace

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :key"), {{QStringLiteral(":key"), key}});
    if (!v)
        return Error{v.error()};
    return v.value().isNull() ? fallback : v.value().toString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value) const
{
    if (Status fits = RecordLimits::checkSetting(key, value); !fits)
        return Error {
            QCoreApplication::translate("SettingsRepository", "The setting was not saved: %1.").arg(fits.error())
        };
    auto done = m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {{QStringLiteral(":key"), key}, {QStringLiteral(":value"), value}});
    if (!done)
        return Error{done.error()};
    return {};
}

Result<bool> SettingsRepository::addIfAbsent(const QString &key, const QString &value) const
{
    if (Status fits = RecordLimits::checkSetting(key, value); !fits)
        return Error {
            QCoreApplication::translate("SettingsRepository", "The setting was not saved: %1.").arg(fits.error())
        };
    auto done = m_db.runPrepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                                " ON CONFLICT (key) DO NOTHING"),
                                 {{QStringLiteral(":key"), key}, {QStringLiteral(":value"), value}});
    if (!done)
        return done.failure();
    return done.value()->numRowsAffected() > 0;
}

Result<Cadence> SettingsRepository::cadence() const
{
    Cadence cadence;
    const auto weekday = value(PulseWeekdayKey);
    const auto interval = value(FullIntervalKey);
    const auto reminders = value(RemindersKey);
    if (!weekday || !interval || !reminders)
        return Error{!weekday ? weekday.error() : !interval ? interval.error() : reminders.error()};
    bool ok = false;
    const int day = weekday.value().toInt(&ok);
    if (ok && day >= 1 && day <= 7)
        cadence.pulseWeekday = day;
    const int weeks = interval.value().toInt(&ok);
    if (ok && weeks >= Cadence::MinFullIntervalWeeks && weeks <= Cadence::MaxFullIntervalWeeks)
        cadence.fullIntervalWeeks = weeks;
    if (!reminders.value().isEmpty())
        cadence.remindersEnabled = reminders.value() != QLatin1String("0");
    return cadence;
}

Status SettingsRepository::setCadence(const Cadence &cadence) const
{
    if (cadence.pulseWeekday < 1 || cadence.pulseWeekday > 7)
        return Error { QCoreApplication::translate("SettingsRepository",
                                                   "The pulse day must be a weekday from 1 (Monday) to 7 (Sunday).") };
    if (cadence.fullIntervalWeeks < Cadence::MinFullIntervalWeeks || cadence.fullIntervalWeeks > Cadence::MaxFullIntervalWeeks)
        return Error { QCoreApplication::translate("SettingsRepository",
                                                   "A full assessment can be every %1 to %2 weeks.")
                           .arg(Cadence::MinFullIntervalWeeks)
                           .arg(Cadence::MaxFullIntervalWeeks) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    for (const auto &[key, v] : {std::pair{PulseWeekdayKey, QString::number(cadence.pulseWeekday)},
                                 std::pair{FullIntervalKey, QString::number(cadence.fullIntervalWeeks)},
                                 std::pair{RemindersKey, QString::number(cadence.remindersEnabled ? 1 : 0)}}) {
        if (Status set = setValue(key, v); !set)
            return set;
    }
    return transaction.commit();
}

} // namespace tandem::core
