#pragma once

#include "progresstab.h"

class QAbstractListModel;
class QCategoryAxis;
class QComboBox;
class QLineSeries;
class QPolarChart;
class QValueAxis;

namespace tandem::ui {

/// The skill profile: the latest full assessment on a radar against an earlier one, which the
/// user can pick.
class RadarTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit RadarTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

protected:
    void build() override;

private:
    void loadEarlierChoices();

    QPolarChart *m_chart = nullptr;
    QComboBox *m_earlier = nullptr;
    QAbstractListModel *m_earlierModel = nullptr; // an EarlierModel (radartab.cpp)
    QLineSeries *m_now = nullptr;
    QLineSeries *m_then = nullptr;
    QCategoryAxis *m_angle = nullptr;
    QValueAxis *m_radius = nullptr;
};

} // namespace tandem::ui
