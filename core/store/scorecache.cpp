#include "scorecache.h"

#include "assessmentrepository.h"
#include "database.h"
#include "skillmodel.h"
#include "sqltime.h"
#include "transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace tandem::core {

namespace {

thread_local int t_lastScored = 0;

// A stored profile joins only when it was made by this model and this scoring code; any other
// row reads as missing.
const QString ValidScores
    = QStringLiteral("LEFT JOIN assessment_scores s ON s.assessment_id = a.id"
                     " AND s.model_version = :model_version AND s.scoring_version = :scoring_version");

QJsonObject toJson(const QMap<QString, double> &scores)
{
    QJsonObject object;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool fromJson(const QJsonValue &value, QMap<QString, double> &scores)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isDouble())
            return false;
        scores.insert(it.key(), it.value().toDouble());
    }
    return true;
}

bool fromJson(const QJsonValue &value, std::optional<double> &score)
{
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return false;
    score = value.toDouble();
    return true;
}

bool fromJson(const QJsonValue &value, QStringList &ids)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &id : value.toArray()) {
        if (!id.isString())
            return false;
        ids.append(id.toString());
    }
    return true;
}

// Reads what encode() writes, byte by byte: QJsonDocument built a whole document for each of
// ten years of assessments, and charts read them all. It takes only that shape (compact, keys
// in order, plain ASCII ids, no escapes) and gives up on anything else, which decode() then reads
// with QJsonDocument, so both always agree.
class FastProfileReader
{
public:
    explicit FastProfileReader(QByteArrayView text) : m_at(text.data()), m_end(text.data() + text.size()) {}

    std::optional<Profile> read(AssessmentKind kind)
    {
        Profile profile;
        profile.kind = kind;
        std::optional<int> orientation;
        std::optional<int> development;
        if (!take('{'))
            return std::nullopt;
        QByteArrayView previous;
        bool first = true;
        while (!take('}')) {
            if (!first && !take(','))
                return std::nullopt;
            first = false;
            const auto key = plainString();
            if (!key || !take(':') || (!previous.isNull() && !(previous < *key)))
                return std::nullopt;
            previous = *key;
            bool ok = false;
            if (*key == "s")
                ok = scores(profile.skills);
            else if (*key == "lp")
                ok = scores(profile.leadPoles);
            else if (*key == "mp")
                ok = scores(profile.managePoles);
            else if (*key == "l")
                ok = number(profile.leadership);
            else if (*key == "m")
                ok = number(profile.management);
            else if (*key == "b")
                ok = number(profile.balance);
            else if (*key == "st")
                ok = ids(profile.strengths);
            else if (*key == "g")
                ok = ids(profile.growthAreas);
            else if (*key == "o")
                ok = integer(orientation);
            else if (*key == "d")
                ok = integer(development);
            if (!ok)
                return std::nullopt;
        }
        if (m_at != m_end || orientation.has_value() != development.has_value())
            return std::nullopt;
        if (orientation) {
            if (*orientation < static_cast<int>(Orientation::Balanced)
                || *orientation > static_cast<int>(Orientation::LeansManaging)
                || *development < static_cast<int>(Development::Emerging)
                || *development > static_cast<int>(Development::Strong))
                return std::nullopt;
            profile.label
                = ProfileLabel { static_cast<Orientation>(*orientation), static_cast<Development>(*development) };
        }
        return profile;
    }

private:
    bool take(char c)
    {
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    std::optional<QByteArrayView> plainString()
    {
        if (!take('"'))
            return std::nullopt;
        const char *start = m_at;
        while (m_at != m_end && *m_at != '"') {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return std::nullopt;
            ++m_at;
        }
        if (m_at == m_end)
            return std::nullopt;
        return QByteArrayView(start, m_at++ - start);
    }

    // The same id is read hundreds of times in a history: one shared QString for each.
    static QString idFor(QByteArrayView bytes)
    {
        thread_local QList<std::pair<QByteArray, QString>> known;
        for (const auto &[key, id] : std::as_const(known)) {
            if (key == bytes)
                return id;
        }
        QString id = QString::fromLatin1(bytes);
        if (known.size() < 64)
            known.append({ bytes.toByteArray(), id });
        return id;
    }

    bool number(std::optional<double> &value)
    {
        if (m_at == m_end || !(*m_at == '-' || (*m_at >= '0' && *m_at <= '9')))
            return false;
        const char *start = m_at;
        while (m_at != m_end && (std::isdigit(static_cast<unsigned char>(*m_at)) || *m_at == '-' || *m_at == '+'
                                 || *m_at == '.' || *m_at == 'e' || *m_at == 'E'))
            ++m_at;
        double parsed = 0;
        const auto [end, error] = std::from_chars(start, m_at, parsed);
        if (error != std::errc() || end != m_at || !std::isfinite(parsed))
            return false;
        value = parsed;
        return true;
    }

    bool integer(std::optional<int> &value)
    {
        std::optional<double> parsed;
        if (!number(parsed) || *parsed != std::trunc(*parsed) || std::abs(*parsed) > 1000)
            return false;
        value = static_cast<int>(*parsed);
        return true;
    }

    bool scores(QMap<QString, double> &into)
    {
        if (!take('{'))
            return false;
        QByteArrayView previous;
        for (bool first = true; !take('}'); first = false) {
            if (!first && !take(','))
                return false;
            const auto key = plainString();
            std::optional<double> value;
            if (!key || (!previous.isNull() && !(previous < *key)) || !take(':') || !number(value))
                return false;
            previous = *key;
            into.insert(into.cend(), idFor(*key), *value);
        }
        return true;
    }

    bool ids(QStringList &into)
    {
        if (!take('['))
            return false;
        for (bool first = true; !take(']'); first = false) {
            if (!first && !take(','))
                return false;
            const auto id = plainString();
            if (!id)
                return false;
            into.append(idFor(*id));
        }
        return true;
    }

    const char *m_at;
    const char *m_end;
};

} // namespace

int ScoreCache::lastScoredCount()
{
    return t_lastScored;
}

QString ScoreCache::encode(const Profile &profile)
{
    // Short keys: ten years of assessments keep a few hundred of these.
    QJsonObject object;
    if (!profile.skills.isEmpty())
        object.insert(QStringLiteral("s"), toJson(profile.skills));
    if (profile.leadership)
        object.insert(QStringLiteral("l"), *profile.leadership);
    if (profile.management)
        object.insert(QStringLiteral("m"), *profile.management);
    if (profile.balance)
        object.insert(QStringLiteral("b"), *profile.balance);
    if (!profile.leadPoles.isEmpty())
        object.insert(QStringLiteral("lp"), toJson(profile.leadPoles));
    if (!profile.managePoles.isEmpty())
        object.insert(QStringLiteral("mp"), toJson(profile.managePoles));
    if (profile.label) {
        object.insert(QStringLiteral("o"), static_cast<int>(profile.label->orientation));
        object.insert(QStringLiteral("d"), static_cast<int>(profile.label->development));
    }
    if (!profile.strengths.isEmpty())
        object.insert(QStringLiteral("st"), QJsonArray::fromStringList(profile.strengths));
    if (!profile.growthAreas.isEmpty())
        object.insert(QStringLiteral("g"), QJsonArray::fromStringList(profile.growthAreas));
    // Qt writes a double with the fewest digits that read back to the same double.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Profile> ScoreCache::decode(const QString &text, AssessmentKind kind)
{
    return decode(text.toUtf8(), kind);
}

std::optional<Profile> ScoreCache::decode(const QByteArray &text, AssessmentKind kind)
{
    if (auto fast = FastProfileReader(text).read(kind))
        return fast;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Profile profile;
    profile.kind = kind;
    if (!fromJson(object.value(QLatin1String("s")), profile.skills)
        || !fromJson(object.value(QLatin1String("l")), profile.leadership)
        || !fromJson(object.value(QLatin1String("m")), profile.management)
        || !fromJson(object.value(QLatin1String("b")), profile.balance)
        || !fromJson(object.value(QLatin1String("lp")), profile.leadPoles)
        || !fromJson(object.value(QLatin1String("mp")), profile.managePoles)
        || !fromJson(object.value(QLatin1String("st")), profile.strengths)
        || !fromJson(object.value(QLatin1String("g")), profile.growthAreas))
        return std::nullopt;
    const QJsonValue orientation = object.value(QLatin1String("o"));
    const QJsonValue development = object.value(QLatin1String("d"));
    if (orientation.isUndefined() != development.isUndefined())
        return std::nullopt;
    if (!orientation.isUndefined()) {
        const int o = orientation.toInt(-1);
        const int d = development.toInt(-1);
        if (o < static_cast<int>(Orientation::Balanced) || o > static_cast<int>(Orientation::LeansManaging)
            || d < static_cast<int>(Development::Emerging) || d > static_cast<int>(Development::Strong))
            return std::nullopt;
        profile.label = ProfileLabel { static_cast<Orientation>(o), static_cast<Development>(d) };
    }
    return profile;
}

Status ScoreCache::store(qint64 id, const Assessment &assessment) const
{
    const Profile profile = Scorer(m_model).score(assessment.answers, assessment.kind);
    auto stored = m_db.runPrepared(
        QStringLiteral(
            "INSERT OR REPLACE INTO assessment_scores (assessment_id, model_version, scoring_version, profile)"
            " VALUES (:id, :model_version, :scoring_version, :profile)"),
        { { QStringLiteral(":id"), id },
          { QStringLiteral(":model_version"), m_model.version },
          { QStringLiteral(":scoring_version"), Scorer::Version },
          { QStringLiteral(":profile"), encode(profile) } });
    if (!stored)
        return stored.failure();
    return {};
}

Result<QList<ScoredAssessment>> ScoreCache::read(const QString &where, const QVariantMap &bindings,
                                                 const QString &tail) const
{
    t_lastScored = 0;
    QVariantMap all = bindings;
    all.insert(QStringLiteral(":model_version"), m_model.version);
    all.insert(QStringLiteral(":scoring_version"), Scorer::Version);
    auto query
        = m_db.run(QStringLiteral("SELECT ") + AssessmentRepository::rowColumns(QStringLiteral("a"))
                       + QStringLiteral(", CAST(s.profile AS BLOB) FROM assessments a ") + ValidScores + QLatin1Char(' ') + where
                       + QLatin1Char(' ') + tail,
                   all);
    if (!query)
        return Error { query.error() };
    QList<ScoredAssessment> result;
    QList<qint64> unscored;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = query.value();
    while (q.next()) {
        ScoredAssessment row;
        row.assessment = AssessmentRepository::fromRow(q);
        const Assessment &a = row.assessment;
        const QVariant stored = q.value(7);
        std::optional<Profile> profile;
        if (!stored.isNull())
            profile = decode(stored.toByteArray(), a.kind); // UTF-8 as stored, not through UTF-16
        if (profile) {
            row.profile = std::move(*profile);
        } else {
            index.insert(a.id, result.size());
            unscored.append(a.id);
        }
        result.append(std::move(row));
    }
    q.finish();

    // Missing or stale: scored here, and left for fill() to store (a read never writes).
    auto answers = AssessmentRepository::answersOf(m_db, unscored);
    if (!answers)
        return Error { answers.error() };
    const Scorer scorer(m_model);
    for (const qint64 id : std::as_const(unscored)) {
        ScoredAssessment &row = result[index.value(id)];
        row.profile = scorer.score(answers->value(id), row.assessment.kind);
    }
    t_lastScored = static_cast<int>(unscored.size());
    return result;
}

Result<QList<ScoredAssessment>> ScoreCache::history(std::optional<AssessmentKind> kind, const QDateTime &from,
                                                    const QDateTime &to) const
{
    // Times are UTC text to the second, so they compare as text; with a kind, the range is read
    // through assessments_by_kind_time.
    QStringList conditions;
    QVariantMap bindings;
    if (kind) {
        conditions.append(QStringLiteral("a.kind = :kind"));
        bindings.insert(QStringLiteral(":kind"), assessmentKindKey(*kind));
    }
    if (from.isValid()) {
        conditions.append(QStringLiteral("a.taken_at >= :from"));
        bindings.insert(QStringLiteral(":from"), toSqlTime(from));
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("a.taken_at < :to"));
        bindings.insert(QStringLiteral(":to"), toSqlTime(to));
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return read(where, bindings, QStringLiteral("ORDER BY a.taken_at, a.id"));
}

Result<QList<ScoredAssessment>> ScoreCache::page(std::optional<AssessmentKind> kind, int limit, int offset) const
{
    QVariantMap bindings { { QStringLiteral(":limit"), limit }, { QStringLiteral(":offset"), offset } };
    QString where;
    if (kind) {
        where = QStringLiteral("WHERE a.kind = :kind");
        bindings.insert(QStringLiteral(":kind"), assessmentKindKey(*kind));
    }
    return read(where, bindings, QStringLiteral("ORDER BY a.taken_at DESC, a.id DESC LIMIT :limit OFFSET :offset"));
}

Result<bool> ScoreCache::needsFill() const
{
    const auto missing = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM assessments a ") + ValidScores
                                         + QStringLiteral(" WHERE s.assessment_id IS NULL)"),
                                     { { QStringLiteral(":model_version"), m_model.version },
                                       { QStringLiteral(":scoring_version"), Scorer::Version } });
    if (!missing)
        return Error { missing.error() };
    return missing.value().toBool();
}

Result<int> ScoreCache::fill(int limit) const
{
    // Looked at before the transaction, so that a store with nothing to fill is never written.
    const auto needed = needsFill();
    if (!needed)
        return Error { needed.error() };
    if (!needed.value())
        return 0;

    // Chosen inside the transaction: an assessment deleted meanwhile is not scored.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    auto query = m_db.run(QStringLiteral("SELECT a.id, a.kind FROM assessments a ") + ValidScores
                              + QStringLiteral(" WHERE s.assessment_id IS NULL ORDER BY a.id LIMIT :limit"),
                          { { QStringLiteral(":model_version"), m_model.version },
                            { QStringLiteral(":scoring_version"), Scorer::Version },
                            { QStringLiteral(":limit"), limit } });
    if (!query)
        return Error { query.error() };
    QList<qint64> ids;
    QHash<qint64, AssessmentKind> kinds;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        ids.append(id);
        kinds.insert(id, assessmentKindFromKey(q.value(1).toString()).value_or(AssessmentKind::Full));
    }
    q.finish();
    auto answers = AssessmentRepository::answersOf(m_db, ids);
    if (!answers)
        return Error { answers.error() };
    for (const qint64 id : std::as_const(ids)) {
        Assessment a;
        a.kind = kinds.value(id);
        a.answers = answers->value(id);
        if (Status stored = store(id, a); !stored)
            return stored.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return static_cast<int>(ids.size());
}

} // namespace tandem::core
