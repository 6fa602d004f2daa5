#include "advisor.h"

#include <algorithm>
#include <cstdlib>

#include <QCoreApplication>

namespace tandem::core {

namespace {

struct PoleSkills
{
    const char *contrast;
    Role side;
    const char *primary;
    const char *secondary;
};

// Which skills put each pole into practice. The model file has no such link, so it lives here
// beside the rule; docs/scoring.md lists it and explains the choices.
constexpr PoleSkills Mapping[] = {
    {"vision-execution", Role::Lead, "visionary-thinking", "influence-persuasion"},
    {"vision-execution", Role::Manage, "organisational-efficiency", "communication-clarity"},
    {"inspiration-supervision", Role::Lead, "influence-persuasion", "emotional-intelligence"},
    {"inspiration-supervision", Role::Manage, "performance-accountability", "communication-clarity"},
    {"change-stability", Role::Lead, "adaptability-innovation", "visionary-thinking"},
    {"change-stability", Role::Manage, "organisational-efficiency", "communication-clarity"},
    {"connection-process", Role::Lead, "emotional-intelligence", "influence-persuasion"},
    {"connection-process", Role::Manage, "organisational-efficiency", "performance-accountability"},
    {"risk", Role::Lead, "adaptability-innovation", "visionary-thinking"},
    {"risk", Role::Manage, "problem-solving-decisions", "performance-accountability"},
};

void appendUnique(QStringList &list, const QString &value, qsizetype max)
{
    if (!value.isEmpty() && list.size() < max && !list.contains(value))
        list.append(value);
}

} // namespace

QStringList Advisor::skillsFor(const QString &contrastId, Role side) const
{
    QStringList skills;
    for (const PoleSkills &p : Mapping) {
        if (contrastId == QLatin1String(p.contrast) && side == p.side) {
            for (const char *id : {p.primary, p.secondary}) {
                if (m_model.skill(QLatin1String(id)))
                    skills.append(QLatin1String(id));
            }
        }
    }
    return skills;
}

const Tip *Advisor::tip(const QString &id) const
{
    for (const Skill &skill : m_model.skills) {
        for (const Tip &t : skill.tips) {
            if (t.id == id)
                return &t;
        }
    }
    for (const Contrast &contrast : m_model.contrasts) {
        for (Role role : {Role::Lead, Role::Manage}) {
            for (const Tip &t : contrast.pole(role).tips) {
                if (t.id == id)
                    return &t;
            }
        }
    }
    return nullptr;
}

Result<Advice> Advisor::advise(const QList<int> &answers) const
{
    const auto &questions = m_model.advisorQuestions;
    if (answers.size() != questions.size())
        return Error { QCoreApplication::translate("Advisor",
                                                   "The advisor needs %1 answers, one per question; %2 were given.")
                           .arg(questions.size())
                           .arg(answers.size()) };
    Advice advice;
    advice.modelVersion = m_model.version;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const int answer = answers.at(i);
        if (answer < MinAnswer || answer > MaxAnswer)
            return Error { QCoreApplication::translate(
                               "Advisor",
                               "Answer %1 is %2; each answer must be from %3 (leading side) to %4 (managing side).")
                               .arg(i + 1)
                               .arg(answer)
                               .arg(MinAnswer)
                               .arg(MaxAnswer) };
        advice.questionIds.append(questions.at(i).id);
        advice.answers.append(answer);
        advice.score += answer;
    }
    advice.lean = advice.score <= -LeanThreshold ? Lean::Lead
                : advice.score >= LeanThreshold  ? Lean::Manage
                                                 : Lean::Blend;

    // Drivers: the answers that point the way of the lean (for a blend, every answer that points
    // anywhere), strongest first; ties keep the questions' order (stable sort).
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const int answer = advice.answers.at(i);
        if (answer == 0)
            continue;
        const Role side = answer < 0 ? Role::Lead : Role::Manage;
        if ((advice.lean == Lean::Lead && side != Role::Lead) || (advice.lean == Lean::Manage && side != Role::Manage))
            continue;
        advice.drivers.append({questions.at(i).contrastId, side, answer});
    }
    std::stable_sort(advice.drivers.begin(), advice.drivers.end(),
                     [](const AdviceDriver &a, const AdviceDriver &b) { return std::abs(a.answer) > std::abs(b.answer); });

    // The order in which drivers feed skills and tips: for a blend, the strongest of each side
    // first, so that both roles are represented; otherwise strongest first.
    QList<AdviceDriver> order = advice.drivers;
    if (advice.lean == Lean::Blend) {
        const auto firstOf = [&](Role side) {
            return std::find_if(order.begin(), order.end(), [side](const AdviceDriver &d) { return d.side == side; });
        };
        const auto lead = firstOf(Role::Lead);
        const auto manage = firstOf(Role::Manage);
        if (lead != order.end() && manage != order.end()) {
            QList<AdviceDriver> front = {*lead, *manage};
            if (std::abs(manage->answer) > std::abs(lead->answer))
                std::swap(front[0], front[1]);
            QList<AdviceDriver> rest;
            for (const AdviceDriver &d : order) {
                if (!(d == *lead) && !(d == *manage))
                    rest.append(d);
            }
            order = front + rest;
        }
    }
    if (order.isEmpty() && !questions.isEmpty()) {
        // Nothing pulled either way: start from the first contrast, both poles.
        order = {{questions.first().contrastId, Role::Lead, 0}, {questions.first().contrastId, Role::Manage, 0}};
    }

    for (int round = 0; round < 2; ++round) {
        for (const AdviceDriver &d : order) {
            const QStringList skills = skillsFor(d.contrastId, d.side);
            if (round < skills.size())
                appendUnique(advice.skillIds, skills.at(round), MaxSkills);
        }
    }

    // Tips: the first tip of each driving pole, then the pole's second tip, then a tip of the
    // first skill to draw on, until there are three.
    for (int round = 0; round < 2; ++round) {
        for (const AdviceDriver &d : order) {
            const Contrast *contrast = m_model.contrast(d.contrastId);
            if (contrast && round < contrast->pole(d.side).tips.size())
                appendUnique(advice.tipIds, contrast->pole(d.side).tips.at(round).id, MaxTips);
        }
    }
    for (const QString &skillId : advice.skillIds) {
        const Skill *skill = m_model.skill(skillId);
        if (skill && !skill->tips.isEmpty())
            appendUnique(advice.tipIds, skill->tips.first().id, MaxTips);
    }
    return advice;
}

} // namespace tandem::core
