#include "databasecheck.h"

#include "journalrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace tandem::core {

namespace {

// At most this many of SQLite's own lines are repeated to the user: the first few say what kind
// of damage it is, and a restore is the remedy whatever their number.
constexpr int MaxDetails = 3;

QString where(const Database &db)
{
    return QDir::toNativeSeparators(db.filePath());
}

// Runs a check and gives its rows (first column), or SQLite's own words when it failed: those,
// not Database::run's wrapping, are what tells the user what is wrong.
Result<QStringList> rows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error { query.lastError().databaseText() };
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines;
}

// SQLite's findings of an integrity or quick check; empty when it says ok. A check that fails
// outright (as it does when the damage reaches the list of tables) is a finding too.
QStringList findings(const Database &db, const QString &pragma)
{
    const auto lines = rows(db, QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(MaxDetails));
    if (!lines)
        return { lines.error() };
    if (lines.value() == QStringList { QStringLiteral("ok") })
        return {};
    return lines.value().isEmpty()
        ? QStringList { QCoreApplication::translate("DatabaseCheck", "the check gave no answer") }
        : lines.value();
}

QString damaged(const Database &db)
{
    return QCoreApplication::translate("DatabaseCheck", "The database file %1 is damaged: parts of it cannot be read.")
        .arg(where(db));
}

// SQLite starts its report with a "*** in database main ***" line; the rest, one finding a line,
// reads better on one line.
QString sqliteReport(const QStringList &found)
{
    QString details = found.join(QLatin1Char('\n'));
    details.remove(QStringLiteral("*** in database main ***"));
    return QCoreApplication::translate("DatabaseCheck", "SQLite reports: ")
        + details.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
}

bool isBusy(const QString &sqliteText)
{
    return sqliteText.contains(QLatin1String("database is locked"));
}

} // namespace

Result<CheckReport> DatabaseCheck::run(const Database &db)
{
    CheckReport report;
    if (const QStringList found = findings(db, QStringLiteral("integrity_check")); !found.isEmpty()) {
        if (found.size() == 1 && isBusy(found.first()))
            return Error { QCoreApplication::translate("DatabaseCheck",
                                                       "The database %1 is busy; try again in a moment.")
                               .arg(where(db)),
                           found.first(), Error::Kind::Busy };
        report.problems.append(damaged(db));
        report.details.append(sqliteReport(found));
    }

    if (auto orphans = db.run(QStringLiteral("PRAGMA foreign_key_check")); !orphans) {
        report.problems.append(
            QCoreApplication::translate("DatabaseCheck", "The links between records could not be checked."));
        report.details.append(orphans.error());
    } else {
        QSqlQuery &query = orphans.value();
        qint64 count = 0;
        QString first;
        while (query.next()) {
            if (++count == 1)
                first = QCoreApplication::translate("DatabaseCheck", "a record in %1 refers to a missing record in %2")
                            .arg(query.value(0).toString(), query.value(2).toString());
        }
        if (count > 0)
            report.problems.append(
                QCoreApplication::translate(
                    "DatabaseCheck", "%n records refer to records that no longer exist (first: %1).", nullptr, count)
                    .arg(first));
    }

    // FTS5's check is written as an insert, which a read-only store refuses whatever the index
    // holds.
    if (db.isReadOnly()) {
        report.details.append(QCoreApplication::translate(
            "DatabaseCheck", "The search index was not compared with the entries: the store is read-only."));
    } else if (const Status fts = JournalRepository(db).checkSearchIndex(); !fts) {
        report.problems.append(
            QCoreApplication::translate("DatabaseCheck",
                                        "The journal's search index does not match the entries, so searches may "
                                        "miss or show the wrong ones."));
        // SQLite's own words tell what is wrong.
        report.details.append(fts.errorDetails().isEmpty() ? fts.error() : fts.errorDetails());
    }

    if (const auto counts = db.recordCounts(); counts)
        report.counts = counts.value();
    else if (report.problems.isEmpty()) {
        report.problems.append(QCoreApplication::translate("DatabaseCheck", "The records could not be counted."));
        report.details.append(counts.error());
    }
    return report;
}

Status DatabaseCheck::quick(const Database &db)
{
    if (const QStringList found = findings(db, QStringLiteral("quick_check")); !found.isEmpty()) {
        if (found.size() == 1 && isBusy(found.first()))
            return Error { QCoreApplication::translate("DatabaseCheck",
                                                       "The database %1 is busy; try again in a moment.")
                               .arg(where(db)),
                           found.first(), Error::Kind::Busy };
        return Error { damaged(db) + QCoreApplication::translate("DatabaseCheck", " The file was not changed."),
                       sqliteReport(found), Error::Kind::Unusable };
    }
    return {};
}

} // namespace tandem::core
