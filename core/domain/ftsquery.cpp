#include "ftsquery.h"

#include <QChar>

namespace tandem::core {

namespace {

bool isTermChar(char32_t c)
{
    // unicode61 keeps letters, numbers and private-use characters; marks join the letter before.
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return QChar::isLetterOrNumber(c);
    }
}

struct Term
{
    QString text;
    bool prefix = false;  // written with a trailing '*'
    bool atEnd = false;   // nothing but the end of the text follows it
};

QList<Term> split(const QString &text)
{
    QList<Term> terms;
    const QList<uint> chars = text.toUcs4();
    qsizetype i = 0;
    while (i < chars.size()) {
        if (!isTermChar(chars.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < chars.size() && isTermChar(chars.at(i)))
            ++i;
        Term term;
        term.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + start), i - start);
        term.prefix = i < chars.size() && chars.at(i) == '*';
        term.atEnd = i == chars.size();
        terms.append(term);
        if (terms.size() == FtsQuery::MaxTerms)
            break;
    }
    return terms;
}

} // namespace

QString FtsQuery::build(const QString &text, Typing typing)
{
    const QList<Term> terms = split(text);
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        const bool typingThis = typing == Typing::InProgress && term.atEnd && i == terms.size() - 1;
        const bool prefix = term.prefix || (typingThis && term.text.size() >= 2);
        // A term holds no '"', but double any anyway: this is what keeps the query a string.
        QString quoted = QLatin1Char('"') + QString(term.text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (prefix)
            quoted += QLatin1Char('*');
        parts.append(quoted);
    }
    return parts.join(QLatin1Char(' '));
}

QStringList FtsQuery::terms(const QString &text)
{
    QStringList result;
    for (const Term &term : split(text))
        result.append(term.text);
    return result;
}

} // namespace tandem::core
