#pragma once

#include "advice.h"
#include "result.h"
#include "skillmodel.h"

namespace tandem::core {

/// The "lead or manage?" advisor: five bipolar answers, one per contrast, turned into a lean
/// (lead, manage or blend), the contrasts that drove it, skills to draw on and two or three tips.
/// The rule is documented in docs/scoring.md under "Advisor".
class Advisor final
{
public:
    static constexpr int MinAnswer = -3;  ///< fully the leading side
    static constexpr int MaxAnswer = 3;   ///< fully the managing side
    /// |sum of answers| at or above which the advice leans one way rather than blending.
    static constexpr int LeanThreshold = 4;
    static constexpr int MaxSkills = 3;
    static constexpr int MaxTips = 3;

    explicit Advisor(const SkillModel &model) : m_model(model) {}

    /// Advice for one answer per advisor question, in the model's order. An error names the
    /// problem when the count is wrong or an answer is outside −3..3.
    Result<Advice> advise(const QList<int> &answers) const;

    /// The skills that serve one pole of a contrast, most relevant first.
    QStringList skillsFor(const QString &contrastId, Role side) const;

    /// A tip of a skill or a pole by id, or nullptr.
    const Tip *tip(const QString &id) const;

private:
    const SkillModel &m_model;
};

} // namespace tandem::core
