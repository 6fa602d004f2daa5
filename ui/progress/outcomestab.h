#pragma once

#include "progresstab.h"

#include <QList>

class QBarSet;

namespace tandem::ui {

/// How rated journal situations went: the mean rating by what the user did (led, managed, both)
/// and by whether they followed the advisor.
class OutcomesTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit OutcomesTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

protected:
    void build() override;

private:
    QChart *m_chart = nullptr;
    // One set per group, each holding only its own bar, so that every group has its own colour
    // from the chart colour language (led, managed, both, followed, not followed, no advice).
    QList<QBarSet *> m_groups;
};

} // namespace tandem::ui
