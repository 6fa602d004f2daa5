#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace tandem::core {
class Clock;
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

struct ReportData;
class ReportDocument;

/// The PDF progress report: the latest profile with its real changes, trends drawn as charts,
/// goals, decisions looked back on (how often expectations held, by confidence and by advice),
/// and highlights of the journal, laid out for paper. Text stays text (vector, searchable),
/// every page has a numbered footer, and the colours are print colours whatever the app's palette.
/// An empty store gives one friendly page on how to start.
class ProgressReport final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    ProgressReport(const core::Database &db, const core::SkillModel &model, const core::Clock &clock);

    /// A4 unless set.
    void setPageSize(const QPageSize &size) { m_pageSize = size; }
    const QPageSize &pageSize() const { return m_pageSize; }

    /// Writes the report as PDF to path, atomically: the file appears complete or not at all,
    /// and an existing file is replaced only when the new one is whole. The error says in plain
    /// words why it could not be written (no such folder, no permission, disk full).
    core::Status write(const QString &path) const;
    /// The same from data read beforehand (ReportData::read, which may run on another thread with
    /// its own connection); only the drawing, which needs the GUI thread, happens here.
    core::Status write(const QString &path, const ReportData &data) const;

    /// A file name to offer in a save dialog, e.g. "Tandem progress report 2026-11-30.pdf".
    static QString suggestedFileName(const QDate &day);

private:
    void buildTitle(ReportDocument &doc, const ReportData &data) const;
    void buildEmpty(ReportDocument &doc) const;
    void buildProfile(ReportDocument &doc, const ReportData &data) const;
    void buildTrends(ReportDocument &doc, const ReportData &data) const;
    void buildGoals(ReportDocument &doc, const ReportData &data) const;
    void buildDecisions(ReportDocument &doc, const ReportData &data) const;
    void buildJournal(ReportDocument &doc, const ReportData &data) const;
    void buildFeedback(ReportDocument &doc, const ReportData &data) const;

    const core::Database &m_db;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    QPageSize m_pageSize { QPageSize::A4 };
};

} // namespace tandem::ui
