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

QList<QStringList> ActivityTab::tableRows(const QMap<QDate, int> &perDay)
{
    const QDate firstEntry = perDay.firstKey();
    const QDate lastEntry = perDay.lastKey();
    const bool byWeek = firstEntry.daysTo(lastEntry) <= 120;
    const auto periodStart = [byWeek](const QDate &day) {
        return byWeek ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
    };
    QMap<QDate, std::pair<int, int>> periods; // start → entries, days with entries
    for (QDate start = periodStart(firstEntry); start <= lastEntry;
         start = byWeek ? start.addDays(7) : start.addMonths(1))
        periods.insert(start, { 0, 0 });
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        auto &period = periods[periodStart(it.key())];
        period.first += it.value();
        period.second += it.value() > 0 ? 1 : 0;
    }
    QList<QStringList> rows;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const QString name = byWeek ? tr("Week of %1").arg(QLocale().toString(it.key(), QLocale::ShortFormat))
                                    : QLocale().toString(it.key(), QStringLiteral("MMMM yyyy"));
        rows.append({ name, QString::number(it->first), QString::number(it->second) });
    }
    return rows;
}

void ActivityTab::build()
{
    auto result = context().data().journalActivity(range().from, range().to);
    if (!result)
        return showError(result.error());
    const core::JournalActivity &activity = result.value();
    if (activity.total == 0) {
        return panel()->setEmpty(true,
                                 range().isAll()
                                     ? tr("Write your first journal entry to see your journal activity here.")
                                     : tr("No journal entries in this date range."));
    }
    panel()->setEmpty(false);
    // An open range runs from the first entry to today.
    const QDate today = context().clock.now().toLocalTime().date();
    const QDate first = range().from.isValid() ? range().from : activity.perDay.firstKey();
    const QDate last = range().to.isValid() ? range().to : std::max(activity.perDay.lastKey(), today);
    m_heatMap->setData(first, last, activity.perDay, activity.busiestDay);
    // The table sums up by week over a few months, else by month: a row per day would be
    // thousands of rows at ten years. Worked out only when the table is shown.
    fillTableLater({ activity.perDay.firstKey().daysTo(activity.perDay.lastKey()) <= 120 ? tr("Week") : tr("Month"),
                     tr("Entries"), tr("Days with entries") },
                   [perDay = activity.perDay] { return tableRows(perDay); });
    panel()->setCaption(tr("%1 on %Ln days; the more a square stands out from the background, the more entries.",
                           nullptr, static_cast<int>(activity.perDay.size()))
                            .arg(tr("%Ln journal entries", nullptr, activity.total)));
    panel()->setDescription(tr("Calendar heat map of journal entries per day: %n entries, ", nullptr, activity.total)
                            + tr("at most %n on one day.", nullptr, activity.busiestDay));
}

} // namespace tandem::ui
