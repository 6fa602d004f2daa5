#include "resultshtml.h"

#include "common/chartcolors.h"
#include "common/format.h"
#include "common/theme.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double value)
{
    return QString::number(std::lround(value));
}

// A horizontal bar of the score (0–100) in the accent colour on a faint track.
QString bar(double score, const QColor &accent, const QPalette &palette)
{
    const int filled = std::clamp(static_cast<int>(std::lround(score)), 0, 100);
    const QColor track = Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.12);
    QString cells;
    if (filled > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(filled).arg(accent.name());
    if (filled < 100)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(100 - filled).arg(track.name());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"font-size: 6pt;\"><tr>")
        + cells + QStringLiteral("</tr></table>");
}

QString changeCell(const std::optional<Change> &change, const QPalette &palette)
{
    const QString text = ResultsHtml::changeText(change);
    if (text.isEmpty())
        return QStringLiteral("<td></td>");
    QColor colour = Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
    if (change->meaningful)
        colour = change->delta > 0 ? Theme::goodColor(palette) : Theme::badColor(palette);
    return QStringLiteral("<td style=\"color: %1;\">%2%3</td>")
               .arg(colour.name(), change->meaningful ? QStringLiteral("<b>") : QString(), esc(text))
        + (change->meaningful ? QStringLiteral("</b>") : QString());
}

QString signedWhole(double value)
{
    const long v = std::lround(value);
    // U+2212 MINUS SIGN reads better than a hyphen.
    return v > 0 ? QStringLiteral("+%1").arg(v)
        : v < 0  ? QStringLiteral("\u2212%1").arg(-v)
                 : QStringLiteral("\u00b10");
}

} // namespace

QString ResultsHtml::balanceChangeText(const std::optional<Change> &change)
{
    if (!change)
        return {};
    const QString delta = signedWhole(change->delta);
    if (!change->meaningful)
        return QCoreApplication::translate("ResultsHtml", "%1, within noise").arg(delta);
    return change->delta > 0
        ? QCoreApplication::translate("ResultsHtml", "%1, a real shift towards leading").arg(delta)
        : QCoreApplication::translate("ResultsHtml", "%1, a real shift towards managing").arg(delta);
}

QColor ResultsHtml::balanceChangeColour(const std::optional<Change> &change, const QPalette &palette)
{
    if (!change || !change->meaningful)
        return Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
    return ChartColors::role(change->delta > 0 ? Role::Lead : Role::Manage, palette);
}

QString ResultsHtml::balanceNote(const ProfileChanges &changes)
{
    if (!changes.balance || !changes.balance->meaningful || !changes.leadership || !changes.management)
        return {};
    if (changes.leadership->meaningful || changes.management->meaningful)
        return {};
    return QCoreApplication::translate(
               "ResultsHtml",
               "Neither index changed by more than its noise on its own, but they moved in opposite directions "
               "(leadership %1, management %2). The balance is their difference, so the two moves add up in it "
               "to %3, more than the balance's own noise of %4 points: which way you lean has really shifted. "
               "A shift is neither better nor worse.")
        .arg(signedWhole(changes.leadership->delta), signedWhole(changes.management->delta),
             signedWhole(changes.balance->delta))
        .arg(std::lround(ChangeRules::Balance.mdc95()));
}

QString ResultsHtml::balanceChangeHtml(const ProfileChanges &changes, const QPalette &palette)
{
    if (!changes.balance || !changes.balance->meaningful)
        return {};
    const QString side = changes.balance->delta > 0 ? QCoreApplication::translate("ResultsHtml", "towards leading")
                                                    : QCoreApplication::translate("ResultsHtml", "towards managing");
    QString html = QStringLiteral("<span style=\"color: %1;\"><b>%2</b></span>")
                       .arg(balanceChangeColour(changes.balance, palette).name(),
                            esc(QCoreApplication::translate("ResultsHtml", "Balance %1 %2")
                                    .arg(signedWhole(changes.balance->delta), side)));
    if (const QString note = balanceNote(changes); !note.isEmpty())
        html += QStringLiteral(" (%1)").arg(esc(note));
    return html;
}

QString ResultsHtml::changeText(const std::optional<Change> &change)
{
    if (!change)
        return {};
    const long delta = std::lround(change->delta);
    // U+2212 MINUS SIGN reads better than a hyphen.
    const QString signedDelta = delta > 0 ? QStringLiteral("+%1").arg(delta)
        : delta < 0                       ? QStringLiteral("\u2212%1").arg(-delta)
                                          : QStringLiteral("±0");
    return change->meaningful ? QCoreApplication::translate("ResultsHtml", "%1, a real change").arg(signedDelta)
                              : QCoreApplication::translate("ResultsHtml", "%1, within noise").arg(signedDelta);
}

QString ResultsHtml::build(const AssessmentResult &result, const SkillModel &model, const QPalette &palette,
                           bool tipLinks)
{
    const Profile &p = result.profile;
    const bool full = result.assessment.kind == AssessmentKind::Full;
    const QLocale locale;
    const QDateTime taken = result.assessment.takenAt.toLocalTime();
    const QColor muted = Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
    QString html;

    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(full ? QCoreApplication::translate("ResultsHtml", "Full assessment")
                              : QCoreApplication::translate("ResultsHtml", "Weekly pulse")));
    html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                .arg(muted.name(),
                     esc(QCoreApplication::translate("ResultsHtml", "Taken %1 at %2")
                             .arg(Format::longDate(taken.date()), Format::time(taken.time()))));
    if (p.label)
        html += QStringLiteral("<h2>%1</h2>").arg(esc(p.label->text()));

    // Indices.
    const QColor lead = Theme::roleColor(Role::Lead, palette);
    const QColor manage = Theme::roleColor(Role::Manage, palette);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">");
    const auto indexRow = [&](const QString &name, const std::optional<double> &value,
                              const std::optional<Change> &change, const QColor &accent) {
        if (!value)
            return;
        html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td width=\"8%\" align=\"right\"><b>%2</b></td>"
                               "<td width=\"32%\">%3</td>")
                    .arg(esc(name), number(*value), bar(*value, accent, palette))
            + changeCell(change, palette) + QStringLiteral("</tr>");
    };
    indexRow(QCoreApplication::translate("ResultsHtml", "Leadership"), p.leadership, result.changes.leadership, lead);
    indexRow(QCoreApplication::translate("ResultsHtml", "Management"), p.management, result.changes.management, manage);
    if (p.balance) {
        const long b = std::lround(*p.balance);
        const QString side = b > 0 ? QCoreApplication::translate("ResultsHtml", "towards leading")
            : b < 0                ? QCoreApplication::translate("ResultsHtml", "towards managing")
                                   : QCoreApplication::translate("ResultsHtml", "even");
        html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td><td>%3</td>")
                    .arg(esc(QCoreApplication::translate("ResultsHtml", "Balance")),
                         b > 0       ? QStringLiteral("+%1").arg(b)
                             : b < 0 ? QStringLiteral("\u2212%1").arg(-b)
                                     : QStringLiteral("0"),
                         esc(side))
            + QStringLiteral("<td style=\"color: %1;\">%2</td>")
                  .arg(balanceChangeColour(result.changes.balance, palette).name(),
                       result.changes.balance && result.changes.balance->meaningful
                           ? QStringLiteral("<b>%1</b>").arg(esc(balanceChangeText(result.changes.balance)))
                           : esc(balanceChangeText(result.changes.balance)))
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (const QString note = balanceNote(result.changes); !note.isEmpty())
        html += QStringLiteral("<p style=\"color: %1;\">%2</p>").arg(muted.name(), esc(note));

    // Skills, by role.
    for (Role role : { Role::Lead, Role::Manage }) {
        html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                    .arg(Theme::roleColor(role, palette).name(),
                         esc(role == Role::Lead ? QCoreApplication::translate("ResultsHtml", "Leading skills")
                                                : QCoreApplication::translate("ResultsHtml", "Managing skills")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
        for (const Skill *skill : model.skillsOf(role)) {
            const auto score = p.skills.constFind(skill->id);
            const auto change = result.changes.skills.constFind(skill->id);
            html += QStringLiteral("<tr><td width=\"30%\">%1</td>").arg(esc(skill->name));
            if (score == p.skills.cend()) {
                html += QStringLiteral("<td width=\"8%\" align=\"right\">–</td><td width=\"32%\"></td><td></td></tr>");
                continue;
            }
            html += QStringLiteral("<td width=\"8%\" align=\"right\">%1</td><td width=\"32%\">%2</td>")
                        .arg(number(*score), bar(*score, Theme::roleColor(role, palette), palette))
                + changeCell(change == result.changes.skills.cend() ? std::nullopt : std::optional<Change>(*change),
                             palette)
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    // Contrast poles, each on its own.
    if (full && !p.leadPoles.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p style=\"color: %2;\">%3</p>")
                    .arg(esc(QCoreApplication::translate("ResultsHtml", "Both sides of each contrast")), muted.name(),
                         esc(QCoreApplication::translate(
                             "ResultsHtml", "Each side is scored on its own: high on both is possible, and good.")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
        for (const Contrast &contrast : model.contrasts) {
            const auto l = p.leadPoles.constFind(contrast.id);
            const auto m = p.managePoles.constFind(contrast.id);
            html
                += QStringLiteral(
                       "<tr><td width=\"18%\" style=\"color: %1;\">%2</td><td width=\"6%\" align=\"right\">%3</td>"
                       "<td width=\"22%\">%4</td><td width=\"4%\"></td>"
                       "<td width=\"18%\" style=\"color: %5;\">%6</td><td width=\"6%\" align=\"right\">%7</td>"
                       "<td width=\"22%\">%8</td></tr>")
                       .arg(lead.name(), esc(contrast.leadPole.name),
                            l == p.leadPoles.cend() ? QStringLiteral("–") : number(*l),
                            l == p.leadPoles.cend() ? QString() : bar(*l, lead, palette), manage.name(),
                            esc(contrast.managePole.name), m == p.managePoles.cend() ? QStringLiteral("–") : number(*m),
                            m == p.managePoles.cend() ? QString() : bar(*m, manage, palette));
        }
        html += QStringLiteral("</table>");
    }

    // Strengths and growth areas with tips.
    const auto skillList = [&](const QString &title, const QStringList &ids, int tips, bool links) {
        if (ids.isEmpty())
            return;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(title));
        for (const QString &id : ids) {
            const Skill *skill = model.skill(id);
            if (!skill)
                continue;
            html += QStringLiteral("<p><b>%1</b> (%2)</p><ul>").arg(esc(skill->name), number(p.skills.value(id)));
            for (int i = 0; i < std::min<int>(tips, static_cast<int>(skill->tips.size())); ++i) {
                const core::Tip &tip = skill->tips.at(i);
                html += QStringLiteral("<li>%1").arg(esc(tip.text));
                if (links)
                    html += QStringLiteral(" <a href=\"%1:%2\">%3</a>")
                                .arg(tipScheme(), esc(tip.id),
                                     esc(QCoreApplication::translate("ResultsHtml", "Make it a step…")));
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
    };
    skillList(QCoreApplication::translate("ResultsHtml", "Your strengths"), p.strengths, 1, false);
    skillList(QCoreApplication::translate("ResultsHtml", "Where to grow"), p.growthAreas, 2, tipLinks);
    if (p.strengths.isEmpty() && p.growthAreas.isEmpty() && !p.skills.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        QCoreApplication::translate("ResultsHtml",
                                                    "Your skills are level with each other this time, so no strength "
                                                    "or growth area stands out.")));

    // What the change marks mean.
    if (result.previous) {
        html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                    .arg(muted.name(),
                         esc(QCoreApplication::translate(
                                 "ResultsHtml",
                                 "Changes are since your %1 of %2. Answers vary a little from one day to the next, so "
                                 "Tandem calls a change real only when it is larger than that noise; smaller ones are "
                                 "marked \"within noise\".")
                                 .arg(full ? QCoreApplication::translate("ResultsHtml", "full assessment")
                                           : QCoreApplication::translate("ResultsHtml", "pulse"),
                                      locale.toString(result.previous->takenAt.toLocalTime().date(),
                                                      QLocale::LongFormat))));
    } else {
        html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                    .arg(muted.name(),
                         esc(full ? QCoreApplication::translate(
                                 "ResultsHtml",
                                 "This is your first full assessment. From the next one, Tandem "
                                 "shows what has really changed.")
                                  : QCoreApplication::translate(
                                      "ResultsHtml",
                                      "This is your first pulse. From next week, Tandem shows what "
                                      "has really changed.")));
    }
    if (!result.assessment.note.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(QCoreApplication::translate("ResultsHtml", "Your note")), esc(result.assessment.note));
    return html;
}

} // namespace tandem::ui
