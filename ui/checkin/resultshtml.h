#pragma once

#include "profileservice.h"
#include "skillmodel.h"

#include <QPalette>
#include <QString>

namespace tandem::ui {

/// The results of one assessment as HTML for a QTextBrowser: profile label, indices and
/// balance, every skill with its change since last time (real or within noise), the contrast
/// poles, and strengths and growth areas with tips. Coloured for the given palette.
class ResultsHtml final
{
public:
    /// With tipLinks, each tip of a growth area ends with a "Make it a step…" link whose address
    /// is TipScheme:tip-id (the page turns it into a TipStepMenu).
    static QString build(const core::AssessmentResult &result, const core::SkillModel &model, const QPalette &palette,
                         bool tipLinks = false);

    /// The scheme of the tips' links: "tip".
    static QString tipScheme() { return QStringLiteral("tip"); }

    /// "+12, a real change", "−3, within noise", or empty when there is nothing to compare.
    static QString changeText(const std::optional<core::Change> &change);

    /// The balance's change in words: "+19, a real shift towards leading", "−4, within noise",
    /// or empty when there is nothing to compare. A shift of the balance is neither good nor bad.
    static QString balanceChangeText(const std::optional<core::Change> &change);
    /// The colour of the balance's change: the colour of the role it shifted towards when the
    /// shift is real (never the red of a decline), muted when it is within noise.
    static QColor balanceChangeColour(const std::optional<core::Change> &change, const QPalette &palette);
    /// Why the balance changed for real although neither index did on its own, in words; empty
    /// in every other case. The balance is the difference of the two indices: small moves in
    /// opposite directions add up in it, and its own noise threshold is judged on that sum.
    static QString balanceNote(const core::ProfileChanges &changes);
    /// For the dashboard's list of real changes: the balance's change as coloured HTML with the
    /// note when there is one; empty when the balance did not change by more than noise.
    static QString balanceChangeHtml(const core::ProfileChanges &changes, const QPalette &palette);
};

} // namespace tandem::ui
