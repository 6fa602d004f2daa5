#pragma once

// Demo databases for benchmarks, one per length in years, made once and shared.
#include "database.h"
#include "demogenerator.h"
#include "skillmodel.h"

#include <QDate>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace tandem::bench {

struct DemoStore
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<core::Database> db;
};

/// Every store made so far; clear() it before the application goes.
inline std::map<int, DemoStore> &demoStores()
{
    static std::map<int, DemoStore> stores;
    return stores;
}

/// A database with `years` of demo data ending 30 November 2026 (0: empty).
inline core::Database &demoDatabase(int years)
{
    auto &stores = demoStores();
    auto it = stores.find(years);
    if (it == stores.end()) {
        DemoStore store;
        store.dir = std::make_unique<QTemporaryDir>();
        store.db = std::move(core::Database::open(store.dir->path())).value();
        if (years > 0) {
            core::DemoGenerator::Options options;
            options.years = years;
            options.until = QDate(2026, 11, 30);
            (void)core::DemoGenerator(core::SkillModel::builtin()).generate(*store.db, options);
        }
        it = stores.emplace(years, std::move(store)).first;
    }
    return *it->second.db;
}

} // namespace tandem::bench
