# One golden case of `jvgov explain`, run by ctest (label "explain"):
#   cmake -DJVGOV=<jvgov> -DSOURCE_DIR=<repo> "-DARGS=<arg;arg;...>" -DEXIT=<code>
#         -DSTDOUT=<expected stdout file> -DSTDERR=<expected stderr file> -P explain_check.cmake
# The command runs in SOURCE_DIR (so the default model is data/stargate.toml); its exit code
# must equal EXIT and its stdout and stderr must equal the two files byte for byte.
# With the environment variable JVGOV_UPDATE_GOLDEN set, writes the two files instead (the exit
# code is still checked).
cmake_minimum_required(VERSION 3.25)

execute_process(COMMAND "${JVGOV}" explain ${ARGS}
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
if(DEFINED ENV{JVGOV_UPDATE_GOLDEN})
  file(WRITE "${STDOUT}" "${stdout}")
  file(WRITE "${STDERR}" "${stderr}")
endif()
file(READ "${STDOUT}" expected_stdout)
file(READ "${STDERR}" expected_stderr)
set(failures "")
if(NOT exit_code STREQUAL EXIT)
  string(APPEND failures "exit code ${exit_code}, expected ${EXIT}\n")
endif()
if(NOT stdout STREQUAL expected_stdout)
  string(APPEND failures "stdout differs from ${STDOUT}:\n${stdout}\n")
endif()
if(NOT stderr STREQUAL expected_stderr)
  string(APPEND failures "stderr differs from ${STDERR}:\n${stderr}\n")
endif()
if(failures)
  message(FATAL_ERROR "jvgov explain ${ARGS}: ${failures}")
endif()
