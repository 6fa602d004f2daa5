#pragma once

#include "database.h"
#include "result.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace tandem::ui {

/// Runs work on a worker thread with its own connection to the data folder's database, while a
/// window-modal "busy" dialog shows once the work has taken longer than a blink. Gives the work's
/// result. The caller's event loop keeps painting meanwhile, so the window never looks hung.
template<typename T>
core::Result<T> runInBackground(QWidget *parent, const QString &dataDir, const QString &label,
                                const std::function<core::Result<T>(const core::Database &)> &work)
{
    std::optional<core::Result<T>> result;
    QThread *thread = QThread::create([&] {
        // A connection belongs to the thread that opened it, so this one is opened and closed here.
        auto db = core::Database::open(dataDir);
        if (!db) {
            result.emplace(core::Error { db.error() });
            return;
        }
        result.emplace(work(*db.value()));
    });
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("busyDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.reset(); // hidden until the timer below decides the work is long enough to show it
    QTimer showLater;
    showLater.setSingleShot(true);
    QObject::connect(&showLater, &QTimer::timeout, &progress, [&progress] {
        progress.setRange(0, 0);
        progress.show();
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    showLater.start(400);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace tandem::ui
