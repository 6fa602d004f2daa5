#include "chartpanel.h"

#include "privatefile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace tandem::ui {

namespace {
enum Page { ChartPage, TablePage, MessagePage };
}

ChartPanel::ChartPanel(const QString &name, const QString &title, QWidget *chart, Renderer renderer, QWidget *parent)
    : QWidget(parent), m_title(title), m_chart(chart), m_renderer(std::move(renderer))
{
    setObjectName(name);
    m_chart->setObjectName(name + QStringLiteral("Chart"));
    m_chart->setAccessibleName(title);
    m_chart->setFocusPolicy(Qt::TabFocus);

    m_caption = new QLabel(this);
    m_caption->setObjectName(name + QStringLiteral("Caption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tableToggle = new QPushButton(tr("Table View"), this);
    m_tableToggle->setObjectName(name + QStringLiteral("TableToggle"));
    m_tableToggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_tableToggle->setCheckable(true);
    connect(m_tableToggle, &QPushButton::toggled, this, &ChartPanel::updateView);

    m_save = new QPushButton(tr("Save as Image…"), this);
    m_save->setObjectName(name + QStringLiteral("Save"));
    m_save->setAccessibleName(tr("Save %1 as an image").arg(title));
    connect(m_save, &QPushButton::clicked, this, &ChartPanel::chooseFileAndSave);

    m_table = new QTableWidget(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(tr("%1 table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(name + QStringLiteral("Empty"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_message->setFont(big);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);

    m_controls = new QHBoxLayout;
    m_controls->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addLayout(m_controls);
    bar->addStretch(1);
    bar->addWidget(m_tableToggle);
    bar->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    layout->addWidget(m_stack, 1);
    updateView();
}

void ChartPanel::addControl(QWidget *control)
{
    m_controls->addWidget(control);
}

void ChartPanel::setTableFiller(TableFiller filler)
{
    m_tableFiller = std::move(filler);
    if (m_stack->currentIndex() == TablePage)
        (void)table();
}

QTableWidget *ChartPanel::table() const
{
    if (m_tableFiller) {
        // Taken out first: the filler may ask for the table itself.
        const TableFiller filler = std::exchange(m_tableFiller, nullptr);
        filler(*m_table);
    }
    return m_table;
}

void ChartPanel::setEmpty(bool empty, const QString &message)
{
    m_empty = empty;
    m_message->setText(message);
    updateView();
}

void ChartPanel::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void ChartPanel::setDescription(const QString &description)
{
    m_chart->setAccessibleDescription(description);
}

bool ChartPanel::tableShown() const
{
    return m_tableToggle->isChecked();
}

void ChartPanel::setTableShown(bool shown)
{
    m_tableToggle->setChecked(shown);
}

void ChartPanel::updateView()
{
    const int page = m_empty ? MessagePage : m_tableToggle->isChecked() ? TablePage : ChartPage;
    if (page == TablePage)
        (void)table();
    m_stack->setCurrentIndex(page);
    m_tableToggle->setEnabled(!m_empty);
    m_save->setEnabled(!m_empty);
    m_caption->setVisible(!m_empty && !m_caption->text().isEmpty());
}

QImage ChartPanel::image() const
{
    // A fixed size in pixels with a ratio of 1: the same file on any display scaling.
    QImage image(ImageSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer(painter, ImageSize);
    painter.end();
    return image;
}

QString ChartPanel::saveImage(const QString &path) const
{
    // A chart shows the user's own scores: the image is theirs alone, like the data.
    core::PrivateFile file(path);
    if (core::Status opened = file.open(); !opened)
        return opened.error();
    if (!image().save(&file.device(), "PNG")) {
        file.cancel();
        return tr("Could not write the image to %1.").arg(QDir::toNativeSeparators(path));
    }
    if (core::Status committed = file.commit(); !committed)
        return committed.error();
    return {};
}

void ChartPanel::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString suggested = m_title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    suggested.remove(QLatin1Char('('));
    suggested.remove(QLatin1Char(')'));
    QString path = QFileDialog::getSaveFileName(this, tr("Save as Image"),
                                                folder + QLatin1Char('/') + suggested + QStringLiteral(".png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const QString error = saveImage(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save as Image"), error);
}

} // namespace tandem::ui
