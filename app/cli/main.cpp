// tandem-cli: Tandem's core from the terminal. Links the core library only.
#include "arguments.h"
#include "commands.h"
#include "context.h"

#include "database.h"
#include "datalocation.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace tandem;

namespace {

const char Usage[] = R"(Usage: tandem-cli [--data-dir DIR] COMMAND [OPTIONS]

Tandem from the terminal: the same data and skill model as the app.

Commands:
  framework [--json]           Show the skill model: skills, statements, contrasts, shared areas.
  demo --years N [--seed S] [--until YYYY-MM-DD]
                               Fill an empty data folder with N years of demonstration data.
  assess --answers FILE [--kind full|pulse] [--at ISO-8601]
                               Record an assessment from a JSON file ("-" reads standard input):
                               {"answers": {"ITEM_ID": 1..5, ...}}; ids as in framework --json.
  profile [--json]             Results of the latest full assessment, with real changes marked.
  history [--json] [--kind full|pulse]
                               Every assessment, newest first.
  due [--json]                 Which check-ins and decision reviews are due, or when check-ins next are.
  journal add --title T [--body TEXT | --body-file F] [--mode lead|manage|both]
              [--skill ID]... [--tag T]... [--rating 1..5] [--at ISO-8601]
              [--expect TEXT [--confidence 0..100] [--review-on YYYY-MM-DD]]
                               Write a journal entry; prints its id. --expect records a decision
                               to look back on (review by default four weeks after the entry).
  journal list [--json] [--from D] [--to D] [--skill ID] [--tag T] [--limit N]
                               List entries, newest first.
  journal search QUERY [--json] [--limit N]
                               Search every text of every entry; best matches first.
  journal show ID [--json]     Show one entry in full.
  journal delete ID            Delete one entry.
  journal review ENTRY --outcome TEXT --mode lead|manage|both --held yes|no|partly
                               Look back on the decision an entry records.
  reviews due [--json] [--by YYYY-MM-DD]
                               Decisions whose review date has come (by today, or by that day).
  goals add --skill ID | --pole CONTRAST:lead|manage --title T [--why W] [--target 0..100]
            [--due YYYY-MM-DD]
                               Set a growth goal; prints its id. Ids as framework prints them.
  goals list [--json] [--status active|paused|done|dropped]...
                               Every goal (or those in a status) with its progress.
  goals show ID [--json]       One goal: its aim, steps (numbered), evidence and progress.
  goals step add ID TEXT [--due YYYY-MM-DD]
                               Add a step to a goal.
  goals step done|undone ID STEP
                               Tick a step off (or open it again); STEP as goals show numbers it.
  goals link|unlink ID ENTRY   Give a journal entry to a goal as evidence, or take it away.
  goals status ID active|paused|done|dropped
                               Pause, complete, drop or resume a goal.
  advise --answers "a,b,c,d,e" [--json] [--save-to ENTRY | --new-entry TITLE]
                               Lead or manage? Five answers from -3 (lead side) to 3 (manage side).
                               --save-to keeps the advice with an entry, --new-entry with a new one.
  backup [--output PATH [--force]]
                               A verified backup into the backups folder, or a verified copy at
                               PATH; prints its path. (The app makes automatic backups; this does not.)
  backups [--json]             Every backup, newest first, with what it holds.
  restore PATH                 Put a backup in place of the database; what was there is kept.
  check                        Check the whole database file; exit 1 if it is damaged.
  export --format json|csv|markdown --output PATH [--per-month]
                               Everything as JSON (re-importable), scores and entries as CSV (PATH
                               is a folder), or the journal as Markdown (one file, or with
                               --per-month a folder of YYYY-MM.md files).
  import PATH [--from tandem|rednotebook|jrnl] [--dry-run] [--json]
                               Merge a Tandem export, a RedNotebook data folder or a jrnl JSON
                               export: all or nothing; the same file twice adds nothing.
                               --dry-run reports what would change and changes nothing.

Options:
  --data-dir DIR   Use the data folder DIR (default: $TANDEM_DATA_DIR, else the standard
                   per-user data folder).
  -v, --verbose    With an error, also print its technical details (SQLite's own words).
  -h, --help       Show this help.
  --version        Show the version.

Exit status: 0 success, 1 failure at run time, 2 bad usage or input.
See docs/cli.md for every command and its JSON.
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Arguments args = cli::Arguments::fromArgv(argc, argv);
    const auto dataDirArgument = args.takeValue(QStringLiteral("--data-dir"));
    cli::Context context{out, err, core::DataLocation::resolve(dataDirArgument.value_or(QString()))};
    context.verbose = args.takeFlag(QStringLiteral("--verbose")) || args.takeFlag(QStringLiteral("-v"));
    if (args.failed())
        return context.fail(cli::ExitUsage, args.error());
    if (dataDirArgument && dataDirArgument->isEmpty())
        return context.fail(cli::ExitUsage, QStringLiteral("--data-dir needs a folder"));

    const bool help = args.takeFlag(QStringLiteral("--help")) || args.takeFlag(QStringLiteral("-h"));
    const bool version = args.takeFlag(QStringLiteral("--version"));
    const auto command = args.takePositional();
    if (!command && !help && !args.finish())
        return context.fail(cli::ExitUsage, args.error() + QStringLiteral(" (see tandem-cli --help)"));
    if (help || (!command && !version)) {
        (help ? out : err) << QString::fromUtf8(Usage);
        return help ? cli::ExitOk : cli::ExitUsage;
    }
    if (version && !command) {
        if (!args.finish())
            return context.fail(cli::ExitUsage, args.error());
        out << QStringLiteral("tandem-cli %1 (skill model %2, data format %3)\n")
                       .arg(QStringLiteral(TANDEM_VERSION), core::SkillModel::builtin().version)
                       .arg(core::Database::latestSchemaVersion());
        return cli::ExitOk;
    }
    if (*command == QLatin1String("framework"))
        return cli::runFramework(args, context);
    if (*command == QLatin1String("demo"))
        return cli::runDemo(args, context);
    if (*command == QLatin1String("journal"))
        return cli::runJournal(args, context);
    if (*command == QLatin1String("goals"))
        return cli::runGoals(args, context);
    if (*command == QLatin1String("reviews"))
        return cli::runReviews(args, context);
    if (*command == QLatin1String("advise"))
        return cli::runAdvise(args, context);
    if (*command == QLatin1String("assess"))
        return cli::runAssess(args, context);
    if (*command == QLatin1String("profile"))
        return cli::runProfile(args, context);
    if (*command == QLatin1String("history"))
        return cli::runHistory(args, context);
    if (*command == QLatin1String("due"))
        return cli::runDue(args, context);
    if (*command == QLatin1String("backup"))
        return cli::runBackup(args, context);
    if (*command == QLatin1String("backups"))
        return cli::runBackups(args, context);
    if (*command == QLatin1String("restore"))
        return cli::runRestore(args, context);
    if (*command == QLatin1String("check"))
        return cli::runCheck(args, context);
    if (*command == QLatin1String("export"))
        return cli::runExport(args, context);
    if (*command == QLatin1String("import"))
        return cli::runImport(args, context);
    if (*command == QLatin1String("help")) {
        out << QString::fromUtf8(Usage);
        return cli::ExitOk;
    }
    return context.fail(cli::ExitUsage, QStringLiteral("unknown command \"%1\" (see tandem-cli --help)").arg(*command));
}
