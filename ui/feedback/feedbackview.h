#pragma once

#include "feedback.h"
#include "feedbackservice.h"
#include "goal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

class QCategoryAxis;
class QLineSeries;
class QPolarChart;
class QValueAxis;

namespace tandem::ui {

class Card;
class ChartPanel;
class MessageBanner;
struct PageContext;

/// One feedback round: its actions (save the form, import responses, close, delete), and what
/// the responses say against the user's own check-in: a radar of self and colleagues with its
/// table twin, the blind spots and hidden strengths with a tip and a goal each, and who gave
/// their name. Others' numbers never show below FeedbackLimits::MinRaters responses.
class FeedbackView final : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackView(const PageContext &context, QWidget *parent = nullptr);

    /// Shows a round; false when there is no such round.
    bool showRound(qint64 id);
    qint64 roundId() const { return m_round ? m_round->id : 0; }
    ChartPanel *radarPanel() const { return m_panel; }

    /// Writes the round's form to `path` atomically; the error in words, empty when it was saved.
    QString saveFormTo(const QString &path) const;
    /// "tandem-feedback-2026-12-07.html" for a round started that day.
    static QString defaultFormName(const core::FeedbackRound &round);
    /// Offers to save the form now (after a new round).
    void offerToSaveForm();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void backRequested();
    /// The round shown was removed (by this view, an undo, or elsewhere).
    void roundGone();
    void importRequested();
    /// The user deleted the round here (the page offers Undo).
    void deleted(const QString &title);
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);
    void checkInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    void chooseAndSaveForm();
    void toggleClosed();
    void deleteRound();
    void showResults(const core::FeedbackRoundResults &results);
    void fillRadar(const core::FeedbackRoundResults &results);
    void fillGaps(const core::FeedbackRoundResults &results);
    void colourChart();
    void showNotice(const QString &text, bool warning);

    const PageContext &m_context;
    std::optional<core::FeedbackRound> m_round;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_note = nullptr;
    MessageBanner *m_offer = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_self = nullptr;
    QPushButton *m_checkIn = nullptr;
    QLabel *m_needed = nullptr;
    Card *m_chartCard = nullptr;
    ChartPanel *m_panel = nullptr;
    QPolarChart *m_chart = nullptr;
    QCategoryAxis *m_angle = nullptr;
    QValueAxis *m_radius = nullptr;
    QLineSeries *m_selfSeries = nullptr;
    QLineSeries *m_othersSeries = nullptr;
    Card *m_gapsCard = nullptr;
    QVBoxLayout *m_gapsLayout = nullptr;
    Card *m_ratersCard = nullptr;
    QLabel *m_raters = nullptr;
};

} // namespace tandem::ui
