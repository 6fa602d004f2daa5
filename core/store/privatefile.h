#pragma once

#include "result.h"

#include <QSaveFile>
#include <QString>

namespace tandem::core {

/// A file written from the user's data (an export, the PDF report, a chart image, a calendar):
/// readable by its owner only (0600) from the moment it exists, and whole or not there at all.
/// The bytes go to a temporary file beside the target, renamed over it only by commit(); an
/// earlier file of that name stays as it was until then. Tandem's own database files are refused
/// as targets.
class PrivateFile final
{
public:
    explicit PrivateFile(QString path);
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    /// Opens the temporary file, owner-only. The error names the file and says why, in plain words.
    Status open();
    /// Where to write, once open() succeeded.
    QIODevice &device() { return m_file; }
    /// Puts the file in place; nothing is left behind on failure.
    Status commit();
    /// Gives up: the temporary file goes and the target is not touched.
    void cancel() { m_file.cancelWriting(); }

    /// Opens, writes bytes and commits.
    static Status write(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace tandem::core
