#pragma once

namespace tandem::cli {

class Arguments;
struct Context;

/// `framework [--json]`: the skill model.
int runFramework(Arguments &args, const Context &context);

/// `demo --years N [--seed S] [--until YYYY-MM-DD]`: fill an empty data folder with demo data.
int runDemo(Arguments &args, const Context &context);

/// `journal add|list|search|show|delete …`: write, list, search, read and delete journal entries.
int runJournal(Arguments &args, const Context &context);

/// `advise --answers "a,b,c,d,e" [--json]`: the "lead or manage?" advisor.
int runAdvise(Arguments &args, const Context &context);

/// `assess --answers FILE [--kind full|pulse] [--at ISO-8601]`: record an assessment.
int runAssess(Arguments &args, const Context &context);

/// `profile [--json]`: the latest full assessment's results and changes.
int runProfile(Arguments &args, const Context &context);

/// `history [--json] [--kind K]`: every assessment, newest first.
int runHistory(Arguments &args, const Context &context);

/// `due [--json]`: which check-ins are due, or when they next are.
int runDue(Arguments &args, const Context &context);

} // namespace tandem::cli
