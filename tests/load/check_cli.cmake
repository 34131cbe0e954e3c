# Runs `jvgov check FILE` from the repository root and compares its stderr with FILE's sibling
# .expected file. Exit code 1 is expected when the expected text has an error, 0 otherwise.
# stdout must stay empty and the corpus directory must hold no new file afterwards.
#
# cmake -DJVGOV=<path to jvgov> -DSOURCE_DIR=<repo root> -DFILE=<path relative to the root>
#       -P tests/load/check_cli.cmake
string(REGEX REPLACE "\\.toml$" ".expected" expected_file "${FILE}")
file(READ "${SOURCE_DIR}/${expected_file}" expected)
get_filename_component(corpus_dir "${SOURCE_DIR}/${FILE}" DIRECTORY)
file(GLOB before "${corpus_dir}/*")

execute_process(COMMAND "${JVGOV}" check "${FILE}"
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)

if(expected MATCHES ": error: ")
  set(expected_exit_code 1)
else()
  set(expected_exit_code 0)
endif()
if(NOT exit_code STREQUAL expected_exit_code)
  message(FATAL_ERROR "exit code ${exit_code}, expected ${expected_exit_code}")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "unexpected output on stdout:\n${out}")
endif()
if(NOT err STREQUAL expected)
  message(FATAL_ERROR "stderr differs.\n--- expected\n${expected}--- actual\n${err}")
endif()
file(GLOB after "${corpus_dir}/*")
if(NOT before STREQUAL after)
  message(FATAL_ERROR "files appeared in ${corpus_dir}:\n${after}")
endif()
