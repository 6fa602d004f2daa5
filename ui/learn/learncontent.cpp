#include "learncontent.h"

#include "common/theme.h"

#include <QCoreApplication>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("LearnContent", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tipsHtml(const QList<Tip> &tips)
{
    QString html = QStringLiteral("<ul>");
    for (const Tip &tip : tips)
        html += QStringLiteral("<li>") + esc(tip.text) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

QList<LearnContent::Topic> LearnContent::topics() const
{
    const auto title = [this](const char *sectionId, const char *fallback) {
        const LearnSection *s = m_model.learnSection(QLatin1String(sectionId));
        return s ? s->title : translated(fallback);
    };
    return {
        { QStringLiteral("welcome"), title("welcome", QT_TRANSLATE_NOOP("LearnContent", "Welcome")) },
        { QStringLiteral("two-roles"), title("two-roles", QT_TRANSLATE_NOOP("LearnContent", "Two roles")) },
        { QStringLiteral("contrasts"), QCoreApplication::translate("LearnContent", "The five contrasts") },
        { QStringLiteral("shared"), QCoreApplication::translate("LearnContent", "Common ground") },
        { QStringLiteral("lead-skills"), QCoreApplication::translate("LearnContent", "Skills for leading") },
        { QStringLiteral("manage-skills"), QCoreApplication::translate("LearnContent", "Skills for managing") },
        { QStringLiteral("when-to-lead"),
          title("when-to-lead", QT_TRANSLATE_NOOP("LearnContent", "When to lead, when to manage")) },
        { QStringLiteral("balance"), title("balance", QT_TRANSLATE_NOOP("LearnContent", "Balance over time")) },
        { QStringLiteral("growing"), title("growing", QT_TRANSLATE_NOOP("LearnContent", "Growing")) },
    };
}

QString LearnContent::paragraphsToHtml(const QString &text)
{
    QString html;
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString paragraph;
        bool inList = false;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.startsWith(QLatin1String("- "))) {
                if (!paragraph.isEmpty()) {
                    html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
                    paragraph.clear();
                }
                if (!inList)
                    html += QStringLiteral("<ul>");
                inList = true;
                html += QStringLiteral("<li>") + esc(line.mid(2).trimmed()) + QStringLiteral("</li>");
            } else {
                if (inList)
                    html += QStringLiteral("</ul>");
                inList = false;
                if (!paragraph.isEmpty())
                    paragraph += QLatin1Char(' ');
                paragraph += esc(line);
            }
        }
        if (inList)
            html += QStringLiteral("</ul>");
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    }
    return html;
}

QString LearnContent::sectionHtml(const QString &sectionId) const
{
    const LearnSection *section = m_model.learnSection(sectionId);
    return section ? paragraphsToHtml(section->body) : QString();
}

QString LearnContent::rolesHtml(const QPalette &palette) const
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr>");
    for (Role role : {Role::Lead, Role::Manage}) {
        const QColor accent = Theme::roleColor(role, palette);
        html += QStringLiteral("<td width=\"50%\" valign=\"top\" style=\"border-top: 3px solid %1;\">"
                               "<h3 style=\"color: %1;\">%2</h3><p>%3</p></td>")
                        .arg(accent.name(), esc(m_model.role(role).name), esc(m_model.role(role).summary));
    }
    return html + QStringLiteral("</tr></table>");
}

QString LearnContent::contrastsHtml(const QPalette &palette) const
{
    QString html;
    const QColor lead = Theme::roleColor(Role::Lead, palette);
    const QColor manage = Theme::roleColor(Role::Manage, palette);
    for (const Contrast &contrast : m_model.contrasts) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(contrast.name), esc(contrast.description));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>");
        for (Role role : {Role::Lead, Role::Manage}) {
            const Pole &pole = contrast.pole(role);
            html += QStringLiteral("<td width=\"50%\" valign=\"top\">"
                                   "<h3 style=\"color: %1;\">%2 <span style=\"font-weight: normal;\">(%3)</span></h3>"
                                   "<p>%4</p><p><b>%5</b></p>%6</td>")
                        .arg((role == Role::Lead ? lead : manage).name(), esc(pole.name),
                             esc(role == Role::Lead ? QCoreApplication::translate("LearnContent", "the leading side")
                                                    : QCoreApplication::translate("LearnContent", "the managing side")), esc(pole.description),
                             esc(QCoreApplication::translate("LearnContent", "Try this:")), tipsHtml(pole.tips));
        }
        html += QStringLiteral("</tr></table>");
    }
    return html;
}

QString LearnContent::sharedAreasHtml(const QPalette &palette) const
{
    QString html;
    const QColor lead = Theme::roleColor(Role::Lead, palette);
    const QColor manage = Theme::roleColor(Role::Manage, palette);
    for (const SharedArea &area : m_model.sharedAreas) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(area.name), esc(area.description));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>"
                               "<td width=\"50%\" valign=\"top\"><p><b style=\"color: %1;\">%2</b><br/>%3</p></td>"
                               "<td width=\"50%\" valign=\"top\"><p><b style=\"color: %4;\">%5</b><br/>%6</p></td>"
                               "</tr></table>")
                    .arg(lead.name(), esc(QCoreApplication::translate("LearnContent", "When you lead")),
                         esc(area.leadFacet), manage.name(),
                         esc(QCoreApplication::translate("LearnContent", "When you manage")), esc(area.manageFacet));
    }
    return html;
}

QString LearnContent::skillsHtml(Role role, const QPalette &palette) const
{
    QString html;
    const QColor accent = Theme::roleColor(role, palette);
    for (const Skill *skill : m_model.skillsOf(role)) {
        html += QStringLiteral("<h2 style=\"color: %1;\">%2</h2><p>%3</p>")
                        .arg(accent.name(), esc(skill->name), esc(skill->description));
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(esc(QCoreApplication::translate("LearnContent", "What it looks like in a week:")));
        for (const Item &item : skill->items) {
            if (!item.reverse)
                html += QStringLiteral("<li>") + esc(item.text) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul><p><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("LearnContent", "Ways to practise:")))
            + tipsHtml(skill->tips);
    }
    return html;
}

QString LearnContent::html(const QString &topicId, const QPalette &palette) const
{
    QString title;
    for (const Topic &topic : topics()) {
        if (topic.id == topicId)
            title = topic.title;
    }
    if (title.isEmpty())
        return {};

    QString body;
    if (topicId == QLatin1String("two-roles")) {
        body = sectionHtml(topicId) + rolesHtml(palette);
        if (const LearnSection *s = m_model.learnSection(QStringLiteral("no-title-needed")))
            body += QStringLiteral("<h2>%1</h2>").arg(esc(s->title)) + paragraphsToHtml(s->body);
    } else if (topicId == QLatin1String("contrasts")) {
        body = sectionHtml(QStringLiteral("contrasts-intro")) + contrastsHtml(palette);
    } else if (topicId == QLatin1String("shared")) {
        body = sectionHtml(QStringLiteral("shared-intro")) + sharedAreasHtml(palette);
    } else if (topicId == QLatin1String("lead-skills") || topicId == QLatin1String("manage-skills")) {
        body = sectionHtml(QStringLiteral("skills-intro"))
                + skillsHtml(topicId == QLatin1String("lead-skills") ? Role::Lead : Role::Manage, palette);
    } else {
        body = sectionHtml(topicId);
    }
    return QStringLiteral("<h1>%1</h1>").arg(esc(title)) + body;
}

} // namespace tandem::ui
