#pragma once

#include "feedbackservice.h"
#include "progresstab.h"

#include <QList>

class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tandem::ui {

/// How colleagues' view moves from one feedback round to the next (docs/feedback.md, "Between
/// rounds"): the others' mean of one skill, or of the two indices, per round, beside the user's own
/// score at that round, with a real change between rounds marked as such.
class FeedbackTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit FeedbackTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

    /// -1 for the two indices, otherwise the model's skill index.
    void setSkill(int skillIndex);

protected:
    void build() override;

private:
    /// One round's gap for the score shown (nothing when the round did not ask it).
    struct Point
    {
        QDateTime when;
        QString round; ///< how the table names the round
        std::optional<core::ScoreGap> gap;
    };
    /// The line of one score (a skill, or one index) over the rounds.
    struct Line
    {
        QString name;
        QColor color;
        QList<Point> points;
    };

    QList<Line> lines(const QList<core::FeedbackRoundResults> &rounds) const;
    void plot(const QList<Line> &lines);
    static QList<QStringList> tableRows(const QList<Line> &lines);

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLineSeries *m_others[2] = {};
    QLineSeries *m_self[2] = {};
    QComboBox *m_skill = nullptr;
};

} // namespace tandem::ui
