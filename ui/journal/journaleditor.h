#pragma once

#include "journalentry.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace tandem::core {
class Clock;
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

class LinkPicker;

/// Writes one journal entry: the reflection template, Markdown notes with a preview, tags, the
/// skills, contrasts and areas involved, and the advisor's answer.
///
/// Nothing typed is lost: a change is saved QuietMs after the last keystroke, and never later
/// than MaxDelayMs after the first unsaved one (so steady typing is saved too); the entry is also
/// saved when the editor loses focus, is hidden or is destroyed. An empty entry is never saved.
class JournalEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietMs = 600;
    static constexpr int MaxDelayMs = 800;

    JournalEditor(const core::Database &db, const core::SkillModel &model, const core::Clock &clock,
                  QWidget *parent = nullptr);
    ~JournalEditor() override;

    /// Starts a blank entry (saved once something is written), optionally with advice.
    void newEntry(const std::optional<core::Advice> &advice = std::nullopt);
    /// Shows a stored entry; false (and errorOccurred) when it cannot be read.
    bool openEntry(qint64 id);

    qint64 entryId() const { return m_entry.id; }
    bool isDirty() const { return m_dirty; }
    /// The entry as the fields show it now.
    core::JournalEntry entry() const;

    /// Saves now when something changed and the entry is not empty. False only on failure.
    bool saveNow();

    /// Keeps the advisor's answer with the entry (and saves it soon).
    void setAdvice(const core::Advice &advice);

    void focusTitle();

Q_SIGNALS:
    /// The entry was written; created is true the first time.
    void saved(qint64 id, bool created);
    void errorOccurred(const QString &message);
    void deleteRequested();
    void adviceRequested();

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markDirty();
    void load(const core::JournalEntry &entry);
    void updateStatus(const QString &text);
    void updateAdvice();
    void updatePreview();
    void undo();
    void redo();
    QWidget *textField(QWidget *widget) const;
    QWidget *undoTarget() const;

    const core::Database &m_db;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    core::JournalEntry m_entry;  // as last loaded or saved (id 0: not stored yet)
    bool m_dirty = false;
    bool m_loading = false;
    QTimer *m_quietTimer = nullptr;
    QTimer *m_maxTimer = nullptr;
    QPointer<QWidget> m_lastTextField;

    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_situation = nullptr;
    QComboBox *m_mode = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QComboBox *m_rating = nullptr;
    QPlainTextEdit *m_feelings = nullptr;
    QPlainTextEdit *m_learned = nullptr;
    QPlainTextEdit *m_nextTime = nullptr;
    QTabWidget *m_bodyTabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLineEdit *m_tags = nullptr;
    LinkPicker *m_skills = nullptr;
    LinkPicker *m_contrasts = nullptr;
    LinkPicker *m_areas = nullptr;
    QLabel *m_adviceLabel = nullptr;
    QPushButton *m_askAdvisor = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tandem::ui
