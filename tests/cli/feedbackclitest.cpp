// `tandem-cli feedback …` run as a user runs it: a round started, its form written, colleagues'
// response files (sealed here as the form seals them) imported, and the results read by the gap
// rules; bad files refused with nothing stored.
#include "clirunner.h"
#include "database.h"
#include "feedback.h"
#include "feedbackform.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "qtprinters.h"
#include "skillmodel.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace tandem::core;
using tandem::test::CliOutput;
using tandem::test::CliRunner;

namespace {

// The answer that gives an item the score wanted (0, 25, 50, 75 or 100), reverse keying applied.
int answerFor(const Item &item, int score)
{
    const int keyed = score / 25 + 1;
    return item.reverse ? 6 - keyed : keyed;
}

class FeedbackCliTest : public CliRunner
{
protected:
    const SkillModel &model = SkillModel::builtin();

    // The skill statement with this id, or nothing.
    const Item *item(const QString &id) const
    {
        for (const Skill &skill : model.skills) {
            for (const Item &it : skill.items) {
                if (it.id == id)
                    return &it;
            }
        }
        return nullptr; // the tests ask skills' statements only
    }

    QString file(const QString &name) const { return QDir(data.root()).filePath(name); }

    QJsonObject newRound(const QStringList &options = {})
    {
        const CliOutput r = run(
            QStringList { QStringLiteral("feedback"), QStringLiteral("new"), QStringLiteral("--json") } + options);
        EXPECT_CLI_EXIT(r, 0);
        return r.json().object();
    }

    QJsonArray listRounds()
    {
        const CliOutput r = run({ QStringLiteral("feedback"), QStringLiteral("list"), QStringLiteral("--json") });
        EXPECT_CLI_EXIT(r, 0);
        return r.json().array();
    }

    QJsonObject showRound(qint64 id)
    {
        const CliOutput r = run(
            { QStringLiteral("feedback"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        EXPECT_CLI_EXIT(r, 0);
        return r.json().object();
    }

    int storedResponses()
    {
        auto db = Database::open(data.path());
        EXPECT_TRUE(db.ok()) << qPrintable(db.error());
        if (!db)
            return -1;
        const auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM feedback_responses"));
        const auto answers = db.value()->scalar(QStringLiteral("SELECT count(*) FROM feedback_answers"));
        EXPECT_TRUE(n.ok() && answers.ok());
        return n.ok() ? n.value().toInt() : -1;
    }

    // The round as the store holds it (with its seal key), read the way the app reads it.
    FeedbackRound storedRound(qint64 id)
    {
        auto db = Database::open(data.path());
        EXPECT_TRUE(db.ok()) << qPrintable(db.error());
        if (!db)
            return {};
        const auto round = FeedbackRepository(*db.value()).round(id);
        EXPECT_TRUE(round.ok()) << qPrintable(round.error());
        return round.ok() ? round.value() : FeedbackRound {};
    }

    // A response file exactly as the round's form makes one: every statement asked, sealed with
    // the round's key. `scores` gives each statement's score (0–100); missing ones are "can't say".
    QString writeResponse(const FeedbackRound &round, const QString &name, const QString &rater,
                          const QMap<QString, int> &scores)
    {
        FeedbackResponseFile::Contents contents;
        contents.round = round.uuid;
        contents.modelVersion = round.modelVersion;
        contents.response.uuid = QUuid::createUuid();
        contents.response.rater = rater;
        QJsonObject answers;
        for (const QString &id : round.itemIds) {
            const Item *item = this->item(id);
            EXPECT_NE(item, nullptr) << qPrintable(id);
            if (item && scores.contains(id)) {
                contents.response.answers.insert(id, answerFor(*item, scores.value(id)));
                answers.insert(id, answerFor(*item, scores.value(id)));
            } else {
                contents.response.answers.insert(id, std::nullopt);
                answers.insert(id, QJsonValue::Null);
            }
        }
        const QJsonObject object {
            { QStringLiteral("format"), QStringLiteral("tandem-feedback-response") },
            { QStringLiteral("format_version"), FeedbackResponseFile::FormatVersion },
            { QStringLiteral("round"), round.uuid.toString(QUuid::WithoutBraces) },
            { QStringLiteral("response"), contents.response.uuid.toString(QUuid::WithoutBraces) },
            { QStringLiteral("model_version"), round.modelVersion },
            { QStringLiteral("rater"), rater },
            { QStringLiteral("answers"), answers },
            { QStringLiteral("seal"), QString::fromLatin1(FeedbackResponseFile::seal(round.sealKey, contents)) },
        };
        const QString path = file(name);
        tandem::test::writeFile(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
        return path;
    }

    // Every statement of the skills named, at one score.
    QMap<QString, int> skillScores(const QMap<QString, int> &perSkill) const
    {
        QMap<QString, int> scores;
        for (auto it = perSkill.cbegin(); it != perSkill.cend(); ++it) {
            for (const Item &item : model.skill(it.key())->items)
                scores.insert(item.id, it.value());
        }
        return scores;
    }

    // A full self-assessment: the skills named at their score, every other statement at 50.
    void assessSelf(const QMap<QString, int> &perSkill)
    {
        const QMap<QString, int> scores = skillScores(perSkill);
        QJsonObject answers;
        for (const Item &item : model.fullAssessmentItems())
            answers.insert(item.id, answerFor(item, scores.value(item.id, 50)));
        const QString path = file(QStringLiteral("self.json"));
        tandem::test::writeFile(path, QJsonDocument(QJsonObject { { QStringLiteral("answers"), answers } }).toJson());
        EXPECT_CLI_EXIT(run({ QStringLiteral("assess"), QStringLiteral("--answers"), path }), 0);
    }

    CliOutput import(const QStringList &files, bool json = false)
    {
        QStringList args { QStringLiteral("feedback"), QStringLiteral("import") };
        if (json)
            args.append(QStringLiteral("--json"));
        return run(args + files);
    }

    static QJsonObject gapOf(const QJsonObject &shown, const QString &section, const QString &id)
    {
        for (const QJsonValue &gap : shown.value(section).toArray()) {
            if (gap[QLatin1String("id")].toString() == id)
                return gap.toObject();
        }
        ADD_FAILURE() << "no " << qPrintable(section) << " " << qPrintable(id);
        return {};
    }
};

} // namespace

TEST_F(FeedbackCliTest, ANewRoundAsksEveryStatementAndSaysWhatToDoNext)
{
    const CliOutput plain = run({ QStringLiteral("feedback"), QStringLiteral("new") });
    EXPECT_CLI_EXIT(plain, 0);
    EXPECT_TRUE(plain.text().startsWith(QLatin1String("Created feedback round 1 ("))) << qPrintable(plain.text());
    EXPECT_TRUE(plain.text().contains(QLatin1String("52 statements"))) << qPrintable(plain.text());
    EXPECT_TRUE(plain.text().contains(QLatin1String("feedback form 1 --output feedback-1.html")))
        << qPrintable(plain.text());

    const QJsonObject round = newRound();
    EXPECT_EQ(round.value(QLatin1String("id")).toInteger(), 2);
    EXPECT_FALSE(QUuid::fromString(round.value(QLatin1String("uuid")).toString()).isNull());
    EXPECT_EQ(round.value(QLatin1String("statements")).toInt(), static_cast<int>(model.fullAssessmentItems().size()));
    EXPECT_EQ(round.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(round.value(QLatin1String("about")).isNull());
    EXPECT_TRUE(round.value(QLatin1String("invited")).isNull());
    EXPECT_EQ(round.value(QLatin1String("responses")).toInt(-1), 0);
    EXPECT_EQ(round.value(QLatin1String("model_version")).toString(), model.version);
    EXPECT_EQ(storedRound(2).itemIds, feedbackItemsFor(model, {}, {}).value());

    const QJsonArray rounds = listRounds();
    ASSERT_EQ(rounds.size(), 2);
    EXPECT_EQ(rounds.at(0)[QLatin1String("id")].toInteger(), 2) << "newest first";
    EXPECT_EQ(rounds.at(1)[QLatin1String("id")].toInteger(), 1);
}

TEST_F(FeedbackCliTest, ANewRoundAsksTheChosenSkillsAndContrastsWithItsNote)
{
    const QStringList skills { QStringLiteral("visionary-thinking"), QStringLiteral("organisational-efficiency") };
    ASSERT_NE(model.skill(skills.at(1)), nullptr);
    const QJsonObject round = newRound(
        { QStringLiteral("--skills"), skills.join(QLatin1Char(',')), QStringLiteral("--contrasts"),
          QStringLiteral("vision-execution"), QStringLiteral("--note"), QStringLiteral("Thank you!\nBe frank."),
          QStringLiteral("--about"), QStringLiteral("Ada"), QStringLiteral("--invited"), QStringLiteral("5") });
    const qint64 id = round.value(QLatin1String("id")).toInteger();
    const QStringList expected = feedbackItemsFor(model, skills, { QStringLiteral("vision-execution") }).value();
    EXPECT_EQ(round.value(QLatin1String("statements")).toInt(), expected.size());
    EXPECT_EQ(round.value(QLatin1String("about")).toString(), QStringLiteral("Ada"));
    EXPECT_EQ(round.value(QLatin1String("invited")).toInt(), 5);
    const FeedbackRound stored = storedRound(id);
    EXPECT_EQ(stored.itemIds, expected);
    EXPECT_EQ(stored.note, QStringLiteral("Thank you!\nBe frank."));
    EXPECT_EQ(stored.askedBy, QStringLiteral("Ada"));

    const QJsonObject shown = showRound(id);
    EXPECT_EQ(shown[QLatin1String("round")][QLatin1String("note")].toString(), QStringLiteral("Thank you!\nBe frank."));
    EXPECT_EQ(shown[QLatin1String("round")][QLatin1String("items")].toArray().size(), expected.size());
    // Two skills asked, then both poles of one contrast.
    EXPECT_EQ(shown.value(QLatin1String("skills")).toArray().size(), 2);
    const QJsonArray poles = shown.value(QLatin1String("poles")).toArray();
    ASSERT_EQ(poles.size(), 2);
    EXPECT_EQ(poles.at(0)[QLatin1String("id")].toString(), QStringLiteral("vision-execution:lead"));
    EXPECT_EQ(poles.at(1)[QLatin1String("id")].toString(), QStringLiteral("vision-execution:manage"));

    const CliOutput listed = run({ QStringLiteral("feedback"), QStringLiteral("list") });
    EXPECT_CLI_EXIT(listed, 0);
    EXPECT_TRUE(listed.text().contains(QLatin1String("open    about Ada, ") + QString::number(expected.size())
                                       + QLatin1String(" statements, 0 responses of 5 invited")))
        << qPrintable(listed.text());
}

TEST_F(FeedbackCliTest, AKeyThatIsNotInTheModelIsRefusedByNameAndNothingIsStored)
{
    const QString feedback = QStringLiteral("feedback"), create = QStringLiteral("new");
    expectRefused({ feedback, create, QStringLiteral("--skills"), QStringLiteral("visionary-thinking,juggling") },
                  QStringLiteral("--skills: there is no skill \"juggling\""));
    expectRefused({ feedback, create, QStringLiteral("--skills"), QStringLiteral("vision-execution") },
                  QStringLiteral("give it with --contrasts"));
    expectRefused({ feedback, create, QStringLiteral("--contrasts"), QStringLiteral("tea-coffee") },
                  QStringLiteral("--contrasts: there is no contrast \"tea-coffee\""));
    expectRefused({ feedback, create, QStringLiteral("--contrasts"), QStringLiteral("vision-execution:lead") },
                  QStringLiteral("give \"vision-execution\""));
    expectRefused({ feedback, create, QStringLiteral("--skills"), QStringLiteral(",") }, QStringLiteral("--skills"));
    expectRefused({ feedback, create, QStringLiteral("--invited"), QStringLiteral("0") }, QStringLiteral("--invited"));
    expectRefused({ feedback, create, QStringLiteral("--invited"), QStringLiteral("many") },
                  QStringLiteral("--invited"));
    expectRefused({ feedback, create, QStringLiteral("--about"), QString(101, QLatin1Char('a')) },
                  QStringLiteral("--about"));
    expectRefused({ feedback, create, QStringLiteral("--note"), QString(4001, QLatin1Char('a')) },
                  QStringLiteral("--note"));
    expectRefused({ feedback, QStringLiteral("show"), QStringLiteral("7") },
                  QStringLiteral("There is no feedback round with the id 7"));
    expectRefused({ feedback, QStringLiteral("show"), QStringLiteral("latest") }, QStringLiteral("ROUND"));
    expectRefused({ feedback, QStringLiteral("frobnicate") }, QStringLiteral("frobnicate"));
    EXPECT_TRUE(listRounds().isEmpty());
}

TEST_F(FeedbackCliTest, TheFormIsTheRoundsFormAndIsNotWrittenOverUnasked)
{
    const QJsonObject round = newRound({ QStringLiteral("--skills"), QStringLiteral("visionary-thinking") });
    const qint64 id = round.value(QLatin1String("id")).toInteger();
    const QString path = file(QStringLiteral("form.html"));

    const CliOutput written = run(
        { QStringLiteral("feedback"), QStringLiteral("form"), QString::number(id), QStringLiteral("--output"), path });
    EXPECT_CLI_EXIT(written, 0);
    EXPECT_TRUE(written.text().contains(QDir::toNativeSeparators(path))) << qPrintable(written.text());
    const auto expected = FeedbackForm::html(storedRound(id), model);
    ASSERT_TRUE(expected.ok()) << qPrintable(expected.error());
    EXPECT_EQ(tandem::test::readAll(path), expected.value());

    // Not over a file that is there, unless asked; what was there stays.
    tandem::test::writeFile(path, "mine");
    expectRefused(
        { QStringLiteral("feedback"), QStringLiteral("form"), QString::number(id), QStringLiteral("--output"), path },
        QStringLiteral("already exists"));
    EXPECT_EQ(tandem::test::readAll(path), QByteArray("mine"));
    // By its uuid, with --force.
    EXPECT_CLI_EXIT(
        run({ QStringLiteral("feedback"), QStringLiteral("form"), round.value(QLatin1String("uuid")).toString(),
              QStringLiteral("--output"), path, QStringLiteral("--force") }),
        0);
    EXPECT_EQ(tandem::test::readAll(path), expected.value());

    expectRefused({ QStringLiteral("feedback"), QStringLiteral("form"), QString::number(id) },
                  QStringLiteral("--output"));
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("form"), QStringLiteral("9"), QStringLiteral("--output"),
                    file(QStringLiteral("nine.html")) },
                  QStringLiteral("There is no feedback round with the id 9"));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("nine.html"))));
}

TEST_F(FeedbackCliTest, ThreeRatersShowOthersScoresAndTheGapsByTheRules)
{
    const QString strength = QStringLiteral("visionary-thinking"), noise = QStringLiteral("emotional-intelligence"),
                  blind = QStringLiteral("influence-persuasion"), few = QStringLiteral("adaptability-innovation");
    for (const QString &skill : { strength, noise, blind, few })
        ASSERT_NE(model.skill(skill), nullptr) << qPrintable(skill);
    assessSelf({ { strength, 50 }, { noise, 50 }, { blind, 100 }, { few, 50 } });
    const qint64 id
        = newRound({ QStringLiteral("--skills"), QStringList { strength, noise, blind, few }.join(QLatin1Char(',')) })
              .value(QLatin1String("id"))
              .toInteger();
    const FeedbackRound round = storedRound(id);
    ASSERT_FALSE(round.sealKey.isEmpty());

    // Others see `strength` clearly higher (75 against 50), `blind` clearly lower (0 against 100),
    // `noise` a little higher with raters who disagree (50, 50, 75); the third rater cannot say
    // anything about `few`, so it has two raters.
    const QString first = writeResponse(round, QStringLiteral("zoe.json"), QStringLiteral("Zoë"),
                                        skillScores({ { strength, 75 }, { noise, 50 }, { blind, 0 }, { few, 50 } }));
    const QString second = writeResponse(round, QStringLiteral("anon.json"), QString(),
                                         skillScores({ { strength, 75 }, { noise, 50 }, { blind, 0 }, { few, 75 } }));
    const QString third = writeResponse(round, QStringLiteral("bo.json"), QStringLiteral("Bo"),
                                        skillScores({ { strength, 75 }, { noise, 75 }, { blind, 0 } }));

    const CliOutput two = import({ first, second });
    EXPECT_CLI_EXIT(two, 0);
    EXPECT_TRUE(two.text().contains(QLatin1String("Imported ") + QDir::toNativeSeparators(first)
                                    + QLatin1String(": round ") + QString::number(id)
                                    + QStringLiteral(", from Zoë, 16 statements rated.")))
        << qPrintable(two.text());
    EXPECT_TRUE(two.text().contains(QLatin1String(", anonymous, 16 statements rated."))) << qPrintable(two.text());

    // Two raters: nothing about others is shown, in JSON or in words.
    QJsonObject shown = showRound(id);
    for (const QJsonValue &gap : shown.value(QLatin1String("skills")).toArray()) {
        EXPECT_EQ(gap[QLatin1String("verdict")].toString(), QStringLiteral("too-few-raters"));
        EXPECT_TRUE(gap[QLatin1String("others_mean")].isNull());
        EXPECT_TRUE(gap[QLatin1String("others_spread")].isNull());
        EXPECT_TRUE(gap[QLatin1String("gap")].isNull());
        EXPECT_EQ(gap[QLatin1String("raters")].toInt(), 2);
    }
    EXPECT_TRUE(shown.value(QLatin1String("statements")).toArray().isEmpty());
    const CliOutput plainTwo = run({ QStringLiteral("feedback"), QStringLiteral("show"), QString::number(id) });
    EXPECT_CLI_EXIT(plainTwo, 0);
    EXPECT_TRUE(plainTwo.text().contains(QLatin1String("Visionary thinking: self 50; too few raters (2 of 3)")))
        << qPrintable(plainTwo.text());
    EXPECT_FALSE(plainTwo.text().contains(QLatin1String("others "))) << qPrintable(plainTwo.text());

    const CliOutput last = import({ third }, true);
    EXPECT_CLI_EXIT(last, 0);
    const QJsonArray receipts = last.json().array();
    ASSERT_EQ(receipts.size(), 1);
    EXPECT_EQ(receipts.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("imported"));
    EXPECT_EQ(receipts.at(0)[QLatin1String("round")].toInteger(), id);
    EXPECT_EQ(receipts.at(0)[QLatin1String("rater")].toString(), QStringLiteral("Bo"));
    EXPECT_EQ(receipts.at(0)[QLatin1String("rated")].toInt(), 12);

    shown = showRound(id);
    EXPECT_EQ(shown[QLatin1String("round")][QLatin1String("responses")].toInt(), 3);
    const QJsonObject higher = gapOf(shown, QStringLiteral("skills"), strength);
    EXPECT_EQ(higher[QLatin1String("self")].toDouble(), 50);
    EXPECT_EQ(higher[QLatin1String("others_mean")].toDouble(), 75);
    EXPECT_EQ(higher[QLatin1String("others_spread")].toDouble(), 0);
    EXPECT_EQ(higher[QLatin1String("gap")].toDouble(), 25);
    // T = 1.96 · √(SEM² + SEM²/3) with the skill's SEM 6.71 (docs/feedback.md): 15.2 < 25.
    EXPECT_NEAR(higher[QLatin1String("threshold")].toDouble(), 15.2, 0.05);
    EXPECT_EQ(higher[QLatin1String("verdict")].toString(), QStringLiteral("hidden-strength"));
    EXPECT_FALSE(higher[QLatin1String("disagree")].toBool());

    const QJsonObject lower = gapOf(shown, QStringLiteral("skills"), blind);
    EXPECT_EQ(lower[QLatin1String("gap")].toDouble(), -100);
    EXPECT_EQ(lower[QLatin1String("verdict")].toString(), QStringLiteral("blind-spot"));

    // 50, 50, 75: M = 58.3, s = 14.4 > 2 · SEM, so T = 1.96 · √(SEM² + s²/3) = 21.0 > 8.3.
    const QJsonObject within = gapOf(shown, QStringLiteral("skills"), noise);
    EXPECT_EQ(within[QLatin1String("others_mean")].toDouble(), 58.3);
    EXPECT_EQ(within[QLatin1String("others_spread")].toDouble(), 14.4);
    EXPECT_EQ(within[QLatin1String("gap")].toDouble(), 8.3);
    EXPECT_NEAR(within[QLatin1String("threshold")].toDouble(), 21.0, 0.05);
    EXPECT_EQ(within[QLatin1String("verdict")].toString(), QStringLiteral("within-noise"));
    EXPECT_TRUE(within[QLatin1String("disagree")].toBool());

    const QJsonObject tooFew = gapOf(shown, QStringLiteral("skills"), few);
    EXPECT_EQ(tooFew[QLatin1String("raters")].toInt(), 2);
    EXPECT_EQ(tooFew[QLatin1String("self")].toDouble(), 50);
    EXPECT_TRUE(tooFew[QLatin1String("others_mean")].isNull());
    EXPECT_TRUE(tooFew[QLatin1String("gap")].isNull());
    EXPECT_TRUE(tooFew[QLatin1String("threshold")].isNull());
    EXPECT_EQ(tooFew[QLatin1String("verdict")].toString(), QStringLiteral("too-few-raters"));

    // Four leading skills: the leadership index; no managing skill, so no management index.
    EXPECT_EQ(shown[QLatin1String("leadership")][QLatin1String("kind")].toString(), QStringLiteral("index"));
    EXPECT_TRUE(shown.value(QLatin1String("management")).isNull());
    EXPECT_EQ(shown.value(QLatin1String("named_raters")).toArray(),
              (QJsonArray { QStringLiteral("Bo"), QStringLiteral("Zoë") }));
    const CliOutput history = run({ QStringLiteral("history"), QStringLiteral("--json") });
    EXPECT_EQ(shown[QLatin1String("self")][QLatin1String("assessment")].toString(),
              history.json().array().at(0)[QLatin1String("id")].toString());
    EXPECT_FALSE(shown.value(QLatin1String("statements")).toArray().isEmpty());

    const CliOutput plain = run({ QStringLiteral("feedback"), QStringLiteral("show"), QString::number(id) });
    EXPECT_CLI_EXIT(plain, 0);
    const QString text = plain.text();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Visionary thinking: self 50, others 75 ± 0 (3 raters); gap +25 beyond noise (±15): hidden strength")))
        << qPrintable(text);
    EXPECT_TRUE(
        text.contains(QStringLiteral("self 100, others 0 ± 0 (3 raters); gap -100 beyond noise (±15): blind spot")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("self 50, others 58 ± 14 (3 raters); gap +8 within noise (±21); raters "
                                             "disagree")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("self 50; too few raters (2 of 3)"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Named raters: Bo, Zoë\n"))) << qPrintable(text);
    // A name only ever in that list, never beside a number.
    EXPECT_EQ(text.count(QStringLiteral("Zoë")), 1) << qPrintable(text);
}

TEST_F(FeedbackCliTest, TheSameResponseTwiceIsSkippedAndABadFileStoresNothing)
{
    const qint64 id = newRound({ QStringLiteral("--skills"), QStringLiteral("visionary-thinking") })
                          .value(QLatin1String("id"))
                          .toInteger();
    const qint64 otherId = newRound({ QStringLiteral("--skills"), QStringLiteral("visionary-thinking") })
                               .value(QLatin1String("id"))
                               .toInteger();
    const FeedbackRound round = storedRound(id);
    const FeedbackRound other = storedRound(otherId);
    const QMap<QString, int> scores = skillScores({ { QStringLiteral("visionary-thinking"), 75 } });
    const QString good = writeResponse(round, QStringLiteral("good.json"), QString(), scores);
    EXPECT_CLI_EXIT(import({ good }), 0);
    ASSERT_EQ(storedResponses(), 1);

    const CliOutput again = import({ good });
    EXPECT_CLI_EXIT(again, 0);
    EXPECT_TRUE(again.text().startsWith(QLatin1String("Skipped ") + QDir::toNativeSeparators(good)))
        << qPrintable(again.text());
    const CliOutput againJson = import({ good }, true);
    EXPECT_EQ(againJson.json().array().at(0)[QLatin1String("outcome")].toString(), QStringLiteral("duplicate"));
    EXPECT_EQ(storedResponses(), 1);

    // An edited value: the seal no longer fits.
    const QString edited = writeResponse(round, QStringLiteral("edited.json"), QString(), scores);
    QByteArray bytes = tandem::test::readAll(edited);
    const QString itemId = round.itemIds.first();
    const int answer = answerFor(*item(itemId), 75);
    const QByteArray from = "\"" + itemId.toUtf8() + "\": " + QByteArray::number(answer);
    ASSERT_TRUE(bytes.contains(from)) << bytes.constData();
    const QByteArray to = "\"" + itemId.toUtf8() + "\": " + QByteArray::number(answer == 1 ? 2 : 1);
    bytes.replace(from, to);
    tandem::test::writeFile(edited, bytes);
    // Sealed with this round's key but claiming the other round; and a round that is not there.
    FeedbackRound claimed = round;
    claimed.uuid = other.uuid;
    const QString elsewhere = writeResponse(claimed, QStringLiteral("elsewhere.json"), QString(), scores);
    FeedbackRound gone = round;
    gone.uuid = QUuid::createUuid();
    const QString unknown = writeResponse(gone, QStringLiteral("unknown.json"), QString(), scores);
    const QString fresh = writeResponse(round, QStringLiteral("fresh.json"), QStringLiteral("Ada"), scores);

    const CliOutput mixed = import({ edited, elsewhere, unknown, fresh });
    EXPECT_CLI_EXIT(mixed, 2);
    EXPECT_TRUE(mixed.err.contains(QDir::toNativeSeparators(edited) + QLatin1String(" was changed after it was made")))
        << qPrintable(mixed.err);
    EXPECT_TRUE(mixed.err.contains(QDir::toNativeSeparators(elsewhere))) << qPrintable(mixed.err);
    EXPECT_TRUE(mixed.err.contains(QDir::toNativeSeparators(unknown)
                                   + QLatin1String(" is a response to a feedback round "
                                                   "that is not in your data")))
        << qPrintable(mixed.err);
    EXPECT_EQ(mixed.err.count(QLatin1String("tandem-cli: ")), 3) << qPrintable(mixed.err);
    EXPECT_TRUE(mixed.text().contains(QLatin1String("Imported ") + QDir::toNativeSeparators(fresh)))
        << qPrintable(mixed.text());
    EXPECT_TRUE(mixed.text().contains(QLatin1String("Imported 1, skipped 0 already there, refused 3.")))
        << qPrintable(mixed.text());
    // Only the good file is stored; the other round has nothing.
    EXPECT_EQ(storedResponses(), 2);
    const QJsonArray rounds = listRounds();
    ASSERT_EQ(rounds.size(), 2);
    EXPECT_EQ(rounds.at(0)[QLatin1String("id")].toInteger(), otherId);
    EXPECT_EQ(rounds.at(0)[QLatin1String("responses")].toInt(), 0);
    EXPECT_EQ(rounds.at(1)[QLatin1String("responses")].toInt(), 2);

    const CliOutput refusedJson = import({ edited }, true);
    EXPECT_CLI_EXIT(refusedJson, 2);
    EXPECT_EQ(refusedJson.json().array().at(0)[QLatin1String("outcome")].toString(), QStringLiteral("refused"));
    EXPECT_TRUE(refusedJson.json().array().at(0)[QLatin1String("reason")].toString().contains(
        QLatin1String("changed after it was made")));
}

TEST_F(FeedbackCliTest, MissingFoldersAndHugeFilesAreRefusedWithoutReadingThem)
{
    ASSERT_GT(
        runForId({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x") }),
        0);
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("import"), file(QStringLiteral("nothing.json")) },
                  QStringLiteral("does not exist"));
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("import"), data.root() }, QStringLiteral("is a folder"));
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("import") }, QStringLiteral("response files"));

    // A 2 GB file (sparse): refused by its size at once.
    const QString huge = file(QStringLiteral("huge.json"));
    {
        QFile out(huge);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_TRUE(out.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("import"), huge }, QStringLiteral("is too large"));
    EXPECT_LT(timer.elapsed(), 20000);
    EXPECT_EQ(storedResponses(), 0);
}

TEST_F(FeedbackCliTest, ARoundIsClosedOpenedAgainAndDeletedWithItsResponses)
{
    const qint64 id = newRound({ QStringLiteral("--skills"), QStringLiteral("visionary-thinking") })
                          .value(QLatin1String("id"))
                          .toInteger();
    const FeedbackRound round = storedRound(id);
    const QMap<QString, int> scores = skillScores({ { QStringLiteral("visionary-thinking"), 75 } });
    EXPECT_CLI_EXIT(import({ writeResponse(round, QStringLiteral("one.json"), QString(), scores),
                             writeResponse(round, QStringLiteral("two.json"), QString(), scores) }),
                    0);

    const CliOutput closed = run({ QStringLiteral("feedback"), QStringLiteral("close"), QString::number(id) });
    EXPECT_CLI_EXIT(closed, 0);
    EXPECT_EQ(closed.text(), QStringLiteral("Feedback round %1 is closed.\n").arg(id));
    QJsonArray rounds = listRounds();
    EXPECT_EQ(rounds.at(0)[QLatin1String("status")].toString(), QStringLiteral("closed"));
    EXPECT_TRUE(QDateTime::fromString(rounds.at(0)[QLatin1String("closed_at")].toString(), Qt::ISODate).isValid());

    EXPECT_CLI_EXIT(run({ QStringLiteral("feedback"), QStringLiteral("reopen"), QString::number(id) }), 0);
    rounds = listRounds();
    EXPECT_EQ(rounds.at(0)[QLatin1String("status")].toString(), QStringLiteral("open"));
    EXPECT_TRUE(rounds.at(0)[QLatin1String("closed_at")].isNull());

    const CliOutput deleted = run({ QStringLiteral("feedback"), QStringLiteral("delete"), QString::number(id) });
    EXPECT_CLI_EXIT(deleted, 0);
    EXPECT_EQ(deleted.text(), QStringLiteral("Deleted feedback round %1 with its 2 responses.\n").arg(id));
    EXPECT_TRUE(listRounds().isEmpty());
    EXPECT_EQ(storedResponses(), 0);
    expectRefused({ QStringLiteral("feedback"), QStringLiteral("close"), QString::number(id) },
                  QStringLiteral("There is no feedback round"));
}
