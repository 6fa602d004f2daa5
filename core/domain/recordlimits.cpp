#include "recordlimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <initializer_list>
#include <utility>

namespace tandem::core {

namespace {

Status checkIds(const QStringList &ids, const QString &what, qsizetype maxCount)
{
    if (Status counted = RecordLimits::checkCount(ids.size(), what, maxCount); !counted)
        return counted;
    for (const QString &id : ids) {
        if (id.size() > RecordLimits::MaxIdLength)
            return Error { QCoreApplication::translate("RecordLimits",
                                                       "an id among the %1 is too long (%2 characters; at most %3)")
                               .arg(what, RecordLimits::number(id.size()),
                                    RecordLimits::number(RecordLimits::MaxIdLength)) };
    }
    return {};
}

Status checkAdvice(const Advice &advice)
{
    if (Status ok = RecordLimits::checkLength(advice.modelVersion,
                                              QCoreApplication::translate("RecordLimits", "the advice's model version"),
                                              RecordLimits::MaxShortTextLength);
        !ok)
        return ok;
    for (const auto &[ids, what] : { std::pair { &advice.questionIds, "questions" },
                                     std::pair { &advice.skillIds, "skills" }, std::pair { &advice.tipIds, "tips" } }) {
        if (Status ok = checkIds(*ids, QStringLiteral("advice's ") + QLatin1String(what), RecordLimits::MaxAdviceItems);
            !ok)
            return ok;
    }
    if (Status ok = RecordLimits::checkCount(advice.answers.size(),
                                             QCoreApplication::translate("RecordLimits", "advice's answers"),
                                             RecordLimits::MaxAdviceItems);
        !ok)
        return ok;
    if (Status ok = RecordLimits::checkCount(advice.drivers.size(),
                                             QCoreApplication::translate("RecordLimits", "advice's drivers"),
                                             RecordLimits::MaxAdviceItems);
        !ok)
        return ok;
    for (const AdviceDriver &driver : advice.drivers) {
        if (driver.contrastId.size() > RecordLimits::MaxIdLength)
            return Error { QCoreApplication::translate(
                               "RecordLimits",
                               "an id among the advice's drivers is too long (%1 characters; at most %2)")
                               .arg(RecordLimits::number(driver.contrastId.size()),
                                    RecordLimits::number(RecordLimits::MaxIdLength)) };
    }
    return {};
}

} // namespace

QString RecordLimits::number(qint64 n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale leaves out the thousands separator
    return c.toString(n);
}

Status RecordLimits::checkLength(const QString &text, const QString &field, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return {};
    return Error { QCoreApplication::translate("RecordLimits", "%1 is too long (%2 characters; at most %3)")
                       .arg(field, number(text.size()), number(maxLength)) };
}

Status RecordLimits::checkCount(qsizetype count, const QString &what, qsizetype maxCount)
{
    if (count <= maxCount)
        return {};
    return Error { QCoreApplication::translate("RecordLimits", "there are too many %1 (%2; at most %3)")
                       .arg(what, number(count), number(maxCount)) };
}

Status RecordLimits::check(const JournalEntry &entry)
{
    const std::initializer_list<std::pair<const QString *, const char *>> texts
        = { { &entry.title, "the title" },
            { &entry.situation, "the situation" },
            { &entry.outcome, "the outcome" },
            { &entry.feelings, "the feelings" },
            { &entry.learned, "the text of \"What I learned\"" },
            { &entry.nextTime, "the text of \"Next time\"" },
            { &entry.body, "the body" } };
    for (const auto &[text, field] : texts) {
        if (Status ok = checkLength(*text, QLatin1String(field)); !ok)
            return ok;
    }
    if (Status ok = checkCount(entry.tags.size(), QStringLiteral("tags"), MaxTags); !ok)
        return ok;
    for (const QString &tag : entry.tags) {
        // Tags are stored trimmed, so that is the length that has to fit.
        if (Status ok = checkLength(tag.trimmed(), QStringLiteral("a tag"), MaxShortTextLength); !ok)
            return ok;
    }
    for (const auto &[ids, what] :
         { std::pair { &entry.skills, "linked skills" }, std::pair { &entry.contrasts, "linked contrasts" },
           std::pair { &entry.areas, "linked shared areas" } }) {
        if (Status ok = checkIds(*ids, QLatin1String(what), MaxLinks); !ok)
            return ok;
    }
    if (entry.advice) {
        if (Status ok = checkAdvice(*entry.advice); !ok)
            return ok;
    }
    if (entry.decision) {
        if (Status ok
            = checkLength(entry.decision->expectation, QCoreApplication::translate("RecordLimits", "the expectation"));
            !ok)
            return ok;
        if (entry.decision->review) {
            if (Status ok = checkLength(entry.decision->review->outcome,
                                        QCoreApplication::translate("RecordLimits", "the review's outcome"));
                !ok)
                return ok;
        }
    }
    return {};
}

Status RecordLimits::check(const Goal &goal)
{
    if (Status ok = checkLength(goal.title, QCoreApplication::translate("RecordLimits", "the goal's title")); !ok)
        return ok;
    if (Status ok = checkLength(goal.why, QCoreApplication::translate("RecordLimits", "the goal's \"why\"")); !ok)
        return ok;
    if (Status ok
        = checkLength(goal.targetId, QCoreApplication::translate("RecordLimits", "the goal's target id"), MaxIdLength);
        !ok)
        return ok;
    if (Status ok = checkCount(goal.steps.size(), QStringLiteral("steps"), MaxSteps); !ok)
        return ok;
    for (qsizetype i = 0; i < goal.steps.size(); ++i) {
        if (Status ok = checkLength(goal.steps.at(i).text,
                                    QCoreApplication::translate("RecordLimits", "the text of step %1").arg(i + 1));
            !ok)
            return ok;
        if (Status ok
            = checkLength(goal.steps.at(i).tipId,
                          QCoreApplication::translate("RecordLimits", "the tip id of step %1").arg(i + 1), MaxIdLength);
            !ok)
            return ok;
    }
    if (Status ok
        = checkCount(goal.evidence.size(),
                     QCoreApplication::translate("RecordLimits", "journal entries given as evidence"), MaxRecords);
        !ok)
        return ok;
    return {};
}

Status RecordLimits::check(const Assessment &assessment)
{
    if (Status ok = checkLength(assessment.modelVersion,
                                QCoreApplication::translate("RecordLimits", "the model version"), MaxShortTextLength);
        !ok)
        return ok;
    if (Status ok = checkLength(assessment.note, QCoreApplication::translate("RecordLimits", "the note")); !ok)
        return ok;
    if (Status ok = checkCount(assessment.answers.size(), QStringLiteral("answers"), MaxAnswers); !ok)
        return ok;
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        if (it.key().size() > MaxIdLength)
            return Error { QCoreApplication::translate(
                               "RecordLimits",
                               "a statement id among the answers is too long (%1 characters; at most %2)")
                               .arg(number(it.key().size()), number(MaxIdLength)) };
    }
    return {};
}

Status RecordLimits::checkSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return Error { QCoreApplication::translate("RecordLimits", "a setting has no name") };
    if (Status ok
        = checkLength(key, QCoreApplication::translate("RecordLimits", "the name of a setting"), MaxShortTextLength);
        !ok)
        return ok;
    return checkLength(
        value, QCoreApplication::translate("RecordLimits", "the value of the setting \"%1\"").arg(key.left(60)));
}

} // namespace tandem::core
