#pragma once

#include "skillmodel.h"

#include <QList>
#include <QPalette>
#include <QString>

namespace tandem::ui {

/// The Learn page's topics, written as HTML from the skill model's texts.
class LearnContent final
{
public:
    struct Topic
    {
        QString id;
        QString title;
    };

    explicit LearnContent(const core::SkillModel &model) : m_model(model) {}

    /// The topics in reading order.
    QList<Topic> topics() const;

    /// One topic as HTML for a QTextBrowser, coloured for the given palette.
    QString html(const QString &topicId, const QPalette &palette) const;

    /// A model text (paragraphs split by blank lines, "- " bullets) as escaped HTML.
    static QString paragraphsToHtml(const QString &text);

private:
    QString sectionHtml(const QString &sectionId) const;
    QString skillsHtml(core::Role role, const QPalette &palette) const;
    QString contrastsHtml(const QPalette &palette) const;
    QString sharedAreasHtml(const QPalette &palette) const;
    QString rolesHtml(const QPalette &palette) const;

    const core::SkillModel &m_model;
};

} // namespace tandem::ui
