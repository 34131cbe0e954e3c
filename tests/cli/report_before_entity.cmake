# `jvgov report data/stargate.toml --as-of 2025-01-20`: the JV was announced on 2025-01-21, so on
# the 20th there is no entity to analyse. Exit 1 with one diagnostic naming the entity and the
# date, nothing on stdout, nothing written (it crashed with SIGSEGV before).
string(REPLACE "|" ";" JVGOV "${JVGOV}")  # a |-separated command (tests/cli/CMakeLists.txt)
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${JVGOV} report ${SOURCE_DIR}/data/stargate.toml --as-of 2025-01-20
                        --out ${WORK_DIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(expected "${SOURCE_DIR}/data/stargate.toml: error: the entity 'stargate' does not exist on 2025-01-20, so its power and control cannot be analysed on that date\n")
if(NOT rc STREQUAL "1")
  message(FATAL_ERROR "expected exit 1, got ${rc}\nstderr: ${err}")
endif()
if(NOT err STREQUAL expected)
  message(FATAL_ERROR "stderr differs:\n${err}\nexpected:\n${expected}")
endif()
if(NOT out STREQUAL "" OR EXISTS ${WORK_DIR})
  message(FATAL_ERROR "expected no output and no files, got stdout '${out}'")
endif()
