#include "common/chartcolors.h"
#include "learn/learncontent.h"
#include "learn/learnpage.h"

#include "skillmodel.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace tandem;
using namespace tandem::ui;

namespace {

const core::SkillModel &model()
{
    return core::SkillModel::builtin();
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

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

} // namespace

TEST(LearnContent, CoversTheWholeFrameworkInReadingOrder)
{
    LearnContent content(model());
    QStringList ids;
    for (const auto &topic : content.topics())
        ids.append(topic.id);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("welcome"), QStringLiteral("two-roles"), QStringLiteral("contrasts"),
                                QStringLiteral("shared"), QStringLiteral("lead-skills"), QStringLiteral("manage-skills"),
                                QStringLiteral("when-to-lead"), QStringLiteral("balance"), QStringLiteral("growing")}));
    for (const auto &topic : content.topics()) {
        const QString html = content.html(topic.id, lightPalette());
        EXPECT_TRUE(html.contains(topic.title.toHtmlEscaped())) << qPrintable(topic.id);
        EXPECT_GT(html.size(), 400) << qPrintable(topic.id);
    }
    EXPECT_TRUE(content.html(QStringLiteral("no-such-topic"), lightPalette()).isEmpty());
}

TEST(LearnContent, ContrastsShowBothPolesWithTheirTips)
{
    LearnContent content(model());
    const QString html = content.html(QStringLiteral("contrasts"), lightPalette());
    for (const core::Contrast &c : model().contrasts) {
        EXPECT_TRUE(html.contains(c.name.toHtmlEscaped())) << qPrintable(c.id);
        for (const core::Pole *pole : {&c.leadPole, &c.managePole}) {
            EXPECT_TRUE(html.contains(pole->name.toHtmlEscaped())) << qPrintable(c.id);
            for (const core::Tip &tip : pole->tips)
                EXPECT_TRUE(html.contains(tip.text.toHtmlEscaped())) << qPrintable(tip.id);
        }
    }
}

TEST(LearnContent, SkillTopicsShowEachRolesSkillsAndTipsButNotReversedStatements)
{
    LearnContent content(model());
    const QString lead = content.html(QStringLiteral("lead-skills"), lightPalette());
    const QString manage = content.html(QStringLiteral("manage-skills"), lightPalette());
    for (const core::Skill &skill : model().skills) {
        const QString &mine = skill.role == core::Role::Lead ? lead : manage;
        const QString &other = skill.role == core::Role::Lead ? manage : lead;
        EXPECT_TRUE(mine.contains(skill.name.toHtmlEscaped())) << qPrintable(skill.id);
        EXPECT_FALSE(other.contains(QStringLiteral(">") + skill.name.toHtmlEscaped() + QStringLiteral("</h2>")))
                << qPrintable(skill.id);
        for (const core::Tip &tip : skill.tips)
            EXPECT_TRUE(mine.contains(tip.text.toHtmlEscaped())) << qPrintable(tip.id);
        for (const core::Item &item : skill.items)
            EXPECT_EQ(mine.contains(item.text.toHtmlEscaped()), !item.reverse) << qPrintable(item.id);
    }
}

TEST(LearnContent, SharedAreasShowBothWays)
{
    LearnContent content(model());
    const QString html = content.html(QStringLiteral("shared"), lightPalette());
    for (const core::SharedArea &area : model().sharedAreas) {
        EXPECT_TRUE(html.contains(area.name.toHtmlEscaped())) << qPrintable(area.id);
        EXPECT_TRUE(html.contains(area.leadFacet.toHtmlEscaped())) << qPrintable(area.id);
        EXPECT_TRUE(html.contains(area.manageFacet.toHtmlEscaped())) << qPrintable(area.id);
    }
}

TEST(LearnContent, ModelTextIsEscapedAndBulletsBecomeLists)
{
    const QString html = LearnContent::paragraphsToHtml(
            QStringLiteral("First <b>line</b>\ncontinues.\n\nIntro:\n- one & two\n- three\n\nLast."));
    EXPECT_EQ(html, QStringLiteral("<p>First &lt;b&gt;line&lt;/b&gt; continues.</p><p>Intro:</p>"
                                   "<ul><li>one &amp; two</li><li>three</li></ul><p>Last.</p>"));
}

TEST(LearnContent, RoleColoursFollowThePalette)
{
    LearnContent content(model());
    const QString light = content.html(QStringLiteral("two-roles"), lightPalette());
    const QString dark = content.html(QStringLiteral("two-roles"), darkPalette());
    EXPECT_NE(light, dark);
    // The dark palette gets the lighter accents, readable on a dark background.
    EXPECT_TRUE(dark.contains(ChartColors::lead(darkPalette()).name()));
    EXPECT_TRUE(light.contains(ChartColors::lead(lightPalette()).name()));
}

TEST(LearnPage, TopicListAndButtonsMoveThroughTheTopics)
{
    LearnPage page(model());
    auto *topics = page.findChild<QListWidget *>(QStringLiteral("learnTopics"));
    auto *text = page.findChild<QTextBrowser *>(QStringLiteral("learnText"));
    auto *next = page.findChild<QPushButton *>(QStringLiteral("learnNext"));
    auto *previous = page.findChild<QPushButton *>(QStringLiteral("learnPrevious"));
    ASSERT_TRUE(topics && text && next && previous);
    EXPECT_EQ(page.currentTopic(), QStringLiteral("welcome"));
    EXPECT_TRUE(previous->isHidden());
    EXPECT_TRUE(text->toPlainText().contains(model().learnSection(QStringLiteral("welcome"))->title));

    next->click();
    EXPECT_EQ(page.currentTopic(), QStringLiteral("two-roles"));
    EXPECT_TRUE(text->toPlainText().contains(model().lead.summary));
    EXPECT_FALSE(previous->isHidden());

    ASSERT_TRUE(page.showTopic(QStringLiteral("growing")));
    EXPECT_TRUE(next->isHidden());
    previous->click();
    EXPECT_EQ(page.currentTopic(), QStringLiteral("balance"));
    EXPECT_FALSE(page.showTopic(QStringLiteral("nonsense")));
}

TEST(LearnPage, BackAndForwardKeysPageThroughTheTopicsFromTheText)
{
    LearnPage page(model());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *text = page.findChild<QTextBrowser *>(QStringLiteral("learnText"));
    ASSERT_NE(text, nullptr);
    text->setFocus();
    const QKeySequence forward = QKeySequence(QKeySequence::Forward);
    const QKeySequence back = QKeySequence(QKeySequence::Back);
    ASSERT_FALSE(forward.isEmpty());
    QTest::keySequence(text, forward);
    EXPECT_EQ(page.currentTopic(), QStringLiteral("two-roles"));
    QTest::keySequence(text, back);
    EXPECT_EQ(page.currentTopic(), QStringLiteral("welcome"));
    QTest::keySequence(text, back);  // nothing before the first
    EXPECT_EQ(page.currentTopic(), QStringLiteral("welcome"));
}

TEST(LearnPage, RerendersWhenThePaletteChanges)
{
    LearnPage page(model());
    auto *text = page.findChild<QTextBrowser *>(QStringLiteral("learnText"));
    ASSERT_TRUE(page.showTopic(QStringLiteral("two-roles")));
    page.setPalette(lightPalette());
    const QString before = text->toHtml();
    page.setPalette(darkPalette());
    EXPECT_NE(text->toHtml(), before);
    EXPECT_TRUE(text->toHtml().contains(ChartColors::lead(darkPalette()).name()));
}
