#include "answervalidator.h"

#include "skillmodel.h"

#include <QCoreApplication>
#include <QSet>

namespace tandem::core {

QStringList AnswerValidator::requiredItems(AssessmentKind kind) const
{
    QStringList ids;
    if (kind == AssessmentKind::Pulse) {
        for (const PulseItem &item : m_model.pulseItems)
            ids.append(item.id);
    } else {
        for (const Item &item : m_model.fullAssessmentItems())
            ids.append(item.id);
    }
    return ids;
}

QStringList AnswerValidator::missingItems(AssessmentKind kind, const Answers &answers) const
{
    QStringList missing;
    for (const QString &id : requiredItems(kind)) {
        const auto it = answers.constFind(id);
        if (it == answers.cend() || *it < 1 || *it > 5)
            missing.append(id);
    }
    return missing;
}

Status AnswerValidator::validate(AssessmentKind kind, const Answers &answers) const
{
    const QStringList required = requiredItems(kind);
    const QSet<QString> mine(required.cbegin(), required.cend());
    const QStringList other = requiredItems(kind == AssessmentKind::Full ? AssessmentKind::Pulse : AssessmentKind::Full);
    const QSet<QString> theirs(other.cbegin(), other.cend());

    // Report in a stable order: sorted ids.
    QStringList given = answers.keys();
    given.sort();
    for (const QString &id : std::as_const(given)) {
        if (!mine.contains(id)) {
            if (theirs.contains(id))
                return Error {
                    kind == AssessmentKind::Pulse
                        ? QCoreApplication::translate("AnswerValidator",
                                                      "\"%1\" is a statement of the full assessment, not of the pulse")
                              .arg(id)
                        : QCoreApplication::translate("AnswerValidator",
                                                      "\"%1\" is a statement of the pulse, not of the full assessment")
                              .arg(id)
                };
            return Error { QCoreApplication::translate(
                               "AnswerValidator",
                               "\"%1\" is not a statement of the skill model (see tandem-cli framework)")
                               .arg(id) };
        }
        const int value = answers.value(id);
        if (value < 1 || value > 5)
            return Error { QCoreApplication::translate(
                               "AnswerValidator",
                               "\"%1\": the answer must be a whole number from 1 (never) to 5 (always), not %2")
                               .arg(id)
                               .arg(value) };
    }
    const QStringList missing = missingItems(kind, answers);
    if (!missing.isEmpty()) {
        constexpr int Shown = 5;
        QString list = QStringList(missing.mid(0, Shown)).join(QStringLiteral(", "));
        if (missing.size() > Shown)
            list += QCoreApplication::translate("AnswerValidator", " and %1 more").arg(missing.size() - Shown);
        return Error {
            QCoreApplication::translate("AnswerValidator", "the %1 needs an answer to every statement; missing: %2")
                .arg(kind == AssessmentKind::Full ? QCoreApplication::translate("AnswerValidator", "full assessment")
                                                  : QStringLiteral("pulse"),
                     list)
        };
    }
    return {};
}

} // namespace tandem::core
