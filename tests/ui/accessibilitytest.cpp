// What a screen reader and a keyboard user meet on every page and in every dialog: each
// interactive widget a person can see has a name (its own accessible name, its text, or a label
// that is its buddy), with ten years of data and with none.
#include "qtprinters.h"
#include "uitestsupport.h"

#include "checkin/checkinpage.h"
#include "exchange/datatransfer.h"
#include "exchange/importdialog.h"
#include "feedback/feedbackpage.h"
#include "feedback/feedbackrounddialog.h"
#include "goals/entrypicker.h"
#include "goals/goalspage.h"
#include "journal/advisordialog.h"
#include "journal/journalpage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "clock.h"
#include "demogenerator.h"
#include "goalrepository.h"
#include "skillmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace tandem;
using namespace tandem::ui;

namespace {

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

/// Parts Qt builds inside another widget, named through it: a combo box's line edit and list, a
/// spin box's line edit, a view's headers and corner button, a tab bar's scroll buttons.
bool isPartOfAnother(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QTabBar *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QHeaderView *>(w) || (parent && qobject_cast<const QAbstractItemView *>(parent));
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w->parentWidget(); p && path.size() < 3; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    return QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                               path.join(QLatin1Char('/')));
}

/// The interactive widgets under root that are visible and have no name a screen reader could say.
///
/// A drop-down needs a label that is its buddy and its sibling: on Linux, Qt gives AT-SPI the
/// drop-down's current text as its name ("Not said") and its accessible name not at all, and
/// screen readers take the label from the buddy relation, which Qt finds among the siblings.
QStringList unnamedIn(QWidget *root)
{
    QSet<const QWidget *> labelled;
    QSet<const QWidget *> labelledBySibling;
    for (const QLabel *label : root->window()->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible() && !label->text().trimmed().isEmpty()) {
            labelled.insert(label->buddy());
            if (label->buddy()->focusProxy())
                labelled.insert(label->buddy()->focusProxy());
            if (label->buddy()->parentWidget() == label->parentWidget())
                labelledBySibling.insert(label->buddy());
        }
    }
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || !w->isVisible() || isPartOfAnother(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        const bool hasText = button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty();
        const auto *combo = qobject_cast<const QComboBox *>(w);
        if (combo && !combo->isEditable()) {
            if (!labelledBySibling.contains(w))
                unnamed.append(describe(w) + QStringLiteral(" (a drop-down without a label)"));
            continue;
        }
        if (name.isEmpty() && !hasText && !labelled.contains(w))
            unnamed.append(describe(w));
    }
    return unnamed;
}

class AccessibilityTest : public test::UiTest
{
protected:
    // The day after the demo data ends.
    core::FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0))};

    void addDemo(int years)
    {
        core::DemoGenerator::Options options;
        options.years = years;
        options.until = QDate(2026, 11, 22);
        ASSERT_TRUE(core::DemoGenerator(core::SkillModel::builtin()).generate(db(), options).ok());
    }

    /// Every page and every dialog, each checked as it shows; the failures, one a line.
    QStringList walkEverything()
    {
        MainWindow window(workspace(&clock));
        window.resize(1280, 860);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        QStringList failures;
        const auto check = [&failures](const QString &where, QWidget *root) {
            QApplication::processEvents();
            for (const QString &w : unnamedIn(root)) {
                if (!failures.contains(where + QStringLiteral(": ") + w))
                    failures.append(where + QStringLiteral(": ") + w);
            }
        };
        for (PageId id : allPages()) {
            window.showPage(id);
            check(pageKey(id), &window);
        }

        // The check-in's questionnaire, a pulse and a full assessment.
        window.showPage(PageId::CheckIn);
        auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
        EXPECT_NE(checkIn, nullptr);
        if (checkIn) {
            checkIn->start(core::AssessmentKind::Pulse);
            check(QStringLiteral("check-in (pulse)"), &window);
            checkIn->showHome();
            checkIn->start(core::AssessmentKind::Full);
            check(QStringLiteral("check-in (full assessment)"), &window);
            checkIn->showHome();
            checkIn->showHistory();
            check(QStringLiteral("check-in (history)"), &window);
        }

        // The journal's advisor, on its own.
        window.showPage(PageId::Journal);
        auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
        EXPECT_NE(journal, nullptr);
        if (journal) {
            journal->openAdvisor();
            if (auto *advisor = journal->findChild<AdvisorDialog *>()) {
                EXPECT_TRUE(QTest::qWaitForWindowExposed(advisor));
                check(QStringLiteral("advisor"), advisor);
                advisor->close();
            } else {
                failures.append(QStringLiteral("the advisor did not open"));
            }
        }

        // Goals: the form for a new goal, a goal, and the entry picker of a goal.
        window.showPage(PageId::Goals);
        auto *goals = qobject_cast<GoalsPage *>(window.page(PageId::Goals));
        EXPECT_NE(goals, nullptr);
        if (goals) {
            goals->newGoal();
            check(QStringLiteral("goal form"), &window);
            const auto active = workspace().goals().active(1);
            if (active && !active->isEmpty() && goals->showGoal(active->first().id)) {
                check(QStringLiteral("goal"), &window);
                if (auto *link = window.findChild<QPushButton *>(QStringLiteral("goalLinkEntry"))) {
                    link->click();
                    if (auto *picker = window.findChild<EntryPicker *>()) {
                        EXPECT_TRUE(QTest::qWaitForWindowExposed(picker));
                        check(QStringLiteral("entry picker"), picker);
                        picker->close();
                    } else {
                        failures.append(QStringLiteral("the entry picker did not open"));
                    }
                }
            }
            goals->showList();
        }

        // Feedback: the new-round dialog and a round's view.
        window.showPage(PageId::Feedback);
        auto *feedback = qobject_cast<FeedbackPage *>(window.page(PageId::Feedback));
        EXPECT_NE(feedback, nullptr);
        if (feedback) {
            feedback->newRound();
            if (auto *dialog = feedback->findChild<FeedbackRoundDialog *>()) {
                EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
                check(QStringLiteral("new feedback round"), dialog);
                dialog->close();
            } else {
                failures.append(QStringLiteral("the new-round dialog did not open"));
            }
            core::FeedbackRound round;
            round.itemIds = core::feedbackItemsFor(workspace().model(), {}, {}).value();
            const auto id = workspace().addFeedbackRound(round);
            if (id && feedback->showRound(id.value()))
                check(QStringLiteral("feedback round"), &window);
            else
                failures.append(QStringLiteral("the feedback round did not show"));
            feedback->showList();
        }

        // Import.
        window.dataTransfer().openImportDialog();
        if (auto *import = window.findChild<ImportDialog *>()) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(import));
            check(QStringLiteral("import"), import);
            import->close();
        } else {
            failures.append(QStringLiteral("the import dialog did not open"));
        }
        return failures;
    }
};

} // namespace

TEST_F(AccessibilityTest, EveryVisibleControlHasANameWithTenYearsOfData)
{
    addDemo(10);
    const QStringList failures = walkEverything();
    EXPECT_TRUE(failures.isEmpty()) << failures.size() << " unnamed:\n" << qPrintable(failures.join(QLatin1Char('\n')));
}

TEST_F(AccessibilityTest, EveryVisibleControlHasANameWithNoData)
{
    const QStringList failures = walkEverything();
    EXPECT_TRUE(failures.isEmpty()) << failures.size() << " unnamed:\n" << qPrintable(failures.join(QLatin1Char('\n')));
}

TEST_F(AccessibilityTest, TheCheckAcceptsLabelsAndFindsAnUnnamedField)
{
    // The check itself: a field with a buddy label passes, one without any name fails.
    QWidget form;
    auto *named = new QLineEdit(&form);
    auto *label = new QLabel(QStringLiteral("&Title"), &form);
    label->setBuddy(named);
    auto *bare = new QComboBox(&form);
    bare->setObjectName(QStringLiteral("bare"));
    bare->addItem(QStringLiteral("Not said"));
    bare->setAccessibleName(QStringLiteral("What I did"));  // not said to a screen reader on Linux
    auto *button = new QPushButton(QStringLiteral("Save"), &form);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(label);
    layout->addWidget(named);
    layout->addWidget(bare);
    layout->addWidget(button);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    const QStringList unnamed = unnamedIn(&form);
    ASSERT_EQ(unnamed.size(), 1) << qPrintable(unnamed.join(QLatin1Char('\n')));
    EXPECT_TRUE(unnamed.first().contains(QLatin1String("'bare'")));
}
