#pragma once

#include <QWidget>

namespace tandem::ui {

/// A page whose feature has not arrived yet: it says plainly what will be there, and offers a
/// way to somewhere useful meanwhile.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &promise, QWidget *parent = nullptr);

Q_SIGNALS:
    void learnRequested();
};

} // namespace tandem::ui
