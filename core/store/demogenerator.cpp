#include "demogenerator.h"

#include "advisor.h"
#include "assessmentrepository.h"
#include "database.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "scorecache.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace tandem::core {

namespace {

struct Scenario
{
    QString title;
    QString situation;
    Mode mode = Mode::Both;
    QStringList skills, contrasts, areas, tags, did, outcomesGood, outcomesBad;
};

struct GoalIdea
{
    QString skill, title, why;
    QStringList steps;
};

struct Corpus
{
    QList<Scenario> scenarios;
    QStringList feelings, learned, nextTime, bodyExtras, people, projects, teams, pulseNotes;
    QStringList titleQualifiers, expectations;
    QList<GoalIdea> goals;
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !v.toString().isEmpty())
            list.append(v.toString());
    return list;
}

Result<Corpus> loadCorpus()
{
    QFile file(QStringLiteral(":/tandem/demo/demo-journal.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("DemoGenerator",
                                                   "The demonstration texts are missing from the program.") };
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Corpus c;
    for (const QJsonValue &v : root.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject o = v.toObject();
        Scenario s;
        s.title = o.value(QLatin1String("title")).toString();
        s.situation = o.value(QLatin1String("situation")).toString();
        s.mode = modeFromKey(o.value(QLatin1String("mode")).toString()).value_or(Mode::Both);
        s.skills = strings(o.value(QLatin1String("skills")));
        s.contrasts = strings(o.value(QLatin1String("contrasts")));
        s.areas = strings(o.value(QLatin1String("areas")));
        s.tags = strings(o.value(QLatin1String("tags")));
        s.did = strings(o.value(QLatin1String("did")));
        s.outcomesGood = strings(o.value(QLatin1String("outcomes_good")));
        s.outcomesBad = strings(o.value(QLatin1String("outcomes_bad")));
        if (!s.title.isEmpty() && !s.situation.isEmpty() && !s.did.isEmpty() && !s.outcomesGood.isEmpty()
            && !s.outcomesBad.isEmpty())
            c.scenarios.append(s);
    }
    c.feelings = strings(root.value(QLatin1String("feelings")));
    c.learned = strings(root.value(QLatin1String("learned")));
    c.nextTime = strings(root.value(QLatin1String("next_time")));
    c.bodyExtras = strings(root.value(QLatin1String("body_extras")));
    c.people = strings(root.value(QLatin1String("people")));
    c.projects = strings(root.value(QLatin1String("projects")));
    c.teams = strings(root.value(QLatin1String("teams")));
    c.pulseNotes = strings(root.value(QLatin1String("pulse_notes")));
    c.titleQualifiers = strings(root.value(QLatin1String("title_qualifiers")));
    c.expectations = strings(root.value(QLatin1String("expectations")));
    for (const QJsonValue &v : root.value(QLatin1String("goals")).toArray()) {
        const QJsonObject o = v.toObject();
        GoalIdea g{o.value(QLatin1String("skill")).toString(), o.value(QLatin1String("title")).toString(),
                   o.value(QLatin1String("why")).toString(), strings(o.value(QLatin1String("steps")))};
        if (!g.title.isEmpty() && !g.steps.isEmpty())
            c.goals.append(g);
    }
    if (c.scenarios.isEmpty() || c.feelings.isEmpty() || c.learned.isEmpty() || c.nextTime.isEmpty()
        || c.bodyExtras.isEmpty() || c.people.isEmpty() || c.projects.isEmpty() || c.teams.isEmpty()
        || c.pulseNotes.isEmpty() || c.goals.isEmpty() || c.titleQualifiers.isEmpty() || c.expectations.isEmpty())
        return Error { QCoreApplication::translate("DemoGenerator",
                                                   "The demonstration texts in the program are incomplete.") };
    return c;
}

// Random numbers that are the same on every platform: std::mt19937_64 is fully specified,
// the standard distributions are not, so the few we need are written out here.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(static_cast<int>(list.size()))); }
    QUuid uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = static_cast<char>(a >> (8 * i));
            bytes[8 + i] = static_cast<char>(b >> (8 * i));
        }
        bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);  // version 4
        bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    std::mt19937_64 m_engine;
};

int toAnswer(double latent, Random &rng, double noise)
{
    return std::clamp(static_cast<int>(std::lround(rng.normal(latent, noise))), 1, 5);
}

QDateTime at(const QDate &date, int minutesAfterMidnight)
{
    return QDateTime(date, QTime(0, 0).addSecs(minutesAfterMidnight * 60)).toUTC();
}

// The person, project and team one journal entry is about: every {person} in its texts is the
// same person, so that an entry does not change names half-way.
struct Cast
{
    QString person, project, team;

    static Cast pick(Random &rng, const Corpus &c)
    {
        Cast cast;
        cast.person = rng.pick(c.people);
        cast.project = rng.pick(c.projects);
        cast.team = rng.pick(c.teams);
        return cast;
    }
};

QString fill(QString text, const Cast &cast)
{
    text.replace(QLatin1String("{person}"), cast.person);
    text.replace(QLatin1String("{project}"), cast.project);
    text.replace(QLatin1String("{team}"), cast.team);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A title made of the situation's own title and, most of the time, a qualifier that names what
// the title does not (a project, a team, a second attempt), so that ten years of entries do
// not repeat a handful of titles.
QString title(const Scenario &s, const Cast &cast, Random &rng, const Corpus &c)
{
    QString text = s.title;
    if (rng.chance(0.75)) {
        const QString &qualifier = rng.pick(c.titleQualifiers);
        const bool repeats = (qualifier.contains(QLatin1String("{project}")) && text.contains(QLatin1String("{project}")))
                || (qualifier.contains(QLatin1String("{team}")) && text.contains(QLatin1String("{team}")));
        if (!repeats)
            text += qualifier;
    }
    return fill(text, cast);
}

// The advisor's answers for a situation: they lean the way the situation calls for, with the
// noise of a person answering five quick questions.
QList<int> advisorAnswers(Mode situation, int questions, Random &rng)
{
    const double lean = situation == Mode::Lead ? -1.5 : situation == Mode::Manage ? 1.5 : 0.0;
    QList<int> answers;
    answers.reserve(questions);
    for (int i = 0; i < questions; ++i)
        answers.append(std::clamp(static_cast<int>(std::lround(rng.normal(lean, 1.4))), Advisor::MinAnswer,
                                  Advisor::MaxAnswer));
    return answers;
}

Mode modeFor(Lean lean)
{
    switch (lean) {
    case Lean::Lead: return Mode::Lead;
    case Lean::Manage: return Mode::Manage;
    case Lean::Blend: break;
    }
    return Mode::Both;
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(const Database &db, const Options &options) const
{
    if (options.years < 1 || options.years > MaxYears)
        return Error {
            QCoreApplication::translate("DemoGenerator", "The demo history must cover 1 to %1 years.").arg(MaxYears)
        };
    if (!options.until.isValid())
        return Error { QCoreApplication::translate("DemoGenerator", "The demo history needs an end date.") };
    const auto corpus = loadCorpus();
    if (!corpus)
        return Error{corpus.error()};
    const Corpus &c = corpus.value();

    Random rng(options.seed);
    const QDate until = options.until;
    const QDate start = until.addYears(-options.years).addDays(1);

    // Latent levels on the 1..5 answer scale, one per skill and per pole: where the person
    // "really" is. Answers are noisy readings of these.
    QHash<QString, double> level;
    for (const Skill &skill : m_model.skills)
        level.insert(skill.id, rng.normal(2.7, 0.35));
    for (const Contrast &contrast : m_model.contrasts) {
        level.insert(contrast.id + QStringLiteral("#lead"), rng.normal(2.8, 0.4));
        level.insert(contrast.id + QStringLiteral("#manage"), rng.normal(2.9, 0.4));
    }
    QStringList levelKeys;
    for (const Skill &skill : m_model.skills)
        levelKeys.append(skill.id);
    for (const Contrast &contrast : m_model.contrasts)
        levelKeys << contrast.id + QStringLiteral("#lead") << contrast.id + QStringLiteral("#manage");

    AssessmentRepository assessments(db);
    const ScoreCache scores(db, m_model);
    JournalRepository journal(db);
    GoalRepository goals(db);
    Summary summary;

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    // The current growth goal, if any: its skill grows faster while it runs.
    std::optional<Goal> goal;
    QList<qint64> goalEvidence;  // entries on the goal's skill written while it ran
    QDate goalEnds;
    QDate nextGoal = start.addDays(rng.between(30, 90));
    QDate nextFull = start.addDays(rng.between(0, 10));
    int goalIndex = rng.below(static_cast<int>(c.goals.size()));
    bool paused = false;
    int ended = 0;
    const Advisor advisor(m_model);

    // A goal ends done (most often), dropped, or, once and in the last year or so, paused.
    auto storeGoal = [&](Goal &g, const QDate &day, bool ending) -> Status {
        if (ending) {
            // The third goal is given up, as some are; others now and then.
            if (!paused && day.daysTo(until) < 400) {
                g.status = GoalStatus::Paused;
                paused = true;
            } else {
                g.status = ended == 2 || rng.chance(0.15) ? GoalStatus::Dropped : GoalStatus::Done;
            }
            ++ended;
            g.updatedAt = at(day, rng.between(17 * 60, 20 * 60));
            if (g.status != GoalStatus::Paused)
                g.closedAt = g.updatedAt;
        }
        const bool done = g.status == GoalStatus::Done;
        const QDate began = g.createdAt.toLocalTime().date();
        const int days = static_cast<int>(began.daysTo(ending ? day : until));
        // Steps are spread over the goal's run: the days it took, or for the current goal the
        // days it is planned to take, so that its later steps are still ahead.
        const int run = ending ? days : std::max(days, static_cast<int>(began.daysTo(goalEnds)));
        const int every = std::max(7, run / static_cast<int>(g.steps.size() + 1));
        // Steps are ticked off in order, until one is not (or the goal ends).
        bool going = true;
        for (int i = 0; i < g.steps.size(); ++i) {
            const int doneAfter = std::min((i + 1) * every, days);
            going = done || (going && doneAfter < days && rng.chance(0.8));
            if (going)
                g.steps[i].doneAt = at(began.addDays(doneAfter), rng.between(9 * 60, 18 * 60));
        }
        // A handful of the entries written meanwhile become its evidence, spread over its run.
        const qsizetype linked = std::min<qsizetype>(goalEvidence.size(), rng.between(2, 5));
        for (qsizetype i = 0; i < linked; ++i)
            g.evidence.append(goalEvidence.at(i * goalEvidence.size() / linked));
        const auto added = goals.add(g);
        if (!added)
            return Error{added.error()};
        ++summary.goals;
        goalEvidence.clear();
        return {};
    };

    // Colleagues are asked for feedback twice: about eleven months and three weeks before the end.
    // Where the person really was on those days is kept for their answers.
    QList<std::pair<QDate, QHash<QString, double>>> roundLevels;
    const QList<QDate> roundDays { until.addDays(-330), until.addDays(-21) };

    for (QDate day = start; day <= until; day = day.addDays(1)) {
        if (roundDays.contains(day))
            roundLevels.append({ day, level });
        // Slow drift for everything, a little faster for the goal's skill.
        if (day.dayOfWeek() == Qt::Monday) {
            // In a fixed order: a QHash's order changes from one run of the program to the next,
            // and the same seed must give the same history in every run.
            for (const QString &key : levelKeys) {
                double drift = rng.normal(0.0015, 0.03);
                if (goal && key == goal->targetId)
                    drift += 0.02;
                double &value = level[key];
                value = std::clamp(value + drift, 1.3, 4.7);
            }
        }

        // Goals: one at a time, picked from the weakest skills, a few months each.
        if (goal && day >= goalEnds) {
            if (Status stored = storeGoal(*goal, day, true); !stored)
                return Error{stored.error()};
            goal.reset();
            // A pause between goals, but a goal is under way when the history ends.
            nextGoal = std::min(day.addDays(rng.between(30, 120)), until.addDays(-20));
        }
        if (!goal && day >= nextGoal && day.daysTo(until) > 14) {
            const GoalIdea &idea = c.goals.at(goalIndex++ % c.goals.size());
            Goal g;
            g.uuid = rng.uuid();
            g.createdAt = at(day, rng.between(8 * 60, 21 * 60));
            g.updatedAt = g.createdAt;
            g.targetKind = GoalTarget::Skill;
            const Skill *skill = m_model.skill(idea.skill);
            if (!skill)
                skill = &m_model.skills.first();
            g.targetId = skill->id;
            g.title = idea.title;
            g.why = idea.why;
            goalEnds = day.addDays(rng.between(70, 150));
            // A goal that would end in the last month is still running at the end instead.
            if (goalEnds > until.addDays(-30))
                goalEnds = until.addDays(rng.between(20, 60));
            g.dueOn = goalEnds.addDays(rng.between(-14, 14));
            const double current = (level.value(g.targetId) - 1.0) * 25.0;
            g.targetScore = std::clamp(static_cast<int>(std::lround(current / 5.0) * 5 + 15), 20, 100);
            QList<GoalStep> steps;
            for (const QString &text : idea.steps) {
                GoalStep step;
                step.uuid = rng.uuid();
                step.text = text;
                steps.append(step);
            }
            // One step taken from the model's tips for the skill, as the app offers them.
            if (!skill->tips.isEmpty()) {
                const Tip &tip = rng.pick(skill->tips);
                GoalStep step;
                step.uuid = rng.uuid();
                step.text = tip.text;
                step.tipId = tip.id;
                steps.insert(std::min<qsizetype>(1, steps.size()), step);
            }
            // Some steps get a date, spread over the goal's planned run.
            const int span = static_cast<int>(day.daysTo(goalEnds));
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (rng.chance(0.6))
                    steps[i].dueOn = day.addDays(static_cast<int>((i + 1) * span / (steps.size() + 1)));
            }
            g.steps = steps;
            goal = g;
        }

        // A weekly pulse on Mondays, skipped now and then.
        if (day.dayOfWeek() == Qt::Monday && rng.chance(0.9)) {
            Assessment a;
            a.uuid = rng.uuid();
            a.kind = AssessmentKind::Pulse;
            a.modelVersion = m_model.version;
            a.takenAt = at(day, rng.between(8 * 60, 10 * 60));
            for (const PulseItem &item : m_model.pulseItems)
                a.answers.insert(item.id, toAnswer(level.value(item.skillId), rng, 0.6));
            if (rng.chance(0.3))
                a.note = rng.pick(c.pulseNotes);
            const auto added = assessments.add(a);
            if (!added)
                return Error{added.error()};
            if (Status scored = scores.store(added.value(), a); !scored)
                return scored.failure();
            ++summary.pulses;
        }

        // A full assessment about every six weeks.
        if (day >= nextFull) {
            Assessment a;
            a.uuid = rng.uuid();
            a.kind = AssessmentKind::Full;
            a.modelVersion = m_model.version;
            a.takenAt = at(day, rng.between(12 * 60, 20 * 60));
            for (const Skill &skill : m_model.skills) {
                for (const Item &item : skill.items) {
                    const int answer = toAnswer(level.value(skill.id), rng, 0.55);
                    a.answers.insert(item.id, item.reverse ? 6 - answer : answer);
                }
            }
            for (const Contrast &contrast : m_model.contrasts) {
                for (const Item &item : contrast.leadPole.items)
                    a.answers.insert(item.id, toAnswer(level.value(contrast.id + QStringLiteral("#lead")), rng, 0.7));
                for (const Item &item : contrast.managePole.items)
                    a.answers.insert(item.id, toAnswer(level.value(contrast.id + QStringLiteral("#manage")), rng, 0.7));
            }
            const auto added = assessments.add(a);
            if (!added)
                return Error{added.error()};
            if (Status scored = scores.store(added.value(), a); !scored)
                return scored.failure();
            ++summary.fullAssessments;
            nextFull = day.addDays(42 + rng.between(-4, 7));
        }

        // About five journal entries a week, mostly on working days.
        const bool weekend = day.dayOfWeek() >= Qt::Saturday;
        int entriesToday = rng.chance(weekend ? 0.25 : 0.9) ? 1 : 0;
        if (!weekend && rng.chance(0.06))
            ++entriesToday;
        for (int n = 0; n < entriesToday; ++n) {
            const Scenario &s = rng.pick(c.scenarios);
            const Cast cast = Cast::pick(rng, c);
            JournalEntry e;
            e.uuid = rng.uuid();
            e.occurredAt = at(day, rng.between(8 * 60, 19 * 60));
            e.createdAt = e.occurredAt.addSecs(rng.between(10, 8 * 60) * 60);
            e.updatedAt = e.createdAt.addSecs(rng.chance(0.2) ? rng.between(1, 3 * 24 * 60) * 60 : 0);
            e.title = title(s, cast, rng, c);
            e.situation = fill(s.situation, cast);
            e.mode = rng.chance(0.8) ? s.mode : std::array{Mode::Lead, Mode::Manage, Mode::Both}[rng.below(3)];
            // The advisor is asked now and then; its answer follows the situation, and the
            // advice is taken more often than not.
            if (rng.chance(0.2)) {
                auto advice = advisor.advise(
                        advisorAnswers(s.mode, static_cast<int>(m_model.advisorQuestions.size()), rng));
                if (advice) {
                    e.advice = std::move(advice).value();
                    if (rng.chance(0.6))
                        e.mode = modeFor(e.advice->lean);
                }
            }
            // It tends to go better when the mode fits the situation and the skills are strong.
            double skill = 0;
            for (const QString &id : s.skills)
                skill += level.value(id, 3.0);
            skill = s.skills.isEmpty() ? 3.0 : skill / s.skills.size();
            const double fit = e.mode == s.mode ? 0.5 : -0.5;
            e.rating = std::clamp(static_cast<int>(std::lround(rng.normal(2.4 + 0.25 * skill + fit, 0.9))), 1, 5);
            const QString did = fill(rng.pick(s.did), cast);
            e.outcome = fill(rng.pick(*e.rating >= 3 ? s.outcomesGood : s.outcomesBad), cast);
            if (rng.chance(0.7))
                e.feelings = rng.pick(c.feelings);
            if (rng.chance(0.6))
                e.learned = rng.pick(c.learned);
            if (rng.chance(0.5))
                e.nextTime = rng.pick(c.nextTime);
            e.body = did;
            if (rng.chance(0.3))
                e.body += QStringLiteral("\n\n") + fill(rng.pick(c.bodyExtras), cast);
            e.tags = s.tags;
            e.skills = s.skills;
            e.contrasts = s.contrasts;
            e.areas = s.areas;

            // Most entries that asked the advisor, and a few others, record a decision to look
            // back on; in the last weeks, as a habit that has taken hold, more of them. Reviews
            // fall two to six weeks on; those older than three months are done, of the later ones
            // most, and those of the last fortnight still wait (so a few are due at the end). The expectation holds more often
            // the surer the person was, when the mode fitted the situation and when it went
            // well, so that calibration and advice-vs-outcome show something true.
            const bool lately = day.daysTo(until) < 42;
            if (rng.chance(e.advice ? (lately ? 1.0 : 0.6) : (lately ? 0.25 : 0.04))) {
                Decision d;
                d.expectation = fill(rng.pick(c.expectations), cast);
                d.confidence = std::clamp(static_cast<int>(std::lround(rng.normal(65, 17) / 10.0)) * 10, 10, 100);
                d.reviewOn = day.addDays(std::array{14, 21, 28, 28, 28, 42}[rng.below(6)]);
                const qint64 left = d.reviewOn.daysTo(until);
                if (left >= 14 && (left > 90 || rng.chance(0.85))) {
                    DecisionReview review;
                    const QDate reviewDay = d.reviewOn.addDays(std::min<qint64>(rng.between(0, 6), left));
                    review.reviewedAt = at(reviewDay, rng.between(17 * 60, 21 * 60));
                    review.actualMode = rng.chance(0.9) ? e.mode : std::array{Mode::Lead, Mode::Manage, Mode::Both}[rng.below(3)];
                    // A little too sure when very sure, and not sure enough when unsure, as
                    // people tend to be; the advice, which reads the situation from the answers,
                    // pays off when taken.
                    const double fitted = review.actualMode == s.mode ? 0.08 : -0.12;
                    const double advised = !e.advice ? 0.0 : modeFor(e.advice->lean) == review.actualMode ? 0.08 : -0.1;
                    const double held = std::clamp(-0.25 + 1.1 * *d.confidence / 100.0 + fitted + advised
                                                           + 0.05 * (*e.rating - 3),
                                                   0.02, 0.98);
                    const double u = rng.uniform();
                    review.held = u < held ? Held::Yes : u < held + (1 - held) * 0.4 ? Held::Partly : Held::No;
                    const bool good = review.held == Held::Yes || (review.held == Held::Partly && rng.chance(0.5));
                    review.outcome = fill(rng.pick(good ? s.outcomesGood : s.outcomesBad), cast);
                    e.updatedAt = std::max(e.updatedAt, review.reviewedAt);
                    d.review = review;
                }
                e.decision = d;
            }
            const auto added = journal.add(e);
            if (!added)
                return Error{added.error()};
            ++summary.journalEntries;
            if (goal && e.occurredAt >= goal->createdAt && e.skills.contains(goal->targetId))
                goalEvidence.append(added.value());
        }
    }
    if (goal) {
        if (Status stored = storeGoal(*goal, until, false); !stored)
            return Error{stored.error()};
    }
    if (Status asked = addFeedbackRounds(db, options, roundLevels, summary); !asked)
        return asked.failure();
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return summary;
}

Status DemoGenerator::addFeedbackRounds(const Database &db, const Options &options,
                                        const QList<std::pair<QDate, QHash<QString, double>>> &levels,
                                        Summary &summary) const
{
    // A generator of its own, so that the rest of the history is what it was before rounds existed.
    Random rng(options.seed ^ 0x5eedf00dULL);
    // Which level each statement reads, and whether its answer is turned round, as the full
    // assessment's answers are.
    struct Asked
    {
        Item item;
        QString key;
        bool turned = false;
    };
    QList<Asked> items;
    for (const Skill &skill : m_model.skills) {
        for (const Item &item : skill.items)
            items.append({ item, skill.id, item.reverse });
    }
    for (const Contrast &contrast : m_model.contrasts) {
        for (const Item &item : contrast.leadPole.items)
            items.append({ item, contrast.id + QStringLiteral("#lead"), false });
        for (const Item &item : contrast.managePole.items)
            items.append({ item, contrast.id + QStringLiteral("#manage"), false });
    }
    // How colleagues see the person differently from how they see themselves: a little lower on
    // most things, clearly lower on one skill (a blind spot) and clearly higher on another.
    QHash<QString, double> bias;
    for (const Asked &asked : std::as_const(items)) {
        if (!bias.contains(asked.key))
            bias.insert(asked.key, rng.normal(-0.1, 0.2));
    }
    const int blind = rng.below(static_cast<int>(m_model.skills.size()));
    const int hidden = (blind + 1 + rng.below(static_cast<int>(m_model.skills.size()) - 1))
        % static_cast<int>(m_model.skills.size());
    bias[m_model.skills.at(blind).id] = -1.0;
    bias[m_model.skills.at(hidden).id] = 0.9;
    const QStringList names { QStringLiteral("Priya"), QStringLiteral("Tomás"), QStringLiteral("Mei") };

    const FeedbackRepository feedback(db);
    for (qsizetype r = 0; r < levels.size(); ++r) {
        const auto &[day, level] = levels.at(r);
        const bool last = r == levels.size() - 1;
        FeedbackRound round;
        round.uuid = rng.uuid();
        round.createdAt = at(day, rng.between(8 * 60, 10 * 60));
        round.modelVersion = m_model.version;
        round.note = QStringLiteral("Thank you for taking a few minutes. Honest answers help me most.");
        for (int i = 0; i < FeedbackLimits::SealKeyBytes; ++i)
            round.sealKey.append(static_cast<char>(rng.below(256)));
        for (const Asked &asked : std::as_const(items))
            round.itemIds.append(asked.item.id);
        round.invited = 7;
        const int raters = last ? 4 : 5;
        const QDate lastAnswer = std::min(day.addDays(12), options.until);
        if (!last)
            round.closedAt = at(day.addDays(14), rng.between(17 * 60, 19 * 60));
        const auto added = feedback.add(round);
        if (!added)
            return added.failure();
        for (int n = 0; n < raters; ++n) {
            FeedbackResponseFile::Contents contents;
            contents.round = round.uuid;
            contents.modelVersion = round.modelVersion;
            FeedbackResponse &response = contents.response;
            response.uuid = rng.uuid();
            response.roundId = added.value();
            if (n == 1)
                response.rater = names.at(r % names.size());
            response.receivedAt = at(day.addDays(rng.between(1, static_cast<int>(day.daysTo(lastAnswer)))),
                                     rng.between(8 * 60, 20 * 60));
            // Each colleague sees the person a little differently, and cannot say about a few things.
            const double own = rng.normal(0, 0.25);
            for (const Asked &asked : std::as_const(items)) {
                if (rng.chance(0.06)) {
                    response.answers.insert(asked.item.id, std::nullopt);
                    continue;
                }
                const int answer = toAnswer(level.value(asked.key) + bias.value(asked.key) + own, rng, 0.6);
                response.answers.insert(asked.item.id, asked.turned ? 6 - answer : answer);
            }
            response.seal = FeedbackResponseFile::seal(round.sealKey, contents);
            if (const auto stored = feedback.addResponse(response); !stored)
                return stored.failure();
        }
        ++summary.feedbackRounds;
    }
    return {};
}

} // namespace tandem::core
