#include "jrnlimport.h"

#include "jsontext.h"
#include "recordlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace tandem::core {

namespace {

Error entryError(qsizetype index, const QString &problem)
{
    return Error {
        QCoreApplication::translate("JrnlImport", "Entry %1 of the jrnl file: %2").arg(index + 1).arg(problem)
    };
}

// Leading blank lines and trailing white space are how jrnl separates title and body, not text.
QString cleanBody(const QString &body)
{
    qsizetype start = 0;
    qsizetype lineStart = 0;
    while (start < body.size() && body.at(start).isSpace()) {
        if (body.at(start) == QLatin1Char('\n'))
            lineStart = start + 1;
        ++start;
    }
    qsizetype end = body.size();
    while (end > lineStart && body.at(end - 1).isSpace())
        --end;
    return body.mid(lineStart, end - lineStart);
}

// jrnl keeps wall-clock times. One that a daylight-saving change skipped (02:30 on the night
// clocks go forward) is read as that long after midnight, that is, an hour later.
QDateTime localTime(const QDate &date, const QTime &time)
{
    const QDateTime exact(date, time, Qt::LocalTime);
    if (exact.isValid())
        return exact;
    for (const QTime &anchor : { QTime(0, 0), QTime(12, 0) }) {
        const QDateTime start(date, anchor, Qt::LocalTime);
        if (start.isValid())
            return start.addSecs(anchor.secsTo(time));
    }
    return exact;
}

Result<JournalEntry> readEntry(const QJsonValue &value, qsizetype index)
{
    static const QRegularExpression datePattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression timePattern(QStringLiteral("^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"));

    if (!value.isObject())
        return entryError(
            index, QCoreApplication::translate("JrnlImport", "it is not an object with a title, body, date and time."));
    const QJsonObject object = value.toObject();

    auto text = [&](const QString &key, bool required) -> Result<QString> {
        const QJsonValue field = object.value(key);
        if (field.isUndefined() && !required)
            return QString();
        if (!field.isString())
            return entryError(index, QCoreApplication::translate("JrnlImport", "\"%1\" should be text.").arg(key));
        return field.toString();
    };
    const auto title = text(QStringLiteral("title"), true);
    if (!title)
        return Error { title.error() };
    const auto body = text(QStringLiteral("body"), false);
    if (!body)
        return Error { body.error() };
    const auto dateText = text(QStringLiteral("date"), true);
    if (!dateText)
        return Error { dateText.error() };
    const auto timeText = text(QStringLiteral("time"), true);
    if (!timeText)
        return Error { timeText.error() };

    const QDate date = datePattern.match(*dateText).hasMatch()
        ? QDate::fromString(*dateText, QStringLiteral("yyyy-MM-dd"))
        : QDate();
    if (!date.isValid())
        return entryError(
            index,
            QCoreApplication::translate("JrnlImport", "\"date\" should be a date like 2024-03-01, not \"%1\".")
                .arg(dateText->left(40)));
    QTime time;
    if (timePattern.match(*timeText).hasMatch())
        time = QTime::fromString(*timeText,
                                 timeText->size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        return entryError(index,
                          QCoreApplication::translate("JrnlImport", "\"time\" should be a time like 09:30, not \"%1\".")
                              .arg(timeText->left(40)));
    const QDateTime local = localTime(date, time);
    if (!local.isValid())
        return entryError(index,
                          QCoreApplication::translate("JrnlImport", "%1 %2 is not a time that exists here.")
                              .arg(*dateText, *timeText));

    JournalEntry entry;
    entry.occurredAt = local.toUTC();
    entry.createdAt = entry.occurredAt;
    entry.updatedAt = entry.occurredAt;
    entry.title = title->trimmed();
    entry.body = cleanBody(*body);

    const QJsonValue starred = object.value(QStringLiteral("starred"));
    if (!starred.isUndefined() && !starred.isBool())
        return entryError(index, QCoreApplication::translate("JrnlImport", "\"starred\" should be true or false."));

    const QJsonValue tags = object.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        return entryError(index, QCoreApplication::translate("JrnlImport", "\"tags\" should be a list of tags."));
    const QJsonArray tagList = tags.toArray();
    for (const QJsonValue &tagValue : tagList) {
        if (!tagValue.isString())
            return entryError(index, QCoreApplication::translate("JrnlImport", "every tag should be text."));
        QString tag = tagValue.toString().trimmed();
        if (tag.startsWith(QLatin1Char('@')) || tag.startsWith(QLatin1Char('#')))
            tag = tag.mid(1).trimmed();
        // Tandem compares tags ignoring letter case, as jrnl does.
        if (!tag.isEmpty() && !entry.tags.contains(tag, Qt::CaseInsensitive))
            entry.tags.append(tag);
    }
    if (starred.toBool() && !entry.tags.contains(QStringLiteral("starred"), Qt::CaseInsensitive))
        entry.tags.append(QStringLiteral("starred"));
    // No more than the store keeps and Tandem's own export reads back, so that an imported entry
    // survives an export and a re-import.
    if (Status fits = RecordLimits::check(entry); !fits)
        return entryError(index, fits.error() + QLatin1Char('.'));

    // The stable name: the same export imported twice names each entry the same.
    entry.uuid = QUuid::createUuidV5(JrnlImport::uuidNamespace(),
                                     QStringLiteral("jrnl:%1 %2 %3").arg(*dateText, *timeText, *title));
    return entry;
}

} // namespace

QUuid JrnlImport::uuidNamespace()
{
    return QUuid(QStringLiteral("{b89c5d54-6eae-4508-bdc5-b4bacdebd7fe}"));
}

Result<ExchangeData> JrnlImport::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        return Error { QCoreApplication::translate(
                           "JrnlImport",
                           "The jrnl file is larger than %1 MiB, which no journal export is; it was not read.")
                           .arg(MaxFileBytes / (1024 * 1024)) };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return Error { QCoreApplication::translate(
            "JrnlImport", "The jrnl file is not UTF-8 text, so it is not an export of jrnl.") };

    QJsonParseError parseError;
    const QJsonDocument document = parseJsonKeepingText(decoded.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate("JrnlImport",
                                                   "The jrnl file is not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    if (!document.isObject())
        return Error { QCoreApplication::translate(
            "JrnlImport", "The jrnl file does not hold an export of jrnl: it should be an object with \"entries\".") };
    const QJsonObject root = document.object();
    const QJsonValue tags = root.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isObject())
        return Error { QCoreApplication::translate("JrnlImport",
                                                   "The jrnl file's \"tags\" should be an object of tag counts.") };
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return Error { QCoreApplication::translate(
            "JrnlImport", "The jrnl file has no list of \"entries\", so it is not an export of jrnl.") };

    ExchangeData data;
    const QJsonArray list = entries.toArray();
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto read = readEntry(list.at(i), i);
        if (!read)
            return Error { read.error() };
        JournalEntry entry = std::move(read).value();
        if (entry.isEmpty())
            continue;
        // Two entries with the same date, time and title: the second, third … get their own name.
        const QJsonObject object = list.at(i).toObject();
        for (int n = 2; seen.contains(entry.uuid); ++n) {
            entry.uuid = QUuid::createUuidV5(uuidNamespace(),
                                             QStringLiteral("jrnl:%1 %2 %3#%4")
                                                 .arg(object.value(QStringLiteral("date")).toString(),
                                                      object.value(QStringLiteral("time")).toString(),
                                                      object.value(QStringLiteral("title")).toString())
                                                 .arg(n));
        }
        seen.insert(entry.uuid);
        data.journalEntries.append(std::move(entry));
    }
    return data;
}

} // namespace tandem::core
