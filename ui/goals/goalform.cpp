#include "goalform.h"

#include "goaltext.h"
#include "goaltrend.h"

#include "common/edithistory.h"
#include "common/pagecontext.h"
#include "common/theme.h"

#include "clock.h"
#include "goalrepository.h"
#include "profileservice.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int TipIdRole = Qt::UserRole + 1;

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

GoalForm::GoalForm(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("goalForm"));
    m_heading = GoalText::heading(tr("New Goal"), 1.6, this);
    m_heading->setObjectName(QStringLiteral("goalFormHeading"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("goalFormIntro"));
    m_intro->setWordWrap(true);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("goalFormTarget"));
    m_target->setAccessibleName(tr("Skill or pole to grow"));
    m_target->view()->setObjectName(QStringLiteral("goalFormTargetList"));
    m_target->view()->setAccessibleName(tr("Skills and poles"));
    m_targetError = errorLabel(QStringLiteral("goalFormTargetError"), this);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("goalFormTitle"));
    m_title->setAccessibleName(tr("Goal title"));
    m_title->setPlaceholderText(tr("What will you do? For example: Run every weekly meeting from an agenda"));
    m_titleError = errorLabel(QStringLiteral("goalFormTitleError"), this);

    m_why = new QPlainTextEdit(this);
    m_why->setObjectName(QStringLiteral("goalFormWhy"));
    m_why->setAccessibleName(tr("Why this goal matters to you"));
    m_why->setPlaceholderText(tr("Why does it matter? What will be different when you get there?"));
    m_why->setTabChangesFocus(true);
    m_why->setFixedHeight(m_why->fontMetrics().lineSpacing() * 4 + 12);

    m_hasDue = new QCheckBox(tr("By a date:"), this);
    m_hasDue->setObjectName(QStringLiteral("goalFormHasDue"));
    m_hasDue->setAccessibleName(tr("Set a date to reach the goal by"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("goalFormDue"));
    m_due->setAccessibleName(tr("Date to reach the goal by"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_dueError = errorLabel(QStringLiteral("goalFormDueError"), this);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);

    m_hasScore = new QCheckBox(tr("Aim for a score of:"), this);
    m_hasScore->setObjectName(QStringLiteral("goalFormHasScore"));
    m_hasScore->setAccessibleName(tr("Aim for a target score"));
    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("goalFormScore"));
    m_score->setAccessibleName(tr("Target score, 0 to 100"));
    m_score->setRange(0, 100);
    m_score->setEnabled(false);
    connect(m_hasScore, &QCheckBox::toggled, m_score, &QWidget::setEnabled);
    m_scoreHint = new QLabel(this);
    m_scoreHint->setObjectName(QStringLiteral("goalFormScoreHint"));
    m_scoreHint->setWordWrap(true);
    m_scoreHint->setForegroundRole(QPalette::PlaceholderText);
    m_scoreError = errorLabel(QStringLiteral("goalFormScoreError"), this);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_hasScore);
    scoreRow->addWidget(m_score);
    scoreRow->addStretch(1);

    m_tipsLabel = new QLabel(tr("First steps: tick the tips you want to take on."), this);
    m_tipsLabel->setWordWrap(true);
    m_tips = new QListWidget(this);
    m_tips->setObjectName(QStringLiteral("goalFormTips"));
    m_tips->setAccessibleName(tr("Tips to take as first steps"));
    m_tips->setWordWrap(true);
    m_tips->setMinimumHeight(120);
    m_stepsError = errorLabel(QStringLiteral("goalFormStepsError"), this);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Each field with its explanation under it, which shows only when the field is marked.
    const auto withError = [](QWidget *field, QLayout *fieldLayout, std::initializer_list<QWidget *> below) {
        auto *box = new QVBoxLayout;
        box->setSpacing(4);
        if (field)
            box->addWidget(field);
        if (fieldLayout)
            box->addLayout(fieldLayout);
        for (QWidget *w : below)
            box->addWidget(w);
        return box;
    };
    // Labels that are their fields' buddies: Alt+letter goes there, and a screen reader on Linux
    // names a drop-down by its label.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    fields->addRow(label(tr("G&row:"), m_target), withError(m_target, nullptr, {m_targetError}));
    fields->addRow(label(tr("&Goal:"), m_title), withError(m_title, nullptr, {m_titleError}));
    fields->addRow(label(tr("&Why:"), m_why), m_why);
    fields->addRow(tr("When:"), withError(nullptr, dueRow, {m_dueError}));
    fields->addRow(tr("Target:"), withError(nullptr, scoreRow, {m_scoreHint, m_scoreError}));

    m_saveError = errorLabel(QStringLiteral("goalFormSaveError"), this);
    m_save = new QPushButton(tr("Save Goal"), this);
    m_save->setObjectName(QStringLiteral("goalFormSave"));
    m_save->setAccessibleName(tr("Save the goal"));
    m_save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("goalFormCancel"));
    cancel->setAccessibleName(tr("Cancel and go back"));
    connect(m_save, &QPushButton::clicked, this, &GoalForm::save);
    connect(cancel, &QPushButton::clicked, this, &GoalForm::canceled);
    connect(m_title, &QLineEdit::returnPressed, this, &GoalForm::save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(fields);
    layout->addWidget(m_tipsLabel);
    layout->addWidget(m_tips);
    layout->addWidget(m_stepsError);
    layout->addWidget(m_saveError);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { targetChosen(); });
}

void GoalForm::fillTargets()
{
    // The growth areas of the latest full assessment first: they are where a goal pays most.
    m_growthAreas.clear();
    m_latest.reset();
    if (const auto latest = m_context.workspace.profiles().latest(AssessmentKind::Full); latest && latest.value()) {
        m_latest = latest.value()->profile;
        m_growthAreas = m_latest->growthAreas;
    }
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const SkillModel &model = m_context.model;
    for (const QString &id : std::as_const(m_growthAreas)) {
        if (const Skill *skill = model.skill(id))
            m_target->addItem(tr("%1 (one of your growth areas)").arg(skill->name), GoalText::targetKey(GoalTarget::Skill, id));
    }
    if (!m_growthAreas.isEmpty())
        m_target->insertSeparator(m_target->count());
    for (const Skill &skill : model.skills) {
        if (!m_growthAreas.contains(skill.id))
            m_target->addItem(skill.name, GoalText::targetKey(GoalTarget::Skill, skill.id));
    }
    m_target->insertSeparator(m_target->count());
    for (const Contrast &contrast : model.contrasts) {
        for (GoalTarget kind : {GoalTarget::LeadPole, GoalTarget::ManagePole})
            m_target->addItem(GoalText::targetLabel(kind, contrast.id, model), GoalText::targetKey(kind, contrast.id));
    }
}

void GoalForm::startNew(std::optional<GoalTarget> kind, const QString &targetId, const QString &tipId)
{
    m_editing.reset();
    m_heading->setText(tr("New Goal"));
    m_intro->setText(tr("Pick one thing to grow, say what you will do and why, and take a few concrete first "
                        "steps. You can change all of it later."));
    fillTargets();
    m_title->clear();
    m_why->clear();
    m_hasDue->setChecked(false);
    m_due->setDate(m_context.clock.now().toLocalTime().date().addDays(90));
    m_tipsLabel->setVisible(true);
    m_tips->setVisible(true);
    clearErrors();
    int index = kind ? m_target->findData(GoalText::targetKey(*kind, targetId)) : -1;
    if (index < 0)
        index = 0;
    {
        const QSignalBlocker blocker(m_target);
        m_target->setCurrentIndex(index);
    }
    targetChosen();
    fillTips(tipId);
    m_title->setFocus(Qt::OtherFocusReason);
}

void GoalForm::startEdit(const Goal &goal)
{
    m_editing = goal;
    m_heading->setText(tr("Edit Goal"));
    m_intro->setText(tr("Change what the goal aims for. Its steps and evidence stay as they are."));
    fillTargets();
    {
        const QSignalBlocker blocker(m_target);
        m_target->setCurrentIndex(std::max(0, m_target->findData(GoalText::targetKey(goal.targetKind, goal.targetId))));
    }
    targetChosen();
    m_title->setText(goal.title);
    m_why->setPlainText(goal.why);
    m_hasDue->setChecked(goal.dueOn.isValid());
    m_due->setDate(goal.dueOn.isValid() ? goal.dueOn : m_context.clock.now().toLocalTime().date().addDays(90));
    m_hasScore->setChecked(goal.targetScore.has_value());
    if (goal.targetScore)
        m_score->setValue(*goal.targetScore);
    m_tipsLabel->setVisible(false);
    m_tips->setVisible(false);
    m_tips->clear();
    clearErrors();
    m_title->setFocus(Qt::OtherFocusReason);
}

void GoalForm::targetChosen()
{
    GoalTarget kind = GoalTarget::Skill;
    QString id;
    if (!GoalText::targetFromKey(m_target->currentData().toString(), &kind, &id))
        return;
    // A sensible aim: the score now plus more than noise, so that reaching it is a real change.
    const std::optional<double> scored = m_latest ? GoalTrend::scoreOf(*m_latest, kind, id) : std::nullopt;
    const double mdc = GoalTrend::ruleFor(kind).mdc95();
    if (scored.has_value()) {
        const double now = scored.value_or(0.0);
        const int aim = std::min(100, static_cast<int>(std::ceil((now + mdc) / 5.0) * 5));
        if (!m_editing) {
            m_score->setValue(aim);
            m_hasScore->setChecked(true);
        }
        m_scoreHint->setText(tr("Your score now is %1. A rise of more than %2 points is beyond the noise of the answers.")
                                     .arg(std::lround(now))
                                     .arg(std::lround(mdc)));
    } else {
        if (!m_editing) {
            m_score->setValue(70);
            m_hasScore->setChecked(false);
        }
        m_scoreHint->setText(tr("Take a full assessment to see your score now; a rise of more than %1 points is beyond "
                                "the noise of the answers.")
                                     .arg(std::lround(mdc)));
    }
    if (!m_editing)
        fillTips(QString());
}

void GoalForm::fillTips(const QString &tickTipId)
{
    GoalTarget kind = GoalTarget::Skill;
    QString id;
    m_tips->clear();
    if (!GoalText::targetFromKey(m_target->currentData().toString(), &kind, &id))
        return;
    for (const Tip &tip : GoalText::tipsFor(kind, id, m_context.model)) {
        auto *item = new QListWidgetItem(tip.text, m_tips);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(tip.id == tickTipId ? Qt::Checked : Qt::Unchecked);
        item->setData(TipIdRole, tip.id);
    }
}

void GoalForm::clearErrors()
{
    for (QLabel *label : {m_targetError, m_titleError, m_dueError, m_scoreError, m_stepsError, m_saveError})
        label->setVisible(false);
    for (QWidget *field : std::initializer_list<QWidget *>{m_target, m_title, m_due, m_score, m_tips}) {
        field->setProperty("invalid", false);
        field->setAccessibleDescription(QString());
        field->setStyleSheet(QString());
    }
}

void GoalForm::showError(QLabel *label, QWidget *field, const QString &text)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(true);
    if (!field)
        return;
    field->setProperty("invalid", true);
    field->setAccessibleDescription(text);
    // A border in the warning colour marks the field; the text under it says why.
    field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(Theme::warningColor(palette()).name()));
    field->setFocus(Qt::OtherFocusReason);
}

void GoalForm::showProblem(const GoalProblem &problem)
{
    using Field = GoalProblem::Field;
    switch (problem.field) {
    case Field::Title:
        showError(m_titleError, m_title, tr("Give the goal a title: say in a few words what you will do."));
        break;
    case Field::Target:
        showError(m_targetError, m_target, tr("Choose a skill or a pole for the goal to grow."));
        break;
    case Field::TargetScore:
        showError(m_scoreError, m_score, tr("A target score goes from 0 to 100."));
        break;
    case Field::DueOn:
        showError(m_dueError, m_due, tr("The date is before the goal begins. Pick a day from today on, or no date."));
        break;
    case Field::Step:
        showError(m_stepsError, m_tips, tr("Step %1 cannot be stored: %2").arg(problem.step + 1).arg(problem.message));
        break;
    }
}

Goal GoalForm::goalFromFields() const
{
    // An edit changes the form's fields of the goal as stored now: its steps, evidence and
    // status stay as they are, even when tandem-cli changed them while the form was open.
    Goal goal = m_editing ? *m_editing : Goal();
    if (m_editing) {
        if (auto stored = m_context.workspace.goals().get(m_editing->id))
            goal = std::move(stored).value();
    }
    GoalText::targetFromKey(m_target->currentData().toString(), &goal.targetKind, &goal.targetId);
    goal.title = m_title->text().trimmed();
    goal.why = m_why->toPlainText().trimmed();
    goal.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    goal.targetScore = m_hasScore->isChecked() ? std::optional<int>(m_score->value()) : std::nullopt;
    if (!m_editing) {
        goal.createdAt = m_context.clock.now();
        goal.updatedAt = goal.createdAt;
        for (int row = 0; row < m_tips->count(); ++row) {
            const QListWidgetItem *item = m_tips->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            GoalStep step;
            step.text = item->text();
            step.tipId = item->data(TipIdRole).toString();
            goal.steps.append(step);
        }
    } else {
        goal.updatedAt = m_context.clock.now();
    }
    return goal;
}

bool GoalForm::save()
{
    clearErrors();
    const Goal goal = goalFromFields();
    if (const auto problem = checkGoal(goal, m_context.model)) {
        showProblem(*problem);
        return false;
    }
    if (m_editing) {
        if (const Status changed = m_context.history.changeGoal(goal, tr("Edit Goal")); !changed) {
            showError(m_saveError, nullptr, tr("The goal could not be saved: %1").arg(changed.error()));
            return false;
        }
        const qint64 id = goal.id;
        m_editing.reset();
        Q_EMIT saved(id);
        return true;
    }
    const auto added = m_context.history.addGoal(goal);
    if (!added) {
        showError(m_saveError, nullptr, tr("The goal could not be saved: %1").arg(added.error()));
        return false;
    }
    Q_EMIT saved(added.value());
    return true;
}

} // namespace tandem::ui
