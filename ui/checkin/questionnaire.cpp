#include "questionnaire.h"

#include "statementrow.h"

#include "answervalidator.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QLabel *subheading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

Questionnaire::Questionnaire(const SkillModel &model, AssessmentKind kind, QWidget *parent)
    : QWidget(parent), m_model(model), m_kind(kind)
{
    setObjectName(kind == AssessmentKind::Full ? QStringLiteral("questionnaireFull") : QStringLiteral("questionnairePulse"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("questionnaireHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("questionnaireStep"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("questionnaireProgress"));
    m_progress->setAccessibleName(tr("Answered so far"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_stack = new QStackedWidget(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("questionnaireStatus"));
    m_status->setWordWrap(true);

    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("questionnaireBack"));
    m_back->setAccessibleName(tr("Previous screen"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("questionnaireNext"));
    m_close = new QPushButton(tr("Save and Close"), this);
    m_close->setObjectName(QStringLiteral("questionnaireClose"));
    m_close->setAccessibleName(tr("Save your answers and finish later"));
    m_close->setToolTip(tr("Your answers are kept; you can carry on later from the Check-in page."));
    // Return clicks the focused button; elsewhere it means Next (see keyPressEvent).
    for (QPushButton *button : {m_back, m_next, m_close})
        button->setAutoDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] { showScreen(currentScreen() - 1); });
    connect(m_next, &QPushButton::clicked, this, &Questionnaire::next);
    connect(m_close, &QPushButton::clicked, this, &Questionnaire::closeRequested);

    if (kind == AssessmentKind::Full)
        buildFullScreens();
    else
        buildPulseScreen();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(10);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    showScreen(0);
}

Questionnaire::Screen &Questionnaire::addScreen(const QString &title, const QString &intro)
{
    Screen screen;
    screen.title = title;
    screen.intro = intro;
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    if (!intro.isEmpty()) {
        auto *introLabel = new QLabel(intro, content);
        introLabel->setWordWrap(true);
        layout->addWidget(introLabel);
    }
    scroll->setWidget(content);
    screen.widget = scroll;
    m_stack->addWidget(scroll);
    m_screens.append(screen);
    return m_screens.last();
}

StatementRow *Questionnaire::addRow(Screen &screen, QWidget *container, const QString &itemId, const QString &text)
{
    auto *row = new StatementRow(itemId, text, m_model.scaleLabels, container);
    container->layout()->addWidget(row);
    screen.rows.append(row);
    m_rows.append(row);
    connect(row, &StatementRow::answered, this, [this](const QString &id, int value) {
        m_answers.insert(id, value);
        m_status->clear();
        updateProgress();
        Q_EMIT changed();
    });
    connect(row, &StatementRow::advanceRequested, this, [this, row] { focusRow(row, 1); });
    connect(row, &StatementRow::moveRequested, this, [this, row](int delta) { focusRow(row, delta); });
    return row;
}

void Questionnaire::buildFullScreens()
{
    for (const Skill &skill : m_model.skills) {
        Screen &screen = addScreen(skill.name, tr("How often does each of these happen? Answer for what you actually do, "
                                                  "not what you intend."));
        QWidget *content = qobject_cast<QScrollArea *>(screen.widget)->widget();
        for (const Item &item : skill.items)
            addRow(screen, content, item.id, item.text);
        static_cast<QVBoxLayout *>(content->layout())->addStretch(1);
    }
    for (const Contrast &contrast : m_model.contrasts) {
        Screen &screen = addScreen(contrast.name, tr("Rate each side on its own: you can be strong at both, or at "
                                                     "neither. Neither side is the better one."));
        QWidget *content = qobject_cast<QScrollArea *>(screen.widget)->widget();
        for (Role role : {Role::Lead, Role::Manage}) {
            const Pole &pole = contrast.pole(role);
            content->layout()->addWidget(subheading(pole.name, content));
            for (const Item &item : pole.items)
                addRow(screen, content, item.id, item.text);
        }
        static_cast<QVBoxLayout *>(content->layout())->addStretch(1);
    }
}

void Questionnaire::buildPulseScreen()
{
    Screen &screen = addScreen(tr("Weekly pulse"), tr("Think of this past week. One quick answer per skill: about a minute."));
    QWidget *content = qobject_cast<QScrollArea *>(screen.widget)->widget();
    for (const PulseItem &item : m_model.pulseItems)
        addRow(screen, content, item.id, item.text);
    m_note = new QLineEdit(content);
    m_note->setObjectName(QStringLiteral("pulseNote"));
    m_note->setAccessibleName(tr("Note for this week (optional)"));
    m_note->setPlaceholderText(tr("A note for this week (optional)"));
    m_note->setMaxLength(500);
    connect(m_note, &QLineEdit::textEdited, this, &Questionnaire::changed);
    // Return in the note reaches keyPressEvent below (QLineEdit passes it on): Next/Finish.
    content->layout()->addWidget(subheading(tr("Note"), content));
    content->layout()->addWidget(m_note);
    static_cast<QVBoxLayout *>(content->layout())->addStretch(1);
}

int Questionnaire::screenCount() const
{
    return static_cast<int>(m_screens.size());
}

int Questionnaire::currentScreen() const
{
    return m_stack->currentIndex();
}

void Questionnaire::showScreen(int index)
{
    if (index < 0 || index >= screenCount())
        return;
    const bool moved = index != m_stack->currentIndex();
    m_stack->setCurrentIndex(index);
    const Screen &screen = m_screens.at(index);
    m_heading->setText(screen.title);
    m_back->setEnabled(index > 0);
    const bool last = index == screenCount() - 1;
    m_next->setText(last ? tr("Finish") : tr("Next"));
    m_next->setAccessibleName(last ? tr("Finish and see your results") : tr("Next screen"));
    if (auto *scroll = qobject_cast<QScrollArea *>(screen.widget))
        scroll->verticalScrollBar()->setValue(0);
    updateProgress();
    focusFirstOpenStatement();
    // The screen is part of the draft, so a resumed assessment opens where the user left it.
    if (moved && !m_answers.isEmpty())
        Q_EMIT changed();
}

void Questionnaire::updateProgress()
{
    const int total = static_cast<int>(m_rows.size());
    int answered = 0;
    for (const StatementRow *row : std::as_const(m_rows))
        answered += row->answer() ? 1 : 0;
    m_progress->setRange(0, total);
    m_progress->setValue(answered);
    const QString kind = m_kind == AssessmentKind::Full ? tr("Full assessment") : tr("Weekly pulse");
    if (screenCount() > 1)
        m_step->setText(tr("%1 · screen %2 of %3 · %4 of %5 answered")
                                .arg(kind)
                                .arg(currentScreen() + 1)
                                .arg(screenCount())
                                .arg(answered)
                                .arg(total));
    else
        m_step->setText(tr("%1 · %2 of %3 answered").arg(kind).arg(answered).arg(total));
    m_progress->setAccessibleDescription(m_step->text());
}

void Questionnaire::setAnswers(const Answers &answers)
{
    for (StatementRow *row : std::as_const(m_rows)) {
        const auto it = answers.constFind(row->itemId());
        if (it != answers.cend() && *it >= 1 && *it <= 5) {
            row->setAnswer(*it);
            m_answers.insert(row->itemId(), *it);
        }
    }
    updateProgress();
}

QString Questionnaire::note() const
{
    return m_note ? m_note->text().trimmed() : QString();
}

void Questionnaire::setNote(const QString &note)
{
    if (m_note)
        m_note->setText(note);
}

void Questionnaire::focusFirstOpenStatement()
{
    const Screen &screen = m_screens.at(currentScreen());
    for (StatementRow *row : screen.rows) {
        if (!row->answer()) {
            row->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_next->setFocus(Qt::OtherFocusReason);
}

void Questionnaire::focusRow(StatementRow *row, int delta)
{
    const Screen &screen = m_screens.at(currentScreen());
    const qsizetype index = screen.rows.indexOf(row) + delta;
    if (index >= 0 && index < screen.rows.size()) {
        StatementRow *target = screen.rows.at(index);
        target->setFocus(Qt::TabFocusReason);
        if (auto *scroll = qobject_cast<QScrollArea *>(screen.widget))
            scroll->ensureWidgetVisible(target, 0, 24);
    } else if (delta > 0) {
        // Past the last statement: the note of a pulse, else the Next/Finish button.
        if (m_note && m_note->isVisible())
            m_note->setFocus(Qt::TabFocusReason);
        else
            m_next->setFocus(Qt::TabFocusReason);
    }
}

void Questionnaire::next()
{
    if (currentScreen() < screenCount() - 1)
        showScreen(currentScreen() + 1);
    else
        tryFinish();
}

void Questionnaire::tryFinish()
{
    const QStringList missing = AnswerValidator(m_model).missingItems(m_kind, m_answers);
    if (missing.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    int firstScreen = -1;
    for (int s = 0; s < screenCount(); ++s) {
        for (StatementRow *row : std::as_const(m_screens[s].rows)) {
            const bool open = missing.contains(row->itemId());
            row->setFlagged(open);
            if (open && firstScreen < 0)
                firstScreen = s;
        }
    }
    QStringList where;
    for (int s = 0; s < screenCount(); ++s) {
        for (const StatementRow *row : std::as_const(m_screens.at(s).rows)) {
            if (row->isFlagged()) {
                where.append(m_screens.at(s).title);
                break;
            }
        }
    }
    showScreen(firstScreen);
    m_status->setText(missing.size() == 1
                              ? tr("One statement still needs an answer. It is marked, on the screen \"%1\".").arg(where.first())
                              : tr("%1 statements still need an answer. They are marked, on: %2.")
                                        .arg(missing.size())
                                        .arg(where.join(QStringLiteral(", "))));
}

void Questionnaire::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        next();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tandem::ui
