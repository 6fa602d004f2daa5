# Writes the skill model's human texts as QT_TRANSLATE_NOOP("SkillModel", ...) entries, so that
# lupdate sees the texts the model loader (core/domain/skillmodel.cpp) passes through
# QCoreApplication::translate("SkillModel", ...). The file is read by lupdate only, never compiled.
#
#   cmake -DMODEL=resources/model/skillmodel.json -DOUTPUT=translations/skillmodeltexts.cpp -P SkillModelTexts.cmake
#
# Every string in the model is a text except the values of the keys below (ids, references and
# enumerations), which are data. Texts are trimmed, as the loader trims them.
cmake_minimum_required(VERSION 3.24)

set(data_keys id version role skill contrast pole kind direction reverse format)

file(READ "${MODEL}" json)
set_property(GLOBAL PROPERTY tandem_texts "")

function(walk)
    set(path ${ARGN})
    string(JSON type TYPE "${json}" ${path})
    if(type STREQUAL "OBJECT" OR type STREQUAL "ARRAY")
        string(JSON count LENGTH "${json}" ${path})
        if(count EQUAL 0)
            return()
        endif()
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            if(type STREQUAL "OBJECT")
                string(JSON key MEMBER "${json}" ${path} ${i})
                string(JSON member_type TYPE "${json}" ${path} ${key})
                if(member_type STREQUAL "STRING" AND key IN_LIST data_keys)
                    continue()
                endif()
                walk(${path} ${key})
            else()
                walk(${path} ${i})
            endif()
        endforeach()
    elseif(type STREQUAL "STRING")
        string(JSON text GET "${json}" ${path})
        string(STRIP "${text}" text)
        string(REPLACE "\\" "\\\\" text "${text}")
        string(REPLACE "\"" "\\\"" text "${text}")
        string(REPLACE "\n" "\\n" text "${text}")
        string(REPLACE "\t" "\\t" text "${text}")
        list(JOIN path "." where)
        set_property(GLOBAL APPEND_STRING PROPERTY tandem_texts
            "    // ${where}\n    QT_TRANSLATE_NOOP(\"SkillModel\", \"${text}\"),\n")
    endif()
endfunction()

walk()
get_property(texts GLOBAL PROPERTY tandem_texts)
set(content "// Generated from resources/model/skillmodel.json by translations/SkillModelTexts.cmake
// (cmake --build BUILD --target update_skillmodel_texts; update_translations runs it too).
// Do not edit: lupdate reads this file to see the model's texts; it is not compiled.
#include <QtGlobal>

static const char *const skillModelTexts[] = {
${texts}};
")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
    if(old STREQUAL content)
        return()
    endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
