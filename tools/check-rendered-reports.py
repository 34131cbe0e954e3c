#!/usr/bin/env python3
"""Checks that the reports survive the reader's tools: every report (*.md under the folder given,
default reports/) is converted with pandoc's GFM reader to HTML (links between reports rewritten
to .html by md-links-to-html.lua, as tools/render-html.sh does) and to DOCX, and read as GitHub
reads it (heading identifiers computed by GitHub's rule). It counts:
- in-page links ("#id") and those that resolve to no identifier of the HTML, no bookmark of the
  DOCX, or no GitHub heading identifier;
- links to other reports and files ("control.md#who-controls-it", "chart.svg") and those whose
  file does not exist or whose fragment is no identifier of that report's HTML;
- bare URLs (an http(s) address in the text that is not a link without GFM's autolinking).
Prints one line per report with a problem and a total; exits 1 when anything does not resolve.
Needs pandoc (Debian: pandoc) and python3."""

import concurrent.futures
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

from report_files import markdown_reports

HERE = os.path.dirname(os.path.abspath(__file__))
LUA_FILTER = os.path.join(HERE, "md-links-to-html.lua")
JOBS = int(os.environ.get("JOBS", "2"))  # pandoc processes at a time


def pandoc(args, path, output=None):
    command = ["pandoc", "-f", "gfm"] + args + [os.path.basename(path)]
    if output:
        command += ["-o", output]
    result = subprocess.run(command, cwd=os.path.dirname(path) or ".", capture_output=True,
                            text=True, check=True)
    return result.stdout


class HtmlLinks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.add(value)
            if tag == "a" and name == "href" and value is not None:
                self.hrefs.append(value)


def html_links(path):
    parser = HtmlLinks()
    parser.feed(pandoc(["-t", "html5", "--lua-filter", LUA_FILTER], path))
    return parser.ids, parser.hrefs


def docx_links(path):
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "report.docx")
        pandoc(["-t", "docx"], path, output)
        with zipfile.ZipFile(output) as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
    bookmarks = set(re.findall(r'<w:bookmarkStart [^>]*w:name="([^"]*)"', xml))
    anchors = re.findall(r'<w:hyperlink [^>]*w:anchor="([^"]*)"', xml)
    return bookmarks, anchors


def stringify(inlines):
    out = []
    for element in inlines:
        kind, content = element["t"], element.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Code", "Math"):
            out.append(content[1])
        elif kind in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps",
                      "Underline"):
            out.append(stringify(content))
        elif kind in ("Link", "Span", "Quoted", "Cite"):
            out.append(stringify(content[1] if kind != "Quoted" else content[1]))
    return "".join(out)


def github_slug(text):
    """GitHub's heading identifier (github-slugger): lower-cased, every character other than a
    letter, mark, number, connector punctuation ('_'), space or '-' removed, spaces to '-'."""
    kept = [c for c in text.lower()
            if c in " -" or unicodedata.category(c)[0] in "LMN" or unicodedata.category(c) == "Pc"]
    return "".join(kept).replace(" ", "-")


def walk(node, visit):
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            walk(value, visit)


def github_links(path):
    """Heading identifiers as GitHub makes them, the in-page link targets, and the bare URLs
    (read without GFM's autolinking of bare addresses, which pandoc and GitHub do but not every
    renderer)."""
    ast = json.loads(pandoc(["-t", "json"], path))
    ids, seen, targets = set(), {}, []

    def visit(node):
        if node.get("t") == "Header":
            slug = github_slug(stringify(node["c"][2]))
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            ids.add(slug if count == 0 else f"{slug}-{count}")
        elif node.get("t") == "Link":
            target = node["c"][2][0]
            if target.startswith("#"):
                targets.append(target[1:])

    walk(ast["blocks"], visit)
    bare = []
    plain = json.loads(pandoc(["-t", "json", "-f", "gfm-autolink_bare_uris"], path))

    def find_bare(node, in_link=False):
        if isinstance(node, dict):
            kind = node.get("t")
            if kind == "Str" and not in_link and re.search(r"https?://|www\.", node["c"]):
                bare.append(node["c"])
            if kind in ("Link", "Image", "Code", "CodeBlock", "RawInline", "RawBlock"):
                in_link = True
            for value in node.values():
                find_bare(value, in_link)
        elif isinstance(node, list):
            for value in node:
                find_bare(value, in_link)

    find_bare(plain["blocks"])
    return ids, targets, bare


def names(items):
    """ "#a, #b, #c and 4 more": the first few of a list of problems."""
    unique = sorted(set(items))
    shown = ", ".join(unique[:5])
    return shown + (f" and {len(unique) - 5} more" if len(unique) > 5 else "")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "reports"
    reports = markdown_reports(root)
    if not reports:
        print(f"check-rendered-reports: no reports under {root}", file=sys.stderr)
        return 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        html = dict(zip(reports, pool.map(html_links, reports)))
        docx = dict(zip(reports, pool.map(docx_links, reports)))
        github = dict(zip(reports, pool.map(github_links, reports)))
    totals = dict(in_page=0, html=0, docx=0, github=0, other=0, other_bad=0, bare=0)
    failed = False
    for path in reports:
        ids, hrefs = html[path]
        in_page = [h[1:] for h in hrefs if h.startswith("#")]
        html_bad = [t for t in in_page if t not in ids]
        bookmarks, anchors = docx[path]
        docx_bad = [t for t in anchors if t not in bookmarks]
        github_ids, github_targets, bare = github[path]
        github_bad = [t for t in github_targets if t not in github_ids]
        other, other_bad = 0, []
        for href in hrefs:
            if href.startswith("#") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href):
                continue
            other += 1
            file_part, _, fragment = href.partition("#")
            target = os.path.normpath(os.path.join(os.path.dirname(path), file_part))
            source = target[:-5] + ".md" if target.endswith(".html") else target
            if not os.path.exists(source):
                other_bad.append(href)
            elif fragment and (source not in html or fragment not in html[source][0]):
                other_bad.append(href)
        totals["in_page"] += len(in_page)
        totals["html"] += len(html_bad)
        totals["docx"] += len(docx_bad) + max(0, len(in_page) - len(anchors))
        totals["github"] += len(github_bad)
        totals["other"] += other
        totals["other_bad"] += len(other_bad)
        totals["bare"] += len(bare)
        problems = []
        if html_bad:
            problems.append("HTML: " + names("#" + t for t in html_bad))
        if docx_bad or len(anchors) < len(in_page):
            problems.append(f"DOCX: {len(in_page) - len(anchors)} links lost, unresolved "
                            + names("#" + t for t in docx_bad))
        if github_bad:
            problems.append("GitHub (no such heading): " + names("#" + t for t in github_bad))
        if other_bad:
            problems.append("other reports or files: " + names(other_bad))
        if bare:
            problems.append("bare URLs: " + names(bare))
        if problems:
            failed = True
            print(f"{path}: " + "; ".join(problems))
    print(f"{len(reports)} reports: {totals['in_page']} in-page links, unresolved: "
          f"{totals['html']} in HTML, {totals['docx']} in DOCX, {totals['github']} on GitHub; "
          f"{totals['other']} links to other reports and files, {totals['other_bad']} unresolved "
          f"(HTML, .md rewritten to .html); {totals['bare']} bare URLs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
