#include "scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tandem::core {

QString assessmentKindKey(AssessmentKind kind)
{
    return kind == AssessmentKind::Full ? QStringLiteral("full") : QStringLiteral("pulse");
}

std::optional<AssessmentKind> assessmentKindFromKey(const QString &key)
{
    if (key == QLatin1String("full"))
        return AssessmentKind::Full;
    if (key == QLatin1String("pulse"))
        return AssessmentKind::Pulse;
    return std::nullopt;
}

double ChangeRule::sem() const
{
    return sd * std::sqrt(1.0 - reliability);
}

double ChangeRule::mdc95() const
{
    return 1.96 * std::sqrt(2.0) * sem();
}

Change compareScores(double before, double after, const ChangeRule &rule)
{
    const double delta = after - before;
    return {delta, std::abs(delta) > rule.mdc95()};
}

QString ProfileLabel::key() const
{
    QString orientationKey;
    switch (orientation) {
    case Orientation::Balanced: orientationKey = QStringLiteral("balanced"); break;
    case Orientation::LeansLeading: orientationKey = QStringLiteral("leans-leading"); break;
    case Orientation::LeansManaging: orientationKey = QStringLiteral("leans-managing"); break;
    }
    QString developmentKey;
    switch (development) {
    case Development::Emerging: developmentKey = QStringLiteral("emerging"); break;
    case Development::Developing: developmentKey = QStringLiteral("developing"); break;
    case Development::Strong: developmentKey = QStringLiteral("strong"); break;
    }
    return orientationKey + QLatin1Char('-') + developmentKey;
}

QString ProfileLabel::text() const
{
    QString first;
    switch (orientation) {
    case Orientation::Balanced: first = QCoreApplication::translate("Scoring", "Balanced"); break;
    case Orientation::LeansLeading: first = QCoreApplication::translate("Scoring", "Leans leading"); break;
    case Orientation::LeansManaging: first = QCoreApplication::translate("Scoring", "Leans managing"); break;
    }
    QString second;
    switch (development) {
    case Development::Emerging: second = QCoreApplication::translate("Scoring", "emerging"); break;
    case Development::Developing: second = QCoreApplication::translate("Scoring", "developing"); break;
    case Development::Strong: second = QCoreApplication::translate("Scoring", "strong"); break;
    }
    //: A profile label, e.g. "Leans leading, developing"
    return QCoreApplication::translate("Scoring", "%1, %2").arg(first, second);
}

Scorer::Scorer(const SkillModel &model) : m_model(model) {}

double Scorer::itemScore(int answer, bool reverse)
{
    const int keyed = reverse ? 6 - answer : answer;
    return (keyed - 1) * 25.0;
}

std::optional<double> Scorer::scaleScore(const QList<Item> &items, const Answers &answers)
{
    double sum = 0;
    int answered = 0;
    for (const Item &item : items) {
        const auto it = answers.constFind(item.id);
        if (it == answers.cend() || *it < 1 || *it > 5)
            continue;
        sum += itemScore(*it, item.reverse);
        ++answered;
    }
    // At least half of the statements, so that one stray answer never stands for a whole skill.
    if (answered == 0 || answered * 2 < items.size())
        return std::nullopt;
    return sum / answered;
}

std::optional<double> Scorer::indexOf(const QList<const Skill *> &skills, const QMap<QString, double> &scores)
{
    double sum = 0;
    int count = 0;
    for (const Skill *skill : skills) {
        const auto it = scores.constFind(skill->id);
        if (it == scores.cend())
            continue;
        sum += *it;
        ++count;
    }
    // Three of four skills: one skill left unscored does not hide the index.
    if (count == 0 || count < skills.size() - 1)
        return std::nullopt;
    return sum / count;
}

namespace {

void compareMaps(const QMap<QString, double> &before, const QMap<QString, double> &after,
                 const ChangeRule &rule, QMap<QString, Change> &out)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto prev = before.constFind(it.key());
        if (prev != before.cend())
            out.insert(it.key(), compareScores(*prev, *it, rule));
    }
}

std::optional<Change> compareOptional(const std::optional<double> &before,
                                      const std::optional<double> &after, const ChangeRule &rule)
{
    if (!before || !after)
        return std::nullopt;
    return compareScores(*before, *after, rule);
}

} // namespace

ProfileLabel Scorer::labelFor(double leadership, double management)
{
    ProfileLabel label;
    const double balance = leadership - management;
    if (balance > BalancedBand)
        label.orientation = Orientation::LeansLeading;
    else if (balance < -BalancedBand)
        label.orientation = Orientation::LeansManaging;
    else
        label.orientation = Orientation::Balanced;
    const double level = (leadership + management) / 2.0;
    if (level < EmergingBelow)
        label.development = Development::Emerging;
    else if (level < StrongFrom)
        label.development = Development::Developing;
    else
        label.development = Development::Strong;
    return label;
}

Profile Scorer::score(const Answers &answers, AssessmentKind kind) const
{
    Profile profile;
    profile.kind = kind;

    if (kind == AssessmentKind::Full) {
        for (const Skill &skill : m_model.skills) {
            if (const auto s = scaleScore(skill.items, answers))
                profile.skills.insert(skill.id, *s);
        }
        for (const Contrast &contrast : m_model.contrasts) {
            if (const auto s = scaleScore(contrast.leadPole.items, answers))
                profile.leadPoles.insert(contrast.id, *s);
            if (const auto s = scaleScore(contrast.managePole.items, answers))
                profile.managePoles.insert(contrast.id, *s);
        }
    } else {
        for (const PulseItem &pulse : m_model.pulseItems) {
            const auto it = answers.constFind(pulse.id);
            if (it != answers.cend() && *it >= 1 && *it <= 5)
                profile.skills.insert(pulse.skillId, itemScore(*it, false));
        }
    }

    profile.leadership = indexOf(m_model.skillsOf(Role::Lead), profile.skills);
    profile.management = indexOf(m_model.skillsOf(Role::Manage), profile.skills);
    if (profile.leadership && profile.management) {
        profile.balance = *profile.leadership - *profile.management;
        profile.label = labelFor(*profile.leadership, *profile.management);
    }

    // Strengths and growth areas, in model order on ties. A strength must beat the weakest
    // skill and a growth area must trail the strongest, so a flat profile names neither.
    QList<QPair<QString, double>> ranked;
    for (const Skill &skill : m_model.skills) {
        const auto it = profile.skills.constFind(skill.id);
        if (it != profile.skills.cend())
            ranked.append({skill.id, *it});
    }
    if (!ranked.isEmpty()) {
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        const double highest = ranked.first().second;
        const double lowest = ranked.last().second;
        for (int i = 0; i < ranked.size() && profile.strengths.size() < MaxStrengths; ++i) {
            if (ranked.at(i).second > lowest)
                profile.strengths.append(ranked.at(i).first);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
        for (int i = 0; i < ranked.size() && profile.growthAreas.size() < MaxStrengths; ++i) {
            if (ranked.at(i).second < highest && !profile.strengths.contains(ranked.at(i).first))
                profile.growthAreas.append(ranked.at(i).first);
        }
    }
    return profile;
}

ProfileChanges Scorer::compare(const Profile &before, const Profile &after) const
{
    ProfileChanges changes;
    const bool pulse = after.kind == AssessmentKind::Pulse;
    compareMaps(before.skills, after.skills, pulse ? ChangeRules::Pulse : ChangeRules::Skill, changes.skills);
    const ChangeRule &indexRule = pulse ? ChangeRules::PulseIndex : ChangeRules::Index;
    changes.leadership = compareOptional(before.leadership, after.leadership, indexRule);
    changes.management = compareOptional(before.management, after.management, indexRule);
    changes.balance = compareOptional(before.balance, after.balance, ChangeRules::Balance);
    compareMaps(before.leadPoles, after.leadPoles, ChangeRules::Pole, changes.leadPoles);
    compareMaps(before.managePoles, after.managePoles, ChangeRules::Pole, changes.managePoles);
    return changes;
}

} // namespace tandem::core
