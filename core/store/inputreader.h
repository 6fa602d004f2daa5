#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace tandem::core {

/// Reads what a user hands Tandem by name (a file, a pipe, a device, standard input) without
/// trusting its size: at most the limit plus one byte is read, whatever the file system says, so
/// that /dev/zero, a FIFO or a file that grows while it is read is refused instead of exhausting
/// memory. Decodes text exactly, changing nothing.
class InputReader final
{
public:
    /// Whether a NUL byte may occur. Formats that forbid it (JSON, YAML) refuse it as soon as it
    /// is read, so that a stream of zeros is refused at once instead of at the size limit.
    enum class NulBytes { Allowed, Refused };

    /// The whole file at `path`, or an error naming it: it does not exist, is a folder, cannot be
    /// read, holds more than maxBytes, or holds a NUL byte when those are refused.
    static Result<QByteArray> readFile(const QString &path, qint64 maxBytes, NulBytes nul = NulBytes::Allowed);

    /// Everything left in an open, blocking device (a QFile, also on standard input) up to its
    /// end, or an error naming it `name` as readFile() does.
    static Result<QByteArray> read(QIODevice &device, qint64 maxBytes, const QString &name,
                                   NulBytes nul = NulBytes::Allowed);

    /// The text of UTF-8 bytes exactly as given: a leading byte-order mark stays (as U+FEFF), and
    /// bytes that are not UTF-8 are refused with the offset of the first, never replaced.
    static Result<QString> decodeUtf8(const QByteArray &bytes, const QString &name);

    /// A size for messages: "30 MiB" when it is whole mebibytes, else "1,500 bytes".
    static QString sizeText(qint64 bytes);
};

} // namespace tandem::core
