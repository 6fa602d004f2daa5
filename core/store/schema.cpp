#include "schema.h"

namespace tandem::core {

const QList<QStringList> &schemaMigrations()
{
    // Times are ISO 8601 text in UTC ("2026-11-30T08:30:00Z"), so they sort as text and read
    // well in the sqlite3 shell. Records that a future import may merge carry a UUID.
    static const QList<QStringList> steps = {
        // 1: the first schema.
        {
            QStringLiteral("PRAGMA application_id = 1413566020"), // "TAND", see Database
            QStringLiteral(R"(CREATE TABLE assessments (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('full', 'pulse')),
                model_version TEXT NOT NULL,
                started_at TEXT,
                taken_at TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT ''
            ))"),
            QStringLiteral("CREATE INDEX assessments_by_kind_time ON assessments (kind, taken_at)"),
            QStringLiteral(R"(CREATE TABLE answers (
                assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
                PRIMARY KEY (assessment_id, item_id)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE journal_entries (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                occurred_at TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                situation TEXT NOT NULL DEFAULT '',
                mode TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', 'lead', 'manage', 'both')),
                outcome TEXT NOT NULL DEFAULT '',
                rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
                feelings TEXT NOT NULL DEFAULT '',
                learned TEXT NOT NULL DEFAULT '',
                next_time TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                advice_lean TEXT NOT NULL DEFAULT '' CHECK (advice_lean IN ('', 'lead', 'manage', 'blend')),
                advice TEXT
            ))"),
            QStringLiteral("CREATE INDEX journal_entries_by_time ON journal_entries (occurred_at)"),
            // External-content FTS5 index over every text field, kept in step by triggers.
            QStringLiteral(R"(CREATE VIRTUAL TABLE journal_fts USING fts5 (
                title, situation, outcome, feelings, learned, next_time, body,
                content = 'journal_entries', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
            ))"),
            QStringLiteral(R"(CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries BEGIN
                INSERT INTO journal_fts (rowid, title, situation, outcome, feelings, learned, next_time, body)
                VALUES (new.id, new.title, new.situation, new.outcome, new.feelings, new.learned, new.next_time, new.body);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries BEGIN
                INSERT INTO journal_fts (journal_fts, rowid, title, situation, outcome, feelings, learned, next_time, body)
                VALUES ('delete', old.id, old.title, old.situation, old.outcome, old.feelings, old.learned, old.next_time, old.body);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER journal_entries_fts_update AFTER UPDATE ON journal_entries BEGIN
                INSERT INTO journal_fts (journal_fts, rowid, title, situation, outcome, feelings, learned, next_time, body)
                VALUES ('delete', old.id, old.title, old.situation, old.outcome, old.feelings, old.learned, old.next_time, old.body);
                INSERT INTO journal_fts (rowid, title, situation, outcome, feelings, learned, next_time, body)
                VALUES (new.id, new.title, new.situation, new.outcome, new.feelings, new.learned, new.next_time, new.body);
            END)"),
            // Skills, contrasts and shared areas an entry involves (ids from the skill model).
            QStringLiteral(R"(CREATE TABLE journal_links (
                entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('skill', 'contrast', 'area')),
                ref_id TEXT NOT NULL,
                PRIMARY KEY (entry_id, kind, ref_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX journal_links_by_ref ON journal_links (kind, ref_id)"),
            QStringLiteral(R"(CREATE TABLE tags (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE
            ))"),
            QStringLiteral(R"(CREATE TABLE entry_tags (
                entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
                PRIMARY KEY (entry_id, tag_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id)"),
            QStringLiteral(R"(CREATE TABLE goals (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('skill', 'lead_pole', 'manage_pole')),
                target_id TEXT NOT NULL,
                title TEXT NOT NULL,
                why TEXT NOT NULL DEFAULT '',
                due_on TEXT,
                target_score INTEGER CHECK (target_score IS NULL OR target_score BETWEEN 0 AND 100),
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done', 'dropped')),
                closed_at TEXT
            ))"),
            QStringLiteral(R"(CREATE TABLE goal_steps (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                done_at TEXT
            ))"),
            QStringLiteral("CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, position)"),
            QStringLiteral(R"(CREATE TABLE goal_evidence (
                goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
                entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
                PRIMARY KEY (goal_id, entry_id)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID)"),
        },
        // 2: unfinished assessments, one per kind, so that closing the app loses no answer.
        {
            QStringLiteral(R"(CREATE TABLE assessment_drafts (
                kind TEXT PRIMARY KEY CHECK (kind IN ('full', 'pulse')),
                model_version TEXT NOT NULL,
                started_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                answers TEXT NOT NULL DEFAULT '{}'
            ) WITHOUT ROWID)"),
        },
        // 3: goals can be paused; steps get due dates and the tip they came from; journal
        // entries can record a decision to review later. SQLite cannot change a CHECK in place,
        // so the goal tables are made anew beside the old ones, filled, and renamed into their
        // place (children first out, so that no ON DELETE CASCADE fires).
        {
            QStringLiteral(R"(CREATE TABLE goals_v3 (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('skill', 'lead_pole', 'manage_pole')),
                target_id TEXT NOT NULL,
                title TEXT NOT NULL,
                why TEXT NOT NULL DEFAULT '',
                due_on TEXT,
                target_score INTEGER CHECK (target_score IS NULL OR target_score BETWEEN 0 AND 100),
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'done', 'dropped')),
                closed_at TEXT
            ))"),
            QStringLiteral("INSERT INTO goals_v3 SELECT id, uuid, created_at, updated_at, target_kind, target_id,"
                           " title, why, due_on, target_score, status, closed_at FROM goals"),
            QStringLiteral(R"(CREATE TABLE goal_steps_v3 (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                goal_id INTEGER NOT NULL REFERENCES goals_v3 (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                due_on TEXT,
                tip_id TEXT NOT NULL DEFAULT '',
                done_at TEXT
            ))"),
            QStringLiteral("INSERT INTO goal_steps_v3 (id, uuid, goal_id, position, text, done_at)"
                           " SELECT id, uuid, goal_id, position, text, done_at FROM goal_steps"),
            QStringLiteral(R"(CREATE TABLE goal_evidence_v3 (
                goal_id INTEGER NOT NULL REFERENCES goals_v3 (id) ON DELETE CASCADE,
                entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
                PRIMARY KEY (goal_id, entry_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO goal_evidence_v3 SELECT goal_id, entry_id FROM goal_evidence"),
            QStringLiteral("DROP TABLE goal_evidence"),
            QStringLiteral("DROP TABLE goal_steps"),
            QStringLiteral("DROP TABLE goals"),
            // Renaming also points the new children's REFERENCES at the new name.
            QStringLiteral("ALTER TABLE goals_v3 RENAME TO goals"),
            QStringLiteral("ALTER TABLE goal_steps_v3 RENAME TO goal_steps"),
            QStringLiteral("ALTER TABLE goal_evidence_v3 RENAME TO goal_evidence"),
            QStringLiteral("CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, position)"),
            QStringLiteral("CREATE INDEX goal_evidence_by_entry ON goal_evidence (entry_id)"),
            QStringLiteral(R"(CREATE TABLE decisions (
                entry_id INTEGER PRIMARY KEY REFERENCES journal_entries (id) ON DELETE CASCADE,
                expectation TEXT NOT NULL DEFAULT '',
                confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 100),
                review_on TEXT NOT NULL,
                reviewed_at TEXT,
                review_outcome TEXT NOT NULL DEFAULT '',
                actual_mode TEXT NOT NULL DEFAULT '' CHECK (actual_mode IN ('', 'lead', 'manage', 'both')),
                held TEXT CHECK (held IS NULL OR held IN ('yes', 'partly', 'no'))
            ))"),
            QStringLiteral("CREATE INDEX decisions_open_by_date ON decisions (review_on) WHERE reviewed_at IS NULL"),
        },
        // 4: each assessment's scores, computed once (ScoreCache). Derived data: a row counts only
        // while model_version and scoring_version are the ones this build scores with, and a
        // missing or stale row is scored again from the answers, so the table starts empty and
        // is never exported.
        {
            QStringLiteral(R"(CREATE TABLE assessment_scores (
                assessment_id INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
                model_version TEXT NOT NULL,
                scoring_version INTEGER NOT NULL,
                profile TEXT NOT NULL
            ))"),
            // The Progress page's activity and outcome charts count and average entries over a
            // range (JournalRepository::countsPerDay, ratingsByModeAndLean): this index holds every
            // column they read, so they never touch the entries' text, however long it is.
            QStringLiteral("CREATE INDEX journal_entries_outcomes ON journal_entries (occurred_at, mode, advice_lean, rating)"),
        },
        // 5: colleagues' feedback (docs/feedback.md): rounds, the statements each asked, and the
        // responses with their answers. FeedbackRepository is the only writer.
        {
            QStringLiteral(R"(CREATE TABLE feedback_rounds (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                model_version TEXT NOT NULL,
                asked_by TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                seal_key TEXT NOT NULL,
                invited INTEGER CHECK (invited IS NULL OR invited >= 1),
                closed_at TEXT
            ))"),
            QStringLiteral(R"(CREATE TABLE feedback_items (
                round_id INTEGER NOT NULL REFERENCES feedback_rounds (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_id TEXT NOT NULL,
                PRIMARY KEY (round_id, item_id)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE feedback_responses (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                round_id INTEGER NOT NULL REFERENCES feedback_rounds (id) ON DELETE CASCADE,
                rater TEXT NOT NULL DEFAULT '',
                received_at TEXT NOT NULL,
                seal TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX feedback_responses_by_round ON feedback_responses (round_id, received_at)"),
            QStringLiteral(R"(CREATE TABLE feedback_answers (
                response_id INTEGER NOT NULL REFERENCES feedback_responses (id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
                PRIMARY KEY (response_id, item_id)
            ) WITHOUT ROWID)"),
        },
        // 6: feedback_items with its key's columns first. SQLite 3.40's integrity check (Debian 12)
        // reports "NULL value in feedback_items.position" for a WITHOUT ROWID table with a column
        // before its key's, so a store holding a round was taken for damaged. The rows are kept.
        {
            QStringLiteral(R"(CREATE TABLE feedback_items_keyed (
                round_id INTEGER NOT NULL REFERENCES feedback_rounds (id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (round_id, item_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO feedback_items_keyed (round_id, item_id, position)"
                           " SELECT round_id, item_id, position FROM feedback_items"),
            QStringLiteral("DROP TABLE feedback_items"),
            QStringLiteral("ALTER TABLE feedback_items_keyed RENAME TO feedback_items"),
        },
    };
    return steps;
}

} // namespace tandem::core
