#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace tandem::ui {

/// A card: a rounded surface a step apart from the window (Design::cardBackground, cardBorder),
/// with a heading (Design::TextStyle::Heading) when given one, and the standard padding (16) and
/// spacing (8) inside. The dashboard is made of cards; a page groups a section in one.
class Card final : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &heading = QString(), QWidget *parent = nullptr);

    /// Where the card's content goes (below the heading).
    QVBoxLayout *contentLayout() const { return m_layout; }
    QLabel *headingLabel() const { return m_heading; }
    void setHeading(const QString &heading);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace tandem::ui
