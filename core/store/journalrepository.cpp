#include "journalrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "sqltime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>

namespace tandem::core {

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return QStringLiteral("lead");
    case Mode::Manage: return QStringLiteral("manage");
    case Mode::Both: return QStringLiteral("both");
    case Mode::Unset: break;
    }
    return {};
}

std::optional<Mode> modeFromKey(const QString &key)
{
    for (Mode mode : {Mode::Unset, Mode::Lead, Mode::Manage, Mode::Both}) {
        if (modeKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

namespace {

// The bindings of every text and choice an entry holds, shared by insert and update so the two
// can never disagree about a column; the caller adds its own keys.
QVariantMap withContent(const JournalEntry &entry, QVariantMap bindings)
{
    bindings.insert({{QStringLiteral(":occurred"), toSqlTime(entry.occurredAt)},
                     {QStringLiteral(":title"), entry.title},
                     {QStringLiteral(":situation"), entry.situation},
                     {QStringLiteral(":mode"), modeKey(entry.mode)},
                     {QStringLiteral(":outcome"), entry.outcome},
                     {QStringLiteral(":rating"), entry.rating ? QVariant(*entry.rating) : QVariant()},
                     {QStringLiteral(":feelings"), entry.feelings},
                     {QStringLiteral(":learned"), entry.learned},
                     {QStringLiteral(":next_time"), entry.nextTime},
                     {QStringLiteral(":body"), entry.body},
                     {QStringLiteral(":advice_lean"), entry.advice ? leanKey(entry.advice->lean) : QString()},
                     {QStringLiteral(":advice"),
                      entry.advice ? QVariant(QString::fromUtf8(entry.advice->toJson())) : QVariant()}});
    return bindings;
}

} // namespace

Result<qint64> JournalRepository::add(const JournalEntry &entry) const
{
    if (Status fits = RecordLimits::check(entry); !fits)
        return Error {
            QCoreApplication::translate("JournalRepository", "The journal entry was not saved: %1.").arg(fits.error())
        };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    const QUuid uuid = entry.uuid.isNull() ? QUuid::createUuid() : entry.uuid;
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : entry.occurredAt;
    const QDateTime updated = entry.updatedAt.isValid() ? entry.updatedAt : created;
    // The id is NULL (a fresh row id) unless the entry's own one is free.
    auto inserted = m_db.runPrepared(
            QStringLiteral("INSERT INTO journal_entries (id, uuid, created_at, updated_at, occurred_at, title,"
                           " situation, mode, outcome, rating, feelings, learned, next_time, body, advice_lean, advice)"
                           " VALUES (CASE WHEN :id > 0 AND NOT EXISTS (SELECT 1 FROM journal_entries WHERE id = :id)"
                           " THEN :id END, :uuid, :created, :updated, :occurred, :title, :situation, :mode,"
                           " :outcome, :rating, :feelings, :learned, :next_time, :body, :advice_lean, :advice)"),
            withContent(entry, {{QStringLiteral(":id"), entry.id},
                                {QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
                                {QStringLiteral(":created"), toSqlTime(created)},
                                {QStringLiteral(":updated"), toSqlTime(updated)}}));
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value()->lastInsertId().toLongLong();
    if (Status stored = storeTagsAndLinks(id, entry); !stored)
        return Error{stored.error()};
    if (Status stored = storeDecision(id, entry); !stored)
        return stored.failure();
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<std::optional<qint64>> JournalRepository::idFor(const QUuid &uuid) const
{
    const auto id = m_db.scalar(QStringLiteral("SELECT id FROM journal_entries WHERE uuid = :uuid"),
                                {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)}});
    if (!id)
        return Error{id.error()};
    if (id.value().isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value().toLongLong());
}

Status JournalRepository::storeTagsAndLinks(qint64 id, const JournalEntry &entry, QList<qint64> *tagIds) const
{
    const QList<std::pair<QString, const QStringList *>> links = {{QStringLiteral("skill"), &entry.skills},
                                                                  {QStringLiteral("contrast"), &entry.contrasts},
                                                                  {QStringLiteral("area"), &entry.areas}};
    for (const auto &[kind, refs] : links) {
        for (const QString &ref : *refs) {
            auto linked = m_db.runPrepared(QStringLiteral("INSERT OR IGNORE INTO journal_links (entry_id, kind, ref_id)"
                                                          " VALUES (:entry, :kind, :ref)"),
                                           {{QStringLiteral(":entry"), id},
                                            {QStringLiteral(":kind"), kind},
                                            {QStringLiteral(":ref"), ref}});
            if (!linked)
                return linked.failure();
        }
    }
    for (const QString &tag : entry.tags) {
        const auto tag_ = tagId(tag);
        if (!tag_)
            return tag_.failure();
        if (tagIds)
            tagIds->append(tag_.value());
        auto tagged = m_db.runPrepared(
                QStringLiteral("INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (:entry, :tag)"),
                {{QStringLiteral(":entry"), id}, {QStringLiteral(":tag"), tag_.value()}});
        if (!tagged)
            return tagged.failure();
    }
    return {};
}

Result<qint64> JournalRepository::tagId(const QString &name) const
{
    // Trimmed, and one tag whatever its ASCII letter case (the column's NOCASE collation).
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error { QCoreApplication::translate("JournalRepository", "A tag cannot be empty.") };
    const QVariantMap byName{{QStringLiteral(":name"), trimmed}};
    auto existing = m_db.scalarPrepared(QStringLiteral("SELECT id FROM tags WHERE name = :name"), byName);
    if (!existing)
        return existing.failure();
    if (!existing.value().isNull())
        return existing.value().toLongLong();
    auto inserted = m_db.runPrepared(QStringLiteral("INSERT INTO tags (name) VALUES (:name)"), byName);
    if (!inserted)
        return inserted.failure();
    return inserted.value()->lastInsertId().toLongLong();
}

Result<QList<qint64>> JournalRepository::tagIdsOf(qint64 entryId) const
{
    auto query = m_db.runPrepared(QStringLiteral("SELECT tag_id FROM entry_tags WHERE entry_id = :id"),
                                  {{QStringLiteral(":id"), entryId}});
    if (!query)
        return query.failure();
    QList<qint64> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    return ids;
}

Status JournalRepository::forgetUnusedTags(const QList<qint64> &tagIds) const
{
    for (const qint64 tag : tagIds) {
        auto done = m_db.runPrepared(QStringLiteral("DELETE FROM tags WHERE id = :tag"
                                                    " AND NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag_id = :tag)"),
                                     {{QStringLiteral(":tag"), tag}});
        if (!done)
            return done.failure();
    }
    return {};
}

Result<int> JournalRepository::count() const
{
    const auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM journal_entries"));
    if (!n)
        return Error{n.error()};
    return n.value().toInt();
}

QString JournalRepository::rowColumns()
{
    return QStringLiteral("id, uuid, occurred_at, created_at, updated_at, title, situation, mode, outcome, rating,"
                          " feelings, learned, next_time, body, advice");
}

JournalEntry JournalRepository::fromRow(const QSqlQuery &query, int first)
{
    JournalEntry e;
    e.id = query.value(first).toLongLong();
    e.uuid = QUuid::fromString(query.value(first + 1).toString());
    e.occurredAt = fromSqlTime(query.value(first + 2).toString());
    e.createdAt = fromSqlTime(query.value(first + 3).toString());
    e.updatedAt = fromSqlTime(query.value(first + 4).toString());
    e.title = query.value(first + 5).toString();
    e.situation = query.value(first + 6).toString();
    e.mode = modeFromKey(query.value(first + 7).toString()).value_or(Mode::Unset);
    e.outcome = query.value(first + 8).toString();
    if (!query.value(first + 9).isNull())
        e.rating = query.value(first + 9).toInt();
    e.feelings = query.value(first + 10).toString();
    e.learned = query.value(first + 11).toString();
    e.nextTime = query.value(first + 12).toString();
    e.body = query.value(first + 13).toString();
    if (!query.value(first + 14).isNull()) {
        auto advice = Advice::fromJson(query.value(first + 14).toString().toUtf8());
        if (advice)
            e.advice = std::move(advice).value();
    }
    return e;
}

void JournalRepository::addLink(JournalEntry &entry, const QSqlQuery &query, int first)
{
    const QString kind = query.value(first).toString();
    const QString ref = query.value(first + 1).toString();
    if (kind == QLatin1String("skill"))
        entry.skills.append(ref);
    else if (kind == QLatin1String("contrast"))
        entry.contrasts.append(ref);
    else
        entry.areas.append(ref);
}

QString JournalRepository::decisionColumns()
{
    return QStringLiteral("expectation, confidence, review_on, reviewed_at, review_outcome, actual_mode, held");
}

Decision JournalRepository::decisionFromRow(const QSqlQuery &query, int first)
{
    Decision made;
    made.expectation = query.value(first).toString();
    if (!query.value(first + 1).isNull())
        made.confidence = query.value(first + 1).toInt();
    made.reviewOn = fromSqlDate(query.value(first + 2));
    if (!query.value(first + 3).isNull()) {
        DecisionReview review;
        review.reviewedAt = fromSqlTime(query.value(first + 3).toString());
        review.outcome = query.value(first + 4).toString();
        review.actualMode = modeFromKey(query.value(first + 5).toString()).value_or(Mode::Unset);
        review.held = heldFromKey(query.value(first + 6).toString()).value_or(Held::Partly);
        made.review = review;
    }
    return made;
}

Result<JournalEntry> JournalRepository::get(qint64 id) const
{
    auto query = m_db.run(QStringLiteral("SELECT ") + rowColumns()
                                  + QStringLiteral(" FROM journal_entries WHERE id = :id"),
                          {{QStringLiteral(":id"), id}});
    if (!query)
        return Error{query.error()};
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error {
            QCoreApplication::translate("JournalRepository", "There is no journal entry with the id %1.").arg(id)
        };
    JournalEntry e = fromRow(q);

    auto links = m_db.run(QStringLiteral("SELECT kind, ref_id FROM journal_links WHERE entry_id = :id ORDER BY kind, ref_id"),
                          {{QStringLiteral(":id"), id}});
    if (!links)
        return Error{links.error()};
    while (links.value().next())
        addLink(e, links.value());
    auto tags = m_db.run(QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                                        " WHERE et.entry_id = :id ORDER BY t.name"),
                         {{QStringLiteral(":id"), id}});
    if (!tags)
        return Error{tags.error()};
    while (tags.value().next())
        e.tags.append(tags.value().value(0).toString());
    auto decision = m_db.run(QStringLiteral("SELECT ") + decisionColumns()
                                     + QStringLiteral(" FROM decisions WHERE entry_id = :id"),
                             {{QStringLiteral(":id"), id}});
    if (!decision)
        return decision.failure();
    if (QSqlQuery &d = decision.value(); d.next())
        e.decision = decisionFromRow(d);
    return e;
}

Status JournalRepository::update(const JournalEntry &entry) const
{
    if (Status fits = RecordLimits::check(entry); !fits)
        return Error {
            QCoreApplication::translate("JournalRepository", "The journal entry was not saved: %1.").arg(fits.error())
        };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    auto updated = m_db.runPrepared(
            QStringLiteral("UPDATE journal_entries SET updated_at = :updated, occurred_at = :occurred, title = :title,"
                           " situation = :situation, mode = :mode, outcome = :outcome, rating = :rating,"
                           " feelings = :feelings, learned = :learned, next_time = :next_time, body = :body,"
                           " advice_lean = :advice_lean, advice = :advice WHERE id = :id"),
            withContent(entry, {{QStringLiteral(":id"), entry.id},
                                {QStringLiteral(":updated"),
                                 toSqlTime(entry.updatedAt.isValid() ? entry.updatedAt : QDateTime::currentDateTimeUtc())}}));
    if (!updated)
        return updated.failure();
    if (updated.value()->numRowsAffected() < 1)
        return Error {
            QCoreApplication::translate("JournalRepository", "There is no journal entry with the id %1.").arg(entry.id)
        };
    const auto oldTags = tagIdsOf(entry.id);
    if (!oldTags)
        return oldTags.failure();
    const QVariantMap byId{{QStringLiteral(":id"), entry.id}};
    for (const QString &sql : {QStringLiteral("DELETE FROM journal_links WHERE entry_id = :id"),
                               QStringLiteral("DELETE FROM entry_tags WHERE entry_id = :id"),
                               QStringLiteral("DELETE FROM decisions WHERE entry_id = :id")}) {
        if (auto done = m_db.runPrepared(sql, byId); !done)
            return done.failure();
    }
    QList<qint64> newTags;
    if (Status stored = storeTagsAndLinks(entry.id, entry, &newTags); !stored)
        return stored;
    if (Status stored = storeDecision(entry.id, entry); !stored)
        return stored;
    QList<qint64> dropped = oldTags.value();
    dropped.removeIf([&newTags](qint64 tag) { return newTags.contains(tag); });
    if (Status forgotten = forgetUnusedTags(dropped); !forgotten)
        return forgotten;
    return transaction.commit();
}

Status JournalRepository::storeDecision(qint64 id, const JournalEntry &entry) const
{
    if (!entry.decision)
        return {};
    const Decision &d = *entry.decision;
    const std::optional<DecisionReview> &review = d.review;
    auto stored = m_db.runPrepared(
            QStringLiteral("INSERT INTO decisions (entry_id, expectation, confidence, review_on, reviewed_at,"
                           " review_outcome, actual_mode, held)"
                           " VALUES (:id, :expectation, :confidence, :review_on, :reviewed_at, :review_outcome,"
                           " :actual_mode, :held)"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":expectation"), d.expectation},
             {QStringLiteral(":confidence"), d.confidence ? QVariant(*d.confidence) : QVariant()},
             // A decision always has a review date; one without gets the usual four weeks.
             {QStringLiteral(":review_on"),
              toSqlDate(d.reviewOn.isValid() ? d.reviewOn
                                             : Decision::defaultReviewDate(entry.occurredAt.toLocalTime().date()))},
             {QStringLiteral(":reviewed_at"), review ? toOptionalSqlTime(review->reviewedAt) : QVariant()},
             {QStringLiteral(":review_outcome"), review ? review->outcome : QString()},
             {QStringLiteral(":actual_mode"), review ? modeKey(review->actualMode) : QString()},
             {QStringLiteral(":held"), review ? QVariant(heldKey(review->held)) : QVariant()}});
    if (!stored)
        return stored.failure();
    return {};
}

Status JournalRepository::remove(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    const auto oldTags = tagIdsOf(id);
    if (!oldTags)
        return oldTags.failure();
    // Its tags and links go with it (ON DELETE CASCADE).
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM journal_entries WHERE id = :id"),
                                    {{QStringLiteral(":id"), id}});
    if (!removed)
        return removed.failure();
    if (removed.value()->numRowsAffected() < 1)
        return Error {
            QCoreApplication::translate("JournalRepository", "There is no journal entry with the id %1.").arg(id)
        };
    if (Status forgotten = forgetUnusedTags(oldTags.value()); !forgotten)
        return forgotten;
    return transaction.commit();
}

namespace {

// The filter as SQL conditions on the alias "e", with their bindings.
QString filterSql(const JournalFilter &filter, QVariantMap &bindings)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("e.occurred_at >= :from"));
        bindings.insert(QStringLiteral(":from"), toSqlTime(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("e.occurred_at < :to"));
        bindings.insert(QStringLiteral(":to"), toSqlTime(filter.to.addDays(1).startOfDay()));
    }
    if (!filter.skill.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM journal_links l WHERE l.entry_id = e.id AND l.kind = 'skill'"
                                         " AND l.ref_id = :skill)"));
        bindings.insert(QStringLiteral(":skill"), filter.skill);
    }
    if (filter.mode) {
        conditions.append(QStringLiteral("e.mode = :mode"));
        bindings.insert(QStringLiteral(":mode"), modeKey(*filter.mode));
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                                         " WHERE et.entry_id = e.id AND t.name = :tag)"));
        bindings.insert(QStringLiteral(":tag"), (filter.tag.trimmed()));
    }
    if (filter.minRating) {
        conditions.append(QStringLiteral("e.rating >= :min_rating"));
        bindings.insert(QStringLiteral(":min_rating"), *filter.minRating);
    }
    if (filter.maxRating) {
        conditions.append(QStringLiteral("e.rating <= :max_rating"));
        bindings.insert(QStringLiteral(":max_rating"), *filter.maxRating);
    }
    return conditions.join(QStringLiteral(" AND "));
}

// Columns 0..5 of every summary query.
const QString SummaryColumns = QStringLiteral("e.id, e.occurred_at, e.title, e.mode, e.rating, e.advice_lean");

JournalSummary readSummary(const QSqlQuery &q)
{
    JournalSummary s;
    s.id = q.value(0).toLongLong();
    s.occurredAt = fromSqlTime(q.value(1).toString());
    s.title = q.value(2).toString();
    s.mode = modeFromKey(q.value(3).toString()).value_or(Mode::Unset);
    if (!q.value(4).isNull())
        s.rating = q.value(4).toInt();
    s.adviceLean = leanFromKey(q.value(5).toString());
    return s;
}

// The first words of the situation, else of the body, on one line.
const QString PreviewColumn =
        QStringLiteral("substr(CASE WHEN trim(e.situation, char(32, 9, 10, 13)) <> '' THEN e.situation ELSE e.body END, 1, 240)");

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

Result<QList<JournalSummary>> JournalRepository::list(const JournalFilter &filter, int limit,
                                                      const std::optional<Cursor> &after) const
{
    QVariantMap bindings{{QStringLiteral(":limit"), std::max(0, limit)}};
    QString where = filterSql(filter, bindings);
    if (after) {
        // A row value, so that SQLite walks the time index from the cursor on.
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND "))
               + QStringLiteral("(e.occurred_at, e.id) < (:after_at, :after_id)");
        bindings.insert(QStringLiteral(":after_at"), toSqlTime(after->occurredAt));
        bindings.insert(QStringLiteral(":after_id"), after->id);
    }
    auto query = m_db.run(QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(", ") + PreviewColumn
                                  + QStringLiteral(" FROM journal_entries e")
                                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                                  + QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit"),
                          bindings);
    if (!query)
        return Error{query.error()};
    QList<JournalSummary> rows;
    while (query.value().next()) {
        JournalSummary s = readSummary(query.value());
        s.preview = oneLine(query.value().value(6).toString());
        rows.append(std::move(s));
    }
    return rows;
}

Result<QList<JournalSummary>> JournalRepository::search(const QString &ftsQuery, const JournalFilter &filter, int limit,
                                                        int offset) const
{
    if (ftsQuery.trimmed().isEmpty())
        return QList<JournalSummary>();
    QVariantMap bindings{{QStringLiteral(":query"), ftsQuery},
                         {QStringLiteral(":limit"), std::max(0, limit)},
                         {QStringLiteral(":offset"), std::max(0, offset)},
                         {QStringLiteral(":open"), QString(QChar(JournalSummary::MatchStart))},
                         {QStringLiteral(":close"), QString(QChar(JournalSummary::MatchEnd))}};
    const QString where = filterSql(filter, bindings);
    // The FTS table drives the join and yields rows already in rank order, so SQLite stops after
    // `limit` rows and computes snippets for those rows only.
    auto query = m_db.run(QStringLiteral("SELECT ") + SummaryColumns
                                  + QStringLiteral(", tandem_snippet(journal_fts, :open, :close, '…', 14)"
                                                   " FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid"
                                                   " WHERE journal_fts MATCH :query")
                                  + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where)
                                  + QStringLiteral(" ORDER BY rank LIMIT :limit OFFSET :offset"),
                          bindings);
    if (!query)
        return Error{query.error()};
    QList<JournalSummary> rows;
    while (query.value().next()) {
        JournalSummary s = readSummary(query.value());
        s.snippet = oneLine(query.value().value(6).toString());
        rows.append(std::move(s));
    }
    return rows;
}

Result<QList<qint64>> JournalRepository::rankedIds(const QString &ftsQuery, const JournalFilter &filter) const
{
    QList<qint64> ids;
    if (ftsQuery.trimmed().isEmpty())
        return ids;
    QVariantMap bindings{{QStringLiteral(":query"), ftsQuery}};
    const QString where = filterSql(filter, bindings);
    // FTS5 sorts every match for ORDER BY rank anyway; keeping the ids costs 8 bytes a match and
    // saves a second scan for the count. Without a filter the entries are not joined at all: a
    // common word matches nearly every entry, and a lookup of each row costs four times the
    // ranking (a word in 94 % of 100,000 entries: 0.31 s against 1.1 s joined).
    auto query = m_db.run(where.isEmpty() ? QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH :query ORDER BY rank")
                                          : QStringLiteral("SELECT e.id FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid"
                                                           " WHERE journal_fts MATCH :query AND ")
                                                    + where + QStringLiteral(" ORDER BY rank"),
                          bindings);
    if (!query)
        return query.failure(); // its kind too: Interrupted is not shown
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    if (query.value().lastError().isValid())
        return m_db.queryError(query.value());
    return ids;
}

Result<QList<JournalSummary>> JournalRepository::summariesFor(const QString &ftsQuery, const QList<qint64> &ids) const
{
    QList<JournalSummary> rows;
    if (ftsQuery.trimmed().isEmpty() || ids.isEmpty())
        return rows;
    // One statement: FTS5 is asked for each id in turn (rowid = ?) and seeks it in each phrase's
    // list of matches (its doclist index), so a row costs the same on page 1 and page 100. The
    // ids go in as one JSON array; a literal list (rowid IN (1, 2, …)) is not passed down to
    // FTS5, which then walked every match of the query for each page.
    QByteArray idList = "[";
    for (qint64 id : ids) {
        if (idList.size() > 1)
            idList += ',';
        idList += QByteArray::number(id);
    }
    idList += ']';
    auto query = m_db.runPrepared(
        QStringLiteral("SELECT ") + SummaryColumns
            + QStringLiteral(", tandem_snippet(journal_fts, :open, :close, '…', 14)"
                             " FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid"
                             " WHERE journal_fts MATCH :query AND journal_fts.rowid IN (SELECT value FROM json_each(:ids))"),
        { { QStringLiteral(":query"), ftsQuery },
          { QStringLiteral(":ids"), QString::fromLatin1(idList) },
          { QStringLiteral(":open"), QString(QChar(JournalSummary::MatchStart)) },
          { QStringLiteral(":close"), QString(QChar(JournalSummary::MatchEnd)) } });
    if (!query)
        return query.failure(); // its kind too: Interrupted is not shown
    QSqlQuery &q = *query.value();
    QHash<qint64, JournalSummary> found;
    while (q.next()) {
        JournalSummary s = readSummary(q);
        s.snippet = oneLine(q.value(6).toString());
        found.insert(s.id, std::move(s));
    }
    if (q.lastError().isValid())
        return m_db.queryError(q);
    q.finish();
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end())
            rows.append(std::move(it.value()));
    }
    return rows;
}

Result<int> JournalRepository::searchCount(const QString &ftsQuery, const JournalFilter &filter) const
{
    if (ftsQuery.trimmed().isEmpty())
        return 0;
    QVariantMap bindings{{QStringLiteral(":query"), ftsQuery}};
    const QString where = filterSql(filter, bindings);
    auto query = m_db.run(QStringLiteral("SELECT count(*) FROM journal_fts JOIN journal_entries e ON e.id = journal_fts.rowid"
                                         " WHERE journal_fts MATCH :query")
                                  + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where),
                          bindings);
    if (!query)
        return Error{query.error()};
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<JournalSummary>> JournalRepository::onThisDay(const QDate &day, int limit) const
{
    QList<JournalSummary> rows;
    if (!day.isValid() || limit <= 0)
        return rows;
    const auto earliest = m_db.scalar(QStringLiteral("SELECT min(occurred_at) FROM journal_entries"));
    if (!earliest)
        return Error{earliest.error()};
    if (earliest.value().isNull())
        return rows;
    const int firstYear = fromSqlTime(earliest.value().toString()).toLocalTime().date().year();
    // One indexed range per earlier year, rather than a date function over every row.
    for (int year = day.year() - 1; year >= firstYear && rows.size() < limit; --year) {
        const QDate then(year, day.month(), day.day());
        if (!then.isValid())
            continue; // 29 February in a common year
        auto query = m_db.run(QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(", ") + PreviewColumn
                                      + QStringLiteral(" FROM journal_entries e WHERE e.occurred_at >= :from AND e.occurred_at < :to"
                                                       " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit"),
                              {{QStringLiteral(":from"), toSqlTime(then.startOfDay())},
                               {QStringLiteral(":to"), toSqlTime(then.addDays(1).startOfDay())},
                               {QStringLiteral(":limit"), limit - static_cast<int>(rows.size())}});
        if (!query)
            return Error{query.error()};
        while (query.value().next()) {
            JournalSummary s = readSummary(query.value());
            s.preview = oneLine(query.value().value(6).toString());
            rows.append(std::move(s));
        }
    }
    return rows;
}

Result<QStringList> JournalRepository::tags() const
{
    auto query = m_db.run(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    if (!query)
        return Error{query.error()};
    QStringList names;
    while (query.value().next())
        names.append(query.value().value(0).toString());
    return names;
}


namespace {

// The range as conditions on occurred_at (UTC text, so the time index serves them): from the
// local start of `from` to the local start of the day after `to`.
QString rangeSql(const QDate &from, const QDate &to, QVariantMap &bindings)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(QStringLiteral("occurred_at >= :from"));
        bindings.insert(QStringLiteral(":from"), toSqlTime(from.startOfDay()));
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("occurred_at < :to"));
        bindings.insert(QStringLiteral(":to"), toSqlTime(to.addDays(1).startOfDay()));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QMap<QDate, int>> JournalRepository::countsPerDay(QDate from, QDate to) const
{
    QMap<QDate, int> counts;
    // The times the range spans: its ends, or the first and last entry.
    QDateTime first = from.isValid() ? from.startOfDay() : QDateTime();
    QDateTime end = to.isValid() ? to.addDays(1).startOfDay() : QDateTime();
    if (!first.isValid() || !end.isValid()) {
        auto bounds = m_db.run(QStringLiteral("SELECT min(occurred_at), max(occurred_at) FROM journal_entries"));
        if (!bounds)
            return bounds.failure();
        if (!bounds.value().next() || bounds.value().value(0).isNull())
            return counts;
        if (!first.isValid())
            first = fromSqlTime(bounds.value().value(0).toString());
        if (!end.isValid())
            end = fromSqlTime(bounds.value().value(1).toString()).addSecs(1);
    }
    if (first >= end)
        return counts;
    // The day as a Julian day number, which QDate takes as it is: the calendar date would cost a
    // string and its parsing for every day. julianday() counts from noon, hence the half day; the
    // shift is applied in whole milliseconds, so that midnight stays exact.
    static const QString DayNumberSql = QStringLiteral("CAST(julianday(occurred_at, %1) + 0.5 AS INTEGER)");
    auto addDay = [&counts](const QVariant &number, const QVariant &count) {
        bool ok = false;
        const qint64 julian = number.toLongLong(&ok);
        const QDate day = QDate::fromJulianDay(julian);
        if (ok && !number.isNull() && day.isValid())
            counts[day] += count.toInt();
    };
    // A day is the local day the journal shows. Between two changes of the offset from UTC (two a
    // year where clocks change), every entry's day is its UTC time moved by that one offset, which
    // SQLite works out without a time-zone conversion per entry ('localtime' cost 0.8 µs each).
    struct Stretch
    {
        QDateTime from, to;
        int offset = 0;
    };
    QList<Stretch> stretches;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    // QDateTime's local time is the C library's; the zone's transitions are used only where they
    // agree with it.
    auto agrees = [&zone](const QDateTime &t) {
        return zone.isValid() && zone.offsetFromUtc(t) == t.toLocalTime().offsetFromUtc();
    };
    if (agrees(first) && agrees(end.addSecs(-1))) {
        QDateTime at = first.toUTC();
        for (const QTimeZone::OffsetData &change : zone.transitions(first, end)) {
            if (change.atUtc <= at)
                continue;
            stretches.append({ at, change.atUtc.toUTC(), zone.offsetFromUtc(at) });
            at = change.atUtc.toUTC();
        }
        stretches.append({ at, end.toUTC(), zone.offsetFromUtc(at) });
        for (const Stretch &s : std::as_const(stretches)) {
            if (!agrees(s.from)) {
                stretches.clear();
                break;
            }
        }
    }
    if (stretches.isEmpty()) {
        // SQLite's 'localtime' uses the C library's rules, as QDateTime's local time does.
        QVariantMap bindings;
        const QString where = rangeSql(from, to, bindings);
        auto query = m_db.run(QStringLiteral("SELECT ") + DayNumberSql.arg(QStringLiteral("'localtime'"))
                                  + QStringLiteral(" AS day, count(*) FROM journal_entries") + where
                                  + QStringLiteral(" GROUP BY day"),
                              bindings);
        if (!query)
            return query.failure();
        while (query.value().next())
            addDay(query.value().value(0), query.value().value(1));
        return counts;
    }
    for (const Stretch &s : std::as_const(stretches)) {
        auto query = m_db.runPrepared(
            QStringLiteral("SELECT ") + DayNumberSql.arg(QStringLiteral(":shift"))
                + QStringLiteral(" AS day, count(*) FROM journal_entries"
                                 " WHERE occurred_at >= :from AND occurred_at < :to GROUP BY day"),
            { { QStringLiteral(":shift"), QStringLiteral("%1%2 seconds").arg(QLatin1Char(s.offset < 0 ? '-' : '+')).arg(std::abs(s.offset)) },
              { QStringLiteral(":from"), toSqlTime(s.from) },
              { QStringLiteral(":to"), toSqlTime(s.to) } });
        if (!query)
            return query.failure();
        QSqlQuery &q = *query.value();
        while (q.next())
            addDay(q.value(0), q.value(1));
        q.finish();
    }
    return counts;
}

Result<QList<JournalRepository::RatingGroup>> JournalRepository::ratingsByModeAndLean(QDate from, QDate to) const
{
    QVariantMap bindings;
    QString where = rangeSql(from, to, bindings);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("rating IS NOT NULL");
    auto query = m_db.run(QStringLiteral("SELECT mode, coalesce(advice_lean, ''), count(*), sum(rating) FROM journal_entries")
                                  + where + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
                          bindings);
    if (!query)
        return Error{query.error()};
    QList<RatingGroup> groups;
    while (query.value().next()) {
        RatingGroup g;
        g.mode = modeFromKey(query.value().value(0).toString()).value_or(Mode::Unset);
        g.lean = leanFromKey(query.value().value(1).toString());
        g.count = query.value().value(2).toInt();
        g.ratingSum = query.value().value(3).toInt();
        groups.append(g);
    }
    return groups;
}

Result<QList<JournalRepository::ReviewDue>> JournalRepository::reviewsDue(const QDate &today, int limit) const
{
    auto query = m_db.run(QStringLiteral("SELECT d.entry_id, e.occurred_at, e.title, d.expectation, d.review_on"
                                         " FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                                         " WHERE d.reviewed_at IS NULL AND d.review_on <= :today"
                                         " ORDER BY d.review_on, e.occurred_at, d.entry_id LIMIT :limit"),
                          {{QStringLiteral(":today"), toSqlDate(today)}, {QStringLiteral(":limit"), std::max(0, limit)}});
    if (!query)
        return query.failure();
    QList<ReviewDue> due;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        due.append({q.value(0).toLongLong(), fromSqlTime(q.value(1).toString()), q.value(2).toString(),
                    q.value(3).toString(), fromSqlDate(q.value(4))});
    }
    return due;
}

Result<QSet<qint64>> JournalRepository::reviewsDueAmong(const QDate &today, const QList<qint64> &ids) const
{
    QSet<qint64> due;
    // In slices, so that the statement stays short however many rows a list has loaded; the ids
    // are integers, written into the text.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        QStringList list;
        for (qsizetype i = from; i < std::min(ids.size(), from + Slice); ++i)
            list.append(QString::number(ids.at(i)));
        auto query = m_db.run(QStringLiteral("SELECT entry_id FROM decisions WHERE reviewed_at IS NULL AND review_on <= :today"
                                             " AND entry_id IN (")
                                      + list.join(QLatin1Char(',')) + QStringLiteral(")"),
                              {{QStringLiteral(":today"), toSqlDate(today)}});
        if (!query)
            return query.failure();
        while (query.value().next())
            due.insert(query.value().value(0).toLongLong());
    }
    return due;
}

Result<int> JournalRepository::reviewsDueCount(const QDate &today) const
{
    const auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE reviewed_at IS NULL AND review_on <= :today"),
                               {{QStringLiteral(":today"), toSqlDate(today)}});
    if (!n)
        return n.failure();
    return n.value().toInt();
}

Result<QList<JournalRepository::ReviewedDecision>> JournalRepository::reviewedDecisions() const
{
    auto query = m_db.run(QStringLiteral("SELECT d.entry_id, e.occurred_at, d.reviewed_at, e.advice_lean,"
                                         " CASE WHEN d.actual_mode <> '' THEN d.actual_mode ELSE e.mode END,"
                                         " d.held, d.confidence, e.rating"
                                         " FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                                         " WHERE d.reviewed_at IS NOT NULL ORDER BY e.occurred_at, d.entry_id"));
    if (!query)
        return query.failure();
    QList<ReviewedDecision> reviewed;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        ReviewedDecision r;
        r.entryId = q.value(0).toLongLong();
        r.occurredAt = fromSqlTime(q.value(1).toString());
        r.reviewedAt = fromSqlTime(q.value(2).toString());
        r.lean = leanFromKey(q.value(3).toString());
        r.mode = modeFromKey(q.value(4).toString()).value_or(Mode::Unset);
        r.held = heldFromKey(q.value(5).toString()).value_or(Held::Partly);
        if (!q.value(6).isNull())
            r.confidence = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.rating = q.value(7).toInt();
        reviewed.append(r);
    }
    return reviewed;
}

Status JournalRepository::checkSearchIndex() const
{
    // With rank 1 it also compares the index with the entries (external content); without,
    // SQLite 3.40 checks the index only.
    if (auto checked = m_db.run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)"));
        !checked)
        return checked.failure();
    return {};
}

Result<int> JournalRepository::searchIndexPieces() const
{
    // The index's own table of contents (one row per page that starts a range of terms, and
    // every piece has one), small beside the index.
    const auto pieces = m_db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM journal_fts_idx"));
    if (!pieces)
        return pieces.failure();
    return pieces.value().toInt();
}

Result<bool> JournalRepository::compactSearchIndex(int pages) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    const qint64 before = m_db.totalChanges();
    // A negative number asks FTS5 to merge pieces of every level into one, as 'optimize' does,
    // but a bounded step at a time.
    if (auto merged = m_db.run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('merge', :pages)"),
                               { { QStringLiteral(":pages"), -std::max(pages, 1) } });
        !merged)
        return merged.failure();
    // With nothing left to merge, the step writes at most its bookkeeping row.
    const bool worked = m_db.totalChanges() - before > 1;
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return worked;
}

namespace {
const QString IndexTrigger = QStringLiteral("journal_entries_fts_insert");
}

JournalBulkAdd::JournalBulkAdd(const Database &db)
    : m_db(db), m_transaction(std::make_unique<Transaction>(db, Transaction::Inner::Joined))
{
    if (!m_transaction->isActive()) {
        m_begun = Error { m_transaction->error() };
        return;
    }
    const auto trigger = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = :name"),
                                     { { QStringLiteral(":name"), IndexTrigger } });
    if (!trigger) {
        m_begun = trigger.failure();
        return;
    }
    m_trigger = trigger.value().toString();
    if (m_trigger.isEmpty()) {
        // Database::open checks the schema, so this is a store changed behind Tandem's back.
        m_begun = Error { QCoreApplication::translate("JournalRepository",
                                                      "The journal's search index is not kept up to date in this "
                                                      "file (its trigger is missing).") };
        return;
    }
    if (auto dropped = m_db.run(QStringLiteral("DROP TRIGGER %1").arg(IndexTrigger)); !dropped)
        m_begun = dropped.failure();
}

// Without finish(), the transaction rolls back, and the trigger with it.
JournalBulkAdd::~JournalBulkAdd() = default;

Result<qint64> JournalBulkAdd::add(const JournalEntry &entry)
{
    if (!m_begun)
        return m_begun.failure();
    auto added = JournalRepository(m_db).add(entry);
    if (!added)
        return added;
    const qint64 id = added.value();
    if (!m_added.isEmpty() && m_added.last().second + 1 == id)
        m_added.last().second = id;
    else
        m_added.append({ id, id });
    return added;
}

Status JournalBulkAdd::finish(const std::function<bool()> &goOn)
{
    if (!m_begun)
        return m_begun;
    bool firstChunk = true;
    for (const auto &[first, last] : std::as_const(m_added)) {
        // One statement per chunk of a run of ids: the index writes out what it holds only when
        // its memory fills and at each statement's end.
        for (qint64 from = first; from <= last; from += IndexChunk) {
            if (!firstChunk && goOn && !goOn()) {
                m_begun = Error { QCoreApplication::translate("JournalRepository", "The entries were not indexed."),
                                  QString(), Error::Kind::Interrupted };
                return m_begun;
            }
            firstChunk = false;
            if (auto indexed = m_db.runPrepared(
                    QStringLiteral("INSERT INTO journal_fts (rowid, title, situation, outcome, feelings, learned, "
                                   "next_time, body) SELECT id, title, situation, outcome, feelings, learned, "
                                   "next_time, body FROM journal_entries WHERE id BETWEEN :first AND :last"),
                    { { QStringLiteral(":first"), from }, { QStringLiteral(":last"), std::min(last, from + IndexChunk - 1) } });
                !indexed)
                return indexed.failure();
        }
    }
    if (auto restored = m_db.run(m_trigger); !restored)
        return restored.failure();
    m_added.clear();
    m_begun = Error { QCoreApplication::translate("JournalRepository", "The entries were already indexed.") };
    return m_transaction->commit();
}

} // namespace tandem::core
