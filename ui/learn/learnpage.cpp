#include "learnpage.h"

#include "common/pageheader.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tandem::ui {

LearnPage::LearnPage(const core::SkillModel &model, QWidget *parent)
    : QWidget(parent), m_content(model)
{
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("learnTopics"));
    m_topics->setAccessibleName(tr("Learn topics"));
    m_topics->setFrameShape(QFrame::NoFrame);
    m_topics->setSpacing(3);
    m_topics->setFixedWidth(220);
    m_topics->setTextElideMode(Qt::ElideNone);
    m_topics->setWordWrap(true);
    m_topics->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 10px; }"));
    for (const LearnContent::Topic &topic : m_content.topics()) {
        auto *item = new QListWidgetItem(topic.title, m_topics);
        item->setData(Qt::UserRole, topic.id);
    }

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("learnText"));
    m_text->setAccessibleName(tr("Learn text"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(24);

    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("learnPrevious"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("learnNext"));
    connect(m_previous, &QPushButton::clicked, this, [this] { m_topics->setCurrentRow(m_topics->currentRow() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_topics->setCurrentRow(m_topics->currentRow() + 1); });
    // The desktop's Back and Forward keys (Alt+Left, Alt+Right) page through the topics, wherever
    // the focus is on this page.
    auto *back = new QAction(tr("Previous Topic"), this);
    back->setShortcuts(QKeySequence::Back);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] {
        if (m_topics->currentRow() > 0)
            m_topics->setCurrentRow(m_topics->currentRow() - 1);
    });
    addAction(back);
    auto *forward = new QAction(tr("Next Topic"), this);
    forward->setShortcuts(QKeySequence::Forward);
    forward->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QAction::triggered, this, [this] {
        if (m_topics->currentRow() + 1 < m_topics->count())
            m_topics->setCurrentRow(m_topics->currentRow() + 1);
    });
    addAction(forward);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 0, 24, 16);
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    // The text keeps a comfortable line length on wide windows; the margin around it is the
    // same colour, so it reads as one sheet.
    auto *column = new QWidget(this);
    column->setMaximumWidth(880);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_text, 1);
    columnLayout->addLayout(buttons);

    auto *sheet = new QWidget(this);
    sheet->setBackgroundRole(QPalette::Base);
    sheet->setAutoFillBackground(true);
    auto *sheetLayout = new QHBoxLayout(sheet);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(column, 1);
    sheetLayout->addStretch(0);

    m_topics->setBackgroundRole(QPalette::Window);
    m_topics->viewport()->setBackgroundRole(QPalette::Window);

    auto *header = new PageHeader(tr("Learn"), this);
    header->setInset(true);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(header);
    auto *layout = new QHBoxLayout;
    page->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topics);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(sheet, 1);

    connect(m_topics, &QListWidget::currentRowChanged, this, &LearnPage::render);
    m_topics->setCurrentRow(0);
}

bool LearnPage::showTopic(const QString &topicId)
{
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == topicId) {
            m_topics->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString LearnPage::currentTopic() const
{
    const QListWidgetItem *item = m_topics->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LearnPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void LearnPage::render()
{
    const int row = m_topics->currentRow();
    if (row < 0)
        return;
    m_text->setHtml(m_content.html(currentTopic(), palette()));
    m_text->setAccessibleDescription(m_topics->currentItem()->text());

    const bool hasPrevious = row > 0;
    const bool hasNext = row + 1 < m_topics->count();
    m_previous->setVisible(hasPrevious);
    m_next->setVisible(hasNext);
    if (hasPrevious)
        m_previous->setText(tr("← %1").arg(m_topics->item(row - 1)->text()));
    if (hasNext)
        m_next->setText(tr("%1 →").arg(m_topics->item(row + 1)->text()));
    m_previous->setAccessibleName(tr("Previous topic: %1").arg(hasPrevious ? m_topics->item(row - 1)->text() : QString()));
    m_next->setAccessibleName(tr("Next topic: %1").arg(hasNext ? m_topics->item(row + 1)->text() : QString()));
}

} // namespace tandem::ui
