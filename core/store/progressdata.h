#pragma once

#include "journalentry.h"
#include "result.h"
#include "scoring.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tandem::core {

class Database;
class SkillModel;

/// How the points of a trend were grouped: one point per assessment, or the mean of each
/// local calendar week (Monday to Sunday), month, quarter or year that has assessments.
enum class TrendBucket { None, Week, Month, Quarter, Year };

/// One point of a trend: an assessment, or the mean of a bucket of them.
struct TrendPoint final
{
    QDateTime time;  ///< the assessment's time; for a bucket, the local start of its first day
    double score = 0;
    int count = 1;   ///< how many assessments the point stands for
};

/// The trend of one score over a date range, with its meaningful-change band.
struct TrendSeries final
{
    QString id;  ///< a skill id, or "leadership" / "management"
    QList<TrendPoint> points;  ///< oldest first
    /// The MDC95 of the score's ChangeRule: the band is firstScore ± mdc95 (see docs/scoring.md,
    /// "Progress charts"). Zero when the series has no points.
    double mdc95 = 0;
    /// The band's edges, clamped to the 0–100 scale; equal to the first point when there is none.
    double bandLow = 0;
    double bandHigh = 0;
    /// The last point against the first, judged by the same rule; absent below two points.
    std::optional<Change> change;
};

struct Trend final
{
    AssessmentKind kind = AssessmentKind::Full;
    TrendBucket bucket = TrendBucket::None;
    int assessments = 0;        ///< assessments of the kind in the range
    QList<TrendSeries> skills;  ///< in the model's order
    TrendSeries leadership;
    TrendSeries management;
};

/// One skill on the radar: its score in the latest full assessment and in the earlier one.
struct RadarAxis final
{
    QString skillId;
    std::optional<double> now;
    std::optional<double> then;
    std::optional<Change> change;  ///< when both are scored, judged by ChangeRules::Skill
};

struct Radar final
{
    qint64 nowId = 0;
    QDateTime nowAt;
    std::optional<qint64> thenId;  ///< absent when there is no earlier full assessment
    QDateTime thenAt;
    QList<RadarAxis> axes;  ///< one per skill, in the model's order
};

/// Where a point of the lead × manage plane lies, split at 50 on both indices. A score of
/// exactly 50 counts as the upper half ("50 and above"), so every point has one quadrant.
enum class Quadrant {
    LeadingAndManaging,  ///< both indices 50 and above
    MainlyLeading,       ///< leadership 50 and above, management below 50
    MainlyManaging,      ///< management 50 and above, leadership below 50
    DevelopingBoth,      ///< both below 50
};

/// "leading-and-managing", "mainly-leading", "mainly-managing" or "developing-both".
QString quadrantKey(Quadrant quadrant);
/// "Leading and managing", "Mainly leading", "Mainly managing" or "Developing both".
QString quadrantText(Quadrant quadrant);
Quadrant quadrantFor(double leadership, double management);

struct QuadrantPoint final
{
    qint64 id = 0;
    QDateTime takenAt;
    double leadership = 0;
    double management = 0;
    Quadrant quadrant = Quadrant::DevelopingBoth;
};

/// One contrast's two poles, each scored on its own.
struct PolePair final
{
    QString contrastId;
    std::optional<double> lead;
    std::optional<double> manage;
};

struct ContrastPoles final
{
    qint64 assessmentId = 0;
    QDateTime takenAt;
    QList<PolePair> contrasts;  ///< in the model's order
};

/// Journal entries per local calendar day; days without entries are absent.
struct JournalActivity final
{
    QMap<QDate, int> perDay;
    int total = 0;
    int busiestDay = 0;  ///< the largest count on one day, for the heat map's scale
};

/// How rated journal entries went: how many, and their mean rating (1–5).
struct OutcomeGroup final
{
    int count = 0;
    std::optional<double> meanRating;  ///< absent when count is 0
};

/// Outcomes by what the user did and by whether it was what the advisor suggested. Only rated
/// entries count. Followed: lead after "lead", manage after "manage", both after "blend".
struct AdviceOutcomes final
{
    OutcomeGroup lead;
    OutcomeGroup manage;
    OutcomeGroup both;
    OutcomeGroup followed;     ///< advice asked and the mode matched its lean
    OutcomeGroup notFollowed;  ///< advice asked and a different mode chosen
    OutcomeGroup noAdvice;     ///< a mode chosen without asking the advisor
};

/// How reviewed decisions of one kind turned out: how many, how often the expectation held
/// (yes counts 1, partly ½, no 0) and the mean "how it went" rating of those that were rated.
struct DecisionGroup final
{
    int count = 0;
    std::optional<double> held;        ///< 0..1; absent when count is 0
    int rated = 0;                     ///< how many of them carry a rating
    std::optional<double> meanRating;  ///< 1..5; absent when none is rated
};

/// Reviewed decisions made in one calendar period (by when the situation happened), split by
/// whether the mode used followed the advisor's lean. Decisions without advice, or without a
/// mode to compare, are in neither group.
struct DecisionPeriod final
{
    QDate start;  ///< the first day of the quarter or year
    DecisionGroup followed;
    DecisionGroup notFollowed;
};

/// One confidence level of the calibration: decisions whose stated confidence falls in
/// [level, level + 10) percent (100 is a level of its own), and how often they held.
struct CalibrationLevel final
{
    int level = 0;                ///< 0, 10, … 90, 100
    int count = 0;
    double meanConfidence = 0;    ///< 0..100, the mean of the confidences in the level
    double held = 0;              ///< 0..1, yes 1, partly ½, no 0
};

/// What the reviewed decisions in a range show: advice against outcome over time, and
/// calibration (see docs/scoring.md, "Decisions and calibration").
struct DecisionOutcomes final
{
    int reviewed = 0;             ///< reviewed decisions in the range
    int compared = 0;             ///< of them, with advice and a mode: followed or not
    TrendBucket bucket = TrendBucket::Quarter;  ///< Quarter, or Year when quarters are too many
    QList<DecisionPeriod> periods;              ///< oldest first; only periods with compared decisions
    DecisionGroup followed;       ///< the whole range
    DecisionGroup notFollowed;
    int calibrated = 0;           ///< reviewed decisions that state a confidence
    QList<CalibrationLevel> calibration;        ///< lowest level first; only levels with decisions
};

/// The weight of a review's answer in "how often it held": yes 1, partly ½, no 0.
double heldScore(Held held);

/// The numbers behind the progress charts. Dates are local calendar days, both ends included;
/// an invalid `from` or `to` leaves that end open ("all").
class ProgressData final
{
public:
    ProgressData(const Database &db, const SkillModel &model) : m_db(db), m_model(model) {}

    /// Each skill's and both indices' scores over the range, oldest first; grouped into the
    /// smallest calendar bucket (week, month, quarter, then year) that gives at most maxPoints
    /// points when there are more assessments than that.
    Result<Trend> trend(AssessmentKind kind, QDate from, QDate to, int maxPoints) const;

    /// The latest full assessment against an earlier full one: the chosen one, or by default the
    /// one just before it. Nothing when no full assessment exists.
    Result<std::optional<Radar>> radar(std::optional<qint64> earlierAssessmentId = std::nullopt) const;

    /// The (leadership, management) of each full assessment in the range, oldest first.
    Result<QList<QuadrantPoint>> quadrantPath(QDate from, QDate to) const;

    /// The latest full assessment's two pole scores per contrast; nothing when there is none.
    Result<std::optional<ContrastPoles>> contrastPoles() const;

    Result<JournalActivity> journalActivity(QDate from, QDate to) const;

    Result<AdviceOutcomes> adviceOutcomes(QDate from, QDate to) const;

    /// Reviewed decisions whose situation happened in the range: followed against not followed
    /// per quarter (per year when there would be more than maxPeriods quarters), and calibration
    /// by confidence level. Reads the reviewed decisions once.
    Result<DecisionOutcomes> decisionOutcomes(QDate from, QDate to, int maxPeriods) const;

    /// The chosen bucket's size, for tests and the table view's caption.
    static TrendBucket bucketFor(const QList<QDate> &days, int maxPoints);
    /// The first day of the bucket that holds `day`.
    static QDate bucketStart(const QDate &day, TrendBucket bucket);

private:
    const Database &m_db;
    const SkillModel &m_model;
};

} // namespace tandem::core
