#pragma once

#include "exchangedata.h"
#include "scoring.h"
#include "skillmodel.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tandem::core {

/// Assessments and journal entries as CSV files for spreadsheets (RFC 4180: CRLF line ends,
/// fields with commas, quotes or line breaks quoted, UTF-8 without a byte-order mark, a header
/// row, rows in a stable order). See docs/export-format.md, "CSV".
///
/// A text cell that starts with = + - @ TAB or CR gets a leading apostrophe, so that a
/// spreadsheet shows it as text instead of running it as a formula (CSV injection). Numbers
/// Tandem computes (scores, answers, ratings) are written as plain numbers and never prefixed.
class CsvExport final
{
public:
    static inline const QString AssessmentsFile = QStringLiteral("assessments.csv");
    static inline const QString JournalFile = QStringLiteral("journal.csv");

    /// {"assessments.csv": …, "journal.csv": …}. assessments.csv is in long form, one row per
    /// answer and per computed score (scored with `model`); journal.csv has one row per entry.
    static QMap<QString, QByteArray> files(const ExchangeData &data, const SkillModel &model);

    /// The header row of assessments.csv, then an assessment's rows (its answers and scores,
    /// scored with `scorer`). files() is these for the assessments in order; ExportWriter
    /// streams them to the file one assessment at a time.
    static QByteArray assessmentsHeader();
    static QByteArray assessmentRows(const Assessment &assessment, const SkillModel &model, const Scorer &scorer);

    /// The header row of journal.csv, then one entry's row.
    static QByteArray journalHeader();
    static QByteArray journalRow(const JournalEntry &entry);

    /// One CSV record: the fields quoted where needed, joined with commas, ended with CRLF.
    /// Fields are written as given; callers guard text cells with textCell().
    static QByteArray record(const QStringList &fields);

    /// A text value made safe for spreadsheets: prefixed with ' when it starts with = + - @
    /// TAB or CR.
    static QString textCell(const QString &text);
};

} // namespace tandem::core
