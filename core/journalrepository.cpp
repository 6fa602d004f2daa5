#include "journalrepository.h"

#include "database.h"
#include "sqltime.h"
#include "transaction.h"

#include <QSqlError>

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

Result<qint64> JournalRepository::add(const JournalEntry &entry) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    const QUuid uuid = entry.uuid.isNull() ? QUuid::createUuid() : entry.uuid;
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : entry.occurredAt;
    const QDateTime updated = entry.updatedAt.isValid() ? entry.updatedAt : created;
    auto inserted = m_db.run(
            QStringLiteral("INSERT INTO journal_entries (uuid, created_at, updated_at, occurred_at, title,"
                           " situation, mode, outcome, rating, feelings, learned, next_time, body)"
                           " VALUES (:uuid, :created, :updated, :occurred, :title, :situation, :mode,"
                           " :outcome, :rating, :feelings, :learned, :next_time, :body)"),
            {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
             {QStringLiteral(":created"), toSqlTime(created)},
             {QStringLiteral(":updated"), toSqlTime(updated)},
             {QStringLiteral(":occurred"), toSqlTime(entry.occurredAt)},
             {QStringLiteral(":title"), entry.title},
             {QStringLiteral(":situation"), entry.situation},
             {QStringLiteral(":mode"), modeKey(entry.mode)},
             {QStringLiteral(":outcome"), entry.outcome},
             {QStringLiteral(":rating"), entry.rating ? QVariant(*entry.rating) : QVariant()},
             {QStringLiteral(":feelings"), entry.feelings},
             {QStringLiteral(":learned"), entry.learned},
             {QStringLiteral(":next_time"), entry.nextTime},
             {QStringLiteral(":body"), entry.body}});
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value().lastInsertId().toLongLong();

    const QList<QPair<QString, QStringList>> links = {{QStringLiteral("skill"), entry.skills},
                                                      {QStringLiteral("contrast"), entry.contrasts},
                                                      {QStringLiteral("area"), entry.areas}};
    for (const auto &[kind, refs] : links) {
        for (const QString &ref : refs) {
            auto linked = m_db.run(QStringLiteral("INSERT OR IGNORE INTO journal_links (entry_id, kind, ref_id)"
                                                  " VALUES (:entry, :kind, :ref)"),
                                   {{QStringLiteral(":entry"), id}, {QStringLiteral(":kind"), kind}, {QStringLiteral(":ref"), ref}});
            if (!linked)
                return Error{linked.error()};
        }
    }
    for (const QString &tag : entry.tags) {
        const auto tag_ = tagId(tag);
        if (!tag_)
            return Error{tag_.error()};
        auto tagged = m_db.run(QStringLiteral("INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (:entry, :tag)"),
                               {{QStringLiteral(":entry"), id}, {QStringLiteral(":tag"), tag_.value()}});
        if (!tagged)
            return Error{tagged.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<qint64> JournalRepository::tagId(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("A tag cannot be empty.")};
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM tags WHERE name = :name"), {{QStringLiteral(":name"), trimmed}});
    if (!existing)
        return Error{existing.error()};
    if (!existing.value().isNull())
        return existing.value().toLongLong();
    auto inserted = m_db.run(QStringLiteral("INSERT INTO tags (name) VALUES (:name)"), {{QStringLiteral(":name"), trimmed}});
    if (!inserted)
        return Error{inserted.error()};
    return inserted.value().lastInsertId().toLongLong();
}

Result<int> JournalRepository::count() const
{
    const auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM journal_entries"));
    if (!n)
        return Error{n.error()};
    return n.value().toInt();
}

Result<JournalEntry> JournalRepository::get(qint64 id) const
{
    auto query = m_db.run(QStringLiteral("SELECT uuid, occurred_at, created_at, updated_at, title, situation, mode,"
                                         " outcome, rating, feelings, learned, next_time, body"
                                         " FROM journal_entries WHERE id = :id"),
                          {{QStringLiteral(":id"), id}});
    if (!query)
        return Error{query.error()};
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error{QStringLiteral("There is no journal entry with the id %1.").arg(id)};
    JournalEntry e;
    e.id = id;
    e.uuid = QUuid::fromString(q.value(0).toString());
    e.occurredAt = fromSqlTime(q.value(1).toString());
    e.createdAt = fromSqlTime(q.value(2).toString());
    e.updatedAt = fromSqlTime(q.value(3).toString());
    e.title = q.value(4).toString();
    e.situation = q.value(5).toString();
    e.mode = modeFromKey(q.value(6).toString()).value_or(Mode::Unset);
    e.outcome = q.value(7).toString();
    if (!q.value(8).isNull())
        e.rating = q.value(8).toInt();
    e.feelings = q.value(9).toString();
    e.learned = q.value(10).toString();
    e.nextTime = q.value(11).toString();
    e.body = q.value(12).toString();

    auto links = m_db.run(QStringLiteral("SELECT kind, ref_id FROM journal_links WHERE entry_id = :id ORDER BY kind, ref_id"),
                          {{QStringLiteral(":id"), id}});
    if (!links)
        return Error{links.error()};
    while (links.value().next()) {
        const QString kind = links.value().value(0).toString();
        const QString ref = links.value().value(1).toString();
        if (kind == QLatin1String("skill"))
            e.skills.append(ref);
        else if (kind == QLatin1String("contrast"))
            e.contrasts.append(ref);
        else
            e.areas.append(ref);
    }
    auto tags = m_db.run(QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                                        " WHERE et.entry_id = :id ORDER BY t.name"),
                         {{QStringLiteral(":id"), id}});
    if (!tags)
        return Error{tags.error()};
    while (tags.value().next())
        e.tags.append(tags.value().value(0).toString());
    return e;
}

} // namespace tandem::core
