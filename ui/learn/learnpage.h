#pragma once

#include "learncontent.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tandem::ui {

/// The framework explained from the model file: the two roles, the contrasts, the shared
/// areas, the skills with their tips, and when to lead or manage.
class LearnPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LearnPage(const core::SkillModel &model, QWidget *parent = nullptr);

    /// Shows a topic by id (see LearnContent::topics()); false for an unknown id.
    bool showTopic(const QString &topicId);
    QString currentTopic() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    LearnContent m_content;
    QListWidget *m_topics = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace tandem::ui
