// The numbers behind the progress charts: trends with their grouping and meaningful-change band,
// the radar, the quadrant path, the contrast poles, journal activity and advice outcomes. Every
// expected value is worked out by hand from docs/scoring.md.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "progressdata.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "timezoneguard.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace tandem::core;
using tandem::test::TimeZoneGuard;
using tandem::test::TempDataDir;

inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

namespace {

constexpr double Tolerance = 1e-9;

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Every full-assessment statement answered so that each item scores the same.
Answers fullAnswers(int x)
{
    Answers answers;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        answers.insert(item.id, item.reverse ? 6 - x : x);
    return answers;
}

// One skill's four statements answered evenly (the fourth is the reverse-keyed one).
void answerSkillEvenly(Answers &answers, const QString &skill, int x)
{
    for (int i = 1; i <= 3; ++i)
        answers.insert(skill + QStringLiteral(".%1").arg(i), x);
    answers.insert(skill + QStringLiteral(".4"), 6 - x);
}

Answers pulseAnswers(int x)
{
    Answers answers;
    for (const PulseItem &item : SkillModel::builtin().pulseItems)
        answers.insert(item.id, x);
    return answers;
}

const QString Visionary = QStringLiteral("visionary-thinking");
const QString Emotional = QStringLiteral("emotional-intelligence");
const QString Efficiency = QStringLiteral("organisational-efficiency");

class ProgressDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
        progress.emplace(*db, model);
    }

    qint64 record(AssessmentKind kind, const Answers &answers, const QDateTime &takenAt)
    {
        Assessment a;
        a.kind = kind;
        a.modelVersion = model.version;
        a.takenAt = takenAt;
        a.answers = answers;
        const auto id = AssessmentRepository(*db).add(a);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : -1;
    }

    void addEntry(const QDateTime &at, Mode mode = Mode::Unset, std::optional<int> rating = std::nullopt,
                  std::optional<Lean> lean = std::nullopt)
    {
        JournalEntry e;
        e.occurredAt = at;
        e.title = QStringLiteral("entry");
        e.mode = mode;
        e.rating = rating;
        if (lean) {
            Advice advice;
            advice.modelVersion = model.version;
            advice.lean = *lean;
            e.advice = advice;
        }
        const auto id = JournalRepository(*db).add(e);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
    }

    Trend trend(AssessmentKind kind, QDate from, QDate to, int maxPoints)
    {
        auto t = progress->trend(kind, from, to, maxPoints);
        EXPECT_TRUE(t.ok()) << qPrintable(t.error());
        return t.ok() ? t.value() : Trend{};
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    std::unique_ptr<Database> db;
    std::optional<ProgressData> progress;
};

const TrendSeries &skillSeries(const Trend &t, const QString &id)
{
    static const TrendSeries none;
    for (const TrendSeries &s : t.skills) {
        if (s.id == id)
            return s;
    }
    ADD_FAILURE() << "no series " << id.toStdString();
    return none;
}

} // namespace

TEST(ProgressBuckets, BucketStartsOnMondayMonthQuarterAndYear)
{
    const QDate sunday(2026, 3, 8);
    EXPECT_EQ(ProgressData::bucketStart(sunday, TrendBucket::Week), QDate(2026, 3, 2));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 3, 2), TrendBucket::Week), QDate(2026, 3, 2));
    // A week across a year end starts in the old year.
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 1, 1), TrendBucket::Week), QDate(2025, 12, 29));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2024, 2, 29), TrendBucket::Month), QDate(2024, 2, 1));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 11, 15), TrendBucket::Quarter), QDate(2026, 10, 1));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 3, 31), TrendBucket::Quarter), QDate(2026, 1, 1));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 4, 1), TrendBucket::Quarter), QDate(2026, 4, 1));
    EXPECT_EQ(ProgressData::bucketStart(QDate(2026, 11, 15), TrendBucket::Year), QDate(2026, 1, 1));
}

TEST(ProgressBuckets, SmallestBucketThatFits)
{
    // Four days in two weeks of one month.
    const QList<QDate> days{{2026, 3, 2}, {2026, 3, 4}, {2026, 3, 6}, {2026, 3, 10}};
    EXPECT_EQ(ProgressData::bucketFor(days, 4), TrendBucket::None);
    EXPECT_EQ(ProgressData::bucketFor(days, 0), TrendBucket::None);  // no limit
    EXPECT_EQ(ProgressData::bucketFor(days, 3), TrendBucket::Week);
    EXPECT_EQ(ProgressData::bucketFor(days, 2), TrendBucket::Week);
    EXPECT_EQ(ProgressData::bucketFor(days, 1), TrendBucket::Month);
    // Weekly for 10 years: 522 weeks, 120 months, 40 quarters, 10 years.
    QList<QDate> weekly;
    for (QDate d(2016, 1, 4); d < QDate(2026, 1, 4); d = d.addDays(7))
        weekly.append(d);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 600), TrendBucket::None);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 200), TrendBucket::Month);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 120), TrendBucket::Month);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 119), TrendBucket::Quarter);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 40), TrendBucket::Quarter);
    EXPECT_EQ(ProgressData::bucketFor(weekly, 39), TrendBucket::Year);
}

TEST_F(ProgressDataTest, PulsesInOneWeekAreAveragedAndTheBandIsThePulseMdc)
{
    // Week of Monday 2 March: pulses "never", "sometimes", "always" (0, 50, 100) → mean 50.
    record(AssessmentKind::Pulse, pulseAnswers(1), utc(2026, 3, 2, 12));
    record(AssessmentKind::Pulse, pulseAnswers(3), utc(2026, 3, 4, 12));
    record(AssessmentKind::Pulse, pulseAnswers(5), utc(2026, 3, 8, 12));  // Sunday, same week
    // Week of 9 March: "rarely" (25); week of 16 March: "often" (75).
    record(AssessmentKind::Pulse, pulseAnswers(2), utc(2026, 3, 10, 12));
    record(AssessmentKind::Pulse, pulseAnswers(4), utc(2026, 3, 16, 12));
    // A full assessment is not part of a pulse trend.
    record(AssessmentKind::Full, fullAnswers(1), utc(2026, 3, 5, 12));

    const Trend t = trend(AssessmentKind::Pulse, QDate(2026, 3, 1), QDate(2026, 3, 31), 3);
    EXPECT_EQ(t.assessments, 5);
    EXPECT_EQ(t.bucket, TrendBucket::Week);
    ASSERT_EQ(t.skills.size(), 8);
    EXPECT_EQ(t.skills.first().id, Visionary);
    const TrendSeries &v = skillSeries(t, Visionary);
    ASSERT_EQ(v.points.size(), 3);
    EXPECT_EQ(v.points[0].time, QDate(2026, 3, 2).startOfDay());
    EXPECT_NEAR(v.points[0].score, 50.0, Tolerance);
    EXPECT_EQ(v.points[0].count, 3);
    EXPECT_EQ(v.points[1].time, QDate(2026, 3, 9).startOfDay());
    EXPECT_NEAR(v.points[1].score, 25.0, Tolerance);
    EXPECT_EQ(v.points[1].count, 1);
    EXPECT_EQ(v.points[2].time, QDate(2026, 3, 16).startOfDay());
    EXPECT_NEAR(v.points[2].score, 75.0, Tolerance);

    // A pulse skill's band is the pulse MDC95 (35.06) around the first point: 14.94 … 85.06.
    EXPECT_DOUBLE_EQ(v.mdc95, ChangeRules::Pulse.mdc95());
    EXPECT_NEAR(v.mdc95, 35.06, 0.005);
    EXPECT_NEAR(v.bandLow, 50.0 - ChangeRules::Pulse.mdc95(), Tolerance);
    EXPECT_NEAR(v.bandHigh, 50.0 + ChangeRules::Pulse.mdc95(), Tolerance);
    // 50 → 75: 25 points is within a single item's noise.
    ASSERT_TRUE(v.change);
    EXPECT_NEAR(v.change->delta, 25.0, Tolerance);
    EXPECT_FALSE(v.change->meaningful);

    // The pulse index (four items) has a narrower band, 19.40: the same 25 points are real.
    EXPECT_EQ(t.leadership.id, QStringLiteral("leadership"));
    EXPECT_EQ(t.management.id, QStringLiteral("management"));
    for (const TrendSeries *index : {&t.leadership, &t.management}) {
        ASSERT_EQ(index->points.size(), 3);
        EXPECT_NEAR(index->points[0].score, 50.0, Tolerance);
        EXPECT_DOUBLE_EQ(index->mdc95, ChangeRules::PulseIndex.mdc95());
        EXPECT_NEAR(index->bandLow, 50.0 - 19.40, 0.005);
        ASSERT_TRUE(index->change);
        EXPECT_NEAR(index->change->delta, 25.0, Tolerance);
        EXPECT_TRUE(index->change->meaningful);
    }

    // Room for every pulse: one point each, oldest first, at the assessment's time.
    const Trend raw = trend(AssessmentKind::Pulse, QDate(2026, 3, 1), QDate(2026, 3, 31), 5);
    EXPECT_EQ(raw.bucket, TrendBucket::None);
    const TrendSeries &rv = skillSeries(raw, Visionary);
    ASSERT_EQ(rv.points.size(), 5);
    const double expected[] = {0, 50, 100, 25, 75};
    for (int i = 0; i < 5; ++i) {
        EXPECT_NEAR(rv.points[i].score, expected[i], Tolerance) << i;
        EXPECT_EQ(rv.points[i].count, 1);
    }
    EXPECT_EQ(rv.points[0].time, utc(2026, 3, 2, 12));
    // Starting at 0, the band is cut at the bottom of the scale.
    EXPECT_NEAR(rv.bandLow, 0.0, Tolerance);
    EXPECT_NEAR(rv.bandHigh, ChangeRules::Pulse.mdc95(), Tolerance);
    ASSERT_TRUE(rv.change);
    EXPECT_NEAR(rv.change->delta, 75.0, Tolerance);
    EXPECT_TRUE(rv.change->meaningful);

    // Room for two points only: two weeks do not fit, one month does: the mean of all five.
    const Trend monthly = trend(AssessmentKind::Pulse, QDate(2026, 3, 1), QDate(2026, 3, 31), 2);
    EXPECT_EQ(monthly.bucket, TrendBucket::Month);
    const TrendSeries &mv = skillSeries(monthly, Visionary);
    ASSERT_EQ(mv.points.size(), 1);
    EXPECT_EQ(mv.points[0].time, QDate(2026, 3, 1).startOfDay());
    EXPECT_NEAR(mv.points[0].score, 50.0, Tolerance);
    EXPECT_EQ(mv.points[0].count, 5);
    EXPECT_FALSE(mv.change);  // one point: nothing to compare
}

TEST_F(ProgressDataTest, MonthlyMeansAcrossAMonthEnd)
{
    // Three full assessments in January (50, 75, 100 in Visionary thinking) and two in February
    // (25 on the 1st, 0 on the 28th): two months.
    const int january[] = {3, 4, 5};
    const int days[] = {5, 19, 31};
    for (int i = 0; i < 3; ++i) {
        Answers a = fullAnswers(3);
        answerSkillEvenly(a, Visionary, january[i]);
        record(AssessmentKind::Full, a, utc(2026, 1, days[i], 12));
    }
    Answers feb1 = fullAnswers(3);
    answerSkillEvenly(feb1, Visionary, 2);
    record(AssessmentKind::Full, feb1, utc(2026, 2, 1, 12));
    Answers feb28 = fullAnswers(3);
    answerSkillEvenly(feb28, Visionary, 1);
    record(AssessmentKind::Full, feb28, utc(2026, 2, 28, 12));

    const Trend t = trend(AssessmentKind::Full, QDate(), QDate(), 2);
    EXPECT_EQ(t.assessments, 5);
    EXPECT_EQ(t.bucket, TrendBucket::Month);
    const TrendSeries &v = skillSeries(t, Visionary);
    ASSERT_EQ(v.points.size(), 2);
    EXPECT_EQ(v.points[0].time, QDate(2026, 1, 1).startOfDay());
    EXPECT_NEAR(v.points[0].score, 75.0, Tolerance);  // (50 + 75 + 100) / 3
    EXPECT_EQ(v.points[0].count, 3);
    EXPECT_EQ(v.points[1].time, QDate(2026, 2, 1).startOfDay());
    EXPECT_NEAR(v.points[1].score, 12.5, Tolerance);  // (25 + 0) / 2
    EXPECT_EQ(v.points[1].count, 2);
    // A full skill's band is 18.59 around 75; the drop of 62.5 is real.
    EXPECT_DOUBLE_EQ(v.mdc95, ChangeRules::Skill.mdc95());
    EXPECT_NEAR(v.bandLow, 75.0 - 18.59, 0.005);
    EXPECT_NEAR(v.bandHigh, 75.0 + 18.59, 0.005);
    ASSERT_TRUE(v.change);
    EXPECT_NEAR(v.change->delta, -62.5, Tolerance);
    EXPECT_TRUE(v.change->meaningful);
    // Leadership per assessment is (Visionary + 150) / 4. January 50, 56.25, 62.5 → 56.25;
    // Feb 43.75, 37.5 → 40.625. −15.625 beyond the index band of 10.52.
    ASSERT_EQ(t.leadership.points.size(), 2);
    EXPECT_NEAR(t.leadership.points[0].score, 56.25, Tolerance);
    EXPECT_NEAR(t.leadership.points[1].score, 40.625, Tolerance);
    EXPECT_DOUBLE_EQ(t.leadership.mdc95, ChangeRules::Index.mdc95());
    ASSERT_TRUE(t.leadership.change);
    EXPECT_TRUE(t.leadership.change->meaningful);
    // Management never moved.
    ASSERT_TRUE(t.management.change);
    EXPECT_NEAR(t.management.change->delta, 0.0, Tolerance);
    EXPECT_FALSE(t.management.change->meaningful);
}

TEST_F(ProgressDataTest, FullTrendVerdictsBothWaysAndTheRangeIsInclusive)
{
    record(AssessmentKind::Full, fullAnswers(1), utc(2026, 2, 28, 12));  // before the range
    record(AssessmentKind::Full, fullAnswers(3), utc(2026, 3, 1, 12));   // first day of the range
    Answers later = fullAnswers(3);
    answerSkillEvenly(later, Visionary, 4);          // 50 → 75: beyond 18.59
    later.insert(Emotional + QStringLiteral(".1"), 4);  // 50 → 56.25: within it
    record(AssessmentKind::Full, later, utc(2026, 3, 31, 12));  // last day of the range
    record(AssessmentKind::Full, fullAnswers(5), utc(2026, 4, 1, 12));  // after the range

    const Trend t = trend(AssessmentKind::Full, QDate(2026, 3, 1), QDate(2026, 3, 31), 10);
    EXPECT_EQ(t.assessments, 2);
    EXPECT_EQ(t.bucket, TrendBucket::None);
    const TrendSeries &v = skillSeries(t, Visionary);
    ASSERT_EQ(v.points.size(), 2);
    EXPECT_NEAR(v.points[0].score, 50.0, Tolerance);
    ASSERT_TRUE(v.change);
    EXPECT_NEAR(v.change->delta, 25.0, Tolerance);
    EXPECT_TRUE(v.change->meaningful);
    const TrendSeries &e = skillSeries(t, Emotional);
    ASSERT_TRUE(e.change);
    EXPECT_NEAR(e.change->delta, 6.25, Tolerance);
    EXPECT_FALSE(e.change->meaningful);
    // Leadership (75 + 56.25 + 50 + 50) / 4 = 57.8125: +7.8 is within the index band.
    ASSERT_TRUE(t.leadership.change);
    EXPECT_NEAR(t.leadership.change->delta, 7.8125, Tolerance);
    EXPECT_FALSE(t.leadership.change->meaningful);
    EXPECT_NEAR(t.leadership.bandHigh, 50.0 + ChangeRules::Index.mdc95(), Tolerance);

    // An empty range: no points, no band, no verdict.
    const Trend empty = trend(AssessmentKind::Full, QDate(2027, 1, 1), QDate(2027, 12, 31), 10);
    EXPECT_EQ(empty.assessments, 0);
    EXPECT_TRUE(skillSeries(empty, Visionary).points.isEmpty());
    EXPECT_FALSE(empty.leadership.change);
}

TEST_F(ProgressDataTest, RadarLatestAgainstPreviousOrChosen)
{
    auto none = progress->radar();
    ASSERT_TRUE(none.ok()) << qPrintable(none.error());
    EXPECT_FALSE(none.value());

    const qint64 a = record(AssessmentKind::Full, fullAnswers(3), utc(2026, 1, 5, 12));
    // Only one: now without then.
    auto single = progress->radar();
    ASSERT_TRUE(single.ok() && single.value());
    EXPECT_EQ(single.value()->nowId, a);
    EXPECT_FALSE(single.value()->thenId);
    EXPECT_FALSE(single.value()->axes.first().then);

    const qint64 b = record(AssessmentKind::Full, fullAnswers(4), utc(2026, 2, 5, 12));
    const qint64 pulse = record(AssessmentKind::Pulse, pulseAnswers(1), utc(2026, 2, 20, 12));
    Answers latest = fullAnswers(4);
    answerSkillEvenly(latest, Visionary, 5);
    const qint64 c = record(AssessmentKind::Full, latest, utc(2026, 3, 5, 12));

    auto byDefault = progress->radar();
    ASSERT_TRUE(byDefault.ok()) << qPrintable(byDefault.error());
    ASSERT_TRUE(byDefault.value());
    const Radar &r = *byDefault.value();
    EXPECT_EQ(r.nowId, c);
    EXPECT_EQ(r.nowAt, utc(2026, 3, 5, 12));
    ASSERT_TRUE(r.thenId);
    EXPECT_EQ(*r.thenId, b);  // the previous full one, not the pulse between
    EXPECT_EQ(r.thenAt, utc(2026, 2, 5, 12));
    ASSERT_EQ(r.axes.size(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(r.axes[i].skillId, model.skills[i].id);
    EXPECT_NEAR(r.axes[0].now.value_or(-1), 100.0, Tolerance);
    EXPECT_NEAR(r.axes[0].then.value_or(-1), 75.0, Tolerance);
    ASSERT_TRUE(r.axes[0].change);
    EXPECT_TRUE(r.axes[0].change->meaningful);  // 25 > 18.59
    EXPECT_NEAR(r.axes[1].now.value_or(-1), 75.0, Tolerance);
    ASSERT_TRUE(r.axes[1].change);
    EXPECT_FALSE(r.axes[1].change->meaningful);

    auto chosen = progress->radar(a);
    ASSERT_TRUE(chosen.ok() && chosen.value()) << qPrintable(chosen.ok() ? QString() : chosen.error());
    EXPECT_EQ(*chosen.value()->thenId, a);
    EXPECT_NEAR(chosen.value()->axes[4].then.value_or(-1), 50.0, Tolerance);
    EXPECT_NEAR(chosen.value()->axes[4].now.value_or(-1), 75.0, Tolerance);

    // A pulse, the latest itself and an unknown id are refused.
    EXPECT_FALSE(progress->radar(pulse).ok());
    EXPECT_FALSE(progress->radar(c).ok());
    EXPECT_FALSE(progress->radar(9999).ok());
}

TEST(ProgressQuadrant, NamesAtAndAroundTheMidlines)
{
    EXPECT_EQ(quadrantFor(50, 50), Quadrant::LeadingAndManaging);
    EXPECT_EQ(quadrantFor(50, 49.99), Quadrant::MainlyLeading);
    EXPECT_EQ(quadrantFor(49.99, 50), Quadrant::MainlyManaging);
    EXPECT_EQ(quadrantFor(49.99, 49.99), Quadrant::DevelopingBoth);
    EXPECT_EQ(quadrantFor(100, 0), Quadrant::MainlyLeading);
    EXPECT_EQ(quadrantFor(0, 100), Quadrant::MainlyManaging);
    EXPECT_EQ(quadrantFor(0, 0), Quadrant::DevelopingBoth);
    EXPECT_EQ(quadrantKey(Quadrant::LeadingAndManaging), QStringLiteral("leading-and-managing"));
    EXPECT_EQ(quadrantKey(Quadrant::MainlyLeading), QStringLiteral("mainly-leading"));
    EXPECT_EQ(quadrantKey(Quadrant::MainlyManaging), QStringLiteral("mainly-managing"));
    EXPECT_EQ(quadrantKey(Quadrant::DevelopingBoth), QStringLiteral("developing-both"));
    EXPECT_EQ(quadrantText(Quadrant::LeadingAndManaging), QStringLiteral("Leading and managing"));
    EXPECT_EQ(quadrantText(Quadrant::MainlyLeading), QStringLiteral("Mainly leading"));
    EXPECT_EQ(quadrantText(Quadrant::MainlyManaging), QStringLiteral("Mainly managing"));
    EXPECT_EQ(quadrantText(Quadrant::DevelopingBoth), QStringLiteral("Developing both"));
}

TEST_F(ProgressDataTest, QuadrantPathOldestFirstWithinTheRange)
{
    // "Sometimes" everywhere is exactly (50, 50). One item a step down in one skill moves that
    // index to (43.75 + 150) / 4 = 48.4375; a step up to 51.5625.
    Answers lowManage = fullAnswers(3);
    lowManage.insert(Efficiency + QStringLiteral(".1"), 2);
    Answers lowLead = fullAnswers(3);
    lowLead.insert(Visionary + QStringLiteral(".1"), 2);
    Answers lowBoth = lowLead;
    lowBoth.insert(Efficiency + QStringLiteral(".1"), 2);
    Answers highLeadLowManage = lowManage;
    highLeadLowManage.insert(Visionary + QStringLiteral(".1"), 4);

    // Recorded out of order: the path is by time.
    const qint64 third = record(AssessmentKind::Full, lowLead, utc(2026, 3, 1, 12));
    const qint64 first = record(AssessmentKind::Full, fullAnswers(3), utc(2026, 1, 1, 12));
    const qint64 second = record(AssessmentKind::Full, lowManage, utc(2026, 2, 1, 12));
    const qint64 fourth = record(AssessmentKind::Full, lowBoth, utc(2026, 4, 1, 12));
    const qint64 fifth = record(AssessmentKind::Full, highLeadLowManage, utc(2026, 5, 1, 12));
    record(AssessmentKind::Full, fullAnswers(5), utc(2026, 6, 1, 12));  // after the range
    record(AssessmentKind::Pulse, pulseAnswers(1), utc(2026, 2, 2, 12));  // a pulse is no point

    auto path = progress->quadrantPath(QDate(2026, 1, 1), QDate(2026, 5, 31));
    ASSERT_TRUE(path.ok()) << qPrintable(path.error());
    const QList<QuadrantPoint> &p = path.value();
    ASSERT_EQ(p.size(), 5);
    const struct
    {
        qint64 id;
        double leadership, management;
        Quadrant quadrant;
    } expected[] = {
            {first, 50, 50, Quadrant::LeadingAndManaging},
            {second, 50, 48.4375, Quadrant::MainlyLeading},
            {third, 48.4375, 50, Quadrant::MainlyManaging},
            {fourth, 48.4375, 48.4375, Quadrant::DevelopingBoth},
            {fifth, 51.5625, 48.4375, Quadrant::MainlyLeading},
    };
    for (int i = 0; i < 5; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(p[i].id, expected[i].id);
        EXPECT_NEAR(p[i].leadership, expected[i].leadership, Tolerance);
        EXPECT_NEAR(p[i].management, expected[i].management, Tolerance);
        EXPECT_EQ(p[i].quadrant, expected[i].quadrant);
    }
    EXPECT_EQ(p[0].takenAt, utc(2026, 1, 1, 12));
}

TEST_F(ProgressDataTest, ContrastPolesOfTheLatestFullAssessmentInModelOrder)
{
    auto none = progress->contrastPoles();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value());

    record(AssessmentKind::Full, fullAnswers(1), utc(2026, 1, 1, 12));  // older: ignored
    Answers a = fullAnswers(3);
    a.insert(QStringLiteral("vision-execution.lead.1"), 5);
    a.insert(QStringLiteral("vision-execution.lead.2"), 5);    // 100
    a.insert(QStringLiteral("vision-execution.manage.1"), 1);
    a.insert(QStringLiteral("vision-execution.manage.2"), 1);  // 0
    a.insert(QStringLiteral("risk.lead.1"), 2);                // (25 + 50) / 2 = 37.5
    a.insert(QStringLiteral("risk.manage.1"), 4);
    a.insert(QStringLiteral("risk.manage.2"), 5);              // (75 + 100) / 2 = 87.5
    const qint64 latest = record(AssessmentKind::Full, a, utc(2026, 2, 1, 12));
    record(AssessmentKind::Pulse, pulseAnswers(5), utc(2026, 3, 1, 12));  // pulses have no poles

    auto poles = progress->contrastPoles();
    ASSERT_TRUE(poles.ok()) << qPrintable(poles.error());
    ASSERT_TRUE(poles.value());
    const ContrastPoles &c = *poles.value();
    EXPECT_EQ(c.assessmentId, latest);
    EXPECT_EQ(c.takenAt, utc(2026, 2, 1, 12));
    ASSERT_EQ(c.contrasts.size(), 5);
    const double lead[] = {100, 50, 50, 50, 37.5};
    const double manage[] = {0, 50, 50, 50, 87.5};
    for (int i = 0; i < 5; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(c.contrasts[i].contrastId, model.contrasts[i].id);
        EXPECT_NEAR(c.contrasts[i].lead.value_or(-1), lead[i], Tolerance);
        EXPECT_NEAR(c.contrasts[i].manage.value_or(-1), manage[i], Tolerance);
    }
    EXPECT_EQ(c.contrasts.last().contrastId, QStringLiteral("risk"));
}

TEST_F(ProgressDataTest, ActivityCountsLocalDaysAcrossDstAndMonthEnd)
{
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 29 March 2026.
    const TimeZoneGuard zone("Europe/Berlin");
    ASSERT_EQ(utc(2026, 3, 28, 23, 30).toLocalTime().date(), QDate(2026, 3, 29));
    ASSERT_EQ(utc(2026, 3, 29, 22, 30).toLocalTime().date(), QDate(2026, 3, 30));

    addEntry(utc(2026, 3, 27, 22, 59));  // 23:59 on the 27th: before the range
    addEntry(utc(2026, 3, 28, 22, 30));  // 23:30 CET, 28th
    addEntry(utc(2026, 3, 28, 23, 30));  // 00:30 CET, 29th
    addEntry(utc(2026, 3, 29, 0, 30));   // 01:30 CET, 29th
    addEntry(utc(2026, 3, 29, 1, 30));   // 03:30 CEST, 29th
    addEntry(utc(2026, 3, 29, 21, 59));  // 23:59 CEST, 29th
    addEntry(utc(2026, 3, 29, 22, 30));  // 00:30 CEST, 30th (a fixed +1 h would say the 29th)
    addEntry(utc(2026, 3, 31, 21, 59));  // 23:59, 31 March
    addEntry(utc(2026, 3, 31, 22, 0));   // 00:00, 1 April
    addEntry(utc(2026, 4, 1, 12, 0));    // 14:00, 1 April
    addEntry(utc(2026, 4, 1, 22, 0));    // 00:00, 2 April: after the range

    // The days come from the zone's offsets between its changes, not from a conversion per entry
    // (SQLite's 'localtime'), and are the same.
    static QStringList statements;
    statements.clear();
    Database::setStatementHook([](const Database &, const QString &sql) { statements.append(sql); });
    auto activity = progress->journalActivity(QDate(2026, 3, 28), QDate(2026, 4, 1));
    Database::setStatementHook(nullptr);
    EXPECT_FALSE(statements.isEmpty());
    EXPECT_FALSE(statements.join(QLatin1Char('\n')).contains(QLatin1String("localtime")))
        << qPrintable(statements.join(QLatin1Char('\n')));
    ASSERT_TRUE(activity.ok()) << qPrintable(activity.error());
    const QMap<QDate, int> expected{{QDate(2026, 3, 28), 1}, {QDate(2026, 3, 29), 4}, {QDate(2026, 3, 30), 1},
                                    {QDate(2026, 3, 31), 1}, {QDate(2026, 4, 1), 2}};
    EXPECT_EQ(activity.value().perDay, expected);
    EXPECT_EQ(activity.value().total, 9);
    EXPECT_EQ(activity.value().busiestDay, 4);

    auto all = progress->journalActivity(QDate(), QDate());
    ASSERT_TRUE(all.ok()) << qPrintable(all.error());
    EXPECT_EQ(all.value().total, 11);
    EXPECT_EQ(all.value().perDay.value(QDate(2026, 3, 27)), 1);
    EXPECT_EQ(all.value().perDay.value(QDate(2026, 4, 2)), 1);
    EXPECT_EQ(all.value().perDay.firstKey(), QDate(2026, 3, 27));
}

TEST_F(ProgressDataTest, ActivityOfAnEmptyJournalIsEmpty)
{
    auto activity = progress->journalActivity(QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_TRUE(activity.ok()) << qPrintable(activity.error());
    EXPECT_TRUE(activity.value().perDay.isEmpty());
    EXPECT_EQ(activity.value().total, 0);
    EXPECT_EQ(activity.value().busiestDay, 0);
}

TEST_F(ProgressDataTest, AdviceOutcomesByModeAndByFollowingTheAdvice)
{
    auto empty = progress->adviceOutcomes(QDate(), QDate());
    ASSERT_TRUE(empty.ok()) << qPrintable(empty.error());
    EXPECT_EQ(empty.value().lead.count, 0);
    EXPECT_FALSE(empty.value().lead.meanRating);
    EXPECT_FALSE(empty.value().followed.meanRating);

    const QDateTime in = utc(2026, 5, 10, 12);
    addEntry(in, Mode::Lead, 5, Lean::Lead);       // followed
    addEntry(in, Mode::Lead, 2, Lean::Manage);     // not followed
    addEntry(in, Mode::Manage, 4, Lean::Manage);   // followed
    addEntry(in, Mode::Both, 3, Lean::Blend);      // followed: blend ↔ both
    addEntry(in, Mode::Both, 1, Lean::Lead);       // not followed
    addEntry(in, Mode::Manage, 3);                 // no advice
    addEntry(in, Mode::Lead, 4);                   // no advice
    addEntry(in, Mode::Lead, std::nullopt, Lean::Lead);  // no rating: ignored
    addEntry(in, Mode::Unset, 5, Lean::Blend);     // no mode: ignored
    addEntry(utc(2026, 4, 1, 12), Mode::Lead, 1, Lean::Lead);  // before the range

    auto outcomes = progress->adviceOutcomes(QDate(2026, 5, 1), QDate(2026, 5, 31));
    ASSERT_TRUE(outcomes.ok()) << qPrintable(outcomes.error());
    const AdviceOutcomes &o = outcomes.value();
    const struct
    {
        const char *name;
        const OutcomeGroup &group;
        int count;
        double mean;
    } cases[] = {
            {"lead", o.lead, 3, 11.0 / 3},      // 5, 2, 4
            {"manage", o.manage, 2, 3.5},       // 4, 3
            {"both", o.both, 2, 2.0},           // 3, 1
            {"followed", o.followed, 3, 4.0},   // 5, 4, 3
            {"not followed", o.notFollowed, 2, 1.5},  // 2, 1
            {"no advice", o.noAdvice, 2, 3.5},  // 3, 4
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(c.group.count, c.count);
        ASSERT_TRUE(c.group.meanRating);
        EXPECT_NEAR(*c.group.meanRating, c.mean, Tolerance);
    }

    // With the earlier entry: lead gains a 1, and so does "followed".
    auto all = progress->adviceOutcomes(QDate(), QDate());
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value().lead.count, 4);
    EXPECT_NEAR(*all.value().lead.meanRating, 3.0, Tolerance);
    EXPECT_EQ(all.value().followed.count, 4);
    EXPECT_NEAR(*all.value().followed.meanRating, 13.0 / 4, Tolerance);
}

namespace {

// A reviewed decision on a new entry: the advisor's lean (if any), the mode used, how it went,
// how sure the user was and whether it held.
void addReviewed(const Database &db, const QDateTime &at, std::optional<Lean> lean, Mode mode, std::optional<int> rating,
                 std::optional<int> confidence, Held held)
{
    JournalEntry e;
    e.occurredAt = at;
    e.title = QStringLiteral("decision");
    e.rating = rating;
    if (lean) {
        Advice advice;
        advice.modelVersion = SkillModel::builtin().version;
        advice.lean = *lean;
        e.advice = advice;
    }
    Decision d;
    d.expectation = QStringLiteral("it works out");
    d.confidence = confidence;
    d.reviewOn = Decision::defaultReviewDate(at.date());
    DecisionReview review;
    review.reviewedAt = at.addDays(30);
    review.outcome = QStringLiteral("what happened");
    review.actualMode = mode;
    review.held = held;
    d.review = review;
    e.decision = d;
    const auto id = JournalRepository(db).add(e);
    EXPECT_TRUE(id.ok()) << qPrintable(id.error());
}

} // namespace

TEST_F(ProgressDataTest, DecisionOutcomesFollowedAgainstNotPerQuarterAndCalibration)
{
    auto empty = progress->decisionOutcomes(QDate(), QDate(), 12);
    ASSERT_TRUE(empty.ok()) << qPrintable(empty.error());
    EXPECT_EQ(empty.value().reviewed, 0);
    EXPECT_TRUE(empty.value().periods.isEmpty());
    EXPECT_TRUE(empty.value().calibration.isEmpty());

    // Q1 2026: followed twice (yes, partly), not followed once (no).
    addReviewed(*db, utc(2026, 1, 10, 12), Lean::Lead, Mode::Lead, 5, 90, Held::Yes);
    addReviewed(*db, utc(2026, 2, 10, 12), Lean::Blend, Mode::Both, 3, 70, Held::Partly);
    addReviewed(*db, utc(2026, 3, 10, 12), Lean::Manage, Mode::Lead, 2, 90, Held::No);
    // Q3 2026: not followed (yes, unrated); no advice (counts for calibration only).
    addReviewed(*db, utc(2026, 8, 1, 12), Lean::Lead, Mode::Manage, std::nullopt, 75, Held::Yes);
    addReviewed(*db, utc(2026, 8, 2, 12), std::nullopt, Mode::Lead, 4, 100, Held::Partly);
    // Advice but no mode: neither followed nor not; no confidence: not calibrated.
    addReviewed(*db, utc(2026, 8, 3, 12), Lean::Lead, Mode::Unset, 4, std::nullopt, Held::No);
    // An unreviewed decision counts nowhere.
    {
        JournalEntry e;
        e.occurredAt = utc(2026, 8, 4, 12);
        e.title = QStringLiteral("open");
        e.decision = Decision{QStringLiteral("x"), 60, QDate(2026, 9, 1), std::nullopt};
        ASSERT_TRUE(JournalRepository(*db).add(e).ok());
    }
    // Before the range.
    addReviewed(*db, utc(2025, 6, 1, 12), Lean::Lead, Mode::Lead, 1, 50, Held::No);

    auto result = progress->decisionOutcomes(QDate(2026, 1, 1), QDate(2026, 12, 31), 12);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error());
    const DecisionOutcomes &o = result.value();
    EXPECT_EQ(o.reviewed, 6);
    EXPECT_EQ(o.compared, 4);
    EXPECT_EQ(o.bucket, TrendBucket::Quarter);
    ASSERT_EQ(o.periods.size(), 2);
    EXPECT_EQ(o.periods[0].start, QDate(2026, 1, 1));
    EXPECT_EQ(o.periods[0].followed.count, 2);
    EXPECT_NEAR(*o.periods[0].followed.held, 0.75, Tolerance);  // (1 + ½) / 2
    EXPECT_NEAR(*o.periods[0].followed.meanRating, 4.0, Tolerance);  // (5 + 3) / 2
    EXPECT_EQ(o.periods[0].notFollowed.count, 1);
    EXPECT_NEAR(*o.periods[0].notFollowed.held, 0.0, Tolerance);
    EXPECT_NEAR(*o.periods[0].notFollowed.meanRating, 2.0, Tolerance);
    EXPECT_EQ(o.periods[1].start, QDate(2026, 7, 1));
    EXPECT_EQ(o.periods[1].followed.count, 0);
    EXPECT_FALSE(o.periods[1].followed.held);
    EXPECT_EQ(o.periods[1].notFollowed.count, 1);
    EXPECT_NEAR(*o.periods[1].notFollowed.held, 1.0, Tolerance);
    EXPECT_EQ(o.periods[1].notFollowed.rated, 0);
    EXPECT_FALSE(o.periods[1].notFollowed.meanRating);
    EXPECT_EQ(o.followed.count, 2);
    EXPECT_EQ(o.notFollowed.count, 2);
    EXPECT_NEAR(*o.notFollowed.held, 0.5, Tolerance);  // no, yes
    EXPECT_NEAR(*o.notFollowed.meanRating, 2.0, Tolerance);  // only the rated one

    // Calibration: 70 (70 partly), 70s (75 yes), 90 (yes, no), 100 (partly).
    EXPECT_EQ(o.calibrated, 5);
    ASSERT_EQ(o.calibration.size(), 3);
    EXPECT_EQ(o.calibration[0].level, 70);
    EXPECT_EQ(o.calibration[0].count, 2);
    EXPECT_NEAR(o.calibration[0].meanConfidence, 72.5, Tolerance);
    EXPECT_NEAR(o.calibration[0].held, 0.75, Tolerance);
    EXPECT_EQ(o.calibration[1].level, 90);
    EXPECT_EQ(o.calibration[1].count, 2);
    EXPECT_NEAR(o.calibration[1].held, 0.5, Tolerance);
    EXPECT_EQ(o.calibration[2].level, 100);
    EXPECT_EQ(o.calibration[2].count, 1);
    EXPECT_NEAR(o.calibration[2].held, 0.5, Tolerance);

    // All time with at most one quarter: grouped by year, 2025 first.
    auto yearly = progress->decisionOutcomes(QDate(), QDate(), 1);
    ASSERT_TRUE(yearly.ok());
    EXPECT_EQ(yearly.value().bucket, TrendBucket::Year);
    ASSERT_EQ(yearly.value().periods.size(), 2);
    EXPECT_EQ(yearly.value().periods[0].start, QDate(2025, 1, 1));
    EXPECT_EQ(yearly.value().periods[0].followed.count, 1);
    EXPECT_EQ(yearly.value().periods[1].followed.count, 2);
    EXPECT_EQ(yearly.value().periods[1].notFollowed.count, 2);
    EXPECT_EQ(yearly.value().calibration.first().level, 50);
}
