#include "exportwriter.h"

#include "csvexport.h"
#include "database.h"
#include "exchangerepository.h"
#include "markdownexport.h"
#include "privatefile.h"
#include "skillmodel.h"
#include "tandemjson.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace tandem::core {

namespace {

// An export holds the whole private journal: readable by its owner only, like the database.
Status saveFile(const QString &path, const QByteArray &bytes)
{
    return PrivateFile::write(path, bytes);
}

Result<QStringList> saveFolder(const QString &folder, const QMap<QString, QByteArray> &files)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error {
            QStringLiteral("%1 is a file; this format needs a folder.").arg(QDir::toNativeSeparators(folder))
        };
    if (!QDir().mkpath(folder))
        return Error { QStringLiteral("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)) };
    QStringList written;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(folder).filePath(it.key());
        if (Status saved = saveFile(path, it.value()); !saved)
            return Error { saved.error() };
        written.append(path);
    }
    return written;
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
                                        const QString &path)
{
    if (path.isEmpty())
        return Error { QStringLiteral("No file or folder to export to was given.") };
    const auto data = ExchangeRepository(db).readAll();
    if (!data)
        return Error { data.error() };

    switch (format) {
    case ExportFormat::Json:
        if (QFileInfo(path).isDir())
            return Error { QStringLiteral("%1 is a folder; give a file name for the JSON export.")
                               .arg(QDir::toNativeSeparators(path)) };
        if (Status saved = saveFile(path, TandemJson::write(data.value())); !saved)
            return Error { saved.error() };
        return QStringList { path };
    case ExportFormat::Csv: return saveFolder(path, CsvExport::files(data.value(), model));
    case ExportFormat::Markdown:
        if (QFileInfo(path).isDir())
            return Error { QStringLiteral("%1 is a folder; give a file name, or export one file per month.")
                               .arg(QDir::toNativeSeparators(path)) };
        if (Status saved = saveFile(path, MarkdownExport::singleFile(data.value(), model)); !saved)
            return Error { saved.error() };
        return QStringList { path };
    case ExportFormat::MarkdownPerMonth: return saveFolder(path, MarkdownExport::perMonth(data.value(), model));
    }
    return Error { QStringLiteral("Unknown export format.") };
}

} // namespace tandem::core
