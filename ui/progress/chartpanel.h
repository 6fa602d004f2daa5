#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPainter;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tandem::ui {

/// One chart of the progress page with its table twin: a caption, a "Table view" toggle, "Save as
/// Image…", and a friendly message instead of empty axes when there is nothing to show yet.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Paints the chart into a rectangle of the given logical size, for "Save as Image…".
    using Renderer = std::function<void(QPainter &painter, const QSize &size)>;

    /// The size of a saved image, in pixels, whatever the display scaling.
    static constexpr QSize ImageSize { 1200, 800 };

    /// `name` prefixes the object names of the panel's widgets ("progressRadar" gives
    /// "progressRadarTable", "progressRadarTableToggle", "progressRadarSave"…).
    ChartPanel(const QString &name, const QString &title, QWidget *chart, Renderer renderer, QWidget *parent = nullptr);

    /// Extra controls shown above the chart (a skill or assessment picker).
    void addControl(QWidget *control);

    /// Fills the table twin: `filler` runs when the table is first shown or asked for (table()),
    /// not now, so that building a chart costs no rows nobody reads. It replaces one not run yet.
    using TableFiller = std::function<void(QTableWidget &table)>;
    void setTableFiller(TableFiller filler);
    /// False while a filler waits to run.
    bool tableFilled() const { return !m_tableFiller; }
    /// The table twin, filled first if a filler waits.
    QTableWidget *table() const;
    QWidget *chart() const { return m_chart; }

    /// Shows the chart (or the table), or the message when `empty` is true.
    void setEmpty(bool empty, const QString &message = QString());
    bool isEmpty() const { return m_empty; }
    void setCaption(const QString &caption);
    void setDescription(const QString &description);

    bool tableShown() const;
    void setTableShown(bool shown);

    /// Writes the chart as a PNG of ImageSize; an error text for the user, empty on success.
    QString saveImage(const QString &path) const;
    /// The chart painted at ImageSize with a device pixel ratio of 1.
    QImage image() const;

private:
    void updateView();
    void chooseFileAndSave();

    QString m_title;
    QWidget *m_chart = nullptr;
    Renderer m_renderer;
    QLabel *m_caption = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_tableToggle = nullptr;
    QPushButton *m_save = nullptr;
    QHBoxLayout *m_controls = nullptr;
    bool m_empty = false;
    mutable TableFiller m_tableFiller;
};

} // namespace tandem::ui
