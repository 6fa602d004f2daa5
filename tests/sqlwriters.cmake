# One writer per table: fails when the INSERT, UPDATE or DELETE statements of a table appear in
# more than one source file of the core, so that the app, tandem-cli and import cannot drift apart
# again (they once disagreed about assessments.started_at).
#
#   cmake -DSOURCE_DIR=<dir to scan, e.g. core> -P sqlwriters.cmake
#
# Every *.cpp and *.h under SOURCE_DIR is scanned, subfolders included, ignoring letter case and
# line comments. Only the tables the schema creates count, so prose ("insert into the list") is not
# taken for a table; the schema is the one schema.cpp under SOURCE_DIR, wherever it lives. Adjacent
# string literals are joined first, so a statement split over two lines is still seen.
cmake_minimum_required(VERSION 3.21)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "Usage: cmake -DSOURCE_DIR=<dir> -P sqlwriters.cmake")
endif()

# Not table writers:
# - schema.cpp holds the migrations, which create and convert tables, and the triggers that keep
#   journal_fts in step with journal_entries; a migration may rewrite any table.
set(exempt schema.cpp)

file(GLOB_RECURSE schema_files LIST_DIRECTORIES false "${SOURCE_DIR}/schema.cpp")
list(LENGTH schema_files schema_count)
if(NOT schema_count EQUAL 1)
    message(FATAL_ERROR "Expected one schema.cpp under ${SOURCE_DIR}, found ${schema_count}: ${schema_files}")
endif()
file(READ "${schema_files}" schema)
string(TOUPPER "${schema}" schema)
string(REGEX MATCHALL "CREATE +(VIRTUAL +)?TABLE +[A-Z_][A-Z0-9_]*" created "${schema}")
set(tables)
foreach(statement IN LISTS created)
    string(REGEX REPLACE ".* ([A-Z_][A-Z0-9_]*)$" "\\1" table "${statement}")
    list(APPEND tables "${table}")
endforeach()
if(NOT tables)
    message(FATAL_ERROR "No CREATE TABLE found in ${schema_files}")
endif()

file(GLOB_RECURSE sources LIST_DIRECTORIES false "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.h")
list(SORT sources)
set(scanned 0)
foreach(source IN LISTS sources)
    get_filename_component(name "${source}" NAME)
    if(name IN_LIST exempt)
        continue()
    endif()
    math(EXPR scanned "${scanned} + 1")
    file(READ "${source}" text)
    string(TOUPPER "${text}" text)
    # Line comments may talk about statements ("as JournalRepository's INSERT INTO tags does").
    string(REGEX REPLACE "//[^\n]*" "" text "${text}")
    # "INSERT INTO " "tags" → "INSERT INTO tags"
    string(REGEX REPLACE "\"[ \t\r\n]*\"" "" text "${text}")
    string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
    string(REGEX MATCHALL "((INSERT( OR [A-Z]+)?|REPLACE) INTO|DELETE FROM|UPDATE( OR [A-Z]+)?) [A-Z_][A-Z0-9_]*"
           statements "${text}")
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
    foreach(statement IN LISTS statements)
        string(REGEX REPLACE ".* ([A-Z_][A-Z0-9_]*)$" "\\1" table "${statement}")
        if(NOT table IN_LIST tables)
            continue()
        endif()
        if(NOT DEFINED writers_${table})
            set(writers_${table})
        endif()
        if(NOT shown IN_LIST writers_${table})
            list(APPEND writers_${table} "${shown}")
        endif()
    endforeach()
endforeach()
if(scanned EQUAL 0)
    message(FATAL_ERROR "No source files found under ${SOURCE_DIR}")
endif()

set(failures 0)
foreach(table IN LISTS tables)
    string(TOLOWER "${table}" lower)
    list(LENGTH writers_${table} count)
    if(count GREATER 1)
        list(JOIN writers_${table} ", " files)
        message(SEND_ERROR "The table ${lower} is written by ${count} files (${files}); "
                           "its INSERT, UPDATE and DELETE statements belong in one repository.")
        math(EXPR failures "${failures} + 1")
    elseif(count EQUAL 1)
        message(STATUS "${lower}: ${writers_${table}}")
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} table(s) have more than one writer.")
endif()
message(STATUS "Every table has one writer (${scanned} files scanned).")
