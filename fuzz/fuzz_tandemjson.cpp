// libFuzzer target: any bytes as a Tandem JSON export. The reader must answer with data or a
// message, never crash or hang; and what it accepts must round-trip: written again and read
// back, it gives the same bytes (the guarantee docs/export-format.md makes).
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
    const auto result = TandemJson::read(bytes);
    if (!result.ok()) {
        if (result.error().isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray written = TandemJson::write(result.value());
    const auto again = TandemJson::read(written);
    if (!again.ok() || TandemJson::write(again.value()) != written)
        std::abort();
    return 0;
}
