#include "importer.h"

#include "assessmentrepository.h"
#include "database.h"
#include "exchangerepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "scorecache.h"
#include "settingsrepository.h"
#include "skillmodel.h"
#include "sqltime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tandem::core {

namespace {

// Translated when said, not at start-up: a translation installed after static initialisation
// (every program installs its translators in main) would never reach a constant.
QString nothingImported()
{
    return QCoreApplication::translate("Importer", " Nothing was imported.");
}

QString day(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().date().toString(Qt::ISODate)
                          : QCoreApplication::translate("Importer", "an unknown day");
}

QString elided(const QString &text, qsizetype length = 50)
{
    const QString line = text.simplified();
    return line.size() > length ? line.left(length) + QStringLiteral("…") : line;
}

QString describe(const JournalEntry &e)
{
    const QString title = elided(e.title);
    return title.isEmpty()
        ? QCoreApplication::translate("Importer", "the journal entry of %1").arg(day(e.occurredAt))
        : QCoreApplication::translate("Importer", "the journal entry “%1” of %2").arg(title, day(e.occurredAt));
}

QString describe(const Goal &g)
{
    const QString title = elided(g.title);
    return title.isEmpty() ? QCoreApplication::translate("Importer", "the goal created on %1").arg(day(g.createdAt))
                           : QCoreApplication::translate("Importer", "the goal “%1”").arg(title);
}

QString describe(const Assessment &a)
{
    return (a.kind == AssessmentKind::Pulse ? QCoreApplication::translate("Importer", "the pulse check-in of %1")
                                            : QCoreApplication::translate("Importer", "the full assessment of %1"))
        .arg(day(a.takenAt));
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// What a record may be, for telling a user which uuid clashes with what.
enum class Kind { Assessment, Entry, Goal, Step };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Assessment: return QCoreApplication::translate("Importer", "an assessment");
    case Kind::Entry: return QCoreApplication::translate("Importer", "a journal entry");
    case Kind::Goal: return QCoreApplication::translate("Importer", "a goal");
    case Kind::Step: return QCoreApplication::translate("Importer", "a step of a goal");
    }
    return {};
}

struct Owner
{
    Kind kind = Kind::Entry;
    qsizetype index = 0; // in the stored list of its kind (for steps: of the goal)
    QUuid goal; // for steps: the goal they belong to
};

// Times as the store keeps them, to the second; "" for none.
QString timeKey(const QDateTime &time)
{
    return time.isValid() ? toSqlTime(time) : QString();
}

// Tags as the store tells them apart: trimmed, and the same regardless of ASCII letter case
// (the column's NOCASE collation), so "Work" and "work" are one tag.
QStringList tagKey(const QStringList &tags)
{
    QStringList keys;
    for (const QString &tag : tags) {
        QString key = tag.trimmed();
        for (QChar &c : key) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                c = QChar(c.unicode() + ('a' - 'A'));
        }
        keys.append(key);
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QStringList setKey(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QList<QUuid> setKey(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool sameAssessment(const ExchangeAssessment &a, const ExchangeAssessment &b)
{
    return a.assessment.kind == b.assessment.kind && a.assessment.modelVersion == b.assessment.modelVersion
        && timeKey(a.assessment.takenAt) == timeKey(b.assessment.takenAt)
        && timeKey(a.assessment.startedAt) == timeKey(b.assessment.startedAt) && a.assessment.note == b.assessment.note
        && a.assessment.answers == b.assessment.answers;
}

// Decisions compared as the store keeps them: times to the second, and a decision without a
// review date gets the one the store gives it.
bool sameDecision(const JournalEntry &a, const JournalEntry &b)
{
    if (a.decision.has_value() != b.decision.has_value())
        return false;
    if (!a.decision)
        return true;
    const Decision &x = *a.decision;
    const Decision &y = *b.decision;
    auto reviewOn = [](const JournalEntry &e) {
        return e.decision->reviewOn.isValid() ? e.decision->reviewOn
                                              : Decision::defaultReviewDate(e.occurredAt.toLocalTime().date());
    };
    if (x.expectation != y.expectation || x.confidence != y.confidence || reviewOn(a) != reviewOn(b)
        || x.review.has_value() != y.review.has_value())
        return false;
    return !x.review
        || (timeKey(x.review->reviewedAt) == timeKey(y.review->reviewedAt) && x.review->outcome == y.review->outcome
            && x.review->actualMode == y.review->actualMode && x.review->held == y.review->held);
}

// Same content: everything but the row id and the created/updated times.
bool sameEntry(const JournalEntry &a, const JournalEntry &b)
{
    return timeKey(a.occurredAt) == timeKey(b.occurredAt) && a.title == b.title && a.situation == b.situation
        && a.mode == b.mode && a.outcome == b.outcome && a.rating == b.rating && a.feelings == b.feelings
        && a.learned == b.learned && a.nextTime == b.nextTime && a.body == b.body && tagKey(a.tags) == tagKey(b.tags)
        && setKey(a.skills) == setKey(b.skills) && setKey(a.contrasts) == setKey(b.contrasts)
        && setKey(a.areas) == setKey(b.areas) && a.advice == b.advice && sameDecision(a, b);
}

bool sameSteps(const QList<GoalStep> &a, const QList<GoalStep> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).uuid != b.at(i).uuid || a.at(i).text != b.at(i).text || a.at(i).dueOn != b.at(i).dueOn
            || a.at(i).tipId != b.at(i).tipId || timeKey(a.at(i).doneAt) != timeKey(b.at(i).doneAt))
            return false;
    }
    return true;
}

bool sameGoal(const ExchangeGoal &a, const ExchangeGoal &b)
{
    const Goal &x = a.goal;
    const Goal &y = b.goal;
    return x.targetKind == y.targetKind && x.targetId == y.targetId && x.title == y.title && x.why == y.why
        && x.dueOn == y.dueOn && x.targetScore == y.targetScore && x.status == y.status
        && timeKey(x.closedAt) == timeKey(y.closedAt) && sameSteps(x.steps, y.steps)
        && setKey(a.evidenceEntries) == setKey(b.evidenceEntries);
}

// Missing created/updated times take the ones before them, as JournalRepository::add does.
JournalEntry withTimes(JournalEntry e)
{
    if (!e.createdAt.isValid())
        e.createdAt = e.occurredAt;
    if (!e.updatedAt.isValid())
        e.updatedAt = e.createdAt;
    return e;
}

Goal withTimes(Goal g)
{
    if (!g.updatedAt.isValid())
        g.updatedAt = g.createdAt;
    return g;
}

// A record beyond what the store keeps (and an export reads back).
Error tooLarge(const QString &what, const Status &fits)
{
    return Error {
        QCoreApplication::translate("Importer", "In the file, %1 cannot be stored: %2.").arg(what, fits.error())
        + nothingImported()
    };
}

// The checks that do not need the store, for data from any source (TandemJson::read has
// already made them for its files, with more detail).
Status checkData(const ExchangeData &data)
{
    QHash<QUuid, QString> seen;
    auto claim = [&seen](const QUuid &uuid, const QString &what) -> Status {
        if (uuid.isNull())
            return Error { QCoreApplication::translate("Importer", "%1 has no id.").arg(what) + nothingImported() };
        const auto it = seen.constFind(uuid);
        if (it != seen.cend())
            return Error { QCoreApplication::translate("Importer", "The id %1 is used twice, by %2 and by %3.")
                               .arg(uuidText(uuid), *it, what)
                           + nothingImported() };
        seen.insert(uuid, what);
        return {};
    };
    for (const ExchangeAssessment &a : data.assessments) {
        const QString what = describe(a.assessment);
        if (Status claimed = claim(a.assessment.uuid, what); !claimed)
            return claimed;
        if (Status fits = RecordLimits::check(a.assessment); !fits)
            return tooLarge(what, fits);
        if (!a.assessment.takenAt.isValid())
            return Error { QCoreApplication::translate("Importer", "An assessment (%1) has no time.")
                               .arg(uuidText(a.assessment.uuid))
                           + nothingImported() };
        for (auto it = a.assessment.answers.cbegin(); it != a.assessment.answers.cend(); ++it) {
            if (it.value() < 1 || it.value() > 5)
                return Error { QCoreApplication::translate("Importer",
                                                           "In %1 the answer to %2 is %3; answers go from 1 to 5.")
                                   .arg(what, it.key(), QString::number(it.value()))
                               + nothingImported() };
        }
    }
    for (const JournalEntry &e : data.journalEntries) {
        if (Status claimed = claim(e.uuid, describe(e)); !claimed)
            return claimed;
        if (Status fits = RecordLimits::check(e); !fits)
            return tooLarge(describe(e), fits);
        if (!e.occurredAt.isValid())
            return Error {
                QCoreApplication::translate("Importer", "A journal entry (%1) has no date.").arg(uuidText(e.uuid))
                + nothingImported()
            };
        if (e.rating && (*e.rating < 1 || *e.rating > 5))
            return Error { QCoreApplication::translate("Importer", "%1 has the rating %2; ratings go from 1 to 5.")
                               .arg(describe(e), QString::number(*e.rating))
                           + nothingImported() };
        if (const std::optional<Decision> &d = e.decision) {
            if (d->confidence && (*d->confidence < 0 || *d->confidence > 100))
                return Error { QCoreApplication::translate(
                                   "Importer",
                                   "%1 records a decision with the confidence %2; confidence goes from 0 "
                                   "to 100.")
                                   .arg(describe(e), QString::number(*d->confidence))
                               + nothingImported() };
            if (d->review && !d->review->reviewedAt.isValid())
                return Error { QCoreApplication::translate(
                                   "Importer", "%1 has a review of its decision without the time it was reviewed.")
                                   .arg(describe(e))
                               + nothingImported() };
        }
    }
    for (const ExchangeGoal &g : data.goals) {
        if (Status claimed = claim(g.goal.uuid, describe(g.goal)); !claimed)
            return claimed;
        if (Status fits = RecordLimits::check(g.goal); !fits)
            return tooLarge(describe(g.goal), fits);
        if (Status fits = RecordLimits::checkCount(
                g.evidenceEntries.size(), QCoreApplication::translate("Importer", "journal entries given as evidence"),
                RecordLimits::MaxRecords);
            !fits)
            return tooLarge(describe(g.goal), fits);
        if (!g.goal.createdAt.isValid())
            return Error {
                QCoreApplication::translate("Importer", "A goal (%1) has no creation time.").arg(uuidText(g.goal.uuid))
                + nothingImported()
            };
        if (g.goal.targetScore && (*g.goal.targetScore < 0 || *g.goal.targetScore > 100))
            return Error { QCoreApplication::translate("Importer",
                                                       "%1 has the target score %2; targets go from 0 to 100.")
                               .arg(describe(g.goal), QString::number(*g.goal.targetScore))
                           + nothingImported() };
        for (qsizetype i = 0; i < g.goal.steps.size(); ++i) {
            if (Status claimed
                = claim(g.goal.steps.at(i).uuid,
                        QCoreApplication::translate("Importer", "step %1 of %2").arg(i + 1).arg(describe(g.goal)));
                !claimed)
                return claimed;
        }
    }
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        if (it.key().isEmpty())
            return Error { QCoreApplication::translate("Importer", "A setting has no name.") + nothingImported() };
        if (Status fits = RecordLimits::checkSetting(it.key(), it.value()); !fits)
            return tooLarge(QCoreApplication::translate("Importer", "the setting %1").arg(elided(it.key())), fits);
    }
    return {};
}

// A write the store refused, half-way: the transaction rolls back, so nothing stays.
Error notStored(const QString &what, const QString &why)
{
    return Error { QCoreApplication::translate("Importer", "Could not store %1: %2").arg(what, why) + nothingImported() };
}

// "2 assessments, 12 journal entries and 1 goal"; "" when all are zero.
QString listOf(int assessments, int entries, int goals, int settings)
{
    QStringList parts;
    if (assessments > 0)
        parts.append(QCoreApplication::translate("Importer", "%n assessments", nullptr, assessments));
    if (entries > 0)
        parts.append(QCoreApplication::translate("Importer", "%n journal entries", nullptr, entries));
    if (goals > 0)
        parts.append(QCoreApplication::translate("Importer", "%n goals", nullptr, goals));
    if (settings > 0)
        parts.append(QCoreApplication::translate("Importer", "%n settings", nullptr, settings));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("Importer", "%1 and %2", "a list of counts: the first ones, the last one")
        .arg(parts.join(QCoreApplication::translate("Importer", ", ", "between counts in a list")), last);
}

} // namespace

int ImportReport::changes() const
{
    int n = 0;
    for (const ImportCounts *c : { &assessments, &journalEntries, &goals, &settings })
        n += c->added + c->updated;
    return n;
}

QString ImportReport::summary() const
{
    auto list = [this](int ImportCounts::*field) {
        return listOf(assessments.*field, journalEntries.*field, goals.*field, settings.*field);
    };
    QStringList parts;
    if (const QString added = list(&ImportCounts::added); !added.isEmpty())
        parts.append((dryRun ? QCoreApplication::translate("Importer", "would add %1")
                             : QCoreApplication::translate("Importer", "added %1"))
                         .arg(added));
    if (const QString updated = list(&ImportCounts::updated); !updated.isEmpty())
        parts.append((dryRun ? QCoreApplication::translate("Importer", "would update %1")
                             : QCoreApplication::translate("Importer", "updated %1"))
                         .arg(updated));
    if (const QString unchanged = list(&ImportCounts::unchanged); !unchanged.isEmpty()) {
        const int n = assessments.unchanged + journalEntries.unchanged + goals.unchanged + settings.unchanged;
        parts.append(
            QCoreApplication::translate("Importer", "%1 are already there", "%1 is a list of counts; %n their sum", n)
                .arg(unchanged));
    }
    if (const QString skipped = list(&ImportCounts::skipped); !skipped.isEmpty())
        parts.append((dryRun ? QCoreApplication::translate("Importer", "would keep your own version of %1")
                             : QCoreApplication::translate("Importer", "kept your own version of %1"))
                         .arg(skipped));
    if (parts.isEmpty())
        return QCoreApplication::translate("Importer", "There was nothing to import.");
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    text[0] = text.at(0).toUpper();
    return text;
}

Result<ImportReport> Importer::run(const ExchangeData &data, bool dryRun) const
{
    if (Status checked = checkData(data); !checked)
        return Error { checked.error() };

    // All or nothing: every failure below returns at once and rolls everything back, so the
    // repositories' own transactions join this one instead of making a savepoint per record.
    Transaction transaction(m_db, Transaction::Inner::Joined);
    if (!transaction.isActive())
        return Error { transaction.error() };
    auto stored = ExchangeRepository(m_db).readAll();
    if (!stored)
        return Error { stored.error() };
    const ExchangeData &have = stored.value();

    // Who holds each uuid in the store.
    QHash<QUuid, Owner> owners;
    owners.reserve(have.assessments.size() + have.journalEntries.size() + have.goals.size() * 4);
    for (qsizetype i = 0; i < have.assessments.size(); ++i)
        owners.insert(have.assessments.at(i).assessment.uuid, { Kind::Assessment, i, {} });
    for (qsizetype i = 0; i < have.journalEntries.size(); ++i)
        owners.insert(have.journalEntries.at(i).uuid, { Kind::Entry, i, {} });
    for (qsizetype i = 0; i < have.goals.size(); ++i) {
        const Goal &goal = have.goals.at(i).goal;
        owners.insert(goal.uuid, { Kind::Goal, i, {} });
        for (qsizetype s = 0; s < goal.steps.size(); ++s)
            owners.insert(goal.steps.at(s).uuid, { Kind::Step, s, goal.uuid });
    }
    auto clash = [&owners](const QUuid &uuid, Kind expected, const QString &what) -> Status {
        const auto it = owners.constFind(uuid);
        if (it == owners.cend() || it->kind == expected)
            return {};
        return Error { QCoreApplication::translate("Importer",
                                                   "In the file, %1 has the id %2, which in your data belongs to %3.")
                           .arg(what, uuidText(uuid), kindName(it->kind))
                       + nothingImported() };
    };

    // Everything that refuses the whole import is checked before anything is written.
    for (const ExchangeAssessment &a : data.assessments) {
        if (Status ok = clash(a.assessment.uuid, Kind::Assessment, describe(a.assessment)); !ok)
            return Error { ok.error() };
        const auto it = owners.constFind(a.assessment.uuid);
        if (it != owners.cend() && !sameAssessment(a, have.assessments.at(it->index)))
            return Error { QCoreApplication::translate(
                               "Importer",
                               "In the file, %1 claims the id of a different assessment in your data (%2, id %3). "
                               "Assessments never change, so one of the two is not what it says.")
                               .arg(describe(a.assessment), describe(have.assessments.at(it->index).assessment),
                                    uuidText(a.assessment.uuid))
                           + nothingImported() };
    }
    QSet<QUuid> incomingEntries;
    for (const JournalEntry &e : data.journalEntries) {
        if (Status ok = clash(e.uuid, Kind::Entry, describe(e)); !ok)
            return Error { ok.error() };
        incomingEntries.insert(e.uuid);
    }
    for (const ExchangeGoal &g : data.goals) {
        if (Status ok = clash(g.goal.uuid, Kind::Goal, describe(g.goal)); !ok)
            return Error { ok.error() };
        for (qsizetype s = 0; s < g.goal.steps.size(); ++s) {
            const QString what
                = QCoreApplication::translate("Importer", "step %1 of %2").arg(s + 1).arg(describe(g.goal));
            const QUuid &uuid = g.goal.steps.at(s).uuid;
            if (Status ok = clash(uuid, Kind::Step, what); !ok)
                return Error { ok.error() };
            const auto it = owners.constFind(uuid);
            if (it != owners.cend() && it->goal != g.goal.uuid)
                return Error {
                    QCoreApplication::translate(
                        "Importer",
                        "In the file, %1 has the id %2, which in your data belongs to a step of another goal.")
                        .arg(what, uuidText(uuid))
                    + nothingImported()
                };
        }
        for (const QUuid &entry : g.evidenceEntries) {
            const auto it = owners.constFind(entry);
            const bool stored = it != owners.cend() && it->kind == Kind::Entry;
            if (!stored && !incomingEntries.contains(entry))
                return Error { QCoreApplication::translate(
                                   "Importer",
                                   "In the file, %1 names as evidence a journal entry (id %2) that is neither in the "
                                   "file nor in your data.")
                                   .arg(describe(g.goal), uuidText(entry))
                               + nothingImported() };
        }
    }

    ImportReport report;
    report.dryRun = dryRun;

    // Each record goes in through its table's repository, as the app stores it; row ids from
    // elsewhere mean nothing here, so every record gets a fresh one.
    const AssessmentRepository assessments(m_db);
    // Scored as the app scores them, with the model this build carries.
    const ScoreCache scores(m_db, SkillModel::builtin());
    for (const ExchangeAssessment &a : data.assessments) {
        if (owners.contains(a.assessment.uuid)) {
            ++report.assessments.unchanged;
            continue;
        }
        Assessment incoming = a.assessment;
        incoming.id = 0;
        auto added = assessments.add(incoming);
        if (!added)
            return notStored(describe(a.assessment), added.error());
        if (Status scored = scores.store(added.value(), incoming); !scored)
            return notStored(describe(a.assessment), scored.error());
        ++report.assessments.added;
    }

    QHash<QUuid, qint64> entryIds;
    entryIds.reserve(have.journalEntries.size() + data.journalEntries.size());
    for (const JournalEntry &e : have.journalEntries)
        entryIds.insert(e.uuid, e.id);
    const JournalRepository journal(m_db);
    for (const JournalEntry &incoming : data.journalEntries) {
        JournalEntry e = withTimes(incoming);
        e.id = 0;
        const auto it = owners.constFind(e.uuid);
        if (it == owners.cend()) {
            auto added = journal.add(e);
            if (!added)
                return notStored(describe(e), added.error());
            entryIds.insert(e.uuid, added.value());
            ++report.journalEntries.added;
            continue;
        }
        const JournalEntry &mine = have.journalEntries.at(it->index);
        if (sameEntry(e, mine)) {
            ++report.journalEntries.unchanged;
        } else if (e.updatedAt.toSecsSinceEpoch() > mine.updatedAt.toSecsSinceEpoch()) {
            e.id = mine.id;
            if (Status updated = journal.update(e); !updated)
                return notStored(describe(e), updated.error());
            ++report.journalEntries.updated;
        } else {
            ++report.journalEntries.skipped;
            report.notes.append(
                e.updatedAt.toSecsSinceEpoch() == mine.updatedAt.toSecsSinceEpoch()
                    ? QCoreApplication::translate(
                          "Importer", "Kept your version of %1: the file's differs but was changed at the same time.")
                          .arg(describe(mine))
                    : QCoreApplication::translate(
                          "Importer", "Kept your newer version of %1 (yours was changed on %2, the file's on %3).")
                          .arg(describe(mine), day(mine.updatedAt), day(e.updatedAt)));
        }
    }
    const GoalRepository goals(m_db);
    auto evidenceOf = [&entryIds](const ExchangeGoal &g) {
        QList<qint64> evidence;
        evidence.reserve(g.evidenceEntries.size());
        for (const QUuid &entry : g.evidenceEntries)
            evidence.append(entryIds.value(entry));
        return evidence;
    };
    for (const ExchangeGoal &incoming : data.goals) {
        ExchangeGoal g = incoming;
        g.goal = withTimes(g.goal);
        g.goal.id = 0;
        const auto it = owners.constFind(g.goal.uuid);
        if (it == owners.cend()) {
            auto added = goals.add(g.goal);
            if (!added)
                return notStored(describe(g.goal), added.error());
            if (Status evidence = goals.replaceEvidence(added.value(), evidenceOf(g)); !evidence)
                return notStored(describe(g.goal), evidence.error());
            ++report.goals.added;
            continue;
        }
        const ExchangeGoal &mine = have.goals.at(it->index);
        if (sameGoal(g, mine)) {
            ++report.goals.unchanged;
        } else if (g.goal.updatedAt.toSecsSinceEpoch() > mine.goal.updatedAt.toSecsSinceEpoch()) {
            g.goal.id = mine.goal.id;
            if (Status updated = goals.update(g.goal); !updated)
                return notStored(describe(g.goal), updated.error());
            if (Status evidence = goals.replaceEvidence(mine.goal.id, evidenceOf(g)); !evidence)
                return notStored(describe(g.goal), evidence.error());
            ++report.goals.updated;
        } else {
            ++report.goals.skipped;
            report.notes.append(
                g.goal.updatedAt.toSecsSinceEpoch() == mine.goal.updatedAt.toSecsSinceEpoch()
                    ? QCoreApplication::translate(
                          "Importer", "Kept your version of %1: the file's differs but was changed at the same time.")
                          .arg(describe(mine.goal))
                    : QCoreApplication::translate(
                          "Importer", "Kept your newer version of %1 (yours was changed on %2, the file's on %3).")
                          .arg(describe(mine.goal), day(mine.goal.updatedAt), day(g.goal.updatedAt)));
        }
    }

    const SettingsRepository settings(m_db);
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it) {
        const auto mine = have.settings.constFind(it.key());
        if (mine == have.settings.cend()) {
            // Absent from the snapshot taken in this transaction, so it is added.
            auto added = settings.addIfAbsent(it.key(), it.value());
            if (!added)
                return notStored(QCoreApplication::translate("Importer", "the setting %1").arg(elided(it.key())),
                                 added.error());
            ++report.settings.added;
        } else if (*mine == it.value()) {
            ++report.settings.unchanged;
        } else {
            ++report.settings.skipped;
            report.notes.append(QCoreApplication::translate("Importer", "Kept your setting %1 (%2); the file has %3.")
                                    .arg(elided(it.key()), elided(*mine, 40), elided(it.value(), 40)));
        }
    }

    if (!dryRun) {
        if (Status committed = transaction.commit(); !committed)
            return Error { committed.error() };
    }
    return report;
}

} // namespace tandem::core
