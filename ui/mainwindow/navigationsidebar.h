#pragma once

#include <QListWidget>

namespace tandem::ui {

/// The window's navigation: one row per page with its symbolic icon and title, the page shown
/// highlighted in the accent colour, and a badge on a page that wants attention (a dot, or a
/// count). Narrow windows get the compact form: icons alone, the title as a tooltip (the item's
/// text stays, so screen readers still read it). A QListWidget: arrow keys move between pages.
class NavigationSidebar final : public QListWidget
{
    Q_OBJECT

public:
    /// The badge of an item: absent for none, an empty string for a dot, else its text ("3").
    static constexpr int BadgeRole = Qt::UserRole + 1;

    explicit NavigationSidebar(QWidget *parent = nullptr);

    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// The width of each form: the compact one is an icon and its padding.
    int expandedWidth() const;
    int compactWidth() const;

    QSize sizeHint() const override;
    /// Sets the width for the present form and titles (after items are added or renamed).
    void fitWidth();

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool m_compact = false;
};

} // namespace tandem::ui
