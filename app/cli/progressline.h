#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace tandem::cli {

/// A line on stderr that says how far a long command has come ("Importing: 41,200 of 100,000
/// records…"), rewritten in place at most ten times a second and wiped when done. Only when
/// stderr is a terminal: a script that reads stderr gets the errors alone.
class ProgressLine final
{
public:
    /// `text` holds %1 (done) and %2 (the total), e.g. "Importing: %1 of %2 records…".
    ProgressLine(QTextStream &err, QString text);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(qint64 done, qint64 total);

private:
    QTextStream &m_err;
    QString m_text;
    QElapsedTimer m_shown;
    bool m_enabled = false;
    bool m_written = false;
};

} // namespace tandem::cli
