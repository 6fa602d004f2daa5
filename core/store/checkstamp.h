#pragma once

#include <QString>

#include <optional>

namespace tandem::core {

/// A note beside the database, tandem.checked, of what stat() said about tandem.db and its log
/// when their whole content last passed PRAGMA quick_check. While the files still look exactly
/// like that, nobody has written a byte since, and the check need not run again: this is what
/// lets tandem-cli open a large store as fast as a small one (docs/data-model.md, "Damage").
///
/// Why stat() is enough: every write to a file, a copy over it, a truncation or a chmod sets
/// its change time (ctime) to the present, and no program can set ctime back; a file put in its
/// place (a restore, a rename) has another inode. stat() opens no descriptor on the database, so
/// the rule about POSIX locks holds (see Database). The one gap, a write within the same tick of
/// the file-system clock as the state was taken, is closed by never recording a state whose
/// newest change is younger than the clock's granularity ("racy" as in git's index).
class CheckStamp final
{
public:
    /// What stat() says about the database file and its log (-wal), and when it was taken.
    struct State
    {
        qint64 device = 0;
        qint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        /// The log: all zero when there is none or it is empty (it then holds no data).
        qint64 logInode = 0;
        qint64 logSize = 0;
        qint64 logModifiedNs = 0;
        qint64 logChangedNs = 0;
        /// The wall clock when stat() ran, not part of the comparison.
        qint64 takenNs = 0;

        bool sameFiles(const State &other) const;
        /// True when a write after takenNs could leave the same change time behind: the newest
        /// change is within the file-system clock's tick of takenNs (2 s on a file system that
        /// keeps whole seconds, 100 ms otherwise).
        bool racy() const;
    };

    /// The state of the database file at databasePath and its log now; nothing when the file
    /// cannot be stat()ed.
    static std::optional<State> take(const QString &databasePath);
    /// True when dataDir's stamp records exactly this state of the files.
    static bool holds(const QString &dataDir, const State &now);
    /// Records that the files, as they were in checked (taken before the check started), passed
    /// the check. Nothing is written for a racy state; a folder that cannot be written keeps no
    /// stamp, and the check then simply runs every time.
    static void record(const QString &dataDir, const State &checked);
    /// dataDir/tandem.checked
    static QString path(const QString &dataDir);
};

} // namespace tandem::core
