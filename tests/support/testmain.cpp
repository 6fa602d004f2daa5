// The one main() of every test program. GUI suites are built with TANDEM_TEST_GUI and get a
// QApplication on the offscreen platform when there is no display; the others a
// QCoreApplication, so that core and CLI tests never load a GUI module.
#include <gtest/gtest.h>

#ifdef TANDEM_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
#ifdef TANDEM_TEST_GUI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("tandem-tests"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    // Texts and numbers in assertions are English whatever the machine's locale; English's
    // plural forms ("1 journal entry") come from Tandem's English translation, as in the programs.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/tandem_en.qm")))
        QCoreApplication::installTranslator(&english);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
