#include "advisordialog.h"

#include "common/theme.h"
#include "common/tipstepmenu.h"

#include <QCheckBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QString strength(int value)
{
    switch (std::abs(value)) {
    case 3: return AdvisorDialog::tr("Strongly");
    case 2: return AdvisorDialog::tr("Mostly");
    case 1: return AdvisorDialog::tr("A little");
    default: return AdvisorDialog::tr("Neither way");
    }
}

} // namespace

AdvisorDialog::AdvisorDialog(const SkillModel &model, Purpose purpose, const std::optional<Advice> &previous, QWidget *parent)
    : QDialog(parent), m_model(model), m_advisor(model)
{
    setObjectName(QStringLiteral("advisorDialog"));
    setWindowTitle(tr("Lead or Manage?"));
    setAccessibleName(tr("Lead or manage advisor"));

    auto *intro = new QLabel(model.advisorIntro, this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    int row = 0;
    for (qsizetype i = 0; i < model.advisorQuestions.size(); ++i) {
        const AdvisorQuestion &q = model.advisorQuestions.at(i);
        auto *question = new QLabel(tr("%1. %2").arg(i + 1).arg(q.text), this);
        question->setWordWrap(true);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        grid->addWidget(question, row++, 0, 1, 3);

        auto *lead = new QLabel(q.leadSide, this);
        lead->setWordWrap(true);
        lead->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *manage = new QLabel(q.manageSide, this);
        manage->setWordWrap(true);
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("advisorAnswer%1").arg(i + 1));
        slider->setRange(Advisor::MinAnswer, Advisor::MaxAnswer);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setMinimumWidth(160);
        slider->setAccessibleName(q.text);
        slider->installEventFilter(this);
        lead->setBuddy(slider);
        grid->addWidget(lead, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(manage, row++, 2);
        // What the slider says, under it across the row: one line whatever it says (a width it
        // does not ask for), so that the dialog does not move as the answers change.
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("advisorAnswerText%1").arg(i + 1));
        value->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        value->setFixedHeight(value->fontMetrics().lineSpacing());
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        grid->addWidget(value, row++, 0, 1, 3);
        m_sliders.append(slider);
        m_valueLabels.append(value);
        m_answered.append(false);
        connect(slider, &QSlider::valueChanged, this, [this, i] { markAnswered(i); });
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("advisorResult"));
    m_result->setAccessibleName(tr("The advisor's answer"));
    m_result->setOpenLinks(false);
    // The answer scrolls inside its area, which takes what height the dialog has to spare and
    // does not change with the answer.
    m_result->setMinimumHeight(8 * m_result->fontMetrics().lineSpacing());
    connect(m_result, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("tip"))
            offerTip(url.path());
    });

    m_recordDecision = new QCheckBox(tr("This is a decision I want to look back on"), this);
    m_recordDecision->setObjectName(QStringLiteral("advisorRecordDecision"));
    m_recordDecision->setAccessibleName(tr("Record this as a decision to look back on"));
    m_recordDecision->setToolTip(tr("The entry then asks what you expect to happen and how sure you are, and "
                                    "reminds you to look back in four weeks."));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("advisorNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMinimumHeight(m_notice->fontMetrics().lineSpacing());

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(purpose == Purpose::ForEntry ? tr("Keep With Entry") : tr("Start an Entry With This Advice"),
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("advisorAccept"));
    m_accept->setAccessibleName(m_accept->text());
    QPushButton *close = buttons->addButton(purpose == Purpose::ForEntry ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("advisorClose"));
    close->setAccessibleName(close->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_recordDecision);
    layout->addWidget(buttons);
    // As tall as it likes, but no taller than the screen (at 200 % a laptop's is about 700).
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(720, screen.width()), std::min(std::max(720, sizeHint().height()), screen.height() - 40));

    if (previous)
        setAnswers(previous->answers);
    update();
}

QList<int> AdvisorDialog::answers() const
{
    QList<int> values;
    for (const QSlider *slider : m_sliders)
        values.append(slider->value());
    return values;
}

void AdvisorDialog::setAnswers(const QList<int> &answers)
{
    for (qsizetype i = 0; i < m_sliders.size() && i < answers.size(); ++i) {
        const QSignalBlocker blocker(m_sliders.at(i));
        m_sliders.at(i)->setValue(answers.at(i));
        m_answered[i] = true;
    }
    update();
}

int AdvisorDialog::answeredCount() const
{
    return static_cast<int>(std::count(m_answered.cbegin(), m_answered.cend(), true));
}

void AdvisorDialog::markAnswered(qsizetype question)
{
    m_answered[question] = true;
    update();
}

bool AdvisorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Touching a slider answers its question, even where it stands: a click on it, or a key that
    // moves it (Space leaves it in the middle, "neither way").
    const auto question = m_sliders.indexOf(qobject_cast<QSlider *>(watched));
    if (question >= 0 && !m_answered.at(question)) {
        bool answers = event->type() == QEvent::MouseButtonPress;
        if (event->type() == QEvent::KeyPress) {
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
            case Qt::Key_Home:
            case Qt::Key_End:
            case Qt::Key_Space: answers = true; break;
            default: break;
            }
        }
        if (answers)
            markAnswered(question);
    }
    return QDialog::eventFilter(watched, event);
}

Advice AdvisorDialog::advice() const
{
    auto advice = m_advisor.advise(answers());
    return advice ? advice.value() : Advice{};
}

void AdvisorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_result)
        update();
    QDialog::changeEvent(event);
}

void AdvisorDialog::update()
{
    for (qsizetype i = 0; i < m_sliders.size(); ++i) {
        const int value = m_sliders.at(i)->value();
        const AdvisorQuestion &q = m_model.advisorQuestions.at(i);
        const QString text = !m_answered.at(i) ? tr("Not answered yet")
                           : value == 0        ? strength(0)
                                               : tr("%1: %2").arg(strength(value), value < 0 ? q.leadSide : q.manageSide);
        m_valueLabels.at(i)->setText(text);
        m_valueLabels.at(i)->setToolTip(text);
        m_sliders.at(i)->setAccessibleDescription(text);
    }
    if (answeredCount() == 0) {
        // No answer before a question is answered: the sliders start in the middle, which is an
        // answer ("neither way") only once the person chooses it.
        m_result->setPlainText(tr("Answer at least one question to get the advisor's answer: move its slider towards "
                                  "the side that fits this situation. To answer \"neither way\", click the slider or "
                                  "press Space on it. Questions you leave out count as neither way."));
        m_accept->setEnabled(false);
        return;
    }
    const auto advice = m_advisor.advise(answers());
    if (!advice) {
        m_result->setPlainText(advice.error());
        m_accept->setEnabled(false);
        return;
    }
    m_result->setHtml(html(advice.value(), m_model, palette(), m_context != nullptr));
    m_accept->setEnabled(true);
}

void AdvisorDialog::enableTipSteps(const PageContext &context)
{
    m_context = &context;
    update();
}

void AdvisorDialog::offerTip(const QString &tipId)
{
    const auto tip = TipStepMenu::find(m_model, tipId);
    if (!m_context || !tip)
        return;
    auto *menu = new TipStepMenu(*m_context, *tip, this);
    connect(menu, &TipStepMenu::newGoalRequested, this, &AdvisorDialog::newGoalRequested);
    connect(menu, &TipStepMenu::stepAdded, this, [this](qint64, const QString &title) {
        m_notice->setText(tr("Added as a step of \"%1\". Edit ▸ Undo takes it back.").arg(title));
    });
    connect(menu, &TipStepMenu::errorOccurred, m_notice, &QLabel::setText);
    const QPoint cursor = m_result->viewport()->mapFromGlobal(QCursor::pos());
    menu->popup(m_result->viewport()->rect().contains(cursor) ? QCursor::pos()
                                                              : m_result->viewport()->mapToGlobal(QPoint(0, 0)));
}

bool AdvisorDialog::recordsDecision() const
{
    return m_recordDecision->isChecked();
}

void AdvisorDialog::setRecordsDecision(bool records)
{
    m_recordDecision->setChecked(records);
}

QString AdvisorDialog::html(const Advice &advice, const SkillModel &model, const QPalette &palette, bool tipLinks)
{
    const Advisor advisor(model);
    QString headline;
    QColor colour = palette.color(QPalette::Text);
    switch (advice.lean) {
    case Lean::Lead:
        headline = tr("Lean towards leading");
        colour = Theme::roleColor(Role::Lead, palette);
        break;
    case Lean::Manage:
        headline = tr("Lean towards managing");
        colour = Theme::roleColor(Role::Manage, palette);
        break;
    case Lean::Blend: headline = tr("Blend leading and managing"); break;
    }
    QString html = QStringLiteral("<h3 style=\"color:%1; margin-bottom:4px\">%2</h3>").arg(colour.name(), headline.toHtmlEscaped());
    QStringList drivers;
    for (const AdviceDriver &d : advice.drivers) {
        const Contrast *contrast = model.contrast(d.contrastId);
        if (contrast)
            drivers.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                   .arg(Theme::roleColor(d.side, palette).name(), contrast->pole(d.side).name.toHtmlEscaped()));
    }
    if (!drivers.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What drove it:").toHtmlEscaped(), drivers.join(QStringLiteral(", ")));
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("Your answers do not pull either way yet.").toHtmlEscaped());
    QStringList skills;
    for (const QString &id : advice.skillIds) {
        if (const Skill *skill = model.skill(id))
            skills.append(skill->name.toHtmlEscaped());
    }
    if (!skills.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Skills to draw on:").toHtmlEscaped(), skills.join(QStringLiteral(", ")));
    QString tips;
    for (const QString &id : advice.tipIds) {
        if (const Tip *tip = advisor.tip(id)) {
            tips += QStringLiteral("<li>%1").arg(tip->text.toHtmlEscaped());
            if (tipLinks)
                tips += QStringLiteral(" <a href=\"tip:%1\">%2</a>").arg(tip->id.toHtmlEscaped(),
                                                                         tr("Make it a step…").toHtmlEscaped());
            tips += QStringLiteral("</li>");
        }
    }
    if (!tips.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-top:0\">%2</ul>").arg(tr("Try this:").toHtmlEscaped(), tips);
    return html;
}

} // namespace tandem::ui
