// libFuzzer target: any bytes as a RedNotebook month file. The reader must answer with entries
// or a message naming the file, never crash, hang or read out of bounds; whatever it accepts
// must be something Tandem's own export can carry (see fuzz_jrnl.cpp for why that matters).
#include "rednotebookimport.h"
#include "tandemjson.h"

#include <QCoreApplication>

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
    const auto result = RedNotebookImport::parseMonth(bytes, 2024, 2, QStringLiteral("2024-02.txt"));
    if (!result.ok()) {
        if (!result.error().startsWith(QStringLiteral("2024-02.txt")))
            std::abort(); // every refusal names the file
        return 0;
    }
    for (const JournalEntry &e : result->journalEntries) {
        if (e.uuid.isNull() || e.body.trimmed().isEmpty() || e.title.size() > 81 || !e.occurredAt.isValid())
            std::abort();
    }
    if (!TandemJson::read(TandemJson::write(result.value())).ok())
        std::abort(); // an import that could not be exported and read back
    return 0;
}
