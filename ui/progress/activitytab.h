#pragma once

#include "progresstab.h"

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
    ActivityHeatMap *m_heatMap = nullptr;
};

} // namespace tandem::ui
