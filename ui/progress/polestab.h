#pragma once

#include "progresstab.h"

class QBarCategoryAxis;
class QBarSet;

namespace tandem::ui {

/// The two sides of each contrast, the leading pole and the managing pole, each scored on its own
/// from the latest full assessment.
class PolesTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit PolesTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

protected:
    void build() override;

private:
    QChart *m_chart = nullptr;
    QBarSet *m_lead = nullptr;
    QBarSet *m_manage = nullptr;
    QBarCategoryAxis *m_axis = nullptr;
};

} // namespace tandem::ui
