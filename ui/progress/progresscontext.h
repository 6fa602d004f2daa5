#pragma once

#include <QDate>

#include "workspace.h"

namespace tandem::core {
class Clock;
class ProgressData;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

/// What the tabs of the progress page read from. The page fills it; a tab takes only this, so
/// that where the page gets these from can change without touching any tab.
struct ProgressContext final
{
    const core::Workspace &workspace;  ///< read when a chart is built, never kept
    const core::SkillModel &model;
    const core::Clock &clock;

    const core::ProgressData &data() const { return workspace.progress(); }
};

/// The days a chart covers, both ends included; an invalid end is open.
struct DateRange final
{
    QDate from;
    QDate to;

    /// Open at both ends: the whole history.
    bool isAll() const { return !from.isValid() && !to.isValid(); }
};

} // namespace tandem::ui
