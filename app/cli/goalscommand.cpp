#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "goal.h"
#include "goalrepository.h"
#include "isotime.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

using namespace tandem::core;

namespace {

// Reads the positional id of a goal or an entry; `what` names it in the message ("goal", "entry").
std::optional<qint64> takeId(Arguments &args, const QString &command, const QString &what, QString &problem)
{
    const auto text = args.takePositional();
    if (!text) {
        if (problem.isEmpty())
            problem = QCoreApplication::translate("GoalsCommand", "%1 needs a %2 id").arg(command, what);
        return std::nullopt;
    }
    const auto id = parseId(*text);
    if (!id && problem.isEmpty())
        problem = QCoreApplication::translate("GoalsCommand", "\"%1\" is not a %2 id (a whole number from 1 up)")
                      .arg(*text, what);
    return id;
}

// "--due 2027-01-31" and the like: nullopt with the problem when the value is not a date.
std::optional<QDate> parseDateOption(const QString &option, const QString &value, QString &problem)
{
    const auto parsed = IsoTime::parseDate(value);
    if (!parsed) {
        problem = QCoreApplication::translate("GoalsCommand", "%1 must be a date such as 2026-11-30, not \"%2\": %3")
                      .arg(option, value, parsed.error());
        return std::nullopt;
    }
    return parsed.value();
}

// The option a user gave for a field that checkGoal refuses, so that the message names it.
QString optionFor(GoalProblem::Field field, GoalTarget target)
{
    switch (field) {
    case GoalProblem::Field::Title: return QStringLiteral("--title");
    case GoalProblem::Field::Target: return target == GoalTarget::Skill ? QStringLiteral("--skill") : QStringLiteral("--pole");
    case GoalProblem::Field::TargetScore: return QStringLiteral("--target");
    case GoalProblem::Field::DueOn: return QStringLiteral("--due");
    case GoalProblem::Field::Step: return QStringLiteral("step");
    }
    return {};
}

// Checks a goal as the workspace will, and as RecordLimits will, so that a refusal is status 2
// with the option named, before anything is written.
std::optional<QString> problemWith(const Goal &goal, const SkillModel &model)
{
    if (const auto problem = checkGoal(goal, model))
        return QStringLiteral("%1: %2").arg(optionFor(problem->field, goal.targetKind), problem->message);
    if (Status fits = RecordLimits::check(goal); !fits)
        return fits.error();
    return std::nullopt;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toSqlTime(time)) : QJsonValue(QJsonValue::Null);
}

// What `--skill ID` or `--pole CONTRAST:lead|manage` names, as `goals` prints it back.
QString targetArgument(const Goal &goal)
{
    switch (goal.targetKind) {
    case GoalTarget::Skill: return goal.targetId;
    case GoalTarget::LeadPole: return goal.targetId + QStringLiteral(":lead");
    case GoalTarget::ManagePole: return goal.targetId + QStringLiteral(":manage");
    }
    return goal.targetId;
}

QJsonObject targetJson(const Goal &goal, const SkillModel &model)
{
    return QJsonObject{{QStringLiteral("kind"), goalTargetKey(goal.targetKind)},
                       {QStringLiteral("id"), targetArgument(goal)},
                       {QStringLiteral("name"), goalTargetName(goal, model)}};
}

QJsonObject progressJson(const Goal &goal)
{
    return QJsonObject{{QStringLiteral("done"), goal.stepsDone()}, {QStringLiteral("total"), goal.steps.size()}};
}

QString progressText(const Goal &goal)
{
    if (goal.steps.isEmpty())
        return QCoreApplication::translate("GoalsCommand", "no steps yet");
    const int steps = static_cast<int>(goal.steps.size());
    return QCoreApplication::translate("GoalsCommand", "%1 of %n steps done", nullptr, steps).arg(goal.stepsDone());
}

QString localDay(const QDateTime &utc)
{
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

// Opens the store for a change and reads the goal to change; status 2 when there is none.
struct GoalToChange
{
    std::unique_ptr<Workspace> workspace;
    Goal goal;
};

std::optional<GoalToChange> openGoal(qint64 id, const Context &context, int &status)
{
    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace) {
        status = context.fail(ExitFailure, workspace.failure());
        return std::nullopt;
    }
    auto goal = workspace.value()->goals().get(id);
    if (!goal) {
        status = context.fail(ExitUsage, goal.error());
        return std::nullopt;
    }
    return GoalToChange{std::move(workspace).value(), std::move(goal).value()};
}

int add(Arguments &args, const Context &context)
{
    const auto skill = args.takeValue(QStringLiteral("--skill"));
    const auto pole = args.takeValue(QStringLiteral("--pole"));
    const auto title = args.takeValue(QStringLiteral("--title"));
    const auto why = args.takeValue(QStringLiteral("--why"));
    const auto target = args.takeValue(QStringLiteral("--target"));
    const auto due = args.takeValue(QStringLiteral("--due"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (skill && pole)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("GoalsCommand", "give either --skill or --pole, not both"));
    if (!skill && !pole)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("GoalsCommand",
                                                        "goals add needs --skill ID or --pole CONTRAST:lead|manage "
                                                        "(ids from tandem-cli framework)"));
    if (!title)
        return context.fail(ExitUsage, QCoreApplication::translate("GoalsCommand", "goals add needs --title T"));

    Goal goal;
    goal.title = *title;
    if (why)
        goal.why = *why;
    if (skill) {
        goal.targetKind = GoalTarget::Skill;
        goal.targetId = *skill;
    } else {
        const qsizetype colon = pole->lastIndexOf(QLatin1Char(':'));
        const QString side = colon < 0 ? QString() : pole->mid(colon + 1);
        if (side != QLatin1String("lead") && side != QLatin1String("manage"))
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("GoalsCommand",
                                            "--pole must be a contrast id and a side, such as "
                                            "vision-execution:lead or vision-execution:manage, not \"%1\"")
                    .arg(*pole));
        goal.targetKind = side == QLatin1String("lead") ? GoalTarget::LeadPole : GoalTarget::ManagePole;
        goal.targetId = pole->left(colon);
    }
    if (target) {
        bool ok = false;
        const int score = target->toInt(&ok);
        if (!ok)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("GoalsCommand", "--target must be a whole number from 0 to 100, not \"%1\"")
                    .arg(*target));
        goal.targetScore = score;
    }
    QString problem;
    if (due) {
        const auto date = parseDateOption(QStringLiteral("--due"), *due, problem);
        if (!date)
            return context.fail(ExitUsage, problem);
        goal.dueOn = *date;
    }
    // The goal begins now: a due date is checked against today before the data folder is opened.
    goal.createdAt = QDateTime::currentDateTimeUtc();
    goal.updatedAt = goal.createdAt;
    if (const auto refused = problemWith(goal, SkillModel::builtin()))
        return context.fail(ExitUsage, *refused);

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto id = workspace.value()->addGoal(goal);
    if (!id)
        return context.fail(ExitFailure, id.error());
    context.out << id.value() << '\n';
    return ExitOk;
}

QJsonObject goalSummaryJson(const Goal &goal, const SkillModel &model)
{
    const GoalStep *next = goal.nextStep();
    return QJsonObject{{QStringLiteral("id"), goal.id},
                       {QStringLiteral("title"), goal.title},
                       {QStringLiteral("status"), goalStatusKey(goal.status)},
                       {QStringLiteral("target"), targetJson(goal, model)},
                       {QStringLiteral("target_score"), goal.targetScore ? QJsonValue(*goal.targetScore) : QJsonValue()},
                       {QStringLiteral("due_on"), dateJson(goal.dueOn)},
                       {QStringLiteral("progress"), progressJson(goal)},
                       {QStringLiteral("next_step"), next ? QJsonValue(next->text) : QJsonValue()}};
}

int list(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QList<GoalStatus> statuses;
    while (const auto status = args.takeValue(QStringLiteral("--status"))) {
        const auto parsed = goalStatusFromKey(*status);
        if (!parsed)
            return context.fail(ExitUsage,
                                QCoreApplication::translate(
                                    "GoalsCommand", "--status must be active, paused, done or dropped, not \"%1\"")
                                    .arg(*status));
        if (!statuses.contains(*parsed))
            statuses.append(*parsed);
    }
    if (!args.finish())
        return context.fail(ExitUsage, args.error());

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto goals = GoalRepository(*db.value()).list(statuses);
    if (!goals)
        return context.fail(ExitFailure, goals.error());
    const SkillModel &model = SkillModel::builtin();
    if (json) {
        QJsonArray array;
        for (const Goal &goal : goals.value())
            array.append(goalSummaryJson(goal, model));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Goal &goal : goals.value()) {
        QString line = QStringLiteral("%1  %2  %3  (%4; %5")
                               .arg(goal.id, 6)
                               .arg(goalStatusKey(goal.status), -7)
                               .arg(goal.title, goalTargetName(goal, model), progressText(goal));
        if (goal.dueOn.isValid())
            line += QCoreApplication::translate("GoalsCommand", "; due %1").arg(goal.dueOn.toString(Qt::ISODate));
        context.out << line << QStringLiteral(")\n");
    }
    return ExitOk;
}

int show(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString problem;
    const auto id = takeId(args, QStringLiteral("goals show"), QStringLiteral("goal"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto stored = GoalRepository(*db.value()).get(*id);
    if (!stored)
        return context.fail(ExitUsage, stored.error());
    const Goal &goal = stored.value();
    const JournalRepository journal(*db.value());
    QList<JournalEntry> evidence;
    for (const qint64 entryId : goal.evidence) {
        auto entry = journal.get(entryId);
        if (!entry)
            return context.fail(ExitFailure, entry.error());
        evidence.append(std::move(entry).value());
    }
    const SkillModel &model = SkillModel::builtin();
    QTextStream &out = context.out;

    if (json) {
        QJsonArray steps;
        for (qsizetype i = 0; i < goal.steps.size(); ++i) {
            const GoalStep &step = goal.steps.at(i);
            steps.append(QJsonObject{{QStringLiteral("number"), i + 1},
                                     {QStringLiteral("text"), step.text},
                                     {QStringLiteral("due_on"), dateJson(step.dueOn)},
                                     {QStringLiteral("done"), step.doneAt.isValid()},
                                     {QStringLiteral("done_at"), timeJson(step.doneAt)},
                                     {QStringLiteral("tip"), step.tipId.isEmpty() ? QJsonValue() : QJsonValue(step.tipId)}});
        }
        QJsonArray entries;
        for (const JournalEntry &entry : evidence)
            entries.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                       {QStringLiteral("occurred_at"), toSqlTime(entry.occurredAt)},
                                       {QStringLiteral("title"), entry.title}});
        QJsonObject object = goalSummaryJson(goal, model);
        object.insert(QStringLiteral("uuid"), goal.uuid.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("why"), goal.why);
        object.insert(QStringLiteral("created_at"), toSqlTime(goal.createdAt));
        object.insert(QStringLiteral("updated_at"), toSqlTime(goal.updatedAt));
        object.insert(QStringLiteral("closed_at"), timeJson(goal.closedAt));
        object.insert(QStringLiteral("steps"), steps);
        object.insert(QStringLiteral("evidence"), entries);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    out << QCoreApplication::translate("GoalsCommand", "Goal %1: %2\n").arg(goal.id).arg(goal.title);
    out << QCoreApplication::translate("GoalsCommand", "Status: %1").arg(goalStatusKey(goal.status));
    if (goal.closedAt.isValid())
        out << QCoreApplication::translate("GoalsCommand", " since %1").arg(localDay(goal.closedAt));
    out << '\n';
    out << QCoreApplication::translate("GoalsCommand", "Aim: %1 [%2]")
               .arg(goalTargetName(goal, model), targetArgument(goal));
    if (goal.targetScore)
        out << QCoreApplication::translate("GoalsCommand", ", target score %1").arg(*goal.targetScore);
    out << '\n';
    out << QCoreApplication::translate("GoalsCommand", "Begun: %1\n").arg(localDay(goal.createdAt));
    if (goal.dueOn.isValid())
        out << QCoreApplication::translate("GoalsCommand", "Due: %1\n").arg(goal.dueOn.toString(Qt::ISODate));
    if (!goal.why.isEmpty())
        out << QCoreApplication::translate("GoalsCommand", "Why: %1\n").arg(goal.why);
    out << QCoreApplication::translate("GoalsCommand", "Progress: %1\n").arg(progressText(goal));
    if (!goal.steps.isEmpty()) {
        out << QCoreApplication::translate("GoalsCommand", "\nSteps:\n");
        for (qsizetype i = 0; i < goal.steps.size(); ++i) {
            const GoalStep &step = goal.steps.at(i);
            QStringList notes;
            if (step.dueOn.isValid())
                notes.append(
                    QCoreApplication::translate("GoalsCommand", "due %1").arg(step.dueOn.toString(Qt::ISODate)));
            if (step.doneAt.isValid())
                notes.append(QCoreApplication::translate("GoalsCommand", "done %1").arg(localDay(step.doneAt)));
            out << QStringLiteral("  %1. [%2] %3").arg(i + 1).arg(step.doneAt.isValid() ? QChar(u'x') : QChar(u' ')).arg(step.text);
            if (!notes.isEmpty())
                out << QStringLiteral("  (%1)").arg(notes.join(QStringLiteral(", ")));
            out << '\n';
        }
    }
    if (!evidence.isEmpty()) {
        out << QCoreApplication::translate("GoalsCommand", "\nEvidence:\n");
        for (const JournalEntry &entry : evidence)
            out << QStringLiteral("%1  %2  %3\n").arg(entry.id, 6).arg(localTime(entry.occurredAt), entry.title);
    }
    return ExitOk;
}

int addStep(Arguments &args, const Context &context)
{
    const auto due = args.takeValue(QStringLiteral("--due"));
    QString problem;
    const auto id = takeId(args, QStringLiteral("goals step add"), QStringLiteral("goal"), problem);
    const auto text = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);
    if (!text || text->trimmed().isEmpty())
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "GoalsCommand", "goals step add needs the step's text: goals step add ID TEXT"));
    GoalStep step;
    step.text = *text;
    if (due) {
        const auto date = parseDateOption(QStringLiteral("--due"), *due, problem);
        if (!date)
            return context.fail(ExitUsage, problem);
        step.dueOn = *date;
    }

    int status = ExitOk;
    auto opened = openGoal(*id, context, status);
    if (!opened)
        return status;
    Goal &goal = opened->goal;
    goal.steps.append(step);
    // The new step's due date is what the user gives here that checkGoal can refuse.
    if (const auto stepProblem = checkGoal(goal, opened->workspace->model());
        stepProblem && stepProblem->field == GoalProblem::Field::Step && stepProblem->step == goal.steps.size() - 1)
        return context.fail(ExitUsage, QStringLiteral("--due: ") + stepProblem->message);
    if (const auto refused = problemWith(goal, opened->workspace->model()))
        return context.fail(ExitUsage, *refused);
    if (Status updated = opened->workspace->updateGoal(goal); !updated)
        return context.fail(ExitFailure, updated.error());
    context.out << QCoreApplication::translate("GoalsCommand", "Added step %1 to goal %2.\n")
                       .arg(goal.steps.size())
                       .arg(goal.id);
    return ExitOk;
}

// `goals step done|undone ID STEP`: ticks a step off, or opens it again.
int markStep(Arguments &args, const Context &context, bool done)
{
    const QString command = done ? QStringLiteral("goals step done") : QStringLiteral("goals step undone");
    QString problem;
    const auto id = takeId(args, command, QStringLiteral("goal"), problem);
    const auto number = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);
    if (!number)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("GoalsCommand", "%1 needs the step's number, as goals show prints it")
                .arg(command));
    bool ok = false;
    const int step = number->toInt(&ok);
    if (!ok || step < 1)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("GoalsCommand",
                                        "STEP must be a step's number as goals show prints it (1, 2, …), not \"%1\"")
                .arg(*number));

    int status = ExitOk;
    auto opened = openGoal(*id, context, status);
    if (!opened)
        return status;
    Goal &goal = opened->goal;
    if (step > goal.steps.size())
        return context.fail(
            ExitUsage,
            goal.steps.isEmpty()
                ? QCoreApplication::translate("GoalsCommand", "STEP: goal %1 has no steps yet").arg(goal.id)
                : QCoreApplication::translate("GoalsCommand", "STEP: goal %1 has no step %2; its steps are 1 to %3")
                      .arg(goal.id)
                      .arg(step)
                      .arg(goal.steps.size()));
    GoalStep &chosen = goal.steps[step - 1];
    if (chosen.doneAt.isValid() != done) {
        chosen.doneAt = done ? opened->workspace->clock().now() : QDateTime();
        if (Status updated = opened->workspace->updateGoal(goal); !updated)
            return context.fail(ExitFailure, updated.error());
    }
    context.out << QCoreApplication::translate("GoalsCommand", "Step %1 of goal %2 is %3: %4.\n")
                       .arg(step)
                       .arg(goal.id)
                       .arg(done ? QStringLiteral("done") : QStringLiteral("open"), progressText(goal));
    return ExitOk;
}

int runStep(Arguments &args, const Context &context)
{
    const auto sub = args.takePositional();
    if (!sub)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("GoalsCommand", "goals step needs one of: add, done, undone"));
    if (*sub == QLatin1String("add"))
        return addStep(args, context);
    if (*sub == QLatin1String("done"))
        return markStep(args, context, true);
    if (*sub == QLatin1String("undone"))
        return markStep(args, context, false);
    return context.fail(
        ExitUsage,
        QCoreApplication::translate("GoalsCommand", "unknown goals step command \"%1\"; choose add, done or undone")
            .arg(*sub));
}

// `goals link ID ENTRY [--remove]` and `goals unlink ID ENTRY`.
int link(Arguments &args, const Context &context, bool linked)
{
    const QString command = linked ? QStringLiteral("goals link") : QStringLiteral("goals unlink");
    if (args.takeFlag(QStringLiteral("--remove")))
        linked = false;
    QString problem;
    const auto id = takeId(args, command, QStringLiteral("goal"), problem);
    const auto entryId = takeId(args, command, QCoreApplication::translate("GoalsCommand", "journal entry"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id || !entryId)
        return context.fail(ExitUsage, problem);

    int status = ExitOk;
    auto opened = openGoal(*id, context, status);
    if (!opened)
        return status;
    const Goal &goal = opened->goal;
    if (linked) {
        if (const auto entry = opened->workspace->journal().get(*entryId); !entry)
            return context.fail(ExitUsage, QStringLiteral("ENTRY: ") + entry.error());
    } else if (!goal.evidence.contains(*entryId)) {
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("GoalsCommand", "ENTRY: journal entry %1 is not evidence for goal %2")
                .arg(*entryId)
                .arg(goal.id));
    }
    if (Status changed = opened->workspace->linkEvidence(goal.id, *entryId, linked); !changed)
        return context.fail(ExitFailure, changed.error());
    context.out << (linked ? QCoreApplication::translate("GoalsCommand", "Journal entry %1 is evidence for goal %2.\n")
                           : QCoreApplication::translate("GoalsCommand",
                                                         "Journal entry %1 is no longer evidence for goal %2.\n"))
                       .arg(*entryId)
                       .arg(goal.id);
    return ExitOk;
}

int setStatus(Arguments &args, const Context &context)
{
    QString problem;
    const auto id = takeId(args, QStringLiteral("goals status"), QStringLiteral("goal"), problem);
    const auto statusText = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);
    if (!statusText)
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "GoalsCommand", "goals status needs the new status: active, paused, done or dropped"));
    const auto newStatus = goalStatusFromKey(*statusText);
    if (!newStatus)
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "GoalsCommand", "the status must be active, paused, done or dropped, not \"%1\"")
                                .arg(*statusText));

    int status = ExitOk;
    auto opened = openGoal(*id, context, status);
    if (!opened)
        return status;
    Goal &goal = opened->goal;
    if (goal.status != *newStatus) {
        goal.status = *newStatus;
        if (Status updated = opened->workspace->updateGoal(goal); !updated)
            return context.fail(ExitFailure, updated.error());
    }
    context.out
        << QCoreApplication::translate("GoalsCommand", "Goal %1 is %2.\n").arg(goal.id).arg(goalStatusKey(goal.status));
    return ExitOk;
}

} // namespace

int runGoals(Arguments &args, const Context &context)
{
    const auto sub = args.takePositional();
    if (!sub)
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "GoalsCommand", "goals needs one of: add, list, show, step, link, unlink, status"));
    if (*sub == QLatin1String("add"))
        return add(args, context);
    if (*sub == QLatin1String("list"))
        return list(args, context);
    if (*sub == QLatin1String("show"))
        return show(args, context);
    if (*sub == QLatin1String("step"))
        return runStep(args, context);
    if (*sub == QLatin1String("link"))
        return link(args, context, true);
    if (*sub == QLatin1String("unlink"))
        return link(args, context, false);
    if (*sub == QLatin1String("status"))
        return setStatus(args, context);
    return context.fail(
        ExitUsage,
        QCoreApplication::translate(
            "GoalsCommand", "unknown goals command \"%1\"; choose add, list, show, step, link, unlink or status")
            .arg(*sub));
}

} // namespace tandem::cli
