# `jvgov report` on game files, end to end (run by ctest):
#   cmake -DJVGOV=<jvgov> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -DMODE=<mode> -P report_game_check.cmake
# MODE:
#   compare     the EEC 1958 example writes exactly its report, two charts and its tables as
#               CSV, equal to the committed reports/examples/ files
#   invalid     a game file with two mistakes exits 1, prints both located diagnostics, writes
#               nothing
#   mistakes    a game file with three mistakes in [game] exits 1, prints the three located
#               diagnostics (one with a suggestion) in one run, writes nothing
#   unreadable  a missing game file exits 3, naming it, and writes nothing
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")

function(run_report game expected_exit)
  execute_process(COMMAND "${JVGOV}" report "${game}" --out "${WORK_DIR}/out"
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT exit_code STREQUAL expected_exit)
    message(FATAL_ERROR "jvgov report ${game} exited ${exit_code}, expected ${expected_exit}\n${stderr}")
  endif()
  if(NOT stdout STREQUAL "")
    message(FATAL_ERROR "jvgov report wrote to stdout:\n${stdout}")
  endif()
  set(last_stderr "${stderr}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "compare")
  run_report(data/examples/eec1958.game.toml 0)
  file(GLOB_RECURSE written RELATIVE "${WORK_DIR}/out" "${WORK_DIR}/out/*")
  list(SORT written)
  if(NOT written STREQUAL "eec1958-power-vs-weight.svg;eec1958-tables/appendix-every-index-of-every-player.csv;eec1958-tables/power-of-each-player.csv;eec1958-tables/published-values.csv;eec1958-threshold.svg;eec1958.md")
    message(FATAL_ERROR "unexpected files: ${written}")
  endif()
  foreach(file IN LISTS written)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK_DIR}/out/${file}"
      "${SOURCE_DIR}/reports/examples/${file}" RESULT_VARIABLE differ)
    if(differ)
      message(FATAL_ERROR "${file} differs from reports/examples/${file} (run make reports)")
    endif()
  endforeach()

elseif(MODE STREQUAL "invalid")
  run_report(tests/cli/bad.game.toml 1)
  set(expected "tests/cli/bad.game.toml:9:9: error: unknown index 'banzaf' (banzhaf, penrose, shapley-shubik, deegan-packel, public-good, johnston, or veto, dummy, dictator)\ntests/cli/bad.game.toml:16:12: error: unknown player 'D'\n")
  if(NOT last_stderr STREQUAL expected)
    message(FATAL_ERROR "stderr:\n${last_stderr}\nexpected:\n${expected}")
  endif()
  if(EXISTS "${WORK_DIR}/out")
    message(FATAL_ERROR "an invalid game file created ${WORK_DIR}/out")
  endif()

elseif(MODE STREQUAL "mistakes")
  run_report(tests/cli/three-mistakes.game.toml 1)
  set(file "tests/cli/three-mistakes.game.toml")
  set(expected "${file}:6:15: error: a weight must be a whole number\n${file}:7:9: error: quota 'half' is not a number of votes, a share like 50% or 2/3, or 'majority'\n${file}:8:11: error: unknown key 'indexes' (did you mean 'indices'?)\n")
  if(NOT last_stderr STREQUAL expected)
    message(FATAL_ERROR "stderr:\n${last_stderr}\nexpected:\n${expected}")
  endif()
  if(EXISTS "${WORK_DIR}/out")
    message(FATAL_ERROR "an invalid game file created ${WORK_DIR}/out")
  endif()

elseif(MODE STREQUAL "unreadable")
  run_report(tests/cli/no-such.game.toml 3)
  if(NOT last_stderr STREQUAL "tests/cli/no-such.game.toml: error: cannot read file: No such file or directory\n")
    message(FATAL_ERROR "stderr:\n${last_stderr}")
  endif()
  if(EXISTS "${WORK_DIR}/out")
    message(FATAL_ERROR "an unreadable game file created ${WORK_DIR}/out")
  endif()

else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
