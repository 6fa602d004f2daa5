#pragma once

#include <QStringList>
#include <QToolButton>

namespace tandem::ui {

/// A button that opens a list of choices to tick (skills, contrasts or shared areas of the model)
/// and says how many are ticked.
class LinkPicker final : public QToolButton
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString name;
    };

    LinkPicker(const QString &label, const QList<Choice> &choices, QWidget *parent = nullptr);

    QStringList selectedIds() const;
    /// Ticks exactly these; unknown ids are kept as they are, so nothing stored is lost.
    void setSelectedIds(const QStringList &ids);
    QStringList selectedNames() const;

Q_SIGNALS:
    void changed();

private:
    void updateText();

    QString m_label;
    QStringList m_unknown;  // stored ids the model no longer knows
};

} // namespace tandem::ui
