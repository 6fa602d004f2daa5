#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace tandem::ui {

/// One statement with its five answers (never … always). The row takes keyboard focus:
/// 1–5 answer and move on, Left/Right change the answer, Up/Down move between rows.
class StatementRow final : public QWidget
{
    Q_OBJECT

public:
    StatementRow(const QString &itemId, const QString &text, const QStringList &scaleLabels, QWidget *parent = nullptr);

    QString itemId() const { return m_itemId; }
    /// 1..5, or 0 when unanswered.
    int answer() const;
    void setAnswer(int value);

    /// Marks the row as still needing an answer (after an attempt to finish).
    void setFlagged(bool flagged);
    bool isFlagged() const { return m_flagged; }

Q_SIGNALS:
    void answered(const QString &itemId, int value);
    /// The user answered with a number key: focus should move to the next row.
    void advanceRequested();
    void moveRequested(int delta);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibility();

    QString m_itemId;
    QString m_text;
    QStringList m_scaleLabels;
    QLabel *m_label = nullptr;
    QLabel *m_flag = nullptr;
    QButtonGroup *m_group = nullptr;
    bool m_flagged = false;
};

} // namespace tandem::ui
