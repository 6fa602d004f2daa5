#include "decision.h"

#include "journalentry.h"

namespace tandem::core {

QString heldKey(Held held)
{
    switch (held) {
    case Held::Yes: return QStringLiteral("yes");
    case Held::Partly: return QStringLiteral("partly");
    case Held::No: return QStringLiteral("no");
    }
    return {};
}

std::optional<Held> heldFromKey(const QString &key)
{
    for (Held held : {Held::Yes, Held::Partly, Held::No}) {
        if (heldKey(held) == key)
            return held;
    }
    return std::nullopt;
}

std::optional<bool> followedAdvice(const JournalEntry &entry)
{
    if (!entry.advice)
        return std::nullopt;
    // The mode found at the review says best what was done; the entry's own mode otherwise.
    Mode mode = entry.mode;
    if (entry.decision && entry.decision->review && entry.decision->review->actualMode != Mode::Unset)
        mode = entry.decision->review->actualMode;
    if (mode == Mode::Unset)
        return std::nullopt;
    switch (entry.advice->lean) {
    case Lean::Lead: return mode == Mode::Lead;
    case Lean::Manage: return mode == Mode::Manage;
    case Lean::Blend: return mode == Mode::Both;
    }
    return std::nullopt;
}

} // namespace tandem::core
