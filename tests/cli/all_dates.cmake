# `jvgov report data/stargate.toml --all-dates --out WORK_DIR`: one folder per date on which the
# entity exists, each with its four reports, and timeline.md listing every date and linking each
# folder's reports. The dates, counted by hand from the model's [[events]] dates and its as_of
# (an event known only to its month on the month's last day; computed with
#   awk '/^\[\[events\]\]/{e=1;next} /^\[/{e=0} e && /^date = /{print $3}' data/stargate.toml |
#   tr -d '"' | while read d; do [ ${#d} = 7 ] && date -d "$d-01 +1 month -1 day" +%F ||
#   echo $d; done | sort -u
# ): 56 distinct dates from 2019-03-11 to 2026-07-01 (the as_of 2025-01-22 is also an event
# date); the JV is announced on 2025-01-21 and exists from then on, so the 12 dates before it
# get a "No reports" line and 44 dates get a folder. Update the counts when data/stargate.toml
# gains events.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${JVGOV} report data/stargate.toml --all-dates --out ${WORK_DIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err WORKING_DIRECTORY ${SOURCE_DIR})
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "exit ${rc}\n${err}")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "expected nothing on stdout, got:\n${out}")
endif()
if(NOT EXISTS ${WORK_DIR}/timeline.md)
  message(FATAL_ERROR "no timeline.md")
endif()
file(READ ${WORK_DIR}/timeline.md timeline)

# Every date of the timeline is a heading "## YYYY-MM-DD".
string(REGEX MATCHALL "\n## [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\n" headings "${timeline}")
list(LENGTH headings heading_count)
if(NOT heading_count EQUAL 56)
  message(FATAL_ERROR "expected 56 dates in timeline.md, found ${heading_count}")
endif()
string(REGEX MATCHALL "No reports: Stargate does not exist on this date" absent "${timeline}")
list(LENGTH absent absent_count)
if(NOT absent_count EQUAL 12)
  message(FATAL_ERROR "expected 12 dates without reports, found ${absent_count}")
endif()
if(NOT timeline MATCHES "\n## 2024-12-26\n\nStatus: \\*\\*not-announced\\*\\*\\. No reports: Stargate does not exist on this date")
  message(FATAL_ERROR "2024-12-26, before the announcement, should say that there are no reports:\n${timeline}")
endif()

# One folder per date with reports, each with its four reports, each linked from the timeline.
file(GLOB entries RELATIVE ${WORK_DIR} ${WORK_DIR}/*)
set(folders "")
foreach(entry IN LISTS entries)
  if(IS_DIRECTORY ${WORK_DIR}/${entry})
    list(APPEND folders ${entry})
  elseif(NOT entry STREQUAL "timeline.md")
    message(FATAL_ERROR "unexpected file ${entry} beside the dated folders")
  endif()
endforeach()
list(LENGTH folders folder_count)
if(NOT folder_count EQUAL 44)
  message(FATAL_ERROR "expected 44 dated folders, found ${folder_count}: ${folders}")
endif()
foreach(folder IN LISTS folders)
  if(NOT folder MATCHES "^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
    message(FATAL_ERROR "folder ${folder} is not named after a date")
  endif()
  if(NOT timeline MATCHES "\n## ${folder}\n")
    message(FATAL_ERROR "folder ${folder} is not a date of the timeline")
  endif()
  foreach(report summary governance control voting-power)
    if(NOT EXISTS ${WORK_DIR}/${folder}/${report}.md)
      message(FATAL_ERROR "${folder}/${report}.md is missing")
    endif()
    string(FIND "${timeline}" "](${folder}/${report}.md)" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "timeline.md does not link ${folder}/${report}.md")
    endif()
  endforeach()
endforeach()
string(REGEX MATCHALL "[(][0-9-]+/summary[.]md[)]" summary_links "${timeline}")
list(LENGTH summary_links summary_link_count)
if(NOT summary_link_count EQUAL 44)
  message(FATAL_ERROR "expected 44 summary links in timeline.md, found ${summary_link_count}")
endif()

# The Foundation (OpenAI's recapitalisation, 2025-10-28) is not a party in January 2025, and is
# one on 2025-10-30.
file(READ ${WORK_DIR}/2025-01-22/governance.md early)
if(early MATCHES "OpenAI Foundation")
  message(FATAL_ERROR "2025-01-22/governance.md names the OpenAI Foundation")
endif()
file(READ ${WORK_DIR}/2025-10-30/governance.md late)
if(NOT late MATCHES "OpenAI Foundation")
  message(FATAL_ERROR "2025-10-30/governance.md does not name the OpenAI Foundation")
endif()

# The first edition has no "What changed"; a later one compares with the previous date, and
# links to the previous and the next date's same report and to the timeline.
file(READ ${WORK_DIR}/2025-01-21/summary.md first)
if(first MATCHES "What changed since")
  message(FATAL_ERROR "the first edition (2025-01-21) says what changed")
endif()
file(READ ${WORK_DIR}/2025-01-23/summary.md later)
if(NOT later MATCHES "\n## What changed since 2025-01-22\n")
  message(FATAL_ERROR "2025-01-23/summary.md lacks 'What changed since 2025-01-22':\n${later}")
endif()
file(READ ${WORK_DIR}/2025-01-23/governance.md later_governance)
foreach(link "[../2025-01-22/governance.md](../2025-01-22/governance.md), the same report as of 2025-01-22, the previous date"
             "[../2025-02-28/governance.md](../2025-02-28/governance.md), the same report as of 2025-02-28, the next date"
             "[../timeline.md](../timeline.md), every date of the model")
  string(FIND "${later_governance}" "${link}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "2025-01-23/governance.md lacks the link '${link}'")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
