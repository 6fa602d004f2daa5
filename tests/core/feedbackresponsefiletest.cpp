// A colleague's response file: what is read, what is refused, and the seal, pinned against a
// response that the form's own JavaScript made in headless Chromium (tests/data/feedback).
#include "feedbackresponsefile.h"

#include "qtprinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

const QString Name = QStringLiteral("response.json");

QByteArray fixture(const char *name)
{
    QFile file(QString::fromUtf8(TANDEM_TEST_DATA_DIR "/feedback/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QByteArray formResponse()
{
    return fixture("response-en.json");
}

// The round the form of response-en.json was made for.
FeedbackRound formRound()
{
    const QJsonObject object = QJsonDocument::fromJson(fixture("round-en.json")).object();
    FeedbackRound round;
    round.uuid = QUuid::fromString(object.value(QStringLiteral("round")).toString());
    round.modelVersion = object.value(QStringLiteral("model_version")).toString();
    round.sealKey = QByteArray::fromBase64(object.value(QStringLiteral("seal_key")).toString().toLatin1(),
                                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    for (const QJsonValue &id : object.value(QStringLiteral("items")).toArray())
        round.itemIds.append(id.toString());
    return round;
}

// The bytes with one exact piece of text replaced (it must be there).
QByteArray edited(const QByteArray &bytes, const QByteArray &from, const QByteArray &to)
{
    EXPECT_TRUE(bytes.contains(from)) << from.constData();
    QByteArray copy = bytes;
    return copy.replace(from, to);
}

// What read() and then check() say about these bytes for the form's round.
QString verdict(const QByteArray &bytes, const FeedbackRound &round = formRound())
{
    const auto read = FeedbackResponseFile::read(bytes, Name);
    if (!read.ok())
        return read.error();
    const Status status = FeedbackResponseFile::check(read.value(), round, Name);
    return status.ok() ? QString() : status.error();
}

QString readError(const QByteArray &bytes)
{
    const auto read = FeedbackResponseFile::read(bytes, Name);
    return read.ok() ? QString() : read.error();
}

bool mentions(const QString &message, const char *words)
{
    return message.contains(QString::fromUtf8(words)) && message.contains(Name);
}

const char *const Changed = "was changed after it was made";

} // namespace

TEST(FeedbackResponseFileTest, TheFormsResponseIsReadAndItsSealIsTandemsSeal)
{
    const FeedbackRound round = formRound();
    ASSERT_EQ(round.sealKey.size(), 32);
    ASSERT_EQ(round.itemIds.size(), 52);
    const auto read = FeedbackResponseFile::read(formResponse(), Name);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    const FeedbackResponseFile::Contents &contents = read.value();
    EXPECT_EQ(contents.round, round.uuid);
    EXPECT_EQ(contents.modelVersion, QStringLiteral("2026.1"));
    EXPECT_EQ(contents.response.uuid, QUuid::fromString(QStringLiteral("d57dc3ee-b3e1-459f-9f50-3a62ea7b60aa")));
    EXPECT_EQ(contents.response.rater, QStringLiteral("Zoë Ångström-Müller"));
    EXPECT_EQ(contents.response.answers.size(), 52);
    EXPECT_EQ(contents.response.answers.value(QStringLiteral("visionary-thinking.1")), std::optional<int>(4));
    EXPECT_TRUE(contents.response.answers.contains(QStringLiteral("visionary-thinking.4")));
    EXPECT_EQ(contents.response.answers.value(QStringLiteral("visionary-thinking.4")), std::nullopt);
    // The JavaScript's HMAC and Tandem's agree byte for byte.
    EXPECT_EQ(FeedbackResponseFile::seal(round.sealKey, contents), contents.response.seal);
    EXPECT_EQ(contents.response.seal.size(), 43);
    const Status status = FeedbackResponseFile::check(contents, round, Name);
    EXPECT_TRUE(status.ok()) << qPrintable(status.error());
}

TEST(FeedbackResponseFileTest, TheSealCoversEveryFieldAndItsLinesAreFixed)
{
    // Computed with Python's hmac over the README's lines (verify.py's seal_text).
    FeedbackResponseFile::Contents contents;
    contents.round = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    contents.modelVersion = QStringLiteral("2026.1");
    contents.response.uuid = QUuid::fromString(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    contents.response.rater = QStringLiteral("Zoë");
    contents.response.answers.insert(QStringLiteral("risk.manage.1"), 5);
    contents.response.answers.insert(QStringLiteral("risk.lead.1"), std::nullopt);
    const QByteArray key(32, '\x07');
    EXPECT_EQ(FeedbackResponseFile::seal(key, contents), QByteArray("on4gFqbl_q4zz4DXpymLBYZTy4hKuTrPXRwFNVF-n9I"));
    FeedbackResponseFile::Contents other = contents;
    other.response.answers[QStringLiteral("risk.lead.1")] = 1;
    EXPECT_NE(FeedbackResponseFile::seal(key, other), FeedbackResponseFile::seal(key, contents));
}

TEST(FeedbackResponseFileTest, AnEditedFileIsRefusedAsChangedAfterItWasMade)
{
    const QByteArray file = formResponse();
    EXPECT_TRUE(
        mentions(verdict(edited(file, "\"visionary-thinking.1\": 4,", "\"visionary-thinking.1\": 5,")), Changed));
    EXPECT_TRUE(
        mentions(verdict(edited(file, "\"visionary-thinking.4\": null,", "\"visionary-thinking.4\": 3,")), Changed));
    EXPECT_TRUE(mentions(verdict(edited(file, "Zoë Ångström-Müller", "Someone Else")), Changed));
    EXPECT_TRUE(mentions(verdict(edited(file, "Zoë Ångström-Müller", "")), Changed));
    EXPECT_TRUE(mentions(verdict(edited(file, "\"response\": \"d57dc3ee", "\"response\": \"e57dc3ee")), Changed));
    const QString message = verdict(edited(file, "\"visionary-thinking.1\": 4,", "\"visionary-thinking.1\": 5,"));
    EXPECT_FALSE(message.contains(QStringLiteral("sign"), Qt::CaseInsensitive));
    EXPECT_FALSE(message.contains(QStringLiteral("verif"), Qt::CaseInsensitive));
}

TEST(FeedbackResponseFileTest, AnAnswerAddedOrRemovedBreaksTheSeal)
{
    // A round that asked exactly the edited set, so that only the seal can tell.
    FeedbackRound fewer = formRound();
    fewer.itemIds.removeAll(QStringLiteral("visionary-thinking.1"));
    EXPECT_TRUE(mentions(verdict(edited(formResponse(), "\"visionary-thinking.1\": 4,", ""), fewer), Changed));

    FeedbackRound more = formRound();
    more.itemIds.append(QStringLiteral("risk.extra.1"));
    EXPECT_TRUE(mentions(verdict(edited(formResponse(), "\"visionary-thinking.1\": 4,",
                                        "\"visionary-thinking.1\": 4, \"risk.extra.1\": 2,"),
                                 more),
                         Changed));
}

TEST(FeedbackResponseFileTest, AnotherRoundsKeyIsRefusedByTheSeal)
{
    FeedbackRound round = formRound();
    round.sealKey = QByteArray(32, 'k');
    EXPECT_TRUE(mentions(verdict(formResponse(), round), Changed));
}

TEST(FeedbackResponseFileTest, CheckGivesTheMostSpecificProblemFirst)
{
    const QByteArray file = formResponse();
    FeedbackRound another = formRound();
    another.uuid = QUuid::fromString(QStringLiteral("71d45332-160b-4501-90c2-d60a2d79ed5e"));
    EXPECT_TRUE(mentions(verdict(file, another), "another feedback round"));

    FeedbackRound newer = formRound();
    newer.modelVersion = QStringLiteral("2027.1");
    EXPECT_TRUE(mentions(verdict(file, newer), "model version 2026.1"));

    const QString unknown = verdict(edited(file, "\"visionary-thinking.1\": 4,", "\"juggling.1\": 4,"));
    EXPECT_TRUE(mentions(unknown, "“juggling.1”, which this round did not ask")) << qPrintable(unknown);

    const QString missing = verdict(edited(file, "\"visionary-thinking.1\": 4,", ""));
    EXPECT_TRUE(mentions(missing, "no answer for the statement “visionary-thinking.1”")) << qPrintable(missing);

    const qsizetype answersAt = file.indexOf("\"answers\"");
    QByteArray answers = file.mid(answersAt);
    for (int value = 1; value <= 5; ++value) {
        answers.replace(QByteArray(": " + QByteArray::number(value) + ","), ": null,");
        answers.replace(QByteArray(": " + QByteArray::number(value) + "\n"), ": null\n");
    }
    const QByteArray nothing = file.left(answersAt) + answers;
    EXPECT_TRUE(mentions(verdict(nothing), "rates no statement"));
}

TEST(FeedbackResponseFileTest, ABomTextAroundItAndQuotingAreAllowed)
{
    const QByteArray file = formResponse();
    EXPECT_EQ(verdict("\xEF\xBB\xBF" + file), QString());
    EXPECT_EQ(verdict("Hello,\r\n\r\nhere is my response:\r\n\r\n" + file + "\r\nBest wishes, Zoë\r\n"), QString());
    QByteArray crlf = file;
    EXPECT_EQ(verdict(crlf.replace("\n", "\r\n")), QString());
    for (const char *quote : { "> ", ">", ">> ", "> > ", "  >" }) {
        QByteArray quoted = "On Monday Zoë wrote:\n" + QByteArray(quote) + file;
        quoted.replace("\n", QByteArray("\n" + QByteArray(quote)));
        EXPECT_EQ(verdict(quoted), QString()) << quote;
    }
}

TEST(FeedbackResponseFileTest, AHalfQuotedOrTruncatedFileIsUnreadable)
{
    const QByteArray file = formResponse();
    const QByteArray half = edited(file, "\n    \"visionary-thinking.2\"", "\n>     \"visionary-thinking.2\"");
    EXPECT_TRUE(mentions(readError(half), "cannot be read")) << qPrintable(readError(half));
    EXPECT_TRUE(mentions(readError(file.left(file.size() / 2)), "cannot be read"));
    EXPECT_TRUE(mentions(readError(file.left(file.size() - 3)), "cannot be read"));
    EXPECT_TRUE(mentions(readError("Thanks for asking!"), "holds no feedback response"));
    EXPECT_TRUE(mentions(readError("[1, 2]"), "holds no feedback response"));
    EXPECT_TRUE(mentions(readError("{\"a\": 1}"), "not a Tandem feedback response"));
}

TEST(FeedbackResponseFileTest, SizeNulAndBadUtf8AreRefused)
{
    QByteArray file = formResponse();
    QByteArray exactly = file + QByteArray(FeedbackResponseFile::MaxBytes - file.size(), ' ');
    EXPECT_EQ(verdict(exactly), QString());
    EXPECT_TRUE(mentions(readError(exactly + ' '), "too large"));
    EXPECT_TRUE(mentions(readError(edited(file, "Zoë", "Zo\xFF")), "not UTF-8"));
    EXPECT_TRUE(mentions(readError(file + QByteArray(1, '\0')), "NUL"));
}

TEST(FeedbackResponseFileTest, AnswersMustBeWholeNumbersFromOneToFiveOrNull)
{
    const QByteArray file = formResponse();
    for (const char *value : { "4.0", "4e0", "\"4\"", "true", "0", "6", "-1", "[4]", "{}", "40000000000000000000" }) {
        const QString message = readError(edited(file, "\"visionary-thinking.1\": 4,",
                                                 QByteArray("\"visionary-thinking.1\": " + QByteArray(value) + ",")));
        EXPECT_TRUE(mentions(message, "“visionary-thinking.1”")) << value << ": " << qPrintable(message);
        if (QByteArray(value).startsWith("4.") || QByteArray(value).startsWith("4e")) {
            EXPECT_TRUE(message.contains(QString::fromUtf8(value))) << qPrintable(message);
        }
    }
    EXPECT_TRUE(mentions(readError(edited(file, "\"visionary-thinking.1\"", "\"visionary thinking.1\"")),
                         "not a statement id"));
}

TEST(FeedbackResponseFileTest, KeysAreExactlyTheFormatsKeys)
{
    const QByteArray file = formResponse();
    EXPECT_TRUE(mentions(readError(edited(file, "\"rater\"", "\"comment\": \"hi\", \"rater\"")), "“comment”"));
    EXPECT_TRUE(mentions(readError(edited(file, "\"rater\": \"Zoë Ångström-Müller\",", "")), "no “rater”"));
    EXPECT_TRUE(mentions(readError(edited(file, "\"tandem-feedback-response\"", "\"tandem-feedback-round\"")),
                         "not a Tandem feedback response"));
    EXPECT_TRUE(
        mentions(readError(edited(file, "\"format_version\": 1", "\"format_version\": 2")), "newer Tandem form"));
    EXPECT_TRUE(
        mentions(readError(edited(file, "\"format_version\": 1", "\"format_version\": 1.0")), "cannot be read"));
    EXPECT_TRUE(mentions(readError(edited(file, "\"answers\": {", "\"answers\": [], \"x\": {")), "“x”"));
}

TEST(FeedbackResponseFileTest, IdsAndTheSealMustBeWellFormed)
{
    const QByteArray file = formResponse();
    EXPECT_TRUE(mentions(readError(edited(file, "71d45332-160b", "not-a-uuid")), "damaged round id"));
    EXPECT_TRUE(mentions(readError(edited(file, "71d45332-160b", "71D45332-160B")), "damaged round id"));
    EXPECT_TRUE(mentions(readError(edited(file, "\"d57dc3ee-b3e1-459f-9f50-3a62ea7b60aa\"",
                                          "\"{d57dc3ee-b3e1-459f-9f50-3a62ea7b60aa}\"")),
                         "damaged response id"));
    EXPECT_TRUE(mentions(readError(edited(file, "\"model_version\": \"2026.1\"", "\"model_version\": 2026")),
                         "damaged model version"));
    const auto read = FeedbackResponseFile::read(file, Name);
    ASSERT_TRUE(read.ok());
    const QByteArray seal = read.value().response.seal;
    EXPECT_TRUE(mentions(readError(edited(file, seal.constData(), "abc")), "damaged seal"));
    EXPECT_TRUE(mentions(readError(edited(file, seal.constData(), seal.left(40).constData())), "damaged seal"));
    EXPECT_TRUE(mentions(readError(edited(file, seal.constData(), QByteArray(seal + "AAAA"))), "damaged seal"));
    EXPECT_TRUE(mentions(readError(edited(file, seal.constData(), QByteArray("+" + seal.mid(1)))), "damaged seal"));
}

TEST(FeedbackResponseFileTest, AtMostAThousandAnswers)
{
    const auto withAnswers = [](int count) {
        QByteArray answers;
        for (int i = 0; i < count; ++i)
            answers += (i ? ", " : "") + QByteArray("\"s.") + QByteArray::number(i) + "\": 3";
        return edited(formResponse(), "\"answers\": {", QByteArray("\"answers\": {" + answers + ", "));
    };
    EXPECT_TRUE(mentions(readError(withAnswers(1000 - 52 + 1)), "too many answers"));
    EXPECT_EQ(readError(withAnswers(1000 - 52)), QString());
}

TEST(FeedbackResponseFileTest, RaterNamesFollowTheFormsRules)
{
    const QByteArray file = formResponse();
    const auto named = [&](const QByteArray &json) { return edited(file, "\"Zoë Ångström-Müller\"", json); };
    EXPECT_EQ(readError(named('"' + QByteArray(100, 'a') + '"')), QString());
    EXPECT_TRUE(mentions(readError(named('"' + QByteArray(101, 'a') + '"')), "too long"));
    EXPECT_EQ(readError(named("\"\\ud83d\\ude00 Ada\"")), QString());
    for (const char *bad : { "\"a\\nb\"", "\"a\\tb\"", "\"a\\u0085b\"", "\"a\\u2028b\"", "\"a\\u202Eb\"",
                             "\"a\\u200Fb\"", "\"a\\u2067b\"", "\"a\\ud800b\"", "\"a\\udc00\"" }) {
        const QString message = readError(named(bad));
        EXPECT_FALSE(message.isEmpty()) << bad;
    }
    EXPECT_TRUE(mentions(readError(named("\"a\\u202Eb\"")), "direction marks"));
    EXPECT_TRUE(mentions(readError(named("7")), "damaged rater name"));
}

TEST(FeedbackResponseFileTest, AKeyWrittenTwiceIsRefused)
{
    const QByteArray file = formResponse();
    const QString answer = verdict(
        edited(file, "\"visionary-thinking.1\": 4,", "\"visionary-thinking.1\": 4, \"visionary-thinking.1\": 5,"));
    EXPECT_TRUE(mentions(answer, "“visionary-thinking.1” twice")) << qPrintable(answer);
    const QString answer2 = verdict(
        edited(file, "\"visionary-thinking.1\": 4,", "\"visionary-thinking.1\": 5, \"visionary-thinking.1\": 4,"));
    EXPECT_TRUE(mentions(answer2, "“visionary-thinking.1” twice")) << qPrintable(answer2);
    const QString escaped = verdict(edited(file, "\"visionary-thinking.1\": 4,",
                                           "\"\\u0076isionary-thinking.1\": 5, \"visionary-thinking.1\": 4,"));
    EXPECT_TRUE(mentions(escaped, "“visionary-thinking.1” twice")) << qPrintable(escaped);
    const QString rater = verdict(edited(file, "\"rater\"", "\"rater\": \"Eve\", \"rater\""));
    EXPECT_TRUE(mentions(rater, "“rater” twice")) << qPrintable(rater);
}
