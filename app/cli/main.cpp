// tandem-cli: Tandem's core from the terminal. Links the core library only.
#include "arguments.h"
#include "commands.h"
#include "context.h"

#include "database.h"
#include "datalocation.h"
#include "skillmodel.h"
#include "language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace tandem;

namespace {

// The help text: one message, so that translators see it whole. Command names, options and
// their values (DIR, ISO-8601, lead|manage) stay as they are in every language.
const char Usage[] = QT_TRANSLATE_NOOP(
    "main",
    "Usage: tandem-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
    "\n"
    "Tandem from the terminal: the same data and skill model as the app.\n"
    "\n"
    "Commands:\n"
    "  framework [--json]           Show the skill model: skills, statements, contrasts, shared areas.\n"
    "  demo --years N [--seed S] [--until YYYY-MM-DD]\n"
    "                               Fill an empty data folder with N years of demonstration data.\n"
    "  assess --answers FILE [--kind full|pulse] [--at ISO-8601]\n"
    "                               Record an assessment from a JSON file (\"-\" reads standard input):\n"
    "                               {\"answers\": {\"ITEM_ID\": 1..5, ...}}; ids as in framework --json.\n"
    "  profile [--json]             Results of the latest full assessment, with real changes marked.\n"
    "  history [--json] [--kind full|pulse]\n"
    "                               Every assessment, newest first.\n"
    "  due [--json]                 Which check-ins and decision reviews are due, or when check-ins next are.\n"
    "  journal add --title T [--body TEXT | --body-file F] [--mode lead|manage|both]\n"
    "              [--skill ID]... [--tag T]... [--rating 1..5] [--at ISO-8601]\n"
    "              [--expect TEXT [--confidence 0..100] [--review-on YYYY-MM-DD]]\n"
    "                               Write a journal entry; prints its id. --expect records a decision\n"
    "                               to look back on (review by default four weeks after the entry).\n"
    "  journal list [--json] [--from D] [--to D] [--skill ID] [--tag T] [--limit N]\n"
    "                               List entries, newest first.\n"
    "  journal search QUERY [--json] [--limit N]\n"
    "                               Search every text of every entry; best matches first.\n"
    "  journal show ID [--json]     Show one entry in full.\n"
    "  journal delete ID            Delete one entry.\n"
    "  journal review ENTRY --outcome TEXT --mode lead|manage|both --held yes|no|partly\n"
    "                               Look back on the decision an entry records.\n"
    "  reviews due [--json] [--by YYYY-MM-DD]\n"
    "                               Decisions whose review date has come (by today, or by that day).\n"
    "  goals add --skill ID | --pole CONTRAST:lead|manage --title T [--why W] [--target 0..100]\n"
    "            [--due YYYY-MM-DD]\n"
    "                               Set a growth goal; prints its id. Ids as framework prints them.\n"
    "  goals list [--json] [--status active|paused|done|dropped]...\n"
    "                               Every goal (or those in a status) with its progress.\n"
    "  goals show ID [--json]       One goal: its aim, steps (numbered), evidence and progress.\n"
    "  goals step add ID TEXT [--due YYYY-MM-DD]\n"
    "                               Add a step to a goal.\n"
    "  goals step done|undone ID STEP\n"
    "                               Tick a step off (or open it again); STEP as goals show numbers it.\n"
    "  goals link|unlink ID ENTRY   Give a journal entry to a goal as evidence, or take it away.\n"
    "  goals status ID active|paused|done|dropped\n"
    "                               Pause, complete, drop or resume a goal.\n"
    "  feedback new [--skills ID,...] [--contrasts ID,...] [--about NAME] [--note TEXT]\n"
    "               [--invited N] [--json]\n"
    "                               Start a round of colleagues' feedback (default: every statement);\n"
    "                               prints its id. Ids as framework prints them.\n"
    "  feedback form ROUND --output FILE.html [--force]\n"
    "                               Write the round's form to send to colleagues.\n"
    "  feedback import FILE... [--json]\n"
    "                               Import colleagues' response files (\"-\" reads standard input); each\n"
    "                               all or nothing, the same response twice is skipped.\n"
    "  feedback list [--json]       Every round with its responses.\n"
    "  feedback show ROUND [--json] Self against others: others' scores from 3 raters on, real gaps marked.\n"
    "  feedback close|reopen|delete ROUND\n"
    "                               Close a round (self is then the assessment before it), open it\n"
    "                               again, or delete it with its responses. ROUND: its id or uuid.\n"
    "  advise --answers \"a,b,c,d,e\" [--json] [--save-to ENTRY | --new-entry TITLE]\n"
    "                               Lead or manage? Five answers from -3 (lead side) to 3 (manage side).\n"
    "                               --save-to keeps the advice with an entry, --new-entry with a new one.\n"
    "  backup [--output PATH [--force]]\n"
    "                               A verified backup into the backups folder, or a verified copy at\n"
    "                               PATH; prints its path. (The app makes automatic backups; this does not.)\n"
    "  backups [--json]             Every backup, newest first, with what it holds.\n"
    "  restore PATH                 Put a backup in place of the database; what was there is kept.\n"
    "  check                        Check the whole database file; exit 1 if it is damaged.\n"
    "  export --format json|csv|markdown --output PATH [--per-month]\n"
    "                               Everything as JSON (re-importable), scores and entries as CSV (PATH\n"
    "                               is a folder), or the journal as Markdown (one file, or with\n"
    "                               --per-month a folder of YYYY-MM.md files).\n"
    "  import PATH [--from tandem|rednotebook|jrnl] [--dry-run] [--json]\n"
    "                               Merge a Tandem export, a RedNotebook data folder or a jrnl JSON\n"
    "                               export: all or nothing; the same file twice adds nothing.\n"
    "                               --dry-run reports what would change and changes nothing.\n"
    "\n"
    "Options:\n"
    "  --data-dir DIR   Use the data folder DIR (default: $TANDEM_DATA_DIR, else the standard\n"
    "                   per-user data folder).\n"
    "  -v, --verbose    With an error, also print its technical details (SQLite's own words).\n"
    "  -h, --help       Show this help.\n"
    "  --version        Show the version.\n"
    "\n"
    "Exit status: 0 success, 1 failure at run time, 2 bad usage or input.\n"
    "See docs/cli.md for every command and its JSON.\n");

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    i18n::install(); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Arguments args = cli::Arguments::fromArgv(argc, argv);
    const auto dataDirArgument = args.takeValue(QStringLiteral("--data-dir"));
    cli::Context context{out, err, core::DataLocation::resolve(dataDirArgument.value_or(QString()))};
    context.verbose = args.takeFlag(QStringLiteral("--verbose")) || args.takeFlag(QStringLiteral("-v"));
    if (args.failed())
        return context.fail(cli::ExitUsage, args.error());
    if (dataDirArgument && dataDirArgument->isEmpty())
        return context.fail(cli::ExitUsage, QCoreApplication::translate("main", "--data-dir needs a folder"));

    const bool help = args.takeFlag(QStringLiteral("--help")) || args.takeFlag(QStringLiteral("-h"));
    const bool version = args.takeFlag(QStringLiteral("--version"));
    const auto command = args.takePositional();
    if (!command && !help && !args.finish())
        return context.fail(cli::ExitUsage,
                            args.error() + QCoreApplication::translate("main", " (see tandem-cli --help)"));
    if (help || (!command && !version)) {
        (help ? out : err) << QCoreApplication::translate("main", Usage);
        return help ? cli::ExitOk : cli::ExitUsage;
    }
    if (version && !command) {
        if (!args.finish())
            return context.fail(cli::ExitUsage, args.error());
        out << QCoreApplication::translate("main", "tandem-cli %1 (skill model %2, data format %3)\n")
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
    if (*command == QLatin1String("feedback"))
        return cli::runFeedback(args, context);
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
        out << QCoreApplication::translate("main", Usage);
        return cli::ExitOk;
    }
    return context.fail(
        cli::ExitUsage,
        QCoreApplication::translate("main", "unknown command \"%1\" (see tandem-cli --help)").arg(*command));
}
