// The skill model: the shipped file has the shape the product promises, and a damaged file is
// refused with a message that says where and what is wrong.
#include "qtprinters.h"
#include "skillmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace tandem::core;

namespace {

// Every id in the model, counted with repeats, so that a duplicate shows up as a short set.
QStringList idList(const SkillModel &model)
{
    QStringList ids;
    for (const Skill &skill : model.skills) {
        ids << skill.id;
        for (const Item &item : skill.items)
            ids << item.id;
        for (const Tip &tip : skill.tips)
            ids << tip.id;
    }
    for (const Contrast &contrast : model.contrasts) {
        ids << contrast.id;
        for (const Pole *pole : {&contrast.leadPole, &contrast.managePole}) {
            for (const Item &item : pole->items)
                ids << item.id;
            for (const Tip &tip : pole->tips)
                ids << tip.id;
        }
    }
    for (const SharedArea &area : model.sharedAreas)
        ids << area.id;
    for (const PulseItem &item : model.pulseItems)
        ids << item.id;
    for (const AdvisorQuestion &q : model.advisorQuestions)
        ids << q.id;
    for (const LearnSection &section : model.learnSections)
        ids << section.id;
    return ids;
}

QJsonObject loadModelFile()
{
    QFile file(QStringLiteral(TANDEM_MODEL_FILE));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << TANDEM_MODEL_FILE;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return doc.object();
}

QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

// Applies a change to one element of a list inside the root object, writing everything back
// (QJsonObject and QJsonArray are values, so nested edits need this round trip).
void editSkill(QJsonObject &root, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray skills = root.value(QLatin1String("skills")).toArray();
    QJsonObject skill = skills.at(index).toObject();
    edit(skill);
    skills[index] = skill;
    root.insert(QStringLiteral("skills"), skills);
}

void editItems(QJsonObject &skill, const std::function<void(QJsonArray &)> &edit)
{
    QJsonArray items = skill.value(QLatin1String("items")).toArray();
    edit(items);
    skill.insert(QStringLiteral("items"), items);
}

void setItemField(QJsonArray &items, int index, const QString &key, const QJsonValue &value)
{
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items[index] = item;
}

// Checks that the original file loads, so that every rejection below is caused by the one
// mutation and not by a broken fixture.
class SkillModelRejection : public ::testing::Test
{
protected:
    void SetUp() override
    {
        root = loadModelFile();
        ASSERT_FALSE(root.isEmpty());
        const auto original = SkillModel::fromJson(toBytes(root));
        ASSERT_TRUE(original.ok()) << qPrintable(original.error());
        ASSERT_EQ(root.value(QLatin1String("skills")).toArray().at(0).toObject().value(QLatin1String("id")).toString(),
                  QStringLiteral("visionary-thinking"));
    }

    QString rejection(const QByteArray &json)
    {
        const auto loaded = SkillModel::fromJson(json);
        EXPECT_FALSE(loaded.ok()) << "a broken model file was accepted";
        return loaded.ok() ? QString() : loaded.error();
    }

    QString rejection() { return rejection(toBytes(root)); }

    QJsonObject root;
};

} // namespace

TEST(SkillModelTest, BuiltinHasFourLeadingAndFourManagingSkills)
{
    const SkillModel &model = SkillModel::builtin();
    ASSERT_EQ(model.skills.size(), 8);
    EXPECT_EQ(model.skillsOf(Role::Lead).size(), 4);
    EXPECT_EQ(model.skillsOf(Role::Manage).size(), 4);
    // The four leader skills and four manager skills of the framework, by id.
    const QStringList lead = {QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence"),
                              QStringLiteral("influence-persuasion"), QStringLiteral("adaptability-innovation")};
    const QStringList manage = {QStringLiteral("organisational-efficiency"), QStringLiteral("problem-solving-decisions"),
                                QStringLiteral("performance-accountability"), QStringLiteral("communication-clarity")};
    for (const QString &id : lead) {
        ASSERT_NE(model.skill(id), nullptr) << qPrintable(id);
        EXPECT_EQ(model.skill(id)->role, Role::Lead) << qPrintable(id);
    }
    for (const QString &id : manage) {
        ASSERT_NE(model.skill(id), nullptr) << qPrintable(id);
        EXPECT_EQ(model.skill(id)->role, Role::Manage) << qPrintable(id);
    }
    EXPECT_FALSE(model.version.isEmpty());
    EXPECT_EQ(model.scaleLabels.size(), 5);
    EXPECT_FALSE(model.lead.name.isEmpty());
    EXPECT_FALSE(model.manage.name.isEmpty());
}

TEST(SkillModelTest, EverySkillHasThreeOrFourItemsOneReverseKeyedAndTips)
{
    for (const Skill &skill : SkillModel::builtin().skills) {
        SCOPED_TRACE(qPrintable(skill.id));
        EXPECT_GE(skill.items.size(), 3);
        EXPECT_LE(skill.items.size(), 4);
        const auto reversed = std::count_if(skill.items.cbegin(), skill.items.cend(),
                                            [](const Item &item) { return item.reverse; });
        EXPECT_EQ(reversed, 1);
        EXPECT_GE(skill.tips.size(), 3);
        EXPECT_FALSE(skill.name.isEmpty());
        EXPECT_FALSE(skill.description.isEmpty());
        for (const Item &item : skill.items)
            EXPECT_FALSE(item.text.trimmed().isEmpty()) << qPrintable(item.id);
        for (const Tip &tip : skill.tips)
            EXPECT_FALSE(tip.text.trimmed().isEmpty()) << qPrintable(tip.id);
    }
}

// Colleagues rate the same statements said of someone else (issue 18): each skill and pole
// statement has its observer wording, about "this person", never "I" or "my".
TEST(SkillModelTest, EveryFullAssessmentStatementHasAnObserverVersion)
{
    const auto &items = SkillModel::builtin().fullAssessmentItems();
    ASSERT_EQ(items.size(), 52);
    for (const Item &item : items) {
        EXPECT_TRUE(item.observer.contains(QLatin1String("this person"), Qt::CaseInsensitive)) << qPrintable(item.id);
        EXPECT_NE(item.observer, item.text) << qPrintable(item.id);
        const QStringList words = item.observer.split(QLatin1Char(' '));
        EXPECT_FALSE(words.contains(QLatin1String("I")) || words.contains(QLatin1String("my"))
                     || words.contains(QLatin1String("My")))
            << qPrintable(item.observer);
    }
}

TEST(SkillModelTest, FiveContrastsWithTwoItemsAndTipsPerPole)
{
    const SkillModel &model = SkillModel::builtin();
    ASSERT_EQ(model.contrasts.size(), 5);
    for (const Contrast &contrast : model.contrasts) {
        SCOPED_TRACE(qPrintable(contrast.id));
        for (Role role : {Role::Lead, Role::Manage}) {
            const Pole &pole = contrast.pole(role);
            EXPECT_FALSE(pole.name.isEmpty());
            EXPECT_EQ(pole.items.size(), 2);
            EXPECT_GE(pole.tips.size(), 2);
        }
        EXPECT_NE(contrast.leadPole.name, contrast.managePole.name);
    }
}

TEST(SkillModelTest, FiveSharedAreasWithBothFacets)
{
    const SkillModel &model = SkillModel::builtin();
    ASSERT_EQ(model.sharedAreas.size(), 5);
    for (const SharedArea &area : model.sharedAreas) {
        SCOPED_TRACE(qPrintable(area.id));
        EXPECT_FALSE(area.name.isEmpty());
        EXPECT_FALSE(area.leadFacet.isEmpty());
        EXPECT_FALSE(area.manageFacet.isEmpty());
        EXPECT_NE(area.leadFacet, area.manageFacet);
    }
}

TEST(SkillModelTest, OnePulseItemPerSkill)
{
    const SkillModel &model = SkillModel::builtin();
    ASSERT_EQ(model.pulseItems.size(), 8);
    QSet<QString> covered;
    for (const PulseItem &item : model.pulseItems) {
        EXPECT_NE(model.skill(item.skillId), nullptr) << qPrintable(item.id);
        EXPECT_FALSE(item.text.isEmpty()) << qPrintable(item.id);
        covered.insert(item.skillId);
    }
    EXPECT_EQ(covered.size(), 8);
}

TEST(SkillModelTest, OneAdvisorQuestionPerContrast)
{
    const SkillModel &model = SkillModel::builtin();
    ASSERT_EQ(model.advisorQuestions.size(), 5);
    QSet<QString> covered;
    for (const AdvisorQuestion &q : model.advisorQuestions) {
        EXPECT_NE(model.contrast(q.contrastId), nullptr) << qPrintable(q.id);
        EXPECT_FALSE(q.text.isEmpty());
        EXPECT_FALSE(q.leadSide.isEmpty());
        EXPECT_FALSE(q.manageSide.isEmpty());
        covered.insert(q.contrastId);
    }
    EXPECT_EQ(covered.size(), 5);
    EXPECT_FALSE(model.advisorIntro.isEmpty());
}

TEST(SkillModelTest, AllLearnSectionsArePresent)
{
    const SkillModel &model = SkillModel::builtin();
    for (const char *id : {"welcome", "two-roles", "no-title-needed", "contrasts-intro", "shared-intro",
                           "skills-intro", "when-to-lead", "balance", "growing"}) {
        const LearnSection *section = model.learnSection(QLatin1String(id));
        ASSERT_NE(section, nullptr) << id;
        EXPECT_FALSE(section->title.isEmpty()) << id;
        EXPECT_FALSE(section->body.isEmpty()) << id;
    }
}

TEST(SkillModelTest, AllIdsAreUnique)
{
    const QStringList ids = idList(SkillModel::builtin());
    QSet<QString> seen;
    for (const QString &id : ids) {
        EXPECT_FALSE(id.isEmpty());
        EXPECT_FALSE(seen.contains(id)) << "duplicate id " << qPrintable(id);
        seen.insert(id);
    }
    // 8 skills × (1 + 4 items + tips) and more: a sanity floor so an empty list cannot pass.
    EXPECT_GT(ids.size(), 100);
}

TEST(SkillModelTest, FullAssessmentHasSkillItemsThenPoleItems)
{
    const SkillModel &model = SkillModel::builtin();
    const QList<Item> items = model.fullAssessmentItems();
    qsizetype expected = 0;
    for (const Skill &skill : model.skills)
        expected += skill.items.size();
    EXPECT_EQ(items.size(), expected + 5 * 4);
    EXPECT_EQ(items.first().id, model.skills.first().items.first().id);
    EXPECT_EQ(items.last().id, model.contrasts.last().managePole.items.last().id);
}

TEST(SkillModelTest, ToJsonHasTheDocumentedShape)
{
    const SkillModel &model = SkillModel::builtin();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(model.toJson(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QLatin1String("version")).toString(), model.version);

    const QJsonArray skills = root.value(QLatin1String("skills")).toArray();
    ASSERT_EQ(skills.size(), model.skills.size());
    for (int i = 0; i < skills.size(); ++i) {
        const QJsonObject s = skills.at(i).toObject();
        const Skill &skill = model.skills.at(i);
        EXPECT_EQ(s.value(QLatin1String("id")).toString(), skill.id);
        EXPECT_EQ(s.value(QLatin1String("role")).toString(), roleKey(skill.role));
        EXPECT_EQ(s.value(QLatin1String("name")).toString(), skill.name);
        const QJsonArray items = s.value(QLatin1String("items")).toArray();
        ASSERT_EQ(items.size(), skill.items.size());
        for (int j = 0; j < items.size(); ++j) {
            const QJsonObject item = items.at(j).toObject();
            EXPECT_EQ(item.value(QLatin1String("id")).toString(), skill.items.at(j).id);
            EXPECT_EQ(item.value(QLatin1String("text")).toString(), skill.items.at(j).text);
            EXPECT_EQ(item.value(QLatin1String("observer")).toString(), skill.items.at(j).observer);
            ASSERT_TRUE(item.value(QLatin1String("reverse")).isBool());
            EXPECT_EQ(item.value(QLatin1String("reverse")).toBool(), skill.items.at(j).reverse);
        }
    }

    const QJsonArray contrasts = root.value(QLatin1String("contrasts")).toArray();
    ASSERT_EQ(contrasts.size(), 5);
    for (int i = 0; i < contrasts.size(); ++i) {
        const QJsonObject c = contrasts.at(i).toObject();
        EXPECT_EQ(c.value(QLatin1String("id")).toString(), model.contrasts.at(i).id);
        for (const char *key : {"lead_pole", "manage_pole"}) {
            const QJsonArray items = c.value(QLatin1String(key)).toObject().value(QLatin1String("items")).toArray();
            EXPECT_EQ(items.size(), 2) << key;
        }
        EXPECT_EQ(c.value(QLatin1String("lead_pole")).toObject().value(QLatin1String("items")).toArray().at(0)
                          .toObject().value(QLatin1String("id")).toString(),
                  model.contrasts.at(i).leadPole.items.at(0).id);
    }

    const QJsonArray areas = root.value(QLatin1String("shared_areas")).toArray();
    ASSERT_EQ(areas.size(), 5);
    for (int i = 0; i < areas.size(); ++i) {
        EXPECT_EQ(areas.at(i).toObject().value(QLatin1String("id")).toString(), model.sharedAreas.at(i).id);
        EXPECT_EQ(areas.at(i).toObject().value(QLatin1String("name")).toString(), model.sharedAreas.at(i).name);
    }
}

TEST(SkillModelTest, LoadingTheFileGivesTheBuiltinModel)
{
    QFile file(QStringLiteral(TANDEM_MODEL_FILE));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto loaded = SkillModel::fromJson(file.readAll());
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    EXPECT_EQ(loaded->toJson(), SkillModel::builtin().toJson());
}

TEST_F(SkillModelRejection, TooFewItemsInASkill)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) {
            items.removeAt(1); // two plain statements go, the reverse-keyed one stays
            items.removeAt(0);
        });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("needs 3 to 4 statements, has 2"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, ItemMissingFromAPole)
{
    QJsonArray contrasts = root.value(QLatin1String("contrasts")).toArray();
    QJsonObject contrast = contrasts.at(0).toObject();
    QJsonObject pole = contrast.value(QLatin1String("lead_pole")).toObject();
    QJsonArray items = pole.value(QLatin1String("items")).toArray();
    items.removeLast();
    pole.insert(QStringLiteral("items"), items);
    contrast.insert(QStringLiteral("lead_pole"), pole);
    contrasts[0] = contrast;
    root.insert(QStringLiteral("contrasts"), contrasts);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("vision-execution.lead_pole"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("needs 2 statements, has 1"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, RemovingTheReverseItemLeavesNone)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) { items.removeLast(); });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("reverse-keyed statement, has 0"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, TwoReverseItems)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) { setItemField(items, 0, QStringLiteral("reverse"), true); });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("exactly one reverse-keyed statement, has 2"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, DuplicateId)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) {
            setItemField(items, 1, QStringLiteral("id"), QStringLiteral("visionary-thinking.1"));
        });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking.1"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("more than once"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, DuplicateIdAcrossSections)
{
    // A shared area that takes a skill's id: ids are unique across the whole model.
    QJsonArray areas = root.value(QLatin1String("shared_areas")).toArray();
    QJsonObject area = areas.at(2).toObject();
    area.insert(QStringLiteral("id"), QStringLiteral("communication-clarity"));
    areas[2] = area;
    root.insert(QStringLiteral("shared_areas"), areas);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("communication-clarity"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("more than once"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, MissingLearnSection)
{
    QJsonArray learn = root.value(QLatin1String("learn")).toArray();
    for (qsizetype i = 0; i < learn.size(); ++i) {
        if (learn.at(i).toObject().value(QLatin1String("id")).toString() == QLatin1String("balance")) {
            learn.removeAt(i);
            break;
        }
    }
    root.insert(QStringLiteral("learn"), learn);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("\"balance\""))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("missing"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, WrongFormatNumber)
{
    root.insert(QStringLiteral("format"), SkillModel::FormatVersion + 1);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("\"format\" must be 1"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, FormatAsText)
{
    root.insert(QStringLiteral("format"), QStringLiteral("1"));
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("\"format\""))) << qPrintable(err);
}

TEST_F(SkillModelRejection, WrongRole)
{
    editSkill(root, 0, [](QJsonObject &skill) { skill.insert(QStringLiteral("role"), QStringLiteral("boss")); });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("\"boss\""))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("role"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, FiveLeadingSkills)
{
    // A managing skill turned leading: every skill is well formed, the balance of roles is not.
    editSkill(root, 4, [](QJsonObject &skill) { skill.insert(QStringLiteral("role"), QStringLiteral("lead")); });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("needs 4 lead skills, has 5"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, UnknownPulseSkill)
{
    QJsonArray pulse = root.value(QLatin1String("pulse")).toArray();
    QJsonObject item = pulse.at(0).toObject();
    ASSERT_EQ(item.value(QLatin1String("id")).toString(), QStringLiteral("pulse.visionary-thinking"));
    item.insert(QStringLiteral("skill"), QStringLiteral("mind-reading"));
    pulse[0] = item;
    root.insert(QStringLiteral("pulse"), pulse);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("pulse.visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("unknown skill \"mind-reading\""))) << qPrintable(err);
}

TEST_F(SkillModelRejection, SkillWithoutPulseItem)
{
    QJsonArray pulse = root.value(QLatin1String("pulse")).toArray();
    pulse.removeLast();
    root.insert(QStringLiteral("pulse"), pulse);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("communication-clarity"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("no pulse statement"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, ContrastWithoutAdvisorQuestion)
{
    QJsonObject advisor = root.value(QLatin1String("advisor")).toObject();
    QJsonArray questions = advisor.value(QLatin1String("questions")).toArray();
    questions.removeLast();
    advisor.insert(QStringLiteral("questions"), questions);
    root.insert(QStringLiteral("advisor"), advisor);
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("risk"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("no advisor question"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, MalformedJson)
{
    QByteArray json = toBytes(root);
    json.chop(json.size() / 2);
    const QString err = rejection(json);
    EXPECT_TRUE(err.contains(QLatin1String("not valid JSON"))) << qPrintable(err);
    EXPECT_FALSE(rejection(QByteArrayLiteral("[1, 2, 3]")).isEmpty());
    EXPECT_FALSE(rejection(QByteArray()).isEmpty());
}

TEST_F(SkillModelRejection, EmptyItemText)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) { setItemField(items, 2, QStringLiteral("text"), QStringLiteral("   ")); });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking.3"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("\"text\" is empty"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, StatementWithoutObserverVersion)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        editItems(skill, [](QJsonArray &items) {
            QJsonObject item = items.at(1).toObject();
            item.remove(QStringLiteral("observer"));
            items[1] = item;
        });
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking.2"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("\"observer\" is missing"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, EmptySkillName)
{
    editSkill(root, 1, [](QJsonObject &skill) { skill.insert(QStringLiteral("name"), QStringLiteral("")); });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("emotional-intelligence"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("\"name\" is empty"))) << qPrintable(err);
}

TEST_F(SkillModelRejection, TooFewTips)
{
    editSkill(root, 0, [](QJsonObject &skill) {
        QJsonArray tips = skill.value(QLatin1String("tips")).toArray();
        while (tips.size() > 2)
            tips.removeLast();
        skill.insert(QStringLiteral("tips"), tips);
    });
    const QString err = rejection();
    EXPECT_TRUE(err.contains(QLatin1String("visionary-thinking"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QLatin1String("at least 3 tips, has 2"))) << qPrintable(err);
}
