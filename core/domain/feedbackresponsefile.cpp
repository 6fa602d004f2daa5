#include "feedbackresponsefile.h"

#include "jsontext.h"
#include "recordlimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QVariant>

#include <algorithm>

namespace tandem::core {

namespace {

const QString FormatName = QStringLiteral("tandem-feedback-response");

// The form writes ids as crypto.randomUUID() does: lower case, no braces. Anything else is not
// from the form, and the seal covers the id as written.
bool isFormUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return !QUuid::fromString(text).isNull();
}

// A statement id as the model writes them; anything else (a space or line break that could make
// two answers' seal lines look like one) is refused before it reaches the seal.
bool isItemId(const QString &id)
{
    if (id.isEmpty() || id.size() > RecordLimits::MaxIdLength)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'-' || u == u'_';
    });
}

// The characters the form turns into spaces (cleanName in form.html), and unpaired surrogates.
bool hasForbiddenNameCharacter(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return true;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= name.size() || !QChar::isLowSurrogate(name.at(i + 1).unicode()))
                return true;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

// Removes "> " quoting (possibly repeated, after optional white space) from every line after the
// first when every such line has it; the first line starts at the opening brace. A text where only
// some lines are quoted is left as it is, and the JSON parser refuses it.
QString unquoted(const QString &span)
{
    QStringList lines = span.split(u'\n');
    if (lines.size() < 2)
        return span;
    // As verify.py: white space, then ">" with at most one space after it, possibly repeated.
    static const QRegularExpression Quote(QStringLiteral("^\\s*(?:>[ \\t]?)+"));
    const auto quoteEnd = [](const QString &line) -> qsizetype {
        const QRegularExpressionMatch match = Quote.match(line);
        return match.hasMatch() ? match.capturedEnd() : -1;
    };
    for (qsizetype n = 1; n < lines.size(); ++n) {
        if (quoteEnd(lines.at(n)) < 0)
            return span;
    }
    for (qsizetype n = 1; n < lines.size(); ++n)
        lines[n].remove(0, quoteEnd(lines.at(n)));
    return lines.join(u'\n');
}

// What Qt's parser hides in valid JSON: a number written with a fraction or an exponent (4.0, 4e0)
// is read as the whole number it equals, and of a key written twice in one object only one value
// is kept, so that a second "rater" or answer added by hand would go unseen by the seal.
struct JsonShape final
{
    QHash<QString, QString> fractional; ///< key → the number as written
    QString duplicateKey; ///< the first key written twice in one object
};

JsonShape shapeOf(const QString &json)
{
    JsonShape shape;
    QList<QSet<QString>> objects; // the keys seen in each open object or array
    QString lastString;
    qsizetype i = 0;
    const qsizetype n = json.size();
    while (i < n) {
        const QChar c = json.at(i);
        if (c == u'{' || c == u'[') {
            objects.append(QSet<QString>());
            ++i;
        } else if (c == u'}' || c == u']') {
            if (!objects.isEmpty())
                objects.removeLast();
            ++i;
        } else if (c == u'"') {
            const qsizetype from = ++i;
            while (i < n && json.at(i) != u'"')
                i += json.at(i) == u'\\' ? 2 : 1;
            lastString = json.mid(from, i - from);
            if (lastString.contains(u'\\')) {
                const QByteArray quoted = "[\"" + lastString.toUtf8() + "\"]";
                lastString = QJsonDocument::fromJson(quoted).array().at(0).toString();
            }
            ++i;
            qsizetype next = i;
            while (next < n && json.at(next).isSpace())
                ++next;
            if (next < n && json.at(next) == u':' && !objects.isEmpty()) {
                if (objects.last().contains(lastString) && shape.duplicateKey.isNull())
                    shape.duplicateKey = lastString;
                objects.last().insert(lastString);
            }
        } else if (c == u'-' || c.isDigit()) {
            const qsizetype from = i;
            while (i < n && (json.at(i).isDigit() || QStringView(u"+-.eE").contains(json.at(i))))
                ++i;
            const QStringView number = QStringView(json).mid(from, i - from);
            if (number.contains(u'.') || number.contains(u'e') || number.contains(u'E'))
                shape.fractional.insert(lastString, number.toString());
        } else {
            ++i;
        }
    }
    return shape;
}

// Whether a JSON value is a whole number written as one (4, not 4.0 or 4e0).
bool isJsonInteger(const QJsonValue &value, const QString &key, const QHash<QString, QString> &fractional)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong && !fractional.contains(key);
}

QString shownValue(const QJsonValue &value, const QString &written)
{
    if (!written.isEmpty())
        return written.left(20);
    if (value.isString())
        return u'"' + value.toString().left(20) + u'"';
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("[…]");
    if (value.isObject())
        return QStringLiteral("{…}");
    return QString::number(value.toDouble());
}

} // namespace

QByteArray FeedbackResponseFile::seal(const QByteArray &key, const Contents &contents)
{
    const FeedbackResponse &response = contents.response;
    QByteArray text;
    text.reserve(200 + 40 * response.answers.size());
    text += "tandem-feedback-response " + QByteArray::number(FormatVersion) + '\n';
    text += "round " + contents.round.toByteArray(QUuid::WithoutBraces) + '\n';
    text += "response " + response.uuid.toByteArray(QUuid::WithoutBraces) + '\n';
    text += "model " + contents.modelVersion.toUtf8() + '\n';
    text += "rater " + response.rater.toUtf8() + '\n';
    // QMap keeps its keys in QString order: UTF-16 code units, as JavaScript's sort() orders them.
    for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
        text += it.key().toUtf8() + ' ';
        text += it.value() ? QByteArray::number(*it.value()) : QByteArray("-");
        text += '\n';
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256);
    return mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<FeedbackResponseFile::Contents> FeedbackResponseFile::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 is too large for a feedback response (%2 bytes; at most %3).")
                           .arg(fileName, RecordLimits::number(bytes.size()), RecordLimits::number(MaxBytes)) };
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 is not a feedback response: it is not UTF-8 text.")
                           .arg(fileName) };
    if (text.contains(QChar(0)))
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 is not a feedback response: it holds a NUL byte.")
                           .arg(fileName) };
    const qsizetype start = text.indexOf(u'{');
    const qsizetype end = text.lastIndexOf(u'}');
    if (start < 0)
        return Error {
            QCoreApplication::translate("FeedbackResponseFile", "%1 holds no feedback response.").arg(fileName)
        };
    const Error unreadable { QCoreApplication::translate(
                                 "FeedbackResponseFile",
                                 "%1 cannot be read as a feedback response: it is damaged or incomplete.")
                                 .arg(fileName) };
    if (end < start)
        return unreadable;
    const QString span = unquoted(text.mid(start, end - start + 1));

    QJsonParseError parseError;
    const QJsonDocument document = parseJsonKeepingText(span.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unreadable;
    const QJsonObject object = document.object();
    const JsonShape shape = shapeOf(span);
    const QHash<QString, QString> &fractional = shape.fractional;
    const Error notOurs {
        QCoreApplication::translate("FeedbackResponseFile", "%1 is not a Tandem feedback response.").arg(fileName)
    };
    if (object.value(QStringLiteral("format")) != QJsonValue(FormatName))
        return notOurs;
    const QJsonValue version = object.value(QStringLiteral("format_version"));
    if (!isJsonInteger(version, QStringLiteral("format_version"), fractional) || version.toInteger() < 1)
        return unreadable;
    if (version.toInteger() > FormatVersion)
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 was made by a newer Tandem form; update Tandem to read it.")
                           .arg(fileName) };
    if (!shape.duplicateKey.isNull())
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 holds “%2” twice, which the form never writes.")
                           .arg(fileName, shape.duplicateKey.left(RecordLimits::MaxIdLength)) };

    static const QStringList Keys { QStringLiteral("format"),        QStringLiteral("format_version"),
                                    QStringLiteral("round"),         QStringLiteral("response"),
                                    QStringLiteral("model_version"), QStringLiteral("rater"),
                                    QStringLiteral("answers"),       QStringLiteral("seal") };
    for (const QString &key : Keys) {
        if (!object.contains(key))
            return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                       "%1 is not a complete feedback response: it has no “%2”.")
                               .arg(fileName, key) };
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!Keys.contains(it.key()))
            return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                       "%1 holds “%2”, which a feedback response does not have.")
                               .arg(fileName, it.key().left(RecordLimits::MaxIdLength)) };
    }

    Contents contents;
    const QJsonValue round = object.value(QStringLiteral("round"));
    if (!round.isString() || !isFormUuid(round.toString()))
        return Error {
            QCoreApplication::translate("FeedbackResponseFile", "%1 has a damaged round id.").arg(fileName)
        };
    contents.round = QUuid::fromString(round.toString());
    const QJsonValue response = object.value(QStringLiteral("response"));
    if (!response.isString() || !isFormUuid(response.toString()))
        return Error {
            QCoreApplication::translate("FeedbackResponseFile", "%1 has a damaged response id.").arg(fileName)
        };
    contents.response.uuid = QUuid::fromString(response.toString());
    const QJsonValue model = object.value(QStringLiteral("model_version"));
    if (!model.isString() || model.toString().isEmpty() || model.toString().size() > RecordLimits::MaxShortTextLength)
        return Error {
            QCoreApplication::translate("FeedbackResponseFile", "%1 has a damaged model version.").arg(fileName)
        };
    contents.modelVersion = model.toString();

    const QJsonValue seal = object.value(QStringLiteral("seal"));
    const auto decoded = QByteArray::fromBase64Encoding(seal.toString().toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!seal.isString() || seal.toString().isEmpty() || !decoded || decoded.decoded.size() != 32)
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 has a damaged seal, so Tandem cannot trust its answers.")
                           .arg(fileName) };
    contents.response.seal = seal.toString().toLatin1();

    const QJsonValue rater = object.value(QStringLiteral("rater"));
    if (!rater.isString())
        return Error {
            QCoreApplication::translate("FeedbackResponseFile", "%1 has a damaged rater name.").arg(fileName)
        };
    const QString name = rater.toString();
    if (name.size() > FeedbackLimits::MaxRater)
        return Error {
            QCoreApplication::translate("FeedbackResponseFile",
                                        "%1 gives a rater name that is too long (%2 characters; at most %3).")
                .arg(fileName, RecordLimits::number(name.size()), RecordLimits::number(FeedbackLimits::MaxRater))
        };
    if (hasForbiddenNameCharacter(name))
        return Error {
            QCoreApplication::translate(
                "FeedbackResponseFile",
                "%1 gives a rater name with line breaks, control characters or direction marks, which the form never "
                "writes.")
                .arg(fileName)
        };
    contents.response.rater = name;

    const QJsonValue answers = object.value(QStringLiteral("answers"));
    if (!answers.isObject())
        return Error { QCoreApplication::translate("FeedbackResponseFile", "%1 has no answers.").arg(fileName) };
    const QJsonObject answerObject = answers.toObject();
    if (answerObject.size() > MaxAnswers)
        return Error { QCoreApplication::translate("FeedbackResponseFile", "%1 has too many answers (%2; at most %3).")
                           .arg(fileName, RecordLimits::number(answerObject.size()),
                                RecordLimits::number(MaxAnswers)) };
    for (auto it = answerObject.constBegin(); it != answerObject.constEnd(); ++it) {
        const QString id = it.key();
        if (!isItemId(id))
            return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                       "%1 answers “%2”, which is not a statement id.")
                               .arg(fileName, id.left(RecordLimits::MaxIdLength)) };
        const QJsonValue value = it.value();
        if (value.isNull()) {
            contents.response.answers.insert(id, std::nullopt);
            continue;
        }
        if (!isJsonInteger(value, id, fractional) || value.toInteger() < 1 || value.toInteger() > 5)
            return Error {
                QCoreApplication::translate(
                    "FeedbackResponseFile",
                    "%1 gives the statement “%2” the answer %3; an answer is a whole number from 1 to 5, or none for "
                    "“Can’t say”.")
                    .arg(fileName, id, shownValue(value, fractional.value(id)))
            };
        contents.response.answers.insert(id, static_cast<int>(value.toInteger()));
    }
    return contents;
}

Status FeedbackResponseFile::check(const Contents &contents, const FeedbackRound &round, const QString &fileName)
{
    if (contents.round != round.uuid)
        return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                   "%1 is a response to another feedback round, not to this one.")
                           .arg(fileName) };
    if (contents.modelVersion != round.modelVersion)
        return Error { QCoreApplication::translate(
                           "FeedbackResponseFile",
                           "%1 answers the statements of model version %2, but this round asked those of version %3.")
                           .arg(fileName, contents.modelVersion.left(RecordLimits::MaxIdLength), round.modelVersion) };
    const QSet<QString> asked(round.itemIds.cbegin(), round.itemIds.cend());
    for (auto it = contents.response.answers.cbegin(); it != contents.response.answers.cend(); ++it) {
        if (!asked.contains(it.key()))
            return Error { QCoreApplication::translate("FeedbackResponseFile",
                                                       "%1 names the statement “%2”, which this round did not ask.")
                               .arg(fileName, it.key()) };
    }
    for (const QString &id : round.itemIds) {
        if (!contents.response.answers.contains(id))
            return Error { QCoreApplication::translate(
                               "FeedbackResponseFile",
                               "%1 has no answer for the statement “%2”, which this round asked; the form always "
                               "writes every statement, so the file is incomplete.")
                               .arg(fileName, id) };
    }
    const auto &values = contents.response.answers;
    if (std::none_of(values.cbegin(), values.cend(), [](const std::optional<int> &value) { return value.has_value(); }))
        return Error { QCoreApplication::translate(
                           "FeedbackResponseFile",
                           "%1 rates no statement: every answer is “Can’t say”, so it would not count.")
                           .arg(fileName) };
    const QByteArray expected = seal(round.sealKey, contents);
    if (expected != contents.response.seal)
        return Error { QCoreApplication::translate(
                           "FeedbackResponseFile",
                           "%1 was changed after it was made (or damaged on the way), so Tandem cannot trust its "
                           "answers. Ask for it to be sent again.")
                           .arg(fileName) };
    return {};
}

} // namespace tandem::core
