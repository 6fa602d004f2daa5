#pragma once

#include "advice.h"
#include "advisor.h"
#include "goal.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QTextBrowser;

namespace tandem::ui {

struct PageContext;

/// "Lead or manage?": the five bipolar questions as sliders from the leading side (−3) to the
/// managing side (3), and the advisor's answer, updated as the sliders move once at least one
/// question is answered (before that it says what it needs). The answer's tips
/// can become goal steps ("Make it a step…", see TipStepMenu), and the entry that keeps the
/// answer can be marked as a decision to look back on.
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
    /// Sets the sliders; each question set counts as answered.
    void setAnswers(const QList<int> &answers);
    /// How many questions were answered (a slider moved, clicked, or set). The advisor answers
    /// once there is at least one; the others count as "neither way".
    int answeredCount() const;

    /// Offers "Make it a step…" after each tip of the answer (off until called).
    void enableTipSteps(const PageContext &context);
    /// Offers the "Make it a step…" menu of a tip (what its link does).
    void offerTip(const QString &tipId);

    /// Whether the entry should record a decision to look back on (the check under the answer).
    bool recordsDecision() const;
    void setRecordsDecision(bool records);

    /// The advice as HTML in the palette's colours (also used by the editor's summary). With
    /// tipLinks each tip ends with a "Make it a step…" link to tip:ID.
    static QString html(const core::Advice &advice, const core::SkillModel &model, const QPalette &palette,
                        bool tipLinks = false);

Q_SIGNALS:
    /// A tip's "Start a Goal With This Step…" (see TipStepMenu::newGoalRequested).
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void markAnswered(qsizetype question);

    const core::SkillModel &m_model;
    core::Advisor m_advisor;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_valueLabels;
    QList<bool> m_answered;
    QTextBrowser *m_result = nullptr;
    QPushButton *m_accept = nullptr;
    QCheckBox *m_recordDecision = nullptr;
    QLabel *m_notice = nullptr;
    const PageContext *m_context = nullptr;  // set by enableTipSteps()
};

} // namespace tandem::ui
