#!/usr/bin/env python3
"""Checks that no report cites what a reader cannot open: research fact codes ("S7", "E2", "O7",
"SB3", "L12", "Q10", "M4", ...) and research files or folders ("domain_facts", "later_facts",
"mission_anchors", "claims.md", "shared/", "seed 000"). Every *.md under the folder given
(default reports/) is read line by line; each hit is printed as "file:line: code" and the exit
status is 1 when there is any. Codes that are the reader's own words, not research codes, are
excepted explicitly below, each with its reason."""

import os
import re
import sys

from report_files import markdown_reports

CODE = re.compile(r"\b(?:S|E|O|SB|X|I|U|T|L|Q|M|G)[0-9]+\b")
FILES = re.compile(r"domain_facts|later_facts|mission_anchors|claims\.md|shared/|"
                   r"\bseed[ _-]?0[0-9]", re.IGNORECASE)

# (file name or None for every file, pattern of the whole hit in its context, reason)
EXCEPTIONS = [
    (None, re.compile(r"\bG42\b"), "G42, the Abu Dhabi technology company"),
    (None, re.compile(r"\bQ[1-4] (?:FY|20[0-9][0-9])"), "a calendar or fiscal quarter"),
    (None, re.compile(r"\bL233-[0-9]"), "article L233-3 of the French Code de commerce"),
    ("unsc.md", re.compile(r"\bE(?:[1-9]|10)\b"),
     "E1..E10, the UN Security Council's elected members: the game file's own player ids"),
]


def excepted(path, line, start, end):
    for name, pattern, _ in EXCEPTIONS:
        if name is not None and os.path.basename(path) != name:
            continue
        for match in pattern.finditer(line):
            if match.start() <= start and end <= match.end():
                return True
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "reports"
    reports = markdown_reports(root)
    if not reports:
        print(f"check-reader-text: no reports under {root}", file=sys.stderr)
        return 2
    hits = 0
    for path in reports:
        with open(path, encoding="utf-8") as report:
            for number, line in enumerate(report, start=1):
                for pattern in (CODE, FILES):
                    for match in pattern.finditer(line):
                        if pattern is CODE and excepted(path, line, match.start(), match.end()):
                            continue
                        hits += 1
                        print(f"{path}:{number}: {match.group(0)}")
    print(f"check-reader-text: {len(reports)} reports, {hits} research codes or file names")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
