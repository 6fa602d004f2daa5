#include "markdownexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace tandem::core {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("MarkdownExport", text);
}

QList<const JournalEntry *> oldestFirst(const QList<JournalEntry> &entries)
{
    QList<const JournalEntry *> sorted;
    sorted.reserve(entries.size());
    for (const JournalEntry &e : entries)
        sorted.append(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](const JournalEntry *a, const JournalEntry *b) {
        if (a->occurredAt != b->occurredAt)
            return a->occurredAt < b->occurredAt;
        return a->uuid.toString() < b->uuid.toString();
    });
    return sorted;
}

QDate localDate(const JournalEntry &e)
{
    return e.occurredAt.toLocalTime().date();
}

QString modeText(Mode mode)
{
    switch (mode) {
    case Mode::Lead: return QCoreApplication::translate("MarkdownExport", "Led");
    case Mode::Manage: return QCoreApplication::translate("MarkdownExport", "Managed");
    case Mode::Both: return QCoreApplication::translate("MarkdownExport", "Led and managed");
    case Mode::Unset: break;
    }
    return {};
}

QString ratingText(int rating)
{
    switch (rating) {
    case 1: return QCoreApplication::translate("MarkdownExport", "1 of 5, badly");
    case 2: return QCoreApplication::translate("MarkdownExport", "2 of 5, not well");
    case 3: return QCoreApplication::translate("MarkdownExport", "3 of 5, so-so");
    case 4: return QCoreApplication::translate("MarkdownExport", "4 of 5, well");
    case 5: return QCoreApplication::translate("MarkdownExport", "5 of 5, very well");
    default: return QString::number(rating);
    }
}

QString leanText(Lean lean)
{
    switch (lean) {
    case Lean::Lead: return QCoreApplication::translate("MarkdownExport", "lean towards leading");
    case Lean::Manage: return QCoreApplication::translate("MarkdownExport", "lean towards managing");
    case Lean::Blend: break;
    }
    return QCoreApplication::translate("MarkdownExport", "blend leading and managing");
}

QString heldText(Held held)
{
    switch (held) {
    case Held::Yes: return QCoreApplication::translate("MarkdownExport", "yes");
    case Held::Partly: return QCoreApplication::translate("MarkdownExport", "partly");
    case Held::No: return QCoreApplication::translate("MarkdownExport", "no");
    }
    return {};
}

// Names from the model; an id the model does not know is shown as it is.
template<typename Lookup> QString names(const QStringList &ids, Lookup lookup)
{
    QStringList out;
    for (const QString &id : ids) {
        const auto *found = lookup(id);
        out.append(MarkdownExport::escapeInline(found ? found->name : id));
    }
    return out.join(QStringLiteral(", "));
}

void appendEntry(QString &out, const JournalEntry &e, const SkillModel &model)
{
    const QString date = localDate(e).toString(Qt::ISODate);
    const QString title = MarkdownExport::escapeInline(e.title.trimmed());
    out += QStringLiteral("## ") + (title.isEmpty() ? date : date + QStringLiteral(" — ") + title)
        + QStringLiteral("\n\n");

    auto section = [&](const char *label, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        out += QStringLiteral("**") + translated(label) + QStringLiteral("**\n") + MarkdownExport::escapeBlock(text)
            + QStringLiteral("\n\n");
    };
    auto line = [&](const char *label, const QString &value) {
        out += QStringLiteral("**") + translated(label) + QStringLiteral(":** ") + value + QStringLiteral("\n\n");
    };

    section(QT_TRANSLATE_NOOP("MarkdownExport", "Situation"), e.situation);
    if (e.mode != Mode::Unset)
        line(QT_TRANSLATE_NOOP("MarkdownExport", "What I did"), modeText(e.mode));
    section(QT_TRANSLATE_NOOP("MarkdownExport", "Outcome"), e.outcome);
    if (e.rating)
        line(QT_TRANSLATE_NOOP("MarkdownExport", "How it went"), ratingText(*e.rating));
    section(QT_TRANSLATE_NOOP("MarkdownExport", "Feelings"), e.feelings);
    section(QT_TRANSLATE_NOOP("MarkdownExport", "What I learned"), e.learned);
    section(QT_TRANSLATE_NOOP("MarkdownExport", "Next time"), e.nextTime);

    // A decision to look back on: what was expected, how sure, when to review; then the review.
    if (const std::optional<Decision> &d = e.decision) {
        section(QT_TRANSLATE_NOOP("MarkdownExport", "What I expect"), d->expectation);
        if (d->confidence)
            line(QT_TRANSLATE_NOOP("MarkdownExport", "How sure I am"),
                 QCoreApplication::translate("MarkdownExport", "%1 %").arg(*d->confidence));
        if (d->reviewOn.isValid())
            line(QT_TRANSLATE_NOOP("MarkdownExport", "Look back on"), d->reviewOn.toString(Qt::ISODate));
        if (const std::optional<DecisionReview> &r = d->review) {
            line(QT_TRANSLATE_NOOP("MarkdownExport", "Looked back on"),
                 r->reviewedAt.toLocalTime().date().toString(Qt::ISODate));
            section(QT_TRANSLATE_NOOP("MarkdownExport", "What happened"), r->outcome);
            if (r->actualMode != Mode::Unset)
                line(QT_TRANSLATE_NOOP("MarkdownExport", "What I actually did"), modeText(r->actualMode));
            line(QT_TRANSLATE_NOOP("MarkdownExport", "Did it turn out as I expected"), heldText(r->held));
        }
    }

    // The body is the user's own Markdown: kept exactly, only given a line end.
    if (!e.body.trimmed().isEmpty()) {
        out += e.body;
        if (!e.body.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        out += QLatin1Char('\n');
    }

    QStringList facts;
    auto fact = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            facts.append(QStringLiteral("- **") + translated(label) + QStringLiteral(":** ") + value);
    };
    QStringList tags;
    for (const QString &tag : e.tags)
        tags.append(MarkdownExport::escapeInline(tag));
    fact(QT_TRANSLATE_NOOP("MarkdownExport", "Tags"), tags.join(QStringLiteral(", ")));
    fact(QT_TRANSLATE_NOOP("MarkdownExport", "Skills"),
         names(e.skills, [&](const QString &id) { return model.skill(id); }));
    fact(QT_TRANSLATE_NOOP("MarkdownExport", "Contrasts"),
         names(e.contrasts, [&](const QString &id) { return model.contrast(id); }));
    fact(QT_TRANSLATE_NOOP("MarkdownExport", "Shared areas"),
         names(e.areas, [&](const QString &id) { return model.sharedArea(id); }));
    if (e.advice)
        fact(QT_TRANSLATE_NOOP("MarkdownExport", "Advisor"), leanText(e.advice->lean));
    if (!facts.isEmpty())
        out += facts.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
}

QByteArray document(const QString &heading, const QList<const JournalEntry *> &entries, const SkillModel &model)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    MarkdownExport::Document doc(buffer, heading);
    for (const JournalEntry *e : entries)
        doc.add(*e, model);
    doc.finish();
    return bytes;
}

} // namespace

QString MarkdownExport::escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                break;
            out += QLatin1Char(' ');
            break;
        case '\n': out += QLatin1Char(' '); break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
        case '&':
        case '!':
            out += QLatin1Char('\\');
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QString MarkdownExport::escapeBlock(const QString &text)
{
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.trimmed().split(QLatin1Char('\n'));

    QStringList out;
    for (const QString &raw : lines) {
        // Leading blanks would make an indented code block; the words are what matter.
        QString line = escapeInline(raw.trimmed());
        if (line.isEmpty()) {
            if (!out.isEmpty() && !out.constLast().isEmpty())
                out.append(QString());
            continue;
        }
        if (line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('+'))
            || line.startsWith(QLatin1Char('='))) {
            line.prepend(QLatin1Char('\\'));
        } else if (const auto match = ordered.match(line); match.hasMatch()) {
            line.insert(match.capturedLength(1), QLatin1Char('\\'));
        }
        // A line followed by another line of the same paragraph ends with a hard break.
        if (!out.isEmpty() && !out.constLast().isEmpty())
            out.last() += QLatin1Char('\\');
        out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

MarkdownExport::Document::Document(QIODevice &device, const QString &heading) : m_device(device)
{
    put((QStringLiteral("# ") + heading + QStringLiteral("\n\n")).toUtf8());
}

void MarkdownExport::Document::put(QByteArray bytes)
{
    // Every part ends with a blank line; the last line end is held back until the next part
    // comes, so that the file ends with one line end, not a blank line.
    bytes.chop(1);
    if (m_ok && m_device.write(bytes) != bytes.size())
        m_ok = false;
}

void MarkdownExport::Document::add(const JournalEntry &entry, const SkillModel &model)
{
    QString out = QStringLiteral("\n"); // the line end held back
    appendEntry(out, entry, model);
    put(out.toUtf8());
    m_empty = false;
}

void MarkdownExport::Document::finish()
{
    if (m_empty)
        put((QStringLiteral("\n") + QCoreApplication::translate("MarkdownExport", "No journal entries.")
             + QStringLiteral("\n\n"))
                .toUtf8());
}

QString MarkdownExport::journalHeading()
{
    return QCoreApplication::translate("MarkdownExport", "Journal");
}

QString MarkdownExport::monthHeading(const QDate &first)
{
    //: Heading of a month's Markdown file, e.g. "Journal, March 2024"
    return QCoreApplication::translate("MarkdownExport", "Journal, %1 %2")
        .arg(QLocale().standaloneMonthName(first.month(), QLocale::LongFormat))
        .arg(first.year());
}

QString MarkdownExport::monthOf(const JournalEntry &entry)
{
    return localDate(entry).toString(QStringLiteral("yyyy-MM"));
}

QByteArray MarkdownExport::singleFile(const ExchangeData &data, const SkillModel &model)
{
    return document(journalHeading(), oldestFirst(data.journalEntries), model);
}

QMap<QString, QByteArray> MarkdownExport::perMonth(const ExchangeData &data, const SkillModel &model)
{
    QMap<QString, QList<const JournalEntry *>> months;
    for (const JournalEntry *e : oldestFirst(data.journalEntries))
        months[monthOf(*e)].append(e);

    QMap<QString, QByteArray> files;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        files.insert(it.key() + QStringLiteral(".md"),
                     document(monthHeading(localDate(*it->constFirst())), *it, model));
    return files;
}

} // namespace tandem::core
