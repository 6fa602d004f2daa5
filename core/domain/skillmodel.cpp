#include "skillmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tandem::core {

QString roleKey(Role role)
{
    return role == Role::Lead ? QStringLiteral("lead") : QStringLiteral("manage");
}

namespace {

constexpr int SkillsPerRole = 4;
constexpr int ContrastCount = 5;
constexpr int SharedAreaCount = 5;
constexpr int MinSkillItems = 3;
constexpr int MaxSkillItems = 4;
constexpr int PoleItems = 2;
constexpr int MinSkillTips = 3;
constexpr int MinPoleTips = 2;
constexpr int ScalePoints = 5;

const QStringList RequiredLearnSections = {
    QStringLiteral("welcome"),         QStringLiteral("two-roles"),
    QStringLiteral("no-title-needed"), QStringLiteral("contrasts-intro"),
    QStringLiteral("shared-intro"),    QStringLiteral("skills-intro"),
    QStringLiteral("when-to-lead"),    QStringLiteral("balance"),
    QStringLiteral("growing"),
};

// Reads the model file, stopping at the first problem. Every message names where the problem
// is (an id when there is one, else the path to the field) and what is wrong.
class Reader final
{
public:
    QString error;
    QSet<QString> ids;

    bool failed() const { return !error.isEmpty(); }

    bool fail(const QString &where, const QString &problem)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + problem;
        return false;
    }

    QString text(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            fail(where,
                 QCoreApplication::translate("SkillModelFile", "the field \"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!value.isString()) {
            fail(
                where,
                QCoreApplication::translate("SkillModelFile", "the field \"%1\" must be text").arg(QLatin1String(key)));
            return {};
        }
        const QString s = value.toString().trimmed();
        if (s.isEmpty()) {
            fail(where,
                 QCoreApplication::translate("SkillModelFile", "the field \"%1\" is empty").arg(QLatin1String(key)));
            return {};
        }
        return s;
    }

    // A user-visible text: translatable, with the file's text as the source string.
    QString words(const QJsonObject &object, const char *key, const QString &where)
    {
        const QString s = text(object, key, where);
        if (s.isEmpty())
            return s;
        return QCoreApplication::translate("SkillModel", s.toUtf8().constData());
    }

    QJsonArray array(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(where,
                 QCoreApplication::translate("SkillModelFile", "the field \"%1\" must be a list")
                     .arg(QLatin1String(key)));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            fail(where, QCoreApplication::translate("SkillModelFile", "expected an object"));
            return {};
        }
        return value.toObject();
    }

    QString id(const QJsonObject &object, const QString &where)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
        const QString s = text(object, "id", where);
        if (s.isEmpty())
            return s;
        if (!pattern.match(s).hasMatch()) {
            fail(where,
                 QCoreApplication::translate("SkillModelFile", "the id \"%1\" may use only a-z, 0-9, '.' and '-'")
                     .arg(s));
            return {};
        }
        if (ids.contains(s)) {
            fail(s, QCoreApplication::translate("SkillModelFile", "this id is used more than once"));
            return {};
        }
        ids.insert(s);
        return s;
    }

    QList<Item> items(const QJsonObject &parent, const QString &owner, int min, int max)
    {
        QList<Item> result;
        const QJsonArray list = array(parent, "items", owner);
        if (failed())
            return result;
        if (list.size() < min || list.size() > max) {
            fail(owner,
                 min == max ? QCoreApplication::translate("SkillModelFile", "needs %1 statements, has %2")
                                  .arg(min)
                                  .arg(list.size())
                            : QCoreApplication::translate("SkillModelFile", "needs %1 to %2 statements, has %3")
                                  .arg(min)
                                  .arg(max)
                                  .arg(list.size()));
            return result;
        }
        for (int i = 0; i < list.size() && !failed(); ++i) {
            const QString where = owner + QStringLiteral(", statement %1").arg(i + 1);
            const QJsonObject o = object(list.at(i), where);
            Item item;
            item.id = id(o, where);
            item.text = words(o, "text", item.id.isEmpty() ? where : item.id);
            item.observer = words(o, "observer", item.id.isEmpty() ? where : item.id);
            const QJsonValue reverse = o.value(QLatin1String("reverse"));
            if (!reverse.isUndefined() && !reverse.isBool())
                fail(item.id, QCoreApplication::translate("SkillModelFile", "\"reverse\" must be true or false"));
            item.reverse = reverse.toBool(false);
            result.append(item);
        }
        return result;
    }

    QList<Tip> tips(const QJsonObject &parent, const QString &owner, int min)
    {
        QList<Tip> result;
        const QJsonArray list = array(parent, "tips", owner);
        if (failed())
            return result;
        if (list.size() < min) {
            fail(owner,
                 QCoreApplication::translate("SkillModelFile", "needs at least %1 tips, has %2")
                     .arg(min)
                     .arg(list.size()));
            return result;
        }
        for (int i = 0; i < list.size() && !failed(); ++i) {
            const QString where = owner + QStringLiteral(", tip %1").arg(i + 1);
            const QJsonObject o = object(list.at(i), where);
            Tip tip;
            tip.id = id(o, where);
            tip.text = words(o, "text", tip.id.isEmpty() ? where : tip.id);
            result.append(tip);
        }
        return result;
    }

};

Pole readPole(Reader &r, const QJsonObject &contrast, const char *key, const QString &contrastId)
{
    Pole pole;
    const QString where = contrastId + QLatin1Char('.') + QLatin1String(key);
    const QJsonObject o = r.object(contrast.value(QLatin1String(key)), where);
    if (r.failed())
        return pole;
    pole.name = r.words(o, "name", where);
    pole.description = r.words(o, "description", where);
    pole.items = r.items(o, where, PoleItems, PoleItems);
    pole.tips = r.tips(o, where, MinPoleTips);
    return pole;
}

QJsonArray itemsJson(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("text"), item.text},
                                 {QStringLiteral("observer"), item.observer},
                                 {QStringLiteral("reverse"), item.reverse}});
    return array;
}

QJsonArray tipsJson(const QList<Tip> &tips)
{
    QJsonArray array;
    for (const Tip &tip : tips)
        array.append(QJsonObject{{QStringLiteral("id"), tip.id}, {QStringLiteral("text"), tip.text}});
    return array;
}

QJsonObject poleJson(const Pole &pole)
{
    return {{QStringLiteral("name"), pole.name},
            {QStringLiteral("description"), pole.description},
            {QStringLiteral("items"), itemsJson(pole.items)},
            {QStringLiteral("tips"), tipsJson(pole.tips)}};
}

} // namespace

Result<SkillModel> SkillModel::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate("SkillModelFile", "skill model: not valid JSON at byte %1 (%2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()) };
    if (!doc.isObject())
        return Error { QCoreApplication::translate("SkillModelFile",
                                                   "skill model: the file must hold one JSON object") };

    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("model");
    Reader r;
    SkillModel model;

    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble() || format.toInt(-1) != FormatVersion)
        r.fail(
            top,
            QCoreApplication::translate("SkillModelFile", "\"format\" must be %1; this file is for a different Tandem")
                .arg(FormatVersion));
    model.version = r.text(root, "version", top);

    const QJsonArray scale = r.array(root, "scale", top);
    if (!r.failed() && scale.size() != ScalePoints)
        r.fail(QStringLiteral("scale"),
               QCoreApplication::translate("SkillModelFile", "needs %1 labels, has %2")
                   .arg(ScalePoints)
                   .arg(scale.size()));
    for (const QJsonValue &label : scale) {
        if (!label.isString() || label.toString().trimmed().isEmpty()) {
            r.fail(QStringLiteral("scale"),
                   QCoreApplication::translate("SkillModelFile", "every label must be non-empty text"));
            break;
        }
        model.scaleLabels.append(QCoreApplication::translate("SkillModel", label.toString().toUtf8().constData()));
    }

    if (!r.failed()) {
        const QJsonObject roles = r.object(root.value(QLatin1String("roles")), QStringLiteral("roles"));
        const QJsonObject lead = r.object(roles.value(QLatin1String("lead")), QStringLiteral("roles.lead"));
        const QJsonObject manage = r.object(roles.value(QLatin1String("manage")), QStringLiteral("roles.manage"));
        model.lead = {r.words(lead, "name", QStringLiteral("roles.lead")),
                      r.words(lead, "summary", QStringLiteral("roles.lead"))};
        model.manage = {r.words(manage, "name", QStringLiteral("roles.manage")),
                        r.words(manage, "summary", QStringLiteral("roles.manage"))};
    }

    // Skills.
    const QJsonArray skills = r.failed() ? QJsonArray() : r.array(root, "skills", top);
    for (int i = 0; i < skills.size() && !r.failed(); ++i) {
        const QString where = QStringLiteral("skill %1").arg(i + 1);
        const QJsonObject o = r.object(skills.at(i), where);
        Skill skill;
        skill.id = r.id(o, where);
        if (r.failed())
            break;
        const QString role = r.text(o, "role", skill.id);
        if (role == QLatin1String("lead"))
            skill.role = Role::Lead;
        else if (role == QLatin1String("manage"))
            skill.role = Role::Manage;
        else if (!r.failed())
            r.fail(skill.id,
                   QCoreApplication::translate("SkillModelFile", "\"role\" must be \"lead\" or \"manage\", not \"%1\"")
                       .arg(role));
        skill.name = r.words(o, "name", skill.id);
        skill.description = r.words(o, "description", skill.id);
        skill.items = r.items(o, skill.id, MinSkillItems, MaxSkillItems);
        if (!r.failed()) {
            const auto reversed = std::count_if(skill.items.cbegin(), skill.items.cend(),
                                                [](const Item &item) { return item.reverse; });
            if (reversed != 1)
                r.fail(
                    skill.id,
                    QCoreApplication::translate("SkillModelFile", "needs exactly one reverse-keyed statement, has %1")
                        .arg(reversed));
        }
        skill.tips = r.tips(o, skill.id, MinSkillTips);
        model.skills.append(skill);
    }
    if (!r.failed()) {
        for (Role role : {Role::Lead, Role::Manage}) {
            const auto count = model.skillsOf(role).size();
            if (count != SkillsPerRole)
                r.fail(QStringLiteral("skills"),
                       QCoreApplication::translate("SkillModelFile", "needs %1 %2 skills, has %3")
                           .arg(SkillsPerRole)
                           .arg(roleKey(role))
                           .arg(count));
        }
    }

    // Contrasts.
    const QJsonArray contrasts = r.failed() ? QJsonArray() : r.array(root, "contrasts", top);
    if (!r.failed() && contrasts.size() != ContrastCount)
        r.fail(QStringLiteral("contrasts"),
               QCoreApplication::translate("SkillModelFile", "needs %1 contrasts, has %2")
                   .arg(ContrastCount)
                   .arg(contrasts.size()));
    for (int i = 0; i < contrasts.size() && !r.failed(); ++i) {
        const QString where = QStringLiteral("contrast %1").arg(i + 1);
        const QJsonObject o = r.object(contrasts.at(i), where);
        Contrast contrast;
        contrast.id = r.id(o, where);
        if (r.failed())
            break;
        contrast.name = r.words(o, "name", contrast.id);
        contrast.description = r.words(o, "description", contrast.id);
        contrast.leadPole = readPole(r, o, "lead_pole", contrast.id);
        contrast.managePole = readPole(r, o, "manage_pole", contrast.id);
        model.contrasts.append(contrast);
    }

    // Shared areas.
    const QJsonArray areas = r.failed() ? QJsonArray() : r.array(root, "shared_areas", top);
    if (!r.failed() && areas.size() != SharedAreaCount)
        r.fail(QStringLiteral("shared_areas"),
               QCoreApplication::translate("SkillModelFile", "needs %1 shared areas, has %2")
                   .arg(SharedAreaCount)
                   .arg(areas.size()));
    for (int i = 0; i < areas.size() && !r.failed(); ++i) {
        const QString where = QCoreApplication::translate("SkillModelFile", "shared area %1").arg(i + 1);
        const QJsonObject o = r.object(areas.at(i), where);
        SharedArea area;
        area.id = r.id(o, where);
        if (r.failed())
            break;
        area.name = r.words(o, "name", area.id);
        area.description = r.words(o, "description", area.id);
        area.leadFacet = r.words(o, "lead_facet", area.id);
        area.manageFacet = r.words(o, "manage_facet", area.id);
        model.sharedAreas.append(area);
    }

    // Pulse: exactly one quick statement per skill.
    const QJsonArray pulse = r.failed() ? QJsonArray() : r.array(root, "pulse", top);
    QSet<QString> pulsed;
    for (int i = 0; i < pulse.size() && !r.failed(); ++i) {
        const QString where = QCoreApplication::translate("SkillModelFile", "pulse statement %1").arg(i + 1);
        const QJsonObject o = r.object(pulse.at(i), where);
        PulseItem item;
        item.id = r.id(o, where);
        if (r.failed())
            break;
        item.skillId = r.text(o, "skill", item.id);
        item.text = r.words(o, "text", item.id);
        if (!r.failed() && !model.skill(item.skillId))
            r.fail(item.id,
                   QCoreApplication::translate("SkillModelFile", "names the unknown skill \"%1\"").arg(item.skillId));
        else if (!r.failed() && pulsed.contains(item.skillId))
            r.fail(item.id,
                   QCoreApplication::translate("SkillModelFile", "the skill \"%1\" already has a pulse statement")
                       .arg(item.skillId));
        pulsed.insert(item.skillId);
        model.pulseItems.append(item);
    }
    for (const Skill &skill : std::as_const(model.skills)) {
        if (!r.failed() && !pulsed.contains(skill.id))
            r.fail(skill.id, QCoreApplication::translate("SkillModelFile", "has no pulse statement"));
    }

    // Advisor: one question per contrast.
    if (!r.failed()) {
        const QJsonObject advisor = r.object(root.value(QLatin1String("advisor")), QStringLiteral("advisor"));
        model.advisorIntro = r.words(advisor, "intro", QStringLiteral("advisor"));
        const QJsonArray questions = r.failed() ? QJsonArray() : r.array(advisor, "questions", QStringLiteral("advisor"));
        QSet<QString> asked;
        for (int i = 0; i < questions.size() && !r.failed(); ++i) {
            const QString where = QCoreApplication::translate("SkillModelFile", "advisor question %1").arg(i + 1);
            const QJsonObject o = r.object(questions.at(i), where);
            AdvisorQuestion q;
            q.id = r.id(o, where);
            if (r.failed())
                break;
            q.contrastId = r.text(o, "contrast", q.id);
            q.text = r.words(o, "text", q.id);
            q.leadSide = r.words(o, "lead_side", q.id);
            q.manageSide = r.words(o, "manage_side", q.id);
            if (!r.failed() && !model.contrast(q.contrastId))
                r.fail(q.id,
                       QCoreApplication::translate("SkillModelFile", "names the unknown contrast \"%1\"")
                           .arg(q.contrastId));
            else if (!r.failed() && asked.contains(q.contrastId))
                r.fail(q.id,
                       QCoreApplication::translate("SkillModelFile", "the contrast \"%1\" already has a question")
                           .arg(q.contrastId));
            asked.insert(q.contrastId);
            model.advisorQuestions.append(q);
        }
        for (const Contrast &contrast : std::as_const(model.contrasts)) {
            if (!r.failed() && !asked.contains(contrast.id))
                r.fail(contrast.id, QCoreApplication::translate("SkillModelFile", "has no advisor question"));
        }
    }

    // Learn texts.
    const QJsonArray learn = r.failed() ? QJsonArray() : r.array(root, "learn", top);
    for (int i = 0; i < learn.size() && !r.failed(); ++i) {
        const QString where = QCoreApplication::translate("SkillModelFile", "learn section %1").arg(i + 1);
        const QJsonObject o = r.object(learn.at(i), where);
        LearnSection section;
        section.id = r.id(o, where);
        if (r.failed())
            break;
        section.title = r.words(o, "title", section.id);
        section.body = r.words(o, "body", section.id);
        model.learnSections.append(section);
    }
    for (const QString &required : RequiredLearnSections) {
        if (!r.failed() && !model.learnSection(required))
            r.fail(QStringLiteral("learn"),
                   QCoreApplication::translate("SkillModelFile", "the section \"%1\" is missing").arg(required));
    }

    if (r.failed())
        return Error { QCoreApplication::translate("SkillModelFile", "skill model: ") + r.error };
    return model;
}

const SkillModel &SkillModel::builtin()
{
    // The resource is compiled into the core; a broken one is a build defect that the unit
    // tests catch, so failing loudly here is right.
    static const SkillModel model = [] {
        QFile file(QStringLiteral(":/tandem/model/skillmodel.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in skill model is missing from the program.");
        Result<SkillModel> loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return model;
}

QByteArray SkillModel::toJson() const
{
    QJsonArray skillsJson;
    for (const Skill &skill : skills)
        skillsJson.append(QJsonObject{{QStringLiteral("id"), skill.id},
                                      {QStringLiteral("role"), roleKey(skill.role)},
                                      {QStringLiteral("name"), skill.name},
                                      {QStringLiteral("description"), skill.description},
                                      {QStringLiteral("items"), itemsJson(skill.items)},
                                      {QStringLiteral("tips"), tipsJson(skill.tips)}});
    QJsonArray contrastsJson;
    for (const Contrast &contrast : contrasts)
        contrastsJson.append(QJsonObject{{QStringLiteral("id"), contrast.id},
                                         {QStringLiteral("name"), contrast.name},
                                         {QStringLiteral("description"), contrast.description},
                                         {QStringLiteral("lead_pole"), poleJson(contrast.leadPole)},
                                         {QStringLiteral("manage_pole"), poleJson(contrast.managePole)}});
    QJsonArray areasJson;
    for (const SharedArea &area : sharedAreas)
        areasJson.append(QJsonObject{{QStringLiteral("id"), area.id},
                                     {QStringLiteral("name"), area.name},
                                     {QStringLiteral("description"), area.description},
                                     {QStringLiteral("lead_facet"), area.leadFacet},
                                     {QStringLiteral("manage_facet"), area.manageFacet}});
    QJsonArray pulseJson;
    for (const PulseItem &item : pulseItems)
        pulseJson.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("skill"), item.skillId},
                                     {QStringLiteral("text"), item.text}});
    QJsonArray questionsJson;
    for (const AdvisorQuestion &q : advisorQuestions)
        questionsJson.append(QJsonObject{{QStringLiteral("id"), q.id},
                                         {QStringLiteral("contrast"), q.contrastId},
                                         {QStringLiteral("text"), q.text},
                                         {QStringLiteral("lead_side"), q.leadSide},
                                         {QStringLiteral("manage_side"), q.manageSide}});
    const QJsonObject root{
        {QStringLiteral("version"), version},
        {QStringLiteral("scale"), QJsonArray::fromStringList(scaleLabels)},
        {QStringLiteral("skills"), skillsJson},
        {QStringLiteral("contrasts"), contrastsJson},
        {QStringLiteral("shared_areas"), areasJson},
        {QStringLiteral("pulse"), pulseJson},
        {QStringLiteral("advisor_questions"), questionsJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const Skill *SkillModel::skill(const QString &id) const
{
    for (const Skill &s : skills)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Contrast *SkillModel::contrast(const QString &id) const
{
    for (const Contrast &c : contrasts)
        if (c.id == id)
            return &c;
    return nullptr;
}

const SharedArea *SkillModel::sharedArea(const QString &id) const
{
    for (const SharedArea &a : sharedAreas)
        if (a.id == id)
            return &a;
    return nullptr;
}

const LearnSection *SkillModel::learnSection(const QString &id) const
{
    for (const LearnSection &s : learnSections)
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<const Skill *> SkillModel::skillsOf(Role role) const
{
    QList<const Skill *> result;
    for (const Skill &s : skills)
        if (s.role == role)
            result.append(&s);
    return result;
}

QList<Item> SkillModel::fullAssessmentItems() const
{
    QList<Item> result;
    for (const Skill &s : skills)
        result.append(s.items);
    for (const Contrast &c : contrasts) {
        result.append(c.leadPole.items);
        result.append(c.managePole.items);
    }
    return result;
}

} // namespace tandem::core
