#include "privatefile.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tandem::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PrivateFile::PrivateFile(QString path) : m_path(std::move(path)), m_file(m_path) { }

Status PrivateFile::open()
{
    const QFileInfo target(m_path);
    if (target.isDir())
        return Error {
            QCoreApplication::translate("PrivateFile", "%1 is a folder; choose a file name.").arg(shown(m_path))
        };
    if (Database::isOpenStoreFile(target.absoluteFilePath()))
        return Error { QCoreApplication::translate("PrivateFile",
                                                   "%1 is one of Tandem's own data files; choose another name.")
                           .arg(shown(m_path)) };
    if (!target.absoluteDir().exists())
        return Error { QCoreApplication::translate("PrivateFile", "The folder %1 does not exist.")
                           .arg(shown(target.absolutePath())) };
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (!QFileInfo(target.absolutePath()).isWritable())
            return Error { QCoreApplication::translate("PrivateFile",
                                                       "You do not have permission to write in the folder %1.")
                               .arg(shown(target.absolutePath())),
                           m_file.errorString(), Error::Kind::NotWritable };
        return Error { QCoreApplication::translate("PrivateFile", "Could not write %1: %2")
                           .arg(shown(m_path), m_file.errorString()) };
    }
    // Before a single byte is written: the file holds the user's private data.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_file.cancelWriting();
        return Error { QCoreApplication::translate("PrivateFile", "Could not make %1 private to you: %2")
                           .arg(shown(m_path), m_file.errorString()) };
    }
    return {};
}

Status PrivateFile::commit()
{
    if (m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        m_file.cancelWriting();
        return Error { QCoreApplication::translate("PrivateFile", "Could not write %1: %2. Nothing was changed there.")
                           .arg(shown(m_path), reason) };
    }
    if (!m_file.commit())
        return Error { QCoreApplication::translate("PrivateFile", "Could not write %1: %2. Nothing was changed there.")
                           .arg(shown(m_path), m_file.errorString()) };
    return {};
}

Status PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    PrivateFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (file.device().write(bytes) != bytes.size()) {
        const QString reason = file.m_file.errorString();
        file.cancel();
        return Error { QCoreApplication::translate("PrivateFile", "Could not write %1: %2. Nothing was changed there.")
                           .arg(shown(path), reason) };
    }
    return file.commit();
}

} // namespace tandem::core
