// Reading what users name: never more than the limit whatever the file system says (/dev/zero
// reports a size of 0 and never ends), and text decoded exactly as given.
#include "inputreader.h"

#include "importsource.h"
#include "qtprinters.h"
#include "tempdatadir.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

const QString DevZero = QStringLiteral("/dev/zero");

} // namespace

TEST(InputReaderTest, AnEndlessDeviceIsReadOnlyUpToTheLimit)
{
    ASSERT_TRUE(QFile::exists(DevZero));
    QElapsedTimer timer;
    timer.start();
    const auto read = InputReader::readFile(DevZero, 3 * 1024 * 1024);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error(), QStringLiteral("/dev/zero is too large: more than 3 MiB"));
    EXPECT_LT(timer.elapsed(), 2000);

    QFile device(DevZero);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto fromDevice = InputReader::read(device, 1500, QStringLiteral("standard input"));
    ASSERT_FALSE(fromDevice.ok());
    EXPECT_EQ(fromDevice.error(), QStringLiteral("standard input is too large: more than 1,500 bytes"));
}

TEST(InputReaderTest, AFileAtTheLimitIsReadWholeAndOneByteMoreIsRefused)
{
    TempDataDir dir;
    const QString path = dir.root() + QStringLiteral("/file.bin");
    const QByteArray bytes(3 * 1024 * 1024 + 17, 'a');
    tandem::test::writeFile(path, bytes);
    const auto whole = InputReader::readFile(path, bytes.size());
    ASSERT_TRUE(whole.ok()) << qPrintable(whole.error());
    EXPECT_EQ(whole.value(), bytes);
    const auto tooMuch = InputReader::readFile(path, bytes.size() - 1);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().contains(QLatin1String("too large"))) << qPrintable(tooMuch.error());

    tandem::test::writeFile(path, QByteArray());
    const auto empty = InputReader::readFile(path, 10);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->isEmpty());

    EXPECT_TRUE(InputReader::readFile(dir.root() + QStringLiteral("/missing"), 10)
                    .error()
                    .contains(QLatin1String("does not exist")));
    EXPECT_TRUE(InputReader::readFile(dir.root(), 10).error().contains(QLatin1String("is a folder")));
}

TEST(InputReaderTest, ImportsFromAnEndlessDeviceAreRefusedAtTheFirstZero)
{
    // JSON holds no NUL byte: /dev/zero is refused at its first, without reading up to the
    // 512 MiB a Tandem export may have.
    QElapsedTimer timer;
    timer.start();
    for (const ImportFormat format : { ImportFormat::Tandem, ImportFormat::Jrnl }) {
        const auto read = ImportSource::read(format, DevZero);
        ASSERT_FALSE(read.ok());
        EXPECT_EQ(read.error(), QStringLiteral("/dev/zero is not a text file: it holds a NUL byte (at byte 1)."));
    }
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_FALSE(ImportSource::detect(DevZero).has_value()) << "a device is not a file whose kind can be told";

    QFile device(DevZero);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto bytes
        = InputReader::read(device, 10 * 1024 * 1024, QStringLiteral("standard input"), InputReader::NulBytes::Refused);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error(), QStringLiteral("standard input is not a text file: it holds a NUL byte (at byte 1)"));
}

TEST(InputReaderTest, Utf8IsDecodedExactlyWithAByteOrderMarkKept)
{
    const QByteArray withMark = "\xEF\xBB\xBF"
                                "caf\xC3\xA9 \xF0\x9F\x99\x82";
    const auto text = InputReader::decodeUtf8(withMark, QStringLiteral("the body"));
    ASSERT_TRUE(text.ok()) << qPrintable(text.error());
    EXPECT_EQ(text.value(), QStringLiteral("\uFEFFcafé 🙂"));
    EXPECT_EQ(text->toUtf8(), withMark);
    EXPECT_EQ(InputReader::decodeUtf8(QByteArray("a\0b", 3), QString()).value(), QString::fromUtf8("a\0b", 3));
}

TEST(InputReaderTest, BytesThatAreNotUtf8AreRefusedWithWhere)
{
    const struct
    {
        QByteArray bytes;
        int at;
    } bad[] = {
        { "caf\xE9", 4 }, // Latin-1
        { "ab\xFF", 3 },           { "\xC0\xAF", 1 }, // an overlong '/'
        { "ok \xED\xA0\x80", 4 }, // a UTF-16 surrogate
        { "\xF4\x90\x80\x80", 1 }, // beyond U+10FFFF
        { "x\xE2\x82", 2 }, // cut short
    };
    for (const auto &c : bad) {
        const auto text = InputReader::decodeUtf8(c.bytes, QStringLiteral("the body file b.txt"));
        ASSERT_FALSE(text.ok()) << c.bytes.toHex().constData();
        EXPECT_EQ(text.error(), QStringLiteral("the body file b.txt is not valid UTF-8 text (at byte %1)").arg(c.at));
    }
}
