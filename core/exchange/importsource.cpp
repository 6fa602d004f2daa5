#include "importsource.h"

#include "database.h"
#include "inputreader.h"
#include "jrnlimport.h"
#include "rednotebookimport.h"
#include "tandemjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::core {

namespace {

// What is checked before a file is read: it is there, a file, not too large.
Status checkFile(const QString &path, qint64 maxBytes)
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
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    if (Status checked = checkFile(path, maxBytes); !checked)
        return checked.failure();
    // Read with a cap whatever the size said: a pipe or a device says 0, and a file may grow.
    // JSON holds no NUL byte, so a stream of zeros is refused at its first byte.
    auto bytes = InputReader::readFile(path, maxBytes, InputReader::NulBytes::Refused);
    if (!bytes)
        return Error { bytes.error() + QLatin1Char('.') };
    return bytes;
}

// Data read whole (the formats of other journals, and a Tandem file that is not a regular file)
// as ImportRecords.
class RecordsInMemory final : public ImportRecords
{
public:
    explicit RecordsInMemory(ExchangeData data) : m_data(std::move(data)), m_records(m_data) { }
    qint64 count() const override { return m_records.count(); }
    void rewind() override { m_records.rewind(); }
    Status assessments(const Each<ExchangeAssessment> &record) override { return m_records.assessments(record); }
    Status journalEntries(const Each<JournalEntry> &record) override { return m_records.journalEntries(record); }
    Status goals(const Each<ExchangeGoal> &record) override { return m_records.goals(record); }
    Result<QMap<QString, QString>> settings() override { return m_records.settings(); }
    bool holdsEntry(const QUuid &uuid) const override { return m_records.holdsEntry(uuid); }

private:
    const ExchangeData m_data;
    ImportRecordsInMemory m_records;
};

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
    // Our writer sorts keys, so "format" can come after megabytes of assessments: look through
    // all of it, a buffer at a time (a byte search, far cheaper than the reading that follows).
    // jrnl writes "tags" and "entries" first.
    if (Database::isOpenStoreFile(info.absoluteFilePath()))
        return std::nullopt; // no descriptor of ours on an open store (see Database)
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    static const QByteArray Spaced("\"format\": \"tandem-export\"");
    static const QByteArray Tight("\"format\":\"tandem-export\"");
    constexpr qint64 BufferBytes = 1024 * 1024;
    QByteArray head;
    QByteArray window; // the end of the buffer before, so that a match across two buffers is found
    for (;;) {
        const QByteArray chunk = file.read(BufferBytes);
        if (chunk.isEmpty())
            break;
        if (chunk.contains('\0'))
            return std::nullopt; // not a text file
        if (head.size() < 4096)
            head.append(chunk.left(4096 - head.size()));
        window = window.right(Spaced.size()) + chunk;
        if (window.contains(Spaced) || window.contains(Tight))
            return ImportFormat::Tandem;
        window = chunk.right(Spaced.size());
    }
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

Result<std::unique_ptr<ImportRecords>> ImportSource::open(ImportFormat format, const QString &path)
{
    // Our own format is read from a regular file a record at a time, however large; a pipe or a
    // device cannot be read twice, so it is read whole, as the other formats are.
    if (format == ImportFormat::Tandem && QFileInfo(path).isFile()) {
        if (Status checked = checkFile(path, TandemJson::MaxFileBytes); !checked)
            return checked.failure();
        const QFileInfo info(path);
        // Our own descriptor on a store this process holds open would drop SQLite's locks on it
        // when closed (see Database), as InputReader says.
        if (Database::isOpenStoreFile(info.absoluteFilePath()))
            return Error { QCoreApplication::translate(
                               "InputReader",
                               "%1 is one of Tandem's own data files, open right now; import an export or a "
                               "backup instead")
                               .arg(QDir::toNativeSeparators(path))
                           + QLatin1Char('.') };
        return TandemJson::open(path);
    }
    auto data = read(format, path);
    if (!data)
        return data.failure();
    return std::unique_ptr<ImportRecords>(std::make_unique<RecordsInMemory>(std::move(data.value())));
}

} // namespace tandem::core
