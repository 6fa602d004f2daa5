#include "arguments.h"
#include "commands.h"
#include "context.h"

#include "skillmodel.h"

#include <QCoreApplication>

namespace tandem::cli {

using namespace tandem::core;

namespace {

void printItems(QTextStream &out, const QList<Item> &items, const QString &indent)
{
    for (const Item &item : items) {
        out << indent << item.text;
        if (item.reverse)
            out << QCoreApplication::translate("FrameworkCommand", "  (reverse-keyed)");
        out << QStringLiteral("  [") << item.id << QStringLiteral("]\n");
    }
}

} // namespace

int runFramework(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());

    const SkillModel &model = SkillModel::builtin();
    QTextStream &out = context.out;
    if (json) {
        out << QString::fromUtf8(model.toJson());
        return ExitOk;
    }

    out << QCoreApplication::translate("FrameworkCommand", "Tandem skill model %1\n").arg(model.version);
    for (Role role : {Role::Lead, Role::Manage}) {
        out << QStringLiteral("\n%1: %2\n").arg(model.role(role).name, model.role(role).summary);
        for (const Skill *skill : model.skillsOf(role)) {
            out << QStringLiteral("\n  %1 [%2]\n").arg(skill->name, skill->id);
            printItems(out, skill->items, QStringLiteral("    - "));
        }
    }
    out << QCoreApplication::translate("FrameworkCommand", "\nContrasts (each pole rated on its own)\n");
    for (const Contrast &contrast : model.contrasts) {
        out << QStringLiteral("\n  %1 [%2]\n").arg(contrast.name, contrast.id);
        for (Role role : {Role::Lead, Role::Manage}) {
            // The pole as goals add --pole takes it.
            out << QStringLiteral("    %1 [%2:%3]:\n").arg(contrast.pole(role).name, contrast.id, roleKey(role));
            printItems(out, contrast.pole(role).items, QStringLiteral("      - "));
        }
    }
    out << QCoreApplication::translate("FrameworkCommand", "\nShared areas\n");
    for (const SharedArea &area : model.sharedAreas)
        out << QStringLiteral("  %1 [%2]\n").arg(area.name, area.id);
    out << QCoreApplication::translate("FrameworkCommand", "\nAnswer scale: %1\n")
               .arg(model.scaleLabels.join(QStringLiteral(", ")));
    return ExitOk;
}

} // namespace tandem::cli
