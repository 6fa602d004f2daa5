// The journal as Markdown, as someone reads it years later in any Markdown viewer: oldest first,
// a heading per entry with its date and title, only what was filled in, names instead of ids,
// and nothing the user wrote able to break the page's structure.
#include "qtprinters.h"
#include "markdownexport.h"

#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

// Local times, so that the dates in headings are the same wherever the tests run.
QDateTime local(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::LocalTime);
}

JournalEntry entry(const QDateTime &when, const QString &title)
{
    JournalEntry e;
    e.uuid = QUuid::createUuid();
    e.occurredAt = when.toUTC();
    e.createdAt = e.occurredAt;
    e.updatedAt = e.occurredAt;
    e.title = title;
    return e;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

class MarkdownExportTest : public ::testing::Test
{
protected:
    const SkillModel &model = SkillModel::builtin();
};

} // namespace

TEST_F(MarkdownExportTest, EntriesComeOldestFirstUnderADatedHeading)
{
    ExchangeData data;
    data.journalEntries.append(entry(local(2024, 3, 5), QStringLiteral("Second")));
    data.journalEntries.append(entry(local(2024, 3, 4, 23), QStringLiteral("First")));
    data.journalEntries.append(entry(local(2024, 3, 6), QString()));
    const QString md = text(MarkdownExport::singleFile(data, model));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Journal\n\n"))) << md.toStdString();
    const qsizetype first = md.indexOf(QStringLiteral("\n## 2024-03-04 — First\n"));
    const qsizetype second = md.indexOf(QStringLiteral("\n## 2024-03-05 — Second\n"));
    const qsizetype untitled = md.indexOf(QStringLiteral("\n## 2024-03-06\n"));
    EXPECT_GT(first, 0);
    EXPECT_GT(second, first);
    EXPECT_GT(untitled, second);
    EXPECT_TRUE(md.endsWith(QStringLiteral("\n")) && !md.endsWith(QStringLiteral("\n\n")));
}

TEST_F(MarkdownExportTest, OnlyFilledPartsAppearWithTheirLabels)
{
    JournalEntry e = entry(local(2024, 3, 4), QStringLiteral("Re-org announced"));
    e.situation = QStringLiteral("All-hands, 40 people.");
    e.mode = Mode::Lead;
    e.rating = 4;
    e.nextTime = QStringLiteral("Share the draft a day earlier.");
    ExchangeData data;
    data.journalEntries.append(e);
    const QString md = text(MarkdownExport::singleFile(data, model));
    EXPECT_TRUE(md.contains(QStringLiteral("**Situation**\nAll-hands, 40 people.\n\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("**What I did:** Led\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("**How it went:** 4 of 5, well\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Next time**\nShare the draft a day earlier.\n")));
    for (const char *absent : { "Outcome", "Feelings", "What I learned", "Tags", "Skills", "Advisor" })
        EXPECT_FALSE(md.contains(QString::fromLatin1(absent))) << absent;
    // Situation, what I did, how it went, next time: the template's order.
    EXPECT_LT(md.indexOf(QStringLiteral("Situation")), md.indexOf(QStringLiteral("What I did")));
    EXPECT_LT(md.indexOf(QStringLiteral("What I did")), md.indexOf(QStringLiteral("How it went")));
    EXPECT_LT(md.indexOf(QStringLiteral("How it went")), md.indexOf(QStringLiteral("Next time")));
}

TEST_F(MarkdownExportTest, SkillsContrastsAndAreasAreNamedTagsAndAdviceShown)
{
    JournalEntry e = entry(local(2024, 3, 4), QStringLiteral("Vendor talks"));
    e.tags = { QStringLiteral("vendors"), QStringLiteral("q2_plan") };
    e.skills = { QStringLiteral("visionary-thinking"), QStringLiteral("retired-skill") };
    e.contrasts = { QStringLiteral("risk") };
    e.areas = { QStringLiteral("goals") };
    Advice advice;
    advice.lean = Lean::Manage;
    e.advice = advice;
    ExchangeData data;
    data.journalEntries.append(e);
    const QString md = text(MarkdownExport::singleFile(data, model));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Tags:** vendors, q2\\_plan\n")));
    // A skill the model no longer has is shown by its id rather than dropped.
    EXPECT_TRUE(md.contains(QStringLiteral("- **Skills:** Visionary thinking, retired-skill\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Contrasts:** Risk-taking and risk management\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Shared areas:** Goal orientation\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Advisor:** lean towards managing\n")));
}

TEST_F(MarkdownExportTest, ADecisionShowsWhatWasExpectedAndHowTheReviewWent)
{
    JournalEntry open = entry(local(2024, 3, 4), QStringLiteral("Chose the vendor"));
    open.decision = Decision { QStringLiteral("They deliver by *May*"), 70, QDate(2024, 4, 1), std::nullopt };
    JournalEntry reviewed = entry(local(2024, 3, 5), QStringLiteral("Moved the launch"));
    reviewed.nextTime = QStringLiteral("Ask support first.");
    reviewed.decision = Decision { QStringLiteral("Fewer bugs at launch"), 40, QDate(2024, 4, 2),
                                   DecisionReview { local(2024, 4, 3, 17).toUTC(), QStringLiteral("Half as many."),
                                                    Mode::Manage, Held::Partly } };
    ExchangeData data;
    data.journalEntries = { open, reviewed };
    const QString md = text(MarkdownExport::singleFile(data, model));
    const qsizetype second = md.indexOf(QStringLiteral("## 2024-03-05"));
    ASSERT_GT(second, 0);
    const QString first = md.left(second);
    const QString last = md.mid(second);

    EXPECT_TRUE(first.contains(QStringLiteral("**What I expect**\nThey deliver by \\*May\\*\n\n"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("**How sure I am:** 70 %\n")));
    EXPECT_TRUE(first.contains(QStringLiteral("**Look back on:** 2024-04-01\n")));
    EXPECT_FALSE(first.contains(QStringLiteral("What happened"))) << "an open decision has no review yet";

    EXPECT_TRUE(last.contains(QStringLiteral("**Looked back on:** 2024-04-03\n"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("**What happened**\nHalf as many.\n")));
    EXPECT_TRUE(last.contains(QStringLiteral("**What I actually did:** Managed\n")));
    EXPECT_TRUE(last.contains(QStringLiteral("**Did it turn out as I expected:** partly\n")));
    // After the template's parts.
    EXPECT_LT(last.indexOf(QStringLiteral("Next time")), last.indexOf(QStringLiteral("What I expect")));
}

TEST_F(MarkdownExportTest, TheBodyIsKeptExactlyAndUnicodeSurvives)
{
    JournalEntry e = entry(local(2024, 3, 4), QStringLiteral("Überraschung 会議 😀"));
    e.body = QStringLiteral("### My own heading\n\n- **bold** point\n- [link](https://example.org)\n\n    code");
    ExchangeData data;
    data.journalEntries.append(e);
    const QString md = text(MarkdownExport::singleFile(data, model));
    EXPECT_TRUE(md.contains(QStringLiteral("## 2024-03-04 — Überraschung 会議 😀\n")));
    EXPECT_TRUE(md.contains(e.body + QStringLiteral("\n")));
}

TEST_F(MarkdownExportTest, TextThatWouldBreakTheStructureIsEscaped)
{
    JournalEntry e = entry(local(2024, 3, 4), QStringLiteral("# 1 priority: *ship* [it]\nnow"));
    e.situation = QStringLiteral("- not a list\n## not a heading\n1. not numbered\n> not a quote\n===\n    not code");
    ExchangeData data;
    data.journalEntries.append(e);
    const QString md = text(MarkdownExport::singleFile(data, model));
    // One heading line, its '#', '*' and brackets escaped, the line break gone.
    EXPECT_TRUE(md.contains(QStringLiteral("\n## 2024-03-04 — \\# 1 priority: \\*ship\\* \\[it\\] now\n")))
        << md.toStdString();
    EXPECT_TRUE(
        md.contains(QStringLiteral("**Situation**\n\\- not a list\\\n\\#\\# not a heading\\\n1\\. not numbered\\\n"
                                   "\\> not a quote\\\n\\===\\\nnot code\n")))
        << md.toStdString();
    // Exactly the two headings the export made: the file's and the entry's.
    EXPECT_EQ(md.count(QStringLiteral("\n## ")) + (md.startsWith(QStringLiteral("# ")) ? 1 : 0), 2);
}

TEST_F(MarkdownExportTest, PerMonthGivesOneFilePerLocalMonth)
{
    ExchangeData data;
    data.journalEntries.append(entry(local(2024, 3, 1, 0), QStringLiteral("March")));
    data.journalEntries.append(entry(local(2024, 2, 29, 23), QStringLiteral("Leap day")));
    data.journalEntries.append(entry(local(2023, 12, 31), QStringLiteral("New Year's Eve")));
    data.journalEntries.append(entry(local(2024, 3, 20), QStringLiteral("Later in March")));
    const auto files = MarkdownExport::perMonth(data, model);
    ASSERT_EQ(
        files.keys(),
        (QStringList { QStringLiteral("2023-12.md"), QStringLiteral("2024-02.md"), QStringLiteral("2024-03.md") }));
    const QString march = text(files.value(QStringLiteral("2024-03.md")));
    EXPECT_TRUE(march.startsWith(QStringLiteral("# Journal, March 2024\n\n"))) << march.toStdString();
    EXPECT_TRUE(march.contains(QStringLiteral("## 2024-03-01 — March\n")));
    EXPECT_LT(march.indexOf(QStringLiteral("— March\n")), march.indexOf(QStringLiteral("— Later in March\n")));
    EXPECT_FALSE(march.contains(QStringLiteral("Leap day")));
    EXPECT_TRUE(text(files.value(QStringLiteral("2024-02.md"))).contains(QStringLiteral("## 2024-02-29 — Leap day\n")));
}

TEST_F(MarkdownExportTest, AnEmptyJournalSaysSo)
{
    EXPECT_EQ(MarkdownExport::singleFile(ExchangeData {}, model), QByteArray("# Journal\n\nNo journal entries.\n"));
    EXPECT_TRUE(MarkdownExport::perMonth(ExchangeData {}, model).isEmpty());
}
