#include "mainwindow.h"

#include "common/placeholderpage.h"
#include "learn/learnpage.h"
#include "settings/settingspage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>

namespace tandem::ui {

MainWindow::MainWindow(const core::Database &db, const core::SkillModel &model, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_model(model)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tandem"));
    setMinimumSize(720, 480);
    // Start at a comfortable size, never larger than the screen.
    const QSize wanted(1180, 780);
    const QSize available = screen() ? screen()->availableSize() : wanted;
    resize(wanted.boundedTo(available));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFixedWidth(168);
    m_navigation->setSpacing(2);
    // Room to the left of each title; the style sheet sets no colours, so the palette still rules.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding-left: 14px; }"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    // The navigation's background follows the window, so the page beside it reads as content.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (PageId id : allPages()) {
        auto *item = new QListWidgetItem(pageTitle(id), m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(id));
        item->setSizeHint(QSize(0, 36));
        QWidget *widget = createPage(id);
        widget->setObjectName(QStringLiteral("page-") + pageKey(id));
        m_pages->addWidget(widget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    showPage(PageId::Dashboard);
}

QWidget *MainWindow::createPage(PageId id)
{
    PlaceholderPage *placeholder = nullptr;
    switch (id) {
    case PageId::Learn:
        return new LearnPage(m_model, this);
    case PageId::Settings:
        return new SettingsPage(m_db, this);
    case PageId::Dashboard:
        placeholder = new PlaceholderPage(
                tr("Dashboard"),
                tr("Your overview will live here: which check-in is due, your current profile at a glance, "
                   "your strengths and growth areas with a tip for each, your latest journal entries and "
                   "the goals you are working on. It arrives in a coming version of Tandem."),
                this);
        break;
    case PageId::CheckIn:
        placeholder = new PlaceholderPage(
                tr("Check-in"),
                tr("Here you will take a full self-assessment every few weeks and a one-minute pulse each "
                   "week, then see your skill scores, your leading and managing balance, and which changes "
                   "since last time are real. It arrives in a coming version of Tandem."),
                this);
        break;
    case PageId::Journal:
        placeholder = new PlaceholderPage(
                tr("Journal"),
                tr("Here you will reflect on real situations: what happened, whether you led or managed, how "
                   "it went and what you learned, with a \"lead or manage?\" advisor and full-text search. "
                   "It arrives in a coming version of Tandem."),
                this);
        break;
    case PageId::Progress:
        placeholder = new PlaceholderPage(
                tr("Progress"),
                tr("Here you will see how each skill and your balance between leading and managing move over "
                   "months and years, with the changes that are real told apart from noise. It arrives in a "
                   "coming version of Tandem."),
                this);
        break;
    case PageId::Goals:
        placeholder = new PlaceholderPage(
                tr("Goals"),
                tr("Here you will pick a skill to grow, set a goal with concrete steps and a date, and follow "
                   "your progress towards it. It arrives in a coming version of Tandem."),
                this);
        break;
    }
    connect(placeholder, &PlaceholderPage::learnRequested, this, [this] { showPage(PageId::Learn); });
    return placeholder;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcuts({QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (PageId id : allPages()) {
        QAction *action = go->addAction(pageTitle(id), this, [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Learn About Leading and Managing"), this, [this] { showPage(PageId::Learn); });
    QAction *about = help->addAction(tr("&About Tandem"), this, [this] {
        QMessageBox::about(this, tr("About Tandem"),
                           tr("<h3>Tandem %1</h3><p>A coaching companion for people who lead and manage at work.</p>"
                              "<p>Skill model %2. Your data stays on this computer.</p>")
                                   .arg(QStringLiteral(TANDEM_VERSION), m_model.version.toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPage(PageId id)
{
    const int index = static_cast<int>(allPages().indexOf(id));
    m_navigation->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
}

PageId MainWindow::currentPage() const
{
    return allPages().at(std::max(0, m_pages->currentIndex()));
}

QWidget *MainWindow::page(PageId id) const
{
    return m_pages->widget(static_cast<int>(allPages().indexOf(id)));
}

} // namespace tandem::ui
