#include "progressreport.h"

#include "clock.h"
#include "common/chartcolors.h"
#include "common/format.h"
#include "common/theme.h"
#include "database.h"
#include "feedback/feedbacktext.h"
#include "privatefile.h"
#include "reportblocks.h"
#include "reportcharts.h"
#include "reportdata.h"
#include "reportdocument.h"
#include "skillmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

using namespace tandem::core;
using namespace tandem::ui::ReportBlocks;

namespace {

// Page margins in points: about 20 mm at the sides, room for the footer at the bottom.
const QMarginsF PageMargins(56, 50, 56, 62);

// How a group of decisions' held share compares with how sure the user was, in plain words;
// nothing while there are too few to say. Ten points either way is within what a handful of
// decisions can tell.
QString calibrationVerdict(const ReportData::Verdicts &v)
{
    constexpr int Enough = 5;
    if (v.count < Enough)
        return {};
    const double sure = v.confidenceSum / v.count;
    const double gap = *v.heldPercent() - sure;
    if (gap < -10)
        return ProgressReport::tr("you were surer than it turned out");
    if (gap > 10)
        return ProgressReport::tr("it turned out better than you thought");
    return ProgressReport::tr("you were about as sure as it turned out");
}

// "52 → 64, a real rise of 12" and the like, for a trend series.
QString verdict(const TrendSeries &series)
{
    if (series.points.isEmpty())
        return ProgressReport::tr("no scores");
    const QString range
        = QStringLiteral("%1 \u2192 %2").arg(number(series.points.first().score), number(series.points.last().score));
    if (!series.change)
        return range;
    if (!series.change->meaningful)
        return ProgressReport::tr("%1, within the noise").arg(range);
    return series.change->delta > 0
        ? ProgressReport::tr("%1, a real rise of %2").arg(range, number(series.change->delta))
        : ProgressReport::tr("%1, a real fall of %2").arg(range, number(-series.change->delta));
}

QColor changeColour(const std::optional<Change> &change, const ReportStyle &s)
{
    if (!change || !change->meaningful)
        return s.muted;
    return change->delta > 0 ? s.good : s.bad;
}

ReportCharts::Line lineOf(const TrendSeries &series, const QColor &colour)
{
    ReportCharts::Line line { colour, {} };
    for (const TrendPoint &point : series.points)
        line.points.append({ point.time, point.score });
    return line;
}

// The meaningful-change band of a series; none while it has no points.
QList<ReportCharts::Band> bandOf(const TrendSeries &series, const QColor &colour)
{
    if (series.points.isEmpty())
        return {};
    return { { colour, series.bandLow, series.bandHigh } };
}

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return ProgressReport::tr("Led");
    case Mode::Manage: return ProgressReport::tr("Managed");
    case Mode::Both: return ProgressReport::tr("Both");
    case Mode::Unset: break;
    }
    return ProgressReport::tr("Not said");
}

Status checkTarget(const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error { ProgressReport::tr("The report could not be saved: the folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(target.absolutePath())) };
    if (target.isDir())
        return Error {
            ProgressReport::tr("The report could not be saved: %1 is a folder.").arg(QDir::toNativeSeparators(path))
        };
    return Status::success();
}

ReportStyle printStyle(double unit)
{
    ReportStyle s;
    s.unit = unit;
    s.family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    // Paper is white: the light colours, whatever the app's palette.
    QPalette paper;
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, Qt::black);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    s.lead = ChartColors::lead(paper);
    s.manage = ChartColors::manage(paper);
    s.good = Theme::goodColor(paper);
    s.bad = Theme::badColor(paper);
    s.followed = ChartColors::followed(paper);
    s.notFollowed = ChartColors::notFollowed(paper);
    s.noAdvice = ChartColors::noAdvice(paper);
    s.held = ChartColors::held(paper);
    s.activity = ChartColors::activity(3, 4, paper);
    return s;
}

} // namespace

ProgressReport::ProgressReport(const Database &db, const SkillModel &model, const Clock &clock)
    : m_db(db), m_model(model), m_clock(clock)
{
}

QString ProgressReport::suggestedFileName(const QDate &day)
{
    return tr("Tandem progress report %1.pdf").arg(day.toString(Qt::ISODate));
}

Status ProgressReport::write(const QString &path) const
{
    // A report that cannot be saved is said so before the store is read.
    if (Status usable = checkTarget(path); !usable)
        return usable;

    const auto data = ReportData::read(m_db, m_model, m_clock);
    if (!data)
        return Error { tr("The report could not be made: %1").arg(data.error()) };
    return write(path, data.value());
}

Status ProgressReport::write(const QString &path, const ReportData &data) const
{
    if (Status usable = checkTarget(path); !usable)
        return usable;
    const QString shownPath = QDir::toNativeSeparators(path);

    // Written beside the target and renamed only on commit, so a failure part way leaves no
    // half-written report and keeps any earlier one; owner-only, as it holds the user's scores.
    PrivateFile file(path);
    if (Status opened = file.open(); !opened)
        return Error { tr("The report could not be saved: %1").arg(opened.error()), opened.errorDetails(),
                       opened.failure().kind };

    bool painted = false;
    {
        QPdfWriter writer(&file.device());
        writer.setPageSize(m_pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Tandem progress report"));
        writer.setCreator(QStringLiteral("Tandem"));
        ReportDocument doc(writer, printStyle(writer.resolution() / 72.0), PageMargins);
        buildTitle(doc, data);
        if (data.isEmpty()) {
            buildEmpty(doc);
        } else {
            buildProfile(doc, data);
            buildTrends(doc, data);
            buildGoals(doc, data);
            buildFeedback(doc, data);
            buildDecisions(doc, data);
            buildJournal(doc, data);
        }
        doc.paginate();
        QPainter painter;
        if (painter.begin(&writer)) {
            const QString footer = tr("Tandem progress report \u00b7 %1").arg(mediumDate(data.generatedAt.date()));
            painted = doc.render(painter, footer);
            painted = painter.end() && painted;
        }
    }
    if (!painted) {
        file.cancel();
        return Error { tr("The report could not be saved to %1: the PDF could not be drawn").arg(shownPath) };
    }
    if (Status committed = file.commit(); !committed)
        return Error { tr("The report could not be saved: %1").arg(committed.error()) };
    return Status::success();
}

void ProgressReport::buildTitle(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    const QFont titleFont = s.font(26, true);
    const QFont periodFont = s.font(11.5);
    const QFont smallFont = s.font(9);
    const double titleHeight = doc.metrics(titleFont).height();
    const double periodHeight = doc.metrics(periodFont).height();
    const double smallHeight = doc.metrics(smallFont).height();

    const QString title = tr("Tandem progress report");
    const QString period = data.firstDay.isValid()
        ? tr("Period covered: %1 to %2").arg(mediumDate(data.firstDay), mediumDate(data.lastDay))
        : tr("No records yet");
    const QString generated
        = tr("Generated on %1 at %2")
              .arg(Format::longDate(data.generatedAt.date()), Format::time(data.generatedAt.time()));
    const double height = titleHeight + s.pt(14) + periodHeight + s.pt(2) + smallHeight;
    doc.addBlock(height, [=](QPainter &painter, const QRectF &rect) {
        painter.setFont(titleFont);
        painter.setPen(s.ink);
        painter.drawText(QRectF(0, 0, rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        double y = titleHeight + s.pt(4);
        painter.fillRect(QRectF(0, y, s.pt(44), s.pt(3.5)), s.lead);
        painter.fillRect(QRectF(s.pt(44), y, s.pt(44), s.pt(3.5)), s.manage);
        y += s.pt(10);
        painter.setFont(periodFont);
        painter.drawText(QRectF(0, y, rect.width(), periodHeight), Qt::AlignLeft | Qt::AlignVCenter, period);
        y += periodHeight + s.pt(2);
        painter.setFont(smallFont);
        painter.setPen(s.muted);
        painter.drawText(QRectF(0, y, rect.width(), smallHeight), Qt::AlignLeft | Qt::AlignVCenter, generated);
    });
    if (data.isEmpty())
        return;
    doc.addSpace(14);
    const QLocale locale;
    tiles(doc,
          { { tr("Full assessments"), locale.toString(data.fullAssessments), {}, {}, {} },
            { tr("Weekly pulses"), locale.toString(data.pulses), {}, {}, {} },
            { tr("Journal entries"), locale.toString(data.journalEntries), {}, {}, {} },
            { tr("Goals"),
              locale.toString(data.goalsActive + data.goalsPaused + data.goalsDone + data.goalsDropped),
              {},
              {},
              {} } });
}

void ProgressReport::buildEmpty(ReportDocument &doc) const
{
    const ReportStyle &s = doc.style();
    heading(doc, tr("Nothing to report yet"));
    paragraph(doc,
              esc(tr("This report fills in as you use Tandem: your profile, how it changes over time, your goals "
                     "and what your journal shows. There is nothing in Tandem yet, so here is how to start.")),
              10);
    doc.addSpace(6);
    const QList<QPair<QString, QString>> steps {
        { tr("Take your first full assessment."),
          tr("In Check-in: about ten minutes, and it gives you your profile on every skill.") },
        { tr("Write about a real situation."),
          tr("After a meeting, a decision or a hard talk, note in the Journal what happened and whether you led or "
             "managed. A few lines are enough.") },
        { tr("Keep the rhythm."),
          tr("A one-minute pulse each week, a full assessment every few weeks. From the second full assessment on, "
             "this report shows which changes are real.") },
    };
    QString html;
    int n = 1;
    for (const auto &[title, text] : steps)
        html += para(s, QStringLiteral("<b>%1. %2</b> %3").arg(n++).arg(esc(title), esc(text)), 0, 6);
    doc.addHtml(html, 10);
}

void ProgressReport::buildProfile(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    heading(doc, tr("Your profile"));
    if (!data.latestFull) {
        paragraph(doc,
                  esc(tr("You have not taken a full assessment yet. It takes about ten minutes and shows where you "
                         "stand on every skill, and how leading and managing balance for you.")));
        return;
    }
    const AssessmentResult &result = *data.latestFull;
    const Profile &p = result.profile;
    QString intro;
    if (p.label)
        intro
            += para(s, QStringLiteral("<b>%1</b>").arg(esc(p.label->text())), 0, 2, QStringLiteral(" font-size:14pt;"));
    intro += para(s,
                  muted(s,
                        esc(tr("From your full assessment of %1.")
                                .arg(mediumDate(result.assessment.takenAt.toLocalTime().date())))));
    doc.addHtml(intro);
    doc.addSpace(8);

    QList<Tile> indices;
    if (p.leadership)
        indices.append({ tr("Leadership index"), number(*p.leadership), s.lead, *p.leadership, {} });
    if (p.management)
        indices.append({ tr("Management index"), number(*p.management), s.manage, *p.management, {} });
    if (p.balance) {
        const long b = std::lround(*p.balance);
        const QString side = b > 0 ? tr("towards leading") : b < 0 ? tr("towards managing") : tr("even");
        indices.append({ tr("Balance"), signedNumber(*p.balance), s.ink, std::nullopt, side });
    }
    tiles(doc, indices);

    // Every skill with its bar and its change since the previous full assessment.
    subheading(doc, tr("Skills"));
    const bool hasPrevious = result.previous.has_value();
    QList<ReportCharts::BarRow> rows;
    for (const Role role : { Role::Lead, Role::Manage }) {
        rows.append({ ReportCharts::BarRow::Kind::Heading,
                      role == Role::Lead ? tr("Leading skills") : tr("Managing skills"),
                      {},
                      tr("Score"),
                      hasPrevious ? tr("Change") : QString(),
                      {},
                      {},
                      {},
                      false });
        for (const Skill *skill : m_model.skillsOf(role)) {
            ReportCharts::BarRow row;
            row.label = skill->name;
            row.colour = role == Role::Lead ? s.lead : s.manage;
            if (const auto it = p.skills.constFind(skill->id); it != p.skills.cend()) {
                row.value = *it;
                row.valueText = number(*it);
            }
            if (const auto c = result.changes.skills.constFind(skill->id); c != result.changes.skills.cend()) {
                row.detail = c->meaningful ? tr("%1 real").arg(signedNumber(c->delta)) : signedNumber(c->delta);
                row.detailColour = changeColour(*c, s);
                row.detailBold = c->meaningful;
            }
            rows.append(row);
        }
    }
    const QString missing = tr("not enough answers");
    doc.addBlock(ReportCharts::barRowsHeight(s, rows), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::barRows(painter, s, rect, rows, 100, missing);
    });

    // The changes larger than noise, in words, as the dashboard gives them.
    doc.addSpace(8);
    if (hasPrevious) {
        const QString since = mediumDate(result.previous->takenAt.toLocalTime().date());
        QStringList real;
        const auto add = [&](const QString &name, const std::optional<Change> &change) {
            if (change && change->meaningful)
                real << QStringLiteral("<span style=\"color:%1;\"><b>%2 %3</b></span>")
                            .arg(changeColour(change, s).name(), esc(name), signedNumber(change->delta));
        };
        add(tr("Leadership"), result.changes.leadership);
        add(tr("Management"), result.changes.management);
        add(tr("Balance"), result.changes.balance);
        for (const Skill &skill : m_model.skills) {
            if (const auto it = result.changes.skills.constFind(skill.id); it != result.changes.skills.cend())
                add(skill.name, *it);
        }
        if (real.isEmpty())
            paragraph(doc,
                      esc(tr("No real change since your full assessment of %1: every difference is within the "
                             "day-to-day noise of the answers.")
                              .arg(since)));
        else
            paragraph(doc,
                      QStringLiteral("%1 %2.").arg(esc(tr("Real changes since your full assessment of %1:").arg(since)),
                                                   real.join(QStringLiteral(", "))));
        note(doc,
             tr("A change is called real only when it is larger than the smallest change the answers can show "
                "(MDC95, see Learn); smaller ones, in grey, are within the noise."));
    } else {
        paragraph(doc,
                  muted(s,
                        esc(tr("This is your first full assessment. From the next one on, the report shows what has "
                               "really changed."))));
    }

    // Strengths and growth areas, each with a tip (a different one each week, as on the dashboard).
    if (!p.strengths.isEmpty() || !p.growthAreas.isEmpty()) {
        subheading(doc, tr("Strengths and where to grow"));
        const int week = data.generatedAt.date().weekNumber();
        const auto column = [&](const QString &title, const QStringList &ids) {
            QString html = para(s, QStringLiteral("<b>%1</b>").arg(esc(title)), 0, 3);
            if (ids.isEmpty())
                html += para(s, esc(tr("Your skills are level with each other this time, so none stands out.")));
            for (const QString &id : ids) {
                const Skill *skill = m_model.skill(id);
                if (!skill)
                    continue;
                const QColor accent = skill->role == Role::Lead ? s.lead : s.manage;
                html += para(s,
                             QStringLiteral("<b style=\"color:%1;\">%2</b> &nbsp;%3")
                                 .arg(accent.name(), esc(skill->name), number(p.skills.value(id))),
                             4, 1);
                if (!skill->tips.isEmpty())
                    html += para(s,
                                 muted(s, esc(tr("Try this:"))) + QLatin1Char(' ')
                                     + esc(skill->tips.at(week % skill->tips.size()).text),
                                 0, 2, QStringLiteral(" font-size:8.5pt;"));
            }
            return html;
        };
        doc.addHtml(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                   "<td width=\"48%\" valign=\"top\">%1</td><td width=\"4%\"></td>"
                                   "<td width=\"48%\" valign=\"top\">%2</td></tr></table>")
                        .arg(column(tr("Your strengths"), p.strengths), column(tr("Where to grow"), p.growthAreas)));
    }

    // The five contrasts: each pole scored on its own, leading to the left, managing to the right.
    if (data.poles && !data.poles->contrasts.isEmpty()) {
        subheading(doc, tr("The five contrasts"));
        paragraph(doc,
                  muted(s, esc(tr("Each pole is scored on its own, so you can be strong at both ends of a contrast."))),
                  8.5);
        doc.keepWithNext();
        doc.addSpace(4);
        QList<ReportCharts::PoleRow> poleRows;
        for (const PolePair &pole : data.poles->contrasts) {
            if (const Contrast *contrast = m_model.contrast(pole.contrastId))
                poleRows.append({ contrast->leadPole.name, contrast->managePole.name, pole.lead, pole.manage });
        }
        const QString leadCaption = tr("Leading pole");
        const QString manageCaption = tr("Managing pole");
        doc.addBlock(ReportCharts::polesHeight(s, poleRows.size()), [=](QPainter &painter, const QRectF &rect) {
            ReportCharts::poles(painter, s, rect, poleRows, leadCaption, manageCaption);
        });
    }
}

void ProgressReport::buildTrends(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    heading(doc, tr("Trends"));
    const Trend &trend = data.trend;
    if (trend.assessments < 2) {
        paragraph(doc,
                  esc(data.fullAssessments == 0
                          ? tr("Trends start with your full assessments: take one in Check-in, and another a few weeks "
                               "later, to see how your skills move.")
                          : tr("Trends need at least two full assessments, and you have one so far. Take another in a "
                               "few weeks to see how your skills move.")));
        return;
    }
    QString intro
        = tr("Your %1 full assessments from %2 to %3.")
              .arg(QLocale().toString(trend.assessments), mediumDate(data.firstFull), mediumDate(data.lastFull));
    switch (trend.bucket) {
    case TrendBucket::Week: intro += QLatin1Char(' ') + tr("Each point is the mean of a week's assessments."); break;
    case TrendBucket::Month: intro += QLatin1Char(' ') + tr("Each point is the mean of a month's assessments."); break;
    case TrendBucket::Quarter:
        intro += QLatin1Char(' ') + tr("Each point is the mean of a quarter's assessments.");
        break;
    case TrendBucket::Year: intro += QLatin1Char(' ') + tr("Each point is the mean of a year's assessments."); break;
    case TrendBucket::None: break;
    }
    intro += QLatin1Char(' ')
        + tr("The shaded band around the first score is the smallest change that counts as real: a line that "
             "leaves it has really moved.");
    paragraph(doc, esc(intro));
    doc.keepWithNext();

    // Both indices on one chart, under a legend.
    subheading(doc, tr("Leading and managing"));
    const QList<ReportCharts::LegendEntry> legend { { tr("Leadership index"), s.lead, false },
                                                    { tr("Management index"), s.manage, false },
                                                    { tr("No real change from the first score"), s.muted, true } };
    const QList<ReportCharts::Line> indexLines { lineOf(trend.leadership, s.lead), lineOf(trend.management, s.manage) };
    const QList<ReportCharts::Band> indexBands = bandOf(trend.leadership, s.lead) + bandOf(trend.management, s.manage);
    const double legendHeight = ReportCharts::legendHeight(s);
    doc.addBlock(legendHeight + s.pt(200), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::legend(painter, s, QRectF(s.pt(22), 0, rect.width() - s.pt(22), legendHeight), legend);
        ReportCharts::scoreChart(painter, s, QRectF(0, legendHeight, rect.width(), rect.height() - legendHeight),
                                 indexLines, indexBands, false);
    });
    doc.addSpace(6);
    paragraph(doc,
              QStringLiteral("<b>%1:</b> <span style=\"color:%2;\">%3</span>. &nbsp; <b>%4:</b> "
                             "<span style=\"color:%5;\">%6</span>.")
                  .arg(esc(tr("Leadership")), changeColour(trend.leadership.change, s).name(),
                       esc(verdict(trend.leadership)), esc(tr("Management")),
                       changeColour(trend.management.change, s).name(), esc(verdict(trend.management))));

    // Each skill as a small chart, two to a row.
    subheading(doc, tr("Each skill"));
    struct Cell
    {
        QString name;
        QColor colour;
        QString verdict;
        QColor verdictColour;
        ReportCharts::Line line;
        QList<ReportCharts::Band> bands;
    };
    QList<Cell> cells;
    for (const TrendSeries &series : trend.skills) {
        const Skill *skill = m_model.skill(series.id);
        const QColor colour = skill && skill->role == Role::Manage ? s.manage : s.lead;
        cells.append({ skill ? skill->name : series.id, colour, verdict(series), changeColour(series.change, s),
                       lineOf(series, colour), bandOf(series, colour) });
    }
    const QFont nameFont = s.font(9, true);
    const QFont verdictFont = s.font(7.5);
    const double nameHeight = doc.metrics(nameFont).height();
    const double titleHeight = nameHeight + doc.metrics(verdictFont).height() + s.pt(2);
    const double chartHeight = s.pt(92);
    for (qsizetype i = 0; i < cells.size(); i += 2) {
        const QList<Cell> pair = cells.mid(i, 2);
        doc.addBlock(titleHeight + chartHeight + s.pt(10), [=](QPainter &painter, const QRectF &rect) {
            const double gap = s.pt(18);
            const double w = (rect.width() - gap) / 2;
            for (qsizetype k = 0; k < pair.size(); ++k) {
                const Cell &cell = pair.at(k);
                const double x = double(k) * (w + gap);
                painter.setFont(nameFont);
                painter.setPen(cell.colour);
                painter.drawText(QRectF(x, 0, w, nameHeight), Qt::AlignLeft | Qt::AlignVCenter, cell.name);
                painter.setFont(verdictFont);
                painter.setPen(cell.verdictColour);
                painter.drawText(QRectF(x, nameHeight, w, titleHeight - nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 cell.verdict);
                ReportCharts::scoreChart(painter, s, QRectF(x, titleHeight, w, chartHeight), { cell.line }, cell.bands,
                                         true);
            }
        });
    }
}

void ProgressReport::buildGoals(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    heading(doc, tr("Goals"));
    const QLocale locale;
    tiles(doc,
          { { tr("Active"), locale.toString(data.goalsActive), {}, {}, {} },
            { tr("Paused"), locale.toString(data.goalsPaused), s.muted, {}, {} },
            { tr("Done"), locale.toString(data.goalsDone), s.good, {}, {} },
            { tr("Dropped"), locale.toString(data.goalsDropped), s.muted, {}, {} } });
    doc.addSpace(8);

    if (data.activeGoals.isEmpty()) {
        paragraph(
            doc,
            esc(data.goalsDone + data.goalsDropped > 0
                    ? tr("No goal is active just now. Pick one of your growth areas and set the next goal with a "
                         "few concrete steps.")
                    : tr("No goals yet. Pick one of your growth areas and set a goal with a few concrete steps.")));
    } else {
        subheading(doc, data.goalsPaused > 0 ? tr("Active and paused goals") : tr("Active goals"));
        doc.addSpace(2);
    }
    const std::optional<Profile> profile = data.latestFull ? std::optional(data.latestFull->profile) : std::nullopt;
    for (const Goal &goal : data.activeGoals) {
        QStringList facts;
        if (goal.status == GoalStatus::Paused)
            facts << esc(tr("paused"));
        facts << esc(goalTargetName(goal, m_model));
        facts << esc(goal.dueOn.isValid() ? tr("due %1").arg(mediumDate(goal.dueOn)) : tr("no date"));
        if (goal.targetScore) {
            // The score now, from the latest full assessment: the skill's, or the pole's.
            const QMap<QString, double> *scores = !profile ? nullptr
                : goal.targetKind == GoalTarget::Skill     ? &profile->skills
                : goal.targetKind == GoalTarget::LeadPole  ? &profile->leadPoles
                                                           : &profile->managePoles;
            QString target = tr("target %1").arg(*goal.targetScore);
            if (scores && scores->contains(goal.targetId))
                target = tr("target %1, now %2").arg(*goal.targetScore).arg(number(scores->value(goal.targetId)));
            facts << esc(target);
        }
        if (!goal.steps.isEmpty())
            facts << esc(tr("%1 of %n steps done", nullptr, static_cast<int>(goal.steps.size())).arg(goal.stepsDone()));
        QString html = para(s, QStringLiteral("<b>%1</b>").arg(esc(elided(goal.title, 160))), 0, 1,
                            QStringLiteral(" font-size:10.5pt;"));
        html += para(s, muted(s, facts.join(QStringLiteral(" \u00b7 "))), 0, 3);
        if (const GoalStep *next = goal.nextStep()) {
            const QString when = next->dueOn.isValid() ? tr(" (due %1)").arg(mediumDate(next->dueOn)) : QString();
            html += para(s, tr("Next step: %1").arg(esc(elided(next->text, 200)) + esc(when)), 0, 3);
        }
        if (!goal.why.trimmed().isEmpty())
            html += para(s, esc(elided(goal.why, 400)), 0, 3);
        for (const GoalStep &step : goal.steps) {
            // U+2611 and U+2610: ballot boxes with and without a check.
            const QString box = step.doneAt.isValid() ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
            QString line = QStringLiteral("%1&nbsp; %2").arg(box, esc(elided(step.text, 200)));
            if (step.doneAt.isValid())
                line += QLatin1Char(' ')
                    + muted(s, esc(tr("(done %1)").arg(mediumDate(step.doneAt.toLocalTime().date()))));
            html += para(s, line, 0, 1, QStringLiteral(" margin-left:%1px;").arg(s.px(10)));
        }
        doc.addHtml(html);
        doc.addSpace(10);
    }
    if (data.goalsActive + data.goalsPaused > data.activeGoals.size())
        note(doc,
             tr("The report lists %1 of your active and paused goals, those due soonest; %2 more are in Tandem.")
                 .arg(data.activeGoals.size())
                 .arg(data.goalsActive + data.goalsPaused - data.activeGoals.size()));

    // What was achieved: the latest done goals, one line each.
    if (!data.doneGoals.isEmpty()) {
        subheading(doc, tr("Done"));
        doc.addSpace(2);
        QString rows;
        for (const Goal &goal : data.doneGoals) {
            const QString date = goal.closedAt.isValid()
                ? QLocale().toString(goal.closedAt.toLocalTime().date(), QStringLiteral("MMM yyyy"))
                : QString();
            const QString steps
                = goal.steps.isEmpty() ? QString() : tr("%1 of %n steps", nullptr, static_cast<int>(goal.steps.size())).arg(goal.stepsDone());
            rows
                += QStringLiteral("<tr><td width=\"4%\" style=\"color:%1;\">\u2713</td><td width=\"46%\"><b>%2</b></td>"
                                  "<td width=\"25%\">%3</td><td width=\"12%\">%4</td><td width=\"13%\">%5</td></tr>")
                       .arg(s.good.name(), esc(elided(goal.title, 160)), esc(goalTargetName(goal, m_model)),
                            muted(s, esc(date)), muted(s, esc(steps)));
        }
        doc.addHtml(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">%2</table>")
                        .arg(s.px(2))
                        .arg(rows),
                    9);
        if (data.goalsDone > data.doneGoals.size())
            note(doc,
                 tr("The %1 goals done most recently; %n earlier ones are in Tandem.", nullptr,
                    static_cast<int>(data.goalsDone - data.doneGoals.size()))
                     .arg(data.doneGoals.size()));
    }
}

void ProgressReport::buildFeedback(ReportDocument &doc, const ReportData &data) const
{
    if (data.feedbackRounds == 0)
        return;
    const ReportStyle s = doc.style();
    heading(doc, tr("How colleagues see you"));
    if (!data.feedback) {
        paragraph(doc,
                  esc(tr("A feedback round shows here once %1 colleagues have answered it, so that no single answer "
                         "can be recognised.")
                          .arg(FeedbackLimits::MinRaters)));
        return;
    }
    const FeedbackRoundResults &r = *data.feedback;
    QString intro = tr("From the feedback round of %1: %n colleagues answered.", nullptr, r.results.responses)
                        .arg(mediumDate(r.round.createdAt.toLocalTime().date()));
    intro += QLatin1Char(' ')
        + (r.selfAssessmentId
               ? tr("“You” is your full assessment of %1.").arg(mediumDate(r.selfTakenAt.toLocalTime().date()))
               : tr("You had taken no full assessment by then, so there is no view of your own to compare."));
    paragraph(doc, esc(intro));

    // Each score the round asked: self, the colleagues' mean and spread, and the gap in the words
    // the Feedback page uses.
    QString rows = QStringLiteral("<tr><td width=\"40%\"><b>%1</b></td><td width=\"12%\" align=\"right\"><b>%2</b></td>"
                                  "<td width=\"18%\" align=\"right\"><b>%3</b></td><td width=\"30%\">&nbsp;&nbsp;<b>%4</b></td></tr>")
                       .arg(esc(tr("Score")), esc(tr("You")), esc(tr("Colleagues")), esc(tr("Gap")));
    const auto row = [&](const QString &name, const ScoreGap &gap) {
        const bool marked = gap.verdict == GapVerdict::BlindSpot || gap.verdict == GapVerdict::HiddenStrength;
        const QString colour = gap.verdict == GapVerdict::BlindSpot ? s.bad.name()
            : gap.verdict == GapVerdict::HiddenStrength            ? s.good.name()
                                                                   : s.muted.name();
        QString others = QStringLiteral("—");
        if (gap.othersMean)
            others = tr("%1 ± %2").arg(number(*gap.othersMean), number(gap.othersSpread.value_or(0)));
        QString words = FeedbackText::verdict(gap.verdict);
        if (gap.disagree)
            words += tr("; raters disagree");
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td style=\"color:%4;\">&nbsp;&nbsp;%5</td></tr>")
                    .arg(esc(name), gap.self ? number(*gap.self) : QStringLiteral("—"), esc(others), colour,
                         marked ? QStringLiteral("<b>%1</b>").arg(esc(words)) : esc(words));
    };
    if (r.results.leadership)
        row(tr("Leadership index"), *r.results.leadership);
    if (r.results.management)
        row(tr("Management index"), *r.results.management);
    for (const ScoreGap &gap : r.results.skills) {
        if (const Skill *skill = m_model.skill(gap.id))
            row(skill->name, gap);
    }
    doc.addHtml(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">%2</table>")
                    .arg(s.px(2))
                    .arg(rows),
                9);
    note(doc,
         tr("A gap is marked only when it is larger than what the number of colleagues and the noise of the answers "
            "allow. Colleagues' scores show only from %1 answers on, and never their lowest or highest.")
             .arg(FeedbackLimits::MinRaters));
}

void ProgressReport::buildDecisions(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    const ReportData::Decisions &d = data.decisions;
    heading(doc, tr("Decisions looked back on"));
    if (d.recorded == 0) {
        paragraph(doc,
                  esc(tr("No decisions recorded yet. When a journal entry is about a decision, note what you expect "
                         "to happen and how sure you are; when you look back on it a few weeks later, this section "
                         "shows how often your expectations held and whether following the advisor paid off.")));
        return;
    }
    const QLocale locale;
    const auto percent = [&locale](const std::optional<double> &value) {
        return value ? tr("%1 %").arg(locale.toString(static_cast<int>(std::lround(*value))))
                     : QStringLiteral("\u2013");
    };
    tiles(doc,
          { { tr("Recorded"), locale.toString(d.recorded), {}, {}, {} },
            { tr("Looked back on"), locale.toString(d.reviewed.count), {}, {}, {} },
            { tr("Expectations held"), percent(d.reviewed.heldPercent()), s.held, d.reviewed.heldPercent(), {} },
            { tr("Still to review"),
              locale.toString(d.open),
              {},
              {},
              d.due > 0 ? tr("%1 due now").arg(locale.toString(d.due)) : QString() } });
    doc.addSpace(6);
    if (d.reviewed.count == 0) {
        paragraph(doc,
                  esc(tr("You have not looked back on any of them yet. When a review date comes, Tandem asks what "
                         "happened; your answers fill in this section.")));
        return;
    }
    paragraph(doc,
              esc(tr("Of the %Ln decisions you looked back on, what you expected came about in %1, partly in %2 "
                     "and not in %3.",
                     nullptr, d.reviewed.count)
                      .arg(locale.toString(d.reviewed.held),
                           locale.toString(d.reviewed.partly), locale.toString(d.reviewed.notHeld))));

    // Calibration: for each level of confidence, how often the expectation held.
    using Row = ReportCharts::BarRow;
    const auto share
        = [&](const QString &label, const ReportData::Verdicts &v, const QColor &colour, const QString &detail) {
              Row row;
              row.label = label;
              row.colour = colour;
              if (const std::optional<double> held = v.heldPercent()) {
                  row.value = *held;
                  row.valueText = percent(held);
                  row.detail = detail;
              }
              return row;
          };
    subheading(doc, tr("How sure you were, and how it turned out"));
    QList<Row> rows { { Row::Kind::Heading, tr("When you were"), {}, tr("held"), {}, {}, {}, {}, false } };
    QStringList verdicts;
    for (const ReportData::ConfidenceBand &band : d.bands) {
        // The same levels of 10 % as the Progress page's calibration chart.
        const QString label = band.low == band.high ? tr("%1 % sure").arg(band.low)
                                                    : tr("%1\u2013%2 % sure").arg(band.low).arg(band.high);
        const ReportData::Verdicts &v = band.verdicts;
        rows.append(
            share(label, v, s.held, v.count == 0 ? QString() : tr("%Ln decisions", nullptr, v.count)));
        if (const QString verdict = calibrationVerdict(v); !verdict.isEmpty())
            verdicts.append(tr("%1: %2.").arg(label.at(0).toUpper() + label.mid(1), verdict));
    }
    const QString none = tr("none looked back on");
    doc.addBlock(ReportCharts::barRowsHeight(s, rows), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::barRows(painter, s, rect, rows, 100, none);
    });
    if (!verdicts.isEmpty())
        paragraph(doc, esc(verdicts.join(QLatin1Char(' '))));
    note(doc,
         tr("An expectation that partly held counts as half. When the share that held is close to how sure you "
            "were, your sense of certainty can be trusted; well below it, you tend to be too sure; well above it, "
            "you are right more often than you think."));

    // Advice and outcomes: how often expectations held when the advice was followed, or not.
    subheading(doc, tr("The advisor's advice and how it turned out"));
    const auto count = [&locale](const ReportData::Verdicts &v) {
        return v.count == 0 ? QString() : tr("%Ln decisions", nullptr, v.count);
    };
    const QList<Row> adviceRows { { Row::Kind::Heading, tr("When you"), {}, tr("held"), {}, {}, {}, {}, false },
                                  share(tr("Followed the advice"), d.followed, s.followed, count(d.followed)),
                                  share(tr("Chose differently"), d.notFollowed, s.notFollowed, count(d.notFollowed)),
                                  share(tr("Did not ask the advisor"), d.noAdvice, s.noAdvice, count(d.noAdvice)) };
    doc.addBlock(ReportCharts::barRowsHeight(s, adviceRows), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::barRows(painter, s, rect, adviceRows, 100, none);
    });
    const std::optional<double> followed = d.followed.heldPercent();
    const std::optional<double> other = d.notFollowed.heldPercent();
    if (followed && other) {
        const double gap = *followed - *other;
        const QString words = std::abs(gap) < 10
            ? tr("Whether you followed the advice or not made little difference to how often your expectations "
                 "held (%1 against %2).")
            : gap > 0 ? tr("Your expectations held more often when you followed the advice (%1) than when you chose "
                           "differently (%2).")
                      : tr("Your expectations held more often when you chose differently from the advice (%2) than "
                           "when you followed it (%1): your own reading of these situations has served you well.");
        paragraph(doc, esc(words.arg(percent(followed), percent(other))));
    }
    note(doc,
         tr("\"Followed the advice\" means that what you did, as you said at the review, was what the Lead or "
            "Manage? advisor suggested."));
}

void ProgressReport::buildJournal(ReportDocument &doc, const ReportData &data) const
{
    const ReportStyle s = doc.style();
    heading(doc, tr("Journal highlights"));
    if (data.journalEntries == 0) {
        paragraph(doc,
                  esc(tr("No journal entries yet. After a meeting, a decision or a hard talk, write down what happened "
                         "and whether you led or managed: a few lines are enough, and over time this section shows "
                         "what works for you.")));
        return;
    }
    const QLocale locale;
    const auto months = std::max<qsizetype>(1, data.entriesPerMonth.size());
    tiles(doc,
          { { tr("Entries"), locale.toString(data.journalEntries), {}, {}, {} },
            { tr("First entry"), locale.toString(data.firstEntry, QStringLiteral("MMM yyyy")), {}, {}, {} },
            { tr("A month, on average"),
              locale.toString(double(data.journalEntries) / double(months), 'f', 1),
              {},
              {},
              {} } });

    // Entries per month, or per quarter when months would be too thin to read.
    QList<ReportCharts::Count> counts;
    const bool quarters = data.entriesPerMonth.size() > 48;
    for (auto it = data.entriesPerMonth.cbegin(); it != data.entriesPerMonth.cend(); ++it) {
        const QDate start = quarters ? QDate(it.key().year(), (it.key().month() - 1) / 3 * 3 + 1, 1) : it.key();
        if (!counts.isEmpty() && counts.last().start == start)
            counts.last().value += it.value();
        else
            counts.append({ start, it.value() });
    }
    subheading(doc, quarters ? tr("Entries per quarter") : tr("Entries per month"));
    doc.addBlock(s.pt(120), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::countChart(painter, s, rect, counts, s.activity);
    });

    // What the user did in the situations they wrote about.
    subheading(doc, tr("What you did"));
    const auto entries = [&data](Mode mode) { return data.entriesByMode.at(static_cast<std::size_t>(mode)); };
    QList<ReportCharts::Share> shares { { modeName(Mode::Lead), entries(Mode::Lead), s.lead, {} },
                                        { modeName(Mode::Manage), entries(Mode::Manage), s.manage, {} },
                                        { modeName(Mode::Both), entries(Mode::Both), s.lead, s.manage } };
    if (entries(Mode::Unset) > 0)
        shares.append({ modeName(Mode::Unset), entries(Mode::Unset), s.rule, {} });
    const double shareHeight = s.pt(12) + s.pt(6) + 2 * (doc.metrics(s.font(8.5)).height() + s.pt(3));
    doc.addBlock(shareHeight, [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::shareBar(painter, s, rect, s.pt(12), shares);
    });

    // How it went: mean ratings by what the user did and by whether they followed the advice.
    subheading(doc, tr("How it went"));
    using Row = ReportCharts::BarRow;
    const auto rating
        = [&](const QString &label, const OutcomeGroup &group, const QColor &colour, const QColor &second = {}) {
              Row row;
              row.label = label;
              row.colour = colour;
              row.second = second;
              if (group.meanRating) {
                  // On the rating's own scale: empty at 1, full at 5 (the bars span 1 to 5).
                  row.value = *group.meanRating - 1;
                  row.valueText = locale.toString(*group.meanRating, 'f', 1);
                  row.detail = tr("of 5 \u00b7 %1 rated").arg(locale.toString(group.count));
              }
              return row;
          };
    const AdviceOutcomes &o = data.outcomes;
    QList<Row> rows { { Row::Kind::Heading, tr("By what you did"), {}, {}, {}, {}, {}, {}, false },
                      rating(modeName(Mode::Lead), o.lead, s.lead),
                      rating(modeName(Mode::Manage), o.manage, s.manage),
                      rating(modeName(Mode::Both), o.both, s.lead, s.manage),
                      { Row::Kind::Heading, tr("By the advisor's advice"), {}, {}, {}, {}, {}, {}, false } };
    if (o.followed.count + o.notFollowed.count == 0) {
        rows.append({ Row::Kind::Message,
                      tr("You have not rated a situation in which you asked the Lead or Manage? advisor yet."),
                      {},
                      {},
                      {},
                      {},
                      {},
                      {},
                      false });
    } else {
        rows.append(rating(tr("Followed the advice"), o.followed, s.followed));
        rows.append(rating(tr("Chose differently"), o.notFollowed, s.notFollowed));
        rows.append(rating(tr("No advice asked"), o.noAdvice, s.noAdvice));
    }
    const QString noRated = tr("no rated entries");
    doc.addBlock(ReportCharts::barRowsHeight(s, rows), [=](QPainter &painter, const QRectF &rect) {
        ReportCharts::barRows(painter, s, rect, rows, 4, noRated);
    });
    note(doc,
         tr("Ratings are your own answer, from 1 to 5, to how a situation went; only rated entries count. A bar is "
            "empty at 1 and full at 5. "
            "\"Followed the advice\" means you did what the Lead or Manage? advisor suggested."));

    // The newest lessons, in the user's words.
    if (!data.lessons.isEmpty()) {
        subheading(doc, tr("What you learned"));
        doc.addSpace(2);
        for (const ReportData::Lesson &lesson : data.lessons) {
            const QString title = lesson.title.isEmpty() ? tr("(untitled)") : elided(lesson.title, 120);
            const QString head = QStringLiteral("%1 \u00b7 <b>%2</b>")
                                     .arg(esc(mediumDate(lesson.occurredAt.toLocalTime().date())), esc(title));
            doc.addHtml(para(s, muted(s, head), 0, 1) + para(s, esc(elided(lesson.learned, 600))));
            doc.addSpace(7);
        }
    }
}

} // namespace tandem::ui
