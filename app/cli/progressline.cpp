#include "progressline.h"

#include <QLocale>

#include <cstdio>
#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tandem::cli {

namespace {

bool stderrIsATerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) != 0;
#else
    return false;
#endif
}

} // namespace

ProgressLine::ProgressLine(QTextStream &err, QString text)
    : m_err(err), m_text(std::move(text)), m_enabled(stderrIsATerminal())
{
}

ProgressLine::~ProgressLine()
{
    // "\r" and "erase to the end of the line": the next output starts on a clean line.
    if (m_written)
        m_err << QStringLiteral("\r\x1b[K") << Qt::flush;
}

void ProgressLine::show(qint64 done, qint64 total)
{
    if (!m_enabled || total <= 0)
        return;
    if (m_shown.isValid() && m_shown.elapsed() < 100 && done < total)
        return;
    m_shown.start();
    const QLocale locale;
    m_err << QStringLiteral("\r\x1b[K") << m_text.arg(locale.toString(done), locale.toString(total)) << Qt::flush;
    m_written = true;
}

} // namespace tandem::cli
