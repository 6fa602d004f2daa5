#pragma once

#include <QString>
#include <QStringList>

namespace tandem::core {

/// Turns whatever a person types into a search box into a valid FTS5 query, so that quotes,
/// `*`, `AND`, `NEAR(`, parentheses, emoji and other scripts never produce a syntax error.
///
/// The text is split into terms (runs of letters, digits and combining marks, as FTS5's unicode61
/// tokenizer sees them); each term becomes a quoted FTS5 string, so no word is ever read as an
/// operator, and all terms must match. A term written with a trailing `*` is a prefix; while the
/// person is still typing, the last term is a prefix too (from two characters on, where the index
/// has prefix entries).
class FtsQuery final
{
public:
    enum class Typing { Finished, InProgress };

    /// At most this many terms are used; the rest of a pasted essay is ignored.
    static constexpr int MaxTerms = 32;

    /// The MATCH expression, e.g. `"budget" "te"*`; empty when the text holds no term.
    static QString build(const QString &text, Typing typing = Typing::Finished);

    /// The terms the text holds, in order, without any `*`.
    static QStringList terms(const QString &text);
};

} // namespace tandem::core
