#include "report/progressreport.h"

#include "advisor.h"
#include "clock.h"
#include "assessmentrepository.h"
#include "demogenerator.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "testfiles.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace tandem;
using namespace tandem::ui;

namespace {

struct ToolRun
{
    bool ok = false;
    QString output;
    QString errors;
};

// Runs a poppler tool; the wait is generous, the machine may be busy.
ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.errors = QStringLiteral("%1 did not finish").arg(program);
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int pageCount(const QString &pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { pdf });
    EXPECT_TRUE(info.ok) << qPrintable(info.errors);
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(info.output);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of each page, as a reader's search or copy would see it.
QStringList pageTexts(const QString &pdf)
{
    const ToolRun text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    EXPECT_TRUE(text.ok) << qPrintable(text.errors);
    QStringList pages = text.output.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int inkPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                ++count;
        }
    }
    return count;
}

// Strongly coloured pixels with a hue between low and high degrees (the role colours' bars).
int colouredPixels(const QImage &image, int low, int high)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = QColor::fromRgb(image.pixel(x, y)).toHsv();
            if (c.hsvSaturation() > 120 && c.value() > 60 && c.hsvHue() >= low && c.hsvHue() <= high)
                ++count;
        }
    }
    return count;
}

// A folder nobody can write in, even root: permissions first, and where they do not bind (root
// ignores them) the immutable attribute. Undone when the test ends, so the folder can be removed.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path)
    {
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (writable()) {
            m_immutable = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), path }) == 0;
        }
        m_readOnly = !writable();
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_path });
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    bool isReadOnly() const { return m_readOnly; }

private:
    bool writable() const
    {
        QFile probe(m_path + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return false;
        probe.close();
        probe.remove();
        return true;
    }

    QString m_path;
    bool m_immutable = false;
    bool m_readOnly = false;
};

class ProgressReportTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    core::FixedClock clock { QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC) };

    void fillWithDemoData()
    {
        core::DemoGenerator::Options options;
        options.years = 3;
        options.until = QDate(2026, 11, 22);
        const auto made = core::DemoGenerator(model()).generate(db(), options);
        ASSERT_TRUE(made.ok()) << qPrintable(made.error());
    }

    QString reportPath() const { return m_dir.root() + QStringLiteral("/report.pdf"); }

    // Every page as a picture at 40 dpi, in page order.
    QList<QImage> renderPages(const QString &pdf, const QString &name = QStringLiteral("page"))
    {
        const QString prefix = m_dir.root() + QLatin1Char('/') + name;
        const ToolRun rendered
            = runTool(QStringLiteral("pdftoppm"),
                      { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf, prefix });
        EXPECT_TRUE(rendered.ok) << qPrintable(rendered.errors);
        // pdftoppm pads the page numbers to the same width, so name order is page order.
        const QStringList files
            = QDir(m_dir.root()).entryList({ name + QStringLiteral("-*.png") }, QDir::Files, QDir::Name);
        QList<QImage> images;
        for (const QString &file : files)
            images.append(QImage(m_dir.root() + QLatin1Char('/') + file));
        return images;
    }

    bool havePoppler() const
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }
};

TEST_F(ProgressReportTest, ThreeYearsOfDataGiveAReportWhosePagesAllRender)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    fillWithDemoData();
    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    EXPECT_EQ(test::modeBits(reportPath()), 0600) << "the report holds the user's scores and entries";

    QFile file(reportPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    file.close();

    const int pages = pageCount(reportPath());
    ASSERT_GE(pages, 3);

    // Text is text: a reader can search and copy it, and every section and footer is there.
    const QStringList texts = pageTexts(reportPath());
    ASSERT_EQ(texts.size(), pages);
    const QString all = texts.join(QLatin1Char('\n'));
    for (const QString &expected :
         { QStringLiteral("Tandem progress report"), QStringLiteral("Period covered"), QStringLiteral("Your profile"),
           QStringLiteral("Trends"), QStringLiteral("Goals"), QStringLiteral("Journal highlights"),
           QStringLiteral("Decisions looked back on"), QStringLiteral("How sure you were, and how it turned out"),
           QStringLiteral("Followed the advice"), QStringLiteral("Next step:"), QStringLiteral("What you learned"),
           model().skills.first().name, model().skills.last().name })
        EXPECT_TRUE(all.contains(expected)) << qPrintable(expected);
    // With years of reviewed decisions, calibration is put in words.
    EXPECT_TRUE(all.simplified().contains(QStringLiteral("% sure: you were"))
                || all.simplified().contains(QStringLiteral("% sure: it turned out")))
        << "no calibration in plain words";
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(texts.at(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)))
            << "no footer on page " << page;

    const QList<QImage> images = renderPages(reportPath());
    ASSERT_EQ(images.size(), pages);
    for (int page = 0; page < pages; ++page) {
        ASSERT_FALSE(images.at(page).isNull()) << "page " << page + 1;
        EXPECT_GT(inkPixels(images.at(page)), 500) << "page " << page + 1 << " looks blank";
    }

    // The profile's skill bars, in the leading blue and the managing amber.
    const qsizetype profilePage
        = std::distance(texts.cbegin(), std::find_if(texts.cbegin(), texts.cend(), [](const QString &t) {
                            return t.contains(QStringLiteral("Your profile"));
                        }));
    ASSERT_LT(profilePage, images.size());
    EXPECT_GT(colouredPixels(images.at(profilePage), 195, 225), 100) << "no blue bars on the profile page";
    EXPECT_GT(colouredPixels(images.at(profilePage), 25, 45), 100) << "no amber bars on the profile page";
}

TEST_F(ProgressReportTest, GoalsAndDecisionsAreSummedUpInPlainWords)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    const core::Advisor advisor(model());
    const auto advice
        = [&](int answer) { return advisor.advise(QList<int>(model().advisorQuestions.size(), answer)).value(); };
    const auto at = [](int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC); };
    const core::JournalRepository journal(db());
    const auto add = [&](const QDateTime &when, const QString &title, std::optional<core::Advice> given,
                         core::Mode mode, const core::Decision &decision) {
        core::JournalEntry e;
        e.occurredAt = when;
        e.title = title;
        e.mode = mode;
        e.advice = std::move(given);
        e.decision = decision;
        const auto added = journal.add(e);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error());
    };
    const auto review = [&](int month, int day, core::Mode mode, core::Held held) {
        return core::DecisionReview { at(month, day), QStringLiteral("What happened."), mode, held };
    };
    using core::Held;
    using core::Mode;
    // Followed the advice twice (both held), chose differently once (did not hold), no advice once
    // (partly held); one review due now, one later.
    add(at(9, 1), QStringLiteral("Set the direction"), advice(-3), Mode::Lead,
        { QStringLiteral("They take it up"), 80, QDate(2026, 9, 29), review(9, 30, Mode::Lead, Held::Yes) });
    add(at(9, 5), QStringLiteral("Sorted the rota myself"), advice(3), Mode::Lead,
        { QStringLiteral("Fewer gaps"), 80, QDate(2026, 10, 3), review(10, 4, Mode::Lead, Held::No) });
    add(at(9, 10), QStringLiteral("Picked a vendor"), std::nullopt, Mode::Manage,
        { QStringLiteral("On time"), 30, QDate(2026, 10, 8), review(10, 9, Mode::Manage, Held::Partly) });
    add(at(9, 15), QStringLiteral("Merged two teams"), advice(0), Mode::Both,
        { QStringLiteral("Calm within a month"), 75, QDate(2026, 10, 13), review(10, 14, Mode::Both, Held::Yes) });
    add(at(11, 1), QStringLiteral("Hired Sam"), std::nullopt, Mode::Manage,
        { QStringLiteral("Settles in"), 60, QDate(2026, 11, 20), std::nullopt });
    add(at(11, 25), QStringLiteral("New planning day"), std::nullopt, Mode::Manage,
        { QStringLiteral("Shorter meetings"), 50, QDate(2026, 12, 20), std::nullopt });

    core::Goal active;
    active.createdAt = at(8, 1);
    active.targetKind = core::GoalTarget::Skill;
    active.targetId = model().skills.first().id;
    active.title = QStringLiteral("Paint the picture");
    active.targetScore = 70;
    active.steps
        = { { QUuid::createUuid(), QStringLiteral("Write one page"), {}, {}, at(8, 20) },
            { QUuid::createUuid(), QStringLiteral("Share the draft with two peers"), QDate(2026, 12, 10), {}, {} },
            { QUuid::createUuid(), QStringLiteral("Present it"), {}, {}, {} } };
    core::Goal paused = active;
    paused.title = QStringLiteral("Take one calculated risk a month");
    paused.targetKind = core::GoalTarget::LeadPole;
    paused.targetId = model().contrasts.last().id;
    paused.status = core::GoalStatus::Paused;
    paused.steps.clear();
    for (const core::Goal &goal : { active, paused }) {
        const auto added = core::GoalRepository(db()).add(goal);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error());
    }

    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    const QString all = pageTexts(reportPath()).join(QLatin1Char('\n')).simplified();
    for (const QString &expected :
         { QStringLiteral("Active and paused goals"), QStringLiteral("paused ·"), QStringLiteral("1 of 3 steps done"),
           QStringLiteral("Next step: Share the draft with two peers (due"), QStringLiteral("Decisions looked back on"),
           QStringLiteral("1 due now"),
           QStringLiteral("Of the 4 decisions you looked back on, what you expected came about in 2, partly in 1 and "
                          "not in 1."),
           // The same levels of 10 % as the Progress page's calibration chart.
           QStringLiteral("80\u201389 % sure"), QStringLiteral("70\u201379 % sure"),
           QStringLiteral("30\u201339 % sure"),
           QStringLiteral("Your expectations held more often when you followed the advice (100 %) than when you "
                          "chose differently (0 %).") })
        EXPECT_TRUE(all.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(all.left(6000));
    // Not the coarser groups the report had before.
    EXPECT_FALSE(all.contains(QStringLiteral("70\u201389 % sure")));
    EXPECT_FALSE(all.contains(QStringLiteral("under 50 % sure")));
}

TEST_F(ProgressReportTest, TheNewestRoundThreeColleaguesAnsweredShowsSelfAgainstOthers)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    const auto at = [](int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC); };
    // The user's own view: every statement at its best ("always", reverse-keyed ones "never").
    core::Assessment self;
    self.kind = core::AssessmentKind::Full;
    self.modelVersion = model().version;
    self.takenAt = at(9, 1);
    for (const core::Item &item : model().fullAssessmentItems())
        self.answers.insert(item.id, item.reverse ? 1 : 5);
    ASSERT_TRUE(core::AssessmentRepository(db()).add(self).ok());

    // A round on one skill: three colleagues see it at its worst. A newer round has two answers.
    const core::FeedbackRepository feedback(db());
    const auto addRound = [&](const QDateTime &when, int raters) {
        core::FeedbackRound round;
        round.uuid = QUuid::createUuid();
        round.createdAt = when;
        round.modelVersion = model().version;
        round.sealKey = QByteArray(32, 'k');
        round.itemIds = core::feedbackItemsFor(model(), { QStringLiteral("emotional-intelligence") }, {}).value();
        const auto id = feedback.add(round);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
        for (int i = 0; i < raters; ++i) {
            core::FeedbackResponse r;
            r.uuid = QUuid::createUuid();
            r.roundId = id.value();
            r.receivedAt = when.addDays(1);
            r.seal = QByteArray(43, 'A');
            for (const core::Item &item : model().fullAssessmentItems()) {
                if (round.itemIds.contains(item.id))
                    r.answers.insert(item.id, item.reverse ? 5 : 1);
            }
            ASSERT_TRUE(feedback.addResponse(r).ok());
        }
    };
    addRound(at(10, 1), 3);
    addRound(at(11, 1), 2);

    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    const QString all = pageTexts(reportPath()).join(QLatin1Char('\n')).simplified();
    for (const QString &expected :
         { QStringLiteral("How colleagues see you"),
           // The round of October, not November's with two answers.
           QStringLiteral("From the feedback round of October 1, 2026: 3 colleagues answered."),
           QStringLiteral("Emotional intelligence 100 0"), QStringLiteral("Others see less (blind spot)") })
        EXPECT_TRUE(all.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(all.left(6000));
}

TEST_F(ProgressReportTest, AJournalWithoutDecisionsSaysHowToStart)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    core::JournalEntry e;
    e.occurredAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    e.title = QStringLiteral("A plain day");
    ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    const QString all = pageTexts(reportPath()).join(QLatin1Char('\n')).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("No decisions recorded yet."))) << qPrintable(all);
    EXPECT_FALSE(all.contains(QStringLiteral("How sure you were")));
}

TEST_F(ProgressReportTest, AnEmptyStoreGivesOneFriendlyPage)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    EXPECT_EQ(pageCount(reportPath()), 1);
    const QStringList texts = pageTexts(reportPath());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts.first().contains(QStringLiteral("Nothing to report yet"))) << qPrintable(texts.first());
    EXPECT_TRUE(texts.first().contains(QStringLiteral("full assessment"))) << "it should say how to start";
    const QList<QImage> images = renderPages(reportPath());
    ASSERT_EQ(images.size(), 1);
    EXPECT_GT(inkPixels(images.first()), 500);
}

TEST_F(ProgressReportTest, TheReportLooksTheSameWhateverTheAppPalette)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed; scripts/setup.sh installs it";
    fillWithDemoData();
    const QString light = m_dir.root() + QStringLiteral("/light.pdf");
    const core::Status lightWritten = ProgressReport(db(), model(), clock).write(light);
    ASSERT_TRUE(lightWritten.ok()) << qPrintable(lightWritten.error());

    // Paper is white: a dark palette in the app must not give white text on it.
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        dark.setColor(role, QColor(0x20, 0x20, 0x22));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(role, Qt::white);
    QApplication::setPalette(dark);
    const QString darkPath = m_dir.root() + QStringLiteral("/dark.pdf");
    const core::Status darkWritten = ProgressReport(db(), model(), clock).write(darkPath);
    QApplication::setPalette(original);
    ASSERT_TRUE(darkWritten.ok()) << qPrintable(darkWritten.error());

    const QList<QImage> lightPages = renderPages(light, QStringLiteral("light"));
    const QList<QImage> darkPages = renderPages(darkPath, QStringLiteral("dark"));
    ASSERT_FALSE(lightPages.isEmpty());
    ASSERT_EQ(darkPages.size(), lightPages.size());
    for (int page = 0; page < lightPages.size(); ++page)
        EXPECT_TRUE(darkPages.at(page) == lightPages.at(page)) << "page " << page + 1 << " changes with the palette";
}

TEST_F(ProgressReportTest, AFolderThatDoesNotExistGivesAClearErrorAndNoFile)
{
    const QString missing = m_dir.root() + QStringLiteral("/no/such/folder");
    const core::Status written = ProgressReport(db(), model(), clock).write(missing + QStringLiteral("/report.pdf"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("does not exist"))) << qPrintable(written.error());
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(missing))) << qPrintable(written.error());
    EXPECT_FALSE(QFileInfo::exists(m_dir.root() + QStringLiteral("/no")));
}

TEST_F(ProgressReportTest, AReadOnlyFolderGivesAClearErrorAndKeepsTheEarlierReport)
{
    fillWithDemoData();
    const QString folder = m_dir.root() + QStringLiteral("/locked");
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/report.pdf");
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier report");
    }
    const ReadOnlyFolder locked(folder);
    if (!locked.isReadOnly())
        GTEST_SKIP() << "this user can write in any folder and chattr is not available, so a read-only folder cannot "
                        "be made here";

    const core::Status written = ProgressReport(db(), model(), clock).write(path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("could not be saved"))) << qPrintable(written.error());
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(folder))) << qPrintable(written.error());

    // Nothing half-written beside it, and the earlier report is untouched.
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList { QStringLiteral("report.pdf") });
    QFile earlier(path);
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_EQ(earlier.readAll(), QByteArray("an earlier report"));
}

TEST_F(ProgressReportTest, AnEarlierReportIsReplacedWhole)
{
    fillWithDemoData();
    {
        QFile earlier(reportPath());
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier report");
    }
    const core::Status written = ProgressReport(db(), model(), clock).write(reportPath());
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    QFile file(reportPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(QDir(m_dir.root()).entryList({ QStringLiteral("report.pdf*") }, QDir::Files | QDir::Hidden),
              QStringList { QStringLiteral("report.pdf") });
}

} // namespace
