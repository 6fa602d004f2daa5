#include "feedbackpage.h"

#include "common/deferredrefresh.h"
#include "common/design.h"
#include "common/edithistory.h"
#include "common/messagebanner.h"
#include "common/pagecontext.h"
#include "common/pageheader.h"
#include "common/theme.h"
#include "feedbackresponsefile.h"
#include "feedbackrounddialog.h"
#include "feedbackroundlistmodel.h"
#include "feedbackview.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem::ui {

using namespace tandem::core;

namespace {

constexpr int ContentWidth = 980;

} // namespace

FeedbackPage::FeedbackPage(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("feedbackPage"));
    setAcceptDrops(true);
    m_model = new FeedbackRoundListModel(context.workspace, this);

    m_summary = new MessageBanner(this);
    m_summary->setObjectName(QStringLiteral("feedbackImportSummary"));
    m_summary->setAccessibleName(tr("What was imported"));
    m_summary->textLabel()->setObjectName(QStringLiteral("feedbackImportSummaryText"));
    m_summary->closeButton()->setObjectName(QStringLiteral("feedbackImportSummaryClose"));
    m_summary->closeButton()->setAccessibleName(tr("Close this message"));
    m_summary->closeButton()->setToolTip(tr("Close"));
    connect(m_summary, &MessageBanner::closeRequested, m_summary, &QWidget::hide);
    m_summary->setVisible(false);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("feedbackStack"));
    m_listPage = buildList();
    m_stack->addWidget(m_listPage);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *summaryHolder = new QHBoxLayout;
    summaryHolder->setContentsMargins(Design::SpaceXXL, Design::SpaceM, Design::SpaceXXL, 0);
    summaryHolder->addWidget(m_summary);
    outer->addLayout(summaryHolder);
    outer->addWidget(m_stack, 1);

    // The list is read again after any change to the rounds, once, and only when it can be seen.
    m_refresh = new DeferredRefresh(m_listPage, [this] { refreshList(); });
    auto stale = [this] { m_refresh->markStale(); };
    Workspace &ws = context.workspace;
    connect(&ws, &Workspace::feedbackRoundAdded, this, stale);
    connect(&ws, &Workspace::feedbackRoundChanged, this, stale);
    connect(&ws, &Workspace::feedbackRoundRemoved, this, stale);
    connect(&ws, &Workspace::imported, this, stale);
    connect(&ws, &Workspace::storeReplaced, this, stale);
}

QWidget *FeedbackPage::buildList()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("feedbackListPage"));
    auto *title = new PageHeader(tr("Feedback"), page);
    auto *intro = new QLabel(tr("Ask colleagues how they see you lead and manage, and compare their view with "
                                "your own. Everything stays on this computer."),
                             page);
    intro->setWordWrap(true);

    m_bar = new QWidget(page);
    auto *newButton = new QPushButton(tr("New Round…"), m_bar);
    newButton->setObjectName(QStringLiteral("feedbackNew"));
    newButton->setAccessibleName(tr("New feedback round"));
    connect(newButton, &QPushButton::clicked, this, &FeedbackPage::newRound);
    auto *importButton = new QPushButton(tr("Import Responses…"), m_bar);
    importButton->setObjectName(QStringLiteral("feedbackListImport"));
    importButton->setAccessibleName(tr("Import response files"));
    importButton->setToolTip(tr("Import the response files your colleagues sent back (you can also drop them here)"));
    connect(importButton, &QPushButton::clicked, this, &FeedbackPage::chooseAndImport);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(newButton);
    bar->addWidget(importButton);
    bar->addStretch(1);

    m_undo = new MessageBanner(page);
    m_undo->setObjectName(QStringLiteral("feedbackDeleted"));
    m_undo->setAccessibleName(tr("Round deleted"));
    QPushButton *undo = m_undo->addButton(tr("Undo"));
    undo->setObjectName(QStringLiteral("feedbackDeletedUndo"));
    undo->setAccessibleName(tr("Undo deleting the round"));
    connect(undo, &QPushButton::clicked, this, [this] {
        m_undo->hide();
        m_context.history.undo();
    });
    m_undo->closeButton()->setObjectName(QStringLiteral("feedbackDeletedClose"));
    m_undo->closeButton()->setAccessibleName(tr("Close this message"));
    m_undo->closeButton()->setToolTip(tr("Close"));
    connect(m_undo, &MessageBanner::closeRequested, m_undo, &QWidget::hide);
    m_undo->setVisible(false);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("feedbackError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_list = new QTableView(page);
    m_list->setObjectName(QStringLiteral("feedbackList"));
    m_list->setAccessibleName(tr("Feedback rounds; open one to see its results"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(FeedbackRoundListModel::AskedColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setHighlightSections(false);
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            showRound(index.data(FeedbackRoundListModel::IdRole).toLongLong());
    };
    connect(m_list, &QTableView::activated, this, open);
    connect(m_list, &QTableView::clicked, this, open);

    // With no round at all: what a round is, and the way to the first one.
    m_empty = new QWidget(page);
    m_empty->setObjectName(QStringLiteral("feedbackEmpty"));
    auto *emptyText = new QLabel(
        tr("You have no feedback rounds yet. A round asks colleagues the statements of your check-in about you: "
           "Tandem writes a form as one web page that you send them. It opens in any browser, needs no account "
           "and no network, and gives each colleague a small response file to send back. Import those files here "
           "to see where others see you as you do, and where they see you differently. Their scores show from "
           "three responses on, so that no single answer can be recognised."),
        m_empty);
    emptyText->setObjectName(QStringLiteral("feedbackEmptyText"));
    emptyText->setWordWrap(true);
    auto *emptyNew = new QPushButton(tr("New Round…"), m_empty);
    emptyNew->setObjectName(QStringLiteral("feedbackEmptyNew"));
    emptyNew->setAccessibleName(tr("Start your first feedback round"));
    connect(emptyNew, &QPushButton::clicked, this, &FeedbackPage::newRound);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, Design::SpaceXL, 0, 0);
    emptyLayout->setSpacing(Design::SpaceM);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyNew, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_empty->setVisible(false);

    auto *content = new QWidget(page);
    content->setMaximumWidth(ContentWidth);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Design::SpaceM);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_bar);
    layout->addWidget(m_undo);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(Design::SpaceXXL, Design::SpaceXL, Design::SpaceXXL, Design::SpaceXL);
    outer->addWidget(content);
    return page;
}

void FeedbackPage::refreshList()
{
    const QString error = m_model->reload();
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_error->setText(tr("Your feedback rounds could not be read: %1").arg(error));
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
        m_error->setPalette(p);
    }
    const bool none = m_model->rowCount() == 0;
    // With no round at all, the empty state's button is the one way on; the bar would repeat it.
    m_bar->setVisible(!none);
    m_list->setVisible(!none);
    m_empty->setVisible(none);
}

FeedbackPage::View FeedbackPage::currentView() const
{
    return m_view && m_stack->currentWidget() == m_viewPage ? View::Round : View::List;
}

void FeedbackPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    m_list->setFocus(Qt::OtherFocusReason);
}

bool FeedbackPage::showRound(qint64 id)
{
    // The view is built the first time a round is shown: opening the page costs only the list.
    if (!m_view) {
        m_view = new FeedbackView(m_context);
        auto *holder = new QWidget;
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(Design::SpaceXXL, Design::SpaceXL, Design::SpaceXXL, Design::SpaceXL);
        m_view->setMaximumWidth(ContentWidth);
        layout->addWidget(m_view);
        m_viewPage = new QScrollArea(m_stack);
        m_viewPage->setObjectName(QStringLiteral("feedbackViewScroll"));
        m_viewPage->setWidget(holder);
        m_viewPage->setWidgetResizable(true);
        m_viewPage->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(m_viewPage);
        connect(m_view, &FeedbackView::backRequested, this, &FeedbackPage::showList);
        connect(m_view, &FeedbackView::roundGone, this, [this] {
            if (currentView() == View::Round)
                showList();
        });
        connect(m_view, &FeedbackView::importRequested, this, &FeedbackPage::chooseAndImport);
        connect(m_view, &FeedbackView::deleted, this, &FeedbackPage::showDeleted);
        connect(m_view, &FeedbackView::newGoalRequested, this, &FeedbackPage::newGoalRequested);
        connect(m_view, &FeedbackView::checkInRequested, this, &FeedbackPage::checkInRequested);
    }
    if (!m_view->showRound(id)) {
        showList();
        return false;
    }
    m_undo->hide();
    m_stack->setCurrentWidget(m_viewPage);
    m_viewPage->ensureVisible(0, 0);
    return true;
}

void FeedbackPage::showDeleted(const QString &title)
{
    showList();
    m_undo->setText(tr("“%1” was deleted with its responses.").arg(title));
    m_undo->present();
    // The offer reverses the newest step: it goes once another step is done.
    m_context.history.hideWhenSuperseded(m_undo);
}

void FeedbackPage::newRound()
{
    auto *dialog = new FeedbackRoundDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->createdId() && showRound(dialog->createdId()))
            m_view->offerToSaveForm();
    });
    dialog->open();
}

void FeedbackPage::chooseAndImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Responses"), QDir::homePath(),
                                                            tr("Response files (*.json *.txt);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

FeedbackPage::ImportSummary FeedbackPage::importFiles(const QStringList &paths)
{
    ImportSummary summary;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            summary.refused << tr("%1 could not be opened: %2").arg(name, file.errorString());
            continue;
        }
        // One more byte than a response may have: the workspace then says it is too big.
        const QByteArray bytes = file.read(FeedbackResponseFile::MaxBytes + 1);
        const auto receipt = m_context.workspace.importFeedbackResponse(bytes, name);
        if (!receipt) {
            summary.refused << receipt.error();
            continue;
        }
        summary.lastRound = receipt->roundId;
        if (receipt->outcome == Workspace::FeedbackReceipt::Outcome::Duplicate)
            ++summary.duplicates;
        else
            ++summary.imported;
    }
    m_summary->setIconName(summary.refused.isEmpty() ? QStringLiteral("info") : QStringLiteral("reminder"));
    m_summary->setText(summary.text());
    m_summary->present();
    if (summary.lastRound && (currentView() == View::List || m_view->roundId() != summary.lastRound))
        showRound(summary.lastRound);
    return summary;
}

QString FeedbackPage::importSummaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

QString FeedbackPage::ImportSummary::text() const
{
    QStringList parts;
    parts << QCoreApplication::translate("tandem::ui::FeedbackPage", "%n responses imported.", nullptr, imported);
    if (duplicates > 0)
        parts << QCoreApplication::translate("tandem::ui::FeedbackPage", "%n already imported before, skipped.",
                                             nullptr, duplicates);
    if (!refused.isEmpty()) {
        parts << QCoreApplication::translate("tandem::ui::FeedbackPage",
                                             "%n files refused, nothing stored from them:", nullptr,
                                             static_cast<int>(refused.size()));
        parts << refused;
    }
    return parts.join(QLatin1Char('\n'));
}

bool FeedbackPage::acceptsFiles(const QList<QUrl> &urls)
{
    if (urls.isEmpty())
        return false;
    for (const QUrl &url : urls) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (!url.isLocalFile() || (suffix != QLatin1String("json") && suffix != QLatin1String("txt")))
            return false;
    }
    return true;
}

void FeedbackPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && acceptsFiles(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void FeedbackPage::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls() || !acceptsFiles(event->mimeData()->urls()))
        return;
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace tandem::ui
