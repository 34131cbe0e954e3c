# The governance report of a date shows what is in force or past on that date (issue 13): as of
# 2025-01-22 OpenAI is governed by its nonprofit, and the OpenAI Foundation and OpenAI Group PBC of
# the 2025-10-28 recapitalisation appear nowhere; the -latest edition shows them; the earlier
# edition says in one line that later events exist and links the -latest one.
file(READ ${DIR}/governance.md early)
file(READ ${DIR}/governance-latest.md latest)
foreach(later "Foundation" "OpenAI Group")
  string(FIND "${early}" "${later}" at)
  if(NOT at EQUAL -1)
    string(SUBSTRING "${early}" ${at} 200 context)
    message(FATAL_ERROR "governance.md (2025-01-22) names '${later}': ...${context}")
  endif()
  string(FIND "${latest}" "${later}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "governance-latest.md does not name '${later}'")
  endif()
endforeach()
foreach(expected "| OpenAI Nonprofit (before 2025-10-28) |"
    "(after 2025-01-22) are not shown: this report describes the state on 2025-01-22; see [governance-latest.md](governance-latest.md).")
  string(FIND "${early}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "governance.md (2025-01-22) lacks: ${expected}")
  endif()
endforeach()
