#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "answervalidator.h"
#include "database.h"
#include "inputreader.h"
#include "isotime.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace tandem::cli {

using namespace tandem::core;

namespace {

constexpr qint64 MaxAnswersFileBytes = 1024 * 1024;

// Reads the answers file ("-" for standard input), refusing anything that is not exactly
// {"answers": {"ITEM_ID": 1..5, ...}}.
Result<Answers> readAnswers(const QString &path)
{
    const bool fromStdin = path == QLatin1String("-");
    Result<QByteArray> read = Error{};
    if (fromStdin) {
        QFile file;
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error {
                QCoreApplication::translate("AssessCommand", "cannot read standard input: %1").arg(file.errorString())
            };
        read = InputReader::read(file, MaxAnswersFileBytes,
                                 QCoreApplication::translate("AssessCommand", "standard input"),
                                 InputReader::NulBytes::Refused);
    } else {
        read = InputReader::readFile(path, MaxAnswersFileBytes, InputReader::NulBytes::Refused);
    }
    if (!read)
        return Error{QStringLiteral("--answers: ") + read.error()};
    const QByteArray &data = read.value();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate("AssessCommand", "%1 is not valid JSON: %2 at byte %3")
                           .arg(path, parseError.errorString())
                           .arg(parseError.offset) };
    if (!doc.isObject() || !doc.object().value(QLatin1String("answers")).isObject())
        return Error { QCoreApplication::translate("AssessCommand",
                                                   "%1 must hold {\"answers\": {\"ITEM_ID\": 1..5, ...}}")
                           .arg(path) };
    const QJsonObject answers = doc.object().value(QLatin1String("answers")).toObject();
    Answers result;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value != std::floor(value) || value < 1 || value > 5)
            return Error { QCoreApplication::translate(
                               "AssessCommand",
                               "\"%1\": the answer must be a whole number from 1 (never) to 5 (always)")
                               .arg(it.key()) };
        result.insert(it.key(), static_cast<int>(value));
    }
    return result;
}

} // namespace

int runAssess(Arguments &args, const Context &context)
{
    const auto file = args.takeValue(QStringLiteral("--answers"));
    const auto kindText = args.takeValue(QStringLiteral("--kind"));
    const auto at = args.takeValue(QStringLiteral("--at"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!file)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("AssessCommand",
                                        "assess needs --answers FILE (JSON: {\"answers\": {\"ITEM_ID\": 1..5}})"));
    const auto kind = assessmentKindFromKey(kindText.value_or(QStringLiteral("full")));
    if (!kind)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("AssessCommand", "--kind must be full or pulse, not \"%1\"").arg(*kindText));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime takenAt = now;
    if (at) {
        const auto parsed = IsoTime::parseDateOrDateTime(*at);
        if (!parsed)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("AssessCommand",
                                            "--at must be a date and time such as 2026-11-30T09:30:00Z, not \"%1\": %2")
                    .arg(*at, parsed.error()));
        takenAt = parsed.value();
        if (takenAt > now.addSecs(24 * 3600))
            return context.fail(ExitUsage,
                                QCoreApplication::translate("AssessCommand", "--at %1 is in the future").arg(*at));
        if (takenAt.date().year() < 1970)
            return context.fail(ExitUsage,
                                QCoreApplication::translate("AssessCommand", "--at %1 is before 1970").arg(*at));
    }

    const auto answers = readAnswers(*file);
    if (!answers)
        return context.fail(ExitUsage, answers.error());

    const SkillModel &model = SkillModel::builtin();
    Assessment assessment;
    assessment.kind = *kind;
    assessment.modelVersion = model.version;
    assessment.takenAt = takenAt.toUTC();
    assessment.answers = answers.value();
    // Check the answers before touching the data folder, so bad input changes nothing at all.
    if (Status valid = AnswerValidator(model).validate(*kind, assessment.answers); !valid)
        return context.fail(ExitUsage, valid.error());

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto id = workspace.value()->recordAssessment(assessment);
    if (!id)
        return context.fail(ExitFailure, id.error());
    const auto result = workspace.value()->profiles().result(id.value());
    if (!result)
        return context.fail(ExitFailure, result.error());
    const Profile &p = result->profile;
    // Whole sentences for each kind, so that a translation is never built from pieces.
    const QString uuid = result->assessment.uuid.toString(QUuid::WithoutBraces);
    const QString taken = assessment.takenAt.toString(Qt::ISODate);
    context.out << (*kind == AssessmentKind::Full
                            ? QCoreApplication::translate("AssessCommand", "Stored the full assessment %1 taken %2")
                            : QCoreApplication::translate("AssessCommand", "Stored the pulse %1 taken %2"))
                           .arg(uuid, taken);
    if (p.leadership && p.management && p.label)
        context.out << QCoreApplication::translate("AssessCommand", ": leadership %1, management %2. %3.")
                           .arg(std::lround(*p.leadership))
                           .arg(std::lround(*p.management))
                           .arg(p.label->text());
    context.out << Qt::endl;
    return ExitOk;
}

} // namespace tandem::cli
