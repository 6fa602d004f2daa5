// `tandem-cli feedback …`: colleagues' feedback rounds (docs/feedback.md) from the terminal: start a
// round, write its form, import the response files, and read the results by the gap rules.
#include "arguments.h"
#include "assessmentrepository.h"
#include "commands.h"
#include "context.h"
#include "datalocation.h"
#include "feedback.h"
#include "feedbackform.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "feedbackscoring.h"
#include "feedbackservice.h"
#include "inputreader.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "sqltime.h"
#include "storeopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace tandem::cli {

using namespace tandem::core;

namespace {

// A round as the user names it: its row id as `feedback list` shows it, or its uuid.
struct RoundRef
{
    qint64 id = 0;
    QUuid uuid;
};

std::optional<RoundRef> takeRound(Arguments &args, const QString &command, QString &problem)
{
    const auto text = args.takePositional();
    if (!text) {
        problem = QCoreApplication::translate("FeedbackCommand",
                                              "%1 needs a round: its id as feedback list shows it, or its uuid")
                      .arg(command);
        return std::nullopt;
    }
    if (const auto id = parseId(*text))
        return RoundRef { *id, {} };
    const QUuid uuid = QUuid::fromString(*text);
    if (!uuid.isNull())
        return RoundRef { 0, uuid };
    problem = QCoreApplication::translate("FeedbackCommand",
                                          "ROUND must be a round's id as feedback list shows it (1, 2, …) or its "
                                          "uuid, not \"%1\"")
                  .arg(text->left(RecordLimits::MaxIdLength));
    return std::nullopt;
}

// The round named, or why not; a round that does not exist is bad input (status 2), as a goal is.
Result<FeedbackRound> findRound(const FeedbackRepository &repository, const RoundRef &ref)
{
    if (ref.id > 0)
        return repository.round(ref.id);
    auto found = repository.roundByUuid(ref.uuid);
    if (!found)
        return found.failure();
    if (!found.value())
        return Error { QCoreApplication::translate("FeedbackCommand", "There is no feedback round with the uuid %1.")
                           .arg(ref.uuid.toString(QUuid::WithoutBraces)) };
    return *found.value();
}

// An error from the store itself (SQLite's words in its details, a locked or read-only file) is a
// failure at run time; anything else the core says about a round or a file is about the input.
int statusFor(const Error &error)
{
    return error.details.isEmpty() && error.kind == Error::Kind::General ? ExitUsage : ExitFailure;
}

// "tandem-cli " and, when the data folder is not the one tandem-cli finds by itself, its
// --data-dir, so that an offered next step can be pasted as it is.
QString commandPrefix(const Context &context)
{
    QString prefix = QStringLiteral("tandem-cli ");
    if (context.dataDir != DataLocation::resolve(QString()))
        prefix += QStringLiteral("--data-dir %1 ").arg(shellWord(QDir::toNativeSeparators(context.dataDir)));
    return prefix;
}

// Scores go out with one decimal in JSON, as profile's do.
double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString statusKey(const FeedbackRound &round)
{
    return round.closedAt ? QStringLiteral("closed") : QStringLiteral("open");
}

QJsonObject roundJson(const FeedbackRound &round, int responses)
{
    return QJsonObject {
        { QStringLiteral("id"), round.id },
        { QStringLiteral("uuid"), round.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("created_at"), toSqlTime(round.createdAt) },
        { QStringLiteral("status"), statusKey(round) },
        { QStringLiteral("closed_at"), round.closedAt ? QJsonValue(toSqlTime(*round.closedAt)) : QJsonValue() },
        { QStringLiteral("about"), optionalText(round.askedBy) },
        { QStringLiteral("model_version"), round.modelVersion },
        { QStringLiteral("statements"), round.itemIds.size() },
        { QStringLiteral("responses"), responses },
        { QStringLiteral("invited"), round.invited ? QJsonValue(*round.invited) : QJsonValue() },
    };
}

QString localDay(const QDateTime &utc)
{
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

// "4 responses" or "4 responses of 5 invited".
QString responsesText(int responses, const std::optional<int> &invited)
{
    if (invited)
        return QCoreApplication::translate("FeedbackCommand", "%n responses of %1 invited", nullptr, responses)
            .arg(*invited);
    return QCoreApplication::translate("FeedbackCommand", "%n responses", nullptr, responses);
}

// "a,b, c" → ["a", "b", "c"]: the keys of a list option, repeated or comma-separated.
QStringList takeKeys(Arguments &args, const QString &option, QString &problem)
{
    QStringList keys;
    while (const auto value = args.takeValue(option)) {
        const QStringList parts = value->split(QLatin1Char(','));
        bool any = false;
        for (const QString &part : parts) {
            const QString key = part.trimmed();
            if (key.isEmpty())
                continue;
            any = true;
            if (!keys.contains(key))
                keys.append(key);
        }
        if (!any && problem.isEmpty())
            problem = QCoreApplication::translate(
                          "FeedbackCommand",
                          "%1 needs one or more ids, separated by commas (ids from tandem-cli framework)")
                          .arg(option);
    }
    return keys;
}

// Why a --skills or --contrasts key is not one, naming it and where to find the right ones.
std::optional<QString> problemWithKeys(const SkillModel &model, const QStringList &skills, const QStringList &contrasts)
{
    for (const QString &key : skills) {
        if (model.skill(key))
            continue;
        const QString shown = key.left(RecordLimits::MaxIdLength);
        if (model.contrast(key))
            return QCoreApplication::translate("FeedbackCommand",
                                               "--skills: \"%1\" is a contrast, not a skill; give it with --contrasts")
                .arg(shown);
        return QCoreApplication::translate(
                   "FeedbackCommand", "--skills: there is no skill \"%1\"; tandem-cli framework lists the skills' ids")
            .arg(shown);
    }
    for (const QString &key : contrasts) {
        if (model.contrast(key))
            continue;
        const QString shown = key.left(RecordLimits::MaxIdLength);
        if (model.skill(key))
            return QCoreApplication::translate("FeedbackCommand",
                                               "--contrasts: \"%1\" is a skill, not a contrast; give it with --skills")
                .arg(shown);
        const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && model.contrast(key.left(colon)))
            return QCoreApplication::translate("FeedbackCommand",
                                               "--contrasts: a round asks both poles of a contrast; give \"%1\", "
                                               "not \"%2\"")
                .arg(key.left(colon), shown);
        return QCoreApplication::translate(
                   "FeedbackCommand",
                   "--contrasts: there is no contrast \"%1\"; tandem-cli framework lists the contrasts' ids")
            .arg(shown);
    }
    return std::nullopt;
}

int create(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString problem;
    const QStringList skills = takeKeys(args, QStringLiteral("--skills"), problem);
    const QStringList contrasts = takeKeys(args, QStringLiteral("--contrasts"), problem);
    const auto about = args.takeValue(QStringLiteral("--about"));
    const auto note = args.takeValue(QStringLiteral("--note"));
    const auto invited = args.takeValue(QStringLiteral("--invited"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!problem.isEmpty())
        return context.fail(ExitUsage, problem);

    const SkillModel &model = SkillModel::builtin();
    if (const auto refused = problemWithKeys(model, skills, contrasts))
        return context.fail(ExitUsage, *refused);
    const auto items = feedbackItemsFor(model, skills, contrasts);
    if (!items)
        return context.fail(ExitUsage, items.error());

    // The round is checked a piece at a time, as the workspace will check it whole, so that a
    // refusal names the option it is about before anything is written.
    FeedbackRound round;
    round.itemIds = items.value();
    if (about) {
        if (about->trimmed().isEmpty())
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("FeedbackCommand", "--about needs the name the form asks about"));
        round.askedBy = *about;
        if (Status valid = checkFeedbackRound(round, model); !valid)
            return context.fail(ExitUsage, QStringLiteral("--about: ") + valid.error());
    }
    if (note) {
        round.note = *note;
        if (Status valid = checkFeedbackRound(round, model); !valid)
            return context.fail(ExitUsage, QStringLiteral("--note: ") + valid.error());
    }
    if (invited) {
        bool ok = false;
        const int count = invited->toInt(&ok);
        if (!ok)
            return context.fail(ExitUsage,
                                QCoreApplication::translate("FeedbackCommand",
                                                            "--invited must be a whole number from 1 to %1, not \"%2\"")
                                    .arg(FeedbackLimits::MaxInvited)
                                    .arg(invited->left(RecordLimits::MaxIdLength)));
        round.invited = count;
        if (Status valid = checkFeedbackRound(round, model); !valid)
            return context.fail(ExitUsage, QStringLiteral("--invited: ") + valid.error());
    }

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto id = workspace.value()->addFeedbackRound(round);
    if (!id)
        return context.fail(statusFor(id.failure()), id.failure());
    const auto stored = workspace.value()->feedback().round(id.value());
    if (!stored)
        return context.fail(ExitFailure, stored.failure());

    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(roundJson(stored.value(), 0)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const int statements = static_cast<int>(stored->itemIds.size());
    context.out << QCoreApplication::translate("FeedbackCommand", "Created feedback round %1 (%2): %n statements.\n",
                                               nullptr, statements)
                       .arg(id.value())
                       .arg(stored->uuid.toString(QUuid::WithoutBraces));
    context.out << QCoreApplication::translate("FeedbackCommand",
                                               "Next, write its form for your colleagues: %1feedback form %2 "
                                               "--output feedback-%2.html\n")
                       .arg(commandPrefix(context), QString::number(id.value()));
    return ExitOk;
}

int form(Arguments &args, const Context &context)
{
    const auto output = args.takeValue(QStringLiteral("--output"));
    const bool force = args.takeFlag(QStringLiteral("--force"));
    QString problem;
    const auto ref = takeRound(args, QStringLiteral("feedback form"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!ref)
        return context.fail(ExitUsage, problem);
    if (!output || output->isEmpty())
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "FeedbackCommand", "feedback form needs --output FILE.html: where to write the form"));
    const QString shown = QDir::toNativeSeparators(*output);
    const QFileInfo info(*output);
    if (info.isDir())
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("FeedbackCommand", "%1 is a folder; give the name of the file to write")
                .arg(shown));
    if (!force && info.exists())
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("FeedbackCommand",
                                        "%1 already exists; choose another name, or add --force to replace it")
                .arg(shown));

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto round = findRound(FeedbackRepository(*db.value()), *ref);
    if (!round)
        return context.fail(statusFor(round.failure()), round.failure());
    const auto html = FeedbackForm::html(round.value(), SkillModel::builtin());
    if (!html)
        return context.fail(ExitFailure, html.failure());

    // Atomically: a full disk or a crash leaves what was there, never half a form.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.value()) != html->size() || !file.commit())
        return context.fail(ExitFailure,
                            QCoreApplication::translate("FeedbackCommand", "%1 could not be written: %2")
                                .arg(shown, file.errorString()));
    context.out << QCoreApplication::translate("FeedbackCommand", "Wrote the form of feedback round %1 to %2.\n")
                       .arg(QString::number(round->id),
                            QDir::toNativeSeparators(QFileInfo(*output).absoluteFilePath()));
    context.out << QCoreApplication::translate("FeedbackCommand",
                                               "Send it to your colleagues; when their response files come back, "
                                               "import them with: %1feedback import FILE…\n")
                       .arg(commandPrefix(context));
    return ExitOk;
}

// Reads one response file, or standard input for "-", no further than a response may be long.
Result<QByteArray> readResponse(const QString &path, const QString &shown)
{
    if (path != QLatin1String("-"))
        return InputReader::readFile(path, FeedbackResponseFile::MaxBytes, InputReader::NulBytes::Refused);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("FeedbackCommand", "standard input could not be read: %1").arg(in.errorString())
        };
    return InputReader::read(in, FeedbackResponseFile::MaxBytes, shown, InputReader::NulBytes::Refused);
}

int import(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QStringList files;
    while (const auto file = args.takePositional())
        files.append(*file);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (files.isEmpty())
        return context.fail(ExitUsage,
                            QCoreApplication::translate("FeedbackCommand",
                                                        "feedback import needs one or more response files (\"-\" "
                                                        "reads standard input)"));
    if (files.count(QStringLiteral("-")) > 1)
        return context.fail(
            ExitUsage, QCoreApplication::translate("FeedbackCommand", "standard input (\"-\") can be read only once"));

    // The store is opened at the first file that can be read, so that a list of missing files is
    // refused without touching it.
    std::unique_ptr<Workspace> workspace;
    QJsonArray report;
    int imported = 0, duplicates = 0, refused = 0;
    const auto printReport = [&] {
        if (json)
            context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    };
    for (const QString &path : files) {
        const QString shown = path == QLatin1String("-")
            ? QCoreApplication::translate("FeedbackCommand", "standard input")
            : QDir::toNativeSeparators(path);
        QJsonObject line { { QStringLiteral("file"), shown } };
        auto bytes = readResponse(path, shown);
        Result<Workspace::FeedbackReceipt> receipt = Error {};
        if (bytes) {
            if (!workspace) {
                auto opened = StoreOpener::openWorkspace(context);
                if (!opened) {
                    printReport();
                    return context.fail(ExitFailure, opened.failure());
                }
                workspace = std::move(opened).value();
            }
            receipt = workspace->importFeedbackResponse(bytes.value(), shown);
            if (!receipt && statusFor(receipt.failure()) == ExitFailure) {
                printReport();
                return context.fail(ExitFailure, receipt.failure());
            }
        }
        if (!bytes || !receipt) {
            ++refused;
            const Error &error = bytes ? receipt.failure() : bytes.failure();
            context.fail(ExitUsage, error);
            line.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
            line.insert(QStringLiteral("reason"), error.message);
            report.append(line);
            continue;
        }
        const Workspace::FeedbackReceipt &got = receipt.value();
        const bool duplicate = got.outcome == Workspace::FeedbackReceipt::Outcome::Duplicate;
        line.insert(QStringLiteral("outcome"), duplicate ? QStringLiteral("duplicate") : QStringLiteral("imported"));
        line.insert(QStringLiteral("round"), got.roundId);
        line.insert(QStringLiteral("response"), got.responseId);
        line.insert(QStringLiteral("rater"), optionalText(got.rater));
        line.insert(QStringLiteral("rated"), got.rated);
        line.insert(QStringLiteral("received_at"), toSqlTime(got.receivedAt));
        report.append(line);
        if (duplicate) {
            ++duplicates;
            if (!json)
                context.out << QCoreApplication::translate("FeedbackCommand",
                                                           "Skipped %1: round %2 has had this response since %3.\n")
                                   .arg(shown, QString::number(got.roundId), localTime(got.receivedAt));
            continue;
        }
        ++imported;
        if (!json) {
            const QString from = got.rater.isEmpty()
                ? QCoreApplication::translate("FeedbackCommand", "anonymous")
                : QCoreApplication::translate("FeedbackCommand", "from %1").arg(got.rater);
            context.out << QCoreApplication::translate("FeedbackCommand",
                                                       "Imported %1: round %2, %3, %n statements rated.\n", nullptr,
                                                       got.rated)
                               .arg(shown, QString::number(got.roundId), from);
        }
    }
    printReport();
    if (!json && files.size() > 1)
        context.out << QCoreApplication::translate("FeedbackCommand",
                                                   "Imported %1, skipped %2 already there, refused %3.\n")
                           .arg(imported)
                           .arg(duplicates)
                           .arg(refused);
    return refused > 0 ? ExitUsage : ExitOk;
}

int list(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto rounds = FeedbackRepository(*db.value()).list();
    if (!rounds)
        return context.fail(ExitFailure, rounds.failure());

    if (json) {
        QJsonArray array;
        for (const FeedbackRoundSummary &summary : rounds.value())
            array.append(roundJson(summary.round, summary.responses));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (rounds->isEmpty()) {
        context.out << QCoreApplication::translate("FeedbackCommand",
                                                   "No feedback rounds yet. Start one with: %1feedback new\n")
                           .arg(commandPrefix(context));
        return ExitOk;
    }
    for (const FeedbackRoundSummary &summary : rounds.value()) {
        const FeedbackRound &round = summary.round;
        QStringList parts;
        if (!round.askedBy.isEmpty())
            parts.append(QCoreApplication::translate("FeedbackCommand", "about %1").arg(round.askedBy));
        // (lupdate does not see a translate() whose count is a cast, so the counts are ints first.)
        const int statements = static_cast<int>(round.itemIds.size());
        parts.append(QCoreApplication::translate("FeedbackCommand", "%n statements", nullptr, statements));
        parts.append(responsesText(summary.responses, round.invited));
        context.out << QStringLiteral("%1  %2  %3  %4\n")
                           .arg(round.id, 6)
                           .arg(localDay(round.createdAt))
                           .arg(statusKey(round), -6)
                           .arg(parts.join(QStringLiteral(", ")));
    }
    return ExitOk;
}

// What a gap is about, by name: a skill, "Vision (Vision and execution)", or an index.
QString gapName(const ScoreGap &gap, const SkillModel &model)
{
    switch (gap.kind) {
    case GapKind::Skill:
        if (const Skill *skill = model.skill(gap.id))
            return skill->name;
        break;
    case GapKind::Pole:
        if (const Contrast *contrast = model.contrast(gap.id))
            return QStringLiteral("%1 (%2)").arg(contrast->pole(gap.role).name, contrast->name);
        break;
    case GapKind::Index:
        return gap.role == Role::Lead ? QCoreApplication::translate("FeedbackCommand", "Leadership")
                                      : QCoreApplication::translate("FeedbackCommand", "Management");
    }
    return gap.id;
}

// The id a gap goes by in JSON: a skill's id, a pole as goals add --pole takes it, or the index.
QString gapId(const ScoreGap &gap)
{
    return gap.kind == GapKind::Pole ? gap.id + QLatin1Char(':') + roleKey(gap.role) : gap.id;
}

QString gapKindKey(GapKind kind)
{
    switch (kind) {
    case GapKind::Skill: return QStringLiteral("skill");
    case GapKind::Pole: return QStringLiteral("pole");
    case GapKind::Index: return QStringLiteral("index");
    }
    return {};
}

QJsonObject gapJson(const ScoreGap &gap, const SkillModel &model)
{
    const bool shown = gap.othersMean.has_value();
    return QJsonObject {
        { QStringLiteral("id"), gapId(gap) },
        { QStringLiteral("kind"), gapKindKey(gap.kind) },
        { QStringLiteral("role"), roleKey(gap.role) },
        { QStringLiteral("name"), gapName(gap, model) },
        { QStringLiteral("self"), optionalNumber(gap.self) },
        { QStringLiteral("raters"), gap.raters },
        { QStringLiteral("others_mean"), optionalNumber(gap.othersMean) },
        { QStringLiteral("others_spread"), optionalNumber(gap.othersSpread) },
        { QStringLiteral("gap"), optionalNumber(gap.gap()) },
        { QStringLiteral("threshold"), shown ? QJsonValue(rounded(gap.threshold)) : QJsonValue() },
        { QStringLiteral("verdict"), gapVerdictKey(gap.verdict) },
        { QStringLiteral("disagree"), gap.disagree },
    };
}

QString signedNumber(double value)
{
    const long n = std::lround(value);
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

// One line of `feedback show`: never a number about others below FeedbackLimits::MinRaters (the
// core gives none), and never a name.
QString gapLine(const ScoreGap &gap, const SkillModel &model)
{
    QStringList parts;
    parts.append(gap.self ? QCoreApplication::translate("FeedbackCommand", "self %1").arg(std::lround(*gap.self))
                          : QCoreApplication::translate("FeedbackCommand", "no self score"));
    if (gap.othersMean && gap.othersSpread)
        parts.append(QCoreApplication::translate("FeedbackCommand", "others %1 ± %2 (%n raters)", nullptr, gap.raters)
                         .arg(std::lround(*gap.othersMean))
                         .arg(std::lround(*gap.othersSpread)));
    QString verdict;
    switch (gap.verdict) {
    case GapVerdict::TooFewRaters:
        verdict = QCoreApplication::translate("FeedbackCommand", "too few raters (%1 of %2)")
                      .arg(gap.raters)
                      .arg(FeedbackLimits::MinRaters);
        break;
    case GapVerdict::NoSelf: break;
    case GapVerdict::WithinNoise:
        verdict = QCoreApplication::translate("FeedbackCommand", "gap %1 within noise (±%2)")
                      .arg(signedNumber(gap.gap().value_or(0)))
                      .arg(std::lround(gap.threshold));
        break;
    case GapVerdict::BlindSpot:
        verdict
            = QCoreApplication::translate("FeedbackCommand", "gap %1 beyond noise (±%2): blind spot, others see less")
                  .arg(signedNumber(gap.gap().value_or(0)))
                  .arg(std::lround(gap.threshold));
        break;
    case GapVerdict::HiddenStrength:
        verdict = QCoreApplication::translate("FeedbackCommand",
                                              "gap %1 beyond noise (±%2): hidden strength, others see more")
                      .arg(signedNumber(gap.gap().value_or(0)))
                      .arg(std::lround(gap.threshold));
        break;
    }
    QString line = QStringLiteral("  %1: %2").arg(gapName(gap, model), parts.join(QStringLiteral(", ")));
    if (!verdict.isEmpty())
        line += QStringLiteral("; ") + verdict;
    if (gap.disagree)
        line += QCoreApplication::translate("FeedbackCommand", "; raters disagree");
    return line + QLatin1Char('\n');
}

int show(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString problem;
    const auto ref = takeRound(args, QStringLiteral("feedback show"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!ref)
        return context.fail(ExitUsage, problem);

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto round = findRound(FeedbackRepository(*db.value()), *ref);
    if (!round)
        return context.fail(statusFor(round.failure()), round.failure());
    const SkillModel &model = SkillModel::builtin();
    const auto found = FeedbackService(*db.value(), model).results(round->id, QDateTime::currentDateTimeUtc());
    if (!found)
        return context.fail(ExitFailure, found.failure());
    const FeedbackRoundResults &shown = found.value();
    const FeedbackResults &results = shown.results;
    QUuid selfUuid;
    if (shown.selfAssessmentId) {
        const auto self = AssessmentRepository(*db.value()).get(*shown.selfAssessmentId);
        if (!self)
            return context.fail(ExitFailure, self.failure());
        selfUuid = self->uuid;
    }

    if (json) {
        QJsonObject roundObject = roundJson(shown.round, results.responses);
        roundObject.insert(QStringLiteral("note"), optionalText(shown.round.note));
        roundObject.insert(QStringLiteral("items"), QJsonArray::fromStringList(shown.round.itemIds));
        QJsonArray skills, poles, statements;
        for (const ScoreGap &gap : results.skills)
            skills.append(gapJson(gap, model));
        for (const ScoreGap &gap : results.poles)
            poles.append(gapJson(gap, model));
        for (const StatementMean &mean : results.statements)
            statements.append(QJsonObject { { QStringLiteral("id"), mean.itemId },
                                            { QStringLiteral("raters"), mean.raters },
                                            { QStringLiteral("mean_answer"), rounded(mean.meanAnswer) },
                                            { QStringLiteral("mean_score"), rounded(mean.meanScore) } });
        const QJsonObject object {
            { QStringLiteral("round"), roundObject },
            { QStringLiteral("self"),
              shown.selfAssessmentId
                  ? QJsonValue(QJsonObject { { QStringLiteral("assessment"), selfUuid.toString(QUuid::WithoutBraces) },
                                             { QStringLiteral("taken_at"), toSqlTime(shown.selfTakenAt) } })
                  : QJsonValue() },
            { QStringLiteral("min_raters"), FeedbackLimits::MinRaters },
            { QStringLiteral("named_raters"), QJsonArray::fromStringList(shown.namedRaters) },
            { QStringLiteral("leadership"),
              results.leadership ? QJsonValue(gapJson(*results.leadership, model)) : QJsonValue() },
            { QStringLiteral("management"),
              results.management ? QJsonValue(gapJson(*results.management, model)) : QJsonValue() },
            { QStringLiteral("skills"), skills },
            { QStringLiteral("poles"), poles },
            { QStringLiteral("statements"), statements },
        };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QTextStream &out = context.out;
    const FeedbackRound &r = shown.round;
    out << QCoreApplication::translate("FeedbackCommand", "Feedback round %1, created %2, %3\n")
               .arg(r.id)
               .arg(localDay(r.createdAt), statusKey(r));
    if (!r.askedBy.isEmpty())
        out << QCoreApplication::translate("FeedbackCommand", "About: %1\n").arg(r.askedBy);
    const int statements = static_cast<int>(r.itemIds.size());
    out << QCoreApplication::translate("FeedbackCommand", "Asked: %n statements; ", nullptr, statements)
        << responsesText(results.responses, r.invited) << '\n';
    if (shown.selfAssessmentId)
        out << QCoreApplication::translate("FeedbackCommand", "Self: your full assessment of %1\n")
                   .arg(localTime(shown.selfTakenAt));
    else
        out << QCoreApplication::translate("FeedbackCommand",
                                           "Self: no full assessment up to this round's end, so no gaps; take one "
                                           "with tandem-cli assess or in the app\n");
    if (!shown.namedRaters.isEmpty())
        out << QCoreApplication::translate("FeedbackCommand", "Named raters: %1\n")
                   .arg(shown.namedRaters.join(QStringLiteral(", ")));
    if (results.responses < FeedbackLimits::MinRaters)
        out << QCoreApplication::translate("FeedbackCommand",
                                           "Others' scores show from %1 raters on, so that no one answer can be "
                                           "recognised.\n")
                   .arg(FeedbackLimits::MinRaters);
    if (results.leadership || results.management) {
        out << QCoreApplication::translate("FeedbackCommand", "\nIndexes\n");
        for (const auto *gap : { &results.leadership, &results.management }) {
            if (*gap)
                out << gapLine(**gap, model);
        }
    }
    if (!results.skills.isEmpty()) {
        out << QCoreApplication::translate("FeedbackCommand", "\nSkills\n");
        for (const ScoreGap &gap : results.skills)
            out << gapLine(gap, model);
    }
    if (!results.poles.isEmpty()) {
        out << QCoreApplication::translate("FeedbackCommand", "\nPoles\n");
        for (const ScoreGap &gap : results.poles)
            out << gapLine(gap, model);
    }
    return ExitOk;
}

// `feedback close ROUND` and `feedback reopen ROUND`.
int setClosed(Arguments &args, const Context &context, bool closed)
{
    QString problem;
    const auto ref
        = takeRound(args, closed ? QStringLiteral("feedback close") : QStringLiteral("feedback reopen"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!ref)
        return context.fail(ExitUsage, problem);
    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto round = findRound(workspace.value()->feedback(), *ref);
    if (!round)
        return context.fail(statusFor(round.failure()), round.failure());
    // Closing again would move the time that decides which assessment is "self": leave it.
    if (round->closedAt.has_value() != closed) {
        if (Status set = workspace.value()->setFeedbackRoundClosed(round->id, closed); !set)
            return context.fail(ExitFailure, set.failure());
    }
    context.out << (closed ? QCoreApplication::translate("FeedbackCommand", "Feedback round %1 is closed.\n")
                           : QCoreApplication::translate("FeedbackCommand", "Feedback round %1 is open.\n"))
                       .arg(round->id);
    return ExitOk;
}

int remove(Arguments &args, const Context &context)
{
    QString problem;
    const auto ref = takeRound(args, QStringLiteral("feedback delete"), problem);
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!ref)
        return context.fail(ExitUsage, problem);
    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto round = findRound(workspace.value()->feedback(), *ref);
    if (!round)
        return context.fail(statusFor(round.failure()), round.failure());
    const auto removed = workspace.value()->removeFeedbackRound(round->id);
    if (!removed)
        return context.fail(ExitFailure, removed.failure());
    const int responses = static_cast<int>(removed->responses.size());
    context.out << QCoreApplication::translate("FeedbackCommand", "Deleted feedback round %1 with its %n responses.\n",
                                               nullptr, responses)
                       .arg(round->id);
    return ExitOk;
}

} // namespace

int runFeedback(Arguments &args, const Context &context)
{
    const auto sub = args.takePositional();
    if (!sub)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("FeedbackCommand",
                                                        "feedback needs one of: new, form, import, list, show, close, "
                                                        "reopen, delete"));
    if (*sub == QLatin1String("new"))
        return create(args, context);
    if (*sub == QLatin1String("form"))
        return form(args, context);
    if (*sub == QLatin1String("import"))
        return import(args, context);
    if (*sub == QLatin1String("list"))
        return list(args, context);
    if (*sub == QLatin1String("show"))
        return show(args, context);
    if (*sub == QLatin1String("close"))
        return setClosed(args, context, true);
    if (*sub == QLatin1String("reopen"))
        return setClosed(args, context, false);
    if (*sub == QLatin1String("delete"))
        return remove(args, context);
    return context.fail(ExitUsage,
                        QCoreApplication::translate("FeedbackCommand",
                                                    "unknown feedback command \"%1\"; choose new, form, import, list, "
                                                    "show, close, reopen or delete")
                            .arg(sub->left(RecordLimits::MaxIdLength)));
}

} // namespace tandem::cli
