#pragma once

#include "feedback.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tandem::ui {

struct PageContext;

/// "New Round…": which skills and contrasts to ask about (all by default), the name the form asks
/// about, a note to the raters and how many were asked. Create stores the round through the undo
/// history; a round the workspace refuses keeps the dialog open with its reason.
class FeedbackRoundDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FeedbackRoundDialog(const PageContext &context, QWidget *parent = nullptr);

    /// The round as the dialog's fields describe it (the statements of what is ticked).
    core::FeedbackRound round() const;
    /// The new round's row id once Create succeeded, else 0.
    qint64 createdId() const { return m_createdId; }
    QString errorText() const;

private:
    void create();
    void showError(const QString &error, QWidget *field);
    QWidget *buildChoices();

    const PageContext &m_context;
    QMap<QString, QCheckBox *> m_skills;
    QMap<QString, QCheckBox *> m_contrasts;
    QLineEdit *m_askedBy = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QSpinBox *m_invited = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_createdId = 0;
};

} // namespace tandem::ui
