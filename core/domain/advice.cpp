#include "advice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::core {

QString leanKey(Lean lean)
{
    switch (lean) {
    case Lean::Lead: return QStringLiteral("lead");
    case Lean::Manage: return QStringLiteral("manage");
    case Lean::Blend: break;
    }
    return QStringLiteral("blend");
}

std::optional<Lean> leanFromKey(const QString &key)
{
    for (Lean lean : {Lean::Lead, Lean::Manage, Lean::Blend}) {
        if (leanKey(lean) == key)
            return lean;
    }
    return std::nullopt;
}

QByteArray Advice::toJson() const
{
    QJsonObject answerMap;
    for (qsizetype i = 0; i < questionIds.size() && i < answers.size(); ++i)
        answerMap.insert(questionIds.at(i), answers.at(i));
    QJsonArray questions;
    for (const QString &id : questionIds)
        questions.append(id);
    QJsonArray driverList;
    for (const AdviceDriver &d : drivers)
        driverList.append(QJsonObject{{QStringLiteral("contrast"), d.contrastId},
                                      {QStringLiteral("side"), roleKey(d.side)},
                                      {QStringLiteral("answer"), d.answer}});
    return QJsonDocument(QJsonObject{{QStringLiteral("model_version"), modelVersion},
                                     {QStringLiteral("questions"), questions},
                                     {QStringLiteral("answers"), answerMap},
                                     {QStringLiteral("score"), score},
                                     {QStringLiteral("lean"), leanKey(lean)},
                                     {QStringLiteral("drivers"), driverList},
                                     {QStringLiteral("skills"), QJsonArray::fromStringList(skillIds)},
                                     {QStringLiteral("tips"), QJsonArray::fromStringList(tipIds)}})
            .toJson(QJsonDocument::Compact);
}

Result<Advice> Advice::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error {
            QCoreApplication::translate("Advice", "The stored advice is not readable: %1").arg(parseError.errorString())
        };
    const QJsonObject o = doc.object();
    Advice advice;
    advice.modelVersion = o.value(QLatin1String("model_version")).toString();
    const QJsonObject answerMap = o.value(QLatin1String("answers")).toObject();
    for (const QJsonValue &id : o.value(QLatin1String("questions")).toArray()) {
        const QJsonValue answer = answerMap.value(id.toString());
        if (!answer.isDouble())
            return Error {
                QCoreApplication::translate("Advice", "The stored advice has no answer for %1.").arg(id.toString())
            };
        advice.questionIds.append(id.toString());
        advice.answers.append(answer.toInt());
    }
    advice.score = o.value(QLatin1String("score")).toInt();
    const auto lean = leanFromKey(o.value(QLatin1String("lean")).toString());
    if (!lean)
        return Error { QCoreApplication::translate("Advice", "The stored advice has an unknown lean \"%1\".")
                           .arg(o.value(QLatin1String("lean")).toString()) };
    advice.lean = *lean;
    for (const QJsonValue &v : o.value(QLatin1String("drivers")).toArray()) {
        const QJsonObject d = v.toObject();
        AdviceDriver driver;
        driver.contrastId = d.value(QLatin1String("contrast")).toString();
        driver.side = d.value(QLatin1String("side")).toString() == QLatin1String("manage") ? Role::Manage : Role::Lead;
        driver.answer = d.value(QLatin1String("answer")).toInt();
        advice.drivers.append(driver);
    }
    for (const QJsonValue &v : o.value(QLatin1String("skills")).toArray())
        advice.skillIds.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("tips")).toArray())
        advice.tipIds.append(v.toString());
    return advice;
}

} // namespace tandem::core
