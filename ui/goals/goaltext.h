#pragma once

#include "goal.h"
#include "skillmodel.h"

#include <QList>
#include <QString>

class QFrame;
class QLabel;
class QWidget;

namespace tandem::core {
class SkillModel;
}

namespace tandem::ui {

/// What the goals pages share: names for statuses and targets, a target as one key for combo
/// boxes, the tips of a target, and the house look of headings and cards.
namespace GoalText {

/// "Active", "Paused", "Done", "Dropped".
QString statusName(core::GoalStatus status);

/// A target as one string, "skill:ID", "lead:ID" or "manage:ID", for a combo box's data.
QString targetKey(core::GoalTarget kind, const QString &id);
bool targetFromKey(const QString &key, core::GoalTarget *kind, QString *id);

/// The skill's, or the pole's, tips from the model; empty for a target the model does not know.
QList<core::Tip> tipsFor(core::GoalTarget kind, const QString &id, const core::SkillModel &model);

/// "Visionary thinking", or for a pole "Vision (the leading side of Vision and execution)".
QString targetLabel(core::GoalTarget kind, const QString &id, const core::SkillModel &model);

/// "12 Mar 2027" in the user's locale.
QString shortDate(const QDate &date);

QLabel *heading(const QString &text, qreal scale, QWidget *parent);
/// A framed card with a bold title, its layout a QVBoxLayout.
QFrame *card(const QString &title, QWidget *parent, QLabel **headingOut = nullptr);

} // namespace GoalText

} // namespace tandem::ui
