// `tandem-cli goals …` run as a user runs it: a goal's whole life, and every kind of bad input
// refused with status 2, the option named and nothing stored.
#include "clirunner.h"
#include "qtprinters.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using tandem::test::CliOutput;
using tandem::test::CliRunner;

namespace {

QString day(int daysFromToday)
{
    return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate);
}

class GoalsCliTest : public CliRunner
{
protected:
    QJsonObject showGoal(qint64 id)
    {
        const CliOutput r = run({QStringLiteral("goals"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        EXPECT_CLI_EXIT(r, 0);
        return r.json().object();
    }

    QJsonArray listGoals(const QStringList &options = {})
    {
        const CliOutput r = run(QStringList{QStringLiteral("goals"), QStringLiteral("list"), QStringLiteral("--json")} + options);
        EXPECT_CLI_EXIT(r, 0);
        return r.json().array();
    }

    qint64 addGoal(const QStringList &options)
    {
        return runForId(QStringList{QStringLiteral("goals"), QStringLiteral("add")} + options);
    }

    qint64 addEntry(const QString &title, const QString &at)
    {
        return runForId({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), title,
                         QStringLiteral("--at"), at});
    }
};

TEST_F(GoalsCliTest, AGoalFromStartToDone)
{
    const qint64 entry = addEntry(QStringLiteral("Told the team why the roadmap changed"), day(-1));
    ASSERT_GT(entry, 0);
    const qint64 goal = addGoal({QStringLiteral("--skill"), QStringLiteral("visionary-thinking"), QStringLiteral("--title"),
                                 QStringLiteral("Tell the roadmap as a story"), QStringLiteral("--why"),
                                 QStringLiteral("People ask why we do things"), QStringLiteral("--target"), QStringLiteral("70"),
                                 QStringLiteral("--due"), day(90)});
    ASSERT_GT(goal, 0);
    const QString id = QString::number(goal);

    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("add"), id,
                         QStringLiteral("Draft the story on one page"), QStringLiteral("--due"), day(10)}),
                    0);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("add"), id,
                         QStringLiteral("Tell it at the all-hands"), QStringLiteral("--due"), day(30)}),
                    0);
    const CliOutput done = run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("done"), id, QStringLiteral("1")});
    EXPECT_CLI_EXIT(done, 0);
    EXPECT_TRUE(done.text().contains(QLatin1String("1 of 2 steps done"))) << qPrintable(done.text());
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("link"), id, QString::number(entry)}), 0);

    QJsonObject shown = showGoal(goal);
    EXPECT_EQ(shown.value(QLatin1String("id")).toInteger(), goal);
    EXPECT_EQ(shown.value(QLatin1String("title")).toString(), QStringLiteral("Tell the roadmap as a story"));
    EXPECT_EQ(shown.value(QLatin1String("why")).toString(), QStringLiteral("People ask why we do things"));
    EXPECT_EQ(shown.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(shown.value(QLatin1String("target_score")).toInt(-1), 70);
    EXPECT_EQ(shown.value(QLatin1String("due_on")).toString(), day(90));
    EXPECT_TRUE(shown.value(QLatin1String("closed_at")).isNull());
    const QJsonObject target = shown.value(QLatin1String("target")).toObject();
    EXPECT_EQ(target.value(QLatin1String("kind")).toString(), QStringLiteral("skill"));
    EXPECT_EQ(target.value(QLatin1String("id")).toString(), QStringLiteral("visionary-thinking"));
    EXPECT_EQ(target.value(QLatin1String("name")).toString(), QStringLiteral("Visionary thinking"));
    const QJsonArray steps = shown.value(QLatin1String("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0)[QLatin1String("number")].toInt(), 1);
    EXPECT_EQ(steps.at(0)[QLatin1String("text")].toString(), QStringLiteral("Draft the story on one page"));
    EXPECT_EQ(steps.at(0)[QLatin1String("due_on")].toString(), day(10));
    EXPECT_TRUE(steps.at(0)[QLatin1String("done")].toBool());
    EXPECT_TRUE(QDateTime::fromString(steps.at(0)[QLatin1String("done_at")].toString(), Qt::ISODate).isValid());
    EXPECT_EQ(steps.at(1)[QLatin1String("number")].toInt(), 2);
    EXPECT_EQ(steps.at(1)[QLatin1String("due_on")].toString(), day(30));
    EXPECT_FALSE(steps.at(1)[QLatin1String("done")].toBool());
    EXPECT_TRUE(steps.at(1)[QLatin1String("done_at")].isNull());
    EXPECT_EQ(shown.value(QLatin1String("next_step")).toString(), QStringLiteral("Tell it at the all-hands"));
    const QJsonObject progress = shown.value(QLatin1String("progress")).toObject();
    EXPECT_EQ(progress.value(QLatin1String("done")).toInt(), 1);
    EXPECT_EQ(progress.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray evidence = shown.value(QLatin1String("evidence")).toArray();
    ASSERT_EQ(evidence.size(), 1);
    EXPECT_EQ(evidence.at(0)[QLatin1String("id")].toInteger(), entry);
    EXPECT_EQ(evidence.at(0)[QLatin1String("title")].toString(), QStringLiteral("Told the team why the roadmap changed"));

    // The plain form: numbered steps with their marks and dates, the evidence with its date, progress.
    const CliOutput plain = run({QStringLiteral("goals"), QStringLiteral("show"), id});
    EXPECT_CLI_EXIT(plain, 0);
    const QString text = plain.text();
    EXPECT_TRUE(text.contains(QLatin1String("1. [x] Draft the story on one page  (due ") + day(10))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("2. [ ] Tell it at the all-hands  (due ") + day(30) + QLatin1Char(')')))
            << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Progress: 1 of 2 steps done"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Visionary thinking"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(day(-1) + QLatin1String(" 12:00  Told the team why the roadmap changed"))) << qPrintable(text);

    const CliOutput paused = run({QStringLiteral("goals"), QStringLiteral("status"), id, QStringLiteral("paused")});
    EXPECT_CLI_EXIT(paused, 0);
    EXPECT_EQ(showGoal(goal).value(QLatin1String("status")).toString(), QStringLiteral("paused"));
    EXPECT_TRUE(showGoal(goal).value(QLatin1String("closed_at")).isNull());
    EXPECT_EQ(listGoals({QStringLiteral("--status"), QStringLiteral("active")}).size(), 0);

    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("status"), id, QStringLiteral("done")}), 0);
    shown = showGoal(goal);
    EXPECT_EQ(shown.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    EXPECT_TRUE(QDateTime::fromString(shown.value(QLatin1String("closed_at")).toString(), Qt::ISODate).isValid())
            << qPrintable(shown.value(QLatin1String("closed_at")).toString());
    // Finishing a goal keeps what it holds.
    EXPECT_EQ(shown.value(QLatin1String("steps")).toArray().size(), 2);
    EXPECT_EQ(shown.value(QLatin1String("evidence")).toArray().size(), 1);

    const QJsonArray all = listGoals();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0)[QLatin1String("id")].toInteger(), goal);
    EXPECT_EQ(all.at(0)[QLatin1String("status")].toString(), QStringLiteral("done"));
    EXPECT_EQ(all.at(0)[QLatin1String("progress")][QLatin1String("done")].toInt(), 1);
    EXPECT_EQ(listGoals({QStringLiteral("--status"), QStringLiteral("done")}).size(), 1);
    const CliOutput list = run({QStringLiteral("goals"), QStringLiteral("list")});
    EXPECT_CLI_EXIT(list, 0);
    EXPECT_TRUE(list.text().contains(QLatin1String("done     Tell the roadmap as a story"))) << qPrintable(list.text());
}

TEST_F(GoalsCliTest, AGoalOnAPoleAsFrameworkNamesIt)
{
    const CliOutput framework = run({QStringLiteral("framework")});
    EXPECT_CLI_EXIT(framework, 0);
    EXPECT_TRUE(framework.text().contains(QLatin1String("Execution [vision-execution:manage]"))) << qPrintable(framework.text());

    const qint64 goal = addGoal({QStringLiteral("--pole"), QStringLiteral("vision-execution:manage"), QStringLiteral("--title"),
                                 QStringLiteral("Finish what we start")});
    ASSERT_GT(goal, 0);
    const QJsonObject target = showGoal(goal).value(QLatin1String("target")).toObject();
    EXPECT_EQ(target.value(QLatin1String("kind")).toString(), QStringLiteral("manage_pole"));
    EXPECT_EQ(target.value(QLatin1String("id")).toString(), QStringLiteral("vision-execution:manage"));
    EXPECT_EQ(target.value(QLatin1String("name")).toString(), QStringLiteral("Execution"));
    EXPECT_TRUE(showGoal(goal).value(QLatin1String("target_score")).isNull());
}

TEST_F(GoalsCliTest, StepsCanBeOpenedAgainAndEvidenceTakenAway)
{
    const qint64 entry = addEntry(QStringLiteral("One-to-one with Sam"), day(0));
    const qint64 goal = addGoal({QStringLiteral("--skill"), QStringLiteral("emotional-intelligence"), QStringLiteral("--title"),
                                 QStringLiteral("Listen first")});
    const QString id = QString::number(goal);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("add"), id, QStringLiteral("Ask two questions")}), 0);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("done"), id, QStringLiteral("1")}), 0);
    EXPECT_TRUE(showGoal(goal).value(QLatin1String("steps")).toArray().at(0)[QLatin1String("done")].toBool());
    const CliOutput reopened = run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("undone"), id, QStringLiteral("1")});
    EXPECT_CLI_EXIT(reopened, 0);
    EXPECT_TRUE(reopened.text().contains(QLatin1String("0 of 1 step done"))) << qPrintable(reopened.text());
    EXPECT_TRUE(showGoal(goal).value(QLatin1String("steps")).toArray().at(0)[QLatin1String("done_at")].isNull());
    EXPECT_FALSE(showGoal(goal).value(QLatin1String("steps")).toArray().at(0)[QLatin1String("done")].toBool());

    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("link"), id, QString::number(entry)}), 0);
    EXPECT_EQ(showGoal(goal).value(QLatin1String("evidence")).toArray().size(), 1);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("unlink"), id, QString::number(entry)}), 0);
    EXPECT_EQ(showGoal(goal).value(QLatin1String("evidence")).toArray().size(), 0);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("link"), id, QString::number(entry)}), 0);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("link"), id, QString::number(entry), QStringLiteral("--remove")}), 0);
    EXPECT_EQ(showGoal(goal).value(QLatin1String("evidence")).toArray().size(), 0);

    // A finished goal can be taken up again: it is active, and no longer closed.
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("status"), id, QStringLiteral("dropped")}), 0);
    EXPECT_FALSE(showGoal(goal).value(QLatin1String("closed_at")).isNull());
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("status"), id, QStringLiteral("active")}), 0);
    EXPECT_EQ(showGoal(goal).value(QLatin1String("status")).toString(), QStringLiteral("active"));
    EXPECT_TRUE(showGoal(goal).value(QLatin1String("closed_at")).isNull());
    // The entry itself stays.
    EXPECT_CLI_EXIT(run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(entry)}), 0);
}

TEST_F(GoalsCliTest, BadGoalsAreRefusedNamingTheOption)
{
    const QStringList skill{QStringLiteral("--skill"), QStringLiteral("visionary-thinking")};
    const QStringList title{QStringLiteral("--title"), QStringLiteral("A goal")};
    const QStringList add{QStringLiteral("goals"), QStringLiteral("add")};
    expectRefused(add + QStringList{QStringLiteral("--skill"), QStringLiteral("juggling")} + title, QStringLiteral("--skill"));
    expectRefused(add + QStringList{QStringLiteral("--pole"), QStringLiteral("nothing:lead")} + title, QStringLiteral("--pole"));
    expectRefused(add + QStringList{QStringLiteral("--pole"), QStringLiteral("vision-execution:middle")} + title,
                  QStringLiteral("--pole"));
    expectRefused(add + QStringList{QStringLiteral("--pole"), QStringLiteral("vision-execution")} + title, QStringLiteral("--pole"));
    expectRefused(add + skill + title + QStringList{QStringLiteral("--target"), QStringLiteral("101")}, QStringLiteral("--target"));
    expectRefused(add + skill + title + QStringList{QStringLiteral("--target"), QStringLiteral("-1")}, QStringLiteral("--target"));
    expectRefused(add + skill + title + QStringList{QStringLiteral("--target"), QStringLiteral("high")}, QStringLiteral("--target"));
    expectRefused(add + skill + title + QStringList{QStringLiteral("--due"), day(-1)}, QStringLiteral("--due"));
    expectRefused(add + skill + title + QStringList{QStringLiteral("--due"), QStringLiteral("2027-02-30")}, QStringLiteral("--due"));
    expectRefused(add + skill + QStringList{QStringLiteral("--title"), QStringLiteral("  ")}, QStringLiteral("--title"));
    expectRefused(add + skill, QStringLiteral("--title"));
    expectRefused(add + title, QStringLiteral("--skill"));
    expectRefused(add + skill + QStringList{QStringLiteral("--pole"), QStringLiteral("vision-execution:lead")} + title,
                  QStringLiteral("--pole"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("finished")},
                  QStringLiteral("--status"));
    EXPECT_EQ(listGoals().size(), 0);
}

TEST_F(GoalsCliTest, BadChangesToAGoalAreRefusedAndChangeNothing)
{
    const qint64 entry = addEntry(QStringLiteral("Planning meeting"), day(0));
    const qint64 goal = addGoal({QStringLiteral("--skill"), QStringLiteral("communication-clarity"), QStringLiteral("--title"),
                                 QStringLiteral("Write shorter updates")});
    const QString id = QString::number(goal);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("add"), id, QStringLiteral("Cut one")}), 0);
    EXPECT_CLI_EXIT(run({QStringLiteral("goals"), QStringLiteral("step"), QStringLiteral("add"), id, QStringLiteral("Cut two")}), 0);
    const QJsonObject before = showGoal(goal);
    ASSERT_EQ(before.value(QLatin1String("steps")).toArray().size(), 2);

    const QStringList step{QStringLiteral("goals"), QStringLiteral("step")};
    expectRefused(step + QStringList{QStringLiteral("add"), id, QStringLiteral("Late"), QStringLiteral("--due"), day(-3)},
                  QStringLiteral("--due"));
    expectRefused(step + QStringList{QStringLiteral("add"), id, QStringLiteral("Late"), QStringLiteral("--due"), QStringLiteral("soon")},
                  QStringLiteral("--due"));
    expectRefused(step + QStringList{QStringLiteral("add"), QStringLiteral("99"), QStringLiteral("Elsewhere")}, QStringLiteral("99"));
    expectRefused(step + QStringList{QStringLiteral("done"), id, QStringLiteral("3")}, QStringLiteral("STEP"));
    expectRefused(step + QStringList{QStringLiteral("done"), id, QStringLiteral("0")}, QStringLiteral("STEP"));
    expectRefused(step + QStringList{QStringLiteral("done"), id, QStringLiteral("first")}, QStringLiteral("STEP"));
    expectRefused(step + QStringList{QStringLiteral("done"), QStringLiteral("99"), QStringLiteral("1")}, QStringLiteral("99"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("link"), id, QStringLiteral("999")}, QStringLiteral("ENTRY"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("link"), id, QStringLiteral("latest")}, QStringLiteral("journal entry id"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("unlink"), id, QString::number(entry)}, QStringLiteral("ENTRY"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("link"), QStringLiteral("99"), QString::number(entry)}, QStringLiteral("99"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("status"), id, QStringLiteral("finished")}, QStringLiteral("status"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("status"), QStringLiteral("abc"), QStringLiteral("done")},
                  QStringLiteral("goal id"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("show"), QStringLiteral("99")}, QStringLiteral("99"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));

    EXPECT_EQ(showGoal(goal), before);
}

TEST_F(GoalsCliTest, HelpNamesTheNewCommands)
{
    const CliOutput help = run({QStringLiteral("--help")});
    EXPECT_CLI_EXIT(help, 0);
    for (const char *command : {"goals add --skill ID | --pole CONTRAST:lead|manage", "goals step done|undone ID STEP",
                                "goals link|unlink ID ENTRY", "goals status ID active|paused|done|dropped",
                                "journal review ENTRY --outcome TEXT", "reviews due [--json]", "--expect TEXT",
                                "--save-to ENTRY"})
        EXPECT_TRUE(help.text().contains(QLatin1String(command))) << command;
    expectRefused({QStringLiteral("goals")}, QStringLiteral("goals needs one of"));
    expectRefused({QStringLiteral("goals"), QStringLiteral("step")}, QStringLiteral("goals step needs one of"));
    expectRefused({QStringLiteral("reviews")}, QStringLiteral("reviews needs"));
}

} // namespace
