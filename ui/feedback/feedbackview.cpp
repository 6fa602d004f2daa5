#include "feedbackview.h"

#include "clock.h"
#include "common/card.h"
#include "common/chartcolors.h"
#include "common/design.h"
#include "common/edithistory.h"
#include "common/format.h"
#include "common/messagebanner.h"
#include "common/pagecontext.h"
#include "common/theme.h"
#include "feedbackform.h"
#include "feedbackrepository.h"
#include "feedbacktext.h"
#include "goals/goaltext.h"
#include "progress/chartpanel.h"
#include "progress/progressformat.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

namespace tandem::ui {

using namespace tandem::core;
using ProgressFormat::number;
using ProgressFormat::signedNumber;

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), Format::mediumDateFormat());
}

// Long names on two lines, so that the circle keeps its room on narrow windows.
QString axisLabel(const QString &name)
{
    if (name.size() <= 16)
        return name.toHtmlEscaped();
    const auto middle = name.size() / 2;
    auto cut = name.lastIndexOf(QLatin1Char(' '), middle);
    const auto after = name.indexOf(QLatin1Char(' '), middle);
    if (cut < 0 || (after >= 0 && after - middle < middle - cut))
        cut = after;
    if (cut <= 0)
        return name.toHtmlEscaped();
    return name.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut + 1).toHtmlEscaped();
}

} // namespace

FeedbackView::FeedbackView(const PageContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("feedbackView"));

    m_offer = new MessageBanner(this);
    m_offer->setObjectName(QStringLiteral("feedbackSaveOffer"));
    m_offer->setAccessibleName(tr("Save the form"));
    m_offer->setText(tr("Your round is ready. Save its form now and send it to the colleagues you ask."));
    QPushButton *offerSave = m_offer->addButton(tr("Save Form…"));
    offerSave->setObjectName(QStringLiteral("feedbackSaveOfferSave"));
    offerSave->setAccessibleName(tr("Save the form now"));
    connect(offerSave, &QPushButton::clicked, this, &FeedbackView::chooseAndSaveForm);
    m_offer->closeButton()->setObjectName(QStringLiteral("feedbackSaveOfferClose"));
    m_offer->closeButton()->setAccessibleName(tr("Not now"));
    m_offer->closeButton()->setToolTip(tr("Not now"));
    connect(m_offer, &MessageBanner::closeRequested, m_offer, &QWidget::hide);
    m_offer->setVisible(false);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("feedbackViewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    // Which assessment is "self", or the offer to take one.
    auto *selfRow = new QWidget(this);
    auto *selfLayout = new QHBoxLayout(selfRow);
    selfLayout->setContentsMargins(0, 0, 0, 0);
    m_self = new QLabel(selfRow);
    m_self->setObjectName(QStringLiteral("feedbackSelf"));
    m_self->setWordWrap(true);
    m_checkIn
        = button(tr("Take a Full Check-in"), QStringLiteral("feedbackCheckIn"), tr("Take a full check-in"), selfRow);
    connect(m_checkIn, &QPushButton::clicked, this, &FeedbackView::checkInRequested);
    selfLayout->addWidget(m_self, 1);
    selfLayout->addWidget(m_checkIn, 0, Qt::AlignTop);

    m_needed = new QLabel(this);
    m_needed->setObjectName(QStringLiteral("feedbackNeeded"));
    m_needed->setWordWrap(true);

    // The radar: the user's own view and the colleagues', per skill, 0 at the centre.
    m_chart = new QPolarChart;
    Format::localize(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_selfSeries = new QLineSeries;
    m_othersSeries = new QLineSeries;
    // Colleagues first, solid; the user's own dashed, as on Progress → Colleagues.
    m_chart->addSeries(m_othersSeries);
    m_chart->addSeries(m_selfSeries);
    m_angle = new QCategoryAxis;
    m_angle->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radius = new QValueAxis;
    m_radius->setRange(0, 100);
    m_radius->setTickCount(5);
    m_radius->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_angle, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radius, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : { m_selfSeries, m_othersSeries }) {
        s->attachAxis(m_angle);
        s->attachAxis(m_radius);
    }
    auto *chartView = new QChartView(m_chart);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(380);
    auto renderer = [chartView](QPainter &painter, const QSize &size) {
        QChart *chart = chartView->chart();
        const QSizeF old = chart->size();
        chart->resize(size);
        chartView->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(chart->pos(), QSizeF(size)));
        chart->resize(old);
    };
    m_chartCard = new Card(tr("You and your colleagues"), this);
    m_panel = new ChartPanel(QStringLiteral("feedbackRadar"), tr("You and your colleagues"), chartView, renderer,
                             m_chartCard);
    m_chartCard->contentLayout()->addWidget(m_panel);

    m_gapsCard = new Card(tr("Where others see you differently"), this);
    m_gapsCard->setObjectName(QStringLiteral("feedbackGaps"));
    auto *gapsBox = new QWidget(m_gapsCard);
    m_gapsLayout = new QVBoxLayout(gapsBox);
    m_gapsLayout->setContentsMargins(0, 0, 0, 0);
    m_gapsLayout->setSpacing(Design::SpaceM);
    m_gapsCard->contentLayout()->addWidget(gapsBox);

    m_ratersCard = new Card(tr("Who answered"), this);
    m_raters = new QLabel(m_ratersCard);
    m_raters->setObjectName(QStringLiteral("feedbackRaters"));
    m_raters->setWordWrap(true);
    m_raters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ratersCard->contentLayout()->addWidget(m_raters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Design::SpaceL);
    layout->addWidget(buildHeader());
    layout->addWidget(m_offer);
    layout->addWidget(m_notice);
    layout->addWidget(selfRow);
    layout->addWidget(m_needed);
    layout->addWidget(m_chartCard);
    layout->addWidget(m_gapsCard);
    layout->addWidget(m_ratersCard);
    layout->addStretch(1);

    // The round as stored: this view's changes, an undo, an import and the CLI's all come back here.
    Workspace &ws = m_context.workspace;
    auto mine = [this](qint64 id) {
        if (m_round && id == m_round->id)
            reload();
    };
    connect(&ws, &Workspace::feedbackRoundChanged, this, mine);
    connect(&ws, &Workspace::feedbackRoundAdded, this, mine);
    connect(&ws, &Workspace::feedbackRoundRemoved, this, mine);
    for (auto signal : { &Workspace::assessmentRecorded, &Workspace::assessmentRemoved }) {
        connect(&ws, signal, this, [this] {
            if (m_round)
                reload();
        });
    }
    connect(&ws, &Workspace::imported, this, [this] {
        if (m_round)
            reload();
    });
    connect(&ws, &Workspace::storeReplaced, this, [this] {
        if (m_round)
            reload();
    });
}

QWidget *FeedbackView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *back = button(tr("‹ All Rounds"), QStringLiteral("feedbackBack"), tr("Back to all rounds"), header);
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &FeedbackView::backRequested);

    m_title = GoalText::heading(QString(), 1.6, header);
    m_title->setObjectName(QStringLiteral("feedbackTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("feedbackSubtitle"));
    m_subtitle->setWordWrap(true);
    m_note = new QLabel(header);
    m_note->setObjectName(QStringLiteral("feedbackNoteShown"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setTextFormat(Qt::PlainText);

    m_save = button(tr("Save Form…"), QStringLiteral("feedbackSaveForm"), tr("Save the form to send"), header);
    m_save->setToolTip(tr("Save this round's form as a web page to send to your colleagues"));
    connect(m_save, &QPushButton::clicked, this, &FeedbackView::chooseAndSaveForm);
    m_import = button(tr("Import Responses…"), QStringLiteral("feedbackImport"), tr("Import response files"), header);
    m_import->setToolTip(tr("Import the response files your colleagues sent back (you can also drop them here)"));
    connect(m_import, &QPushButton::clicked, this, &FeedbackView::importRequested);
    m_close = button(tr("Close Round"), QStringLiteral("feedbackClose"), tr("Close the round"), header);
    connect(m_close, &QPushButton::clicked, this, &FeedbackView::toggleClosed);
    m_delete = button(tr("Delete Round"), QStringLiteral("feedbackDelete"), tr("Delete the round"), header);
    m_delete->setToolTip(tr("Delete this round and its responses (Edit ▸ Undo brings it back)"));
    connect(m_delete, &QPushButton::clicked, this, &FeedbackView::deleteRound);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(Design::SpaceM);
    actions->addWidget(m_save);
    actions->addWidget(m_import);
    actions->addStretch(1);
    actions->addWidget(m_close);
    actions->addWidget(m_delete);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Design::SpaceM);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_note);
    layout->addLayout(actions);
    return header;
}

bool FeedbackView::showRound(qint64 id)
{
    const auto round = m_context.workspace.feedback().round(id);
    if (!round)
        return false;
    if (!m_round || m_round->id != id) {
        m_offer->setVisible(false);
        m_notice->setVisible(false);
    }
    m_round = round.value();
    reload();
    return true;
}

void FeedbackView::reload()
{
    if (!m_round)
        return;
    const auto round = m_context.workspace.isOpen() ? m_context.workspace.feedback().round(m_round->id)
                                                    : Result<FeedbackRound>(Error { QString() });
    if (!round || round->uuid != m_round->uuid) {
        m_round.reset();
        Q_EMIT roundGone();
        return;
    }
    m_round = round.value();
    const FeedbackRound &r = *m_round;
    m_title->setText(FeedbackText::roundTitle(r));
    QStringList facts;
    facts << (r.closedAt ? tr("Closed on %1").arg(day(*r.closedAt)) : tr("Open"));
    facts << tr("%n statements asked", nullptr, static_cast<int>(r.itemIds.size()));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_note->setText(r.note.isEmpty() ? QString() : tr("Your note: %1").arg(r.note));
    m_note->setVisible(!r.note.isEmpty());
    m_close->setText(r.closedAt ? tr("Reopen Round") : tr("Close Round"));
    m_close->setAccessibleName(r.closedAt ? tr("Reopen the round") : tr("Close the round"));
    m_close->setToolTip(r.closedAt ? tr("Open the round again to take more responses")
                                   : tr("Close the round: its results stay compared with your check-ins up to today"));

    const auto results
        = FeedbackService(m_context.workspace.database(), m_context.model).results(r.id, m_context.clock.now());
    if (!results) {
        showNotice(tr("The results could not be read: %1").arg(results.error()), true);
        return;
    }
    showResults(results.value());
}

void FeedbackView::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    QPalette p = m_notice->palette();
    p.setColor(QPalette::WindowText, warning ? Theme::warningColor(palette()) : palette().color(QPalette::WindowText));
    m_notice->setPalette(p);
    m_notice->setVisible(true);
}

void FeedbackView::showResults(const FeedbackRoundResults &results)
{
    const FeedbackResults &res = results.results;
    const int responses = res.responses;
    const std::optional<int> invited = results.round.invited;
    m_subtitle->setText(m_subtitle->text() + QStringLiteral(" · ") + FeedbackText::responsesText(responses, invited));

    if (results.selfAssessmentId) {
        m_self->setText(tr("Compared with your full check-in of %1.").arg(day(results.selfTakenAt)));
        m_checkIn->setVisible(false);
    } else {
        m_self->setText(tr("There is no full check-in to compare with yet, so only your colleagues' view shows. "
                           "Take one to see where you and they differ."));
        m_checkIn->setVisible(true);
    }

    const int needed = FeedbackLimits::MinRaters;
    if (responses < needed) {
        m_needed->setText(tr("%1 of %2 responses needed. Your colleagues' scores show from %2 responses on, so that "
                             "no single answer can be recognised.")
                              .arg(QLocale().toString(responses), QLocale().toString(needed)));
        m_needed->setVisible(true);
    } else {
        m_needed->setVisible(false);
    }

    fillRadar(results);
    fillGaps(results);

    if (responses == 0) {
        m_raters->setText(tr("No responses yet. Save the form, send it to your colleagues, and import the files they "
                             "send back (or drop them on this page)."));
    } else if (results.namedRaters.isEmpty()) {
        m_raters->setText(tr("Everyone who answered chose to stay anonymous."));
    } else {
        m_raters->setText(tr("Gave their name: %1. The others answered anonymously. Names are never shown beside "
                             "scores.")
                              .arg(QLocale().createSeparatedList(results.namedRaters)));
    }
}

void FeedbackView::fillRadar(const FeedbackRoundResults &results)
{
    const FeedbackResults &res = results.results;
    // The skills asked; a round that asked only contrasts shows their poles instead.
    const QList<ScoreGap> &axes = res.skills.isEmpty() ? res.poles : res.skills;
    m_panel->setEmpty(axes.size() < 3,
                      tr("A radar needs at least three skills or sides; the table view lists every score."));

    for (const QString &label : m_angle->categoriesLabels())
        m_angle->remove(label);
    const auto count = axes.size();
    m_angle->setRange(0, static_cast<qreal>(std::max<qsizetype>(count, 1)));
    QList<QPointF> self;
    QList<QPointF> others;
    for (qsizetype i = 0; i < count; ++i) {
        const ScoreGap &gap = axes.at(i);
        m_angle->append(axisLabel(FeedbackText::scoreName(gap, m_context.model)), static_cast<qreal>(i));
        if (gap.self)
            self.append(QPointF(static_cast<qreal>(i), *gap.self));
        if (gap.othersMean)
            others.append(QPointF(static_cast<qreal>(i), *gap.othersMean));
    }
    // The polygon closes on the first axis.
    if (!self.isEmpty() && self.first().x() == 0)
        self.append(QPointF(static_cast<qreal>(count), self.first().y()));
    if (!others.isEmpty() && others.first().x() == 0)
        others.append(QPointF(static_cast<qreal>(count), others.first().y()));
    m_selfSeries->replace(self);
    m_othersSeries->replace(others);
    m_selfSeries->setName(tr("You"));
    m_othersSeries->setName(tr("Colleagues"));
    m_othersSeries->setVisible(!others.isEmpty());
    m_selfSeries->setVisible(!self.isEmpty());
    colourChart();

    // The table twin: every score the round asked, in the chart's words.
    QList<ScoreGap> rows = res.skills;
    rows += res.poles;
    if (res.leadership)
        rows.append(*res.leadership);
    if (res.management)
        rows.append(*res.management);
    const SkillModel &model = m_context.model;
    const QStringList headers
        = { tr("Score"), tr("You"), tr("Colleagues (mean ± spread)"), tr("Gap"), tr("Verdict"), tr("Raters") };
    m_panel->setTableFiller([rows, headers, &model](QTableWidget &table) {
        table.clear();
        table.setColumnCount(static_cast<int>(headers.size()));
        table.setHorizontalHeaderLabels(headers);
        table.setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const ScoreGap &gap = rows.at(r);
            const auto gapValue = gap.gap();
            QString othersText = QStringLiteral("—");
            if (gap.othersMean)
                othersText = gap.othersSpread ? tr("%1 ± %2").arg(number(*gap.othersMean), number(*gap.othersSpread))
                                              : number(*gap.othersMean);
            QString raters = gap.verdict == GapVerdict::TooFewRaters
                ? tr("%1 of %2 needed")
                      .arg(QLocale().toString(gap.raters), QLocale().toString(FeedbackLimits::MinRaters))
                : QLocale().toString(gap.raters);
            if (gap.disagree)
                raters += QStringLiteral(" · ") + tr("raters disagree");
            const QStringList cells = { FeedbackText::scoreName(gap, model),
                                        number(gap.self),
                                        othersText,
                                        gapValue ? signedNumber(*gapValue) : QStringLiteral("—"),
                                        FeedbackText::verdict(gap.verdict),
                                        raters };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c > 0 && c < 4)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table.setItem(r, c, item);
            }
        }
    });

    int blind = 0;
    int hidden = 0;
    for (const ScoreGap &gap : rows) {
        blind += gap.verdict == GapVerdict::BlindSpot ? 1 : 0;
        hidden += gap.verdict == GapVerdict::HiddenStrength ? 1 : 0;
    }
    m_panel->setCaption(
        others.isEmpty()
            ? tr("Your own scores (dashed). Your colleagues' view shows here from %1 responses on. 0 is the centre, "
                 "100 the outer ring.")
                  .arg(QLocale().toString(FeedbackLimits::MinRaters))
            : tr("Your colleagues' mean (solid) against your own scores (dashed). 0 is the centre, 100 the outer "
                 "ring."));
    QString description = tr("Radar chart of %n scores: ", nullptr, static_cast<int>(count));
    description += self.isEmpty() ? tr("no scores of your own, ") : tr("your own scores, ");
    description += others.isEmpty() ? tr("too few responses to show your colleagues' view. ")
                                    : tr("and your colleagues' mean. ");
    description += tr("%n blind spots, ", nullptr, blind) + tr("%n hidden strengths.", nullptr, hidden);
    m_panel->setDescription(description + tr(" The table view lists every score."));
}

void FeedbackView::colourChart()
{
    // The theme first, then our colours on top of it: setTheme() resets every colour.
    const QPalette p = palette();
    m_chart->setTheme(Theme::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = p.color(QPalette::Text);
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(ChartColors::grid(p));
        axis->setLinePenColor(ChartColors::axisLine(p));
    }
    m_othersSeries->setPen(QPen(ChartColors::others(p), 3));
    QPen selfPen(ChartColors::self(p), 2.5);
    selfPen.setStyle(Qt::DashLine);
    m_selfSeries->setPen(selfPen);
}

void FeedbackView::fillGaps(const FeedbackRoundResults &results)
{
    while (QLayoutItem *item = m_gapsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const FeedbackResults &res = results.results;
    QList<ScoreGap> gaps = res.skills;
    gaps += res.poles;
    int shown = 0;
    const QPalette pal = palette();
    for (const ScoreGap &gap : gaps) {
        if (gap.verdict != GapVerdict::BlindSpot && gap.verdict != GapVerdict::HiddenStrength)
            continue;
        const std::optional<GoalTarget> target = FeedbackText::goalTarget(gap);
        if (!target)
            continue;
        ++shown;
        const QString name = FeedbackText::scoreName(gap, m_context.model);
        const bool blind = gap.verdict == GapVerdict::BlindSpot;
        auto *row = new QWidget;
        // "visionary-thinking", or "risk-lead" for a pole: both poles of a contrast may show.
        const QString key = gap.id
            + (gap.kind == GapKind::Pole
                   ? (gap.role == Role::Lead ? QStringLiteral("-lead") : QStringLiteral("-manage"))
                   : QString());
        row->setObjectName(QStringLiteral("feedbackGap-") + key);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const auto value = gap.gap();
        QString text = QStringLiteral("<b style=\"color: %1;\">%2</b> · %3<br>")
                           .arg(Theme::roleColor(gap.role, pal).name(), name.toHtmlEscaped(),
                                (blind ? tr("Blind spot: your colleagues see it clearly lower than you do (%1).")
                                       : tr("Hidden strength: your colleagues see it clearly higher than you do (%1)."))
                                    .arg(value ? signedNumber(*value) : QString())
                                    .toHtmlEscaped());
        const QList<Tip> tips = GoalText::tipsFor(*target, gap.id, m_context.model);
        const QString tipId = tips.isEmpty() ? QString() : tips.first().id;
        if (!tips.isEmpty())
            text += tr("Try this: %1").arg(tips.first().text).toHtmlEscaped();
        auto *label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("feedbackGapText"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        rowLayout->addWidget(label, 1);
        auto *goal
            = button(tr("Set a Goal"), QStringLiteral("feedbackGoal-") + key, tr("Set a goal for %1").arg(name), row);
        connect(goal, &QPushButton::clicked, this,
                [this, kind = *target, id = gap.id, tipId] { Q_EMIT newGoalRequested(kind, id, tipId); });
        rowLayout->addWidget(goal, 0, Qt::AlignTop);
        m_gapsLayout->addWidget(row);
    }
    if (shown == 0) {
        auto *none = new QLabel(res.responses < FeedbackLimits::MinRaters
                                    ? tr("Blind spots and hidden strengths show here once %1 colleagues have answered.")
                                          .arg(QLocale().toString(FeedbackLimits::MinRaters))
                                    : !results.selfAssessmentId
                                    ? tr("Take a full check-in to see where your colleagues see you differently.")
                                    : tr("No clear differences: where you and your colleagues differ, it is within "
                                         "what measurement noise allows."));
        none->setObjectName(QStringLiteral("feedbackNoGaps"));
        none->setWordWrap(true);
        m_gapsLayout->addWidget(none);
    }
}

QString FeedbackView::defaultFormName(const FeedbackRound &round)
{
    return QStringLiteral("tandem-feedback-%1.html")
        .arg(round.createdAt.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")));
}

void FeedbackView::offerToSaveForm()
{
    m_offer->present();
}

QString FeedbackView::saveFormTo(const QString &path) const
{
    if (!m_round)
        return tr("There is no round to save.");
    const auto round = m_context.workspace.feedback().round(m_round->id);
    if (!round)
        return round.error();
    const auto html = FeedbackForm::html(round.value(), m_context.model);
    if (!html)
        return html.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(html.value()) != html->size() || !file.commit())
        return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void FeedbackView::chooseAndSaveForm()
{
    if (!m_round)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Form"), QDir::home().filePath(defaultFormName(*m_round)), tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    const QString error = saveFormTo(path);
    if (!error.isEmpty()) {
        showNotice(error, true);
        return;
    }
    m_offer->setVisible(false);
    showNotice(tr("The form was saved as %1. Send it to your colleagues: it opens in any web browser, needs no "
                  "network, and gives them a response file to send back.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
}

void FeedbackView::toggleClosed()
{
    if (!m_round)
        return;
    if (Status changed = m_context.history.setFeedbackRoundClosed(m_round->id, !m_round->closedAt); !changed)
        showNotice(tr("The round could not be changed: %1").arg(changed.error()), true);
}

void FeedbackView::deleteRound()
{
    if (!m_round)
        return;
    const QString title = FeedbackText::roundTitle(*m_round);
    const auto removed = m_context.history.deleteFeedbackRound(m_round->id);
    if (!removed) {
        showNotice(tr("The round could not be deleted: %1").arg(removed.error()), true);
        return;
    }
    Q_EMIT deleted(title);
}

void FeedbackView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_selfSeries) {
        colourChart();
        if (m_round)
            reload(); // the gaps' names are coloured in their text
    }
    QWidget::changeEvent(event);
}

} // namespace tandem::ui
