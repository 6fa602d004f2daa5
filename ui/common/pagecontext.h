#pragma once

namespace tandem::core {
class Clock;
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class DueTracker;
class EditHistory;

/// What every page is given, in one shape: the user's data (read it, change it and hear of
/// changes through the workspace), the skill model, the clock ("now" for everything a page
/// shows or stores, so that tests can set it), the undo history, and what is due. The main
/// window owns what this refers to and outlives its pages.
struct PageContext final
{
    core::Workspace &workspace;
    const core::SkillModel &model;
    const core::Clock &clock;
    EditHistory &history;
    DueTracker &due;
};

} // namespace tandem::ui
