#include "activitytab.h"

#include "activityheatmap.h"

#include "clock.h"
#include "progressdata.h"

#include <QLocale>
#include <QPainter>

namespace tandem::ui {

ActivityTab::ActivityTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Journal Activity"), parent)
{
    m_heatMap = new ActivityHeatMap;
    setChartWidget(QStringLiteral("progressActivity"), m_heatMap, [this](QPainter &painter, const QSize &size) {
        painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
        QFont font = painter.font();
        font.setPixelSize(16);
        painter.setFont(font);
        m_heatMap->paintMap(painter, QRect(QPoint(0, 0), size).adjusted(24, 24, -24, -24));
    });
}

void ActivityTab::build()
{
    auto result = context().data().journalActivity(range().from, range().to);
    if (!result)
        return showError(result.error());
    const core::JournalActivity &activity = result.value();
    if (activity.total == 0) {
        return panel()->setEmpty(true, range().isAll()
                                               ? tr("Write your first journal entry to see your journal activity here.")
                                               : tr("No journal entries in this date range."));
    }
    panel()->setEmpty(false);
    // An open range runs from the first entry to today.
    const QDate today = context().clock.now().toLocalTime().date();
    const QDate first = range().from.isValid() ? range().from : activity.perDay.firstKey();
    const QDate last = range().to.isValid() ? range().to : std::max(activity.perDay.lastKey(), today);
    m_heatMap->setData(first, last, activity.perDay, activity.busiestDay);
    QList<QStringList> rows;
    for (auto it = activity.perDay.cbegin(); it != activity.perDay.cend(); ++it)
        rows.append({QLocale().toString(it.key(), QLocale::ShortFormat), QString::number(it.value())});
    fillTable({tr("Day"), tr("Entries")}, rows);
    panel()->setCaption(
            tr("%n journal entries on %1 days; the darker a day, the more entries.", nullptr, activity.total)
                    .arg(activity.perDay.size()));
    panel()->setDescription(tr("Calendar heat map of journal entries per day: %n entries, ", nullptr, activity.total)
                            + tr("at most %n on one day.", nullptr, activity.busiestDay));
}

} // namespace tandem::ui
