#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "advisor.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace tandem::cli {

using namespace tandem::core;

namespace {

// Keeps the advice with a journal entry: the one given with --save-to, or a new one titled with
// --new-entry's text. Gives the entry's id, or the status to exit with after reporting why not.
std::variant<qint64, int> save(const Advice &advice, const std::optional<QString> &saveTo,
                               const std::optional<QString> &newEntry, const Context &context)
{
    std::optional<qint64> id;
    JournalEntry entry;
    if (saveTo) {
        id = parseId(*saveTo);
        if (!id)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("AdviseCommand",
                                            "--save-to must be a journal entry id (a whole number from 1 up), "
                                            "not \"%1\"")
                    .arg(*saveTo));
    } else {
        entry.title = *newEntry;
        entry.occurredAt = QDateTime::currentDateTimeUtc();
        entry.advice = advice;
        if (Status fits = RecordLimits::check(entry); !fits)
            return context.fail(ExitUsage, QStringLiteral("--new-entry: ") + fits.error());
    }

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    if (!id) {
        const auto added = workspace.value()->addEntry(entry);
        if (!added)
            return context.fail(ExitFailure, added.error());
        return added.value();
    }
    auto stored = workspace.value()->journal().get(*id);
    if (!stored)
        return context.fail(ExitUsage, QStringLiteral("--save-to: ") + stored.error());
    entry = std::move(stored).value();
    entry.advice = advice;
    if (Status updated = workspace.value()->updateEntry(entry); !updated)
        return context.fail(ExitFailure, updated.error());
    return *id;
}

} // namespace

int runAdvise(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto answersText = args.takeValue(QStringLiteral("--answers"));
    const auto saveTo = args.takeValue(QStringLiteral("--save-to"));
    const auto newEntry = args.takeValue(QStringLiteral("--new-entry"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (saveTo && newEntry)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("AdviseCommand", "give either --save-to ENTRY or --new-entry TITLE, not both"));
    if (newEntry && newEntry->trimmed().isEmpty())
        return context.fail(ExitUsage,
                            QCoreApplication::translate("AdviseCommand", "--new-entry needs a title for the entry"));
    const SkillModel &model = SkillModel::builtin();
    const auto count = model.advisorQuestions.size();
    if (!answersText)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate(
                "AdviseCommand",
                "advise needs --answers \"a,b,c,d,e\": %1 numbers from -3 (lead side) to 3 (manage side)")
                .arg(count));

    QList<int> answers;
    for (const QString &part : answersText->split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate(
                    "AdviseCommand",
                    "--answers takes %1 whole numbers from -3 to 3 separated by commas; \"%2\" is not one")
                    .arg(count)
                    .arg(part.trimmed()));
        answers.append(value);
    }
    const Advisor advisor(model);
    const auto advice = advisor.advise(answers);
    if (!advice)
        return context.fail(ExitUsage, advice.error());
    const Advice &a = advice.value();
    std::optional<qint64> savedTo;
    if (saveTo || newEntry) {
        const auto saved = save(a, saveTo, newEntry, context);
        if (const int *status = std::get_if<int>(&saved))
            return *status;
        savedTo = std::get<qint64>(saved);
    }

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
        QJsonObject result{{QStringLiteral("lean"), leanKey(a.lean)},
                                 {QStringLiteral("score"), a.score},
                                 {QStringLiteral("answers"), answerList},
                                 {QStringLiteral("drivers"), drivers},
                                 {QStringLiteral("skills"), skills},
                                 {QStringLiteral("tips"), tips}};
        if (savedTo)
            result.insert(QStringLiteral("saved_to"), *savedTo);
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QTextStream &out = context.out;
    switch (a.lean) {
    case Lean::Lead:
        out << QCoreApplication::translate("AdviseCommand", "Lean towards leading (score %1).\n").arg(a.score);
        break;
    case Lean::Manage:
        out << QCoreApplication::translate("AdviseCommand", "Lean towards managing (score %1).\n").arg(a.score);
        break;
    case Lean::Blend:
        out << QCoreApplication::translate("AdviseCommand", "Blend leading and managing (score %1).\n").arg(a.score);
        break;
    }
    if (!a.drivers.isEmpty()) {
        out << QCoreApplication::translate("AdviseCommand", "\nWhat drove it:\n");
        for (const AdviceDriver &d : a.drivers) {
            const Contrast *contrast = model.contrast(d.contrastId);
            out << QStringLiteral("  - %1: %2 (%3)\n")
                           .arg(contrast ? contrast->name : d.contrastId, contrast ? contrast->pole(d.side).name : roleKey(d.side))
                           .arg(d.answer);
        }
    }
    out << QCoreApplication::translate("AdviseCommand", "\nSkills to draw on:\n");
    for (const QString &id : a.skillIds)
        out << QStringLiteral("  - %1\n").arg(model.skill(id) ? model.skill(id)->name : id);
    out << QCoreApplication::translate("AdviseCommand", "\nTips:\n");
    for (const QString &id : a.tipIds)
        out << QStringLiteral("  - %1\n").arg(advisor.tip(id) ? advisor.tip(id)->text : id);
    if (savedTo)
        out << QCoreApplication::translate("AdviseCommand", "\nSaved with journal entry %1.\n").arg(*savedTo);
    return ExitOk;
}

} // namespace tandem::cli
