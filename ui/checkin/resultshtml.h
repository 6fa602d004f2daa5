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
};

} // namespace tandem::ui
