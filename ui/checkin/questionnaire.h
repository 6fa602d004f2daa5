#pragma once

#include "scoring.h"
#include "skillmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace tandem::ui {

class StatementRow;

/// Takes the user through an assessment, one group of statements per screen: every skill and
/// every contrast for a full assessment, one screen for the pulse. Answerable from the keyboard
/// alone (1–5 answer and move on, Enter goes to the next screen). It refuses to finish while a
/// statement is unanswered and shows which.
class Questionnaire final : public QWidget
{
    Q_OBJECT

public:
    Questionnaire(const core::SkillModel &model, core::AssessmentKind kind, QWidget *parent = nullptr);

    core::AssessmentKind kind() const { return m_kind; }
    int screenCount() const;
    int currentScreen() const;
    void showScreen(int index);

    core::Answers answers() const { return m_answers; }
    /// Restores answers (from a draft); unknown ids are ignored.
    void setAnswers(const core::Answers &answers);
    QString note() const;
    void setNote(const QString &note);

    /// Moves keyboard focus to the first unanswered statement of the current screen.
    void focusFirstOpenStatement();

Q_SIGNALS:
    /// Something the user entered changed: the page keeps a draft.
    void changed();
    /// Every statement is answered and the user chose Finish.
    void finished();
    /// The user left; the draft stays.
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Screen
    {
        QString title;
        QString intro;
        QList<StatementRow *> rows;
        QWidget *widget = nullptr;
    };

    void buildFullScreens();
    void buildPulseScreen();
    Screen &addScreen(const QString &title, const QString &intro);
    StatementRow *addRow(Screen &screen, QWidget *container, const QString &itemId, const QString &text);
    void next();
    void tryFinish();
    void updateProgress();
    void focusRow(StatementRow *row, int delta);

    const core::SkillModel &m_model;
    core::AssessmentKind m_kind;
    core::Answers m_answers;
    QList<Screen> m_screens;
    QList<StatementRow *> m_rows;

    QLabel *m_heading = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace tandem::ui
