#include "importer.h"

#include "assessmentrepository.h"
#include "database.h"
#include "exchangerepository.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
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

QString describe(const FeedbackRound &r)
{
    return QCoreApplication::translate("Importer", "the feedback round of %1").arg(day(r.createdAt));
}

QString describe(const FeedbackResponse &response, const FeedbackRound &round)
{
    return QCoreApplication::translate("Importer", "the response %1 to %2")
        .arg(uuidText(response.uuid), describe(round));
}

// What a record may be, for telling a user which uuid clashes with what.
using Owner = ExchangeRepository::Owner;
using Kind = Owner::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Assessment: return QCoreApplication::translate("Importer", "an assessment");
    case Kind::JournalEntry: return QCoreApplication::translate("Importer", "a journal entry");
    case Kind::Goal: return QCoreApplication::translate("Importer", "a goal");
    case Kind::GoalStep: return QCoreApplication::translate("Importer", "a step of a goal");
    case Kind::FeedbackRound: return QCoreApplication::translate("Importer", "a feedback round");
    case Kind::FeedbackResponse: return QCoreApplication::translate("Importer", "a colleague's response");
    }
    return {};
}

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

// What a round asked and how it seals: all of it but whether it is closed. It never changes once
// made, so a round with the same uuid and other content is not the same round.
bool sameRoundAsked(const FeedbackRound &a, const FeedbackRound &b)
{
    return timeKey(a.createdAt) == timeKey(b.createdAt) && a.modelVersion == b.modelVersion
        && a.askedBy == b.askedBy && a.note == b.note && a.sealKey == b.sealKey && a.itemIds == b.itemIds
        && a.invited == b.invited;
}

bool sameResponse(const FeedbackResponse &a, const FeedbackResponse &b)
{
    return a.rater == b.rater && a.seal == b.seal && a.answers == b.answers
        && timeKey(a.receivedAt) == timeKey(b.receivedAt);
}

std::optional<QDateTime> closedKey(const FeedbackRound &r)
{
    if (!r.closedAt || !r.closedAt->isValid())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(r.closedAt->toSecsSinceEpoch(), Qt::UTC);
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

// The checks that do not need the store, record by record, for data from any source
// (TandemJson has already made them for its files, with more detail).
class DataCheck final
{
public:
    /// With `uuidsKnownUnique`, the source has refused a uuid used twice itself, and no uuid is
    /// remembered here.
    explicit DataCheck(bool uuidsKnownUnique) : m_remember(!uuidsKnownUnique) { }

    Status assessment(const ExchangeAssessment &a)
    {
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
        return {};
    }

    Status entry(const JournalEntry &e)
    {
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
        return {};
    }

    Status goal(const ExchangeGoal &g)
    {
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
        return {};
    }

    // A round and its responses as an imported response file is checked: each response answers
    // exactly the round's statements and carries the seal its form would make.
    Status feedbackRound(const ExchangeFeedbackRound &exchanged)
    {
        const FeedbackRound &r = exchanged.round;
        const QString what = describe(r);
        if (Status claimed = claim(r.uuid, what); !claimed)
            return claimed;
        auto refused = [&](const QString &why) {
            return Error { QCoreApplication::translate("Importer", "In the file, %1 %2.").arg(what, why)
                           + nothingImported() };
        };
        if (!r.createdAt.isValid())
            return refused(QCoreApplication::translate("Importer", "has no creation time"));
        if (r.sealKey.size() != FeedbackLimits::SealKeyBytes)
            return refused(QCoreApplication::translate("Importer", "has no valid seal key"));
        if (r.itemIds.isEmpty())
            return refused(QCoreApplication::translate("Importer", "asks no statement"));
        if (r.askedBy.size() > FeedbackLimits::MaxAskedBy || r.note.size() > FeedbackLimits::MaxNote)
            return refused(QCoreApplication::translate("Importer", "has a name or a note that is too long"));
        if (r.invited && (*r.invited < 1 || *r.invited > FeedbackLimits::MaxInvited))
            return refused(QCoreApplication::translate("Importer", "has an invited count outside 1 to %1")
                               .arg(FeedbackLimits::MaxInvited));
        for (const FeedbackResponse &response : exchanged.responses) {
            const QString responseWhat = describe(response, r);
            if (Status claimed = claim(response.uuid, responseWhat); !claimed)
                return claimed;
            if (!response.receivedAt.isValid())
                return Error { QCoreApplication::translate("Importer", "In the file, %1 has no time it was received.")
                                   .arg(responseWhat)
                               + nothingImported() };
            if (response.rater.size() > FeedbackLimits::MaxRater)
                return Error { QCoreApplication::translate("Importer", "In the file, %1 has a rater name that is too long.")
                                   .arg(responseWhat)
                               + nothingImported() };
            for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
                if (it.value() && (*it.value() < 1 || *it.value() > 5))
                    return Error { QCoreApplication::translate(
                                       "Importer", "In %1 the answer to %2 is %3; answers go from 1 to 5.")
                                       .arg(responseWhat, it.key(), QString::number(*it.value()))
                                   + nothingImported() };
            }
            const FeedbackResponseFile::Contents contents { r.uuid, r.modelVersion, response };
            if (Status sealed = FeedbackResponseFile::check(contents, r, responseWhat); !sealed)
                return Error { QCoreApplication::translate("Importer", "In the file, %1").arg(sealed.error())
                               + nothingImported() };
        }
        return {};
    }

    static Status settings(const QMap<QString, QString> &settings)
    {
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (it.key().isEmpty())
                return Error { QCoreApplication::translate("Importer", "A setting has no name.") + nothingImported() };
            if (Status fits = RecordLimits::checkSetting(it.key(), it.value()); !fits)
                return tooLarge(QCoreApplication::translate("Importer", "the setting %1").arg(elided(it.key())), fits);
        }
        return {};
    }

private:
    Status claim(const QUuid &uuid, const QString &what)
    {
        if (uuid.isNull())
            return Error { QCoreApplication::translate("Importer", "%1 has no id.").arg(what) + nothingImported() };
        if (!m_remember)
            return {};
        const auto it = m_seen.constFind(uuid);
        if (it != m_seen.cend())
            return Error { QCoreApplication::translate("Importer", "The id %1 is used twice, by %2 and by %3.")
                               .arg(uuidText(uuid), *it, what)
                           + nothingImported() };
        m_seen.insert(uuid, what);
        return {};
    }

    const bool m_remember;
    QHash<QUuid, QString> m_seen;
};

// A write the store refused, half-way: the transaction rolls back, so nothing stays.
Error notStored(const QString &what, const QString &why)
{
    return Error { QCoreApplication::translate("Importer", "Could not store %1: %2").arg(what, why)
                   + nothingImported() };
}

// "2 assessments, 12 journal entries and 1 goal"; "" when all are zero.
QString listOf(int assessments, int entries, int goals, int settings, int rounds, int responses)
{
    QStringList parts;
    if (assessments > 0)
        parts.append(QCoreApplication::translate("Importer", "%n assessments", nullptr, assessments));
    if (entries > 0)
        parts.append(QCoreApplication::translate("Importer", "%n journal entries", nullptr, entries));
    if (goals > 0)
        parts.append(QCoreApplication::translate("Importer", "%n goals", nullptr, goals));
    if (rounds > 0)
        parts.append(QCoreApplication::translate("Importer", "%n feedback rounds", nullptr, rounds));
    if (responses > 0)
        parts.append(QCoreApplication::translate("Importer", "%n colleagues' responses", nullptr, responses));
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
    for (const ImportCounts *c : { &assessments, &journalEntries, &goals, &settings, &feedbackRounds,
                                   &feedbackResponses })
        n += c->added + c->updated;
    return n;
}

QString ImportReport::summary() const
{
    auto list = [this](int ImportCounts::*field) {
        return listOf(assessments.*field, journalEntries.*field, goals.*field, settings.*field,
                      feedbackRounds.*field, feedbackResponses.*field);
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
        const int n = assessments.unchanged + journalEntries.unchanged + goals.unchanged + settings.unchanged
            + feedbackRounds.unchanged + feedbackResponses.unchanged;
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

QString Importer::stopped()
{
    return QCoreApplication::translate("Importer", "The import was stopped; nothing was imported.");
}

Result<ImportReport> Importer::run(const ExchangeData &data, bool dryRun, const Progress &progress) const
{
    ImportRecordsInMemory records(data);
    return run(records, dryRun, progress);
}

Result<ImportReport> Importer::run(ImportRecords &records, bool dryRun, const Progress &progress) const
{
    // Checking and storing each count as one record done, so the total is asked for twice over;
    // false once the caller asked to stop.
    const qint64 total = records.count();
    qint64 stored = 0;
    qint64 checked = 0;
    bool stop = false;
    auto ask = [&] {
        if (!stop && progress && !progress(stored, total))
            stop = true;
        return !stop;
    };
    auto checkedOne = [&] { return ++checked % ProgressEvery != 0 || ask(); };
    auto storedOne = [&] { return ++stored % ProgressEvery != 0 || ask(); };
    // Why a pass over the records ended early (the source's own refusals come back as its Status).
    std::optional<Error> refusal;
    auto refuse = [&refusal](const Error &error) {
        refusal = error;
        return false;
    };
    auto passEnded = [&refusal](const Status &read) -> Status {
        if (refusal)
            return *refusal;
        return read;
    };

    // All or nothing: every failure below returns at once and rolls everything back, so the
    // repositories' own transactions join this one instead of making a savepoint per record.
    Transaction transaction(m_db, Transaction::Inner::Joined);
    if (!transaction.isActive())
        return Error { transaction.error() };
    // The store is not read whole: each uuid is looked up (an index lookup per record), and a
    // stored record is read only when the file has one with its uuid.
    const ExchangeRepository store(m_db);
    auto clash = [&store](const QUuid &uuid, Kind expected, const QString &what) -> Result<std::optional<Owner>> {
        auto owner = store.ownerOf(uuid);
        if (!owner)
            return owner.failure();
        if (!owner.value() || owner.value()->kind == expected)
            return owner;
        return Error { QCoreApplication::translate("Importer",
                                                   "In the file, %1 has the id %2, which in your data belongs to %3.")
                           .arg(what, uuidText(uuid), kindName(owner.value()->kind))
                       + nothingImported() };
    };

    // The first pass: everything that refuses the whole import is checked before anything is
    // written. The records are read one at a time (from a file, again for the second pass).
    if (!ask())
        return Error { stopped() };
    DataCheck check(records.refusesUuidsTwice());
    records.rewind();
    Status read = records.assessments([&](const ExchangeAssessment &a) {
        if (!checkedOne())
            return refuse(Error { stopped() });
        if (Status checkedData = check.assessment(a); !checkedData)
            return refuse(checkedData.failure());
        auto owner = clash(a.assessment.uuid, Kind::Assessment, describe(a.assessment));
        if (!owner)
            return refuse(owner.failure());
        if (!owner.value())
            return true;
        auto mine = store.assessment(a.assessment.uuid);
        if (!mine)
            return refuse(mine.failure());
        if (mine.value() && !sameAssessment(a, *mine.value()))
            return refuse(Error {
                QCoreApplication::translate(
                    "Importer",
                    "In the file, %1 claims the id of a different assessment in your data (%2, id "
                    "%3). Assessments never change, so one of the two is not what it says.")
                    .arg(describe(a.assessment), describe(mine.value()->assessment), uuidText(a.assessment.uuid))
                + nothingImported() });
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();
    read = records.journalEntries([&](const JournalEntry &e) {
        if (!checkedOne())
            return refuse(Error { stopped() });
        if (Status checkedData = check.entry(e); !checkedData)
            return refuse(checkedData.failure());
        if (auto owner = clash(e.uuid, Kind::JournalEntry, describe(e)); !owner)
            return refuse(owner.failure());
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();
    read = records.goals([&](const ExchangeGoal &g) {
        if (!checkedOne())
            return refuse(Error { stopped() });
        if (Status checkedData = check.goal(g); !checkedData)
            return refuse(checkedData.failure());
        if (auto owner = clash(g.goal.uuid, Kind::Goal, describe(g.goal)); !owner)
            return refuse(owner.failure());
        for (qsizetype s = 0; s < g.goal.steps.size(); ++s) {
            const QString what
                = QCoreApplication::translate("Importer", "step %1 of %2").arg(s + 1).arg(describe(g.goal));
            const QUuid &uuid = g.goal.steps.at(s).uuid;
            auto owner = clash(uuid, Kind::GoalStep, what);
            if (!owner)
                return refuse(owner.failure());
            if (owner.value() && owner.value()->goal != g.goal.uuid)
                return refuse(
                    Error { QCoreApplication::translate(
                                "Importer",
                                "In the file, %1 has the id %2, which in your data belongs to a step of another goal.")
                                .arg(what, uuidText(uuid))
                            + nothingImported() });
        }
        for (const QUuid &entry : g.evidenceEntries) {
            if (records.holdsEntry(entry))
                continue;
            auto owner = store.ownerOf(entry);
            if (!owner)
                return refuse(owner.failure());
            if (!owner.value() || owner.value()->kind != Kind::JournalEntry)
                return refuse(Error { QCoreApplication::translate(
                                          "Importer",
                                          "In the file, %1 names as evidence a journal entry (id %2) that is neither "
                                          "in the file nor in your data.")
                                          .arg(describe(g.goal), uuidText(entry))
                                      + nothingImported() });
        }
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();
    read = records.feedbackRounds([&](const ExchangeFeedbackRound &incoming) {
        if (!checkedOne())
            return refuse(Error { stopped() });
        if (Status checkedData = check.feedbackRound(incoming); !checkedData)
            return refuse(checkedData.failure());
        const FeedbackRound &r = incoming.round;
        auto owner = clash(r.uuid, Kind::FeedbackRound, describe(r));
        if (!owner)
            return refuse(owner.failure());
        std::optional<ExchangeFeedbackRound> mine;
        if (owner.value()) {
            auto stored = store.feedbackRound(r.uuid);
            if (!stored)
                return refuse(stored.failure());
            mine = stored.value();
            if (mine && !sameRoundAsked(r, mine->round))
                return refuse(Error {
                    QCoreApplication::translate("Importer",
                                                "In the file, %1 claims the id of a different feedback round in your "
                                                "data (%2, id %3). A round never changes what it asked, so one of the "
                                                "two is not what it says.")
                        .arg(describe(r), describe(mine->round), uuidText(r.uuid))
                    + nothingImported() });
        }
        for (const FeedbackResponse &response : incoming.responses) {
            const QString what = describe(response, r);
            auto responseOwner = clash(response.uuid, Kind::FeedbackResponse, what);
            if (!responseOwner)
                return refuse(responseOwner.failure());
            if (!responseOwner.value())
                continue;
            if (responseOwner.value()->goal != r.uuid)
                return refuse(Error { QCoreApplication::translate(
                                          "Importer",
                                          "In the file, %1 has the id %2, which in your data belongs to a response to "
                                          "another feedback round.")
                                          .arg(what, uuidText(response.uuid))
                                      + nothingImported() });
            if (!mine)
                continue;
            const auto stored = std::find_if(mine->responses.cbegin(), mine->responses.cend(),
                                             [&](const FeedbackResponse &m) { return m.uuid == response.uuid; });
            if (stored != mine->responses.cend() && !sameResponse(response, *stored))
                return refuse(Error { QCoreApplication::translate(
                                          "Importer",
                                          "In the file, %1 differs from the response with its id in your data. "
                                          "Responses never change, so one of the two is not what it says.")
                                          .arg(what)
                                      + nothingImported() });
        }
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();
    const auto fileSettings = records.settings();
    if (!fileSettings)
        return fileSettings.failure();
    if (Status checkedSettings = DataCheck::settings(fileSettings.value()); !checkedSettings)
        return checkedSettings.failure();

    ImportReport report;
    report.dryRun = dryRun;
    auto note = [&report](const QString &text) {
        // A file of thousands of conflicts says so in a few lines, not thousands.
        if (report.notes.size() < ImportReport::MaxNotes)
            report.notes.append(text);
        else
            ++report.notesLeftOut;
    };

    // The second pass. Each record goes in through its table's repository, as the app stores it;
    // row ids from elsewhere mean nothing here, so every record gets a fresh one.
    records.rewind();
    const AssessmentRepository assessments(m_db);
    // Scored as the app scores them, with the model this build carries.
    const ScoreCache scores(m_db, SkillModel::builtin());
    read = records.assessments([&](const ExchangeAssessment &a) {
        if (!storedOne())
            return refuse(Error { stopped() });
        auto owner = store.ownerOf(a.assessment.uuid);
        if (!owner)
            return refuse(owner.failure());
        if (owner.value()) {
            ++report.assessments.unchanged;
            return true;
        }
        Assessment incoming = a.assessment;
        incoming.id = 0;
        auto added = assessments.add(incoming);
        if (!added)
            return refuse(notStored(describe(a.assessment), added.error()));
        if (Status scored = scores.store(added.value(), incoming); !scored)
            return refuse(notStored(describe(a.assessment), scored.error()));
        ++report.assessments.added;
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();

    const JournalRepository journal(m_db);
    // New entries are indexed for search together once they are all stored.
    JournalBulkAdd newEntries(m_db);
    if (!newEntries.begun())
        return newEntries.begun().failure();
    read = records.journalEntries([&](const JournalEntry &incoming) {
        if (!storedOne())
            return refuse(Error { stopped() });
        JournalEntry e = withTimes(incoming);
        e.id = 0;
        // Most records of an import are new: one kept statement says so, and only a record
        // the store has is read.
        auto owner = store.ownerOf(e.uuid);
        if (!owner)
            return refuse(owner.failure());
        auto stored = owner.value() ? store.entry(e.uuid) : Result<std::optional<JournalEntry>>(std::nullopt);
        if (!stored)
            return refuse(stored.failure());
        if (!stored.value()) {
            auto added = newEntries.add(e);
            if (!added)
                return refuse(notStored(describe(e), added.error()));
            ++report.journalEntries.added;
            return true;
        }
        const JournalEntry &mine = *stored.value();
        if (sameEntry(e, mine)) {
            ++report.journalEntries.unchanged;
        } else if (e.updatedAt.toSecsSinceEpoch() > mine.updatedAt.toSecsSinceEpoch()) {
            e.id = mine.id;
            if (Status updated = journal.update(e); !updated)
                return refuse(notStored(describe(e), updated.error()));
            ++report.journalEntries.updated;
        } else {
            ++report.journalEntries.skipped;
            note(e.updatedAt.toSecsSinceEpoch() == mine.updatedAt.toSecsSinceEpoch()
                     ? QCoreApplication::translate(
                           "Importer", "Kept your version of %1: the file's differs but was changed at the same time.")
                           .arg(describe(mine))
                     : QCoreApplication::translate(
                           "Importer", "Kept your newer version of %1 (yours was changed on %2, the file's on %3).")
                           .arg(describe(mine), day(mine.updatedAt), day(e.updatedAt)));
        }
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();
    // Indexing 100,000 new entries takes seconds: a Cancel is heard between chunks.
    if (Status indexed = newEntries.finish(ask); !indexed) {
        if (indexed.failure().kind == Error::Kind::Interrupted)
            return Error { stopped() };
        return notStored(QCoreApplication::translate("Importer", "the search index of the new journal entries"),
                         indexed.error());
    }
    const GoalRepository goals(m_db);
    // Evidence by row id: every entry it names is in the store by now (checked above).
    auto evidenceOf = [&journal](const ExchangeGoal &g) -> Result<QList<qint64>> {
        QList<qint64> evidence;
        evidence.reserve(g.evidenceEntries.size());
        for (const QUuid &entry : g.evidenceEntries) {
            auto id = journal.idFor(entry);
            if (!id)
                return id.failure();
            evidence.append(id.value().value_or(0));
        }
        return evidence;
    };
    read = records.goals([&](const ExchangeGoal &incoming) {
        if (!storedOne())
            return refuse(Error { stopped() });
        ExchangeGoal g = incoming;
        g.goal = withTimes(g.goal);
        g.goal.id = 0;
        auto owner = store.ownerOf(g.goal.uuid);
        if (!owner)
            return refuse(owner.failure());
        auto stored = owner.value() ? store.goal(g.goal.uuid) : Result<std::optional<ExchangeGoal>>(std::nullopt);
        if (!stored)
            return refuse(stored.failure());
        auto evidence = evidenceOf(g);
        if (!evidence)
            return refuse(evidence.failure());
        if (!stored.value()) {
            auto added = goals.add(g.goal);
            if (!added)
                return refuse(notStored(describe(g.goal), added.error()));
            if (Status replaced = goals.replaceEvidence(added.value(), evidence.value()); !replaced)
                return refuse(notStored(describe(g.goal), replaced.error()));
            ++report.goals.added;
            return true;
        }
        const ExchangeGoal &mine = *stored.value();
        if (sameGoal(g, mine)) {
            ++report.goals.unchanged;
        } else if (g.goal.updatedAt.toSecsSinceEpoch() > mine.goal.updatedAt.toSecsSinceEpoch()) {
            g.goal.id = mine.goal.id;
            if (Status updated = goals.update(g.goal); !updated)
                return refuse(notStored(describe(g.goal), updated.error()));
            if (Status replaced = goals.replaceEvidence(mine.goal.id, evidence.value()); !replaced)
                return refuse(notStored(describe(g.goal), replaced.error()));
            ++report.goals.updated;
        } else {
            ++report.goals.skipped;
            note(g.goal.updatedAt.toSecsSinceEpoch() == mine.goal.updatedAt.toSecsSinceEpoch()
                     ? QCoreApplication::translate(
                           "Importer", "Kept your version of %1: the file's differs but was changed at the same time.")
                           .arg(describe(mine.goal))
                     : QCoreApplication::translate(
                           "Importer", "Kept your newer version of %1 (yours was changed on %2, the file's on %3).")
                           .arg(describe(mine.goal), day(mine.goal.updatedAt), day(g.goal.updatedAt)));
        }
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();

    const FeedbackRepository feedback(m_db);
    read = records.feedbackRounds([&](const ExchangeFeedbackRound &incoming) {
        if (!storedOne())
            return refuse(Error { stopped() });
        auto stored = store.feedbackRound(incoming.round.uuid);
        if (!stored)
            return refuse(stored.failure());
        qint64 roundId = 0;
        QSet<QUuid> have;
        if (!stored.value()) {
            FeedbackRound round = incoming.round;
            round.id = 0;
            auto added = feedback.add(round);
            if (!added)
                return refuse(notStored(describe(incoming.round), added.error()));
            roundId = added.value();
            ++report.feedbackRounds.added;
        } else {
            const ExchangeFeedbackRound &mine = *stored.value();
            roundId = mine.round.id;
            for (const FeedbackResponse &response : mine.responses)
                have.insert(response.uuid);
            if (closedKey(mine.round) == closedKey(incoming.round)) {
                ++report.feedbackRounds.unchanged;
            } else {
                // Nothing says which copy closed or opened it last: the user's own state wins, as
                // their settings do.
                ++report.feedbackRounds.skipped;
                note(mine.round.closedAt
                         ? QCoreApplication::translate("Importer",
                                                       "Kept %1 closed, as it is in your data; the file has it open.")
                               .arg(describe(mine.round))
                         : QCoreApplication::translate("Importer",
                                                       "Kept %1 open, as it is in your data; the file has it closed.")
                               .arg(describe(mine.round)));
            }
        }
        for (const FeedbackResponse &incomingResponse : incoming.responses) {
            if (have.contains(incomingResponse.uuid)) {
                ++report.feedbackResponses.unchanged;
                continue;
            }
            FeedbackResponse response = incomingResponse;
            response.id = 0;
            response.roundId = roundId;
            auto added = feedback.addResponse(response);
            if (!added)
                return refuse(notStored(describe(incomingResponse, incoming.round), added.error()));
            ++report.feedbackResponses.added;
        }
        return true;
    });
    if (Status ended = passEnded(read); !ended)
        return ended.failure();

    // The user's settings are few (one row per preference): read them once.
    auto storedSettings = store.settings();
    if (!storedSettings)
        return storedSettings.failure();
    const QMap<QString, QString> &haveSettings = storedSettings.value();
    const SettingsRepository settings(m_db);
    for (auto it = fileSettings->cbegin(); it != fileSettings->cend(); ++it) {
        const auto mine = haveSettings.constFind(it.key());
        if (mine == haveSettings.cend()) {
            // Absent from what was read in this transaction, so it is added.
            auto added = settings.addIfAbsent(it.key(), it.value());
            if (!added)
                return notStored(QCoreApplication::translate("Importer", "the setting %1").arg(elided(it.key())),
                                 added.error());
            ++report.settings.added;
        } else if (*mine == it.value()) {
            ++report.settings.unchanged;
        } else {
            ++report.settings.skipped;
            note(QCoreApplication::translate("Importer", "Kept your setting %1 (%2); the file has %3.")
                     .arg(elided(it.key()), elided(*mine, 40), elided(it.value(), 40)));
        }
    }

    // The last question: a stop until here rolls everything back.
    if (!ask())
        return Error { stopped() };
    if (!dryRun) {
        if (Status committed = transaction.commit(); !committed)
            return Error { committed.error() };
    }
    return report;
}

} // namespace tandem::core
