#include "exportwriter.h"

#include "csvexport.h"
#include "database.h"
#include "exchangerepository.h"
#include "markdownexport.h"
#include "privatefile.h"
#include "skillmodel.h"
#include "tandemjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

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

bool stopNow(const ExportWriter::StopRequested &stopRequested)
{
    return stopRequested && stopRequested();
}

// An export holds the whole private journal: readable by its owner only, like the database. Every
// file goes to its temporary twin first, and they are put in place only once all were written and
// no stop came: a stopped or failed export leaves what was there before (a PrivateFile that is not
// committed removes its temporary file).
Result<QStringList> saveFiles(const QList<std::pair<QString, QByteArray>> &files,
                              const ExportWriter::StopRequested &stopRequested)
{
    std::vector<std::unique_ptr<PrivateFile>> pending;
    for (const auto &[path, bytes] : files) {
        if (stopNow(stopRequested))
            return Error { stopped() };
        auto file = std::make_unique<PrivateFile>(path);
        if (Status opened = file->open(); !opened)
            return opened.failure();
        if (file->device().write(bytes) != bytes.size())
            return Error { QCoreApplication::translate("ExportWriter",
                                                       "Could not write %1: %2. Nothing was changed there.")
                               .arg(QDir::toNativeSeparators(path), file->device().errorString()) };
        pending.push_back(std::move(file));
    }
    if (stopNow(stopRequested))
        return Error { stopped() };
    QStringList written;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (Status committed = pending[i]->commit(); !committed)
            return committed.failure();
        written.append(files[static_cast<qsizetype>(i)].first);
    }
    return written;
}

Result<QStringList> saveFolder(const QString &folder, const QMap<QString, QByteArray> &files,
                               const ExportWriter::StopRequested &stopRequested)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error { QCoreApplication::translate("ExportWriter", "%1 is a file; this format needs a folder.")
                           .arg(QDir::toNativeSeparators(folder)) };
    const bool existed = info.exists();
    if (!QDir().mkpath(folder))
        return Error { QCoreApplication::translate("ExportWriter", "Could not create the folder %1.")
                           .arg(QDir::toNativeSeparators(folder)) };
    QList<std::pair<QString, QByteArray>> paths;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        paths.append({ QDir(folder).filePath(it.key()), it.value() });
    auto saved = saveFiles(paths, stopRequested);
    if (!saved && !existed)
        QDir().rmdir(folder); // only when empty: nothing of the user's goes
    return saved;
}

Result<QStringList> saveFile(const QString &path, const QByteArray &bytes,
                             const ExportWriter::StopRequested &stopRequested)
{
    return saveFiles({ { path, bytes } }, stopRequested);
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
                                        const QString &path, const StopRequested &stopRequested)
{
    if (path.isEmpty())
        return Error { QCoreApplication::translate("ExportWriter", "No file or folder to export to was given.") };
    if (stopNow(stopRequested))
        return Error { stopped() };
    const auto data = ExchangeRepository(db).readAll();
    if (!data)
        return Error { data.error() };
    if (stopNow(stopRequested))
        return Error { stopped() };

    switch (format) {
    case ExportFormat::Json:
        if (QFileInfo(path).isDir())
            return Error { QCoreApplication::translate("ExportWriter",
                                                       "%1 is a folder; give a file name for the JSON export.")
                               .arg(QDir::toNativeSeparators(path)) };
        return saveFile(path, TandemJson::write(data.value()), stopRequested);
    case ExportFormat::Csv: return saveFolder(path, CsvExport::files(data.value(), model), stopRequested);
    case ExportFormat::Markdown:
        if (QFileInfo(path).isDir())
            return Error { QCoreApplication::translate(
                               "ExportWriter", "%1 is a folder; give a file name, or export one file per month.")
                               .arg(QDir::toNativeSeparators(path)) };
        return saveFile(path, MarkdownExport::singleFile(data.value(), model), stopRequested);
    case ExportFormat::MarkdownPerMonth:
        return saveFolder(path, MarkdownExport::perMonth(data.value(), model), stopRequested);
    }
    return Error { QCoreApplication::translate("ExportWriter", "Unknown export format.") };
}

} // namespace tandem::core
