// libFuzzer target: any bytes as jrnl's JSON export. The reader must answer with entries or a
// message, never crash or hang; and whatever it accepts must survive Tandem's own export and
// re-import, or the user's "import, then back up as JSON" would fail later.
#include "jrnlimport.h"
#include "tandemjson.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace tandem::core;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = JrnlImport::parse(bytes);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    QSet<QUuid> uuids;
    for (const JournalEntry &e : result->journalEntries) {
        if (e.uuid.isNull() || uuids.contains(e.uuid) || !e.occurredAt.isValid())
            std::abort();
        uuids.insert(e.uuid);
    }
    if (!TandemJson::read(TandemJson::write(result.value())).ok())
        std::abort();
    return 0;
}
