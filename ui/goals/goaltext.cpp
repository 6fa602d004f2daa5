#include "goaltext.h"

#include "skillmodel.h"

#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tandem::ui::GoalText {

QString statusName(core::GoalStatus status)
{
    switch (status) {
    case core::GoalStatus::Active: return QCoreApplication::translate("GoalText", "Active");
    case core::GoalStatus::Paused: return QCoreApplication::translate("GoalText", "Paused");
    case core::GoalStatus::Done: return QCoreApplication::translate("GoalText", "Done");
    case core::GoalStatus::Dropped: return QCoreApplication::translate("GoalText", "Dropped");
    }
    return {};
}

QString targetKey(core::GoalTarget kind, const QString &id)
{
    switch (kind) {
    case core::GoalTarget::Skill: return QStringLiteral("skill:") + id;
    case core::GoalTarget::LeadPole: return QStringLiteral("lead:") + id;
    case core::GoalTarget::ManagePole: return QStringLiteral("manage:") + id;
    }
    return {};
}

bool targetFromKey(const QString &key, core::GoalTarget *kind, QString *id)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString prefix = key.left(colon);
    if (prefix == QLatin1String("skill"))
        *kind = core::GoalTarget::Skill;
    else if (prefix == QLatin1String("lead"))
        *kind = core::GoalTarget::LeadPole;
    else if (prefix == QLatin1String("manage"))
        *kind = core::GoalTarget::ManagePole;
    else
        return false;
    *id = key.mid(colon + 1);
    return true;
}

QList<core::Tip> tipsFor(core::GoalTarget kind, const QString &id, const core::SkillModel &model)
{
    if (kind == core::GoalTarget::Skill) {
        const core::Skill *skill = model.skill(id);
        return skill ? skill->tips : QList<core::Tip>();
    }
    const core::Contrast *contrast = model.contrast(id);
    if (!contrast)
        return {};
    return contrast->pole(kind == core::GoalTarget::LeadPole ? core::Role::Lead : core::Role::Manage).tips;
}

QString targetLabel(core::GoalTarget kind, const QString &id, const core::SkillModel &model)
{
    if (kind == core::GoalTarget::Skill) {
        const core::Skill *skill = model.skill(id);
        return skill ? skill->name : id;
    }
    const core::Contrast *contrast = model.contrast(id);
    if (!contrast)
        return id;
    const bool lead = kind == core::GoalTarget::LeadPole;
    const QString pole = contrast->pole(lead ? core::Role::Lead : core::Role::Manage).name;
    return lead ? QCoreApplication::translate("GoalText", "%1 (the leading side of %2)").arg(pole, contrast->name)
                : QCoreApplication::translate("GoalText", "%1 (the managing side of %2)").arg(pole, contrast->name);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QFrame *card(const QString &title, QWidget *parent, QLabel **headingOut)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(16, 14, 16, 14);
    box->setSpacing(8);
    QLabel *label = heading(title, 1.15, frame);
    box->addWidget(label);
    if (headingOut)
        *headingOut = label;
    return frame;
}

} // namespace tandem::ui::GoalText
