#pragma once

namespace tandem::cli {

class Arguments;
struct Context;

/// `framework [--json]`: the skill model.
int runFramework(Arguments &args, const Context &context);

/// `demo --years N [--seed S] [--until YYYY-MM-DD]`: fill an empty data folder with demo data.
int runDemo(Arguments &args, const Context &context);

/// `journal add|list|search|show|delete|review …`: write, list, search, read and delete journal entries.
int runJournal(Arguments &args, const Context &context);

/// `advise --answers "a,b,c,d,e" [--json] [--save-to ENTRY | --new-entry TITLE]`: the "lead or
/// manage?" advisor, its answer kept with a journal entry on request.
int runAdvise(Arguments &args, const Context &context);

/// `goals add|list|show|step|link|unlink|status …`: growth goals, their steps and evidence.
int runGoals(Arguments &args, const Context &context);

/// `feedback new|form|import|list|show|close|reopen|delete …`: colleagues' feedback rounds, their
/// forms, the response files and the results.
int runFeedback(Arguments &args, const Context &context);

/// `reviews due [--json] [--by DATE]`: decisions whose review date has come.
int runReviews(Arguments &args, const Context &context);

/// `assess --answers FILE [--kind full|pulse] [--at ISO-8601]`: record an assessment.
int runAssess(Arguments &args, const Context &context);

/// `profile [--json]`: the latest full assessment's results and changes.
int runProfile(Arguments &args, const Context &context);

/// `history [--json] [--kind K]`: every assessment, newest first.
int runHistory(Arguments &args, const Context &context);

/// `due [--json]`: which check-ins are due, or when they next are.
int runDue(Arguments &args, const Context &context);

/// `backup [--output PATH [--force]]`: a verified backup into the backups folder, or a verified copy at PATH.
int runBackup(Arguments &args, const Context &context);

/// `backups [--json]`: every backup with what it holds.
int runBackups(Arguments &args, const Context &context);

/// `restore PATH`: put a backup in place of the database, keeping what was there.
int runRestore(Arguments &args, const Context &context);

/// `check`: a full check of the database file.
int runCheck(Arguments &args, const Context &context);

/// `export --format json|csv|markdown --output PATH [--per-month]`: everything, or the journal.
int runExport(Arguments &args, const Context &context);

/// `import PATH [--from tandem|rednotebook|jrnl] [--dry-run] [--json]`: merge by id, all or nothing.
int runImport(Arguments &args, const Context &context);

} // namespace tandem::cli
