// The form a feedback round gives to colleagues: self-contained, the round's data safely inside
// its <script> element, the same bytes each time, in the language Tandem speaks.
#include "feedbackform.h"

#include "feedbackresponsefile.h"
#include "qtprinters.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

FeedbackRound fullRound()
{
    const SkillModel &model = SkillModel::builtin();
    FeedbackRound round;
    round.uuid = QUuid::fromString(QStringLiteral("71d45332-160b-4501-90c2-d60a2d79ed5f"));
    round.modelVersion = model.version;
    round.askedBy = QStringLiteral("Ada");
    round.sealKey = QByteArray(32, '\x5a');
    const auto items = feedbackItemsFor(model, {}, {});
    EXPECT_TRUE(items.ok());
    round.itemIds = items.value();
    return round;
}

QByteArray formOf(const FeedbackRound &round, const SkillModel &model = SkillModel::builtin())
{
    const auto html = FeedbackForm::html(round, model);
    EXPECT_TRUE(html.ok()) << qPrintable(html.error());
    return html.ok() ? html.value() : QByteArray();
}

// The round's JSON as the form's script reads it: the text of the tandem-round element.
QJsonObject roundIn(const QByteArray &html)
{
    const QByteArray open = "<script type=\"application/json\" id=\"tandem-round\">";
    const qsizetype start = html.indexOf(open);
    EXPECT_GE(start, 0);
    // What a browser does: the element ends at the first "</script" after it.
    const qsizetype end = html.indexOf("</script", start);
    EXPECT_GT(end, start);
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(html.mid(start + open.size(), end - start - open.size()), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return document.object();
}

QByteArray formTemplate()
{
    QFile file(QStringLiteral(":/tandem/feedback/form.html"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// German for a few of the form's words and the language code, as a translation file would give.
class GermanForm final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "FeedbackForm") != 0)
            return {};
        const QString text = QString::fromUtf8(source);
        if (text == QStringLiteral("en"))
            return QStringLiteral("de");
        if (text == QStringLiteral("Can’t say"))
            return QStringLiteral("Kann ich nicht sagen");
        if (text == QStringLiteral("How do you see %1 at work?"))
            return QStringLiteral("Wie erleben Sie %1 bei der Arbeit?");
        if (text.startsWith(QStringLiteral("For each statement")))
            return n == 1 ? QStringLiteral("Es dauert etwa eine Minute.")
                          : QStringLiteral("Es dauert etwa %n Minuten.");
        return {};
    }
};

} // namespace

TEST(FeedbackFormTest, AFullRoundIsSmallAndSelfContained)
{
    const QByteArray html = formOf(fullRound());
    EXPECT_LT(html.size(), 100 * 1024);
    EXPECT_GT(html.size(), 25 * 1024); // every statement is in it
    static const QRegularExpression Reference(QStringLiteral("(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html);
    for (auto it = Reference.globalMatch(text); it.hasNext();) {
        const QString target = it.next().captured(1);
        EXPECT_FALSE(target.contains(QStringLiteral("//"))
                     || target.startsWith(QStringLiteral("http"), Qt::CaseInsensitive))
            << qPrintable(target);
    }
    EXPECT_TRUE(
        text.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")));
    for (const char *name :
         { "%%TANDEM_LANG%%", "%%TANDEM_TITLE%%", "%%TANDEM_UNSUPPORTED%%", "%%TANDEM_BROKEN%%", "%%TANDEM_ROUND%%" })
        EXPECT_FALSE(html.contains(name)) << name;
    EXPECT_TRUE(html.contains("<html lang=\"en\">"));
    EXPECT_TRUE(html.contains("<title>How do you see Ada at work?</title>"));
}

TEST(FeedbackFormTest, TheRoundDataHoldsTheRoundAndItsStatementsInTheModelsOrder)
{
    const FeedbackRound round = fullRound();
    const QJsonObject data = roundIn(formOf(round));
    EXPECT_EQ(data.value(QStringLiteral("format")).toString(), QStringLiteral("tandem-feedback-round"));
    EXPECT_EQ(data.value(QStringLiteral("format_version")).toInt(), 1);
    EXPECT_EQ(data.value(QStringLiteral("round")).toString(), QStringLiteral("71d45332-160b-4501-90c2-d60a2d79ed5f"));
    EXPECT_EQ(data.value(QStringLiteral("model_version")).toString(), SkillModel::builtin().version);
    EXPECT_EQ(QByteArray::fromBase64(data.value(QStringLiteral("seal_key")).toString().toLatin1(),
                                     QByteArray::Base64UrlEncoding),
              round.sealKey);
    EXPECT_EQ(data.value(QStringLiteral("seal_key")).toString().size(), 43);
    EXPECT_EQ(data.value(QStringLiteral("asked_by")).toString(), QStringLiteral("Ada"));
    EXPECT_EQ(data.value(QStringLiteral("scale")).toArray().size(), 5);
    const QJsonObject texts = data.value(QStringLiteral("texts")).toObject();
    EXPECT_EQ(texts.size(), 23);
    EXPECT_FALSE(texts.contains(QStringLiteral("unsupported")));
    EXPECT_TRUE(texts.value(QStringLiteral("intro")).toString().endsWith(QStringLiteral("It takes about 9 minutes.")));
    QStringList ids;
    const QJsonArray groups = data.value(QStringLiteral("groups")).toArray();
    EXPECT_EQ(groups.size(), 8 + 10);
    EXPECT_EQ(groups.at(0).toObject().value(QStringLiteral("title")).toString(),
              SkillModel::builtin().skills.at(0).name);
    for (const QJsonValue &group : groups) {
        for (const QJsonValue &item : group.toObject().value(QStringLiteral("items")).toArray()) {
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
            EXPECT_TRUE(
                item.toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("This person"))
                || item.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("this person")))
                << qPrintable(ids.last());
        }
    }
    EXPECT_EQ(ids, round.itemIds);
}

TEST(FeedbackFormTest, OneSkillTakesTwoMinutesAndHasOneGroup)
{
    FeedbackRound round = fullRound();
    round.askedBy.clear();
    round.itemIds = feedbackItemsFor(SkillModel::builtin(), { QStringLiteral("emotional-intelligence") }, {}).value();
    const QByteArray html = formOf(round);
    const QJsonObject data = roundIn(html);
    EXPECT_EQ(data.value(QStringLiteral("groups")).toArray().size(), 1);
    EXPECT_TRUE(data.value(QStringLiteral("texts"))
                    .toObject()
                    .value(QStringLiteral("intro"))
                    .toString()
                    .endsWith(QStringLiteral("It takes about 2 minutes.")));
    EXPECT_TRUE(html.contains("<title>How do you see this person at work?</title>"));
}

TEST(FeedbackFormTest, ANoteThatClosesTheScriptSurvivesAsText)
{
    FeedbackRound round = fullRound();
    round.note = QStringLiteral("Thanks! </script><!-- <script>alert(1)</script> & \u2028 %%TANDEM_TITLE%% ’");
    round.askedBy = QStringLiteral("<b>Ada</b> & 'Bob'");
    const QByteArray html = formOf(round);
    const QJsonObject data = roundIn(html);
    EXPECT_EQ(data.value(QStringLiteral("note")).toString(), round.note);
    EXPECT_EQ(data.value(QStringLiteral("asked_by")).toString(), round.askedBy);
    EXPECT_EQ(html.count("</script>"), formTemplate().count("</script>"));
    EXPECT_FALSE(html.contains("<!-- <script>"));
    EXPECT_FALSE(html.contains("\xE2\x80\xA8"));
    EXPECT_TRUE(html.contains("<title>How do you see &lt;b&gt;Ada&lt;/b&gt; &amp; &#39;Bob&#39; at work?</title>"));
}

TEST(FeedbackFormTest, TheSameRoundGivesTheSameBytes)
{
    const FeedbackRound round = fullRound();
    EXPECT_EQ(formOf(round), formOf(round));
}

TEST(FeedbackFormTest, ATemplateWithoutEachPlaceholderExactlyOnceIsRefused)
{
    const QByteArray good = formTemplate();
    ASSERT_TRUE(FeedbackForm::html(fullRound(), SkillModel::builtin(), good).ok());
    for (const char *name :
         { "%%TANDEM_LANG%%", "%%TANDEM_TITLE%%", "%%TANDEM_UNSUPPORTED%%", "%%TANDEM_BROKEN%%", "%%TANDEM_ROUND%%" }) {
        QByteArray missing = good;
        missing.replace(name, "");
        const auto withoutIt = FeedbackForm::html(fullRound(), SkillModel::builtin(), missing);
        ASSERT_FALSE(withoutIt.ok()) << name;
        EXPECT_TRUE(withoutIt.error().contains(QString::fromLatin1(name))) << qPrintable(withoutIt.error());
        const auto twice = FeedbackForm::html(fullRound(), SkillModel::builtin(), good + name);
        EXPECT_FALSE(twice.ok()) << name;
    }
}

TEST(FeedbackFormTest, ARoundOfAnotherModelVersionOrAnInvalidRoundIsRefused)
{
    FeedbackRound round = fullRound();
    round.modelVersion = QStringLiteral("2025.9");
    const auto older = FeedbackForm::html(round, SkillModel::builtin());
    ASSERT_FALSE(older.ok());
    EXPECT_TRUE(older.error().contains(QStringLiteral("version 2025.9"))) << qPrintable(older.error());
    EXPECT_TRUE(older.error().contains(QStringLiteral("can still be imported")));

    round = fullRound();
    round.itemIds.append(QStringLiteral("juggling.1"));
    EXPECT_FALSE(FeedbackForm::html(round, SkillModel::builtin()).ok());
}

TEST(FeedbackFormTest, TheFormSpeaksTheLanguageOfTheMomentItIsWritten)
{
    const FeedbackRound round = fullRound();
    const QByteArray english = formOf(round);
    GermanForm german;
    QCoreApplication::installTranslator(&german);
    const QByteArray html = formOf(round);
    QCoreApplication::removeTranslator(&german);
    EXPECT_TRUE(html.contains("<html lang=\"de\">"));
    EXPECT_TRUE(html.contains("<title>Wie erleben Sie Ada bei der Arbeit?</title>"));
    const QJsonObject texts = roundIn(html).value(QStringLiteral("texts")).toObject();
    EXPECT_EQ(texts.value(QStringLiteral("cant_say")).toString(), QStringLiteral("Kann ich nicht sagen"));
    EXPECT_EQ(texts.value(QStringLiteral("intro")).toString(), QStringLiteral("Es dauert etwa 9 Minuten."));
    EXPECT_EQ(formOf(round), english);
}

TEST(FeedbackFormTest, AResponseMadeWithAWrittenFormChecks)
{
    // tests/data/feedback/response-to-written-form.json: this round's form, written by
    // FeedbackForm::html, filled in headless Chromium by the prototype's drive.js.
    QFile file(QString::fromUtf8(TANDEM_TEST_DATA_DIR "/feedback/response-to-written-form.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto read = FeedbackResponseFile::read(file.readAll(), QStringLiteral("response.json"));
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    EXPECT_EQ(read.value().response.rater, QStringLiteral("Bob"));
    const Status status = FeedbackResponseFile::check(read.value(), fullRound(), QStringLiteral("response.json"));
    EXPECT_TRUE(status.ok()) << qPrintable(status.error());
}
