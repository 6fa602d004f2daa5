// tandem_bench_makestore DIR [--entries N]: writes the large benchmark store (LargeStore) into the
// data folder DIR, from the build tree's cache (built first when missing), so that startup.sh and
// anyone at a shell can run tandem and tandem-cli on the very store the benchmarks use.
#include "largestore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    tandem::bench::LargeStore::Options options;
    QString dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--entries") && i + 1 < args.size()) {
            bool ok = false;
            options.entries = args.at(++i).toInt(&ok);
            if (!ok || options.entries < 1) {
                std::fprintf(stderr, "tandem_bench_makestore: --entries takes a whole number above 0\n");
                return 2;
            }
        } else if (dir.isEmpty() && !args.at(i).startsWith(QLatin1String("--"))) {
            dir = args.at(i);
        } else {
            dir.clear();
            break;
        }
    }
    if (dir.isEmpty()) {
        std::fprintf(stderr, "usage: tandem_bench_makestore DIR [--entries N]   (default 100000 entries)\n");
        return 2;
    }
    const auto copied = tandem::bench::LargeStore::copyTo(dir, options);
    if (!copied) {
        std::fprintf(stderr, "tandem_bench_makestore: %s\n", qPrintable(copied.error()));
        return 1;
    }
    return 0;
}
