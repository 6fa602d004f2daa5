#pragma once

// Runs tandem-cli as a user runs it, on a data folder of the test's own: shared by the CLI tests
// of the journal, goals, decisions and reviews.
#include "tempdatadir.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <gtest/gtest.h>

namespace tandem::test {

struct CliOutput
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

#define EXPECT_CLI_EXIT(result, code) \
    EXPECT_EQ((result).exitCode, code) << "stdout: " << qPrintable((result).text()) << "\nstderr: " << qPrintable((result).err)

class CliRunner : public ::testing::Test
{
protected:
    /// Runs `tandem-cli --data-dir DATA args…`, with the real user's data out of reach.
    CliOutput run(QStringList args)
    {
        args.prepend(data.path());
        args.prepend(QStringLiteral("--data-dir"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.root());
        // English, whatever the machine speaks: the tests read tandem-cli's words.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TANDEM_CLI_PATH), args);
        CliOutput result;
        EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// Runs a command that prints a new record's id on one line, and gives the id (0 when it failed).
    qint64 runForId(const QStringList &args)
    {
        const CliOutput r = run(args);
        EXPECT_CLI_EXIT(r, 0);
        EXPECT_TRUE(r.text().endsWith(QLatin1Char('\n')) && r.text().count(QLatin1Char('\n')) == 1) << qPrintable(r.text());
        return r.text().trimmed().toLongLong();
    }

    /// Expects status 2, one line on stderr that names `field`, and nothing on stdout.
    void expectRefused(const QStringList &args, const QString &field)
    {
        const CliOutput r = run(args);
        const QString command = args.join(QLatin1Char(' '));
        EXPECT_EQ(r.exitCode, 2) << qPrintable(command) << "\nstderr: " << qPrintable(r.err);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: ")) && r.err.count(QLatin1Char('\n')) == 1)
                << qPrintable(command) << ": " << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(field)) << qPrintable(command) << ": " << qPrintable(r.err) << " does not name "
                                           << qPrintable(field);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(command) << ": " << qPrintable(r.text());
    }

    TempDataDir data;
};

} // namespace tandem::test
