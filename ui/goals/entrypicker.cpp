#include "entrypicker.h"

#include "goaltext.h"

#include "ftsquery.h"
#include "journalfilter.h"
#include "journalrepository.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

EntryPicker::EntryPicker(const Workspace &workspace, const QList<qint64> &alreadyLinked, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_linked(alreadyLinked)
{
    setObjectName(QStringLiteral("entryPicker"));
    setWindowTitle(tr("Link a Journal Entry"));
    auto *intro = new QLabel(tr("Which entry shows you working on this goal? Your latest entries are listed; type to "
                                "search them all."),
                             this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("entryPickerSearch"));
    m_search->setAccessibleName(tr("Search journal entries"));
    m_search->setPlaceholderText(tr("Search your journal"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entryPickerList"));
    m_list->setAccessibleName(tr("Journal entries to link"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("entryPickerButtons"));
    m_link = buttons->addButton(tr("Link Entry"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("entryPickerLink"));
    m_link->setAccessibleName(tr("Link the chosen entry to the goal"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("entryPickerCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &EntryPicker::choose);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_link->setEnabled(row >= 0); });
    connect(m_search, &QLineEdit::textChanged, this, &EntryPicker::fill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 440);
    fill();
}

void EntryPicker::setSearch(const QString &text)
{
    m_search->setText(text);
}

void EntryPicker::fill()
{
    m_list->clear();
    const QString query = FtsQuery::build(m_search->text(), FtsQuery::Typing::InProgress);
    const auto entries = query.isEmpty() ? m_workspace.journal().list(JournalFilter{}, Shown)
                                         : m_workspace.journal().search(query, JournalFilter{}, Shown);
    if (!entries) {
        m_list->addItem(tr("The journal could not be read: %1").arg(entries.error()));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
        m_link->setEnabled(false);
        return;
    }
    for (const JournalSummary &entry : entries.value()) {
        const QString title = entry.title.trimmed().isEmpty() ? tr("(untitled)") : entry.title.trimmed();
        auto *item = new QListWidgetItem(GoalText::shortDate(entry.occurredAt.toLocalTime().date())
                                                 + QStringLiteral("  —  ") + title,
                                         m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.preview);
        if (m_linked.contains(entry.id)) {
            item->setText(item->text() + QLatin1Char(' ') + tr("(already linked)"));
            item->setFlags(Qt::NoItemFlags);
        }
    }
    if (m_list->count() == 0) {
        m_list->addItem(query.isEmpty() ? tr("Your journal is empty.") : tr("No entry matches."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    }
    m_link->setEnabled(false);
}

void EntryPicker::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    Q_EMIT entryChosen(item->data(Qt::UserRole).toLongLong());
    accept();
}

} // namespace tandem::ui
