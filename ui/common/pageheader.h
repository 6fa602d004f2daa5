#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLayout;

namespace tandem::ui {

/// The one header of every page: the title (Design::TextStyle::Title), an optional subtitle in
/// muted body text below it, and the page's main actions right-aligned beside the title. Its
/// objectName is "pageHeader", the title's "pageTitle": tests and the accessibility tree find it.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// A line under the title saying what the page is for; hidden while empty.
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    /// Adds a widget (a button, a drop-down) to the right of the title, after those added before.
    void addAction(QWidget *widget);
    /// Adds a row of controls (a layout) to the right of the title.
    void addActionLayout(QLayout *layout);
    /// For a page whose content runs to the window's edges (a list beside an editor): the header
    /// keeps the page margins itself.
    void setInset(bool inset);

    QLabel *titleLabel() const { return m_title; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyles();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QHBoxLayout *m_actions = nullptr;
};

} // namespace tandem::ui
