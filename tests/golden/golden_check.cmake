# End-to-end checks of `jvgov report` on the mini model, run by ctest (label "golden"):
#   cmake -DJVGOV=<jvgov> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -DMODE=<mode> -P golden_check.cmake
# The command runs in SOURCE_DIR so reports show the model path as "tests/golden/mini.toml".
# MODE:
#   compare       the written files (every file under the output directory: markdown, JSON, SVG,
#                 explanations) are exactly the committed tests/golden/mini/** ones, byte for byte
#   deterministic two runs into two directories give the same files with identical bytes
#   keep-on-error an invalid model exits 1, prints diagnostics and leaves an existing report
#                 untouched (same bytes, same mtime, no new file)
#   bad-as-of     a malformed --as-of exits 2 and writes nothing
#   as-of         --as-of writes governance.md, control.md and voting-power.md (with their
#                 companion files) and no "-latest" file, described as of that date
#   io-error      an unwritable output directory or an unreadable model exits 3, naming the path
#   mutations     changing any one input number or date changes the report
cmake_minimum_required(VERSION 3.25)

set(golden_dir "${SOURCE_DIR}/tests/golden/mini")
function(run_report out_dir model expected_exit)
  execute_process(COMMAND "${JVGOV}" report "${model}" --out "${out_dir}" ${ARGN}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT exit_code STREQUAL expected_exit)
    message(FATAL_ERROR "jvgov report ${model} exited ${exit_code}, expected ${expected_exit}\n${stderr}")
  endif()
  if(NOT stdout STREQUAL "")
    message(FATAL_ERROR "jvgov report wrote to stdout:\n${stdout}")
  endif()
  set(last_stderr "${stderr}" PARENT_SCOPE)
endfunction()

function(require_same a b)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${a}" "${b}" RESULT_VARIABLE differ)
  if(differ)
    message(FATAL_ERROR "${a} differs from ${b}\n(run the update-golden target if the change is intended)")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# The files under `dir`, relative to it, sorted.
function(files_under dir result)
  file(GLOB_RECURSE files RELATIVE "${dir}" "${dir}/*")
  list(SORT files)
  set(${result} "${files}" PARENT_SCOPE)
endfunction()

# The two directories hold the same files with the same bytes.
function(require_same_tree a b)
  files_under("${a}" files_a)
  files_under("${b}" files_b)
  if(NOT files_a STREQUAL files_b)
    message(FATAL_ERROR "${a} holds ${files_a}\n${b} holds ${files_b}\n(run the update-golden target if the change is intended)")
  endif()
  foreach(file IN LISTS files_a)
    require_same("${a}/${file}" "${b}/${file}")
  endforeach()
endfunction()

if(MODE STREQUAL "compare")
  run_report("${WORK_DIR}/out" tests/golden/mini.toml 0)
  require_same_tree("${WORK_DIR}/out" "${golden_dir}")
  files_under("${WORK_DIR}/out" written)
  foreach(file IN LISTS written)
    if(NOT last_stderr MATCHES "jvgov: wrote [^\n]*/out/${file}\n")
      message(FATAL_ERROR "stderr does not list ${file}:\n${last_stderr}")
    endif()
  endforeach()

elseif(MODE STREQUAL "deterministic")
  run_report("${WORK_DIR}/one" tests/golden/mini.toml 0)
  run_report("${WORK_DIR}/two" tests/golden/mini.toml 0)
  require_same_tree("${WORK_DIR}/one" "${WORK_DIR}/two")

elseif(MODE STREQUAL "keep-on-error")
  file(COPY "${golden_dir}/governance.md" DESTINATION "${WORK_DIR}/out")
  file(TIMESTAMP "${WORK_DIR}/out/governance.md" before "%Y-%m-%dT%H:%M:%S")
  execute_process(COMMAND ${CMAKE_COMMAND} -E sleep 1.1)
  run_report("${WORK_DIR}/out" tests/golden/invalid.toml 1)
  if(NOT last_stderr MATCHES "tests/golden/invalid.toml:4:10: error: unknown party 'nobody'")
    message(FATAL_ERROR "missing diagnostic on stderr:\n${last_stderr}")
  endif()
  require_same("${WORK_DIR}/out/governance.md" "${golden_dir}/governance.md")
  file(TIMESTAMP "${WORK_DIR}/out/governance.md" after "%Y-%m-%dT%H:%M:%S")
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "governance.md was rewritten: mtime ${before} -> ${after}")
  endif()
  file(GLOB written RELATIVE "${WORK_DIR}/out" "${WORK_DIR}/out/*" "${WORK_DIR}/out/.*")
  if(NOT written STREQUAL "governance.md")
    message(FATAL_ERROR "unexpected files after a failed run: ${written}")
  endif()

elseif(MODE STREQUAL "bad-as-of")
  run_report("${WORK_DIR}/out" tests/golden/mini.toml 2 --as-of 2025-02-30)
  if(EXISTS "${WORK_DIR}/out")
    message(FATAL_ERROR "a usage error created ${WORK_DIR}/out")
  endif()

elseif(MODE STREQUAL "as-of")
  run_report("${WORK_DIR}/out" tests/golden/mini.toml 0 --as-of 2026-01-15)
  file(GLOB written RELATIVE "${WORK_DIR}/out" "${WORK_DIR}/out/*.md")
  list(SORT written)
  if(NOT written STREQUAL "control.md;governance.md;summary.md;voting-power.md")
    message(FATAL_ERROR "--as-of wrote: ${written}")
  endif()
  files_under("${WORK_DIR}/out" all_written)
  if(all_written MATCHES "latest")
    message(FATAL_ERROR "--as-of wrote a -latest file: ${all_written}")
  endif()
  file(STRINGS "${WORK_DIR}/out/control.md" control_title LIMIT_COUNT 1)
  if(NOT control_title STREQUAL "# Ownership and control of Mini JV as of 2026-01-15")
    message(FATAL_ERROR "unexpected control report title: ${control_title}")
  endif()
  file(STRINGS "${WORK_DIR}/out/voting-power.md" power_title LIMIT_COUNT 1)
  if(NOT power_title STREQUAL "# Voting power in Mini JV as of 2026-01-15")
    message(FATAL_ERROR "unexpected voting-power report title: ${power_title}")
  endif()
  file(STRINGS "${WORK_DIR}/out/governance.md" title LIMIT_COUNT 1)
  if(NOT title STREQUAL "# Governance of Mini JV as of 2026-01-15")
    message(FATAL_ERROR "unexpected title: ${title}")
  endif()

elseif(MODE STREQUAL "io-error")
  file(WRITE "${WORK_DIR}/plain-file" "not a directory\n")
  run_report("${WORK_DIR}/plain-file/out" tests/golden/mini.toml 3)
  if(NOT last_stderr MATCHES "jvgov: error: cannot write [^\n]*plain-file/out: ")
    message(FATAL_ERROR "no I/O error naming the path:\n${last_stderr}")
  endif()
  run_report("${WORK_DIR}/out" "${WORK_DIR}/missing.toml" 3)
  if(NOT last_stderr MATCHES "missing.toml: error: cannot read file")
    message(FATAL_ERROR "no read error naming the model:\n${last_stderr}")
  endif()
  if(EXISTS "${WORK_DIR}/out")
    message(FATAL_ERROR "an unreadable model created ${WORK_DIR}/out")
  endif()

elseif(MODE STREQUAL "mutations")
  file(READ "${SOURCE_DIR}/tests/golden/mini.toml" original)
  # Each pair: a text that occurs exactly once in mini.toml, and its replacement.
  set(mutations
    "economic = \"1/3\"\nvoting = \"40%\"\ncommitted_usd = \"5e9\"" "economic = \"3/10\"\nvoting = \"40%\"\ncommitted_usd = \"5e9\""
    "voting = \"40%\"\ncommitted_usd = \"2.5e9\"" "voting = \"35%\"\ncommitted_usd = \"2.5e9\""
    "committed_usd = \"5e9\"" "committed_usd = \"6e9\""
    "economic = \"20%\"" "economic = \"25%\""
    "economic = \"60%\"" "economic = \"65%\""
    "voting = \"100%\"" "voting = \"90%\""
    "count = 2, directors = [\"ann\"]" "count = 3, directors = [\"ann\"]"
    "at_least = \"60%\"" "at_least = \"70%\""
    "rule = { more_than = \"50%\" }" "rule = { more_than = \"60%\" }"
    "at_least = \"2/3\"" "at_least = \"3/4\""
    "count_more_than = \"50%\"" "count_more_than = \"60%\""
    "until = 2026-02-01" "until = 2026-01-15"
    "id = \"announced\"\ndate = 2025-03-01" "id = \"announced\"\ndate = 2025-02-28"
    "as_of = 2025-03-01" "as_of = 2025-03-02")
  # The mutated file always has the same path (shown in the reports): compare with a baseline
  # run of the unchanged text at that path.
  file(WRITE "${WORK_DIR}/mutated.toml" "${original}")
  run_report("${WORK_DIR}/baseline" "${WORK_DIR}/mutated.toml" 0)
  list(LENGTH mutations count)
  math(EXPR last "${count} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET mutations ${i} from)
    list(GET mutations ${j} to)
    string(FIND "${original}" "${from}" first)
    string(FIND "${original}" "${from}" final REVERSE)
    if(first EQUAL -1 OR NOT first EQUAL final)
      message(FATAL_ERROR "mutation source must occur exactly once in mini.toml: ${from}")
    endif()
    string(REPLACE "${from}" "${to}" mutated "${original}")
    file(WRITE "${WORK_DIR}/mutated.toml" "${mutated}")
    run_report("${WORK_DIR}/out${i}" "${WORK_DIR}/mutated.toml" 0)
    set(changed FALSE)
    file(GLOB reports RELATIVE "${WORK_DIR}/baseline" "${WORK_DIR}/baseline/*.md")
    foreach(report IN LISTS reports)
      execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
        "${WORK_DIR}/out${i}/${report}" "${WORK_DIR}/baseline/${report}" RESULT_VARIABLE differ)
      if(differ)
        set(changed TRUE)
      endif()
    endforeach()
    if(NOT changed)
      message(FATAL_ERROR "changing '${from}' to '${to}' left the reports unchanged")
    endif()
  endforeach()

else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
