#pragma once

#include "progresstab.h"

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
    // One bar per group; the two sets only colour the two kinds of group.
    QBarSet *m_byMode = nullptr;
    QBarSet *m_byAdvice = nullptr;
};

} // namespace tandem::ui
