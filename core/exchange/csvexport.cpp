#include "csvexport.h"

#include "sqltime.h"

#include <QSet>

#include <algorithm>

namespace tandem::core {

namespace {

// Scores are means of quarters, so two decimals hold them exactly enough; trailing zeros go.
QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(';'));
}

// Oldest first; the uuid breaks ties so that the order never depends on the input's order.
template<typename T, typename TimeOf> QList<const T *> sortedBy(const QList<T> &list, TimeOf timeOf, auto uuidOf)
{
    QList<const T *> sorted;
    sorted.reserve(list.size());
    for (const T &item : list)
        sorted.append(&item);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const T *a, const T *b) {
        const QDateTime ta = timeOf(*a);
        const QDateTime tb = timeOf(*b);
        if (ta != tb)
            return ta < tb;
        return uuidOf(*a).toString() < uuidOf(*b).toString();
    });
    return sorted;
}

// Answer ids in the order the model asks them, then any the model does not know, by id.
QStringList answerOrder(const Answers &answers, const SkillModel &model)
{
    QStringList order;
    QSet<QString> seen;
    auto take = [&](const QString &id) {
        if (answers.contains(id) && !seen.contains(id)) {
            order.append(id);
            seen.insert(id);
        }
    };
    for (const Item &item : model.fullAssessmentItems())
        take(item.id);
    for (const PulseItem &pulse : model.pulseItems)
        take(pulse.id);
    QStringList rest;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!seen.contains(it.key()))
            rest.append(it.key());
    }
    rest.sort();
    return order + rest;
}

QByteArray assessmentsCsv(const ExchangeData &data, const SkillModel &model)
{
    QByteArray out = CsvExport::assessmentsHeader();
    const Scorer scorer(model);
    const auto sorted = sortedBy(
        data.assessments, [](const ExchangeAssessment &a) { return a.assessment.takenAt; },
        [](const ExchangeAssessment &a) { return a.assessment.uuid; });
    for (const ExchangeAssessment *exchange : sorted)
        out += CsvExport::assessmentRows(exchange->assessment, model, scorer);
    return out;
}

QByteArray journalCsv(const ExchangeData &data)
{
    QByteArray out = CsvExport::journalHeader();
    const auto sorted = sortedBy(
        data.journalEntries, [](const JournalEntry &e) { return e.occurredAt; },
        [](const JournalEntry &e) { return e.uuid; });
    for (const JournalEntry *e : sorted)
        out += CsvExport::journalRow(*e);
    return out;
}

} // namespace

QByteArray CsvExport::assessmentsHeader()
{
    return record({ QStringLiteral("assessment_uuid"), QStringLiteral("kind"), QStringLiteral("taken_at"),
                    QStringLiteral("model_version"), QStringLiteral("measure"), QStringLiteral("measure_id"),
                    QStringLiteral("value") });
}

QByteArray CsvExport::assessmentRows(const Assessment &a, const SkillModel &model, const Scorer &scorer)
{
    QByteArray out;
    const QStringList common { a.uuid.toString(QUuid::WithoutBraces), assessmentKindKey(a.kind), toSqlTime(a.takenAt),
                               textCell(a.modelVersion) };
    auto row = [&](const QString &measure, const QString &id, const QString &value) {
        out += record(common + QStringList { measure, textCell(id), value });
    };
    for (const QString &id : answerOrder(a.answers, model))
        row(QStringLiteral("answer"), id, QString::number(a.answers.value(id)));

    const Profile profile = scorer.score(a.answers, a.kind);
    for (const Skill &skill : model.skills) {
        if (const auto it = profile.skills.constFind(skill.id); it != profile.skills.cend())
            row(QStringLiteral("skill"), skill.id, number(*it));
    }
    if (profile.leadership)
        row(QStringLiteral("lead_index"), QString(), number(*profile.leadership));
    if (profile.management)
        row(QStringLiteral("manage_index"), QString(), number(*profile.management));
    if (profile.balance)
        row(QStringLiteral("balance"), QString(), number(*profile.balance));
    for (const Contrast &contrast : model.contrasts) {
        if (const auto it = profile.leadPoles.constFind(contrast.id); it != profile.leadPoles.cend())
            row(QStringLiteral("lead_pole"), contrast.id, number(*it));
    }
    for (const Contrast &contrast : model.contrasts) {
        if (const auto it = profile.managePoles.constFind(contrast.id); it != profile.managePoles.cend())
            row(QStringLiteral("manage_pole"), contrast.id, number(*it));
    }
    return out;
}

QByteArray CsvExport::journalHeader()
{
    return record({ QStringLiteral("uuid"),        QStringLiteral("occurred_at"),    QStringLiteral("created_at"),
                    QStringLiteral("updated_at"),  QStringLiteral("title"),          QStringLiteral("situation"),
                    QStringLiteral("mode"),        QStringLiteral("outcome"),        QStringLiteral("rating"),
                    QStringLiteral("feelings"),    QStringLiteral("learned"),        QStringLiteral("next_time"),
                    QStringLiteral("body"),        QStringLiteral("tags"),           QStringLiteral("skills"),
                    QStringLiteral("contrasts"),   QStringLiteral("areas"),          QStringLiteral("advice_lean"),
                    QStringLiteral("expectation"), QStringLiteral("confidence"),     QStringLiteral("review_on"),
                    QStringLiteral("reviewed_at"), QStringLiteral("review_outcome"), QStringLiteral("actual_mode"),
                    QStringLiteral("held") });
}

QByteArray CsvExport::journalRow(const JournalEntry &entry)
{
    const JournalEntry *e = &entry;
    // The decision's columns are empty when the entry records none, the review's until it is
    // reviewed.
    const std::optional<Decision> &d = e->decision;
    const DecisionReview *review = d && d->review ? &*d->review : nullptr;
    return record({ e->uuid.toString(QUuid::WithoutBraces),
                    toSqlTime(e->occurredAt),
                    toSqlTime(e->createdAt),
                    toSqlTime(e->updatedAt),
                    textCell(e->title),
                    textCell(e->situation),
                    modeKey(e->mode),
                    textCell(e->outcome),
                    e->rating ? QString::number(*e->rating) : QString(),
                    textCell(e->feelings),
                    textCell(e->learned),
                    textCell(e->nextTime),
                    textCell(e->body),
                    textCell(joined(e->tags)),
                    textCell(joined(e->skills)),
                    textCell(joined(e->contrasts)),
                    textCell(joined(e->areas)),
                    e->advice ? leanKey(e->advice->lean) : QString(),
                    d ? textCell(d->expectation) : QString(),
                    d && d->confidence ? QString::number(*d->confidence) : QString(),
                    d ? d->reviewOn.toString(Qt::ISODate) : QString(),
                    review ? toSqlTime(review->reviewedAt) : QString(),
                    review ? textCell(review->outcome) : QString(),
                    review ? modeKey(review->actualMode) : QString(),
                    review ? heldKey(review->held) : QString() });
}

QString CsvExport::textCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return QLatin1Char('\'') + text;
    default: return text;
    }
}

QByteArray CsvExport::record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray field = fields.at(i).toUtf8();
        const bool quote = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
        if (quote) {
            QByteArray escaped = field;
            escaped.replace("\"", "\"\"");
            out += '"' + escaped + '"';
        } else {
            out += field;
        }
    }
    out += "\r\n";
    return out;
}

QMap<QString, QByteArray> CsvExport::files(const ExchangeData &data, const SkillModel &model)
{
    return { { AssessmentsFile, assessmentsCsv(data, model) }, { JournalFile, journalCsv(data) } };
}

} // namespace tandem::core
