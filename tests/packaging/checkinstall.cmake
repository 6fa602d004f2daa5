# Installs the build into a temporary DESTDIR and checks that everything a desktop needs is
# where the freedesktop standards say, named by the one application id:
#   cmake -DBUILD_DIR=... -DWORK_DIR=... -DAPP_ID=... [-DAPPSTREAMCLI=...] -P checkinstall.cmake
foreach(var BUILD_DIR WORK_DIR APP_ID)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkinstall: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "/usr")
set(root "${WORK_DIR}${prefix}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${WORK_DIR} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}):\n${output}")
endif()

set(expected
    bin/tandem
    bin/tandem-cli
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/icons/hicolor/symbolic/apps/${APP_ID}-symbolic.svg
    share/man/man1/tandem.1
    share/man/man1/tandem-cli.1)
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()
foreach(program tandem tandem-cli)
    execute_process(COMMAND test -x "${root}/bin/${program}" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "bin/${program} is not executable")
    endif()
endforeach()

# Nothing else lands outside these folders (no headers, static libraries or test programs).
file(GLOB_RECURSE installed RELATIVE "${root}" "${root}/*")
foreach(file IN LISTS installed)
    if(NOT file MATCHES "^(bin/tandem|bin/tandem-cli|share/applications/|share/metainfo/|share/icons/hicolor/|share/man/man1/|share/tandem/translations/)")
        message(FATAL_ERROR "installed, but not expected: ${file}")
    endif()
endforeach()

# The launcher names the icon and the programs by the same id; the metadata names the launcher.
file(READ "${root}/share/applications/${APP_ID}.desktop" desktop)
foreach(line "Icon=${APP_ID}" "Exec=tandem" "Exec=tandem --new-entry" "Exec=tandem --check-in")
    string(FIND "${desktop}" "\n${line}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the launcher has no line \"${line}\"")
    endif()
endforeach()
file(READ "${root}/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
foreach(text "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    string(FIND "${metainfo}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the AppStream metadata has no ${text}")
    endif()
endforeach()

# AppStream's own check of the installed tree: metadata, launcher and icon found together.
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net "${WORK_DIR}"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed:\n${output}")
    endif()
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "installed as expected: ${expected}")
