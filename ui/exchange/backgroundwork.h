#pragma once

#include "database.h"
#include "result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tandem::ui {

/// Set on the GUI thread to ask background work to stop; the work reads it between its steps.
using StopFlag = std::shared_ptr<std::atomic<bool>>;

/// How far background work has come, written by the worker and read by the busy dialog on the
/// GUI thread (atomics: no signal crosses the threads, and the dialog reads at its own pace).
/// A total of 0 means not known (yet).
struct WorkProgress final
{
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };

    void set(qint64 doneNow, qint64 totalNow)
    {
        total.store(totalNow);
        done.store(doneNow);
    }
};

/// Work for runInBackground: gets the worker thread's own connection and the stop flag; gives
/// nullopt when it honoured a stop and changed nothing.
template<typename T>
using BackgroundWork = std::function<std::optional<core::Result<T>>(const core::Database &, const std::atomic<bool> &)>;

/// Runs work on a pool thread with its own connection to the data folder's database (a connection
/// belongs to the thread that opened it, so it is opened and closed there) and returns at once;
/// nothing waits for it. When the work stops on request, the future is canceled and holds no
/// result: the worker itself decides that, so a canceled future always means nothing was changed.
template<typename T>
QFuture<core::Result<T>> runInBackground(const QString &dataDir, StopFlag stop, BackgroundWork<T> work)
{
    return QtConcurrent::run(
        [dataDir, stop = std::move(stop), work = std::move(work)](QPromise<core::Result<T>> &promise) {
            std::optional<core::Result<T>> result;
            if (!*stop) { // stopped before it began: not even the file is opened
                auto db = core::Database::open(dataDir);
                if (!db)
                    result.emplace(db.failure());
                else
                    result = work(*db.value(), *stop);
            }
            if (!result) {
                promise.future().cancel();
                return;
            }
            promise.addResult(std::move(*result));
        });
}

/// Calls done(future) from context's event loop once future has finished (canceled or not),
/// never from within this call, and not at all once context is gone: the watcher is context's
/// child, so a dialog closed while its work runs is never called back.
template<typename T, typename Done> void whenFinished(const QFuture<T> &future, QObject *context, Done &&done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future());
                     });
    watcher->setFuture(future);
}

} // namespace tandem::ui
