#include "tandemjson.h"

#include "database.h"
#include "jsonscanner.h"
#include "jsontext.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "sqltime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace tandem::core {

namespace {

// The limits on the parts of one record are RecordLimits', the same the store enforces, so that
// everything Tandem stores (and exports) reads back.
using Limits = RecordLimits;

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toSqlTime(time)) : QJsonValue(QJsonValue::Null);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject assessmentObject(const ExchangeAssessment &exchanged)
{
    const Assessment &a = exchanged.assessment;
    QJsonObject answers;
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    return { { QStringLiteral("uuid"), uuidText(a.uuid) },
             { QStringLiteral("kind"), assessmentKindKey(a.kind) },
             { QStringLiteral("model_version"), a.modelVersion },
             { QStringLiteral("started_at"), timeValue(a.startedAt) },
             { QStringLiteral("taken_at"), timeValue(a.takenAt) },
             { QStringLiteral("note"), a.note },
             { QStringLiteral("answers"), answers } };
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue decisionValue(const std::optional<Decision> &decision)
{
    if (!decision)
        return QJsonValue(QJsonValue::Null);
    QJsonValue review(QJsonValue::Null);
    if (const std::optional<DecisionReview> &r = decision->review) {
        review = QJsonObject { { QStringLiteral("reviewed_at"), timeValue(r->reviewedAt) },
                               { QStringLiteral("outcome"), r->outcome },
                               { QStringLiteral("actual_mode"),
                                 r->actualMode == Mode::Unset ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(modeKey(r->actualMode)) },
                               { QStringLiteral("held"), heldKey(r->held) } };
    }
    return QJsonObject { { QStringLiteral("expectation"), decision->expectation },
                         { QStringLiteral("confidence"),
                           decision->confidence ? QJsonValue(*decision->confidence) : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("review_on"), dateValue(decision->reviewOn) },
                         { QStringLiteral("review"), review } };
}

QJsonObject entryObject(const JournalEntry &e)
{
    // The advice keeps the shape it has in the store (docs/data-model.md), so there is one
    // description of it.
    const QJsonValue advice
        = e.advice ? QJsonValue(QJsonDocument::fromJson(e.advice->toJson()).object()) : QJsonValue(QJsonValue::Null);
    return { { QStringLiteral("uuid"), uuidText(e.uuid) },
             { QStringLiteral("occurred_at"), timeValue(e.occurredAt) },
             { QStringLiteral("created_at"), timeValue(e.createdAt) },
             { QStringLiteral("updated_at"), timeValue(e.updatedAt) },
             { QStringLiteral("title"), e.title },
             { QStringLiteral("situation"), e.situation },
             { QStringLiteral("mode"),
               e.mode == Mode::Unset ? QJsonValue(QJsonValue::Null) : QJsonValue(modeKey(e.mode)) },
             { QStringLiteral("outcome"), e.outcome },
             { QStringLiteral("rating"), e.rating ? QJsonValue(*e.rating) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("feelings"), e.feelings },
             { QStringLiteral("learned"), e.learned },
             { QStringLiteral("next_time"), e.nextTime },
             { QStringLiteral("body"), e.body },
             { QStringLiteral("tags"), stringArray(e.tags) },
             { QStringLiteral("skills"), stringArray(e.skills) },
             { QStringLiteral("contrasts"), stringArray(e.contrasts) },
             { QStringLiteral("areas"), stringArray(e.areas) },
             { QStringLiteral("advice"), advice },
             { QStringLiteral("decision"), decisionValue(e.decision) } };
}

QJsonObject goalObject(const ExchangeGoal &exchanged)
{
    const Goal &g = exchanged.goal;
    QJsonArray steps;
    for (const GoalStep &step : g.steps) {
        steps.append(QJsonObject {
            { QStringLiteral("uuid"), uuidText(step.uuid) },
            { QStringLiteral("text"), step.text },
            { QStringLiteral("due_on"), dateValue(step.dueOn) },
            { QStringLiteral("tip_id"), step.tipId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.tipId) },
            { QStringLiteral("done_at"), timeValue(step.doneAt) } });
    }
    QJsonArray evidence;
    for (const QUuid &entry : exchanged.evidenceEntries)
        evidence.append(uuidText(entry));
    return { { QStringLiteral("uuid"), uuidText(g.uuid) },
             { QStringLiteral("created_at"), timeValue(g.createdAt) },
             { QStringLiteral("updated_at"), timeValue(g.updatedAt) },
             { QStringLiteral("target_kind"), goalTargetKey(g.targetKind) },
             { QStringLiteral("target_id"), g.targetId },
             { QStringLiteral("title"), g.title },
             { QStringLiteral("why"), g.why },
             { QStringLiteral("due_on"), dateValue(g.dueOn) },
             { QStringLiteral("target_score"),
               g.targetScore ? QJsonValue(*g.targetScore) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("status"), goalStatusKey(g.status) },
             { QStringLiteral("closed_at"), timeValue(g.closedAt) },
             { QStringLiteral("steps"), steps },
             { QStringLiteral("evidence"), evidence } };
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QCoreApplication::translate("TandemJson", "true or false");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("text");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QCoreApplication::translate("TandemJson", "an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

// A short, printable rendering of a value the file holds, for messages.
QString quoted(const QString &text)
{
    constexpr qsizetype Shown = 60;
    QString shown = text.left(Shown);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return QLatin1Char('"') + shown + (text.size() > Shown ? QStringLiteral("…\"") : QStringLiteral("\""));
}

const QRegularExpression &idPattern()
{
    // The pattern of ids in the skill model (SkillModel::fromJson).
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    return pattern;
}

// Reads the parts of the file, keeping the first problem it meets. Every accessor returns a
// harmless default after a problem, so that callers check failed() once per record.
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QJsonObject feedbackRoundObject(const ExchangeFeedbackRound &exchanged)
{
    const FeedbackRound &r = exchanged.round;
    QJsonArray responses;
    for (const FeedbackResponse &response : exchanged.responses) {
        QJsonObject answers;
        for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it)
            answers.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
        responses.append(QJsonObject { { QStringLiteral("uuid"), uuidText(response.uuid) },
                                       { QStringLiteral("received_at"), timeValue(response.receivedAt) },
                                       { QStringLiteral("rater"), response.rater },
                                       { QStringLiteral("seal"), QString::fromLatin1(response.seal) },
                                       { QStringLiteral("answers"), answers } });
    }
    return { { QStringLiteral("uuid"), uuidText(r.uuid) },
             { QStringLiteral("created_at"), timeValue(r.createdAt) },
             { QStringLiteral("model_version"), r.modelVersion },
             { QStringLiteral("asked_by"), r.askedBy },
             { QStringLiteral("note"), r.note },
             { QStringLiteral("seal_key"), QString::fromLatin1(r.sealKey.toBase64(Base64Url)) },
             { QStringLiteral("statements"), stringArray(r.itemIds) },
             { QStringLiteral("invited"), r.invited ? QJsonValue(*r.invited) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("closed_at"), r.closedAt ? timeValue(*r.closedAt) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("responses"), responses } };
}

QString recordName(const char *kind, qsizetype index)
{
    return QLatin1String(kind) + QLatin1Char(' ') + QString::number(index + 1);
}

class Reader final
{
public:
    Reader(const SkillModel &model, int version) : m_model(model), m_version(version) { }

    /// The format version of the file being read: fields and values added later are unknown
    /// in an older file.
    int version() const { return m_version; }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
    }
    void fail(const QString &where, const char *key, const QString &what)
    {
        fail(where, QLatin1Char('"') + QLatin1String(key) + QStringLiteral("\" ") + what);
    }

    // The keys of `o` must be among `keys`, or among `since2` in a file of format version 2 or later.
    void onlyKeys(const QJsonObject &o, std::initializer_list<const char *> keys, const QString &where,
                  std::initializer_list<const char *> since2 = {})
    {
        for (const QString &key : o.keys()) {
            bool known = false;
            for (const char *k : keys)
                known = known || key == QLatin1String(k);
            if (m_version >= 2) {
                for (const char *k : since2)
                    known = known || key == QLatin1String(k);
            }
            if (!known) {
                fail(where,
                     (where.isEmpty() ? QCoreApplication::translate("TandemJson", "it has") : QStringLiteral("has"))
                         + QCoreApplication::translate("TandemJson", " a field Tandem does not know: %1")
                               .arg(quoted(key)));
                return;
            }
        }
    }

    QJsonValue field(const QJsonObject &o, const char *key, const QString &where, bool required)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() && required)
            fail(where, key, QCoreApplication::translate("TandemJson", "is missing"));
        return value;
    }

    QString text(const QJsonObject &o, const char *key, const QString &where, bool required,
                 qsizetype maxLength = Limits::MaxTextLength)
    {
        const QJsonValue value = field(o, key, where, required);
        if (value.isUndefined())
            return {};
        return text(value, where, key, maxLength);
    }

    QString text(const QJsonValue &value, const QString &where, const char *key, qsizetype maxLength)
    {
        if (!value.isString()) {
            fail(where, key, QCoreApplication::translate("TandemJson", "must be text, not %1").arg(typeName(value)));
            return {};
        }
        QString s = value.toString();
        if (s.size() > maxLength) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "is too long (%1 characters; at most %2)")
                     .arg(Limits::number(s.size()), Limits::number(maxLength)));
            return {};
        }
        return s;
    }

    // One of the given keys ("full", "pulse"); null or absent gives "" when nullable.
    QString choice(const QJsonObject &o, const char *key, const QString &where, const QStringList &choices,
                   bool nullable)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if ((value.isUndefined() || value.isNull()) && nullable)
            return {};
        const QString s = text(o, key, where, true, Limits::MaxShortTextLength);
        if (!failed() && !choices.contains(s)) {
            QStringList shown;
            for (const QString &c : choices)
                shown.append(QLatin1Char('"') + c + QLatin1Char('"'));
            if (nullable)
                shown.append(QStringLiteral("null"));
            const QString last = shown.takeLast();
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "must be %1 or %2, not %3")
                     .arg(shown.join(QStringLiteral(", ")), last, quoted(s)));
        }
        return s;
    }

    QUuid uuid(const QJsonValue &value, const QString &where, const char *key)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        const QString s = text(value, where, key, Limits::MaxShortTextLength);
        if (failed())
            return {};
        const QUuid id = QUuid::fromString(s);
        if (!pattern.match(s).hasMatch() || id.isNull()) {
            fail(where, key,
                 QCoreApplication::translate(
                     "TandemJson", "is not a valid id: %1 (ids look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)")
                     .arg(quoted(s)));
            return {};
        }
        return id;
    }

    QUuid uuid(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue value = field(o, key, where, true);
        return value.isUndefined() ? QUuid() : uuid(value, where, key);
    }

    // A time as the store keeps it: "2026-01-31T08:30:00Z". Null or absent is an invalid time
    // when nullable.
    QDateTime time(const QJsonObject &o, const char *key, const QString &where, bool nullable)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
        const QJsonValue value = field(o, key, where, !nullable);
        if (value.isUndefined() || (value.isNull() && nullable))
            return {};
        const QString s = text(value, where, key, Limits::MaxShortTextLength);
        if (failed())
            return {};
        const QDateTime time = fromSqlTime(s);
        if (!pattern.match(s).hasMatch() || !time.isValid()) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "is not a time in the form 2026-01-31T08:30:00Z: %1")
                     .arg(quoted(s)));
            return {};
        }
        return time;
    }

    // A date "2026-01-31"; null or absent is an invalid date unless required.
    QDate date(const QJsonObject &o, const char *key, const QString &where, bool required = false)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QJsonValue value = field(o, key, where, required);
        if (value.isNull() && required)
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "must be a date in the form 2026-01-31, not null"));
        if (value.isUndefined() || value.isNull())
            return {};
        const QString s = text(value, where, key, Limits::MaxShortTextLength);
        if (failed())
            return {};
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!pattern.match(s).hasMatch() || !date.isValid()) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "is not a date in the form 2026-01-31: %1").arg(quoted(s)));
            return {};
        }
        return date;
    }

    std::optional<int> integer(const QJsonValue &value, const QString &where, const char *key, int min, int max,
                               bool nullable)
    {
        if (nullable && (value.isNull() || value.isUndefined()))
            return std::nullopt;
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
            const QString shown = value.isDouble() ? QString::number(d) : typeName(value);
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "must be a whole number from %1 to %2%3, not %4")
                     .arg(min)
                     .arg(max)
                     .arg(nullable ? QCoreApplication::translate("TandemJson", " or null") : QString(), shown));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<int> integer(const QJsonObject &o, const char *key, const QString &where, int min, int max,
                               bool nullable)
    {
        const QJsonValue value = field(o, key, where, !nullable);
        if (value.isUndefined() && !nullable)
            return std::nullopt;
        return integer(value, where, key, min, max, nullable);
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &where, bool required, qsizetype maxCount)
    {
        const QJsonValue value = field(o, key, where, required);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(where, key, QCoreApplication::translate("TandemJson", "must be a list, not %1").arg(typeName(value)));
            return {};
        }
        QJsonArray list = value.toArray();
        if (list.size() > maxCount) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "has too many items (%1; at most %2)")
                     .arg(list.size())
                     .arg(maxCount));
            return {};
        }
        return list;
    }

    QJsonObject object(const QJsonObject &o, const char *key, const QString &where, bool required, qsizetype maxCount)
    {
        const QJsonValue value = field(o, key, where, required);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "must be an object, not %1").arg(typeName(value)));
            return {};
        }
        QJsonObject object = value.toObject();
        if (object.size() > maxCount) {
            fail(where, key,
                 QCoreApplication::translate("TandemJson", "has too many items (%1; at most %2)")
                     .arg(object.size())
                     .arg(maxCount));
            return {};
        }
        return object;
    }

    // An id in the skill model's pattern ("visionary-thinking.2").
    QString id(const QJsonValue &value, const QString &where, const char *key)
    {
        const QString s = text(value, where, key, Limits::MaxIdLength);
        if (!failed() && !idPattern().match(s).hasMatch())
            fail(where, key,
                 QCoreApplication::translate("TandemJson",
                                             "holds %1, which is not an id (ids use only a-z, 0-9, '.' and '-')")
                     .arg(quoted(s)));
        return s;
    }

    QStringList ids(const QJsonObject &o, const char *key, const QString &where, bool required, qsizetype maxCount)
    {
        QStringList result;
        for (const QJsonValue &value : array(o, key, where, required, maxCount)) {
            result.append(id(value, where, key));
            if (failed())
                break;
        }
        return result;
    }

    // Links to the skill model: every id must be one the model has.
    QStringList links(const QJsonObject &o, const char *key, const QString &where, const QString &what,
                      bool (*known)(const SkillModel &, const QString &))
    {
        const QStringList list = ids(o, key, where, false, Limits::MaxLinks);
        for (const QString &ref : list) {
            if (failed())
                break;
            if (!known(m_model, ref))
                fail(where, key,
                     QCoreApplication::translate("TandemJson", "names a %1 Tandem does not know: %2")
                         .arg(what, quoted(ref)));
        }
        return list;
    }

    // Where in the file a uuid is used: the record's kind and place, 8 bytes, so that a file of
    // 100,000 records costs a few MiB to check for ids used twice (a description per uuid cost
    // over 100 bytes each).
    struct Place
    {
        enum class Kind : quint8 { Assessment, JournalEntry, Goal, GoalStep, FeedbackRound, FeedbackResponse };
        Kind kind = Kind::Assessment;
        quint16 step = 0; // of a goal, or a response of a round, counted from 0
        quint32 index = 0; // in its list
    };

    // Remembers where a uuid is used, and refuses the file when it is used twice; `where` is the
    // second use's description, the first one's is made again from its place.
    void claim(const QUuid &uuid, const QString &where, Place place)
    {
        if (uuid.isNull() || failed())
            return;
        const auto it = m_uuids.constFind(uuid);
        if (it != m_uuids.cend()) {
            fail(QString(),
                 QCoreApplication::translate("TandemJson", "the id %1 is used twice, by %2 and by %3")
                     .arg(uuidText(uuid), describe(*it), where));
            return;
        }
        m_uuids.insert(uuid, place);
    }

    // The kind of record that uses the uuid in the part of the file read so far.
    std::optional<Place::Kind> kindOf(const QUuid &uuid) const
    {
        const auto it = m_uuids.constFind(uuid);
        if (it == m_uuids.cend())
            return std::nullopt;
        return it->kind;
    }

    const SkillModel &model() const { return m_model; }

private:
    const SkillModel &m_model;
    const int m_version;
    QString m_error;
    static QString describe(const Place &place)
    {
        switch (place.kind) {
        case Place::Kind::Assessment: return recordName("assessment", place.index);
        case Place::Kind::JournalEntry: return recordName("journal entry", place.index);
        case Place::Kind::Goal: return recordName("goal", place.index);
        case Place::Kind::GoalStep:
            return recordName("goal", place.index) + QStringLiteral(", step ") + QString::number(place.step + 1);
        case Place::Kind::FeedbackRound: return recordName("feedback round", place.index);
        case Place::Kind::FeedbackResponse:
            return recordName("feedback round", place.index) + QStringLiteral(", response ")
                + QString::number(place.step + 1);
        }
        return QString();
    }

    QHash<QUuid, Place> m_uuids;
};

QString withUuid(const QString &where, const QUuid &uuid)
{
    return uuid.isNull() ? where : where + QStringLiteral(" (") + uuidText(uuid) + QLatin1Char(')');
}

std::optional<Advice> readAdvice(Reader &r, const QJsonValue &value, const QString &entry)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString where = entry + QStringLiteral(", advice");
    if (!value.isObject()) {
        r.fail(entry, "advice",
               QCoreApplication::translate("TandemJson", "must be an object or null, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    r.onlyKeys(o, { "model_version", "questions", "answers", "score", "lean", "drivers", "skills", "tips" }, where);
    Advice advice;
    advice.modelVersion = r.text(o, "model_version", where, true, Limits::MaxShortTextLength);
    advice.questionIds = r.ids(o, "questions", where, true, Limits::MaxAdviceItems);
    if (QSet<QString>(advice.questionIds.cbegin(), advice.questionIds.cend()).size() != advice.questionIds.size())
        r.fail(where, "questions", QCoreApplication::translate("TandemJson", "names a question twice"));
    const QJsonObject answers = r.object(o, "answers", where, true, Limits::MaxAdviceItems);
    if (r.failed())
        return std::nullopt;
    if (answers.size() != advice.questionIds.size())
        r.fail(where, "answers",
               QCoreApplication::translate("TandemJson", "must hold one answer for each question, and nothing else"));
    for (const QString &question : std::as_const(advice.questionIds)) {
        if (!answers.contains(question)) {
            r.fail(
                where, "answers",
                QCoreApplication::translate("TandemJson", "has no answer for the question %1").arg(quoted(question)));
            return std::nullopt;
        }
        advice.answers.append(r.integer(answers.value(question), where, "answers", -3, 3, false).value_or(0));
    }
    const int maxScore = 3 * static_cast<int>(advice.questionIds.size());
    advice.score = r.integer(o, "score", where, -maxScore, maxScore, false).value_or(0);
    advice.lean
        = leanFromKey(r.choice(o, "lean", where,
                               { QStringLiteral("lead"), QStringLiteral("manage"), QStringLiteral("blend") }, false))
              .value_or(Lean::Blend);
    for (const QJsonValue &d : r.array(o, "drivers", where, true, Limits::MaxAdviceItems)) {
        if (r.failed())
            break;
        if (!d.isObject()) {
            r.fail(where, "drivers",
                   QCoreApplication::translate("TandemJson", "must hold objects, not %1").arg(typeName(d)));
            break;
        }
        const QJsonObject driver = d.toObject();
        const QString driverWhere = where + QStringLiteral(", driver");
        r.onlyKeys(driver, { "contrast", "side", "answer" }, driverWhere);
        AdviceDriver parsed;
        parsed.contrastId = r.id(r.field(driver, "contrast", driverWhere, true), driverWhere, "contrast");
        parsed.side = r.choice(driver, "side", driverWhere, { QStringLiteral("lead"), QStringLiteral("manage") }, false)
                == QLatin1String("manage")
            ? Role::Manage
            : Role::Lead;
        parsed.answer = r.integer(driver, "answer", driverWhere, -3, 3, false).value_or(0);
        advice.drivers.append(parsed);
    }
    advice.skillIds = r.ids(o, "skills", where, true, Limits::MaxAdviceItems);
    advice.tipIds = r.ids(o, "tips", where, true, Limits::MaxAdviceItems);
    if (r.failed())
        return std::nullopt;
    return advice;
}

// A record's "answers": statement id (checked for its form only) → a whole number from 1 to 5, or
// null where `nullable` ("can't say" in a colleague's response).
QMap<QString, std::optional<int>> readAnswers(Reader &r, const QJsonObject &o, const QString &where, bool nullable)
{
    QMap<QString, std::optional<int>> result;
    const QJsonObject answers = r.object(o, "answers", where, true, Limits::MaxAnswers);
    for (auto it = answers.constBegin(); it != answers.constEnd() && !r.failed(); ++it) {
        const QString item = it.key();
        if (item.size() > Limits::MaxIdLength || !idPattern().match(item).hasMatch()) {
            r.fail(where, "answers",
                   QCoreApplication::translate("TandemJson", "holds an answer to %1, which is not a statement id")
                       .arg(quoted(item)));
            break;
        }
        result.insert(item, r.integer(it.value(), where, "answers", 1, 5, nullable));
    }
    return result;
}

std::optional<ExchangeAssessment> readAssessment(Reader &r, const QJsonValue &value, qsizetype index)
{
    QString where = recordName("assessment", index);
    if (!value.isObject()) {
        r.fail(QString(),
               where + QCoreApplication::translate("TandemJson", " must be an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ExchangeAssessment result;
    Assessment &a = result.assessment;
    a.uuid = r.uuid(o, "uuid", where);
    r.claim(a.uuid, where, { Reader::Place::Kind::Assessment, 0, quint32(index) });
    where = withUuid(where, a.uuid);
    r.onlyKeys(o, { "uuid", "kind", "model_version", "started_at", "taken_at", "note", "answers" }, where);
    a.kind
        = assessmentKindFromKey(r.choice(o, "kind", where, { QStringLiteral("full"), QStringLiteral("pulse") }, false))
              .value_or(AssessmentKind::Full);
    a.modelVersion = r.text(o, "model_version", where, true, Limits::MaxShortTextLength);
    a.startedAt = r.time(o, "started_at", where, true);
    a.takenAt = r.time(o, "taken_at", where, false);
    a.note = r.text(o, "note", where, false);
    const auto answers = readAnswers(r, o, where, false);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        a.answers.insert(it.key(), it.value().value_or(0));
    if (r.failed())
        return std::nullopt;
    return result;
}

bool knownSkill(const SkillModel &model, const QString &id)
{
    return model.skill(id) != nullptr;
}
bool knownContrast(const SkillModel &model, const QString &id)
{
    return model.contrast(id) != nullptr;
}
bool knownArea(const SkillModel &model, const QString &id)
{
    return model.sharedArea(id) != nullptr;
}

QStringList modeChoices()
{
    return { QStringLiteral("lead"), QStringLiteral("manage"), QStringLiteral("both") };
}

std::optional<Decision> readDecision(Reader &r, const QJsonValue &value, const QString &entry)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        r.fail(entry, "decision",
               QCoreApplication::translate("TandemJson", "must be an object or null, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QString where = entry + QStringLiteral(", decision");
    const QJsonObject o = value.toObject();
    r.onlyKeys(o, { "expectation", "confidence", "review_on", "review" }, where);
    Decision d;
    d.expectation = r.text(o, "expectation", where, false);
    d.confidence = r.integer(o, "confidence", where, 0, 100, true);
    d.reviewOn = r.date(o, "review_on", where, true);
    const QJsonValue review = o.value(QLatin1String("review"));
    if (!review.isUndefined() && !review.isNull()) {
        const QString reviewWhere = where + QStringLiteral(", review");
        if (!review.isObject()) {
            r.fail(
                where, "review",
                QCoreApplication::translate("TandemJson", "must be an object or null, not %1").arg(typeName(review)));
            return std::nullopt;
        }
        const QJsonObject ro = review.toObject();
        r.onlyKeys(ro, { "reviewed_at", "outcome", "actual_mode", "held" }, reviewWhere);
        DecisionReview made;
        made.reviewedAt = r.time(ro, "reviewed_at", reviewWhere, false);
        made.outcome = r.text(ro, "outcome", reviewWhere, false);
        made.actualMode
            = modeFromKey(r.choice(ro, "actual_mode", reviewWhere, modeChoices(), true)).value_or(Mode::Unset);
        made.held = heldFromKey(r.choice(ro, "held", reviewWhere,
                                         { heldKey(Held::Yes), heldKey(Held::Partly), heldKey(Held::No) }, false))
                        .value_or(Held::Partly);
        d.review = made;
    }
    if (r.failed())
        return std::nullopt;
    return d;
}

std::optional<JournalEntry> readEntry(Reader &r, const QJsonValue &value, qsizetype index)
{
    QString where = recordName("journal entry", index);
    if (!value.isObject()) {
        r.fail(QString(),
               where + QCoreApplication::translate("TandemJson", " must be an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    JournalEntry e;
    e.uuid = r.uuid(o, "uuid", where);
    r.claim(e.uuid, where, { Reader::Place::Kind::JournalEntry, 0, quint32(index) });
    where = withUuid(where, e.uuid);
    // A review is part of a decision; one on its own has nothing to be a review of.
    if (r.version() >= 2 && o.contains(QLatin1String("review")))
        r.fail(
            where, "review",
            QCoreApplication::translate("TandemJson",
                                        "is not a field of an entry: a review belongs inside the entry's \"decision\", "
                                        "and an entry without a decision has nothing to review"));
    r.onlyKeys(o,
               { "uuid", "occurred_at", "created_at", "updated_at", "title", "situation", "mode", "outcome", "rating",
                 "feelings", "learned", "next_time", "body", "tags", "skills", "contrasts", "areas", "advice" },
               where, { "decision" });
    e.occurredAt = r.time(o, "occurred_at", where, false);
    e.createdAt = r.time(o, "created_at", where, false);
    e.updatedAt = r.time(o, "updated_at", where, false);
    e.title = r.text(o, "title", where, false);
    e.situation = r.text(o, "situation", where, false);
    e.mode = modeFromKey(r.choice(o, "mode", where, modeChoices(), true)).value_or(Mode::Unset);
    e.outcome = r.text(o, "outcome", where, false);
    e.rating = r.integer(o, "rating", where, 1, 5, true);
    e.feelings = r.text(o, "feelings", where, false);
    e.learned = r.text(o, "learned", where, false);
    e.nextTime = r.text(o, "next_time", where, false);
    e.body = r.text(o, "body", where, false);
    for (const QJsonValue &tag : r.array(o, "tags", where, false, Limits::MaxTags)) {
        const QString name = r.text(tag, where, "tags", Limits::MaxShortTextLength);
        if (r.failed())
            break;
        if (name.trimmed().isEmpty()) {
            r.fail(where, "tags", QCoreApplication::translate("TandemJson", "holds an empty tag"));
            break;
        }
        e.tags.append(name);
    }
    e.skills = r.links(o, "skills", where, QStringLiteral("skill"), knownSkill);
    e.contrasts = r.links(o, "contrasts", where, QStringLiteral("contrast"), knownContrast);
    e.areas = r.links(o, "areas", where, QCoreApplication::translate("TandemJson", "shared area"), knownArea);
    e.advice = readAdvice(r, o.value(QLatin1String("advice")), where);
    e.decision = readDecision(r, o.value(QLatin1String("decision")), where);
    if (r.failed())
        return std::nullopt;
    return e;
}

std::optional<ExchangeGoal> readGoal(Reader &r, const QJsonValue &value, qsizetype index)
{
    QString where = recordName("goal", index);
    if (!value.isObject()) {
        r.fail(QString(),
               where + QCoreApplication::translate("TandemJson", " must be an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ExchangeGoal result;
    Goal &g = result.goal;
    g.uuid = r.uuid(o, "uuid", where);
    r.claim(g.uuid, where, { Reader::Place::Kind::Goal, 0, quint32(index) });
    where = withUuid(where, g.uuid);
    r.onlyKeys(o,
               { "uuid", "created_at", "updated_at", "target_kind", "target_id", "title", "why", "due_on",
                 "target_score", "status", "closed_at", "steps", "evidence" },
               where);
    g.createdAt = r.time(o, "created_at", where, false);
    g.updatedAt = r.time(o, "updated_at", where, false);
    const QString kind = r.choice(o, "target_kind", where,
                                  { goalTargetKey(GoalTarget::Skill), goalTargetKey(GoalTarget::LeadPole),
                                    goalTargetKey(GoalTarget::ManagePole) },
                                  false);
    g.targetKind = goalTargetFromKey(kind).value_or(GoalTarget::Skill);
    g.targetId = r.id(r.field(o, "target_id", where, true), where, "target_id");
    if (!r.failed()) {
        const bool isSkill = g.targetKind == GoalTarget::Skill;
        if (isSkill ? !knownSkill(r.model(), g.targetId) : !knownContrast(r.model(), g.targetId))
            r.fail(where, "target_id",
                   QCoreApplication::translate("TandemJson", "names a %1 Tandem does not know: %2")
                       .arg(isSkill ? QStringLiteral("skill") : QStringLiteral("contrast"), quoted(g.targetId)));
    }
    g.title = r.text(o, "title", where, true);
    g.why = r.text(o, "why", where, false);
    g.dueOn = r.date(o, "due_on", where);
    g.targetScore = r.integer(o, "target_score", where, 0, 100, true);
    // Goals could be paused from format version 2 on.
    QStringList statuses { goalStatusKey(GoalStatus::Active), goalStatusKey(GoalStatus::Done),
                           goalStatusKey(GoalStatus::Dropped) };
    if (r.version() >= 2)
        statuses.insert(1, goalStatusKey(GoalStatus::Paused));
    const QString status = r.choice(o, "status", where, statuses, false);
    g.status = goalStatusFromKey(status).value_or(GoalStatus::Active);
    g.closedAt = r.time(o, "closed_at", where, true);
    const QJsonArray steps = r.array(o, "steps", where, false, Limits::MaxSteps);
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        QString stepWhere = where + QStringLiteral(", step ") + QString::number(i + 1);
        if (!steps.at(i).isObject()) {
            r.fail(QString(),
                   stepWhere
                       + QCoreApplication::translate("TandemJson", " must be an object, not %1")
                             .arg(typeName(steps.at(i))));
            break;
        }
        const QJsonObject s = steps.at(i).toObject();
        GoalStep step;
        step.uuid = r.uuid(s, "uuid", stepWhere);
        r.claim(step.uuid, stepWhere, { Reader::Place::Kind::GoalStep, quint16(i), quint32(index) });
        stepWhere = withUuid(stepWhere, step.uuid);
        r.onlyKeys(s, { "uuid", "text", "done_at" }, stepWhere, { "due_on", "tip_id" });
        step.text = r.text(s, "text", stepWhere, true);
        step.dueOn = r.date(s, "due_on", stepWhere);
        // A tip id is checked for its form only: a step keeps the tip it came from after the
        // model retires it.
        if (const QJsonValue tip = s.value(QLatin1String("tip_id")); !tip.isUndefined() && !tip.isNull())
            step.tipId = r.id(tip, stepWhere, "tip_id");
        step.doneAt = r.time(s, "done_at", stepWhere, true);
        g.steps.append(step);
    }
    for (const QJsonValue &entry : r.array(o, "evidence", where, false, Limits::MaxRecords)) {
        if (r.failed())
            break;
        result.evidenceEntries.append(r.uuid(entry, where, "evidence"));
    }
    if (r.failed())
        return std::nullopt;
    return result;
}

// A round's seal key: base64url of FeedbackLimits::SealKeyBytes bytes.
QByteArray sealKey(Reader &r, const QJsonObject &o, const QString &where)
{
    const QString text = r.text(o, "seal_key", where, true, Limits::MaxShortTextLength);
    if (r.failed())
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != FeedbackLimits::SealKeyBytes || decoded.decoded.toBase64(Base64Url) != text.toLatin1()) {
        r.fail(where, "seal_key",
               QCoreApplication::translate("TandemJson", "is not a key of %1 bytes in base64url")
                   .arg(FeedbackLimits::SealKeyBytes));
        return {};
    }
    return decoded.decoded;
}

std::optional<FeedbackResponse> readFeedbackResponse(Reader &r, const QJsonValue &value, qsizetype round,
                                                     qsizetype index, const QString &roundWhere)
{
    QString where = roundWhere + QStringLiteral(", response ") + QString::number(index + 1);
    if (!value.isObject()) {
        r.fail(QString(),
               where + QCoreApplication::translate("TandemJson", " must be an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    FeedbackResponse response;
    response.uuid = r.uuid(o, "uuid", where);
    r.claim(response.uuid, where, { Reader::Place::Kind::FeedbackResponse, quint16(index), quint32(round) });
    where = withUuid(where, response.uuid);
    r.onlyKeys(o, { "uuid", "received_at", "rater", "seal", "answers" }, where);
    response.receivedAt = r.time(o, "received_at", where, false);
    response.rater = r.text(o, "rater", where, false, FeedbackLimits::MaxRater);
    static const QRegularExpression sealPattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    const QString seal = r.text(o, "seal", where, true, Limits::MaxShortTextLength);
    if (!r.failed() && !sealPattern.match(seal).hasMatch())
        r.fail(where, "seal",
               QCoreApplication::translate("TandemJson", "is not a seal (43 characters of base64url): %1")
                   .arg(quoted(seal)));
    response.seal = seal.toLatin1();
    response.answers = readAnswers(r, o, where, true);
    if (r.failed())
        return std::nullopt;
    return response;
}

// A feedback round (format version 3 on). Statements are checked for their form only, as an
// assessment's are: a round keeps what it asked after the model retires a statement. Whether each
// response answers exactly the round's statements and carries its seal is the importer's check
// (FeedbackResponseFile::check), the same an imported response file passes.
std::optional<ExchangeFeedbackRound> readFeedbackRound(Reader &r, const QJsonValue &value, qsizetype index)
{
    QString where = recordName("feedback round", index);
    if (!value.isObject()) {
        r.fail(QString(),
               where + QCoreApplication::translate("TandemJson", " must be an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ExchangeFeedbackRound result;
    FeedbackRound &round = result.round;
    round.uuid = r.uuid(o, "uuid", where);
    r.claim(round.uuid, where, { Reader::Place::Kind::FeedbackRound, 0, quint32(index) });
    const QString roundWhere = where;
    where = withUuid(where, round.uuid);
    r.onlyKeys(o,
               { "uuid", "created_at", "model_version", "asked_by", "note", "seal_key", "statements", "invited",
                 "closed_at", "responses" },
               where);
    round.createdAt = r.time(o, "created_at", where, false);
    round.modelVersion = r.text(o, "model_version", where, true, Limits::MaxShortTextLength);
    round.askedBy = r.text(o, "asked_by", where, false, FeedbackLimits::MaxAskedBy);
    round.note = r.text(o, "note", where, false, FeedbackLimits::MaxNote);
    round.sealKey = sealKey(r, o, where);
    round.itemIds = r.ids(o, "statements", where, true, Limits::MaxAnswers);
    if (!r.failed() && round.itemIds.isEmpty())
        r.fail(where, "statements", QCoreApplication::translate("TandemJson", "must name at least one statement"));
    if (!r.failed() && QSet<QString>(round.itemIds.cbegin(), round.itemIds.cend()).size() != round.itemIds.size())
        r.fail(where, "statements", QCoreApplication::translate("TandemJson", "names a statement twice"));
    round.invited = r.integer(o, "invited", where, 1, FeedbackLimits::MaxInvited, true);
    if (const QDateTime closed = r.time(o, "closed_at", where, true); closed.isValid())
        round.closedAt = closed;
    const QJsonArray responses = r.array(o, "responses", where, false, TandemJson::MaxResponsesPerRound);
    for (qsizetype i = 0; i < responses.size() && !r.failed(); ++i) {
        if (auto response = readFeedbackResponse(r, responses.at(i), index, i, roundWhere))
            result.responses.append(std::move(*response));
    }
    if (r.failed())
        return std::nullopt;
    return result;
}

QString parseProblem(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("TandemJson", "The file is not valid UTF-8 text (at byte %1).")
            .arg(error.offset);
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("TandemJson",
                                           "The file is nested too deeply to be a Tandem export (at byte %1).")
            .arg(error.offset);
    default: break;
    }
    return QCoreApplication::translate("TandemJson",
                                       "The file is not valid JSON: %1 at byte %2. It may be cut short or damaged.")
        .arg(error.errorString())
        .arg(error.offset);
}

} // namespace

namespace {

// A one-key object's line as QJsonDocument writes it at the top level: `    "key": value`.
QByteArray topLevelLine(const QString &key, const QJsonValue &value)
{
    const QByteArray document = QJsonDocument(QJsonObject { { key, value } }).toJson(QJsonDocument::Indented);
    // "{\n" + the line + "\n}\n"
    return document.mid(2, document.size() - 5);
}

// A document written at indent 0, moved to where QJsonDocument puts a value at `depth`: every
// line after the first indented by 4 × depth spaces, without the document's last line end.
// Strings hold no raw line ends (JSON escapes them), so every '\n' is between lines.
QByteArray indented(QByteArray document, int depth)
{
    if (document.endsWith('\n'))
        document.chop(1);
    const QByteArray lineStart = QByteArray("\n") + QByteArray(4 * depth, ' ');
    return document.replace("\n", lineStart);
}

} // namespace

void TandemJson::Writer::put(const QByteArray &bytes)
{
    if (m_ok && m_device.write(bytes) != bytes.size())
        m_ok = false;
}

void TandemJson::Writer::open(int section)
{
    // The array before ends: an empty one is "[\n    ]", as Qt writes it; otherwise the last
    // element's line ends.
    if (section > 0)
        put("\n    ],\n");
    switch (section) {
    case int(Section::Assessments): put("{\n    \"assessments\": ["); break;
    case int(Section::FeedbackRounds):
        put(topLevelLine(QStringLiteral("data_format"), Database::latestSchemaVersion())
            + ",\n    \"feedback_rounds\": [");
        break;
    case int(Section::Goals):
        put(topLevelLine(QStringLiteral("format"), QLatin1String(FormatName)) + ",\n"
            + topLevelLine(QStringLiteral("format_version"), FormatVersion) + ",\n    \"goals\": [");
        break;
    case int(Section::JournalEntries): put("    \"journal_entries\": ["); break;
    default: break; // the settings, written by finish()
    }
    m_opened = section + 1;
    m_first = true;
}

void TandemJson::Writer::begin(Section section)
{
    while (m_opened <= int(section))
        open(m_opened);
}

void TandemJson::Writer::element(const QByteArray &document)
{
    put(QByteArray(m_first ? "\n" : ",\n") + QByteArray(8, ' ') + indented(document, 2));
    m_first = false;
}

void TandemJson::Writer::add(const ExchangeAssessment &assessment)
{
    element(QJsonDocument(assessmentObject(assessment)).toJson(QJsonDocument::Indented));
}

void TandemJson::Writer::add(const ExchangeGoal &goal)
{
    element(QJsonDocument(goalObject(goal)).toJson(QJsonDocument::Indented));
}

void TandemJson::Writer::add(const ExchangeFeedbackRound &round)
{
    element(QJsonDocument(feedbackRoundObject(round)).toJson(QJsonDocument::Indented));
}

void TandemJson::Writer::add(const JournalEntry &entry)
{
    element(QJsonDocument(entryObject(entry)).toJson(QJsonDocument::Indented));
}

void TandemJson::Writer::finish(const QMap<QString, QString> &settings)
{
    while (m_opened <= int(Section::JournalEntries) + 1)
        open(m_opened);
    QJsonObject object;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        object.insert(it.key(), it.value());
    put(topLevelLine(QStringLiteral("model_version"), SkillModel::builtin().version)
        + ",\n    \"settings\": " + indented(QJsonDocument(object).toJson(QJsonDocument::Indented), 1) + "\n}\n");
}

QByteArray TandemJson::write(const ExchangeData &data)
{
    // The same writer as a file export, so that the bytes cannot differ by where they go.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Writer writer(buffer);
    writer.begin(Writer::Section::Assessments);
    for (const ExchangeAssessment &a : data.assessments)
        writer.add(a);
    writer.begin(Writer::Section::FeedbackRounds);
    for (const ExchangeFeedbackRound &r : data.feedbackRounds)
        writer.add(r);
    writer.begin(Writer::Section::Goals);
    for (const ExchangeGoal &g : data.goals)
        writer.add(g);
    writer.begin(Writer::Section::JournalEntries);
    for (const JournalEntry &e : data.journalEntries)
        writer.add(e);
    writer.finish(data.settings);
    return bytes;
}

namespace {

// The file's own fields, checked before its records: its format and version (returned).
Result<int> formatVersionOf(const QJsonObject &root)
{
    constexpr int FormatVersion = TandemJson::FormatVersion;
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(TandemJson::FormatName))
        return Error { format.isUndefined()
                           ? QCoreApplication::translate(
                               "TandemJson", "This is not a Tandem export file: it has no \"format\" field.")
                           : QCoreApplication::translate(
                                 "TandemJson", "This is not a Tandem export file: its \"format\" is %1, not \"%2\".")
                                 .arg(format.isString() ? quoted(format.toString()) : typeName(format),
                                      QLatin1String(TandemJson::FormatName)) };
    const QJsonValue version = root.value(QLatin1String("format_version"));
    const double v = version.toDouble();
    if (!version.isDouble() || !std::isfinite(v) || v != std::floor(v) || v < 1)
        return Error { QCoreApplication::translate(
                           "TandemJson",
                           "The file cannot be imported: \"format_version\" must be a whole number from 1 up, not %1.")
                           .arg(version.isDouble() ? QString::number(v) : typeName(version)) };
    if (v > FormatVersion)
        return Error {
            QCoreApplication::translate(
                "TandemJson",
                "This file was written by a newer version of Tandem (export format %1; this version reads up to %2). "
                "Update Tandem to import it.")
                .arg(QString::number(v))
                .arg(FormatVersion)
        };

    return static_cast<int>(v);
}

// The fields of the top-level object besides the records.
void readTop(Reader &r, const QJsonObject &root)
{
    const QString top; // the file itself: fields are named alone
    if (r.version() >= 3)
        r.onlyKeys(root,
                   { "format", "format_version", "data_format", "model_version", "assessments", "journal_entries",
                     "goals", "feedback_rounds", "settings" },
                   top);
    else
        r.onlyKeys(root,
                   { "format", "format_version", "data_format", "model_version", "assessments", "journal_entries",
                     "goals", "settings" },
                   top);
    r.integer(root, "data_format", top, 1, std::numeric_limits<int>::max(), true);
    const QJsonValue modelVersion = root.value(QLatin1String("model_version"));
    if (!modelVersion.isUndefined() && !modelVersion.isNull())
        r.text(modelVersion, top, "model_version", Limits::MaxShortTextLength);
}

QMap<QString, QString> readSettings(Reader &r, const QJsonObject &root)
{
    const QString top;
    QMap<QString, QString> result;
    const QJsonObject settings = r.object(root, "settings", top, false, Limits::MaxRecords);
    for (auto it = settings.constBegin(); it != settings.constEnd() && !r.failed(); ++it) {
        const QString where = QCoreApplication::translate("TandemJson", "the setting %1").arg(quoted(it.key()));
        if (it.key().isEmpty() || it.key().size() > Limits::MaxShortTextLength) {
            r.fail(top, "settings",
                   QCoreApplication::translate("TandemJson", "holds a setting with an empty or too long name"));
            break;
        }
        result.insert(it.key(), r.text(it.value(), where, "value", Limits::MaxTextLength));
    }
    return result;
}

} // namespace

Result<ExchangeData> TandemJson::read(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        return Error { QCoreApplication::translate("TandemJson",
                                                   "The file is larger than %1 MiB, too large to be a Tandem export.")
                           .arg(MaxFileBytes / (1024 * 1024)) };
    if (bytes.trimmed().isEmpty())
        return Error { QCoreApplication::translate("TandemJson", "The file is empty.") };
    QJsonParseError parseError;
    const QJsonDocument doc = parseJsonKeepingText(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { parseProblem(parseError) };
    if (!doc.isObject())
        return Error { QCoreApplication::translate(
            "TandemJson", "This is not a Tandem export file: it does not hold a JSON object.") };
    const QJsonObject root = doc.object();

    const auto version = formatVersionOf(root);
    if (!version)
        return version.failure();
    Reader r(SkillModel::builtin(), version.value());
    readTop(r, root);
    const QString top;
    ExchangeData data;
    const QJsonArray assessments = r.array(root, "assessments", top, false, Limits::MaxRecords);
    for (qsizetype i = 0; i < assessments.size() && !r.failed(); ++i) {
        if (auto a = readAssessment(r, assessments.at(i), i))
            data.assessments.append(std::move(*a));
    }
    const QJsonArray entries = r.array(root, "journal_entries", top, false, Limits::MaxRecords);
    for (qsizetype i = 0; i < entries.size() && !r.failed(); ++i) {
        if (auto e = readEntry(r, entries.at(i), i))
            data.journalEntries.append(std::move(*e));
    }
    const QJsonArray goals = r.array(root, "goals", top, false, Limits::MaxRecords);
    for (qsizetype i = 0; i < goals.size() && !r.failed(); ++i) {
        if (auto g = readGoal(r, goals.at(i), i))
            data.goals.append(std::move(*g));
    }
    const QJsonArray rounds = r.array(root, "feedback_rounds", top, false, Limits::MaxRecords);
    for (qsizetype i = 0; i < rounds.size() && !r.failed(); ++i) {
        if (auto round = readFeedbackRound(r, rounds.at(i), i))
            data.feedbackRounds.append(std::move(*round));
    }
    data.settings = readSettings(r, root);
    if (r.failed())
        return Error { QCoreApplication::translate("TandemJson", "The file cannot be imported: %1.").arg(r.error()) };
    return data;
}

namespace {

// A Tandem export read from its file one record at a time, once per pass: the first scan checks
// the grammar of the whole file and finds where each section lies; each pass then parses the
// records one by one with the same readers as TandemJson::read, so it accepts and refuses what
// read() does (where a file has several problems, the first found may differ).
class FileRecords final : public ImportRecords
{
public:
    FileRecords(const QString &path) : m_file(path), m_shown(QDir::toNativeSeparators(path)), m_scanner(m_file) { }

    Status open()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return Error { QCoreApplication::translate("InputReader", "%1 could not be read: %2")
                               .arg(m_shown, m_file.errorString())
                           + QLatin1Char('.') };
        const QList<JsonScanner::Member> members = m_scanner.members();
        if (m_scanner.problem().kind != JsonScanner::Problem::Kind::None)
            return Error { problem() };
        // The top-level fields other than the record lists are small: they are parsed as
        // QJsonDocument would, and the lists stand in as empty arrays of their counted length.
        for (const JsonScanner::Member &member : members) {
            const QJsonValue key = parsed(member.key, member.value.begin);
            if (!m_error.isEmpty())
                return Error { m_error };
            const QString name = key.toString();
            const bool list = member.value.elements >= 0
                && (name == QLatin1String("assessments") || name == QLatin1String("journal_entries")
                    || name == QLatin1String("goals") || name == QLatin1String("feedback_rounds"));
            // As in a QJsonObject, a key written twice has its last value.
            m_spans.insert(name, member.value);
            if (list) {
                m_root.insert(name, QJsonArray());
            } else {
                const QJsonValue value = parsed(m_scanner.bytes(member.value), member.value.begin);
                if (!m_error.isEmpty())
                    return Error { m_error };
                m_root.insert(name, value);
            }
        }
        const auto version = formatVersionOf(m_root);
        if (!version)
            return version.failure();
        m_version = version.value();
        for (const char *key : { "assessments", "journal_entries", "goals", "feedback_rounds" }) {
            const auto span = m_spans.constFind(QLatin1String(key));
            if (span != m_spans.cend() && span->elements > 0)
                m_count += span->elements;
        }
        rewind();
        readTop(*m_reader, m_root);
        return refused();
    }

    qint64 count() const override { return m_count; }
    bool refusesUuidsTwice() const override { return true; }

    void rewind() override { m_reader.emplace(SkillModel::builtin(), m_version); }

    Status assessments(const Each<ExchangeAssessment> &record) override
    {
        return section("assessments", [&](const QJsonValue &value, qsizetype index) {
            const auto a = readAssessment(*m_reader, value, index);
            return !a || record(*a);
        });
    }
    Status journalEntries(const Each<JournalEntry> &record) override
    {
        return section("journal_entries", [&](const QJsonValue &value, qsizetype index) {
            const auto e = readEntry(*m_reader, value, index);
            return !e || record(*e);
        });
    }
    Status goals(const Each<ExchangeGoal> &record) override
    {
        return section("goals", [&](const QJsonValue &value, qsizetype index) {
            const auto g = readGoal(*m_reader, value, index);
            return !g || record(*g);
        });
    }
    Status feedbackRounds(const Each<ExchangeFeedbackRound> &record) override
    {
        return section("feedback_rounds", [&](const QJsonValue &value, qsizetype index) {
            const auto round = readFeedbackRound(*m_reader, value, index);
            return !round || record(*round);
        });
    }
    bool holdsEntry(const QUuid &uuid) const override
    {
        return m_reader->kindOf(uuid) == Reader::Place::Kind::JournalEntry;
    }
    Result<QMap<QString, QString>> settings() override
    {
        QMap<QString, QString> result = readSettings(*m_reader, m_root);
        if (Status ok = refused(); !ok)
            return ok.failure();
        return result;
    }

    /// The largest record held at once (for tests).
    qint64 largestRecord() const { return m_scanner.largestElement(); }

private:
    Status refused() const
    {
        if (!m_reader->failed())
            return {};
        return Error {
            QCoreApplication::translate("TandemJson", "The file cannot be imported: %1.").arg(m_reader->error())
        };
    }

    // One value, parsed on its own; a problem is named at its place in the file.
    QJsonValue parsed(const QByteArray &bytes, qint64 offset)
    {
        QJsonParseError error;
        const QJsonDocument document = parseJsonKeepingText('[' + bytes + ']', &error);
        if (error.error != QJsonParseError::NoError) {
            error.offset = int(std::min<qint64>(offset + std::max(error.offset - 1, 0), INT_MAX));
            m_error = parseProblem(error);
            return {};
        }
        return document.array().at(0);
    }

    QString problem() const
    {
        const JsonScanner::Problem &p = m_scanner.problem();
        switch (p.kind) {
        case JsonScanner::Problem::Kind::Empty: return QCoreApplication::translate("TandemJson", "The file is empty.");
        case JsonScanner::Problem::Kind::NotAnObject:
            return QCoreApplication::translate("TandemJson",
                                               "This is not a Tandem export file: it does not hold a JSON object.");
        case JsonScanner::Problem::Kind::NulByte:
            return QCoreApplication::translate("InputReader", "%1 is not a text file: it holds a NUL byte (at byte %2)")
                       .arg(m_shown, RecordLimits::number(p.offset + 1))
                + QLatin1Char('.');
        case JsonScanner::Problem::Kind::ReadError:
            return QCoreApplication::translate("InputReader", "%1 could not be read: %2")
                       .arg(m_shown, m_file.errorString())
                + QLatin1Char('.');
        case JsonScanner::Problem::Kind::Grammar:
        case JsonScanner::Problem::Kind::None: break;
        }
        QJsonParseError error;
        error.error = p.error;
        error.offset = int(std::min<qint64>(p.offset, INT_MAX));
        return parseProblem(error);
    }

    // The records of one list, each parsed on its own and given to `read`, until it returns false.
    Status section(const char *key, const std::function<bool(const QJsonValue &, qsizetype)> &read)
    {
        if (m_reader->failed())
            return refused();
        // The list's type and length are checked as read() checks them.
        const QString top;
        m_reader->array(m_root, key, top, false, Limits::MaxRecords);
        const auto span = m_spans.constFind(QLatin1String(key));
        if (!m_reader->failed() && span != m_spans.cend() && span->elements > Limits::MaxRecords)
            m_reader->fail(top, key,
                           QCoreApplication::translate("TandemJson", "has too many items (%1; at most %2)")
                               .arg(span->elements)
                               .arg(Limits::MaxRecords));
        if (m_reader->failed())
            return refused();
        if (span == m_spans.cend() || span->elements <= 0)
            return {};
        qsizetype index = 0;
        const bool scanned = m_scanner.elements(*span, [&](const QByteArray &bytes, qint64 offset) {
            const QJsonValue value = parsed(bytes, offset);
            if (!m_error.isEmpty())
                return false;
            const bool more = read(value, index++);
            return more && !m_reader->failed();
        });
        if (!m_error.isEmpty())
            return Error { m_error };
        if (!scanned)
            return Error { problem() };
        return refused();
    }

    QFile m_file;
    const QString m_shown;
    JsonScanner m_scanner;
    QJsonObject m_root;
    QHash<QString, JsonScanner::Span> m_spans;
    int m_version = TandemJson::FormatVersion;
    qint64 m_count = 0;
    std::optional<Reader> m_reader;
    QString m_error;
};

} // namespace

Result<std::unique_ptr<ImportRecords>> TandemJson::open(const QString &path)
{
    auto records = std::make_unique<FileRecords>(path);
    if (Status opened = records->open(); !opened)
        return opened.failure();
    return std::unique_ptr<ImportRecords>(std::move(records));
}

} // namespace tandem::core
