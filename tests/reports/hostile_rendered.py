#!/usr/bin/env python3
"""A party named with raw HTML and markdown syntax prints literally in all three renderers.

The model tests/cli/hostile-names.toml, with its party `alpha` renamed to NAME below, is reported
(`jvgov report`); every markdown file is rendered by cmark-gfm (GitHub's renderer, its GFM
extensions, raw HTML let through as GitHub's parser does before its sanitiser), by pandoc to HTML,
and by pandoc to DOCX (read back to HTML by pandoc). In each rendering:
- no raw HTML of the name gets through: no <script> element, no <img src="x">, no onerror
  attribute, no <em>Ltd</em>, <em>x</em> or <code>tick</code> made of the name's markup;
- the text a reader sees holds the name literally wherever it holds "alert(1)" (outside code
  blocks, where the mermaid diagrams write it in their own escaping), at least once per file.
Usage: hostile_rendered.py JVGOV SOURCE_DIR WORK_DIR. Needs pandoc and cmark-gfm."""

import html.parser
import os
import re
import shutil
import subprocess
import sys

NAME = "<script>alert(1)</script> <img src=x onerror=alert(2)> *Ltd* | `tick` _x_"


class Text(html.parser.HTMLParser):
    """The text a reader sees (outside <pre>) and the tags and attributes of the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.tags, self.in_pre = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "pre":
            self.in_pre += 1

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre -= 1

    def handle_data(self, data):
        if not self.in_pre:
            self.parts.append(data)


def leaks(rendered):
    page = Text()
    page.feed(rendered)
    problems = []
    for tag, attrs in page.tags:
        if tag == "script":
            problems.append("a <script> element")
        if tag == "img" and attrs.get("src") == "x":
            problems.append('an <img src="x"> element')
        if "onerror" in attrs:
            problems.append("an onerror attribute")
    for markup in ("<em>Ltd</em>", "<em>x</em>", "<code>tick</code>"):
        if markup in rendered:
            problems.append(markup + " made of the name's markup")
    text = re.sub(r"\s+", " ", "".join(page.parts))
    mentions, literal = text.count("alert(1)"), text.count(NAME)
    return problems, mentions, literal


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def main():
    jvgov, source_dir, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    with open(os.path.join(source_dir, "tests/cli/hostile-names.toml"), encoding="utf-8") as f:
        model = f.read()
    hostile = re.compile(r'^name = "<script>.*"$', re.MULTILINE)
    toml_name = NAME.replace("\\", "\\\\").replace('"', '\\"')
    model, count = hostile.subn(lambda _: f'name = "{toml_name}"', model)
    assert count == 1, "tests/cli/hostile-names.toml no longer has the hostile name line"
    model_file = os.path.join(work, "hostile.toml")
    with open(model_file, "w", encoding="utf-8") as f:
        f.write(model)
    out = os.path.join(work, "reports")
    run([jvgov, "report", model_file, "--out", out])
    reports = sorted(os.path.join(folder, name)
                     for folder, _, names in os.walk(out) for name in names
                     if name.endswith(".md"))
    failures, checked = [], 0
    for path in reports:
        with open(path, encoding="utf-8") as f:
            markdown = f.read()
        renderings = {
            "cmark-gfm": run(["cmark-gfm", "--unsafe", "--extension", "table", "--extension",
                              "autolink", "--extension", "strikethrough", "--extension",
                              "tagfilter", path]),
            "pandoc HTML": run(["pandoc", "-f", "gfm", "-t", "html", path]),
        }
        docx = path[:-3] + ".docx"
        run(["pandoc", "-f", "gfm", "-t", "docx", "-o", docx, os.path.basename(path)],
            cwd=os.path.dirname(path))
        renderings["pandoc DOCX"] = run(["pandoc", "-f", "docx", "-t", "html", docx])
        for renderer, rendered in renderings.items():
            problems, mentions, literal = leaks(rendered)
            if "alert(1)" in markdown and (mentions == 0 or literal != mentions):
                problems.append(f"the name is literal in {literal} of its {mentions} mentions")
            checked += 1
            for problem in problems:
                failures.append(f"{os.path.relpath(path, out)} ({renderer}): {problem}")
    for failure in failures:
        print(failure)
    print(f"hostile_rendered: {len(reports)} reports, {checked} renderings, "
          f"{len(failures)} problems")
    return 1 if failures or len(reports) < 3 else 0


if __name__ == "__main__":
    sys.exit(main())
