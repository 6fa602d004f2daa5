// The progress page: each table view shows the same numbers as ProgressData, charts render
// offscreen without Qt warnings, saved images have the promised size, the palette re-themes the
// charts, and an empty database shows a friendly message instead of empty axes.
#include "progress/progresspage.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "database.h"
#include "feedbackrepository.h"
#include "feedbackservice.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "progress/chartpanel.h"
#include "progressdata.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "testfiles.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

#include <gtest/gtest.h>

using namespace tandem;
using namespace tandem::core;
using tandem::test::TempDataDir;
using tandem::ui::ChartPanel;
using tandem::ui::ProgressPage;

namespace {

// Every Qt warning raised while a test runs: a chart that renders with warnings is a defect.
QStringList &warnings()
{
    static QStringList list;
    return list;
}

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform itself says this for every top-level window it shows; it is not ours.
    if (message.contains(QStringLiteral("does not support propagateSizeHints")))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings().append(message);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("—");
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

Answers fullAnswers(int x)
{
    Answers answers;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        answers.insert(item.id, item.reverse ? 6 - x : x);
    return answers;
}

Answers pulseAnswers(int x)
{
    Answers answers;
    for (const PulseItem &item : SkillModel::builtin().pulseItems)
        answers.insert(item.id, x);
    return answers;
}

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::WindowText, Qt::white);
    return p;
}

class ProgressPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        warnings().clear();
        m_previousHandler = qInstallMessageHandler(recordWarnings);
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    void TearDown() override
    {
        m_parts.reset();
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(warnings().isEmpty()) << qPrintable(warnings().join(QLatin1Char('\n')));
    }

    void record(AssessmentKind kind, const Answers &answers, const QDateTime &at)
    {
        Assessment a;
        a.kind = kind;
        a.modelVersion = model.version;
        a.takenAt = at;
        a.answers = answers;
        const auto id = AssessmentRepository(*db).add(a);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    }

    void addEntry(const QDateTime &at, Mode mode, std::optional<int> rating, std::optional<Lean> lean = std::nullopt)
    {
        JournalEntry e;
        e.occurredAt = at;
        e.title = QStringLiteral("entry");
        e.mode = mode;
        e.rating = rating;
        if (lean) {
            Advice advice;
            advice.modelVersion = model.version;
            advice.lean = *lean;
            e.advice = advice;
        }
        const auto id = JournalRepository(*db).add(e);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    }

    // A decision looked back on: the entry itself says no mode, so the advice-and-outcome
    // chart leaves it out; the review's mode is what the decisions chart compares.
    void addReviewedDecision(const QDateTime &at, std::optional<Lean> lean, Mode used, std::optional<int> rating,
                             std::optional<int> confidence, Held held)
    {
        JournalEntry e;
        e.occurredAt = at;
        e.title = QStringLiteral("decision");
        e.rating = rating;
        if (lean) {
            Advice advice;
            advice.modelVersion = model.version;
            advice.lean = *lean;
            e.advice = advice;
        }
        Decision d;
        d.expectation = QStringLiteral("the team takes it on");
        d.confidence = confidence;
        d.reviewOn = Decision::defaultReviewDate(at.date());
        d.review = DecisionReview { at.addDays(28), QStringLiteral("it went"), used, held };
        e.decision = d;
        const auto id = JournalRepository(*db).add(e);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    }

    // A feedback round on every statement with one response per value in `raters`: each rater
    // gives that answer to every statement, as worded (reverse-keyed ones turned round).
    void addRound(const QDateTime &at, const QList<int> &raters)
    {
        FeedbackRound round;
        round.uuid = QUuid::createUuid();
        round.createdAt = at;
        round.modelVersion = model.version;
        round.sealKey = QByteArray(32, 'k');
        for (const Item &item : model.fullAssessmentItems())
            round.itemIds.append(item.id);
        const FeedbackRepository feedback(*db);
        const auto id = feedback.add(round);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
        for (const int x : raters) {
            FeedbackResponse r;
            r.uuid = QUuid::createUuid();
            r.roundId = id.value();
            r.receivedAt = at.addDays(1);
            r.seal = QByteArray(43, 'A');
            for (const Item &item : model.fullAssessmentItems())
                r.answers.insert(item.id, item.reverse ? 6 - x : x);
            ASSERT_TRUE(feedback.addResponse(r).ok());
        }
    }

    // Three full assessments, two pulses and five journal entries in the spring of 2026, and
    // three decisions looked back on in the winter before; two feedback rounds of three raters.
    void fill()
    {
        Answers mixed = fullAnswers(2);
        for (const Skill &skill : model.skills) {
            if (skill.role == Role::Lead) {
                for (const Item &item : skill.items)
                    mixed.insert(item.id, item.reverse ? 1 : 5);
            }
        }
        record(AssessmentKind::Full, fullAnswers(2), utc(2026, 2, 2));
        record(AssessmentKind::Full, fullAnswers(3), utc(2026, 3, 9));
        record(AssessmentKind::Full, mixed, utc(2026, 5, 4));
        record(AssessmentKind::Pulse, pulseAnswers(3), utc(2026, 5, 11));
        record(AssessmentKind::Pulse, pulseAnswers(4), utc(2026, 5, 18));
        addEntry(utc(2026, 4, 1), Mode::Lead, 4, Lean::Lead);
        addEntry(utc(2026, 4, 1, 15), Mode::Manage, 2, Lean::Lead);
        addEntry(utc(2026, 4, 20), Mode::Both, 5);
        addEntry(utc(2026, 5, 2), Mode::Lead, 3, Lean::Blend);
        addEntry(utc(2026, 5, 3), Mode::Unset, std::nullopt);
        addReviewedDecision(utc(2025, 11, 5), Lean::Lead, Mode::Lead, 4, 80, Held::Yes);
        addReviewedDecision(utc(2026, 1, 10), Lean::Manage, Mode::Lead, 2, 80, Held::No);
        addReviewedDecision(utc(2026, 1, 20), Lean::Blend, Mode::Both, 5, 60, Held::Partly);
        addRound(utc(2026, 3, 1), { 2, 2, 3 });
        addRound(utc(2026, 5, 10), { 4, 5, 4 });
    }

    const ui::PageContext &context()
    {
        if (!m_parts)
            m_parts = std::make_unique<test::PageParts>(dir.path(), clock);
        return m_parts->context;
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock { utc(2026, 6, 1) };
    std::unique_ptr<test::PageParts> m_parts;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

TEST_F(ProgressPageTest, EachTableShowsTheSameNumbersAsProgressData)
{
    fill();
    ProgressPage page(context());
    page.resize(1000, 700);
    page.show();
    page.setRange(ProgressPage::Range::All);
    const ProgressData data(*db, model);

    page.showChart(ProgressPage::Chart::Radar);
    const auto radar = data.radar();
    ASSERT_TRUE(radar.ok() && radar.value());
    const QTableWidget *table = page.panel(ProgressPage::Chart::Radar)->table();
    ASSERT_EQ(table->rowCount(), radar.value()->axes.size());
    for (int r = 0; r < table->rowCount(); ++r) {
        const RadarAxis &axis = radar.value()->axes[r];
        EXPECT_EQ(cell(table, r, 0), model.skill(axis.skillId)->name);
        EXPECT_EQ(cell(table, r, 1), number(axis.now));
        EXPECT_EQ(cell(table, r, 2), number(axis.then));
    }
    // The lead skills rose from 3 to 5 on every statement: a real change the table names.
    EXPECT_EQ(cell(table, 0, 4), QStringLiteral("Real change"));

    page.showChart(ProgressPage::Chart::Trends);
    const auto trend = data.trend(AssessmentKind::Full, {}, {}, ProgressPage::MaxTrendPoints);
    ASSERT_TRUE(trend.ok());
    table = page.panel(ProgressPage::Chart::Trends)->table();
    const auto &lead = trend.value().leadership;
    const auto &manage = trend.value().management;
    ASSERT_EQ(table->rowCount(), lead.points.size() + manage.points.size());
    for (int r = 0; r < table->rowCount(); ++r) {
        const bool isLead = r < lead.points.size();
        const TrendSeries &s = isLead ? lead : manage;
        const TrendPoint &p = s.points[isLead ? r : r - lead.points.size()];
        EXPECT_EQ(cell(table, r, 2), number(p.score)) << r;
        EXPECT_EQ(cell(table, r, 3), QString::number(p.count)) << r;
        EXPECT_EQ(cell(table, r, 4), number(s.bandLow)) << r;
        EXPECT_EQ(cell(table, r, 5), number(s.bandHigh)) << r;
    }
    // One skill, then the pulses.
    page.setTrendSkill(0);
    // A table is filled when asked for (ChartPanel::table()), not when its chart is built.
    table = page.panel(ProgressPage::Chart::Trends)->table();
    ASSERT_EQ(table->rowCount(), trend.value().skills[0].points.size());
    EXPECT_EQ(cell(table, 0, 2), number(trend.value().skills[0].points[0].score));
    page.setTrendKind(AssessmentKind::Pulse);
    const auto pulses = data.trend(AssessmentKind::Pulse, {}, {}, ProgressPage::MaxTrendPoints);
    ASSERT_TRUE(pulses.ok());
    table = page.panel(ProgressPage::Chart::Trends)->table();
    ASSERT_EQ(table->rowCount(), pulses.value().skills[0].points.size());
    EXPECT_EQ(cell(table, 1, 2), number(pulses.value().skills[0].points[1].score));

    page.showChart(ProgressPage::Chart::Quadrant);
    const auto path = data.quadrantPath({}, {});
    ASSERT_TRUE(path.ok());
    table = page.panel(ProgressPage::Chart::Quadrant)->table();
    ASSERT_EQ(table->rowCount(), path.value().size());
    for (int r = 0; r < table->rowCount(); ++r) {
        EXPECT_EQ(cell(table, r, 1), number(path.value()[r].leadership));
        EXPECT_EQ(cell(table, r, 2), number(path.value()[r].management));
    }
    EXPECT_EQ(cell(table, 2, 3), QStringLiteral("Mainly leading"));

    page.showChart(ProgressPage::Chart::Poles);
    const auto poles = data.contrastPoles();
    ASSERT_TRUE(poles.ok() && poles.value());
    table = page.panel(ProgressPage::Chart::Poles)->table();
    ASSERT_EQ(table->rowCount(), poles.value()->contrasts.size());
    for (int r = 0; r < table->rowCount(); ++r) {
        EXPECT_EQ(cell(table, r, 2), number(poles.value()->contrasts[r].lead));
        EXPECT_EQ(cell(table, r, 4), number(poles.value()->contrasts[r].manage));
    }

    page.showChart(ProgressPage::Chart::Activity);
    const auto activity = data.journalActivity({}, {});
    ASSERT_TRUE(activity.ok());
    table = page.panel(ProgressPage::Chart::Activity)->table();
    // By month, from November 2025 (the first decision's entry) to May 2026: the entries and the
    // days with entries of each month add up to what ProgressData counts per day.
    QMap<QDate, std::pair<int, int>> months;
    for (auto it = activity.value().perDay.cbegin(); it != activity.value().perDay.cend(); ++it) {
        auto &month = months[QDate(it.key().year(), it.key().month(), 1)];
        month.first += it.value();
        month.second += 1;
    }
    ASSERT_EQ(table->rowCount(), 7);
    int row = 0;
    for (QDate month(2025, 11, 1); month <= QDate(2026, 5, 1); month = month.addMonths(1), ++row) {
        EXPECT_EQ(cell(table, row, 0), QLocale().toString(month, QStringLiteral("MMMM yyyy")));
        EXPECT_EQ(cell(table, row, 1), QString::number(months.value(month).first)) << row;
        EXPECT_EQ(cell(table, row, 2), QString::number(months.value(month).second)) << row;
    }

    page.showChart(ProgressPage::Chart::Outcomes);
    const auto outcomes = data.adviceOutcomes({}, {});
    ASSERT_TRUE(outcomes.ok());
    table = page.panel(ProgressPage::Chart::Outcomes)->table();
    const AdviceOutcomes &o = outcomes.value();
    const QList<const OutcomeGroup *> groups
        = { &o.lead, &o.manage, &o.both, &o.followed, &o.notFollowed, &o.noAdvice };
    ASSERT_EQ(table->rowCount(), groups.size());
    for (int r = 0; r < groups.size(); ++r) {
        EXPECT_EQ(cell(table, r, 1), QString::number(groups[r]->count)) << r;
        EXPECT_EQ(cell(table, r, 2), number(groups[r]->meanRating)) << r;
    }
    EXPECT_EQ(cell(table, 0, 2), QStringLiteral("3.5")); // led twice: rated 4 and 3
}

TEST_F(ProgressPageTest, TheColleaguesChartShowsEachRoundBesideYourOwnScore)
{
    fill();
    ProgressPage page(context());
    page.resize(1000, 700);
    page.show();
    page.setRange(ProgressPage::Range::All);
    page.showChart(ProgressPage::Chart::Colleagues);
    ChartPanel *panel = page.panel(ProgressPage::Chart::Colleagues);
    ASSERT_FALSE(panel->isEmpty());
    const QTableWidget *table = panel->table();

    // Oldest round first, the leadership index, then the management index.
    const auto list = FeedbackRepository(*db).list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    const FeedbackService service(*db, model);
    const auto older = service.results(list->at(1).round.id, clock.now());
    const auto newer = service.results(list->at(0).round.id, clock.now());
    ASSERT_TRUE(older.ok() && newer.ok());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(cell(table, 0, 0), QStringLiteral("Leadership index"));
    EXPECT_EQ(cell(table, 0, 2), QStringLiteral("3"));
    const ScoreGap &lead = *older->results.leadership;
    EXPECT_EQ(cell(table, 0, 3), number(*lead.othersMean) + QStringLiteral(" ± ") + number(*lead.othersSpread));
    // "You" is the user's newest full assessment up to the round's end (both rounds are open: May's).
    EXPECT_EQ(cell(table, 0, 4), number(lead.self));
    EXPECT_EQ(cell(table, 1, 3).section(QLatin1Char(' '), 0, 0), number(*newer->results.leadership->othersMean));
    // From about 33 to about 83: far beyond the noise of two rounds of three raters.
    EXPECT_NE(cell(table, 1, 6).indexOf(QStringLiteral("a real change")), -1) << qPrintable(cell(table, 1, 6));
    EXPECT_TRUE(cell(table, 0, 6).isEmpty()) << "the first round has no round before it";
    EXPECT_EQ(cell(table, 2, 0), QStringLiteral("Management index"));

    // One skill; a round with two raters shows no colleagues' number.
    page.setRange(ProgressPage::Range::All);
    addRound(utc(2026, 5, 20), { 1, 1 });
    page.reload();
    page.showChart(ProgressPage::Chart::Colleagues);
    table = page.panel(ProgressPage::Chart::Colleagues)->table();
    ASSERT_EQ(table->rowCount(), 6);
    EXPECT_EQ(cell(table, 2, 2), QStringLiteral("2"));
    EXPECT_EQ(cell(table, 2, 3), QStringLiteral("—"));
    EXPECT_TRUE(cell(table, 2, 5).startsWith(QStringLiteral("Too few raters"))) << qPrintable(cell(table, 2, 5));
}

TEST_F(ProgressPageTest, RangeLimitsWhatTheTablesShow)
{
    fill();
    ProgressPage page(context());
    page.show();
    page.setCustomRange(QDate(2026, 3, 1), QDate(2026, 4, 30));
    page.showChart(ProgressPage::Chart::Quadrant);
    EXPECT_EQ(page.panel(ProgressPage::Chart::Quadrant)->table()->rowCount(), 1);
    page.showChart(ProgressPage::Chart::Activity);
    // By week: 30 March (two entries on 1 April), 6 and 13 April (none), 20 April.
    EXPECT_EQ(page.panel(ProgressPage::Chart::Activity)->table()->rowCount(), 4);
}

TEST_F(ProgressPageTest, SavedImagesAreTwelveHundredByEightHundred)
{
    fill();
    ProgressPage page(context());
    page.resize(700, 500);
    page.show();
    page.setRange(ProgressPage::Range::All);
    for (int i = 0; i <= static_cast<int>(ProgressPage::Chart::Colleagues); ++i) {
        const auto which = static_cast<ProgressPage::Chart>(i);
        page.showChart(which);
        ChartPanel *panel = page.panel(which);
        ASSERT_FALSE(panel->isEmpty()) << i;
        const QString path = dir.root() + QStringLiteral("/chart%1.png").arg(i);
        if (i == 0) // an earlier, world-readable file of that name becomes private too
            test::writeFile(path, QByteArray("old"));
        EXPECT_TRUE(panel->saveImage(path).isEmpty()) << i;
        EXPECT_EQ(test::modeBits(path), 0600) << "a chart of the user's scores is private, like the data";
        const QImage image(path);
        EXPECT_EQ(image.size(), QSize(1200, 800)) << i;
        // Something was drawn: not a single flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < 800; y += 7) {
            for (int x = 0; x < 1200; x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 3) << i;
        // Rendering for the file leaves the on-screen chart at its own size.
        if (QChart *chart = page.chart(which)) {
            EXPECT_LT(chart->size().width(), 1000) << i;
        }
    }
}

// Every value axis shows its numbers. With localised numbers, Qt 6.4 drew a "%d" axis with no
// numbers at all; the formats are "%.0f".
TEST_F(ProgressPageTest, EveryValueAxisShowsItsNumbers)
{
    fill();
    ProgressPage page(context());
    page.resize(1000, 700);
    page.show();
    page.setRange(ProgressPage::Range::All);
    const QRegularExpression number(QStringLiteral("^\\d+( %)?$"));
    for (const auto which : { ProgressPage::Chart::Trends, ProgressPage::Chart::Quadrant, ProgressPage::Chart::Poles,
                              ProgressPage::Chart::Outcomes, ProgressPage::Chart::Decisions }) {
        page.showChart(which);
        QCoreApplication::processEvents();
        QChart *chart = page.chart(which);
        ASSERT_TRUE(chart && chart->scene()) << static_cast<int>(which);
        QStringList numbers;
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                const QString plain = text->toPlainText().trimmed();
                if (number.match(plain).hasMatch())
                    numbers.append(plain);
            }
        }
        EXPECT_GE(numbers.size(), 3) << static_cast<int>(which) << ": " << qPrintable(numbers.join(QLatin1Char(',')));
    }
}

TEST_F(ProgressPageTest, PaletteChangeRethemesTheCharts)
{
    fill();
    ProgressPage page(context());
    page.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    page.show();
    page.showChart(ProgressPage::Chart::Trends);
    EXPECT_EQ(page.chart(ProgressPage::Chart::Trends)->theme(), QChart::ChartThemeLight);
    page.setPalette(darkPalette());
    EXPECT_EQ(page.chart(ProgressPage::Chart::Trends)->theme(), QChart::ChartThemeDark);
    // Coloured from the new palette, not the one the page had a moment before.
    EXPECT_EQ(page.chart(ProgressPage::Chart::Trends)->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    // A chart not yet shown takes the theme when its tab opens.
    page.showChart(ProgressPage::Chart::Quadrant);
    EXPECT_EQ(page.chart(ProgressPage::Chart::Quadrant)->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(page.chart(ProgressPage::Chart::Quadrant)->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
}

TEST_F(ProgressPageTest, AnEmptyDatabaseShowsAFriendlyMessagePerChart)
{
    ProgressPage page(context());
    page.show();
    page.setRange(ProgressPage::Range::All);
    for (int i = 0; i <= static_cast<int>(ProgressPage::Chart::Colleagues); ++i) {
        const auto which = static_cast<ProgressPage::Chart>(i);
        page.showChart(which);
        ChartPanel *panel = page.panel(which);
        EXPECT_TRUE(panel->isEmpty()) << i;
        const auto *message = panel->findChild<QLabel *>(panel->objectName() + QStringLiteral("Empty"));
        ASSERT_NE(message, nullptr);
        EXPECT_TRUE(message->isVisible()) << i;
        EXPECT_FALSE(panel->chart()->isVisible()) << i;
        EXPECT_FALSE(message->text().isEmpty()) << i;
    }
}

TEST_F(ProgressPageTest, OnlyTheVisibleChartIsBuilt)
{
    fill();
    ProgressPage page(context());
    page.show();
    // The first tab is built on show; the others wait until their tab opens.
    EXPECT_GT(page.panel(ProgressPage::Chart::Radar)->table()->rowCount(), 0);
    EXPECT_EQ(page.panel(ProgressPage::Chart::Poles)->table()->rowCount(), 0);
    page.showChart(ProgressPage::Chart::Poles);
    EXPECT_GT(page.panel(ProgressPage::Chart::Poles)->table()->rowCount(), 0);
}

TEST_F(ProgressPageTest, ReloadShowsWhatWasRecordedAfterThePageWasBuilt)
{
    ProgressPage page(context());
    page.show();
    ChartPanel *radar = page.panel(ProgressPage::Chart::Radar);
    ASSERT_TRUE(radar->isEmpty());

    // The first full assessment, recorded while the page is open: the same page shows it.
    record(AssessmentKind::Full, fullAnswers(2), utc(2026, 3, 9));
    page.reload();
    ASSERT_FALSE(radar->isEmpty());
    EXPECT_EQ(radar->table()->rowCount(), model.skills.size());
    EXPECT_EQ(cell(radar->table(), 0, 2), QStringLiteral("—")); // nothing earlier to compare with yet

    // A second one: the radar compares the two, and the earlier one can be picked.
    record(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 4));
    page.reload();
    const auto now = ProgressData(*db, model).radar();
    ASSERT_TRUE(now.ok() && now.value());
    EXPECT_EQ(cell(radar->table(), 0, 1), number(now.value()->axes[0].now));
    EXPECT_EQ(cell(radar->table(), 0, 2), number(now.value()->axes[0].then));
    const auto *earlier = page.findChild<QComboBox *>(QStringLiteral("progressRadarEarlier"));
    ASSERT_NE(earlier, nullptr);
    EXPECT_EQ(earlier->count(), 2);
    EXPECT_TRUE(earlier->isVisible());

    // Journal entries written while the page is open.
    page.showChart(ProgressPage::Chart::Activity);
    EXPECT_TRUE(page.panel(ProgressPage::Chart::Activity)->isEmpty());
    addEntry(utc(2026, 4, 1), Mode::Lead, 4);
    addEntry(utc(2026, 4, 2), Mode::Manage, 3);
    page.reload();
    // Both in the week of 30 March.
    const QTableWidget *activityTable = page.panel(ProgressPage::Chart::Activity)->table();
    ASSERT_EQ(activityTable->rowCount(), 1);
    EXPECT_EQ(cell(activityTable, 0, 1), QStringLiteral("2"));
}

TEST_F(ProgressPageTest, ReloadRebuildsOnlyTheVisibleChart)
{
    fill();
    ProgressPage page(context());
    page.show();
    page.showChart(ProgressPage::Chart::Trends);
    const QTableWidget *trends = page.panel(ProgressPage::Chart::Trends)->table();
    ASSERT_EQ(trends->rowCount(), 6); // three full assessments, two indices each
    page.showChart(ProgressPage::Chart::Radar);

    record(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 25));
    page.reload();
    // The radar, on screen, shows the new assessment at once.
    EXPECT_EQ(cell(page.panel(ProgressPage::Chart::Radar)->table(), 0, 1),
              number(ProgressData(*db, model).radar().value()->axes[0].now));
    // The trends, out of sight, are read again only when their tab opens.
    EXPECT_EQ(trends->rowCount(), 6);
    page.showChart(ProgressPage::Chart::Trends);
    EXPECT_EQ(page.panel(ProgressPage::Chart::Trends)->table()->rowCount(), 8);
}

TEST_F(ProgressPageTest, DecisionsShowFollowingTheAdvicePerQuarterAndCalibration)
{
    fill();
    ProgressPage page(context());
    page.show();
    page.setRange(ProgressPage::Range::All);
    page.showChart(ProgressPage::Chart::Decisions);
    ChartPanel *panel = page.panel(ProgressPage::Chart::Decisions);
    ASSERT_FALSE(panel->isEmpty());
    QTableWidget *table = panel->table();
    // Q4 2025: followed once (held); Q1 2026: not followed once (did not hold), followed once
    // (partly: half).
    ASSERT_EQ(table->rowCount(), 3);
    const QStringList expected[] = {
        { QStringLiteral("Q4 2025"), QStringLiteral("followed"), QStringLiteral("1"), QStringLiteral("100 %"),
          number(4.0) },
        { QStringLiteral("Q1 2026"), QStringLiteral("followed"), QStringLiteral("1"), QStringLiteral("50 %"),
          number(5.0) },
        { QStringLiteral("Q1 2026"), QStringLiteral("not followed"), QStringLiteral("1"), QStringLiteral("0 %"),
          number(2.0) },
    };
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 5; ++c)
            EXPECT_EQ(cell(table, r, c), expected[r][c]) << r << "," << c;
    }
    EXPECT_TRUE(
        panel->chart()->accessibleDescription().contains(QStringLiteral("Q1 2026, not followed: 0 % held of 1")))
        << qPrintable(panel->chart()->accessibleDescription());
    // The bar of Q1 2026's "not followed" is 0 % high: a marker on the axis shows it, where a
    // period without such decisions (Q4 2025) shows none.
    QList<QPointF> zeroes;
    for (QAbstractSeries *series : page.chart(ProgressPage::Chart::Decisions)->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series);
            scatter && scatter->name() == QStringLiteral("Held in none"))
            zeroes += scatter->points();
    }
    ASSERT_EQ(zeroes.size(), 1);
    EXPECT_DOUBLE_EQ(zeroes.first().y(), 0);
    EXPECT_GT(zeroes.first().x(), 1.0); // the second period (Q1 2026), right-hand bar

    // Calibration: 60 % sure once (partly), 80 % sure twice (yes, no).
    auto *view = panel->findChild<QComboBox *>(QStringLiteral("progressDecisionsView"));
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(1);
    // A table is filled when asked for (ChartPanel::table()), not when its chart is built.
    table = panel->table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cell(table, 0, 0), QStringLiteral("60–69 %"));
    EXPECT_EQ(cell(table, 0, 1), QStringLiteral("1"));
    EXPECT_EQ(cell(table, 0, 3), QStringLiteral("50 %"));
    EXPECT_EQ(cell(table, 1, 0), QStringLiteral("80–89 %"));
    EXPECT_EQ(cell(table, 1, 1), QStringLiteral("2"));
    EXPECT_EQ(cell(table, 1, 3), QStringLiteral("50 %"));

    // The first quarter of 2026 holds two of them: 60 % sure (partly), 80 % sure (no).
    page.setCustomRange(QDate(2026, 1, 1), QDate(2026, 3, 31));
    table = panel->table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cell(table, 0, 1), QStringLiteral("1"));
    EXPECT_EQ(cell(table, 1, 1), QStringLiteral("1"));
    EXPECT_EQ(cell(table, 1, 3), QStringLiteral("0 %"));
}
