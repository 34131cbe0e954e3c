# Runs `jvgov check FILES...` from the repository root and compares its stderr with an expected
# text and its exit code with the expected one. stdout must stay empty, and the directories of
# the checked files must hold no new file afterwards.
#
# cmake -DJVGOV=<path to jvgov> -DSOURCE_DIR=<repo root> -DFILES=<paths relative to the root>
#       [-DEXPECTED=<expected stderr file, relative to the root; "-" to not compare>]
#       [-DEXIT=<expected exit code>] -P tests/load/check_cli.cmake
# EXPECTED defaults to the .expected sibling of the (single) file; EXIT defaults to 1 when the
# expected text holds an error and 0 otherwise.
if(NOT DEFINED EXPECTED)
  string(REGEX REPLACE "\\.toml$" ".expected" EXPECTED "${FILES}")
endif()
set(expected "")
if(NOT EXPECTED STREQUAL "-")
  file(READ "${SOURCE_DIR}/${EXPECTED}" expected)
endif()
if(NOT DEFINED EXIT)
  if(expected MATCHES ": error: ")
    set(EXIT 1)
  else()
    set(EXIT 0)
  endif()
endif()

set(directories "")
foreach(file IN LISTS FILES)
  get_filename_component(directory "${SOURCE_DIR}/${file}" DIRECTORY)
  list(APPEND directories "${directory}/*")
endforeach()
file(GLOB before ${directories})

execute_process(COMMAND "${JVGOV}" check ${FILES}
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)

if(NOT exit_code STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${exit_code}, expected ${EXIT}; stderr:\n${err}")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "unexpected output on stdout:\n${out}")
endif()
if(NOT EXPECTED STREQUAL "-" AND NOT err STREQUAL expected)
  message(FATAL_ERROR "stderr differs.\n--- expected\n${expected}--- actual\n${err}")
endif()
file(GLOB after ${directories})
if(NOT before STREQUAL after)
  message(FATAL_ERROR "files appeared next to the checked files:\n${after}")
endif()
