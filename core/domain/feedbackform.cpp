#include "feedbackform.h"

#include "skillmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>

namespace tandem::core {

namespace {

// The form's words, built when a form is written so that they are in the language of that moment.
// The keys are those form.html reads from the round's "texts".
QJsonObject formTexts(int statements)
{
    // About ten seconds a statement, and at least two minutes.
    const int minutes = std::max(2, qRound(statements * 10.0 / 60.0));
    return QJsonObject {
        { QStringLiteral("title"), QCoreApplication::translate("FeedbackForm", "How do you see %1 at work?") },
        { QStringLiteral("title_anonymous"),
          QCoreApplication::translate("FeedbackForm", "How do you see this person at work?") },
        { QStringLiteral("intro"),
          QCoreApplication::translate(
              "FeedbackForm",
              "For each statement, choose how often you see this person do it. If you have not seen enough to "
              "judge, choose “Can’t say”: that is a useful answer too. It takes about %n minutes.",
              nullptr, minutes) },
        { QStringLiteral("note_heading"),
          QCoreApplication::translate("FeedbackForm", "A note from the person asking") },
        { QStringLiteral("privacy_heading"),
          QCoreApplication::translate("FeedbackForm", "What happens with your answers") },
        { QStringLiteral("privacy"),
          QCoreApplication::translate(
              "FeedbackForm",
              "Nothing leaves this page until you send the response file yourself. It holds your ratings and, only "
              "if you give it, your name. In Tandem, the person who asked sees only averages of at least three "
              "people’s answers. The file itself reaches them, though: if you send it from your own address, they "
              "can tell it is yours. To stay anonymous, leave the name empty and pass the file on through someone "
              "who collects everyone’s answers.") },
        { QStringLiteral("cant_say"), QCoreApplication::translate("FeedbackForm", "Can’t say") },
        { QStringLiteral("name_label"), QCoreApplication::translate("FeedbackForm", "Your name (optional)") },
        { QStringLiteral("name_hint"),
          QCoreApplication::translate("FeedbackForm", "Leave it empty to answer anonymously.") },
        { QStringLiteral("progress"),
          QCoreApplication::translate("FeedbackForm", "%1 of %2 answered", "the form fills in: 12 of 52 answered") },
        { QStringLiteral("make"), QCoreApplication::translate("FeedbackForm", "Create my response") },
        { QStringLiteral("make_anyway"), QCoreApplication::translate("FeedbackForm", "Create it anyway") },
        { QStringLiteral("unanswered"),
          QCoreApplication::translate("FeedbackForm",
                                      "%1 statements have no answer yet; they will count as “Can’t say”.",
                                      "the form fills in a number of 2 or more") },
        { QStringLiteral("unanswered_one"),
          QCoreApplication::translate("FeedbackForm",
                                      "One statement has no answer yet; it will count as “Can’t say”.") },
        { QStringLiteral("nothing_rated"),
          QCoreApplication::translate(
              "FeedbackForm",
              "You have not rated any statement, so your response would not count. Rate at least one, or choose "
              "“Can’t say” where you cannot judge.") },
        { QStringLiteral("done_heading"), QCoreApplication::translate("FeedbackForm", "Your response is ready") },
        { QStringLiteral("download"), QCoreApplication::translate("FeedbackForm", "Save the response file") },
        { QStringLiteral("download_hint"),
          QCoreApplication::translate(
              "FeedbackForm", "Send the file back to the person who asked you, for example as an e-mail attachment.") },
        { QStringLiteral("no_download"),
          QCoreApplication::translate(
              "FeedbackForm", "This browser cannot save the file. Copy the text below into an e-mail instead.") },
        { QStringLiteral("copy_label"),
          QCoreApplication::translate("FeedbackForm", "Or paste this text into an e-mail") },
        { QStringLiteral("copy"), QCoreApplication::translate("FeedbackForm", "Copy the text") },
        { QStringLiteral("copied"), QCoreApplication::translate("FeedbackForm", "Copied.") },
        { QStringLiteral("change"), QCoreApplication::translate("FeedbackForm", "Change my answers") },
    };
}

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

// JSON for the inside of a <script> element: nothing in it may end the element or open a comment,
// and U+2028/U+2029 are escaped as JavaScript before ES2019 required. Each of these characters can
// only stand inside a string, where the escape means the same character.
QByteArray scriptJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    json.replace("\xE2\x80\xA8", "\\u2028").replace("\xE2\x80\xA9", "\\u2029");
    return json;
}

QJsonArray groupItems(const QList<Item> &items, const QSet<QString> &asked)
{
    QJsonArray list;
    for (const Item &item : items) {
        if (asked.contains(item.id))
            list.append(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("text"), item.observer } });
    }
    return list;
}

} // namespace

Result<QByteArray> FeedbackForm::html(const FeedbackRound &round, const SkillModel &model)
{
    QFile file(QStringLiteral(":/tandem/feedback/form.html"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate(
            "FeedbackForm", "The feedback form is missing from this Tandem; it cannot write forms.") };
    return html(round, model, file.readAll());
}

Result<QByteArray> FeedbackForm::html(const FeedbackRound &round, const SkillModel &model,
                                      const QByteArray &templateHtml)
{
    if (round.modelVersion != model.version)
        return Error { QCoreApplication::translate(
                           "FeedbackForm",
                           "This round was made with the questions of version %1; this Tandem has %2. Its responses "
                           "can still be imported.")
                           .arg(round.modelVersion, model.version) };
    if (const Status valid = checkFeedbackRound(round, model); !valid)
        return valid.failure();

    // Groups in the model's order: each chosen skill, then both poles of each chosen contrast.
    const QSet<QString> asked(round.itemIds.cbegin(), round.itemIds.cend());
    QJsonArray groups;
    const auto addGroup = [&](const QString &title, const QList<Item> &items) {
        const QJsonArray list = groupItems(items, asked);
        if (!list.isEmpty())
            groups.append(QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("items"), list } });
    };
    for (const Skill &skill : model.skills)
        addGroup(skill.name, skill.items);
    for (const Contrast &contrast : model.contrasts) {
        addGroup(contrast.leadPole.name, contrast.leadPole.items);
        addGroup(contrast.managePole.name, contrast.managePole.items);
    }

    const QJsonObject texts = formTexts(static_cast<int>(round.itemIds.size()));
    const QJsonObject data {
        { QStringLiteral("format"), QStringLiteral("tandem-feedback-round") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("round"), round.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("model_version"), round.modelVersion },
        { QStringLiteral("seal_key"),
          QString::fromLatin1(round.sealKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) },
        { QStringLiteral("asked_by"), round.askedBy },
        { QStringLiteral("note"), round.note },
        { QStringLiteral("scale"), QJsonArray::fromStringList(model.scaleLabels) },
        { QStringLiteral("texts"), texts },
        { QStringLiteral("groups"), groups },
    };
    const QString title = round.askedBy.isEmpty() ? texts.value(QStringLiteral("title_anonymous")).toString()
                                                  : texts.value(QStringLiteral("title")).toString().arg(round.askedBy);
    const QList<std::pair<QByteArray, QByteArray>> fills {
        // The form's language is the language of its words: each translation names its own.
        { "%%TANDEM_LANG%%",
          htmlText(QCoreApplication::translate("FeedbackForm", "en",
                                               "the language of this translation as an HTML language code, such as de"))
              .toUtf8() },
        { "%%TANDEM_TITLE%%", htmlText(title).toUtf8() },
        { "%%TANDEM_UNSUPPORTED%%",
          htmlText(QCoreApplication::translate(
                       "FeedbackForm",
                       "This feedback form needs a web browser with JavaScript switched on, such as a current "
                       "Firefox, Chrome, Edge or Safari. Please open the file in one of them."))
              .toUtf8() },
        { "%%TANDEM_BROKEN%%",
          htmlText(QCoreApplication::translate(
                       "FeedbackForm",
                       "This form is damaged and cannot be used. Please ask the person who sent it for a new copy."))
              .toUtf8() },
        { "%%TANDEM_ROUND%%", scriptJson(data) },
    };

    // Every placeholder exactly once; filled in one pass, so that a value holding a placeholder's
    // name (a note, say) is never filled again.
    QList<std::pair<qsizetype, qsizetype>> places; // (offset in the template, index in fills)
    for (qsizetype i = 0; i < fills.size(); ++i) {
        const QByteArray &name = fills.at(i).first;
        const qsizetype at = templateHtml.indexOf(name);
        if (at < 0 || templateHtml.indexOf(name, at + 1) >= 0)
            return Error { QCoreApplication::translate(
                               "FeedbackForm",
                               "The feedback form in this Tandem is damaged (%1 must appear exactly once); it cannot "
                               "write forms.")
                               .arg(QString::fromLatin1(name)) };
        places.append({ at, i });
    }
    std::sort(places.begin(), places.end());
    QByteArray out;
    out.reserve(templateHtml.size() + 64 * 1024);
    qsizetype from = 0;
    for (const auto &[at, index] : places) {
        out.append(templateHtml.constData() + from, at - from);
        out.append(fills.at(index).second);
        from = at + fills.at(index).first.size();
    }
    out.append(templateHtml.constData() + from, templateHtml.size() - from);
    return out;
}

} // namespace tandem::core
