#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "decisiontext.h"
#include "storeopener.h"

#include "database.h"
#include "ftsquery.h"
#include "inputreader.h"
#include "isotime.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tandem::cli {

using namespace tandem::core;

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 1000000;

// --limit N, or DefaultLimit; nullopt (after reporting) when N is not a count.
std::optional<int> takeLimit(Arguments &args, QString &problem)
{
    const auto limit = args.takeValue(QStringLiteral("--limit"));
    if (!limit)
        return DefaultLimit;
    bool ok = false;
    const int n = limit->toInt(&ok);
    if (!ok || n < 1 || n > MaxLimit) {
        problem
            = QCoreApplication::translate("JournalCommand", "--limit must be a whole number from 1 to %1, not \"%2\"")
                  .arg(MaxLimit)
                  .arg(*limit);
        return std::nullopt;
    }
    return n;
}

QJsonValue ratingJson(const std::optional<int> &rating)
{
    return rating ? QJsonValue(*rating) : QJsonValue(QJsonValue::Null);
}

QJsonObject adviceJson(const Advice &advice)
{
    return QJsonDocument::fromJson(advice.toJson()).object();
}

QJsonObject entryJson(const JournalEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("uuid"), e.uuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("occurred_at"), toSqlTime(e.occurredAt)},
                       {QStringLiteral("created_at"), toSqlTime(e.createdAt)},
                       {QStringLiteral("updated_at"), toSqlTime(e.updatedAt)},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("situation"), e.situation},
                       {QStringLiteral("mode"), modeKey(e.mode)},
                       {QStringLiteral("outcome"), e.outcome},
                       {QStringLiteral("rating"), ratingJson(e.rating)},
                       {QStringLiteral("feelings"), e.feelings},
                       {QStringLiteral("learned"), e.learned},
                       {QStringLiteral("next_time"), e.nextTime},
                       {QStringLiteral("body"), e.body},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(e.skills)},
                       {QStringLiteral("contrasts"), QJsonArray::fromStringList(e.contrasts)},
                       {QStringLiteral("areas"), QJsonArray::fromStringList(e.areas)},
                       {QStringLiteral("advice"), e.advice ? QJsonValue(adviceJson(*e.advice)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("decision"), e.decision ? QJsonValue(DecisionText::json(*e.decision, QDate::currentDate()))
                                                               : QJsonValue(QJsonValue::Null)}};
}

// A body holds at most RecordLimits::MaxTextLength UTF-16 code units, and one code unit is at
// most three bytes of UTF-8, so a longer file cannot fit and is not read further.
constexpr qint64 MaxBodyFileBytes = 3 * RecordLimits::MaxTextLength;

// The text of --body-file ("-" is standard input), exactly as given, or why it cannot be used.
Result<QString> readBody(const QString &path)
{
    const bool fromStdin = path == QLatin1String("-");
    const QString name = fromStdin ? QCoreApplication::translate("JournalCommand", "standard input") : path;
    Result<QByteArray> bytes = Error{};
    if (fromStdin) {
        QFile file;
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error { QCoreApplication::translate("JournalCommand",
                                                       "--body-file: standard input could not be read: %1")
                               .arg(file.errorString()) };
        bytes = InputReader::read(file, MaxBodyFileBytes, name);
    } else {
        bytes = InputReader::readFile(path, MaxBodyFileBytes);
    }
    if (!bytes)
        return Error{QStringLiteral("--body-file: ") + bytes.error()};
    auto text = InputReader::decodeUtf8(bytes.value(), name);
    if (!text)
        return Error{QStringLiteral("--body-file: ") + text.error()};
    return text;
}

// For list, search and show: these work on a store that cannot be written, too.
Result<std::unique_ptr<Database>> openStoreForReading(const Context &context)
{
    return StoreOpener::openForReading(context);
}

int add(Arguments &args, const Context &context)
{
    const auto title = args.takeValue(QStringLiteral("--title"));
    const auto body = args.takeValue(QStringLiteral("--body"));
    const auto bodyFile = args.takeValue(QStringLiteral("--body-file"));
    const auto mode = args.takeValue(QStringLiteral("--mode"));
    const auto rating = args.takeValue(QStringLiteral("--rating"));
    const auto at = args.takeValue(QStringLiteral("--at"));
    const auto expect = args.takeValue(QStringLiteral("--expect"));
    const auto confidence = args.takeValue(QStringLiteral("--confidence"));
    const auto reviewOn = args.takeValue(QStringLiteral("--review-on"));
    QStringList skills;
    while (const auto skill = args.takeValue(QStringLiteral("--skill")))
        skills.append(*skill);
    QStringList tags;
    while (const auto tag = args.takeValue(QStringLiteral("--tag")))
        tags.append(*tag);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());

    if (!title)
        return context.fail(ExitUsage, QCoreApplication::translate("JournalCommand", "journal add needs --title T"));
    if (body && bodyFile)
        return context.fail(
            ExitUsage, QCoreApplication::translate("JournalCommand", "give either --body or --body-file, not both"));

    JournalEntry entry;
    entry.title = *title;
    if (body)
        entry.body = *body;
    if (bodyFile) {
        const auto text = readBody(*bodyFile);
        if (!text)
            return context.fail(ExitUsage, text.error());
        entry.body = text.value();
    }
    if (mode) {
        const auto parsed = modeFromKey(*mode);
        if (!parsed || *parsed == Mode::Unset)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("JournalCommand", "--mode must be lead, manage or both, not \"%1\"")
                    .arg(*mode));
        entry.mode = *parsed;
    }
    if (rating) {
        bool ok = false;
        const int value = rating->toInt(&ok);
        if (!ok || value < 1 || value > 5)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("JournalCommand", "--rating must be 1, 2, 3, 4 or 5, not \"%1\"")
                    .arg(*rating));
        entry.rating = value;
    }
    const SkillModel &model = SkillModel::builtin();
    for (const QString &skill : skills) {
        if (!model.skill(skill))
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("JournalCommand", "unknown skill \"%1\" (see tandem-cli framework)")
                    .arg(skill));
        if (!entry.skills.contains(skill))
            entry.skills.append(skill);
    }
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            return context.fail(ExitUsage, QCoreApplication::translate("JournalCommand", "--tag needs a name"));
        entry.tags.append(tag.trimmed());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.occurredAt = now;
    if (at) {
        const auto when = IsoTime::parseDateOrDateTime(*at);  // a day alone means its middle, in local time
        if (!when)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate(
                    "JournalCommand",
                    "--at must be a date or time such as 2026-11-30 or 2026-11-30T09:30, not \"%1\": %2")
                    .arg(*at, when.error()));
        entry.occurredAt = when->toUTC();
    }
    entry.createdAt = now;
    entry.updatedAt = now;
    if ((confidence || reviewOn) && !expect)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand", "%1 belongs to a decision: give --expect TEXT too")
                .arg(confidence ? QStringLiteral("--confidence") : QStringLiteral("--review-on")));
    if (expect) {
        if (expect->trimmed().isEmpty())
            return context.fail(
                ExitUsage, QCoreApplication::translate("JournalCommand", "--expect needs what you expect to happen"));
        Decision decision;
        decision.expectation = *expect;
        if (confidence) {
            bool ok = false;
            const int percent = confidence->toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                return context.fail(ExitUsage,
                                    QCoreApplication::translate("JournalCommand",
                                                                "--confidence must be a whole number from 0 to 100 "
                                                                "(percent), not \"%1\"")
                                        .arg(*confidence));
            decision.confidence = percent;
        }
        const QDate day = entry.occurredAt.toLocalTime().date();
        decision.reviewOn = Decision::defaultReviewDate(day);
        if (reviewOn) {
            const auto parsed = IsoTime::parseDate(*reviewOn);
            if (!parsed)
                return context.fail(
                    ExitUsage,
                    QCoreApplication::translate("JournalCommand",
                                                "--review-on must be a date such as 2026-11-30, not \"%1\": %2")
                        .arg(*reviewOn, parsed.error()));
            if (parsed.value() < day)
                return context.fail(ExitUsage,
                                    QCoreApplication::translate("JournalCommand",
                                                                "--review-on (%1) is before the day of the entry (%2)")
                                        .arg(parsed->toString(Qt::ISODate), day.toString(Qt::ISODate)));
            decision.reviewOn = parsed.value();
        }
        entry.decision = decision;
    }
    if (entry.isEmpty())
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand", "an empty entry is not saved; give a title or a body"));
    // Refused here, before the data folder is opened, with what the store would refuse: so that
    // nothing is stored that an export could not bring back.
    if (Status fits = RecordLimits::check(entry); !fits)
        return context.fail(ExitUsage, fits.error());

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto id = workspace.value()->addEntry(entry);
    if (!id)
        return context.fail(ExitFailure, id.error());
    context.out << id.value() << '\n';
    return ExitOk;
}

int list(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto from = args.takeValue(QStringLiteral("--from"));
    const auto to = args.takeValue(QStringLiteral("--to"));
    const auto skill = args.takeValue(QStringLiteral("--skill"));
    const auto tag = args.takeValue(QStringLiteral("--tag"));
    QString problem;
    const auto limit = takeLimit(args, problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!limit)
        return context.fail(ExitUsage, problem);

    JournalFilter filter;
    for (const auto &[option, value, date] : {std::tuple{"--from", from, &filter.from}, std::tuple{"--to", to, &filter.to}}) {
        if (!value)
            continue;
        const auto parsed = IsoTime::parseDate(*value);
        if (!parsed)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("JournalCommand", "%1 must be a date such as 2026-11-30, not \"%2\": %3")
                    .arg(QLatin1String(option), *value, parsed.error()));
        *date = parsed.value();
    }
    if (skill) {
        if (!SkillModel::builtin().skill(*skill))
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("JournalCommand", "unknown skill \"%1\" (see tandem-cli framework)")
                    .arg(*skill));
        filter.skill = *skill;
    }
    if (tag)
        filter.tag = *tag;

    auto db = openStoreForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto rows = JournalRepository(*db.value()).list(filter, *limit);
    if (!rows)
        return context.fail(ExitFailure, rows.error());
    if (json) {
        QJsonArray array;
        for (const JournalSummary &s : rows.value())
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("occurred_at"), toSqlTime(s.occurredAt)},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("mode"), modeKey(s.mode)},
                                     {QStringLiteral("rating"), ratingJson(s.rating)}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const JournalSummary &s : rows.value())
        context.out << QStringLiteral("%1  %2  %3\n").arg(s.id, 6).arg(localTime(s.occurredAt), s.title);
    return ExitOk;
}

int search(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString problem;
    const auto limit = takeLimit(args, problem);
    const auto text = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!limit)
        return context.fail(ExitUsage, problem);
    if (!text)
        return context.fail(
            ExitUsage, QCoreApplication::translate("JournalCommand", "journal search needs the words to look for"));

    auto db = openStoreForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto rows = JournalRepository(*db.value()).search(FtsQuery::build(*text), {}, *limit);
    if (!rows)
        return context.fail(ExitFailure, rows.error());
    if (json) {
        QJsonArray array;
        for (const JournalSummary &s : rows.value())
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("occurred_at"), toSqlTime(s.occurredAt)},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("snippet"), s.markedSnippet(QStringLiteral("["), QStringLiteral("]"))}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const JournalSummary &s : rows.value()) {
        context.out << QStringLiteral("%1  %2  %3\n").arg(s.id, 6).arg(localTime(s.occurredAt), s.title);
        context.out << QStringLiteral("        %1\n").arg(s.markedSnippet(QStringLiteral("["), QStringLiteral("]")));
    }
    return ExitOk;
}

// Reads "ID" for show and delete; exit status 2 when it is missing or not an id.
std::optional<qint64> takeId(Arguments &args, const QString &command, QString &problem)
{
    const auto text = args.takePositional();
    if (!text) {
        problem = QCoreApplication::translate("JournalCommand", "journal %1 needs an entry id").arg(command);
        return std::nullopt;
    }
    const auto id = parseId(*text);
    if (!id)
        problem = QCoreApplication::translate("JournalCommand", "\"%1\" is not an entry id (a whole number from 1 up)")
                      .arg(*text);
    return id;
}

void printPart(QTextStream &out, const QString &heading, const QString &text)
{
    if (!text.isEmpty())
        out << QStringLiteral("\n%1:\n%2\n").arg(heading, text);
}

int show(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString problem;
    const auto id = takeId(args, QStringLiteral("show"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);

    auto db = openStoreForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto entry = JournalRepository(*db.value()).get(*id);
    if (!entry)
        return context.fail(ExitUsage, entry.error());
    const JournalEntry &e = entry.value();
    QTextStream &out = context.out;
    if (json) {
        out << QString::fromUtf8(QJsonDocument(entryJson(e)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const SkillModel &model = SkillModel::builtin();
    out << QCoreApplication::translate("JournalCommand", "Entry %1, %2\n").arg(e.id).arg(localTime(e.occurredAt));
    out << QCoreApplication::translate("JournalCommand", "Title: %1\n").arg(e.title);
    if (e.mode != Mode::Unset)
        out << QCoreApplication::translate("JournalCommand", "What I did: %1\n").arg(modeKey(e.mode));
    if (e.rating)
        out << QCoreApplication::translate("JournalCommand", "How it went: %1 of 5\n").arg(*e.rating);
    if (!e.tags.isEmpty())
        out << QCoreApplication::translate("JournalCommand", "Tags: %1\n").arg(e.tags.join(QStringLiteral(", ")));
    QStringList skillNames;
    for (const QString &id_ : e.skills)
        skillNames.append(model.skill(id_) ? model.skill(id_)->name : id_);
    if (!skillNames.isEmpty())
        out << QCoreApplication::translate("JournalCommand", "Skills: %1\n").arg(skillNames.join(QStringLiteral(", ")));
    if (!e.contrasts.isEmpty())
        out << QCoreApplication::translate("JournalCommand", "Contrasts: %1\n")
                   .arg(e.contrasts.join(QStringLiteral(", ")));
    if (!e.areas.isEmpty())
        out << QCoreApplication::translate("JournalCommand", "Shared areas: %1\n")
                   .arg(e.areas.join(QStringLiteral(", ")));
    if (e.advice)
        out << QCoreApplication::translate("JournalCommand", "Advice: %1 (score %2)\n")
                   .arg(leanKey(e.advice->lean))
                   .arg(e.advice->score);
    if (e.decision)
        DecisionText::print(out, *e.decision, QDate::currentDate());
    printPart(out, QCoreApplication::translate("JournalCommand", "Situation"), e.situation);
    printPart(out, QCoreApplication::translate("JournalCommand", "Outcome"), e.outcome);
    printPart(out, QCoreApplication::translate("JournalCommand", "Feelings"), e.feelings);
    printPart(out, QCoreApplication::translate("JournalCommand", "What I learned"), e.learned);
    printPart(out, QCoreApplication::translate("JournalCommand", "Next time"), e.nextTime);
    printPart(out, QCoreApplication::translate("JournalCommand", "Notes"), e.body);
    return ExitOk;
}

int remove(Arguments &args, const Context &context)
{
    QString problem;
    const auto id = takeId(args, QStringLiteral("delete"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    if (const auto existing = workspace.value()->journal().get(*id); !existing)
        return context.fail(ExitUsage, existing.error());
    if (const auto removed = workspace.value()->removeEntry(*id); !removed)
        return context.fail(ExitFailure, removed.error());
    context.out << QCoreApplication::translate("JournalCommand", "Deleted journal entry %1.\n").arg(*id);
    return ExitOk;
}

// `journal review ENTRY --outcome TEXT --mode lead|manage|both --held yes|no|partly`.
int review(Arguments &args, const Context &context)
{
    const auto outcome = args.takeValue(QStringLiteral("--outcome"));
    const auto mode = args.takeValue(QStringLiteral("--mode"));
    const auto held = args.takeValue(QStringLiteral("--held"));
    QString problem;
    const auto id = takeId(args, QStringLiteral("review"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!id)
        return context.fail(ExitUsage, problem);
    if (!outcome || outcome->trimmed().isEmpty())
        return context.fail(ExitUsage, QCoreApplication::translate("JournalCommand", "--outcome needs what happened"));
    if (!mode)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand",
                                        "journal review needs --mode lead|manage|both: what you actually did"));
    if (!held)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand",
                                        "journal review needs --held yes|no|partly: whether what you expected held"));
    DecisionReview found;
    found.outcome = *outcome;
    const auto parsedMode = modeFromKey(*mode);
    if (!parsedMode || *parsedMode == Mode::Unset)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand", "--mode must be lead, manage or both, not \"%1\"")
                .arg(*mode));
    found.actualMode = *parsedMode;
    const auto parsedHeld = heldFromKey(*held);
    if (!parsedHeld)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("JournalCommand", "--held must be yes, no or partly, not \"%1\"").arg(*held));
    found.held = *parsedHeld;

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    auto entry = workspace.value()->journal().get(*id);
    if (!entry)
        return context.fail(ExitUsage, QStringLiteral("ENTRY: ") + entry.error());
    if (!entry->decision)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("JournalCommand",
                                                        "ENTRY: journal entry %1 records no decision to review "
                                                        "(journal add --expect records one)")
                                .arg(*id));
    JournalEntry reviewed = std::move(entry).value();
    reviewed.decision->review = found;
    if (Status fits = RecordLimits::check(reviewed); !fits)
        return context.fail(ExitUsage, fits.error());
    if (Status stored = workspace.value()->reviewDecision(*id, found); !stored)
        return context.fail(ExitFailure, stored.error());
    context.out << QCoreApplication::translate("JournalCommand", "Reviewed the decision of journal entry %1: %2.\n")
                       .arg(*id)
                       .arg(found.held == Held::Yes
                                ? QCoreApplication::translate("JournalCommand", "what you expected held")
                                : found.held == Held::Partly
                                ? QCoreApplication::translate("JournalCommand", "what you expected partly held")
                                : QCoreApplication::translate("JournalCommand", "what you expected did not hold"));
    return ExitOk;
}

} // namespace

int runJournal(Arguments &args, const Context &context)
{
    const auto sub = args.takePositional();
    if (!sub)
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "JournalCommand", "journal needs one of: add, list, search, show, delete, review"));
    if (*sub == QLatin1String("add"))
        return add(args, context);
    if (*sub == QLatin1String("list"))
        return list(args, context);
    if (*sub == QLatin1String("search"))
        return search(args, context);
    if (*sub == QLatin1String("show"))
        return show(args, context);
    if (*sub == QLatin1String("delete"))
        return remove(args, context);
    if (*sub == QLatin1String("review"))
        return review(args, context);
    return context.fail(
        ExitUsage,
        QCoreApplication::translate("JournalCommand",
                                    "unknown journal command \"%1\"; choose add, list, search, show, delete or review")
            .arg(*sub));
}

} // namespace tandem::cli
