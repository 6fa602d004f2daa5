#include "progressdata.h"

#include "assessmentrepository.h"
#include "journalrepository.h"
#include "localdays.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tandem::core {

QString quadrantKey(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::LeadingAndManaging: return QStringLiteral("leading-and-managing");
    case Quadrant::MainlyLeading: return QStringLiteral("mainly-leading");
    case Quadrant::MainlyManaging: return QStringLiteral("mainly-managing");
    case Quadrant::DevelopingBoth: break;
    }
    return QStringLiteral("developing-both");
}

QString quadrantText(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::LeadingAndManaging: return QCoreApplication::translate("ProgressData", "Leading and managing");
    case Quadrant::MainlyLeading: return QCoreApplication::translate("ProgressData", "Mainly leading");
    case Quadrant::MainlyManaging: return QCoreApplication::translate("ProgressData", "Mainly managing");
    case Quadrant::DevelopingBoth: break;
    }
    return QCoreApplication::translate("ProgressData", "Developing both");
}

Quadrant quadrantFor(double leadership, double management)
{
    // The midlines belong to the upper halves: "50 and above", like the label's "70 and above".
    constexpr double Midline = 50.0;
    const bool leads = leadership >= Midline;
    const bool manages = management >= Midline;
    if (leads && manages)
        return Quadrant::LeadingAndManaging;
    if (leads)
        return Quadrant::MainlyLeading;
    if (manages)
        return Quadrant::MainlyManaging;
    return Quadrant::DevelopingBoth;
}

namespace {

bool inRange(const QDate &day, const QDate &from, const QDate &to)
{
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

// The assessments taken on the days from `from` to `to` in local time (an invalid date leaves
// that end open). The range is read in SQL, so a year's chart reads a year's rows.
Result<QList<HistoryPoint>> historyIn(const Database &db, const SkillModel &model, AssessmentKind kind, const QDate &from,
                                      const QDate &to)
{
    const QDateTime start = from.isValid() ? from.startOfDay() : QDateTime();
    const QDateTime end = to.isValid() ? to.addDays(1).startOfDay() : QDateTime();
    return ProfileService(db, model).history(kind, start, end);
}

// One raw (time, score) pair before grouping.
struct Sample
{
    QDateTime time;
    QDate day; // the local day of `time`, worked out once per assessment: it costs a time-zone lookup
    double score = 0;
};

// The samples as points, one per sample or one per bucket (the bucket's mean), oldest first.
// Samples arrive oldest first, so each bucket's samples are consecutive.
// The local start of each bucket's first day, worked out once per trend rather than once per
// series: each costs a time-zone lookup.
class DayStarts
{
public:
    QDateTime of(const QDate &day)
    {
        auto it = m_starts.constFind(day);
        if (it == m_starts.cend())
            it = m_starts.insert(day, day.startOfDay());
        return *it;
    }

private:
    QHash<QDate, QDateTime> m_starts;
};

QList<TrendPoint> group(const QList<Sample> &samples, TrendBucket bucket, DayStarts &starts)
{
    QList<TrendPoint> points;
    if (bucket == TrendBucket::None) {
        points.reserve(samples.size());
        for (const Sample &s : samples)
            points.append({s.time, s.score, 1});
        return points;
    }
    QDate current;
    double sum = 0;
    for (const Sample &s : samples) {
        const QDate start = ProgressData::bucketStart(s.day, bucket);
        if (points.isEmpty() || start != current) {
            if (!points.isEmpty())
                points.last().score = sum / points.last().count;
            current = start;
            sum = 0;
            points.append({starts.of(start), 0, 0});
        }
        sum += s.score;
        ++points.last().count;
    }
    if (!points.isEmpty())
        points.last().score = sum / points.last().count;
    return points;
}

TrendSeries series(const QString &id, const QList<Sample> &samples, TrendBucket bucket, const ChangeRule &rule,
                   DayStarts &starts)
{
    TrendSeries s;
    s.id = id;
    s.points = group(samples, bucket, starts);
    if (s.points.isEmpty())
        return s;
    // The band is centred on the first plotted point: "is this point further from where the
    // range started than the score's noise allows?" (docs/scoring.md, "Progress charts").
    const double first = s.points.first().score;
    s.mdc95 = rule.mdc95();
    s.bandLow = std::clamp(first - s.mdc95, 0.0, 100.0);
    s.bandHigh = std::clamp(first + s.mdc95, 0.0, 100.0);
    if (s.points.size() >= 2)
        s.change = compareScores(first, s.points.last().score, rule);
    return s;
}

OutcomeGroup finish(int count, int sum)
{
    OutcomeGroup g;
    g.count = count;
    if (count > 0)
        g.meanRating = static_cast<double>(sum) / count;
    return g;
}

// Sums for a DecisionGroup.
struct DecisionSum
{
    int count = 0;
    double held = 0;
    int rated = 0;
    int ratingSum = 0;

    void add(const JournalRepository::ReviewedDecision &d)
    {
        ++count;
        held += heldScore(d.held);
        if (d.rating) {
            ++rated;
            ratingSum += *d.rating;
        }
    }

    DecisionGroup finish() const
    {
        DecisionGroup g;
        g.count = count;
        if (count > 0)
            g.held = held / count;
        g.rated = rated;
        if (rated > 0)
            g.meanRating = static_cast<double>(ratingSum) / rated;
        return g;
    }
};

} // namespace

double heldScore(Held held)
{
    switch (held) {
    case Held::Yes: return 1.0;
    case Held::Partly: return 0.5;
    case Held::No: break;
    }
    return 0.0;
}

QDate ProgressData::bucketStart(const QDate &day, TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::None: return day;
    case TrendBucket::Week: return day.addDays(1 - day.dayOfWeek()); // Monday
    case TrendBucket::Month: return QDate(day.year(), day.month(), 1);
    case TrendBucket::Quarter: return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case TrendBucket::Year: break;
    }
    return QDate(day.year(), 1, 1);
}

TrendBucket ProgressData::bucketFor(const QList<QDate> &days, int maxPoints)
{
    if (maxPoints <= 0 || days.size() <= maxPoints)
        return TrendBucket::None;
    for (TrendBucket bucket : {TrendBucket::Week, TrendBucket::Month, TrendBucket::Quarter}) {
        QSet<QDate> starts;
        for (const QDate &day : days)
            starts.insert(bucketStart(day, bucket));
        if (starts.size() <= maxPoints)
            return bucket;
    }
    // More quarters than fit (decades of data or a tiny chart): years are the last resort.
    return TrendBucket::Year;
}

Result<Trend> ProgressData::trend(AssessmentKind kind, QDate from, QDate to, int maxPoints) const
{
    auto history = historyIn(m_db, m_model, kind, from, to);
    if (!history)
        return Error{history.error()};
    const QList<HistoryPoint> &points = history.value();

    Trend trend;
    trend.kind = kind;
    trend.assessments = static_cast<int>(points.size());
    QList<QDate> days;
    days.reserve(points.size());
    LocalDays local;
    for (const HistoryPoint &p : points)
        days.append(local.dayOf(p.takenAt));
    trend.bucket = bucketFor(days, maxPoints);

    const bool full = kind == AssessmentKind::Full;
    const ChangeRule &skillRule = full ? ChangeRules::Skill : ChangeRules::Pulse;
    const ChangeRule &indexRule = full ? ChangeRules::Index : ChangeRules::PulseIndex;
    DayStarts starts;

    for (const Skill &skill : m_model.skills) {
        QList<Sample> samples;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const HistoryPoint &p = points.at(i);
            if (const auto it = p.profile.skills.constFind(skill.id); it != p.profile.skills.cend())
                samples.append({p.takenAt, days.at(i), *it});
        }
        trend.skills.append(series(skill.id, samples, trend.bucket, skillRule, starts));
    }
    QList<Sample> leadership;
    QList<Sample> management;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const HistoryPoint &p = points.at(i);
        if (p.profile.leadership)
            leadership.append({p.takenAt, days.at(i), *p.profile.leadership});
        if (p.profile.management)
            management.append({p.takenAt, days.at(i), *p.profile.management});
    }
    trend.leadership = series(QStringLiteral("leadership"), leadership, trend.bucket, indexRule, starts);
    trend.management = series(QStringLiteral("management"), management, trend.bucket, indexRule, starts);
    return trend;
}

Result<std::optional<Radar>> ProgressData::radar(std::optional<qint64> earlierAssessmentId) const
{
    const AssessmentRepository repo(m_db);
    auto latest = repo.latest(AssessmentKind::Full);
    if (!latest)
        return Error{latest.error()};
    if (!latest.value())
        return std::optional<Radar>();
    const Assessment &now = *latest.value();

    std::optional<Assessment> then;
    if (earlierAssessmentId) {
        if (*earlierAssessmentId == now.id)
            return Error { QCoreApplication::translate(
                "ProgressData", "Choose an assessment from before the latest one to compare with.") };
        auto chosen = repo.get(*earlierAssessmentId);
        if (!chosen)
            return Error{chosen.error()};
        if (chosen.value().kind != AssessmentKind::Full)
            return Error { QCoreApplication::translate(
                               "ProgressData",
                               "Assessment %1 is a pulse; the skill profile compares full assessments only.")
                               .arg(*earlierAssessmentId) };
        then = std::move(chosen).value();
    } else {
        auto previous = repo.previous(now);
        if (!previous)
            return Error{previous.error()};
        then = std::move(previous).value();
    }

    const Scorer scorer(m_model);
    const Profile nowProfile = scorer.score(now.answers, AssessmentKind::Full);
    std::optional<Profile> thenProfile;
    Radar radar;
    radar.nowId = now.id;
    radar.nowAt = now.takenAt;
    if (then) {
        radar.thenId = then->id;
        radar.thenAt = then->takenAt;
        thenProfile = scorer.score(then->answers, AssessmentKind::Full);
    }
    for (const Skill &skill : m_model.skills) {
        RadarAxis axis;
        axis.skillId = skill.id;
        if (const auto it = nowProfile.skills.constFind(skill.id); it != nowProfile.skills.cend())
            axis.now = *it;
        if (thenProfile) {
            if (const auto it = thenProfile->skills.constFind(skill.id); it != thenProfile->skills.cend())
                axis.then = *it;
        }
        if (axis.now && axis.then)
            axis.change = compareScores(*axis.then, *axis.now, ChangeRules::Skill);
        radar.axes.append(axis);
    }
    return std::optional<Radar>(std::move(radar));
}

Result<QList<QuadrantPoint>> ProgressData::quadrantPath(QDate from, QDate to) const
{
    auto history = historyIn(m_db, m_model, AssessmentKind::Full, from, to);
    if (!history)
        return Error{history.error()};
    QList<QuadrantPoint> path;
    for (const HistoryPoint &p : history.value()) {
        // An assessment without both indices (too few answers) has no place on the plane.
        if (!p.profile.leadership || !p.profile.management)
            continue;
        path.append({p.id, p.takenAt, *p.profile.leadership, *p.profile.management,
                     quadrantFor(*p.profile.leadership, *p.profile.management)});
    }
    return path;
}

Result<std::optional<ContrastPoles>> ProgressData::contrastPoles() const
{
    auto latest = AssessmentRepository(m_db).latest(AssessmentKind::Full);
    if (!latest)
        return Error{latest.error()};
    if (!latest.value())
        return std::optional<ContrastPoles>();
    const Assessment &a = *latest.value();
    const Profile profile = Scorer(m_model).score(a.answers, AssessmentKind::Full);
    ContrastPoles poles;
    poles.assessmentId = a.id;
    poles.takenAt = a.takenAt;
    for (const Contrast &contrast : m_model.contrasts) {
        PolePair pair;
        pair.contrastId = contrast.id;
        if (const auto it = profile.leadPoles.constFind(contrast.id); it != profile.leadPoles.cend())
            pair.lead = *it;
        if (const auto it = profile.managePoles.constFind(contrast.id); it != profile.managePoles.cend())
            pair.manage = *it;
        poles.contrasts.append(pair);
    }
    return std::optional<ContrastPoles>(std::move(poles));
}

Result<JournalActivity> ProgressData::journalActivity(QDate from, QDate to) const
{
    auto counts = JournalRepository(m_db).countsPerDay(from, to);
    if (!counts)
        return Error{counts.error()};
    JournalActivity activity;
    activity.perDay = std::move(counts).value();
    for (int n : std::as_const(activity.perDay)) {
        activity.total += n;
        activity.busiestDay = std::max(activity.busiestDay, n);
    }
    return activity;
}

Result<AdviceOutcomes> ProgressData::adviceOutcomes(QDate from, QDate to) const
{
    auto groups = JournalRepository(m_db).ratingsByModeAndLean(from, to);
    if (!groups)
        return Error{groups.error()};
    // [count, sum] per group; entries without a mode say nothing about leading or managing, and
    // with advice but no mode, nothing about whether it was followed: they count nowhere.
    struct Sum
    {
        int count = 0;
        int sum = 0;
        void add(const JournalRepository::RatingGroup &g)
        {
            count += g.count;
            sum += g.ratingSum;
        }
    } lead, manage, both, followed, notFollowed, noAdvice;
    for (const auto &g : groups.value()) {
        Mode followedMode = Mode::Unset;
        switch (g.mode) {
        case Mode::Unset: continue;
        case Mode::Lead: lead.add(g); break;
        case Mode::Manage: manage.add(g); break;
        case Mode::Both: both.add(g); break;
        }
        if (!g.lean) {
            noAdvice.add(g);
            continue;
        }
        switch (*g.lean) {
        case Lean::Lead: followedMode = Mode::Lead; break;
        case Lean::Manage: followedMode = Mode::Manage; break;
        case Lean::Blend: followedMode = Mode::Both; break;
        }
        (g.mode == followedMode ? followed : notFollowed).add(g);
    }
    AdviceOutcomes outcomes;
    outcomes.lead = finish(lead.count, lead.sum);
    outcomes.manage = finish(manage.count, manage.sum);
    outcomes.both = finish(both.count, both.sum);
    outcomes.followed = finish(followed.count, followed.sum);
    outcomes.notFollowed = finish(notFollowed.count, notFollowed.sum);
    outcomes.noAdvice = finish(noAdvice.count, noAdvice.sum);
    return outcomes;
}

Result<DecisionOutcomes> ProgressData::decisionOutcomes(QDate from, QDate to, int maxPeriods) const
{
    auto reviewed = JournalRepository(m_db).reviewedDecisions();
    if (!reviewed)
        return Error{reviewed.error()};
    QList<JournalRepository::ReviewedDecision> inRangeDecisions;
    QList<QDate> days; // the local day of each decision in the range
    LocalDays local;
    for (const auto &d : reviewed.value()) {
        const QDate day = local.dayOf(d.occurredAt);
        if (inRange(day, from, to)) {
            inRangeDecisions.append(d);
            days.append(day);
        }
    }

    DecisionOutcomes out;
    out.reviewed = static_cast<int>(inRangeDecisions.size());

    // Followed or not: the same rule as the journal's (lead ↔ lead, manage ↔ manage, blend ↔ both).
    const auto followed = [](const JournalRepository::ReviewedDecision &d) -> std::optional<bool> {
        if (!d.lean || d.mode == Mode::Unset)
            return std::nullopt;
        switch (*d.lean) {
        case Lean::Lead: return d.mode == Mode::Lead;
        case Lean::Manage: return d.mode == Mode::Manage;
        case Lean::Blend: return d.mode == Mode::Both;
        }
        return std::nullopt;
    };

    QSet<QDate> quarters;
    for (qsizetype i = 0; i < inRangeDecisions.size(); ++i) {
        if (followed(inRangeDecisions.at(i)))
            quarters.insert(bucketStart(days.at(i), TrendBucket::Quarter));
    }
    out.bucket = quarters.size() > maxPeriods ? TrendBucket::Year : TrendBucket::Quarter;

    QMap<QDate, std::pair<DecisionSum, DecisionSum>> periods;  // [followed, not followed]
    DecisionSum allFollowed, allNotFollowed;
    QMap<int, std::pair<DecisionSum, int>> levels;  // [sums, sum of confidences]
    for (qsizetype i = 0; i < inRangeDecisions.size(); ++i) {
        const auto &d = inRangeDecisions.at(i);
        if (const auto f = followed(d)) {
            ++out.compared;
            auto &period = periods[bucketStart(days.at(i), out.bucket)];
            (*f ? period.first : period.second).add(d);
            (*f ? allFollowed : allNotFollowed).add(d);
        }
        if (d.confidence) {
            const int confidence = std::clamp(*d.confidence, 0, 100);
            ++out.calibrated;
            auto &level = levels[confidence / 10 * 10];
            level.first.add(d);
            level.second += confidence;
        }
    }
    for (auto it = periods.cbegin(); it != periods.cend(); ++it)
        out.periods.append({it.key(), it->first.finish(), it->second.finish()});
    out.followed = allFollowed.finish();
    out.notFollowed = allNotFollowed.finish();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        CalibrationLevel level;
        level.level = it.key();
        level.count = it->first.count;
        level.meanConfidence = static_cast<double>(it->second) / level.count;
        level.held = it->first.held / level.count;
        out.calibration.append(level);
    }
    return out;
}

} // namespace tandem::core
