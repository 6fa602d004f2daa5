#pragma once

#include "assessment.h"
#include "feedback.h"
#include "goal.h"
#include "journalentry.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <functional>

namespace tandem::core {

/// An assessment as it travels between stores. Everything it carries is the record's own (its
/// started time too, which AssessmentRepository stores as the app takes it); the wrapper keeps
/// assessments read the way goals are.
struct ExchangeAssessment final
{
    Assessment assessment; ///< id is ignored; uuid is the identity
};

/// A goal as it travels between stores: the record plus the journal entries given as evidence,
/// named by their uuids (row ids mean nothing outside one database).
struct ExchangeGoal final
{
    Goal goal; ///< id is ignored; uuid is the identity
    QList<QUuid> evidenceEntries; ///< journal entry uuids
};

/// A colleagues' feedback round as it travels between stores: the round with every response it
/// received, each with its seal as the response file wrote it (so that a copy still checks).
struct ExchangeFeedbackRound final
{
    FeedbackRound round; ///< id is ignored; uuid is the identity
    QList<FeedbackResponse> responses; ///< oldest first (by received time, then uuid); ids ignored
};

/// Everything a user owns, independent of any one database: what export writes and import
/// reads. Exporters and importers of every format meet here; ExchangeRepository reads it out of
/// the store and Importer writes it in through the table repositories. Unfinished assessments
/// (drafts) are not part of it: they are scratch state.
struct ExchangeData final
{
    QList<ExchangeAssessment> assessments;
    QList<JournalEntry> journalEntries; ///< id is ignored; uuid is the identity
    QList<ExchangeGoal> goals;
    QList<ExchangeFeedbackRound> feedbackRounds; ///< oldest first (by creation time, then uuid)
    QMap<QString, QString> settings; ///< key → value, as in the settings table
};

/// Records to import, read one at a time, as often as the importer goes over them: a file is
/// read again for each pass rather than held whole. Each call gives the section's records in
/// order to `record` until it returns false; a failure to read (a refusal of the file) comes
/// back as the Status.
class ImportRecords
{
public:
    template<typename T> using Each = std::function<bool(const T &)>;

    virtual ~ImportRecords() = default;
    /// Assessments, journal entries, goals and feedback rounds together (for progress).
    virtual qint64 count() const = 0;
    /// True when the source itself refuses a uuid used twice (the importer then remembers none).
    virtual bool refusesUuidsTwice() const { return false; }
    /// Starts a pass over the records again from the first section.
    virtual void rewind() = 0;
    virtual Status assessments(const Each<ExchangeAssessment> &record) = 0;
    virtual Status journalEntries(const Each<JournalEntry> &record) = 0;
    virtual Status goals(const Each<ExchangeGoal> &record) = 0;
    /// Feedback rounds with their responses; only Tandem's own format carries them.
    virtual Status feedbackRounds(const Each<ExchangeFeedbackRound> &record)
    {
        Q_UNUSED(record);
        return {};
    }
    virtual Result<QMap<QString, QString>> settings() = 0;
    /// Whether the records hold a journal entry with this uuid; asked once a pass has gone over
    /// the journal entries (a goal names entries as evidence), so that the importer keeps no
    /// list of its own.
    virtual bool holdsEntry(const QUuid &uuid) const = 0;
};

/// ExchangeData already in memory, as ImportRecords.
class ImportRecordsInMemory final : public ImportRecords
{
public:
    explicit ImportRecordsInMemory(const ExchangeData &data) : m_data(data) { }
    qint64 count() const override
    {
        return m_data.assessments.size() + m_data.journalEntries.size() + m_data.goals.size()
            + m_data.feedbackRounds.size();
    }
    void rewind() override { }
    Status assessments(const Each<ExchangeAssessment> &record) override { return each(m_data.assessments, record); }
    Status journalEntries(const Each<JournalEntry> &record) override { return each(m_data.journalEntries, record); }
    Status goals(const Each<ExchangeGoal> &record) override { return each(m_data.goals, record); }
    Status feedbackRounds(const Each<ExchangeFeedbackRound> &record) override
    {
        return each(m_data.feedbackRounds, record);
    }
    Result<QMap<QString, QString>> settings() override { return m_data.settings; }
    bool holdsEntry(const QUuid &uuid) const override
    {
        if (m_entries.isEmpty()) {
            for (const JournalEntry &e : m_data.journalEntries)
                m_entries.insert(e.uuid);
        }
        return m_entries.contains(uuid);
    }

private:
    template<typename T> static Status each(const QList<T> &list, const Each<T> &record)
    {
        for (const T &item : list) {
            if (!record(item))
                break;
        }
        return {};
    }
    const ExchangeData &m_data;
    mutable QSet<QUuid> m_entries;
};

} // namespace tandem::core
