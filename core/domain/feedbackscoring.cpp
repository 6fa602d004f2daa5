#include "feedbackscoring.h"

#include "feedback.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tandem::core {

namespace {

// Two-sided 95 %, as in MDC95. Not Student's t: docs/feedback.md says why.
constexpr double Z95 = 1.96;

// The others' mean and spread of one score and its verdict against self. With fewer than
// MinRaters scores nothing about the others is set, so no single rater's score can show.
ScoreGap judge(const QString &id, GapKind kind, Role role, const QList<double> &scores, std::optional<double> self)
{
    ScoreGap gap;
    gap.id = id;
    gap.kind = kind;
    gap.role = role;
    gap.self = self;
    gap.raters = int(scores.size());
    if (gap.raters < FeedbackLimits::MinRaters) {
        gap.verdict = GapVerdict::TooFewRaters;
        return gap;
    }
    double sum = 0;
    for (const double score : scores)
        sum += score;
    const double mean = sum / gap.raters;
    double squares = 0;
    for (const double score : scores)
        squares += (score - mean) * (score - mean);
    const double spread = std::sqrt(squares / (gap.raters - 1));

    const ChangeRule &rule = gapRuleFor(kind);
    gap.othersMean = mean;
    gap.othersSpread = spread;
    gap.threshold = gapThreshold(rule, gap.raters, spread);
    gap.disagree = spread > 2.0 * rule.sem();
    if (!self) {
        gap.verdict = GapVerdict::NoSelf;
    } else {
        const double g = mean - *self;
        if (g < -gap.threshold)
            gap.verdict = GapVerdict::BlindSpot;
        else if (g > gap.threshold)
            gap.verdict = GapVerdict::HiddenStrength;
        else
            gap.verdict = GapVerdict::WithinNoise;
    }
    return gap;
}

} // namespace

QString gapVerdictKey(GapVerdict verdict)
{
    switch (verdict) {
    case GapVerdict::TooFewRaters: return QStringLiteral("too-few-raters");
    case GapVerdict::NoSelf: return QStringLiteral("no-self");
    case GapVerdict::WithinNoise: return QStringLiteral("within-noise");
    case GapVerdict::BlindSpot: return QStringLiteral("blind-spot");
    case GapVerdict::HiddenStrength: return QStringLiteral("hidden-strength");
    }
    return {};
}

const ChangeRule &gapRuleFor(GapKind kind)
{
    switch (kind) {
    case GapKind::Skill: return ChangeRules::Skill;
    case GapKind::Pole: return ChangeRules::Pole;
    case GapKind::Index: return ChangeRules::Index;
    }
    return ChangeRules::Skill;
}

std::optional<double> ScoreGap::gap() const
{
    if (!othersMean || !self)
        return std::nullopt;
    return *othersMean - *self;
}

double othersStandardError(const ChangeRule &rule, int raters, double spread)
{
    if (raters < 1)
        return std::numeric_limits<double>::infinity();
    const double sem = rule.sem();
    // Raters who agree closely are still n measurements, each with the score's own noise.
    const double variance = std::max(spread * spread, sem * sem);
    return std::sqrt(variance / raters);
}

double gapThreshold(const ChangeRule &rule, int raters, double spread)
{
    const double sem = rule.sem();
    const double others = othersStandardError(rule, raters, spread);
    // Self is one measurement with the rule's SEM.
    return Z95 * std::sqrt(sem * sem + others * others);
}

std::optional<Change> othersChanged(const ScoreGap &before, const ScoreGap &after)
{
    if (before.id != after.id || before.kind != after.kind || before.role != after.role)
        return std::nullopt;
    if (!before.othersMean || !before.othersSpread || !after.othersMean || !after.othersSpread)
        return std::nullopt;
    const ChangeRule &rule = gapRuleFor(after.kind);
    const double seBefore = othersStandardError(rule, before.raters, *before.othersSpread);
    const double seAfter = othersStandardError(rule, after.raters, *after.othersSpread);
    const double delta = *after.othersMean - *before.othersMean;
    return Change { delta, std::abs(delta) > Z95 * std::sqrt(seBefore * seBefore + seAfter * seAfter) };
}

FeedbackResults scoreFeedback(const SkillModel &model, const QStringList &itemIds,
                              const QList<FeedbackAnswers> &responses, const std::optional<Answers> &self)
{
    FeedbackResults results;
    results.responses = int(responses.size());

    // Each rater's answers as the scorer takes them: "can't say" and anything outside 1..5 left out.
    QList<Answers> raters;
    raters.reserve(responses.size());
    for (const FeedbackAnswers &response : responses) {
        Answers answers;
        for (auto it = response.cbegin(); it != response.cend(); ++it) {
            if (it.value() && *it.value() >= 1 && *it.value() <= 5)
                answers.insert(it.key(), *it.value());
        }
        raters.append(answers);
    }

    // Self and others are scored on the same statements: those the round asked.
    const QSet<QString> asked(itemIds.cbegin(), itemIds.cend());
    const auto askedOf = [&asked](const QList<Item> &items) {
        QList<Item> out;
        for (const Item &item : items) {
            if (asked.contains(item.id))
                out.append(item);
        }
        return out;
    };
    const auto scoresOf
        = [&raters](const QList<Item> &items, QList<QMap<QString, double>> *perRater, const QString &id) {
              QList<double> scores;
              for (qsizetype i = 0; i < raters.size(); ++i) {
                  if (const auto score = Scorer::scaleScore(items, raters.at(i))) {
                      scores.append(*score);
                      if (perRater)
                          (*perRater)[i].insert(id, *score);
                  }
              }
              return scores;
          };

    QList<QMap<QString, double>> raterSkills(raters.size());
    QMap<QString, double> selfSkills;
    QSet<QString> askedSkills;
    for (const Skill &skill : model.skills) {
        const QList<Item> items = askedOf(skill.items);
        if (items.isEmpty())
            continue;
        askedSkills.insert(skill.id);
        const QList<double> scores = scoresOf(items, &raterSkills, skill.id);
        const std::optional<double> selfScore = self ? Scorer::scaleScore(items, *self) : std::nullopt;
        if (selfScore)
            selfSkills.insert(skill.id, *selfScore);
        results.skills.append(judge(skill.id, GapKind::Skill, skill.role, scores, selfScore));
    }

    for (const Contrast &contrast : model.contrasts) {
        for (const Role role : { Role::Lead, Role::Manage }) {
            const QList<Item> items = askedOf(contrast.pole(role).items);
            if (items.isEmpty())
                continue;
            const QList<double> scores = scoresOf(items, nullptr, contrast.id);
            const std::optional<double> selfScore = self ? Scorer::scaleScore(items, *self) : std::nullopt;
            results.poles.append(judge(contrast.id, GapKind::Pole, role, scores, selfScore));
        }
    }

    // An index, when the round asked enough of the role's skills for one (three of four), from
    // each rater's and the user's scores of the skills asked.
    for (const Role role : { Role::Lead, Role::Manage }) {
        const QList<const Skill *> skills = model.skillsOf(role);
        qsizetype askedOfRole = 0;
        for (const Skill *skill : skills)
            askedOfRole += askedSkills.contains(skill->id) ? 1 : 0;
        if (askedOfRole == 0 || askedOfRole < skills.size() - 1)
            continue;
        QList<double> scores;
        for (const QMap<QString, double> &skillScores : std::as_const(raterSkills)) {
            if (const auto index = Scorer::indexOf(skills, skillScores))
                scores.append(*index);
        }
        const std::optional<double> selfIndex = self ? Scorer::indexOf(skills, selfSkills) : std::nullopt;
        const QString id = role == Role::Lead ? QStringLiteral("leadership") : QStringLiteral("management");
        (role == Role::Lead ? results.leadership : results.management)
            = judge(id, GapKind::Index, role, scores, selfIndex);
    }

    // Per statement, only from MinRaters raters on, and never a minimum or maximum.
    QHash<QString, Item> items;
    for (const Item &item : model.fullAssessmentItems())
        items.insert(item.id, item);
    for (const QString &id : itemIds) {
        const auto item = items.constFind(id);
        if (item == items.cend())
            continue;
        int count = 0;
        double answerSum = 0;
        double scoreSum = 0;
        for (const Answers &answers : std::as_const(raters)) {
            const auto answer = answers.constFind(id);
            if (answer == answers.cend())
                continue;
            ++count;
            answerSum += *answer;
            scoreSum += Scorer::itemScore(*answer, item->reverse);
        }
        if (count >= FeedbackLimits::MinRaters)
            results.statements.append(StatementMean { id, count, answerSum / count, scoreSum / count });
    }
    return results;
}

} // namespace tandem::core
