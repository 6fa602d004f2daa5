# Fails when translations/skillmodeltexts.cpp is behind resources/model/skillmodel.json: writes the
# file anew into the build folder and compares it with the committed one.
#   cmake -DMODEL=... -DCOMMITTED=... -DSCRIPT=... -DSCRATCH=... -P skillmodeltextscurrent.cmake
file(REMOVE "${SCRATCH}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DMODEL=${MODEL}" "-DOUTPUT=${SCRATCH}" -P "${SCRIPT}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "Could not write the skill model's texts (${status}).")
endif()
file(READ "${SCRATCH}" fresh)
file(READ "${COMMITTED}" committed)
if(NOT fresh STREQUAL committed)
    message(FATAL_ERROR "${COMMITTED} is behind ${MODEL}: run "
        "`cmake --build BUILD --target update_translations` (it writes the file and refreshes the "
        ".ts files) and commit both.")
endif()
message(STATUS "The skill model's texts for lupdate are current.")
