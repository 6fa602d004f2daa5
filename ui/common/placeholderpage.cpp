#include "placeholderpage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &promise, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);

    auto *text = new QLabel(promise, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMaximumWidth(640);
    text->setAccessibleName(promise);

    auto *learn = new QPushButton(tr("Read about leading and managing"), this);
    learn->setObjectName(QStringLiteral("placeholderLearn"));
    learn->setAccessibleName(learn->text());
    connect(learn, &QPushButton::clicked, this, &PlaceholderPage::learnRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(learn, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

} // namespace tandem::ui
