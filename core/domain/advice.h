#pragma once

#include "result.h"
#include "skillmodel.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace tandem::core {

/// Which way the advisor suggests leaning in a situation.
enum class Lean { Lead, Manage, Blend };

/// "lead", "manage" or "blend", as stored in journal_entries.advice_lean and printed by the CLI.
QString leanKey(Lean lean);
std::optional<Lean> leanFromKey(const QString &key);

/// A contrast whose answer pulled the advice one way.
struct AdviceDriver final
{
    QString contrastId;
    Role side = Role::Lead;  ///< the pole the answer pointed to
    int answer = 0;          ///< −3..3 as answered (negative = leading side)

    friend bool operator==(const AdviceDriver &, const AdviceDriver &) = default;
};

/// The "lead or manage?" advisor's answer to one situation (see docs/scoring.md, "Advisor").
/// It is kept with a journal entry as JSON, keyed by the question ids, so that it stays readable
/// when the skill model is revised.
struct Advice final
{
    QString modelVersion;
    QStringList questionIds;  ///< the questions answered, in the model's order
    QList<int> answers;       ///< one per question, −3..3; negative = the leading side
    int score = 0;            ///< the sum of the answers, −15..15
    Lean lean = Lean::Blend;
    QList<AdviceDriver> drivers;  ///< strongest first
    QStringList skillIds;         ///< skills to draw on, most relevant first
    QStringList tipIds;           ///< two or three tips (ids of skill or pole tips)

    /// Compact JSON, as stored in journal_entries.advice.
    QByteArray toJson() const;
    /// Reads what toJson() wrote; an error names what is wrong.
    static Result<Advice> fromJson(const QByteArray &json);

    friend bool operator==(const Advice &, const Advice &) = default;
};

} // namespace tandem::core
