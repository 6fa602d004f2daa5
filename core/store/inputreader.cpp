#include "inputreader.h"

#include "database.h"
#include "recordlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace tandem::core {

namespace {

constexpr qint64 Mebibyte = 1024 * 1024;
constexpr qint64 ChunkBytes = Mebibyte;

// Where the first byte that is not part of well-formed UTF-8 is, or -1. Only for the message:
// whether the text is refused is QStringDecoder's decision.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

QString InputReader::sizeText(qint64 bytes)
{
    if (bytes >= Mebibyte && bytes % Mebibyte == 0)
        return RecordLimits::number(bytes / Mebibyte) + QStringLiteral(" MiB");
    // The count picks the plural form; the number itself is written as RecordLimits writes numbers.
    const int form = static_cast<int>(qMin<qint64>(bytes, 1000000));
    return QCoreApplication::translate("InputReader", "%1 bytes", nullptr, form).arg(RecordLimits::number(bytes));
}

Result<QByteArray> InputReader::read(QIODevice &device, qint64 maxBytes, const QString &name, NulBytes nul)
{
    QByteArray bytes;
    // Chunk by chunk, never asking for more than one byte past the limit: the size the file system
    // reports is no guide (a device or pipe reports 0, and a file may grow).
    while (bytes.size() <= maxBytes) {
        const qint64 start = bytes.size();
        const qint64 wanted = std::min(ChunkBytes, maxBytes + 1 - start);
        const qint64 capacity = bytes.capacity();
        if (capacity < start + wanted)
            bytes.reserve(std::min(std::max(start + wanted, 2 * capacity), maxBytes + 1));
        bytes.resize(start + wanted);
        const qint64 got = device.read(bytes.data() + start, wanted);
        if (got < 0)
            return Error {
                QCoreApplication::translate("InputReader", "%1 could not be read: %2").arg(name, device.errorString())
            };
        bytes.resize(start + got);
        if (got == 0)
            break; // the end (a QFile blocks until there is data or the end)
        if (nul == NulBytes::Refused) {
            const qsizetype at = bytes.indexOf('\0', start);
            if (at >= 0)
                return Error { QCoreApplication::translate("InputReader",
                                                           "%1 is not a text file: it holds a NUL byte (at byte %2)")
                                   .arg(name, RecordLimits::number(at + 1)) };
        }
    }
    if (bytes.size() > maxBytes)
        return Error {
            QCoreApplication::translate("InputReader", "%1 is too large: more than %2").arg(name, sizeText(maxBytes))
        };
    return bytes;
}

Result<QByteArray> InputReader::readFile(const QString &path, qint64 maxBytes, NulBytes nul)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error { QCoreApplication::translate("InputReader", "%1 does not exist").arg(shown) };
    if (info.isDir())
        return Error { QCoreApplication::translate("InputReader", "%1 is a folder, not a file").arg(shown) };
    // Our own descriptor on a store this process holds open would drop SQLite's locks on it when
    // closed (see Database); and the store is no file to import anyway.
    if (Database::isOpenStoreFile(info.absoluteFilePath()))
        return Error { QCoreApplication::translate(
                           "InputReader",
                           "%1 is one of Tandem's own data files, open right now; import an export or a "
                           "backup instead")
                           .arg(shown) };
    // A regular file that is too large already is refused without reading it.
    if (info.isFile() && info.size() > maxBytes)
        return Error {
            QCoreApplication::translate("InputReader", "%1 is too large: more than %2").arg(shown, sizeText(maxBytes))
        };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("InputReader", "%1 could not be read: %2").arg(shown, file.errorString())
        };
    return read(file, maxBytes, shown, nul);
}

Result<QString> InputReader::decodeUtf8(const QByteArray &bytes, const QString &name)
{
    // Without ConvertInitialBom the decoder silently drops a leading U+FEFF, which is text the
    // user gave.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    const qsizetype at = firstInvalidUtf8(bytes);
    if (at < 0)
        return Error { QCoreApplication::translate("InputReader", "%1 is not valid UTF-8 text").arg(name) };
    return Error { QCoreApplication::translate("InputReader", "%1 is not valid UTF-8 text (at byte %2)")
                       .arg(name, RecordLimits::number(at + 1)) };
}

} // namespace tandem::core
