#include "goalview.h"

#include "entrypicker.h"
#include "goaltext.h"
#include "goaltrend.h"

#include "common/format.h"
#include "common/edithistory.h"
#include "common/pagecontext.h"
#include "common/chartcolors.h"
#include "common/theme.h"
#include "progress/chartpanel.h"
#include "progress/progressformat.h"

#include "clock.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace tandem::ui {

using namespace tandem::core;
using ProgressFormat::number;
using ProgressFormat::signedNumber;

namespace {

enum StepColumn { StepText, StepDue, StepDone };

QPointF at(const QDateTime &time, double score)
{
    return {static_cast<qreal>(time.toMSecsSinceEpoch()), score};
}

// Takes the rows out of a layout. A row may hold the button whose click is being handled (Add
// as Step, Unlink), so the rows are let go now and deleted once that click is over.
void clearRows(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->setParent(nullptr);
            row->deleteLater();
        }
        delete item;
    }
}

QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

GoalView::GoalView(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("goalView"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("goalNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    QFrame *changes = GoalText::card(tr("Since you set this goal"), this);
    m_changes = new QLabel(changes);
    m_changes->setObjectName(QStringLiteral("goalChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    changes->layout()->addWidget(m_changes);

    // The chart: the noise band first, so that the lines are drawn over it.
    m_chart = new QChart;
    Format::localize(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QDateTimeAxis;
    m_x->setTickCount(5);
    m_y = new QValueAxis;
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f")); // "%d" shows nothing with localised numbers in Qt 6.4
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_bandUpper = new QLineSeries(m_chart);
    m_bandLower = new QLineSeries(m_chart);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_targetLine = new QLineSeries;
    m_line = new QLineSeries;
    m_startMark = new QScatterSeries;
    for (QAbstractSeries *s : QList<QAbstractSeries *>{m_band, m_targetLine, m_line, m_startMark}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    auto *chartView = new QChartView(m_chart);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(260);
    auto renderer = [chartView](QPainter &painter, const QSize &size) {
        QChart *chart = chartView->chart();
        const QSizeF old = chart->size();
        chart->resize(size);
        chartView->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(chart->pos(), QSizeF(size)));
        chart->resize(old);
    };
    QFrame *trend = GoalText::card(tr("Your score and the target"), this);
    m_panel = new ChartPanel(QStringLiteral("goalTrend"), tr("Score since the goal was set"), chartView, renderer, trend);
    trend->layout()->addWidget(m_panel);

    QFrame *tips = GoalText::card(tr("Tips to try"), this);
    m_tipsBox = new QWidget(tips);
    m_tipsLayout = new QVBoxLayout(m_tipsBox);
    m_tipsLayout->setContentsMargins(0, 0, 0, 0);
    tips->layout()->addWidget(m_tipsBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(buildHeader());
    layout->addWidget(m_notice);
    layout->addWidget(changes);
    layout->addWidget(trend);
    layout->addWidget(buildSteps());
    layout->addWidget(tips);
    layout->addWidget(buildEvidence());
    layout->addStretch(1);

    // The view shows the goal as stored: its own changes, an undo and the CLI's all come back here.
    Workspace &ws = m_context.workspace;
    connect(&ws, &Workspace::goalChanged, this, [this](qint64 id) {
        if (id == goalId())
            reload();
    });
    connect(&ws, &Workspace::goalAdded, this, [this](qint64 id) {
        if (id == goalId())
            reload();
    });
    connect(&ws, &Workspace::goalRemoved, this, [this](qint64 id) {
        if (id == goalId())
            reload();
    });
    for (auto signal : {&Workspace::entryChanged, &Workspace::entryRemoved}) {
        connect(&ws, signal, this, [this](qint64 id) {
            if (m_goal && m_goal->evidence.contains(id))
                reload();
        });
    }
    connect(&ws, &Workspace::assessmentRecorded, this, [this] { if (m_goal) reload(); });
    connect(&ws, &Workspace::assessmentRemoved, this, [this] { if (m_goal) reload(); });
    connect(&ws, &Workspace::imported, this, [this] { if (m_goal) reload(); });
    connect(&ws, &Workspace::storeReplaced, this, [this] { if (m_goal) reload(); });
}

QWidget *GoalView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *back = button(tr("‹ All Goals"), QStringLiteral("goalBack"), tr("Back to all goals"), header);
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &GoalView::backRequested);
    m_title = GoalText::heading(QString(), 1.6, header);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("goalSubtitle"));
    m_subtitle->setWordWrap(true);
    m_why = new QLabel(header);
    m_why->setObjectName(QStringLiteral("goalWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *edit = button(tr("Edit Goal…"), QStringLiteral("goalEdit"), tr("Edit the goal's title, aim and date"), header);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_goal)
            Q_EMIT editRequested(m_goal->id);
    });
    m_pause = button(tr("Pause"), QStringLiteral("goalPause"), tr("Pause the goal"), header);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_goal)
            return;
        if (m_goal->status == GoalStatus::Active)
            setStatus(GoalStatus::Paused, tr("Pause Goal"));
        else
            setStatus(GoalStatus::Active, m_goal->status == GoalStatus::Paused ? tr("Resume Goal") : tr("Reopen Goal"));
    });
    m_complete = button(tr("Complete"), QStringLiteral("goalComplete"), tr("Mark the goal as done"), header);
    connect(m_complete, &QPushButton::clicked, this, [this] { setStatus(GoalStatus::Done, tr("Complete Goal")); });
    m_drop = button(tr("Drop"), QStringLiteral("goalDrop"), tr("Drop the goal"), header);
    connect(m_drop, &QPushButton::clicked, this, [this] { setStatus(GoalStatus::Dropped, tr("Drop Goal")); });
    m_delete = button(tr("Delete…"), QStringLiteral("goalDelete"), tr("Delete the goal"), header);
    connect(m_delete, &QPushButton::clicked, this, &GoalView::confirmDelete);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(edit);
    actions->addWidget(m_pause);
    actions->addWidget(m_complete);
    actions->addWidget(m_drop);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_why);
    layout->addLayout(actions);
    return header;
}

QWidget *GoalView::buildSteps()
{
    QFrame *card = GoalText::card(tr("Steps"), this);
    m_stepsSummary = new QLabel(card);
    m_stepsSummary->setObjectName(QStringLiteral("goalStepsSummary"));
    m_stepsSummary->setWordWrap(true);

    m_steps = new QTreeWidget(card);
    m_steps->setObjectName(QStringLiteral("goalSteps"));
    m_steps->setAccessibleName(tr("Steps; tick one when it is done, double-click to change its words"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Step"), tr("Due"), tr("Done on")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepText, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StepDue, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StepDone, QHeaderView::ResizeToContents);
    m_steps->setWordWrap(true);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_steps, &QTreeWidget::itemChanged, this, &GoalView::stepItemChanged);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &GoalView::selectedStepChanged);

    // The selected step: its date, its place, and removing it.
    m_stepHasDue = new QCheckBox(tr("Due on:"), card);
    m_stepHasDue->setObjectName(QStringLiteral("goalStepHasDue"));
    m_stepHasDue->setAccessibleName(tr("The selected step has a due date"));
    m_stepDue = new QDateEdit(card);
    m_stepDue->setObjectName(QStringLiteral("goalStepDue"));
    m_stepDue->setAccessibleName(tr("Due date of the selected step"));
    m_stepDue->setCalendarPopup(true);
    connect(m_stepHasDue, &QCheckBox::toggled, this, [this] { stepDueChanged(); });
    connect(m_stepDue, &QDateEdit::editingFinished, this, [this] { stepDueChanged(); });
    m_stepUp = button(tr("Move Up"), QStringLiteral("goalStepUp"), tr("Move the selected step up"), card);
    m_stepDown = button(tr("Move Down"), QStringLiteral("goalStepDown"), tr("Move the selected step down"), card);
    m_stepRemove = button(tr("Remove Step"), QStringLiteral("goalStepRemove"), tr("Remove the selected step"), card);
    connect(m_stepUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_stepDown, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_stepRemove, &QPushButton::clicked, this, &GoalView::removeStep);
    auto *selected = new QHBoxLayout;
    selected->addWidget(m_stepHasDue);
    selected->addWidget(m_stepDue);
    selected->addStretch(1);
    selected->addWidget(m_stepUp);
    selected->addWidget(m_stepDown);
    selected->addWidget(m_stepRemove);

    m_newStep = new QLineEdit(card);
    m_newStep->setObjectName(QStringLiteral("goalNewStep"));
    m_newStep->setAccessibleName(tr("New step"));
    m_newStep->setPlaceholderText(tr("A next step: something you can do this week"));
    m_newStepHasDue = new QCheckBox(tr("Due:"), card);
    m_newStepHasDue->setObjectName(QStringLiteral("goalNewStepHasDue"));
    m_newStepHasDue->setAccessibleName(tr("The new step has a due date"));
    m_newStepDue = new QDateEdit(card);
    m_newStepDue->setObjectName(QStringLiteral("goalNewStepDue"));
    m_newStepDue->setAccessibleName(tr("Due date of the new step"));
    m_newStepDue->setCalendarPopup(true);
    m_newStepDue->setDate(m_context.clock.now().toLocalTime().date().addDays(7));
    m_newStepDue->setEnabled(false);
    connect(m_newStepHasDue, &QCheckBox::toggled, m_newStepDue, &QWidget::setEnabled);
    auto *add = button(tr("Add Step"), QStringLiteral("goalAddStep"), tr("Add the new step"), card);
    auto addTyped = [this] {
        if (m_newStep->text().trimmed().isEmpty()) {
            showNotice(tr("Write the step first: what will you do?"));
            m_newStep->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (addStep(m_newStep->text().trimmed(), QString(), m_newStepHasDue->isChecked() ? m_newStepDue->date() : QDate())) {
            m_newStep->clear();
            m_newStepHasDue->setChecked(false);
        }
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_newStep, &QLineEdit::returnPressed, this, addTyped);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newStep, 1);
    adding->addWidget(m_newStepHasDue);
    adding->addWidget(m_newStepDue);
    adding->addWidget(add);

    auto *box = static_cast<QVBoxLayout *>(card->layout());
    box->addWidget(m_stepsSummary);
    box->addWidget(m_steps);
    box->addLayout(selected);
    box->addLayout(adding);
    return card;
}

QWidget *GoalView::buildEvidence()
{
    QFrame *card = GoalText::card(tr("Evidence from your journal"), this);
    m_evidenceEmpty = new QLabel(tr("No entries linked yet. When you write about a situation where you worked on "
                                    "this goal, link the entry here: over time it shows what you did, not only "
                                    "what you scored."),
                                 card);
    m_evidenceEmpty->setObjectName(QStringLiteral("goalEvidenceEmpty"));
    m_evidenceEmpty->setWordWrap(true);
    m_evidenceBox = new QWidget(card);
    m_evidenceBox->setObjectName(QStringLiteral("goalEvidence"));
    m_evidenceLayout = new QVBoxLayout(m_evidenceBox);
    m_evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_evidenceLayout->setSpacing(4);
    auto *link = button(tr("Link Entry…"), QStringLiteral("goalLinkEntry"), tr("Link a journal entry as evidence"), card);
    connect(link, &QPushButton::clicked, this, &GoalView::openLinkPicker);
    auto *box = static_cast<QVBoxLayout *>(card->layout());
    box->addWidget(m_evidenceEmpty);
    box->addWidget(m_evidenceBox);
    box->addWidget(link, 0, Qt::AlignLeft);
    return card;
}

bool GoalView::showGoal(qint64 id)
{
    const auto goal = m_context.workspace.goals().get(id);
    if (!goal) {
        m_goal.reset();
        return false;
    }
    m_goal = goal.value();
    m_notice->setVisible(false);
    m_newStep->clear();
    auto trend = GoalTrend::read(m_context.workspace, m_goal.value());
    m_trendError = trend ? QString() : trend.error();
    m_trend = trend ? std::optional<GoalTrend>(std::move(trend).value()) : std::nullopt;
    fillHeader();
    fillChanges();
    fillSteps();
    fillTips();
    fillEvidence();
    fillChart();
    return true;
}

void GoalView::reload()
{
    if (!m_goal)
        return;
    // By uuid: an undone delete puts the goal back, perhaps under another row id.
    const auto id = m_context.workspace.goals().idFor(m_goal->uuid);
    if (!id || !id.value()) {
        m_goal.reset();
        Q_EMIT goalGone();
        return;
    }
    const QString notice = m_notice->isVisible() ? m_notice->text() : QString();
    showGoal(*id.value());
    if (!notice.isEmpty())
        showNotice(notice);
}

void GoalView::fillHeader()
{
    const Goal &goal = *m_goal;
    m_title->setText(goal.title);
    QStringList parts{tr("Grows %1").arg(GoalText::targetLabel(goal.targetKind, goal.targetId, m_context.model)),
                      GoalText::statusName(goal.status)};
    parts << tr("set on %1").arg(GoalText::shortDate(goal.createdAt.toLocalTime().date()));
    if (goal.dueOn.isValid())
        parts << tr("by %1").arg(GoalText::shortDate(goal.dueOn));
    if (goal.targetScore)
        parts << tr("aiming for %1").arg(*goal.targetScore);
    if (goal.closedAt.isValid())
        parts << (goal.status == GoalStatus::Done ? tr("completed on %1") : tr("dropped on %1"))
                         .arg(GoalText::shortDate(goal.closedAt.toLocalTime().date()));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_why->setText(goal.why);
    m_why->setVisible(!goal.why.isEmpty());
    const bool open = goal.status == GoalStatus::Active || goal.status == GoalStatus::Paused;
    m_pause->setText(goal.status == GoalStatus::Active ? tr("Pause") : goal.status == GoalStatus::Paused ? tr("Resume") : tr("Reopen"));
    m_pause->setAccessibleName(goal.status == GoalStatus::Active   ? tr("Pause the goal")
                               : goal.status == GoalStatus::Paused ? tr("Resume the goal")
                                                                   : tr("Reopen the goal"));
    m_complete->setVisible(open);
    m_drop->setVisible(open);
}

void GoalView::fillChanges()
{
    const Goal &goal = *m_goal;
    const QPalette pal = palette();
    QStringList lines;
    const QString name = goalTargetName(goal, m_context.model).toHtmlEscaped();
    if (!m_trend) {
        lines << tr("Your scores could not be read: %1").arg(m_trendError.toHtmlEscaped());
    } else if (!m_trend->start) {
        lines << tr("No full assessment scores %1 yet. Take one to see where you start; the next ones show how it "
                    "moves.")
                         .arg(name);
    } else {
        const GoalTrend &t = *m_trend;
        lines << tr("When you set the goal, your %1 score was <b>%2</b> (assessment of %3).")
                         .arg(name, number(t.start->score), ProgressFormat::day(t.start->time));
        if (t.change) {
            const QColor colour = !t.change->meaningful ? pal.color(QPalette::WindowText)
                                  : t.change->delta > 0 ? Theme::goodColor(pal)
                                                        : Theme::badColor(pal);
            lines << tr("Now it is <b>%1</b> (%2): <span style=\"color: %3;\"><b>%4</b></span>, %5.")
                             .arg(number(t.latest->score), ProgressFormat::day(t.latest->time), colour.name(),
                                  signedNumber(t.change->delta),
                                  t.change->meaningful
                                          ? tr("a real change")
                                          : tr("within the noise of the answers (a real change is more than %1 points)")
                                                    .arg(number(t.mdc95)));
        } else {
            lines << tr("Your next full assessment will show how it moves.");
        }
        if (goal.targetScore) {
            const double toGo = *goal.targetScore - t.latest->score;
            lines << (toGo <= 0 ? tr("You have reached your target of %1.").arg(*goal.targetScore)
                                : tr("%1 points to go to your target of %2.").arg(number(toGo)).arg(*goal.targetScore));
        }
    }
    lines << (goal.steps.isEmpty() ? tr("No steps yet.")
                                   : tr("%1 of %n steps done.", nullptr, static_cast<int>(goal.steps.size())).arg(goal.stepsDone()));
    lines << (goal.evidence.isEmpty() ? tr("No journal entries linked.")
              : goal.evidence.size() == 1
                      ? tr("1 journal entry linked.")
                      : tr("%1 journal entries linked.").arg(goal.evidence.size()));
    m_changes->setText(QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>"));
    m_changes->setAccessibleName(m_changes->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

void GoalView::fillChart()
{
    const Goal &goal = *m_goal;
    const QPalette pal = palette();
    m_chart->setTheme(Theme::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(Theme::mix(base, text, 0.18));
        axis->setLinePenColor(Theme::mix(base, text, 0.4));
    }

    if (!m_trend) {
        m_panel->setEmpty(true, tr("The chart could not be built: %1").arg(m_trendError));
        return;
    }
    const GoalTrend &trend = *m_trend;
    const QString name = goalTargetName(goal, m_context.model);
    if (trend.points.isEmpty()) {
        m_panel->setEmpty(true, tr("Take a full assessment to see your %1 score here, against your target.").arg(name));
        return;
    }
    m_panel->setEmpty(false);
    const Role role = goal.targetKind == GoalTarget::ManagePole ? Role::Manage
                      : goal.targetKind == GoalTarget::LeadPole ? Role::Lead
                      : m_context.model.skill(goal.targetId) ? m_context.model.skill(goal.targetId)->role
                                                              : Role::Lead;
    const QColor accent = Theme::roleColor(role, pal);

    QList<QPointF> points;
    for (const GoalTrend::Point &p : trend.points)
        points.append(at(p.time, p.score));
    m_line->replace(points);
    m_line->setName(tr("%1 score").arg(name));
    m_line->setPen(QPen(accent, 2.5));
    m_line->setPointsVisible(true);

    // The x range: from the first point to the later of now (or the goal's end) and its due date.
    QDateTime start = trend.points.first().time;
    QDateTime end = goal.closedAt.isValid() ? goal.closedAt : m_context.clock.now();
    if (goal.dueOn.isValid() && goal.dueOn.startOfDay() > end && !goal.closedAt.isValid())
        end = goal.dueOn.startOfDay();
    if (trend.points.last().time > end)
        end = trend.points.last().time;
    // A little room at both ends, so that the first and last points are not cut by the axes.
    const qint64 pad = std::max<qint64>(3, start.daysTo(end) / 30);
    start = start.addDays(-pad);
    end = end.addDays(pad);
    m_x->setRange(start, end);
    m_x->setFormat(start.daysTo(end) > 120 ? QStringLiteral("MMM yyyy") : Format::dayMonthFormat());

    const double first = trend.start->score;
    const double low = std::clamp(first - trend.mdc95, 0.0, 100.0);
    const double high = std::clamp(first + trend.mdc95, 0.0, 100.0);
    m_bandUpper->replace({at(start, high), at(end, high)});
    m_bandLower->replace({at(start, low), at(end, low)});
    m_band->setBrush(ChartColors::bandFill(accent, pal));
    m_band->setPen(ChartColors::bandEdge(accent, pal));
    m_band->setName(tr("Noise band ±%1").arg(number(trend.mdc95)));

    m_startMark->replace({at(trend.start->time, first)});
    m_startMark->setName(tr("Your score when you set the goal"));
    m_startMark->setColor(accent);
    m_startMark->setBorderColor(text);
    m_startMark->setMarkerSize(12);

    m_targetLine->setVisible(goal.targetScore.has_value());
    if (goal.targetScore) {
        m_targetLine->replace({at(start, *goal.targetScore), at(end, *goal.targetScore)});
        m_targetLine->setName(tr("Target %1").arg(*goal.targetScore));
        m_targetLine->setPen(ChartColors::targetPen(pal, 2));
    }

    QTableWidget *table = m_panel->table();
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Assessment"), tr("Score"), tr("Against the start")});
    table->setRowCount(static_cast<int>(trend.points.size()));
    for (int r = 0; r < trend.points.size(); ++r) {
        const GoalTrend::Point &p = trend.points.at(r);
        const Change c = compareScores(first, p.score, GoalTrend::ruleFor(goal.targetKind));
        const QString verdict = r == 0 ? tr("start")
                                       : tr("%1, %2").arg(signedNumber(c.delta), c.meaningful ? tr("a real change")
                                                                                               : tr("within noise"));
        const QStringList cells{ProgressFormat::day(p.time), number(p.score), verdict};
        for (int c2 = 0; c2 < cells.size(); ++c2)
            table->setItem(r, c2, new QTableWidgetItem(cells.at(c2)));
    }
    m_panel->setCaption(tr("The shaded band is ±%1 points around where you started: a point outside it is a real "
                           "change, not noise.%2")
                                .arg(number(trend.mdc95))
                                .arg(goal.targetScore ? QLatin1Char(' ') + tr("The dashed line is your target.")
                                                      : QString()));
    m_panel->setDescription(tr("Line chart of your %1 score in %2 full assessments since the goal was set, from %3 to %4%5.")
                                    .arg(name)
                                    .arg(trend.points.size())
                                    .arg(number(first), number(trend.latest->score))
                                    .arg(goal.targetScore ? tr(", against a target of %1").arg(*goal.targetScore)
                                                          : QString()));
}

void GoalView::fillSteps()
{
    const Goal &goal = *m_goal;
    m_filling = true;
    const int current = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    // The rows are updated in place, not made anew: a tick or an edit of a row is saved from
    // within the tree's own signal for that row, and the row must outlive it.
    while (m_steps->topLevelItemCount() > goal.steps.size())
        delete m_steps->takeTopLevelItem(m_steps->topLevelItemCount() - 1);
    while (m_steps->topLevelItemCount() < goal.steps.size())
        new QTreeWidgetItem(m_steps);
    for (int row = 0; row < goal.steps.size(); ++row) {
        const GoalStep &step = goal.steps.at(row);
        QTreeWidgetItem *item = m_steps->topLevelItem(row);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setText(StepText, step.text);
        item->setCheckState(StepText, step.doneAt.isValid() ? Qt::Checked : Qt::Unchecked);
        item->setText(StepDue, step.dueOn.isValid() ? GoalText::shortDate(step.dueOn) : QString());
        item->setText(StepDone, step.doneAt.isValid() ? GoalText::shortDate(step.doneAt.toLocalTime().date()) : QString());
        const bool late = !step.doneAt.isValid() && step.dueOn.isValid()
                          && step.dueOn < m_context.clock.now().toLocalTime().date();
        item->setForeground(StepDue, late ? QBrush(Theme::warningColor(palette())) : QBrush());
        item->setData(StepText, Qt::AccessibleTextRole,
                      tr("%1, %2%3").arg(step.text, step.doneAt.isValid() ? tr("done") : tr("not done yet"),
                                         step.dueOn.isValid() ? tr(", due %1").arg(GoalText::shortDate(step.dueOn))
                                                              : QString()));
    }
    if (current >= 0 && current < m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(current));
    m_filling = false;
    m_stepsSummary->setText(goal.steps.isEmpty()
                                    ? tr("No steps yet. Break the goal into small things you can do, or take one of "
                                         "the tips below.")
                                    : tr("%1 of %2 done. Tick a step when you have done it.")
                                              .arg(goal.stepsDone())
                                              .arg(goal.steps.size()));
    m_steps->setVisible(!goal.steps.isEmpty());
    // As tall as its rows (the page scrolls, not the list), with room for one more.
    int height = m_steps->header()->sizeHint().height() + 2 * m_steps->frameWidth() + 8;
    for (int row = 0; row < m_steps->topLevelItemCount(); ++row)
        height += m_steps->sizeHintForRow(row);
    m_steps->setFixedHeight(std::max(height, 60));
    selectedStepChanged();
}

void GoalView::fillTips()
{
    clearRows(m_tipsLayout);
    const QList<Tip> tips = GoalText::tipsFor(m_goal->targetKind, m_goal->targetId, m_context.model);
    for (const Tip &tip : tips) {
        auto *row = new QWidget(m_tipsBox);
        auto *label = new QLabel(tip.text, row);
        label->setWordWrap(true);
        const bool taken = std::any_of(m_goal->steps.cbegin(), m_goal->steps.cend(),
                                       [&](const GoalStep &s) { return s.tipId == tip.id; });
        auto *add = button(taken ? tr("Added") : tr("Add as Step"), QStringLiteral("goalTipAdd-") + tip.id,
                           taken ? tr("Already a step: %1").arg(tip.text) : tr("Add as a step: %1").arg(tip.text), row);
        add->setEnabled(!taken);
        connect(add, &QPushButton::clicked, this, [this, tip] { addStep(tip.text, tip.id); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label, 1);
        layout->addWidget(add, 0, Qt::AlignTop);
        m_tipsLayout->addWidget(row);
    }
    if (tips.isEmpty()) {
        auto *none = new QLabel(tr("The skill model has no tips for this."), m_tipsBox);
        m_tipsLayout->addWidget(none);
    }
}

void GoalView::fillEvidence()
{
    clearRows(m_evidenceLayout);
    for (const qint64 entryId : std::as_const(m_goal->evidence)) {
        const auto entry = m_context.workspace.journal().get(entryId);
        if (!entry)
            continue;
        const QString title = entry.value().title.trimmed().isEmpty() ? tr("(untitled)") : entry.value().title.trimmed();
        const QString date = GoalText::shortDate(entry.value().occurredAt.toLocalTime().date());
        auto *row = new QWidget(m_evidenceBox);
        auto *open = button(date + QStringLiteral("  —  ") + title, QStringLiteral("goalEvidenceOpen-%1").arg(entryId),
                            tr("Open the entry %1 of %2 in the journal").arg(title, date), row);
        open->setFlat(true);
        open->setCursor(Qt::PointingHandCursor);
        open->setStyleSheet(QStringLiteral("text-align: left;"));
        connect(open, &QPushButton::clicked, this, [this, entryId] { Q_EMIT entryRequested(entryId); });
        auto *unlinkButton = button(tr("Unlink"), QStringLiteral("goalEvidenceUnlink-%1").arg(entryId),
                                    tr("Unlink the entry %1 from the goal").arg(title), row);
        connect(unlinkButton, &QPushButton::clicked, this, [this, entryId] { unlink(entryId); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(open, 1);
        layout->addWidget(unlinkButton);
        m_evidenceLayout->addWidget(row);
    }
    m_evidenceEmpty->setVisible(m_goal->evidence.isEmpty());
}

bool GoalView::change(const Goal &after, const QString &text)
{
    Goal changed = after;
    changed.updatedAt = m_context.clock.now();
    if (const auto problem = checkGoal(changed, m_context.model)) {
        showNotice(problem->field == GoalProblem::Field::Step
                           ? tr("Step %1 cannot be saved: %2").arg(problem->step + 1).arg(problem->message)
                           : problem->message);
        fillSteps();
        return false;
    }
    const Status saved = m_context.history.changeGoal(changed, text);
    if (!saved) {
        showNotice(tr("The change could not be saved: %1").arg(saved.error()));
        fillSteps();
        return false;
    }
    m_notice->setVisible(false);
    // The workspace's goalChanged has shown the goal as stored.
    return true;
}

std::optional<Goal> GoalView::current()
{
    if (!m_goal)
        return std::nullopt;
    auto stored = m_context.workspace.goals().get(m_goal->id);
    if (!stored) {
        showNotice(tr("The goal could not be read: %1").arg(stored.error()));
        return std::nullopt;
    }
    return std::move(stored).value();
}

std::optional<std::pair<Goal, int>> GoalView::currentWithStep(int row)
{
    if (!m_goal || row < 0 || row >= m_goal->steps.size())
        return std::nullopt;
    auto goal = current();
    if (!goal)
        return std::nullopt;
    const QUuid uuid = m_goal->steps.at(row).uuid;
    for (int i = 0; i < goal->steps.size(); ++i) {
        if (goal->steps.at(i).uuid == uuid)
            return std::make_pair(std::move(*goal), i);
    }
    showNotice(tr("That step was removed elsewhere (by tandem-cli, say); the goal is shown as it is now."));
    m_goal = std::move(goal);
    fillSteps();
    return std::nullopt;
}

bool GoalView::addStep(const QString &text, const QString &tipId, const QDate &dueOn)
{
    auto current = this->current();
    if (!current)
        return false;
    Goal after = std::move(*current);
    GoalStep step;
    step.text = text;
    step.tipId = tipId;
    step.dueOn = dueOn;
    after.steps.append(step);
    return change(after, tr("Add Step"));
}

void GoalView::setStatus(GoalStatus status, const QString &text)
{
    if (!m_goal || m_goal->status == status)
        return;
    auto current = this->current();
    if (!current)
        return;
    Goal after = std::move(*current);
    after.status = status;
    change(after, text);
}

void GoalView::confirmDelete()
{
    if (!m_goal)
        return;
    const qint64 id = m_goal->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Goal"), tr("Delete “%1”?").arg(m_goal->title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("goalDeleteConfirm"));
    box->setInformativeText(tr("Its steps go with it; the journal entries stay. Edit ▸ Undo brings it back."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("goalDeleteConfirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() != yes || goalId() != id)
            return;
        const auto removed = m_context.history.deleteGoal(id);
        if (!removed)
            showNotice(tr("The goal could not be deleted: %1").arg(removed.error()));
    });
    box->open();
}

void GoalView::stepItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || !m_goal || column != StepText)
        return;
    auto current = currentWithStep(m_steps->indexOfTopLevelItem(item));
    if (!current)
        return;
    Goal after = std::move(current->first);
    GoalStep &step = after.steps[current->second];
    const bool ticked = item->checkState(StepText) == Qt::Checked;
    if (ticked != step.doneAt.isValid()) {
        step.doneAt = ticked ? m_context.clock.now() : QDateTime();
        change(after, ticked ? tr("Tick Step") : tr("Untick Step"));
        return;
    }
    const QString text = item->text(StepText).trimmed();
    if (text != step.text) {
        step.text = text;
        change(after, tr("Edit Step"));
    }
}

void GoalView::selectedStepChanged()
{
    const int row = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    const bool any = m_goal && row >= 0 && row < m_goal->steps.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_stepHasDue, m_stepUp, m_stepDown, m_stepRemove})
        w->setEnabled(any);
    m_stepUp->setEnabled(any && row > 0);
    m_stepDown->setEnabled(any && row + 1 < m_goal->steps.size());
    const QSignalBlocker a(m_stepHasDue);
    const QSignalBlocker b(m_stepDue);
    const QDate due = any ? m_goal->steps.at(row).dueOn : QDate();
    m_stepHasDue->setChecked(due.isValid());
    m_stepDue->setDate(due.isValid() ? due : m_context.clock.now().toLocalTime().date().addDays(7));
    m_stepDue->setEnabled(any && due.isValid());
}

void GoalView::stepDueChanged()
{
    const int row = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    if (!m_goal || row < 0 || row >= m_goal->steps.size())
        return;
    m_stepDue->setEnabled(m_stepHasDue->isChecked());
    auto current = currentWithStep(row);
    if (!current)
        return;
    Goal after = std::move(current->first);
    const QDate due = m_stepHasDue->isChecked() ? m_stepDue->date() : QDate();
    if (after.steps[current->second].dueOn == due)
        return;
    after.steps[current->second].dueOn = due;
    change(after, tr("Edit Step"));
}

void GoalView::moveStep(int by)
{
    const int row = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    if (!m_goal || row < 0 || row + by < 0 || row + by >= m_goal->steps.size())
        return;
    auto current = currentWithStep(row);
    if (!current)
        return;
    Goal after = std::move(current->first);
    const int at = current->second;
    if (at + by < 0 || at + by >= after.steps.size())
        return;
    after.steps.move(at, at + by);
    if (change(after, tr("Move Step")) && m_steps->topLevelItem(row + by))
        m_steps->setCurrentItem(m_steps->topLevelItem(row + by));
}

void GoalView::removeStep()
{
    const int row = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : -1;
    if (!m_goal || row < 0 || row >= m_goal->steps.size())
        return;
    auto current = currentWithStep(row);
    if (!current)
        return;
    Goal after = std::move(current->first);
    after.steps.removeAt(current->second);
    change(after, tr("Remove Step"));
}

void GoalView::openLinkPicker()
{
    if (!m_goal)
        return;
    auto *picker = new EntryPicker(m_context.workspace, m_goal->evidence, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 goal = m_goal->id;
    connect(picker, &EntryPicker::entryChosen, this, [this, goal](qint64 entryId) {
        if (const Status linked = m_context.history.linkEvidence(goal, entryId, true); !linked)
            showNotice(tr("The entry could not be linked: %1").arg(linked.error()));
    });
    picker->open();
}

void GoalView::unlink(qint64 entryId)
{
    if (!m_goal)
        return;
    if (const Status unlinked = m_context.history.linkEvidence(m_goal->id, entryId, false); !unlinked)
        showNotice(tr("The entry could not be unlinked: %1").arg(unlinked.error()));
}

void GoalView::showNotice(const QString &text)
{
    QPalette p = m_notice->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_notice->setPalette(p);
    m_notice->setText(text);
    m_notice->setVisible(true);
}

void GoalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_goal) {
        fillChanges();
        fillChart();
        fillSteps();
    }
    QWidget::changeEvent(event);
}

} // namespace tandem::ui
