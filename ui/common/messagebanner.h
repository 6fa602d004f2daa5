#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace tandem::ui {

/// An in-window notification, after KDE's KMessageWidget and GNOME's banner: a rounded strip in a
/// tint of the accent with a symbolic icon, a sentence, its actions and a close button. It tells
/// assistive technology when it appears (an alert) and names itself after its text.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    /// The symbolic icon's name (SymbolicIcon), "info" by default.
    void setIconName(const QString &name);
    void setText(const QString &text);
    QString text() const;
    /// Adds an action button (right of the text, before the close button).
    QPushButton *addButton(const QString &text);
    QToolButton *closeButton() const { return m_close; }
    QLabel *textLabel() const { return m_text; }

    /// Shows the banner and announces it (an alert for screen readers), or only updates it when
    /// already shown.
    void present();

Q_SIGNALS:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QString m_iconName = QStringLiteral("info");
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace tandem::ui
