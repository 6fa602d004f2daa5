#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem::core {

/// Which of the two jobs something belongs to.
enum class Role { Lead, Manage };

/// "lead" or "manage", as in the model file and the CLI's JSON.
QString roleKey(Role role);

/// One statement rated on the 1–5 frequency scale. A reverse-keyed statement describes the
/// opposite of the skill, so its answer x counts as 6 − x.
struct Item final
{
    QString id;
    QString text;
    bool reverse = false;
    /// The same statement about someone else, for colleagues' feedback ("This person …"); scored
    /// like `text`, reverse-keyed alike. Every skill and pole statement has one; pulse items do not.
    QString observer;
};

/// A concrete practice to try.
struct Tip final
{
    QString id;
    QString text;
};

struct Skill final
{
    QString id;
    Role role = Role::Lead;
    QString name;
    QString description;
    QList<Item> items;
    QList<Tip> tips;
};

/// One end of a contrast, rated on its own (not as an either/or against the other end).
struct Pole final
{
    QString name;
    QString description;
    QList<Item> items;
    QList<Tip> tips;
};

struct Contrast final
{
    QString id;
    QString name;
    QString description;
    Pole leadPole;
    Pole managePole;

    const Pole &pole(Role role) const { return role == Role::Lead ? leadPole : managePole; }
};

/// An area where both roles act, each in its own way.
struct SharedArea final
{
    QString id;
    QString name;
    QString description;
    QString leadFacet;
    QString manageFacet;
};

/// The weekly check-in's one quick statement for a skill.
struct PulseItem final
{
    QString id;
    QString skillId;
    QString text;
};

/// One of the advisor's bipolar questions, tied to a contrast.
struct AdvisorQuestion final
{
    QString id;
    QString contrastId;
    QString text;
    QString leadSide;
    QString manageSide;
};

/// A section of the Learn page: paragraphs separated by blank lines, "- " starts a bullet.
struct LearnSection final
{
    QString id;
    QString title;
    QString body;
};

struct RoleText final
{
    QString name;
    QString summary;
};

/// The leadership and management skill model: everything the app asks, scores and explains.
/// It is data, loaded from a versioned JSON file and validated as a whole; a model that fails
/// validation is never returned in part.
class SkillModel final
{
public:
    /// The file format this build understands.
    static constexpr int FormatVersion = 1;

    /// Parses and validates a model file. Every text goes through QCoreApplication::translate
    /// with the context "SkillModel", so a translation file can cover the model too.
    static Result<SkillModel> fromJson(const QByteArray &json);

    /// The model shipped inside the program (a Qt resource). Loaded once, then shared.
    static const SkillModel &builtin();

    /// The model as the CLI's `framework --json` prints it.
    QByteArray toJson() const;

    QString version;
    QStringList scaleLabels;  // five labels, for 1..5
    RoleText lead;
    RoleText manage;
    QList<Skill> skills;
    QList<Contrast> contrasts;
    QList<SharedArea> sharedAreas;
    QList<PulseItem> pulseItems;
    QString advisorIntro;
    QList<AdvisorQuestion> advisorQuestions;
    QList<LearnSection> learnSections;

    const RoleText &role(Role r) const { return r == Role::Lead ? lead : manage; }
    const Skill *skill(const QString &id) const;
    const Contrast *contrast(const QString &id) const;
    const SharedArea *sharedArea(const QString &id) const;
    const LearnSection *learnSection(const QString &id) const;
    QList<const Skill *> skillsOf(Role role) const;

    /// Every statement of a full assessment: the skills' items, then both poles of each contrast.
    QList<Item> fullAssessmentItems() const;
};

} // namespace tandem::core
