# Every Catch2 test case of TESTS (the jvgov_tests executable) must reach ctest whole: a ';' in a
# name (outside square brackets, where CMake keeps it) splits it into list elements in
# catch_discover_tests, and the pieces match no test case, so it never runs (four test cases were
# lost that way). Fails naming each such test case.
# (Catch2 2's --list-test-names-only exits with the number of test cases, not 0.)
execute_process(COMMAND ${TESTS} --list-test-names-only OUTPUT_VARIABLE names)
if(NOT names MATCHES "compute_power")
  message(FATAL_ERROR "${TESTS} --list-test-names-only listed no test case:\n${names}")
endif()
# Square brackets (e.g. "[39; 7x5, 1x10]") keep their ';' in CMake lists: drop them first.
string(REGEX REPLACE "\\[[^]\n]*\\]" "" outside_brackets "${names}")
string(REGEX MATCHALL "[^\n]*;[^\n]*" bad "${outside_brackets}")
if(bad)
  message(FATAL_ERROR "test case names with ';' never run under ctest (use ',' instead):\n${bad}")
endif()
