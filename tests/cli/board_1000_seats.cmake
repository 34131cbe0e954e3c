# `jvgov report` of a board of 1,000 one-vote directors with 10 matters
# (tests/cli/board-1000-seats.toml): exit 0 within TIMEOUT seconds (20 in a release build) (it took about 3 minutes before the
# weight-class profiles, model/power/weight_classes.hpp), with values checked by hand:
# - every director of the one-vote board is symmetric, so each has 1/1000 of the power and an
#   appointer's directors together their share of the seats (400, 300, 200, 99 and 1 of 1000);
#   with Alpha's 400 directors excluded, 1/600 each of the 600 others;
# - a veto: the 1000 seats without the party's fall short of the quota (2/3: 667; 70%: 700; 75%:
#   750; 90%: 900): Alpha (600 left) on the budget, investments and plan, Beta (700 left) on the
#   plan and the charter, Gamma (800 left) on the charter; Beta (300 of 600 left, more than half
#   needed) on the related-party contracts.
string(REPLACE "|" ";" JVGOV "${JVGOV}")  # a |-separated command (tests/cli/CMakeLists.txt)
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${JVGOV} report ${SOURCE_DIR}/tests/cli/board-1000-seats.toml
  --out ${WORK_DIR} RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT ${TIMEOUT})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "expected exit 0, got ${rc}\n${err}")
endif()
file(READ ${WORK_DIR}/summary.md summary)
foreach(row
    "| Ordinary business | untagged | 2/5 | 3/10 | 1/5 | 99/1000 | 1/1000 |"
    "| Annual budget | untagged | **veto** · 2/5 | 3/10 | 1/5 | 99/1000 | 1/1000 |"
    "| Business plan | untagged | **veto** · 2/5 | **veto** · 3/10 | 1/5 | 99/1000 | 1/1000 |"
    "| Related-party contracts | untagged | may not vote | **veto** · 1/2 | 1/3 | 33/200 | 1/600 |"
    "| Major investments | untagged | **veto** · 2/5 | 3/10 | 1/5 | 99/1000 | 1/1000 |"
    "| Charter changes | untagged | **veto** · 2/5 | **veto** · 3/10 | **veto** · 1/5 | 99/1000 | 1/1000 |"
    "| Dissolution | untagged | **veto** · 2/5 | **veto** · 3/10 | **veto** · 1/5 | **veto** · 99/1000 | **veto** · 1/1000 |")
  string(FIND "${summary}" "${row}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "summary.md has no row '${row}':\n${summary}")
  endif()
endforeach()
file(READ ${WORK_DIR}/voting-power.md power)
string(FIND "${power}" "| Alpha Corp director 2 | 0.10% | 1/1000 (0.0010) | 1/1000 (0.0010) | — |"
  at)
if(at EQUAL -1)
  message(FATAL_ERROR "voting-power.md does not give Alpha Corp director 2 1/1000")
endif()
