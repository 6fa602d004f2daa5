#pragma once

namespace tandem::cli {

class Arguments;
struct Context;

/// `framework [--json]`: the skill model.
int runFramework(Arguments &args, const Context &context);

/// `demo --years N [--seed S] [--until YYYY-MM-DD]`: fill an empty data folder with demo data.
int runDemo(Arguments &args, const Context &context);

} // namespace tandem::cli
