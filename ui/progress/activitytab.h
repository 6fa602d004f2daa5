#pragma once

#include "progresstab.h"

#include <QDate>
#include <QMap>

namespace tandem::ui {

class ActivityHeatMap;

/// Journal entries per day over the range, as a calendar heat map.
class ActivityTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit ActivityTab(const ProgressContext &context, QWidget *parent = nullptr);

protected:
    void build() override;

private:
    /// The table twin's rows: entries and days with entries by week over a few months, else by month.
    static QList<QStringList> tableRows(const QMap<QDate, int> &perDay);

    ActivityHeatMap *m_heatMap = nullptr;
};

} // namespace tandem::ui
