#include "statementrow.h"

#include "common/theme.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tandem::ui {

StatementRow::StatementRow(const QString &itemId, const QString &text, const QStringList &scaleLabels, QWidget *parent)
    : QWidget(parent), m_itemId(itemId), m_text(text), m_scaleLabels(scaleLabels)
{
    setObjectName(QStringLiteral("statement-") + itemId);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);

    m_label = new QLabel(text, this);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("statementText"));

    m_flag = new QLabel(tr("Needs an answer"), this);
    m_flag->setObjectName(QStringLiteral("statementFlag"));
    m_flag->setVisible(false);
    QFont flagFont = m_flag->font();
    flagFont.setBold(true);
    m_flag->setFont(flagFont);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    auto *choices = new QHBoxLayout;
    choices->setSpacing(18);
    for (int value = 1; value <= 5; ++value) {
        //: An answer choice: "1 Never" … "5 Always"; the number is its keyboard key.
        auto *button = new QRadioButton(tr("%1 %2").arg(value).arg(scaleLabels.value(value - 1)), this);
        button->setObjectName(QStringLiteral("answer-%1-%2").arg(itemId).arg(value));
        button->setAccessibleName(scaleLabels.value(value - 1));
        // The row takes the keys; the buttons are for the mouse.
        button->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(button, value);
        choices->addWidget(button);
    }
    choices->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int value) {
        setFlagged(false);
        updateAccessibility();
        Q_EMIT answered(m_itemId, value);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_flag, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addLayout(choices);
    updateAccessibility();
}

int StatementRow::answer() const
{
    return std::max(0, m_group->checkedId());
}

void StatementRow::setAnswer(int value)
{
    if (value < 1 || value > 5)
        return;
    m_group->button(value)->setChecked(true);
    setFlagged(false);
    updateAccessibility();
}

void StatementRow::setFlagged(bool flagged)
{
    if (m_flagged == flagged)
        return;
    m_flagged = flagged;
    m_flag->setVisible(flagged);
    QPalette p = m_flag->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_flag->setPalette(p);
    updateAccessibility();
    update();
}

void StatementRow::updateAccessibility()
{
    setAccessibleName(m_text);
    const int value = answer();
    setAccessibleDescription(value ? tr("Answer: %1. Keys 1 to 5 change it.").arg(m_scaleLabels.value(value - 1))
                                   : m_flagged ? tr("Needs an answer. Press 1 (never) to 5 (always).")
                                               : tr("Not answered. Press 1 (never) to 5 (always)."));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void StatementRow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const int value = key - Qt::Key_0;
        m_group->button(value)->setChecked(true);
        setFlagged(false);
        updateAccessibility();
        Q_EMIT answered(m_itemId, value);
        Q_EMIT advanceRequested();
        return;
    }
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && event->modifiers() == Qt::NoModifier) {
        const int current = answer() ? answer() : 3;
        const int value = std::clamp(current + (key == Qt::Key_Right ? 1 : -1), 1, 5);
        if (value != answer() || !answer()) {
            m_group->button(value)->setChecked(true);
            setFlagged(false);
            updateAccessibility();
            Q_EMIT answered(m_itemId, value);
        }
        return;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && event->modifiers() == Qt::NoModifier) {
        Q_EMIT moveRequested(key == Qt::Key_Down ? 1 : -1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void StatementRow::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void StatementRow::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void StatementRow::paintEvent(QPaintEvent *)
{
    // A quiet card; the focused row is outlined in the highlight colour, a flagged one in the
    // warning colour, so the keyboard user always sees where the next key goes.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    // The card is in the window colour, so the radio buttons (drawn in the base colour) stand out
    // on it in light and dark palettes alike.
    QColor fill = palette().color(QPalette::Window);
    QColor border = Theme::mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.18);
    qreal width = 1;
    if (m_flagged) {
        border = Theme::warningColor(palette());
        width = 2;
    }
    if (hasFocus()) {
        border = palette().color(QPalette::Highlight);
        fill = Theme::mix(palette().color(QPalette::Window), palette().color(QPalette::Highlight), 0.10);
        width = 2;
    }
    painter.setPen(QPen(border, width));
    painter.setBrush(fill);
    painter.drawRoundedRect(r, 6, 6);
}

} // namespace tandem::ui
