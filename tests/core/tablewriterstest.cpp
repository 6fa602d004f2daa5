// One writer per table: a record stored by the app (or tandem-cli) and the same record brought in
// by import are the same rows, column for column, and a record removed and added again (undo) is
// the record it was, down to its row id and the bytes of an export.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "exchangerepository.h"
#include "importer.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

std::unique_ptr<Database> openStore(const QString &dir)
{
    auto db = Database::open(dir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    return db.ok() ? std::move(db).value() : nullptr;
}

// The store as Tandem's JSON, as `tandem-cli export` writes it.
QByteArray exportOf(const Database &db)
{
    const auto data = ExchangeRepository(db).readAll();
    EXPECT_TRUE(data.ok()) << qPrintable(data.error());
    return data.ok() ? TandemJson::write(data.value()) : QByteArray();
}

// Every row of a query, each value marked with its SQL type, so that NULL, '' and 0 differ.
QStringList rowsOf(const Database &db, const QString &sql)
{
    QStringList rows;
    auto query = db.run(sql);
    EXPECT_TRUE(query.ok()) << qPrintable(query.error());
    if (!query.ok())
        return rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            values << (v.isNull()                              ? QStringLiteral("NULL")
                               : v.typeId() == QMetaType::QString ? QLatin1Char('\'') + v.toString() + QLatin1Char('\'')
                                                                  : v.toString());
        }
        rows << values.join(QStringLiteral(" | "));
    }
    return rows;
}

Assessment startedAssessment()
{
    Assessment a;
    a.kind = AssessmentKind::Full;
    a.modelVersion = SkillModel::builtin().version;
    a.startedAt = utc(2026, 5, 4, 8, 12, 40);
    a.takenAt = utc(2026, 5, 4, 8, 30, 5);
    a.note = QStringLiteral("Before the offsite.");
    int i = 0;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        a.answers.insert(item.id, 1 + i++ % 5);
    return a;
}

class TableWritersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openStore(dir.path());
        ASSERT_TRUE(db);
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(TableWritersTest, AnAssessmentTakenInTheAppIsExportedWithItsStartTime)
{
    const AssessmentRepository repo(*db);
    const auto id = repo.add(startedAssessment());
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back->startedAt, utc(2026, 5, 4, 8, 12, 40));
    const auto listed = repo.list();
    ASSERT_TRUE(listed.ok() && listed->size() == 1);
    EXPECT_EQ(listed->first().startedAt, utc(2026, 5, 4, 8, 12, 40));

    const QJsonObject exported = QJsonDocument::fromJson(exportOf(*db))
                                         .object()
                                         .value(QLatin1String("assessments"))
                                         .toArray()
                                         .first()
                                         .toObject();
    EXPECT_EQ(exported.value(QLatin1String("started_at")).toString(), QStringLiteral("2026-05-04T08:12:40Z"));

    // One taken without a known start (tandem-cli's `assess`) has none: null in the file.
    Assessment unknown = startedAssessment();
    unknown.startedAt = QDateTime();
    unknown.takenAt = utc(2026, 5, 5);
    ASSERT_TRUE(repo.add(unknown).ok());
    const QJsonObject second = QJsonDocument::fromJson(exportOf(*db))
                                       .object()
                                       .value(QLatin1String("assessments"))
                                       .toArray()
                                       .at(1)
                                       .toObject();
    EXPECT_TRUE(second.value(QLatin1String("started_at")).isNull());
}

TEST_F(TableWritersTest, ARemovedAssessmentAddedAgainIsTheSameRecord)
{
    const AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(startedAssessment()).ok());
    Assessment later = startedAssessment();
    later.takenAt = utc(2026, 6, 1);
    const auto id = repo.add(later);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const QByteArray before = exportOf(*db);

    // Undo in the check-in history: remove, then add what remove gave back.
    auto removed = repo.remove(id.value());
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error());
    EXPECT_NE(exportOf(*db), before);
    const auto again = repo.add(removed.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_EQ(again.value(), id.value()) << "the same row id";
    const auto back = repo.get(again.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->uuid, removed->uuid);
    EXPECT_EQ(back->startedAt, later.startedAt);
    EXPECT_TRUE(exportOf(*db) == before) << "the export is byte for byte what it was";

    const auto found = repo.idFor(removed->uuid);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error());
    EXPECT_EQ(found.value(), std::optional<qint64>(id.value()));
    const auto missing = repo.idFor(QUuid::createUuid());
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().has_value());
}

TEST_F(TableWritersTest, AnAssessmentWhoseRowIdWasTakenMeanwhileGetsAFreshOne)
{
    const AssessmentRepository repo(*db);
    const auto first = repo.add(startedAssessment());
    ASSERT_TRUE(first.ok());
    auto removed = repo.remove(first.value());
    ASSERT_TRUE(removed.ok());
    // Another assessment is taken meanwhile and gets the free row id.
    Assessment other = startedAssessment();
    other.takenAt = utc(2026, 7, 1);
    const auto taken = repo.add(other);
    ASSERT_TRUE(taken.ok());
    ASSERT_EQ(taken.value(), first.value());

    const auto again = repo.add(removed.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_NE(again.value(), first.value());
    const auto byUuid = repo.idFor(removed->uuid);
    ASSERT_TRUE(byUuid.ok());
    EXPECT_EQ(byUuid.value(), std::optional<qint64>(again.value())) << "found by its uuid under its new row id";
    EXPECT_EQ(repo.get(taken.value())->takenAt, utc(2026, 7, 1)) << "the other one is untouched";
}

TEST_F(TableWritersTest, AnAssessmentStoredInTheAppAndOneImportedAreTheSameRows)
{
    const AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(startedAssessment()).ok());
    Assessment pulse;
    pulse.kind = AssessmentKind::Pulse;
    pulse.modelVersion = QStringLiteral("2025.9");
    pulse.takenAt = utc(2026, 5, 11, 17);
    pulse.answers = {{QStringLiteral("pulse.visionary-thinking"), 2}};
    ASSERT_TRUE(repo.add(pulse).ok());

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    auto file = TandemJson::read(exportOf(*db));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error());
    auto report = Importer(*other).run(file.value(), false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_EQ(report->assessments.added, 2);

    for (const QString &sql :
         {QStringLiteral("SELECT uuid, kind, model_version, started_at, taken_at, note FROM assessments ORDER BY uuid"),
          QStringLiteral("SELECT a.uuid, x.item_id, x.value FROM answers x JOIN assessments a ON a.id = x.assessment_id"
                         " ORDER BY a.uuid, x.item_id")}) {
        EXPECT_EQ(rowsOf(*other, sql), rowsOf(*db, sql)) << qPrintable(sql);
    }
    EXPECT_TRUE(exportOf(*other) == exportOf(*db));
}
