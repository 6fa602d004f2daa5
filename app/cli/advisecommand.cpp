#include "arguments.h"
#include "commands.h"
#include "context.h"

#include "advisor.h"
#include "skillmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

using namespace tandem::core;

int runAdvise(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto answersText = args.takeValue(QStringLiteral("--answers"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    const SkillModel &model = SkillModel::builtin();
    const auto count = model.advisorQuestions.size();
    if (!answersText)
        return context.fail(ExitUsage, QStringLiteral("advise needs --answers \"a,b,c,d,e\": %1 numbers from -3 (lead side) to 3 (manage side)")
                                               .arg(count));

    QList<int> answers;
    for (const QString &part : answersText->split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok)
            return context.fail(ExitUsage, QStringLiteral("--answers takes %1 whole numbers from -3 to 3 separated by commas; \"%2\" is not one")
                                                   .arg(count)
                                                   .arg(part.trimmed()));
        answers.append(value);
    }
    const Advisor advisor(model);
    const auto advice = advisor.advise(answers);
    if (!advice)
        return context.fail(ExitUsage, advice.error());
    const Advice &a = advice.value();

    if (json) {
        QJsonArray drivers;
        for (const AdviceDriver &d : a.drivers) {
            const Contrast *contrast = model.contrast(d.contrastId);
            drivers.append(QJsonObject{{QStringLiteral("contrast"), d.contrastId},
                                       {QStringLiteral("name"), contrast ? contrast->name : QString()},
                                       {QStringLiteral("side"), roleKey(d.side)},
                                       {QStringLiteral("pole"), contrast ? contrast->pole(d.side).name : QString()},
                                       {QStringLiteral("answer"), d.answer}});
        }
        QJsonArray skills;
        for (const QString &id : a.skillIds) {
            const Skill *skill = model.skill(id);
            skills.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), skill ? skill->name : QString()},
                                      {QStringLiteral("role"), skill ? roleKey(skill->role) : QString()}});
        }
        QJsonArray tips;
        for (const QString &id : a.tipIds) {
            const Tip *tip = advisor.tip(id);
            tips.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("text"), tip ? tip->text : QString()}});
        }
        QJsonArray answerList;
        for (int value : a.answers)
            answerList.append(value);
        const QJsonObject result{{QStringLiteral("lean"), leanKey(a.lean)},
                                 {QStringLiteral("score"), a.score},
                                 {QStringLiteral("answers"), answerList},
                                 {QStringLiteral("drivers"), drivers},
                                 {QStringLiteral("skills"), skills},
                                 {QStringLiteral("tips"), tips}};
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QTextStream &out = context.out;
    switch (a.lean) {
    case Lean::Lead: out << QStringLiteral("Lean towards leading (score %1).\n").arg(a.score); break;
    case Lean::Manage: out << QStringLiteral("Lean towards managing (score %1).\n").arg(a.score); break;
    case Lean::Blend: out << QStringLiteral("Blend leading and managing (score %1).\n").arg(a.score); break;
    }
    if (!a.drivers.isEmpty()) {
        out << QStringLiteral("\nWhat drove it:\n");
        for (const AdviceDriver &d : a.drivers) {
            const Contrast *contrast = model.contrast(d.contrastId);
            out << QStringLiteral("  - %1: %2 (%3)\n")
                           .arg(contrast ? contrast->name : d.contrastId, contrast ? contrast->pole(d.side).name : roleKey(d.side))
                           .arg(d.answer);
        }
    }
    out << QStringLiteral("\nSkills to draw on:\n");
    for (const QString &id : a.skillIds)
        out << QStringLiteral("  - %1\n").arg(model.skill(id) ? model.skill(id)->name : id);
    out << QStringLiteral("\nTips:\n");
    for (const QString &id : a.tipIds)
        out << QStringLiteral("  - %1\n").arg(advisor.tip(id) ? advisor.tip(id)->text : id);
    return ExitOk;
}

} // namespace tandem::cli
