#pragma once

#include "pageid.h"

#include "database.h"
#include "skillmodel.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace tandem::ui {

class LearnPage;

/// The main window: a navigation list on the left, one page per feature on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const core::Database &db, const core::SkillModel &model, QWidget *parent = nullptr);

    void showPage(PageId page);
    PageId currentPage() const;
    QWidget *page(PageId page) const;

private:
    void createMenus();
    QWidget *createPage(PageId page);

    const core::Database &m_db;
    const core::SkillModel &m_model;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace tandem::ui
