# The Debian package: `cpack -G DEB` in the build folder writes tandem_VERSION_ARCH.deb with
# everything `cmake --install` installs (programs, launcher, AppStream metadata, icons, manuals).
#
# Its dependencies come from two places: dpkg-shlibdeps finds the libraries the programs link
# (Qt Core, Gui, Widgets, Sql, Charts, PrintSupport, DBus, ...), and the list below adds what Qt
# loads only at run time as plugins, which no linker and so no shlibdeps can see.
set(CPACK_PACKAGE_NAME "tandem")
set(CPACK_PACKAGE_VENDOR "The Tandem developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "coaching app for people who lead and manage at work")
set(CPACK_PACKAGE_CONTACT "${TANDEM_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${TANDEM_HOMEPAGE}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tandem_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TANDEM_MAINTAINER}")
# The long description below the summary line; CPack indents each line and writes an empty
# line as " ." (Debian policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Tandem helps you grow as a leader (direction, inspiration, change) and as a
manager (organisation, supervision, stability), and learn which one a
situation calls for: a one-minute weekly pulse and full self-assessments, a
journal with an advisor, decisions looked back on, goals with steps, and
progress over the years with real changes told apart from noise.

Everything stays in one SQLite file on your computer. The package holds the
desktop app (tandem) and the terminal program (tandem-cli).")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Plugins Qt loads by name at run time:
#  libqt6sql6-sqlite  the QSQLITE database driver (the store cannot open without it)
#  qt6-qpa-plugins    the platform plugins beyond xcb and offscreen (which come with libqt6gui6 on
#                     Debian 12): eglfs, linuxfb, vnc, minimal, for the odd session without X11
#  libqt6svg6         the SVG image format and icon engine plugins (the app icon, symbolic icons)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Not needed to run, but the app is better with them: native Wayland windows, the GTK theme's
# colours (dark mode) on GNOME, and Qt's own dialogs and buttons in German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-gtk-platformtheme, qt6-translations-l10n")

include(CPack)
