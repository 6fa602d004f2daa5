// Colleagues' feedback rounds in Tandem's JSON: a round comes back exactly with every response and
// its seal, the same file imported twice adds nothing, a response that arrived later joins its
// round, and a file whose responses were edited, or whose round or response claims an id it does
// not own, is refused whole while the store stays as it was.
#include "database.h"
#include "exchangerepository.h"
#include "exportwriter.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "importer.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

std::unique_ptr<Database> openStore(const QString &dir)
{
    auto db = Database::open(dir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    return db.ok() ? std::move(db).value() : nullptr;
}

ExchangeData readAll(const Database &db)
{
    auto data = ExchangeRepository(db).readAll();
    EXPECT_TRUE(data.ok()) << qPrintable(data.error());
    return data.ok() ? data.value() : ExchangeData();
}

QByteArray dump(const Database &db)
{
    return TandemJson::write(readAll(db));
}

// A response as the round's form makes it: every statement answered (some "can't say") and sealed
// with the round's key.
FeedbackResponse response(const FeedbackRound &round, const char *id, const QString &rater, int shift,
                          const QDateTime &received)
{
    FeedbackResponse r;
    r.uuid = uuid(id);
    r.rater = rater;
    r.receivedAt = received;
    int i = shift;
    for (const QString &item : round.itemIds) {
        if (i % 7 == 3)
            r.answers.insert(item, std::nullopt);
        else
            r.answers.insert(item, i % 5 + 1);
        ++i;
    }
    r.seal = FeedbackResponseFile::seal(round.sealKey, { round.uuid, round.modelVersion, r });
    return r;
}

// Two rounds: a closed one about three skills with three raters (one anonymous), and an open one
// asking every statement, with an invited count, a note in several scripts and one response.
ExchangeData rounds()
{
    const SkillModel &model = SkillModel::builtin();
    ExchangeData data;

    ExchangeFeedbackRound first;
    first.round.uuid = uuid("5eed0001-0000-4000-8000-000000000001");
    first.round.createdAt = utc(2026, 3, 1, 8, 30, 15);
    first.round.modelVersion = model.version;
    first.round.askedBy = QStringLiteral("Ada");
    first.round.sealKey = QByteArray(32, '\x11');
    first.round.itemIds
        = feedbackItemsFor(model,
                           { QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence"),
                             QStringLiteral("problem-solving-decisions") },
                           {})
              .value();
    first.round.closedAt = utc(2026, 3, 20, 17);
    first.responses = { response(first.round, "5eed0001-0000-4000-8000-0000000000a1", QString(), 0, utc(2026, 3, 3)),
                        response(first.round, "5eed0001-0000-4000-8000-0000000000a2", QStringLiteral("Grace Hopper"), 2,
                                 utc(2026, 3, 4)),
                        response(first.round, "5eed0001-0000-4000-8000-0000000000a3", QString(), 4, utc(2026, 3, 4)) };
    data.feedbackRounds.append(first);

    ExchangeFeedbackRound second;
    second.round.uuid = uuid("5eed0002-0000-4000-8000-000000000002");
    second.round.createdAt = utc(2026, 9, 1);
    second.round.modelVersion = model.version;
    second.round.note = QStringLiteral("Merci ☕ — שלום, honest answers help most.\nSecond line.");
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(char(i * 7 + 3));
    second.round.sealKey = key;
    second.round.itemIds = feedbackItemsFor(model, {}, {}).value();
    second.round.invited = 6;
    second.responses = { response(second.round, "5eed0002-0000-4000-8000-0000000000b1", QStringLiteral("Lin"), 1,
                                  utc(2026, 9, 2, 12)) };
    data.feedbackRounds.append(second);
    return data;
}

void expectSame(const QList<ExchangeFeedbackRound> &actual, const QList<ExchangeFeedbackRound> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FeedbackRound &a = actual.at(i).round;
        const FeedbackRound &e = expected.at(i).round;
        EXPECT_EQ(a.uuid, e.uuid);
        EXPECT_EQ(a.createdAt, e.createdAt);
        EXPECT_EQ(a.modelVersion, e.modelVersion);
        EXPECT_EQ(a.askedBy, e.askedBy);
        EXPECT_EQ(a.note, e.note);
        EXPECT_EQ(a.sealKey, e.sealKey);
        EXPECT_EQ(a.itemIds, e.itemIds);
        EXPECT_EQ(a.invited, e.invited);
        EXPECT_EQ(a.closedAt, e.closedAt);
        ASSERT_EQ(actual.at(i).responses.size(), expected.at(i).responses.size());
        for (qsizetype j = 0; j < expected.at(i).responses.size(); ++j) {
            const FeedbackResponse &ar = actual.at(i).responses.at(j);
            const FeedbackResponse &er = expected.at(i).responses.at(j);
            EXPECT_EQ(ar.uuid, er.uuid);
            EXPECT_EQ(ar.rater, er.rater);
            EXPECT_EQ(ar.receivedAt, er.receivedAt);
            EXPECT_EQ(ar.seal, er.seal);
            EXPECT_EQ(ar.answers, er.answers);
        }
    }
}

class ExchangeFeedbackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openStore(dir.path());
        ASSERT_TRUE(db);
    }

    ImportReport importInto(const Database &target, const ExchangeData &data, bool dryRun = false)
    {
        auto report = Importer(target).run(data, dryRun);
        EXPECT_TRUE(report.ok()) << qPrintable(report.error());
        return report.ok() ? report.value() : ImportReport();
    }

    // The import's refusal; the store must be as it was.
    QString refusal(const ExchangeData &data)
    {
        const QByteArray before = dump(*db);
        auto report = Importer(*db).run(data, false);
        EXPECT_FALSE(report.ok()) << "imported: " << qPrintable(report.ok() ? report->summary() : QString());
        EXPECT_EQ(dump(*db), before) << "a refused import changed the store";
        return report.ok() ? QString() : report.error();
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

TEST_F(ExchangeFeedbackTest, RoundsWithTheirResponsesComeBackExactly)
{
    const ExchangeData data = rounds();
    const ImportReport report = importInto(*db, data);
    EXPECT_EQ(report.feedbackRounds.added, 2);
    EXPECT_EQ(report.feedbackResponses.added, 4);
    EXPECT_NE(report.summary().indexOf(QStringLiteral("2 feedback rounds")), -1) << qPrintable(report.summary());
    expectSame(readAll(*db).feedbackRounds, data.feedbackRounds);

    // Each stored response still checks against its stored round, as an imported file does.
    const FeedbackRepository feedback(*db);
    const auto list = feedback.list();
    ASSERT_TRUE(list.ok());
    for (const FeedbackRoundSummary &summary : list.value()) {
        const auto responses = feedback.responses(summary.round.id);
        ASSERT_TRUE(responses.ok());
        for (const FeedbackResponse &r : responses.value())
            EXPECT_TRUE(FeedbackResponseFile::check({ summary.round.uuid, summary.round.modelVersion, r },
                                                    summary.round, QStringLiteral("stored"))
                            .ok());
    }
}

TEST_F(ExchangeFeedbackTest, TheJsonFileKeepsEveryFieldOfARound)
{
    const ExchangeData data = rounds();
    const QByteArray bytes = TandemJson::write(data);
    auto read = TandemJson::read(bytes);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    expectSame(read->feedbackRounds, data.feedbackRounds);

    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QLatin1String("format_version")).toInt(), 3);
    const QJsonArray list = root.value(QLatin1String("feedback_rounds")).toArray();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    EXPECT_EQ(first.value(QLatin1String("uuid")).toString(), QStringLiteral("5eed0001-0000-4000-8000-000000000001"));
    EXPECT_EQ(first.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-03-01T08:30:15Z"));
    EXPECT_EQ(first.value(QLatin1String("closed_at")).toString(), QStringLiteral("2026-03-20T17:00:00Z"));
    EXPECT_EQ(first.value(QLatin1String("asked_by")).toString(), QStringLiteral("Ada"));
    EXPECT_TRUE(first.value(QLatin1String("invited")).isNull());
    EXPECT_EQ(first.value(QLatin1String("seal_key")).toString(),
              QString::fromLatin1(
                  QByteArray(32, '\x11').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    const QJsonObject answers
        = first.value(QLatin1String("responses")).toArray().at(0).toObject().value(QLatin1String("answers")).toObject();
    int cantSay = 0;
    for (const QJsonValue &v : answers)
        cantSay += v.isNull() ? 1 : 0;
    EXPECT_GT(cantSay, 0) << "\"can't say\" is written as null";
    EXPECT_EQ(list.at(1).toObject().value(QLatin1String("invited")).toInt(), 6);
    EXPECT_TRUE(list.at(1).toObject().value(QLatin1String("closed_at")).isNull());
}

TEST_F(ExchangeFeedbackTest, ExportImportExportGivesTheSameBytes)
{
    importInto(*db, rounds());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("export.json"));
    const auto written = ExportWriter::write(*db, SkillModel::builtin(), ExportFormat::Json, file);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());

    // Into an empty store through the streaming reader, as the app and the CLI import.
    TempDataDir other;
    auto second = openStore(other.path());
    ASSERT_TRUE(second);
    auto records = TandemJson::open(file);
    ASSERT_TRUE(records.ok()) << qPrintable(records.error());
    EXPECT_EQ(records.value()->count(), 2);
    auto report = Importer(*second).run(*records.value(), false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_EQ(report->feedbackResponses.added, 4);

    const QString again = QDir(other.path()).filePath(QStringLiteral("again.json"));
    ASSERT_TRUE(ExportWriter::write(*second, SkillModel::builtin(), ExportFormat::Json, again).ok());
    QFile a(file), b(again);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    EXPECT_EQ(bytes, b.readAll());
    EXPECT_EQ(bytes, dump(*db)) << "the streaming writer and write() give the same bytes";
}

TEST_F(ExchangeFeedbackTest, ImportingTheSameRoundsTwiceAddsNothing)
{
    importInto(*db, rounds());
    const QByteArray before = dump(*db);
    const ImportReport again = importInto(*db, rounds());
    EXPECT_EQ(again.feedbackRounds.added, 0);
    EXPECT_EQ(again.feedbackRounds.unchanged, 2);
    EXPECT_EQ(again.feedbackResponses.unchanged, 4);
    EXPECT_EQ(again.changes(), 0);
    EXPECT_EQ(dump(*db), before);
}

TEST_F(ExchangeFeedbackTest, AResponseThatArrivedLaterJoinsItsRound)
{
    ExchangeData older = rounds();
    older.feedbackRounds[0].responses.removeLast();
    importInto(*db, older);

    const ImportReport report = importInto(*db, rounds());
    EXPECT_EQ(report.feedbackRounds.unchanged, 2);
    EXPECT_EQ(report.feedbackResponses.added, 1);
    EXPECT_EQ(report.feedbackResponses.unchanged, 3);
    expectSame(readAll(*db).feedbackRounds, rounds().feedbackRounds);
}

TEST_F(ExchangeFeedbackTest, YourClosedOrOpenRoundIsKeptAndTheReportSaysSo)
{
    importInto(*db, rounds());
    ExchangeData reopened = rounds();
    reopened.feedbackRounds[0].round.closedAt.reset();
    const ImportReport report = importInto(*db, reopened);
    EXPECT_EQ(report.feedbackRounds.skipped, 1);
    ASSERT_EQ(report.notes.size(), 1);
    EXPECT_NE(report.notes.at(0).indexOf(QStringLiteral("closed")), -1) << qPrintable(report.notes.at(0));
    EXPECT_EQ(readAll(*db).feedbackRounds.at(0).round.closedAt, utc(2026, 3, 20, 17));
}

TEST_F(ExchangeFeedbackTest, AnEditedAnswerRefusesTheWholeImport)
{
    ExchangeData data = rounds();
    FeedbackResponse &edited = data.feedbackRounds[0].responses[1];
    const QString item = data.feedbackRounds[0].round.itemIds.first();
    edited.answers[item] = edited.answers.value(item).value_or(1) % 5 + 1;
    const QString why = refusal(data);
    EXPECT_NE(why.indexOf(QStringLiteral("changed after it was made")), -1) << qPrintable(why);
    EXPECT_NE(why.indexOf(QStringLiteral("5eed0001-0000-4000-8000-0000000000a2")), -1) << qPrintable(why);
    EXPECT_NE(why.indexOf(QStringLiteral("Nothing was imported")), -1) << qPrintable(why);
    EXPECT_TRUE(readAll(*db).feedbackRounds.isEmpty());
}

TEST_F(ExchangeFeedbackTest, AnEditedRaterNameOrAMissingStatementIsRefused)
{
    ExchangeData renamed = rounds();
    renamed.feedbackRounds[0].responses[1].rater = QStringLiteral("Someone Else");
    EXPECT_NE(refusal(renamed).indexOf(QStringLiteral("changed after it was made")), -1);

    ExchangeData missing = rounds();
    missing.feedbackRounds[1].responses[0].answers.remove(missing.feedbackRounds[1].round.itemIds.last());
    EXPECT_NE(refusal(missing).indexOf(QStringLiteral("has no answer for the statement")), -1);

    ExchangeData outOfRange = rounds();
    outOfRange.feedbackRounds[1].responses[0].answers[outOfRange.feedbackRounds[1].round.itemIds.first()] = 6;
    EXPECT_NE(refusal(outOfRange).indexOf(QStringLiteral("answers go from 1 to 5")), -1);
}

TEST_F(ExchangeFeedbackTest, ADifferentRoundUnderAStoredIdIsRefused)
{
    importInto(*db, rounds());
    ExchangeData other = rounds();
    other.feedbackRounds[0].round.askedBy = QStringLiteral("Bea"); // the seal does not cover the name asked about
    const QString why = refusal(other);
    EXPECT_NE(why.indexOf(QStringLiteral("claims the id of a different feedback round")), -1) << qPrintable(why);
}

TEST_F(ExchangeFeedbackTest, AResponseUnderTheIdOfAnotherRoundsResponseIsRefused)
{
    importInto(*db, rounds());
    ExchangeData data = rounds();
    // The second round's response, moved to the first round under its own id, sealed properly.
    FeedbackResponse moved = data.feedbackRounds[1].responses[0];
    FeedbackRound &first = data.feedbackRounds[0].round;
    moved = response(first, "5eed0002-0000-4000-8000-0000000000b1", QStringLiteral("Lin"), 1, utc(2026, 9, 2, 12));
    data.feedbackRounds[0].responses.append(moved);
    data.feedbackRounds[1].responses.clear();
    const QString why = refusal(data);
    EXPECT_NE(why.indexOf(QStringLiteral("belongs to a response to another feedback round")), -1) << qPrintable(why);
}

TEST_F(ExchangeFeedbackTest, ARoundWithTheIdOfAnotherKindOfRecordIsRefused)
{
    ExchangeData data;
    ExchangeAssessment a;
    a.assessment.uuid = uuid("5eed0001-0000-4000-8000-000000000001");
    a.assessment.kind = AssessmentKind::Pulse;
    a.assessment.modelVersion = SkillModel::builtin().version;
    a.assessment.takenAt = utc(2026, 1, 1);
    a.assessment.answers = { { QStringLiteral("pulse.visionary-thinking"), 3 } };
    data.assessments.append(a);
    importInto(*db, data);

    const QString why = refusal(rounds());
    EXPECT_NE(why.indexOf(QStringLiteral("belongs to an assessment")), -1) << qPrintable(why);

    // Within one file the reader refuses the id used twice.
    ExchangeData both = rounds();
    both.assessments.append(a);
    auto read = TandemJson::read(TandemJson::write(both));
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().indexOf(QStringLiteral("used twice")), -1) << qPrintable(read.error());
}

TEST_F(ExchangeFeedbackTest, TheReaderRefusesAMalformedRoundNamingTheField)
{
    const QByteArray good = TandemJson::write(rounds());
    auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray list = root.value(QLatin1String("feedback_rounds")).toArray();
        QJsonObject round = list.at(0).toObject();
        edit(round);
        list.replace(0, round);
        root.insert(QStringLiteral("feedback_rounds"), list);
        auto read = TandemJson::read(QJsonDocument(root).toJson());
        EXPECT_FALSE(read.ok());
        return read.ok() ? QString() : read.error();
    };
    auto expectNamed = [](const QString &why, const char *field) {
        EXPECT_NE(why.indexOf(QStringLiteral("feedback round 1")), -1) << qPrintable(why);
        EXPECT_NE(why.indexOf(QLatin1String(field)), -1) << qPrintable(why);
    };
    expectNamed(edited([](QJsonObject &r) { r.insert(QStringLiteral("seal_key"), QStringLiteral("short")); }),
                "\"seal_key\"");
    expectNamed(edited([](QJsonObject &r) { r.insert(QStringLiteral("statements"), QJsonArray()); }), "\"statements\"");
    expectNamed(edited([](QJsonObject &r) { r.insert(QStringLiteral("invited"), 0); }), "\"invited\"");
    expectNamed(edited([](QJsonObject &r) { r.insert(QStringLiteral("asked_by"), QString(101, QLatin1Char('a'))); }),
                "\"asked_by\"");
    expectNamed(edited([](QJsonObject &r) { r.insert(QStringLiteral("colour"), QStringLiteral("red")); }), "colour");
    expectNamed(edited([](QJsonObject &r) {
                    QJsonArray responses = r.value(QLatin1String("responses")).toArray();
                    QJsonObject first = responses.at(0).toObject();
                    QJsonObject answers = first.value(QLatin1String("answers")).toObject();
                    answers.insert(answers.begin().key(), 4.5);
                    first.insert(QStringLiteral("answers"), answers);
                    responses.replace(0, first);
                    r.insert(QStringLiteral("responses"), responses);
                }),
                "response 1");
    expectNamed(edited([](QJsonObject &r) {
                    QJsonArray responses = r.value(QLatin1String("responses")).toArray();
                    QJsonObject first = responses.at(0).toObject();
                    first.insert(QStringLiteral("seal"), QStringLiteral("not a seal"));
                    responses.replace(0, first);
                    r.insert(QStringLiteral("responses"), responses);
                }),
                "\"seal\"");
}

TEST_F(ExchangeFeedbackTest, AnOlderFormatVersionKnowsNoRounds)
{
    QJsonObject root = QJsonDocument::fromJson(TandemJson::write(rounds())).object();
    root.insert(QStringLiteral("format_version"), 2);
    auto read = TandemJson::read(QJsonDocument(root).toJson());
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().indexOf(QStringLiteral("feedback_rounds")), -1) << qPrintable(read.error());

    root.remove(QStringLiteral("feedback_rounds"));
    EXPECT_TRUE(TandemJson::read(QJsonDocument(root).toJson()).ok());
}

} // namespace
