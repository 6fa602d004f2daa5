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
    static QString build(const core::AssessmentResult &result, const core::SkillModel &model, const QPalette &palette);

    /// "+12, a real change", "−3, within noise", or empty when there is nothing to compare.
    static QString changeText(const std::optional<core::Change> &change);
};

} // namespace tandem::ui
