#include "exportwriter.h"

#include "csvexport.h"
#include "database.h"
#include "exchangerepository.h"
#include "markdownexport.h"
#include "privatefile.h"
#include "scoring.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QMap>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace tandem::core {

namespace {

// Translated when said, not at start-up (see Importer's nothingImported()).
QString stopped()
{
    return QCoreApplication::translate("ExportWriter", "The export was stopped; nothing was written.");
}

QString couldNotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("ExportWriter", "Could not write %1: %2. Nothing was changed there.")
        .arg(QDir::toNativeSeparators(path), why);
}

// One export's run: counts the records written, asks whether to stop and tells the progress
// every ExportWriter::ProgressEvery records.
class Run final
{
public:
    Run(const ExportWriter::StopRequested &stopRequested, const ExportWriter::Progress &progress)
        : m_stopRequested(stopRequested), m_progress(progress)
    {
    }

    bool stopNow()
    {
        if (!m_stopped && m_stopRequested && m_stopRequested())
            m_stopped = true;
        return m_stopped;
    }
    bool stopped() const { return m_stopped; }

    void setTotal(qint64 total)
    {
        m_total = total;
        report();
    }

    // One record written; false when the export is to stop.
    bool step()
    {
        ++m_done;
        if (m_done % ExportWriter::ProgressEvery != 0)
            return true;
        report();
        return !stopNow();
    }

    void report() const
    {
        if (m_progress)
            m_progress(m_done, m_total);
    }

private:
    const ExportWriter::StopRequested &m_stopRequested;
    const ExportWriter::Progress &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
};

// An export holds the whole private journal: readable by its owner only, like the database. Every
// file goes to its temporary twin first, and they are put in place only once all were written and
// no stop came: a stopped or failed export leaves what was there before (a PrivateFile that is not
// committed removes its temporary file when it goes).
class PendingFiles final
{
public:
    // The device of a file opened for writing, or an Error.
    Result<QIODevice *> open(const QString &path)
    {
        auto file = std::make_unique<PrivateFile>(path);
        if (Status opened = file->open(); !opened)
            return opened.failure();
        QIODevice *device = &file->device();
        m_files.push_back({ path, std::move(file) });
        return device;
    }

    // Puts every file in place, in the order opened; gives their paths.
    Result<QStringList> commit()
    {
        QStringList written;
        for (auto &[path, file] : m_files) {
            if (Status committed = file->commit(); !committed)
                return committed.failure();
            written.append(path);
        }
        return written;
    }

private:
    std::vector<std::pair<QString, std::unique_ptr<PrivateFile>>> m_files;
};

// The end of a write: a stop or a write error, or every file put in place.
Result<QStringList> finish(Run &run, PendingFiles &files, const QList<std::pair<QString, QIODevice *>> &devices,
                           const QList<bool> &writesOk)
{
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (!writesOk.at(i))
            return Error { couldNotWrite(devices.at(i).first, devices.at(i).second->errorString()) };
    }
    run.report();
    if (run.stopNow())
        return Error { stopped() };
    return files.commit();
}

Result<QStringList> writeJson(const ExchangeRepository &repository, const QString &path, Run &run)
{
    auto counts = repository.counts();
    if (!counts)
        return counts.failure();
    run.setTotal(counts->total());
    PendingFiles files;
    auto device = files.open(path);
    if (!device)
        return device.failure();
    TandemJson::Writer writer(*device.value());
    // Each visit gives false (stop reading) on a stop or a write error; both are told below.
    auto wrote = [&] { return writer.ok() && run.step(); };
    writer.begin(TandemJson::Writer::Section::Assessments);
    if (Status read = repository.forEachAssessment([&](const ExchangeAssessment &a) {
            writer.add(a);
            return wrote();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    writer.begin(TandemJson::Writer::Section::FeedbackRounds);
    if (Status read = repository.forEachFeedbackRound([&](const ExchangeFeedbackRound &r) {
            writer.add(r);
            return wrote();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    writer.begin(TandemJson::Writer::Section::Goals);
    if (Status read = repository.forEachGoal([&](const ExchangeGoal &g) {
            writer.add(g);
            return wrote();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    writer.begin(TandemJson::Writer::Section::JournalEntries);
    if (Status read = repository.forEachEntry([&](const JournalEntry &e) {
            writer.add(e);
            return wrote();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    auto settings = repository.settings();
    if (!settings)
        return settings.failure();
    writer.finish(settings.value());
    return finish(run, files, { { path, device.value() } }, { writer.ok() });
}

Result<QStringList> writeCsv(const ExchangeRepository &repository, const SkillModel &model, const QString &folder,
                             Run &run)
{
    auto counts = repository.counts();
    if (!counts)
        return counts.failure();
    run.setTotal(counts->assessments + counts->journalEntries);
    PendingFiles files;
    const QString assessmentsPath = QDir(folder).filePath(CsvExport::AssessmentsFile);
    const QString journalPath = QDir(folder).filePath(CsvExport::JournalFile);
    auto assessments = files.open(assessmentsPath);
    if (!assessments)
        return assessments.failure();
    auto journal = files.open(journalPath);
    if (!journal)
        return journal.failure();
    bool assessmentsOk = true;
    bool journalOk = true;
    auto put = [](QIODevice *device, bool &ok, const QByteArray &bytes) {
        if (ok && device->write(bytes) != bytes.size())
            ok = false;
        return ok;
    };

    put(assessments.value(), assessmentsOk, CsvExport::assessmentsHeader());
    const Scorer scorer(model);
    if (Status read = repository.forEachAssessment([&](const ExchangeAssessment &a) {
            return put(assessments.value(), assessmentsOk, CsvExport::assessmentRows(a.assessment, model, scorer))
                && run.step();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    put(journal.value(), journalOk, CsvExport::journalHeader());
    if (Status read = repository.forEachEntry([&](const JournalEntry &e) {
            return put(journal.value(), journalOk, CsvExport::journalRow(e)) && run.step();
        });
        !read)
        return read.failure();
    if (run.stopped())
        return Error { stopped() };
    return finish(run, files, { { assessmentsPath, assessments.value() }, { journalPath, journal.value() } },
                  { assessmentsOk, journalOk });
}

Result<QStringList> writeMarkdown(const ExchangeRepository &repository, const SkillModel &model, const QString &path,
                                  bool perMonth, Run &run)
{
    auto counts = repository.counts();
    if (!counts)
        return counts.failure();
    run.setTotal(counts->journalEntries);
    PendingFiles files;
    struct Month final
    {
        QString key;
        QString path;
        QIODevice *device;
        std::unique_ptr<MarkdownExport::Document> document;
    };
    // Entries come in time order, so a month's file is done when the next month starts; a local
    // month can come back (a clock set back over a month's end), so each stays at hand until the end.
    std::map<QString, Month> months;
    Month *current = nullptr;
    Error failed;
    bool failedToOpen = false;
    auto documentFor = [&](const JournalEntry &e) -> Month * {
        const QString key = perMonth ? MarkdownExport::monthOf(e) : QString();
        if (current && current->key == key)
            return current;
        if (auto it = months.find(key); it != months.end())
            return current = &it->second;
        // The month before is done: its bytes go to disk now rather than wait in its buffer.
        if (auto *file = current ? qobject_cast<QFileDevice *>(current->device) : nullptr)
            file->flush();
        if (perMonth && run.stopNow()) // a question per month file, so a long export stops between files
            return nullptr;
        const QString filePath = perMonth ? QDir(path).filePath(key + QStringLiteral(".md")) : path;
        auto device = files.open(filePath);
        if (!device) {
            failed = device.failure();
            failedToOpen = true;
            return nullptr;
        }
        const QString heading = perMonth ? MarkdownExport::monthHeading(e.occurredAt.toLocalTime().date())
                                         : MarkdownExport::journalHeading();
        Month month { key, filePath, device.value(),
                      std::make_unique<MarkdownExport::Document>(*device.value(), heading) };
        return current = &months.emplace(key, std::move(month)).first->second;
    };

    if (Status read = repository.forEachEntry([&](const JournalEntry &e) {
            Month *month = documentFor(e);
            if (!month)
                return false;
            month->document->add(e, model);
            return month->document->ok() && run.step();
        });
        !read)
        return read.failure();
    if (failedToOpen)
        return failed;
    if (run.stopped())
        return Error { stopped() };
    // The single file is written even with no entries ("No journal entries.").
    if (!perMonth && months.empty()) {
        auto device = files.open(path);
        if (!device)
            return device.failure();
        months.emplace(
            QString(),
            Month { QString(), path, device.value(),
                    std::make_unique<MarkdownExport::Document>(*device.value(), MarkdownExport::journalHeading()) });
    }
    QList<std::pair<QString, QIODevice *>> devices;
    QList<bool> writesOk;
    for (auto &[key, month] : months) {
        month.document->finish();
        devices.append({ month.path, month.device });
        writesOk.append(month.document->ok());
    }
    return finish(run, files, devices, writesOk);
}

// A folder export: the folder is made when missing, and removed again (only when still empty:
// nothing of the user's goes) when the export fails or is stopped.
template<typename Write> Result<QStringList> inFolder(const QString &folder, Write write)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error { QCoreApplication::translate("ExportWriter", "%1 is a file; this format needs a folder.")
                           .arg(QDir::toNativeSeparators(folder)) };
    const bool existed = info.exists();
    if (!QDir().mkpath(folder))
        return Error { QCoreApplication::translate("ExportWriter", "Could not create the folder %1.")
                           .arg(QDir::toNativeSeparators(folder)) };
    auto saved = write();
    if (!saved && !existed)
        QDir().rmdir(folder);
    return saved;
}

} // namespace

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    if (key == QLatin1String("json"))
        return ExportFormat::Json;
    if (key == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (key == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

Result<QStringList> ExportWriter::write(const Database &db, const SkillModel &model, ExportFormat format,
                                        const QString &path, const StopRequested &stopRequested,
                                        const Progress &progress)
{
    if (path.isEmpty())
        return Error { QCoreApplication::translate("ExportWriter", "No file or folder to export to was given.") };
    Run run(stopRequested, progress);
    if (run.stopNow())
        return Error { stopped() };
    if ((format == ExportFormat::Json || format == ExportFormat::Markdown) && QFileInfo(path).isDir())
        return Error { format == ExportFormat::Json
                           ? QCoreApplication::translate("ExportWriter",
                                                         "%1 is a folder; give a file name for the JSON export.")
                                 .arg(QDir::toNativeSeparators(path))
                           : QCoreApplication::translate(
                                 "ExportWriter", "%1 is a folder; give a file name, or export one file per month.")
                                 .arg(QDir::toNativeSeparators(path)) };

    // One read transaction for the whole export, so that it is one consistent moment even while
    // the app writes. It changes nothing; it ends with a commit all the same (see readAll).
    Transaction snapshot(db);
    if (!snapshot.isActive())
        return Error { snapshot.error() };
    const ExchangeRepository repository(db);
    Result<QStringList> written = Error { QCoreApplication::translate("ExportWriter", "Unknown export format.") };
    switch (format) {
    case ExportFormat::Json: written = writeJson(repository, path, run); break;
    case ExportFormat::Csv: written = inFolder(path, [&] { return writeCsv(repository, model, path, run); }); break;
    case ExportFormat::Markdown: written = writeMarkdown(repository, model, path, false, run); break;
    case ExportFormat::MarkdownPerMonth:
        written = inFolder(path, [&] { return writeMarkdown(repository, model, path, true, run); });
        break;
    }
    (void)snapshot.commit();
    return written;
}

} // namespace tandem::core
