#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

/// Picks a journal entry to give a goal as evidence: the latest entries, or those matching
/// what is typed. Opened with open(); entryChosen tells the choice.
class EntryPicker final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int Shown = 50;

    EntryPicker(const core::Workspace &workspace, const QList<qint64> &alreadyLinked, QWidget *parent = nullptr);

    void setSearch(const QString &text);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void entryChosen(qint64 entryId);

private:
    void fill();
    void choose();

    const core::Workspace &m_workspace;
    QList<qint64> m_linked;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_link = nullptr;
};

} // namespace tandem::ui
