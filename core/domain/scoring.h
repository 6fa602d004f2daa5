#pragma once

#include "skillmodel.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::core {

/// Answers of one assessment: statement id → 1..5 (never … always).
using Answers = QHash<QString, int>;

enum class AssessmentKind { Full, Pulse };

/// "full" or "pulse", as stored and as the CLI prints it.
QString assessmentKindKey(AssessmentKind kind);
std::optional<AssessmentKind> assessmentKindFromKey(const QString &key);

/// The noise model of one kind of score, for the meaningful-change rule (see docs/scoring.md):
/// SEM = SD · √(1 − r) and MDC95 = 1.96 · √2 · SEM.
struct ChangeRule final
{
    double sd = 0;           ///< spread of the score between people, in score points (0–100 scale)
    double reliability = 0;  ///< test–retest reliability r of the score, 0..1

    double sem() const;
    double mdc95() const;
};

/// The constants behind every change verdict; docs/scoring.md gives the reasons for each.
namespace ChangeRules {
inline constexpr ChangeRule Skill{15.0, 0.80};     // a skill from 3–4 statements
inline constexpr ChangeRule Pulse{20.0, 0.60};     // a skill from the pulse's single statement
inline constexpr ChangeRule Index{12.0, 0.90};     // leadership or management index
inline constexpr ChangeRule PulseIndex{14.0, 0.75}; // an index from four pulse statements
inline constexpr ChangeRule Balance{14.0, 0.80};   // leadership − management
inline constexpr ChangeRule Pole{18.0, 0.70};      // a contrast pole from 2 statements
} // namespace ChangeRules

/// A change between two scores of the same kind, judged against the noise of that score.
struct Change final
{
    double delta = 0;
    bool meaningful = false;
};

/// True only when |after − before| exceeds the rule's MDC95.
Change compareScores(double before, double after, const ChangeRule &rule);

/// Where the two indices put a person.
enum class Orientation { Balanced, LeansLeading, LeansManaging };
enum class Development { Emerging, Developing, Strong };

struct ProfileLabel final
{
    Orientation orientation = Orientation::Balanced;
    Development development = Development::Emerging;

    /// A stable key such as "leans-leading-developing", for JSON and tests.
    QString key() const;
    /// The words the user reads, such as "Leans leading, developing".
    QString text() const;
};

/// Everything computed from one assessment. Scores are on a 0–100 scale; a score is absent
/// when too few of its statements were answered to say anything.
struct Profile final
{
    AssessmentKind kind = AssessmentKind::Full;
    QMap<QString, double> skills;      ///< skill id → score
    std::optional<double> leadership;  ///< mean of the four leading skills
    std::optional<double> management;  ///< mean of the four managing skills
    std::optional<double> balance;     ///< leadership − management, −100..100
    QMap<QString, double> leadPoles;   ///< contrast id → leading pole score
    QMap<QString, double> managePoles; ///< contrast id → managing pole score
    std::optional<ProfileLabel> label;
    QStringList strengths;             ///< up to two skill ids, strongest first
    QStringList growthAreas;           ///< up to two skill ids, weakest first
};

/// The changes from one profile to a later one of the same kind.
struct ProfileChanges final
{
    QMap<QString, Change> skills;
    std::optional<Change> leadership;
    std::optional<Change> management;
    std::optional<Change> balance;
    QMap<QString, Change> leadPoles;
    QMap<QString, Change> managePoles;
};

/// Turns answers into scores, following docs/scoring.md.
class Scorer final
{
public:
    /// Balance within ±BalancedBand points counts as balanced.
    static constexpr double BalancedBand = 10.0;
    /// Mean of both indices below EmergingBelow is "emerging", from StrongFrom on "strong".
    static constexpr double EmergingBelow = 40.0;
    static constexpr double StrongFrom = 70.0;
    static constexpr int MaxStrengths = 2;
    /// The version of this scoring code. Bump it whenever score() would give another profile
    /// for the same answers and model: stored scores of another version are then scored again
    /// (ScoreCache, docs/data-model.md).
    static constexpr int Version = 1;

    explicit Scorer(const SkillModel &model);

    /// Maps an answer to 0–100, reversing reverse-keyed statements: (x' − 1) / 4 · 100.
    static double itemScore(int answer, bool reverse);

    /// The score of a group of statements: the mean of the answered ones on 0–100, or nothing
    /// when fewer than half of them are answered. Answers outside 1..5 count as unanswered.
    static std::optional<double> scaleScore(const QList<Item> &items, const Answers &answers);

    /// A role index: the mean of the role's skill scores (`skills`, the four of one role) when at
    /// least all but one of them have a score in `scores`, otherwise nothing.
    static std::optional<double> indexOf(const QList<const Skill *> &skills, const QMap<QString, double> &scores);

    Profile score(const Answers &answers, AssessmentKind kind) const;
    ProfileChanges compare(const Profile &before, const Profile &after) const;

    static ProfileLabel labelFor(double leadership, double management);

private:
    const SkillModel &m_model;
};

} // namespace tandem::core
