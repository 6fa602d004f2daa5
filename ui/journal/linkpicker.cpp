#include "linkpicker.h"

#include <QAction>
#include <QMenu>

namespace tandem::ui {

LinkPicker::LinkPicker(const QString &label, const QList<Choice> &choices, QWidget *parent)
    : QToolButton(parent), m_label(label)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    for (const Choice &choice : choices) {
        QAction *action = menu->addAction(choice.name);
        action->setCheckable(true);
        action->setData(choice.id);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT changed();
        });
    }
    setMenu(menu);
    updateText();
}

QStringList LinkPicker::selectedIds() const
{
    QStringList ids;
    for (const QAction *action : menu()->actions()) {
        if (action->isChecked())
            ids.append(action->data().toString());
    }
    return ids + m_unknown;
}

QStringList LinkPicker::selectedNames() const
{
    QStringList names;
    for (const QAction *action : menu()->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    return names + m_unknown;
}

void LinkPicker::setSelectedIds(const QStringList &ids)
{
    QStringList unknown = ids;
    for (QAction *action : menu()->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(ids.contains(action->data().toString()));
        unknown.removeAll(action->data().toString());
    }
    m_unknown = unknown;
    updateText();
}

void LinkPicker::updateText()
{
    const QStringList names = selectedNames();
    setText(names.isEmpty() ? m_label : tr("%1 (%2)").arg(m_label).arg(names.size()));
    setToolTip(names.isEmpty() ? tr("None chosen") : names.join(QStringLiteral(", ")));
    setAccessibleName(m_label);
    setAccessibleDescription(names.isEmpty() ? tr("None chosen") : tr("Chosen: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace tandem::ui
