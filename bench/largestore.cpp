#include "largestore.h"

#include "advisor.h"
#include "database.h"
#include "datalocation.h"
#include "demogenerator.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

using namespace tandem::core;

namespace tandem::bench {

namespace {

const QDate Until(2026, 11, 30);
constexpr int FillYears = 20;

// A fixed generator (std::mt19937_64 gives the same numbers everywhere), with the few draws the
// store needs.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(static_cast<int>(list.size()))); }
    // An index skewed towards the start: u^power spreads a few values over most draws.
    qsizetype skewed(qsizetype size, double power)
    {
        const auto index = static_cast<qsizetype>(std::pow(uniform(), power) * static_cast<double>(size));
        return std::min(index, size - 1);
    }
    QUuid uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = static_cast<char>(a >> (8 * i));
            bytes[8 + i] = static_cast<char>(b >> (8 * i));
        }
        bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    std::mt19937_64 m_engine;
};

// A sentence of words drawn with a Zipf-like skew: a few words are everywhere, most are rare.
QString sentence(Random &rng, const QStringList &words, int length)
{
    QString s;
    for (int i = 0; i < length; ++i) {
        if (i > 0)
            s += QLatin1Char(' ');
        s += words.at(rng.skewed(words.size(), 3.0));
    }
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

// About `words` words in paragraphs of two to four sentences, as notes are written.
QString paragraphs(Random &rng, const QStringList &vocabulary, int words)
{
    QString text;
    int written = 0;
    int inParagraph = 0;
    const int perParagraph = rng.between(2, 4);
    while (written < words) {
        const int length = std::min(rng.between(8, 18), std::max(3, words - written));
        if (!text.isEmpty())
            text += inParagraph == perParagraph ? QStringLiteral("\n\n") : QStringLiteral(" ");
        if (inParagraph == perParagraph)
            inParagraph = 0;
        text += sentence(rng, vocabulary, length);
        written += length;
        ++inParagraph;
    }
    return text;
}

QList<int> advisorAnswers(Mode lean, int questions, Random &rng)
{
    const int shift = lean == Mode::Lead ? -1 : lean == Mode::Manage ? 1 : 0;
    QList<int> answers;
    answers.reserve(questions);
    for (int i = 0; i < questions; ++i)
        answers.append(std::clamp(rng.between(-3, 3) + shift, Advisor::MinAnswer, Advisor::MaxAnswer));
    return answers;
}

// The journal entries after the demo history: `count` of them, evenly over the last 20 years.
Status fill(const Database &db, int count, quint64 seed)
{
    if (count <= 0)
        return Status::success();
    const SkillModel &model = SkillModel::builtin();
    const Advisor advisor(model);
    const QStringList &words = LargeStore::vocabulary();
    // Tags are words too, a few dozen of them, some far more used than others.
    const QStringList tagPool = words.mid(std::min<qsizetype>(30, words.size() / 2), 48);
    const std::array modes { Mode::Lead, Mode::Manage, Mode::Both, Mode::Unset };
    const std::array held { Held::Yes, Held::Partly, Held::No };

    Random rng(seed ^ 0x9E3779B97F4A7C15ULL);
    const JournalRepository journal(db);
    const QDateTime start(Until.addYears(-FillYears).addDays(1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(Until, QTime(23, 0), QTimeZone::utc());
    const qint64 step = std::max<qint64>(60, start.secsTo(end) / count);
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.uuid = rng.uuid();
        e.occurredAt = start.addSecs(static_cast<qint64>(i) * step + rng.below(static_cast<int>(step / 120)) * 60);
        e.createdAt = e.occurredAt.addSecs(rng.between(10, 8 * 60) * 60);
        e.updatedAt = e.createdAt;
        e.title = sentence(rng, words, rng.between(3, 7));
        e.title.chop(1); // no full stop
        e.situation = sentence(rng, words, rng.between(15, 35));
        e.mode = modes.at(static_cast<size_t>(rng.below(4)));
        if (rng.chance(0.85))
            e.rating = rng.between(1, 5);
        e.outcome = sentence(rng, words, rng.between(8, 16));
        if (rng.chance(0.5))
            e.feelings = sentence(rng, words, rng.between(3, 8));
        if (rng.chance(0.4))
            e.learned = sentence(rng, words, rng.between(6, 14));
        if (rng.chance(0.3))
            e.nextTime = sentence(rng, words, rng.between(6, 12));
        e.body = paragraphs(rng, words, rng.between(60, 120));
        for (int t = rng.chance(0.75) ? rng.between(1, 3) : 0; t > 0; --t) {
            const QString &tag = tagPool.at(rng.skewed(tagPool.size(), 2.0));
            if (!e.tags.contains(tag))
                e.tags.append(tag);
        }
        for (int s = rng.below(3); s > 0; --s) {
            const QString &id = rng.pick(model.skills).id;
            if (!e.skills.contains(id))
                e.skills.append(id);
        }
        if (rng.chance(0.4))
            e.contrasts.append(rng.pick(model.contrasts).id);
        if (rng.chance(0.4))
            e.areas.append(rng.pick(model.sharedAreas).id);
        if (rng.chance(0.2)) {
            auto advice = advisor.advise(advisorAnswers(e.mode, static_cast<int>(model.advisorQuestions.size()), rng));
            if (!advice)
                return Status { Error { advice.error() } };
            e.advice = std::move(advice).value();
        }
        if (rng.chance(e.advice ? 0.7 : 0.03)) {
            Decision d;
            d.expectation = sentence(rng, words, rng.between(8, 14));
            d.confidence = 10 * rng.between(1, 10);
            const QDate day = e.occurredAt.date();
            d.reviewOn = day.addDays(std::array { 14, 21, 28, 28, 42 }[static_cast<size_t>(rng.below(5))]);
            if (d.reviewOn.daysTo(Until) > 14 && rng.chance(0.9)) {
                DecisionReview review;
                review.reviewedAt = QDateTime(d.reviewOn.addDays(rng.below(7)), QTime(18, 0), QTimeZone::utc())
                                        .addSecs(rng.below(180) * 60);
                review.outcome = sentence(rng, words, rng.between(8, 16));
                review.actualMode = rng.chance(0.85) ? e.mode : modes.at(static_cast<size_t>(rng.below(3)));
                review.held = held.at(static_cast<size_t>(rng.below(3)));
                e.updatedAt = std::max(e.updatedAt, review.reviewedAt);
                d.review = review;
            }
            e.decision = d;
        }
        const auto added = journal.add(e);
        if (!added)
            return Status { added.failure() };
    }
    return Status::success();
}

QString databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(DataLocation::DatabaseFileName));
}

Status copyFiles(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return Error { QStringLiteral("cannot create %1").arg(to) };
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Hidden)) {
        const QString target = QDir(to).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            return Error { QStringLiteral("cannot copy %1 to %2").arg(source.filePath(name), target) };
    }
    return Status::success();
}

} // namespace

int LargeStore::Options::demoYears() const
{
    if (years >= 0)
        return years;
    return entries < 1000 ? 0 : std::clamp(entries / 5000, 1, FillYears);
}

Status LargeStore::build(const QString &dataDir, const Options &options)
{
    if (QFileInfo::exists(databaseFile(dataDir)))
        return Error { QStringLiteral("%1 already holds a store").arg(dataDir) };
    auto opened = Database::open(dataDir);
    if (!opened)
        return Status { opened.failure() };
    const std::unique_ptr<Database> db = std::move(opened).value();
    {
        Transaction transaction(*db, Transaction::Inner::Joined);
        if (!transaction.isActive())
            return Error { transaction.error() };
        int written = 0;
        if (const int years = options.demoYears(); years > 0) {
            DemoGenerator::Options demo;
            demo.years = years;
            demo.seed = options.seed;
            demo.until = Until;
            const auto summary = DemoGenerator(SkillModel::builtin()).generate(*db, demo);
            if (!summary)
                return Status { summary.failure() };
            written = summary->journalEntries;
        }
        if (Status filled = fill(*db, options.entries - written, options.seed); !filled)
            return filled;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    // The search index as the app keeps it: its background work merges the pieces that entries
    // saved one at a time leave (AppSession, JournalRepository::compactSearchIndex).
    const JournalRepository journal(*db);
    for (;;) {
        const auto more = journal.compactSearchIndex(200);
        if (!more)
            return Status { more.failure() };
        if (!more.value())
            break;
    }
    // Leave one file behind: the log goes into it when the connection closes.
    (void)db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Status::success();
}

QString LargeStore::cacheFolder(const Options &options)
{
    QString root = qEnvironmentVariable("TANDEM_BENCH_STORE_CACHE");
    if (root.isEmpty())
        root = QStringLiteral(TANDEM_BENCH_STORE_CACHE_DIR);
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    zone.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_+-]")), QStringLiteral("_"));
    return QDir(root).filePath(QStringLiteral("large-%1-s%2-y%3-g%4-schema%5-%6")
                                   .arg(options.entries)
                                   .arg(options.seed)
                                   .arg(options.demoYears())
                                   .arg(GeneratorVersion)
                                   .arg(Database::latestSchemaVersion())
                                   .arg(zone));
}

Status LargeStore::copyTo(const QString &dataDir, const Options &options)
{
    const QString cache = cacheFolder(options);
    if (!QFileInfo::exists(databaseFile(cache))) {
        // Built beside it and renamed into place, so that a run stopped half-way, or two runs at
        // once (ctest -j), never leave half a store under the final name.
        const QString building = cache + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
        QDir(building).removeRecursively();
        if (Status built = build(building, options); !built) {
            QDir(building).removeRecursively();
            return built;
        }
        if (!QDir().rename(building, cache))
            QDir(building).removeRecursively(); // another run was first
        // Stores of an older generator or schema, or another time zone, are not used again.
        const QFileInfo info(cache);
        const QString prefix = info.fileName().section(QLatin1Char('-'), 0, 3) + QLatin1Char('-');
        for (const QFileInfo &old : info.dir().entryInfoList({ prefix + QLatin1Char('*') }, QDir::Dirs)) {
            if (old.fileName() != info.fileName() && !old.fileName().contains(QLatin1String(".building-")))
                QDir(old.filePath()).removeRecursively();
        }
        if (!QFileInfo::exists(databaseFile(cache)))
            return Error { QStringLiteral("the store was built but %1 is missing").arg(cache) };
    }
    if (QFileInfo::exists(databaseFile(dataDir)))
        return Error { QStringLiteral("%1 already holds a store").arg(dataDir) };
    return copyFiles(cache, dataDir);
}

int LargeStore::entriesFromEnvironment(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("TANDEM_BENCH_JOURNAL_ENTRIES", &ok);
    return ok && n > 0 ? n : fallback;
}

const QStringList &LargeStore::vocabulary()
{
    static const QStringList words = [] {
        QFile file(QStringLiteral(":/tandem/demo/demo-journal.json"));
        QStringList found;
        if (!file.open(QIODevice::ReadOnly))
            return found;
        const QString text = QString::fromUtf8(file.readAll()).toLower();
        QSet<QString> seen;
        const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured();
            if (!seen.contains(w)) {
                seen.insert(w);
                found.append(w);
            }
        }
        return found;
    }();
    return words;
}

Result<qint64> LargeStore::addPathologicalEntry(const Database &db, qint64 bytes, const QString &word)
{
    JournalEntry e;
    e.uuid = QUuid(QStringLiteral("{6a1f0c4e-5b1d-4c8e-9f4e-2d7c3b9a0e11}"));
    e.occurredAt = QDateTime(Until.addDays(-1), QTime(12, 0), QTimeZone::utc());
    e.title = QStringLiteral("A very long note");
    QString body;
    body.reserve(bytes);
    for (int line = 1; body.size() < bytes; ++line)
        body += QStringLiteral("Line %1: the %2 is here again, as on every line of this long note.\n")
                    .arg(line)
                    .arg(word);
    body.truncate(bytes);
    e.body = body;
    return JournalRepository(db).add(e);
}

} // namespace tandem::bench
