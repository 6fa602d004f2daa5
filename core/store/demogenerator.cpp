#include "demogenerator.h"

#include "assessmentrepository.h"
#include "database.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
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
        return Error{QStringLiteral("The demonstration texts are missing from the program.")};
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
    for (const QJsonValue &v : root.value(QLatin1String("goals")).toArray()) {
        const QJsonObject o = v.toObject();
        GoalIdea g{o.value(QLatin1String("skill")).toString(), o.value(QLatin1String("title")).toString(),
                   o.value(QLatin1String("why")).toString(), strings(o.value(QLatin1String("steps")))};
        if (!g.title.isEmpty() && !g.steps.isEmpty())
            c.goals.append(g);
    }
    if (c.scenarios.isEmpty() || c.feelings.isEmpty() || c.learned.isEmpty() || c.nextTime.isEmpty()
        || c.bodyExtras.isEmpty() || c.people.isEmpty() || c.projects.isEmpty() || c.teams.isEmpty()
        || c.pulseNotes.isEmpty() || c.goals.isEmpty())
        return Error{QStringLiteral("The demonstration texts in the program are incomplete.")};
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

QString fill(QString text, Random &rng, const Corpus &c)
{
    // Each placeholder gets its own pick, so two {person}s may be two people; good enough.
    while (text.contains(QLatin1String("{person}")))
        text.replace(text.indexOf(QLatin1String("{person}")), 8, rng.pick(c.people));
    while (text.contains(QLatin1String("{project}")))
        text.replace(text.indexOf(QLatin1String("{project}")), 9, rng.pick(c.projects));
    while (text.contains(QLatin1String("{team}")))
        text.replace(text.indexOf(QLatin1String("{team}")), 6, rng.pick(c.teams));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(const Database &db, const Options &options) const
{
    if (options.years < 1 || options.years > MaxYears)
        return Error{QStringLiteral("The demo history must cover 1 to %1 years.").arg(MaxYears)};
    if (!options.until.isValid())
        return Error{QStringLiteral("The demo history needs an end date.")};
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

    AssessmentRepository assessments(db);
    JournalRepository journal(db);
    GoalRepository goals(db);
    Summary summary;

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    // The current growth goal, if any: its skill grows faster while it runs.
    std::optional<Goal> goal;
    QDate goalEnds;
    QDate nextGoal = start.addDays(rng.between(30, 90));
    QDate nextFull = start.addDays(rng.between(0, 10));
    int goalIndex = rng.below(static_cast<int>(c.goals.size()));

    auto storeGoal = [&](Goal &g, const QDate &day, bool finished) -> Status {
        if (finished) {
            g.status = rng.chance(0.85) ? GoalStatus::Done : GoalStatus::Dropped;
            g.closedAt = at(day, rng.between(17 * 60, 20 * 60));
            g.updatedAt = g.closedAt;
        }
        const int days = static_cast<int>(g.createdAt.date().daysTo(finished ? day : until));
        for (int i = 0; i < g.steps.size(); ++i) {
            const int doneAfter = (i + 1) * std::max(7, 100 / static_cast<int>(g.steps.size()));
            if (doneAfter <= days && (finished || rng.chance(0.8)))
                g.steps[i].doneAt = at(g.createdAt.date().addDays(doneAfter), rng.between(9 * 60, 18 * 60));
        }
        const auto added = goals.add(g);
        if (!added)
            return Error{added.error()};
        ++summary.goals;
        return {};
    };

    for (QDate day = start; day <= until; day = day.addDays(1)) {
        // Slow drift for everything, a little faster for the goal's skill.
        if (day.dayOfWeek() == Qt::Monday) {
            for (auto it = level.begin(); it != level.end(); ++it) {
                double drift = rng.normal(0.0015, 0.03);
                if (goal && it.key() == goal->targetId)
                    drift += 0.02;
                it.value() = std::clamp(it.value() + drift, 1.3, 4.7);
            }
        }

        // Goals: one at a time, picked from the weakest skills, a few months each.
        if (goal && day >= goalEnds) {
            if (Status stored = storeGoal(*goal, day, true); !stored)
                return Error{stored.error()};
            goal.reset();
            nextGoal = day.addDays(rng.between(30, 120));
        }
        if (!goal && day >= nextGoal && day.daysTo(until) > 14) {
            const GoalIdea &idea = c.goals.at(goalIndex++ % c.goals.size());
            Goal g;
            g.uuid = rng.uuid();
            g.createdAt = at(day, rng.between(8 * 60, 21 * 60));
            g.updatedAt = g.createdAt;
            g.targetKind = GoalTarget::Skill;
            g.targetId = m_model.skill(idea.skill) ? idea.skill : m_model.skills.first().id;
            g.title = idea.title;
            g.why = idea.why;
            goalEnds = day.addDays(rng.between(70, 150));
            g.dueOn = goalEnds.addDays(rng.between(-14, 14));
            const double current = (level.value(g.targetId) - 1.0) * 25.0;
            g.targetScore = std::clamp(static_cast<int>(std::lround(current / 5.0) * 5 + 15), 20, 100);
            for (const QString &text : idea.steps)
            {
                GoalStep step;
                step.uuid = rng.uuid();
                step.text = text;
                g.steps.append(step);
            }
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
            JournalEntry e;
            e.uuid = rng.uuid();
            e.occurredAt = at(day, rng.between(8 * 60, 19 * 60));
            e.createdAt = e.occurredAt.addSecs(rng.between(10, 8 * 60) * 60);
            e.updatedAt = e.createdAt.addSecs(rng.chance(0.2) ? rng.between(1, 3 * 24 * 60) * 60 : 0);
            e.title = fill(s.title, rng, c);
            e.situation = fill(s.situation, rng, c);
            e.mode = rng.chance(0.8) ? s.mode : std::array{Mode::Lead, Mode::Manage, Mode::Both}[rng.below(3)];
            // It tends to go better when the mode fits the situation and the skills are strong.
            double skill = 0;
            for (const QString &id : s.skills)
                skill += level.value(id, 3.0);
            skill = s.skills.isEmpty() ? 3.0 : skill / s.skills.size();
            const double fit = e.mode == s.mode ? 0.5 : -0.5;
            e.rating = std::clamp(static_cast<int>(std::lround(rng.normal(2.4 + 0.25 * skill + fit, 0.9))), 1, 5);
            const QString did = fill(rng.pick(s.did), rng, c);
            e.outcome = fill(rng.pick(*e.rating >= 3 ? s.outcomesGood : s.outcomesBad), rng, c);
            if (rng.chance(0.7))
                e.feelings = rng.pick(c.feelings);
            if (rng.chance(0.6))
                e.learned = rng.pick(c.learned);
            if (rng.chance(0.5))
                e.nextTime = rng.pick(c.nextTime);
            e.body = did;
            if (rng.chance(0.3))
                e.body += QStringLiteral("\n\n") + fill(rng.pick(c.bodyExtras), rng, c);
            e.tags = s.tags;
            e.skills = s.skills;
            e.contrasts = s.contrasts;
            e.areas = s.areas;
            const auto added = journal.add(e);
            if (!added)
                return Error{added.error()};
            ++summary.journalEntries;
        }
    }
    if (goal) {
        if (Status stored = storeGoal(*goal, until, false); !stored)
            return Error{stored.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return summary;
}

} // namespace tandem::core
