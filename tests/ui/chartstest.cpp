// The chart colour language and the chart defects of issue 16: lead and manage stay apart under
// colour-vision deficiencies in light and dark, the heat map's scale follows the palette, the
// heat map fills the width at many years with its legend clear of every cell and a summarised
// table, the lead × manage chart zooms to its points, and the results explain the balance.
#include "assessmentrepository.h"
#include "checkin/resultshtml.h"
#include "clock.h"
#include "common/chartcolors.h"
#include "common/theme.h"
#include "database.h"
#include "journalrepository.h"
#include "progress/activityheatmap.h"
#include "progress/chartpanel.h"
#include "progress/progresspage.h"
#include "progress/quadranttab.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "uitestsupport.h"

#include <QFontMetrics>
#include <QTableWidget>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

#include <gtest/gtest.h>

using namespace tandem;
using namespace tandem::core;
using namespace tandem::ui;

namespace {

QPalette lightPalette()
{
    QPalette p(QColor(0xf6, 0xf5, 0xf4));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    return p;
}

// Adwaita's dark colours.
QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::WindowText, Qt::white);
    return p;
}

enum class Vision { Normal, Deuteranopia, Protanopia };

// Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB; then CIELAB (D65).
std::array<double, 3> seenAs(const QColor &c, Vision vision)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    std::array<double, 3> rgb { linear(c.redF()), linear(c.greenF()), linear(c.blueF()) };
    static constexpr double deut[3][3]
        = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } };
    static constexpr double prot[3][3]
        = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } };
    if (vision != Vision::Normal) {
        const auto &m = vision == Vision::Deuteranopia ? deut : prot;
        std::array<double, 3> out {};
        for (int i = 0; i < 3; ++i)
            out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
        rgb = out;
    }
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double distance(const QColor &a, const QColor &b, Vision vision)
{
    const auto p = seenAs(a, vision);
    const auto q = seenAs(b, vision);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

double lightness(const QColor &c)
{
    return seenAs(c, Vision::Normal)[0];
}

} // namespace

TEST(ChartColors, LeadAndManageStayApartUnderColourBlindnessInLightAndDark)
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        const QColor lead = ChartColors::lead(palette);
        const QColor manage = ChartColors::manage(palette);
        for (Vision v : { Vision::Normal, Vision::Deuteranopia, Vision::Protanopia })
            EXPECT_GT(distance(lead, manage, v), 40) << static_cast<int>(v) << " " << qPrintable(lead.name());
        // Apart in lightness too (greyscale print, every deficiency), blue always the darker.
        EXPECT_GT(lightness(manage) - lightness(lead), 10) << qPrintable(lead.name() + manage.name());
        // Readable on the base colour: they colour text as well as lines.
        const QColor base = palette.color(QPalette::Base);
        EXPECT_GE(ChartColors::contrast(lead, base), 4.5) << qPrintable(lead.name());
        EXPECT_GE(ChartColors::contrast(manage, base), 4.5) << qPrintable(manage.name());
        // Theme::roleColor, which the pages use, is the same colour.
        EXPECT_EQ(ChartColors::role(Role::Lead, palette), lead);
        EXPECT_EQ(ChartColors::role(Role::Manage, palette), manage);
    }
}

TEST(ChartColors, OtherPairsAreApartFromEachOtherAndFromTheRoles)
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        const QColor lead = ChartColors::lead(palette);
        const QColor manage = ChartColors::manage(palette);
        for (Vision v : { Vision::Normal, Vision::Deuteranopia, Vision::Protanopia }) {
            EXPECT_GT(distance(ChartColors::followed(palette), ChartColors::notFollowed(palette), v), 15);
            EXPECT_GT(distance(ChartColors::latest(palette), ChartColors::earlier(palette), v), 12);
            EXPECT_GT(distance(ChartColors::held(palette), ChartColors::notHeld(palette), v), 12);
            // Other meanings keep away from the two roles' colours.
            for (const QColor &other : { ChartColors::latest(palette), ChartColors::followed(palette) }) {
                EXPECT_GT(distance(other, lead, v), 12) << qPrintable(other.name());
                EXPECT_GT(distance(other, manage, v), 12) << qPrintable(other.name());
            }
        }
        // A band is translucent, so a second one over it still shows the first.
        EXPECT_LT(ChartColors::bandFill(lead, palette).alphaF(), 0.25);
        EXPECT_GT(ChartColors::bandEdge(lead, palette).color().alphaF(), 0.5);
    }
}

TEST(ChartColors, MoreActivityStandsOutMoreInLightAndInDark)
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        const QColor base = palette.color(QPalette::Base);
        double previous = 0;
        for (int step = 0; step <= 4; ++step) {
            const double c = ChartColors::contrast(ChartColors::activity(step, 4, palette), base);
            EXPECT_GT(c, previous) << step;
            previous = c;
        }
        // On a dark base the busiest day is lighter than the empty one; on a light base darker:
        // either way, further from the background, as the caption says.
        const QColor busiest = ChartColors::activity(4, 4, palette);
        const QColor empty = ChartColors::activity(0, 4, palette);
        if (palette.color(QPalette::Base).lightness() < 128)
            EXPECT_GT(busiest.lightness(), empty.lightness());
        else
            EXPECT_LT(busiest.lightness(), empty.lightness());
    }
}

namespace {

// 37 years of a little journal activity: a few days a month.
QMap<QDate, int> manyYears(const QDate &from, const QDate &to)
{
    QMap<QDate, int> perDay;
    int i = 0;
    for (QDate d = from; d <= to; d = d.addDays(3 + (i++ % 5)))
        perDay.insert(d, 1 + (i % 4));
    return perDay;
}

} // namespace

TEST(ActivityHeatMap, ManyYearsFillTheWidthAndTheLegendCoversNoCell)
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        ActivityHeatMap map;
        map.setPalette(palette);
        const QFontMetrics fm(map.font());
        for (int years : { 1, 2, 10, 37 }) {
            const QDate to(2026, 6, 1);
            const QDate from = to.addYears(-years).addDays(1);
            const QMap<QDate, int> perDay = manyYears(from, to);
            int busiest = 0;
            for (int v : perDay)
                busiest = std::max(busiest, v);
            map.setData(from, to, perDay, busiest);
            for (const QSize size : { QSize(1240, 420), QSize(860, 380), QSize(1200, 800) }) {
                const QRect rect(QPoint(8, 8), size);
                const ActivityHeatMap::Layout l = map.layout(rect, fm);
                ASSERT_FALSE(l.cells.isEmpty());
                QRectF all;
                for (const QRectF &cell : l.cells) {
                    all |= cell;
                    ASSERT_FALSE(cell.intersects(l.legend))
                        << years << " years, " << size.width() << "×" << size.height();
                }
                EXPECT_GE(all.width(), 0.9 * rect.width()) << years << " years at " << size.width();
                EXPECT_LE(all.right(), rect.right() + 1) << years;
                EXPECT_LE(l.legend.bottom(), rect.bottom() + 1) << years << " years at " << size.height();
                // Labels never overlap each other (no weekday name is cut by the next one).
                for (int i = 0; i < l.labels.size(); ++i) {
                    for (int j = i + 1; j < l.labels.size(); ++j)
                        EXPECT_FALSE(l.labels[i].rect.intersects(l.labels[j].rect))
                            << qPrintable(l.labels[i].text) << " / " << qPrintable(l.labels[j].text);
                }
                // The busiest cell stands out more than an empty one.
                // (The map is drawn on the window's colour.)
                const QColor base = palette.color(QPalette::Window);
                EXPECT_GT(ChartColors::contrast(map.colorFor(l.busiest, l.busiest), base),
                          ChartColors::contrast(map.colorFor(0, l.busiest), base));
            }
        }
    }
}

namespace {

class ChartsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    const ui::PageContext &context()
    {
        if (!parts)
            parts = std::make_unique<test::PageParts>(dir.path(), clock);
        return parts->context;
    }

    void recordFull(const QDateTime &at, int leadAnswer, int manageAnswer)
    {
        Answers answers;
        for (const Skill &skill : model.skills) {
            for (const Item &item : skill.items) {
                const int x = skill.role == Role::Lead ? leadAnswer : manageAnswer;
                answers.insert(item.id, item.reverse ? 6 - x : x);
            }
        }
        for (const Contrast &contrast : model.contrasts) {
            for (const Item &item : contrast.leadPole.items)
                answers.insert(item.id, item.reverse ? 6 - leadAnswer : leadAnswer);
            for (const Item &item : contrast.managePole.items)
                answers.insert(item.id, item.reverse ? 6 - manageAnswer : manageAnswer);
        }
        Assessment a;
        a.kind = AssessmentKind::Full;
        a.modelVersion = model.version;
        a.takenAt = at;
        a.answers = answers;
        ASSERT_TRUE(AssessmentRepository(*db).add(a).ok());
    }

    const SkillModel &model = SkillModel::builtin();
    test::TempDataDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock { QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<test::PageParts> parts;
};

} // namespace

TEST_F(ChartsPageTest, ThirtySevenYearsOfJournalSumUpByMonthInTheTable)
{
    const JournalRepository journal(*db);
    const QDate first(1989, 7, 1);
    int entries = 0;
    for (QDate d = first; d <= QDate(2026, 5, 30); d = d.addDays(17)) {
        JournalEntry e;
        e.occurredAt = QDateTime(d, QTime(9, 0), Qt::UTC);
        e.title = QStringLiteral("day");
        ASSERT_TRUE(journal.add(e).ok());
        ++entries;
    }
    ProgressPage page(context());
    page.resize(1280, 800);
    page.show();
    page.setRange(ProgressPage::Range::All);
    page.showChart(ProgressPage::Chart::Activity);
    ChartPanel *panel = page.panel(ProgressPage::Chart::Activity);
    ASSERT_FALSE(panel->isEmpty());
    const QTableWidget *table = panel->table();
    // One row per month from the first entry's to the last's: 443 rows, not one per day.
    EXPECT_EQ(table->rowCount(), 12 * 37 - 1);
    int sum = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        sum += table->item(r, 1)->text().toInt();
    EXPECT_EQ(sum, entries);

    // The map on screen fills the width with its legend under the last row.
    auto *map = qobject_cast<ActivityHeatMap *>(panel->chart());
    ASSERT_NE(map, nullptr);
    const QRect rect = map->rect().adjusted(8, 8, -8, -8);
    const ActivityHeatMap::Layout l = map->layout(rect, QFontMetrics(map->font()));
    EXPECT_TRUE(l.byWeek);
    QRectF all;
    for (const QRectF &cell : l.cells) {
        all |= cell;
        EXPECT_FALSE(cell.intersects(l.legend));
    }
    EXPECT_GE(all.width(), 0.9 * rect.width());
}

TEST_F(ChartsPageTest, AFewMonthsSumUpByWeek)
{
    const JournalRepository journal(*db);
    for (const QDate &d : { QDate(2026, 4, 1), QDate(2026, 4, 2), QDate(2026, 4, 20) }) {
        JournalEntry e;
        e.occurredAt = QDateTime(d, QTime(9, 0), Qt::UTC);
        e.title = QStringLiteral("day");
        ASSERT_TRUE(journal.add(e).ok());
    }
    ProgressPage page(context());
    page.show();
    page.showChart(ProgressPage::Chart::Activity);
    const QTableWidget *table = page.panel(ProgressPage::Chart::Activity)->table();
    // Weeks of 30 March, 6, 13 and 20 April.
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("2"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("0"));
    EXPECT_EQ(table->item(3, 1)->text(), QStringLiteral("1"));
}

TEST(QuadrantTab, AxisRangeZoomsToThePointsWithRoomAround)
{
    // Points in a corner: not the whole 0–100, but the points with room around them.
    const auto [from, to] = QuadrantTab::axisRange(78, 88, 20);
    EXPECT_LE(from, 78 - 2);
    EXPECT_GE(to, 88 + 2);
    EXPECT_GT(from, 0);
    EXPECT_LE(to, 100);
    EXPECT_LE(to - from, 40);
    // Near the midline, the range reaches it, so that the quadrants show.
    const auto [nearFrom, nearTo] = QuadrantTab::axisRange(56, 70, 20);
    EXPECT_LT(nearFrom, 50);
    EXPECT_GE(nearTo, 72);
    // Never outside 0–100, and still the minimum span at an edge.
    const auto [edgeFrom, edgeTo] = QuadrantTab::axisRange(95, 100, 20);
    EXPECT_EQ(edgeTo, 100);
    EXPECT_LE(edgeFrom, 80);
}

TEST_F(ChartsPageTest, TheLeadManageChartZoomsToItsPointsAndMarksTheLatest)
{
    // A year of assessments, all strong on leading and weak on managing: the bottom-right corner.
    for (int m = 1; m <= 5; ++m)
        recordFull(QDateTime(QDate(2026, m, 3), QTime(12, 0), Qt::UTC), m % 2 == 0 ? 5 : 4, m % 2 == 0 ? 1 : 2);
    ProgressPage page(context());
    page.resize(1000, 700);
    page.show();
    page.setRange(ProgressPage::Range::All);
    page.showChart(ProgressPage::Chart::Quadrant);
    QChart *chart = page.chart(ProgressPage::Chart::Quadrant);
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    ASSERT_TRUE(x && y);
    const QTableWidget *table = page.panel(ProgressPage::Chart::Quadrant)->table();
    double minX = 100, maxX = 0, minY = 100, maxY = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const double lead = QLocale().toDouble(table->item(r, 1)->text());
        const double manage = QLocale().toDouble(table->item(r, 2)->text());
        minX = std::min(minX, lead);
        maxX = std::max(maxX, lead);
        minY = std::min(minY, manage);
        maxY = std::max(maxY, manage);
    }
    EXPECT_LE(x->min(), minX - 2);
    EXPECT_GE(x->max(), maxX);
    EXPECT_LE(y->min(), minY);
    EXPECT_GE(y->max(), maxY + 2);
    EXPECT_FALSE(x->min() == 0 && x->max() == 100) << "the points are in a corner: the axis zooms to them";
    EXPECT_LT(x->max() - x->min(), 60);
    // The latest point is its own, labelled series; the first too.
    bool latest = false;
    for (QAbstractSeries *s : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (scatter && scatter->name() == QuadrantTab::tr("Latest")) {
            latest = true;
            ASSERT_EQ(scatter->count(), 1);
            const int last = table->rowCount() - 1;
            EXPECT_DOUBLE_EQ(scatter->at(0).x(), QLocale().toDouble(table->item(last, 1)->text()));
            EXPECT_DOUBLE_EQ(scatter->at(0).y(), QLocale().toDouble(table->item(last, 2)->text()));
            EXPECT_TRUE(scatter->pointLabelsVisible());
            EXPECT_EQ(scatter->color(), ChartColors::latest(page.palette()));
        }
    }
    EXPECT_TRUE(latest);
}

namespace {

AssessmentResult balanceResult(double lead, double manage, double balance, bool leadReal = false)
{
    AssessmentResult r;
    r.assessment.kind = AssessmentKind::Full;
    r.assessment.takenAt = QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC);
    r.profile.leadership = 60;
    r.profile.management = 50;
    r.profile.balance = 10;
    Assessment before = r.assessment;
    before.takenAt = before.takenAt.addMonths(-3);
    r.previous = before;
    r.changes.leadership = Change { lead, leadReal };
    r.changes.management = Change { manage, false };
    r.changes.balance = compareScores(0, balance, ChangeRules::Balance);
    return r;
}

} // namespace

TEST(ResultsBalance, ARealShiftOfTheBalanceWithBothIndicesWithinNoiseIsExplainedNotFlaggedRed)
{
    const SkillModel &model = SkillModel::builtin();
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        // +9 and −9: each within the index noise (±10.5), together +18: beyond the balance's (±17.4).
        const AssessmentResult up = balanceResult(9, -9, 18);
        ASSERT_TRUE(up.changes.balance->meaningful);
        const QString html = ResultsHtml::build(up, model, palette);
        EXPECT_TRUE(html.contains(QStringLiteral("+18, a real shift towards leading"))) << qPrintable(html);
        EXPECT_TRUE(html.contains(QStringLiteral("moved in opposite directions"))) << qPrintable(html);
        const QString note = ResultsHtml::balanceNote(up.changes);
        EXPECT_TRUE(note.contains(QStringLiteral("leadership +9, management \u22129"))) << qPrintable(note);
        // A shift is not a decline: never the red of one, in either direction.
        const AssessmentResult down = balanceResult(-9, 9, -18);
        for (const AssessmentResult &r : { up, down }) {
            const QColor colour = ResultsHtml::balanceChangeColour(r.changes.balance, palette);
            EXPECT_NE(colour, Theme::badColor(palette));
            EXPECT_FALSE(ResultsHtml::build(r, model, palette).contains(Theme::badColor(palette).name()));
        }
        EXPECT_EQ(ResultsHtml::balanceChangeColour(down.changes.balance, palette), ChartColors::manage(palette));
        EXPECT_TRUE(ResultsHtml::balanceChangeText(down.changes.balance).contains(QStringLiteral("towards managing")));
        // The dashboard's line says the same, from the same function.
        const QString dashboard = ResultsHtml::balanceChangeHtml(up.changes, palette);
        EXPECT_TRUE(dashboard.contains(QStringLiteral("towards leading")));
        EXPECT_TRUE(dashboard.contains(QStringLiteral("moved in opposite directions")));
    }
    // When an index changed for real, the balance needs no note; within noise, no line at all.
    EXPECT_TRUE(ResultsHtml::balanceNote(balanceResult(12, -8, 20, true).changes).isEmpty());
    EXPECT_TRUE(ResultsHtml::balanceChangeHtml(balanceResult(5, -5, 10).changes, lightPalette()).isEmpty());
}

// A table twin is filled when it is shown, not when its chart is built: building a chart over a
// long history formats no rows nobody reads.
TEST_F(ChartsPageTest, ATableTwinIsFilledOnlyWhenShown)
{
    for (int month = 1; month <= 3; ++month)
        recordFull(QDateTime(QDate(2026, month, 10), QTime(9, 0), Qt::UTC), 4, 3);
    ProgressPage page(context());
    page.setRange(ProgressPage::Range::All);
    page.show();
    for (const auto &[chart, name] : { std::pair { ProgressPage::Chart::Quadrant, "progressQuadrantTable" },
                                       std::pair { ProgressPage::Chart::Trends, "progressTrendsTable" } }) {
        page.showChart(chart);
        ChartPanel *panel = page.panel(chart);
        const auto *table = panel->findChild<QTableWidget *>(QString::fromLatin1(name));
        ASSERT_NE(table, nullptr) << name;
        EXPECT_FALSE(panel->tableFilled()) << name;
        EXPECT_EQ(table->rowCount(), 0) << name;
        panel->setTableShown(true);
        EXPECT_TRUE(panel->tableFilled()) << name;
        // One row per assessment; the trends have a row per assessment for each index.
        EXPECT_EQ(table->rowCount(), chart == ProgressPage::Chart::Quadrant ? 3 : 6) << name;
    }
}
