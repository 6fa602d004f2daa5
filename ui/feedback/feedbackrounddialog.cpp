#include "feedbackrounddialog.h"

#include "common/edithistory.h"
#include "common/pagecontext.h"
#include "common/theme.h"
#include "skillmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

FeedbackRoundDialog::FeedbackRoundDialog(const PageContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("feedbackRoundDialog"));
    setWindowTitle(tr("New Feedback Round"));
    setAccessibleName(tr("New feedback round"));

    auto *intro = new QLabel(tr("Choose what your colleagues are asked about. Tandem then writes one form for this "
                                "round: send it to them, and import the response files they send back."),
                             this);
    intro->setWordWrap(true);

    m_askedBy = new QLineEdit(this);
    m_askedBy->setObjectName(QStringLiteral("feedbackAskedBy"));
    m_askedBy->setAccessibleName(tr("Name the form asks about"));
    m_askedBy->setPlaceholderText(tr("Optional, e.g. your first name"));
    m_askedBy->setMaxLength(static_cast<int>(FeedbackLimits::MaxAskedBy));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("feedbackNote"));
    m_note->setAccessibleName(tr("Note to your colleagues"));
    m_note->setPlaceholderText(tr("Optional: why you ask, and by when you would like an answer"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);
    m_invited = new QSpinBox(this);
    m_invited->setObjectName(QStringLiteral("feedbackInvited"));
    m_invited->setAccessibleName(tr("How many people you ask"));
    m_invited->setRange(0, FeedbackLimits::MaxInvited);
    m_invited->setSpecialValueText(tr("Not given"));

    auto *form = new QFormLayout;
    auto *askedLabel = new QLabel(tr("How do you see … at work?"), this);
    askedLabel->setBuddy(m_askedBy);
    form->addRow(askedLabel, m_askedBy);
    auto *noteLabel = new QLabel(tr("Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    auto *invitedLabel = new QLabel(tr("People asked:"), this);
    invitedLabel->setBuddy(m_invited);
    form->addRow(invitedLabel, m_invited);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("feedbackRoundError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create Round"));
    ok->setObjectName(QStringLiteral("feedbackRoundCreate"));
    ok->setAccessibleName(tr("Create the round"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("feedbackRoundCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackRoundDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buildChoices());
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

QWidget *FeedbackRoundDialog::buildChoices()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto group = [this](const QString &title, const QString &name) {
        auto *g = new QGroupBox(title, this);
        g->setObjectName(name);
        g->setAccessibleName(title);
        new QVBoxLayout(g);
        return g;
    };
    QGroupBox *lead = group(tr("Leadership skills"), QStringLiteral("feedbackLeadSkills"));
    QGroupBox *manage = group(tr("Management skills"), QStringLiteral("feedbackManageSkills"));
    QGroupBox *contrasts = group(tr("Contrasts (both sides of each)"), QStringLiteral("feedbackContrasts"));
    for (const Skill &skill : m_context.model.skills) {
        QGroupBox *g = skill.role == Role::Lead ? lead : manage;
        auto *check = new QCheckBox(skill.name, g);
        check->setObjectName(QStringLiteral("feedbackSkill-") + skill.id);
        check->setAccessibleName(skill.name);
        check->setToolTip(skill.description);
        check->setChecked(true);
        g->layout()->addWidget(check);
        m_skills.insert(skill.id, check);
    }
    for (const Contrast &contrast : m_context.model.contrasts) {
        auto *check = new QCheckBox(contrast.name, contrasts);
        check->setObjectName(QStringLiteral("feedbackContrast-") + contrast.id);
        check->setAccessibleName(contrast.name);
        check->setToolTip(contrast.description);
        check->setChecked(true);
        contrasts->layout()->addWidget(check);
        m_contrasts.insert(contrast.id, check);
    }
    grid->addWidget(lead, 0, 0);
    grid->addWidget(manage, 0, 1);
    grid->addWidget(contrasts, 1, 0, 1, 2);
    return box;
}

FeedbackRound FeedbackRoundDialog::round() const
{
    QStringList skills;
    QStringList contrasts;
    // In the model's order (the maps are ordered by id).
    for (const Skill &skill : m_context.model.skills) {
        if (m_skills.value(skill.id)->isChecked())
            skills.append(skill.id);
    }
    for (const Contrast &contrast : m_context.model.contrasts) {
        if (m_contrasts.value(contrast.id)->isChecked())
            contrasts.append(contrast.id);
    }
    FeedbackRound round;
    // Nothing ticked asks nothing (feedbackItemsFor would ask everything): the check then refuses it.
    if (!skills.isEmpty() || !contrasts.isEmpty()) {
        const auto items = feedbackItemsFor(m_context.model, skills, contrasts);
        if (items)
            round.itemIds = items.value();
    }
    round.askedBy = m_askedBy->text().trimmed();
    round.note = m_note->toPlainText().trimmed();
    if (m_invited->value() > 0)
        round.invited = m_invited->value();
    return round;
}

QString FeedbackRoundDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FeedbackRoundDialog::showError(const QString &error, QWidget *field)
{
    m_error->setText(error);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_error->setPalette(p);
    m_error->setVisible(true);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void FeedbackRoundDialog::create()
{
    const FeedbackRound wanted = round();
    if (Status checked = checkFeedbackRound(wanted, m_context.model); !checked) {
        QWidget *field = wanted.itemIds.isEmpty()                ? m_skills.first()
            : wanted.askedBy.size() > FeedbackLimits::MaxAskedBy ? static_cast<QWidget *>(m_askedBy)
            : wanted.note.size() > FeedbackLimits::MaxNote       ? static_cast<QWidget *>(m_note)
                                                                 : nullptr;
        showError(checked.error(), field);
        return;
    }
    const auto id = m_context.history.addFeedbackRound(wanted);
    if (!id) {
        showError(tr("The round could not be stored: %1").arg(id.error()), nullptr);
        return;
    }
    m_createdId = id.value();
    accept();
}

} // namespace tandem::ui
