#include "importsource.h"

#include "inputreader.h"
#include "jrnlimport.h"
#include "rednotebookimport.h"
#include "tandemjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::core {

namespace {

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error { QCoreApplication::translate("ImportSource", "%1 does not exist.").arg(shown) };
    if (info.isDir())
        return Error {
            QCoreApplication::translate("ImportSource", "%1 is a folder; this format is a single file.").arg(shown)
        };
    if (info.size() > maxBytes)
        return Error { QCoreApplication::translate("ImportSource",
                                                   "%1 is too large to import (%2 MB; the limit is %3 MB).")
                           .arg(shown)
                           .arg(info.size() / (1024 * 1024))
                           .arg(maxBytes / (1024 * 1024)) };
    // Read with a cap whatever the size said: a pipe or a device says 0, and a file may grow.
    // JSON holds no NUL byte, so a stream of zeros is refused at its first byte.
    auto bytes = InputReader::readFile(path, maxBytes, InputReader::NulBytes::Refused);
    if (!bytes)
        return Error { bytes.error() + QLatin1Char('.') };
    return bytes;
}

} // namespace

std::optional<ImportFormat> importFormatFromKey(const QString &key)
{
    if (key == QLatin1String("tandem"))
        return ImportFormat::Tandem;
    if (key == QLatin1String("rednotebook"))
        return ImportFormat::RedNotebook;
    if (key == QLatin1String("jrnl"))
        return ImportFormat::Jrnl;
    return std::nullopt;
}

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Tandem: return QStringLiteral("tandem");
    case ImportFormat::RedNotebook: return QStringLiteral("rednotebook");
    case ImportFormat::Jrnl: return QStringLiteral("jrnl");
    }
    return {};
}

std::optional<ImportFormat> ImportSource::detect(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ImportFormat::RedNotebook;
    if (!info.isFile())
        return std::nullopt;
    if (info.size() > TandemJson::MaxFileBytes)
        return ImportFormat::Tandem; // not read to find out: read() then says it is too large
    // Our writer sorts keys, so "format" can come after megabytes of assessments: look at all of
    // it (a byte search, far cheaper than the parse that follows). jrnl writes "tags" and
    // "entries" first.
    const auto read = InputReader::readFile(path, TandemJson::MaxFileBytes, InputReader::NulBytes::Refused);
    if (!read)
        return std::nullopt;
    const QByteArray &bytes = read.value();
    if (bytes.contains("\"format\": \"tandem-export\"") || bytes.contains("\"format\":\"tandem-export\""))
        return ImportFormat::Tandem;
    const QByteArray head = bytes.left(4096);
    if (head.trimmed().startsWith('{') && (head.contains("\"entries\"") || head.contains("\"tags\"")))
        return ImportFormat::Jrnl;
    return std::nullopt;
}

Result<ExchangeData> ImportSource::read(ImportFormat format, const QString &path)
{
    switch (format) {
    case ImportFormat::Tandem: {
        const auto bytes = readFile(path, TandemJson::MaxFileBytes);
        if (!bytes)
            return Error { bytes.error() };
        return TandemJson::read(bytes.value());
    }
    case ImportFormat::Jrnl: {
        const auto bytes = readFile(path, JrnlImport::MaxFileBytes);
        if (!bytes)
            return Error { bytes.error() };
        return JrnlImport::parse(bytes.value());
    }
    case ImportFormat::RedNotebook:
        if (!QFileInfo(path).isDir())
            return Error { QCoreApplication::translate(
                               "ImportSource",
                               "%1 is not a folder. Choose RedNotebook's data folder, the one with "
                               "files named like 2026-11.txt.")
                               .arg(QDir::toNativeSeparators(path)) };
        return RedNotebookImport::readFolder(path);
    }
    return Error { QCoreApplication::translate("ImportSource", "Unknown import format.") };
}

} // namespace tandem::core
