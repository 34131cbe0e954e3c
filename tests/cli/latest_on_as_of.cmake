# `jvgov report` of a model whose latest event is on its as_of date: exit 0, one edition
# (summary.md and no *-latest* file; before, the two editions wrote one explanation path twice
# and the run failed with exit 3).
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${JVGOV} report ${SOURCE_DIR}/tests/cli/latest-event-on-as-of.toml
  --out ${WORK_DIR} RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "expected exit 0, got ${rc}\n${err}")
endif()
if(NOT EXISTS ${WORK_DIR}/summary.md OR NOT EXISTS ${WORK_DIR}/voting-power.md)
  message(FATAL_ERROR "summary.md or voting-power.md not written\n${err}")
endif()
file(GLOB_RECURSE latest RELATIVE ${WORK_DIR} ${WORK_DIR}/*-latest*)
if(latest)
  message(FATAL_ERROR "a second edition was written: ${latest}")
endif()
