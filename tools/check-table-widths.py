#!/usr/bin/env python3
"""Checks that no table of the reports is wider than a page 1280 px wide once pandoc has made it
HTML. Every report (*.md under the folder given, default reports/) is converted with pandoc's GFM
reader to standalone HTML, as tools/render-html.sh does (body 1180 px wide: the page less pandoc's
50 px margins, tools/html-page-width.html; text 20 px, pandoc's default). A browser can make a table no narrower than its
min-content width: for each column, the widest unbreakable piece of its cells plus the cell's
horizontal padding (1 em in pandoc's style sheet). A piece ends at a space, and after a hyphen or
a dash between letters ("Shapley–" "Shubik", "non-" "voting"), where the Unicode line-breaking
rules (UAX #14) let a browser break; nowhere else (not inside a URL or a date). The sum over the columns must fit the body.

Words are measured with the advance widths of DejaVu Serif (Book for cells, Bold for headers),
read from the font file: pandoc's style sheet asks for Georgia, which Debian does not ship, and
DejaVu Serif is wider than Georgia, so the estimate errs on the wide side.

  tools/check-table-widths.py [REPORTS_DIR]

Prints one line per table too wide (report, table number, its header, its min-content width) and a
total; exits 1 when a table is too wide. Needs pandoc (Debian: pandoc) and fonts-dejavu-core."""

import concurrent.futures
import html.parser
import os
import re
import struct
import subprocess
import sys

from report_files import markdown_reports

PAGE = 1280
MARGINS = 100  # pandoc's body padding, 50 px each side
BODY = PAGE - MARGINS
JOBS = int(os.environ.get("JOBS", "2"))  # pandoc processes at a time
FONT_SIZE = 20  # px, pandoc's default style sheet
CELL_PADDING = 1.0 * FONT_SIZE  # 0.5em left + 0.5em right
FONTS = {
    False: "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    True: "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
}


class Font:
    """Advance widths of a TrueType font: the cmap (format 4, Unicode BMP) and hmtx tables."""

    def __init__(self, path):
        with open(path, "rb") as file:
            data = file.read()
        tables = {}
        count = struct.unpack_from(">H", data, 4)[0]
        for i in range(count):
            tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            tables[tag.decode("latin-1")] = offset
        self.units_per_em = struct.unpack_from(">H", data, tables["head"] + 18)[0]
        metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        self.advances = [struct.unpack_from(">H", data, tables["hmtx"] + 4 * i)[0]
                         for i in range(metrics)]
        self.glyph_of = {}
        cmap = tables["cmap"]
        subtables = struct.unpack_from(">H", data, cmap + 2)[0]
        for i in range(subtables):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
            if (platform, encoding) == (3, 1) and struct.unpack_from(">H", data, cmap + offset)[0] == 4:
                self._read_format4(data, cmap + offset)
                break

    def _read_format4(self, data, at):
        segments = struct.unpack_from(">H", data, at + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", data, at + 14)
        starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
        range_at = at + 16 + 6 * segments
        ranges = struct.unpack_from(f">{segments}H", data, range_at)
        for s in range(segments):
            for code in range(starts[s], ends[s] + 1):
                if code == 0xFFFF:
                    continue
                if ranges[s] == 0:
                    glyph = (code + deltas[s]) & 0xFFFF
                else:
                    where = range_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                    glyph = struct.unpack_from(">H", data, where)[0]
                    if glyph:
                        glyph = (glyph + deltas[s]) & 0xFFFF
                self.glyph_of[code] = glyph

    def width(self, text, size):
        total = 0
        for char in text:
            glyph = self.glyph_of.get(ord(char), 0)
            total += self.advances[min(glyph, len(self.advances) - 1)]
        return total * size / self.units_per_em


class Tables(html.parser.HTMLParser):
    """The tables of an HTML document: for each, its rows of cells (text, is a header)."""

    def __init__(self):
        super().__init__()
        self.tables = []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = [tag == "th", ""]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append((self.cell[1], self.cell[0]))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[1] += data


# A break opportunity: after a hyphen or dash that follows a letter and precedes one.
BREAK_AFTER_DASH = re.compile(r"(?<=[^\W\d_][-\u2010\u2013\u2014])(?=[^\W\d_])")


def pieces(text):
    """The unbreakable pieces of a cell's text."""
    return [piece for word in text.split() for piece in BREAK_AFTER_DASH.split(word)] or [""]


def min_content_widths(rows, fonts):
    columns = max((len(row) for row in rows), default=0)
    widths = [0.0] * columns
    for row in rows:
        for column, (text, header) in enumerate(row):
            widest = max(fonts[header].width(piece, FONT_SIZE) for piece in pieces(text))
            widths[column] = max(widths[column], widest + CELL_PADDING)
    return widths


def html_tables(report):
    """The tables of the report's pandoc HTML (none without a table row in the markdown)."""
    with open(report, encoding="utf-8") as file:
        markdown = file.read()
    if "\n|" not in markdown:
        return []
    html = subprocess.run(["pandoc", "-f", "gfm", "-t", "html5", "--standalone",
                           "--metadata", "pagetitle=report"], input=markdown,
                          capture_output=True, text=True, check=True).stdout
    parser = Tables()
    parser.feed(html)
    return parser.tables


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "reports"
    fonts = {bold: Font(path) for bold, path in FONTS.items()}
    reports = markdown_reports(folder)
    tables = too_wide = 0
    widest = (0.0, "")
    with concurrent.futures.ThreadPoolExecutor(JOBS) as pool:
        rendered = list(pool.map(html_tables, reports))
    for report, report_tables in zip(reports, rendered):
        for number, rows in enumerate(report_tables, start=1):
            tables += 1
            width = sum(min_content_widths(rows, fonts))
            header = " | ".join(text for text, _ in rows[0]) if rows else ""
            if width > widest[0]:
                widest = (width, f"{os.path.relpath(report, folder)} table {number}")
            if width > BODY:
                too_wide += 1
                print(f"{os.path.relpath(report, folder)}: table {number} ({header}) needs "
                      f"{width:.0f} px, more than the {BODY} px of a {PAGE} px page")
    print(f"check-table-widths: {tables} tables in {len(reports)} reports, {too_wide} wider than "
          f"a {PAGE} px page; the widest needs {widest[0]:.0f} px ({widest[1]})")
    return 1 if too_wide else 0


if __name__ == "__main__":
    sys.exit(main())
