#pragma once

#include "advice.h"
#include "advisor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QSlider;
class QTextBrowser;

namespace tandem::ui {

/// "Lead or manage?": the five bipolar questions as sliders from the leading side (−3) to the
/// managing side (3), and the advisor's answer, updated as the sliders move.
class AdvisorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Standalone: the answer can start a new entry. ForEntry: the answer is kept with an entry.
    enum class Purpose { Standalone, ForEntry };

    AdvisorDialog(const core::SkillModel &model, Purpose purpose, const std::optional<core::Advice> &previous = {},
                  QWidget *parent = nullptr);

    /// The answer for the sliders as they stand.
    core::Advice advice() const;
    QList<int> answers() const;
    void setAnswers(const QList<int> &answers);

    /// The advice as HTML in the palette's colours (also used by the editor's summary).
    static QString html(const core::Advice &advice, const core::SkillModel &model, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    const core::SkillModel &m_model;
    core::Advisor m_advisor;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_valueLabels;
    QTextBrowser *m_result = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace tandem::ui
