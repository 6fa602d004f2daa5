#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "database.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tandem::cli {

using namespace tandem::core;

namespace {

// Scores go out with one decimal: enough to see a change, without a false air of precision.
double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonValue optionalScore(const std::optional<double> &value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject changeJson(const Change &change)
{
    return {{QStringLiteral("delta"), rounded(change.delta)}, {QStringLiteral("meaningful"), change.meaningful}};
}

QJsonObject profileJson(const AssessmentResult &result)
{
    const Profile &p = result.profile;
    QJsonObject skills;
    for (auto it = p.skills.cbegin(); it != p.skills.cend(); ++it)
        skills.insert(it.key(), rounded(*it));
    QJsonObject poles;
    for (auto it = p.leadPoles.cbegin(); it != p.leadPoles.cend(); ++it) {
        QJsonObject pole{{QStringLiteral("lead"), rounded(*it)}};
        if (p.managePoles.contains(it.key()))
            pole.insert(QStringLiteral("manage"), rounded(p.managePoles.value(it.key())));
        poles.insert(it.key(), pole);
    }
    QJsonObject changes;
    for (auto it = result.changes.skills.cbegin(); it != result.changes.skills.cend(); ++it)
        changes.insert(it.key(), changeJson(*it));
    QJsonObject indexChanges;
    if (result.changes.leadership)
        indexChanges.insert(QStringLiteral("leadership"), changeJson(*result.changes.leadership));
    if (result.changes.management)
        indexChanges.insert(QStringLiteral("management"), changeJson(*result.changes.management));
    if (result.changes.balance)
        indexChanges.insert(QStringLiteral("balance"), changeJson(*result.changes.balance));

    return {
            {QStringLiteral("id"), result.assessment.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), assessmentKindKey(result.assessment.kind)},
            {QStringLiteral("taken_at"), result.assessment.takenAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("model_version"), result.assessment.modelVersion},
            {QStringLiteral("skills"), skills},
            {QStringLiteral("leadership"), optionalScore(p.leadership)},
            {QStringLiteral("management"), optionalScore(p.management)},
            {QStringLiteral("balance"), optionalScore(p.balance)},
            {QStringLiteral("poles"), poles},
            {QStringLiteral("label"), p.label ? QJsonValue(p.label->key()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("label_text"), p.label ? QJsonValue(p.label->text()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("strengths"), QJsonArray::fromStringList(p.strengths)},
            {QStringLiteral("growth_areas"), QJsonArray::fromStringList(p.growthAreas)},
            {QStringLiteral("previous_taken_at"), result.previous ? QJsonValue(result.previous->takenAt.toUTC().toString(Qt::ISODate))
                                                                  : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("index_changes"), indexChanges},
    };
}

QString changeText(const ProfileChanges &changes, const QString &skillId)
{
    const auto it = changes.skills.constFind(skillId);
    if (it == changes.skills.cend())
        return {};
    return QStringLiteral("  %1%2 %3")
        .arg(it->delta >= 0 ? QStringLiteral("+") : QString())
        .arg(std::lround(it->delta))
        .arg(it->meaningful ? QCoreApplication::translate("ProfileCommand", "(real change)")
                            : QCoreApplication::translate("ProfileCommand", "(within noise)"));
}

QString skillNames(const SkillModel &model, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(model.skill(id) ? model.skill(id)->name : id);
    return names.isEmpty() ? QCoreApplication::translate("ProfileCommand", "none yet")
                           : names.join(QStringLiteral(", "));
}

} // namespace

int runProfile(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const SkillModel &model = SkillModel::builtin();
    const auto latest = ProfileService(*db.value(), model).latest(AssessmentKind::Full);
    if (!latest)
        return context.fail(ExitFailure, latest.error());
    if (!latest.value())
        return context.fail(
            ExitFailure,
            QCoreApplication::translate(
                "ProfileCommand", "there is no full assessment yet; take one in the app, or with tandem-cli assess"));
    const AssessmentResult &result = *latest.value();
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(profileJson(result)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    const Profile &p = result.profile;
    QTextStream &out = context.out;
    const QDateTime taken = result.assessment.takenAt.toLocalTime();
    out << QCoreApplication::translate("ProfileCommand", "Full assessment of %1, %2\n")
               .arg(QLocale().toString(taken.date(), QLocale::LongFormat),
                    QLocale().toString(taken.time(), QLocale::ShortFormat));
    if (p.label)
        out << QCoreApplication::translate("ProfileCommand", "Profile: %1\n").arg(p.label->text());
    if (p.leadership && p.management && p.balance)
        out << QCoreApplication::translate("ProfileCommand", "Leadership %1, management %2, balance %3%4\n")
                   .arg(std::lround(*p.leadership))
                   .arg(std::lround(*p.management))
                   .arg(*p.balance >= 0 ? QStringLiteral("+") : QString())
                   .arg(std::lround(*p.balance));
    for (Role role : {Role::Lead, Role::Manage}) {
        out << QStringLiteral("\n%1\n").arg(model.role(role).name);
        for (const Skill *skill : model.skillsOf(role)) {
            const auto it = p.skills.constFind(skill->id);
            out << QStringLiteral("  %1 %2%3\n")
                           .arg(skill->name, -44)
                           .arg(it == p.skills.cend() ? QStringLiteral("  –") : QStringLiteral("%1").arg(std::lround(*it), 3))
                           .arg(changeText(result.changes, skill->id));
        }
    }
    out << QCoreApplication::translate("ProfileCommand", "\nStrengths: %1\nGrowth areas: %2\n")
               .arg(skillNames(model, p.strengths), skillNames(model, p.growthAreas));
    if (!result.previous)
        out << QCoreApplication::translate("ProfileCommand",
                                           "This is your first full assessment: changes show from the next one.\n");
    return ExitOk;
}

int runHistory(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto kindText = args.takeValue(QStringLiteral("--kind"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    std::optional<AssessmentKind> kind;
    if (kindText) {
        kind = assessmentKindFromKey(*kindText);
        if (!kind)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("ProfileCommand", "--kind must be full or pulse, not \"%1\"")
                    .arg(*kindText));
    }
    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto history = ProfileService(*db.value(), SkillModel::builtin()).history(kind);
    if (!history)
        return context.fail(ExitFailure, history.error());

    if (json) {
        QJsonArray array;
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            array.append(QJsonObject{
                    {QStringLiteral("id"), it->uuid.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("kind"), assessmentKindKey(it->kind)},
                    {QStringLiteral("taken_at"), it->takenAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("leadership"), optionalScore(it->profile.leadership)},
                    {QStringLiteral("management"), optionalScore(it->profile.management)},
                    {QStringLiteral("balance"), optionalScore(it->profile.balance)},
                    {QStringLiteral("label"), it->profile.label ? QJsonValue(it->profile.label->key()) : QJsonValue(QJsonValue::Null)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (history->isEmpty()) {
        context.out << QCoreApplication::translate("ProfileCommand", "No assessments yet.\n");
        return ExitOk;
    }
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        const Profile &p = it->profile;
        context.out << QCoreApplication::translate("ProfileCommand", "%1  %2  leadership %3  management %4  %5\n")
                           .arg(it->takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(assessmentKindKey(it->kind), -5)
                           .arg(p.leadership ? QString::number(std::lround(*p.leadership)) : QStringLiteral("–"), 3)
                           .arg(p.management ? QString::number(std::lround(*p.management)) : QStringLiteral("–"), 3)
                           .arg(p.label ? p.label->text() : QString());
    }
    return ExitOk;
}

} // namespace tandem::cli
