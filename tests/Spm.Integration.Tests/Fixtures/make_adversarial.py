"""Builds the adversarial fixtures of issue 6: one or more real files per way of smuggling classified content
past the screen, breaking the reader, or tripping a false alarm. Run by make_adversarial.sh, in two phases around
LibreOffice:

    /usr/bin/python3 make_adversarial.py openpyxl SMALL.xlsx AKMOLA.xlsx WORK OUT
    (LibreOffice re-saves WORK/lo-in/*.xlsx into WORK/lo-out/)
    /usr/bin/python3 make_adversarial.py surgery WORK OUT

SMALL.xlsx is mne's 2019-H1 template filled by fill_openpyxl.py (one report row, M-41, so every fixture stays a few
KB); AKMOLA.xlsx is akmola's 2019-H1 template filled the same way (22 rows, for the fixtures about the table).
Every file is written with fixed zip timestamps and fixed document dates, so a rerun gives the same bytes for what
openpyxl and Python write; LibreOffice's own output differs in a few bytes between runs (its metadata).

Classified measures are 20-26, 32-38 and 49-60; the report's comment column is H, its first row 8.
"""
import io
import os
import re
import sys
import zipfile
from datetime import datetime, time

import openpyxl
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import FormulaRule, Rule
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.numbers import NumberFormat
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName
from PIL import Image as PilImage
from PIL import PngImagePlugin

FIXED_DATE = datetime(2019, 7, 1, 6, 0, 0)
ZIP_DATE = (2019, 7, 1, 6, 0, 0)
REPORT = "Есеп"


# ---------------------------------------------------------------------------------------------------------------
# zip helpers: every fixture is a list of (part name, bytes), written in that order with fixed timestamps


def read_entries(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write_entries(path, entries, comment=b"", extra=None):
    """Writes a zip; extra maps a part name to the extra field its headers carry."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.external_attr = 0o644 << 16
            info.extra = (extra or {}).get(name, b"")
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
        z.comment = comment


def saved(wb):
    """The entries of a workbook as openpyxl saves it, with fixed document dates."""
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    return read_entries(buffer)


def edit(entries, name, change):
    """Replaces one part's text by change(text); fails when the part is missing or unchanged."""
    out = []
    found = False
    for part, data in entries:
        if part == name:
            found = True
            text = data.decode("utf-8")
            new = change(text)
            if new == text:
                raise SystemExit(f"edit of {name} changed nothing")
            data = new.encode("utf-8")
        out.append((part, data))
    if not found:
        raise SystemExit(f"no part {name}")
    return out


def replace_once(old, new):
    def change(text):
        if text.count(old) != 1:
            raise SystemExit(f"expected exactly one {old!r}")
        return text.replace(old, new)

    return change


def part(entries, name):
    return next(data for p, data in entries if p == name)


def without(entries, name):
    return [(p, d) for p, d in entries if p != name]


def with_parts(entries, *added):
    return list(entries) + list(added)


def normalise_libreoffice(entries):
    """LibreOffice stamps the save time into core.xml; fix it so reruns differ as little as possible."""
    def change(text):
        return re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2019-07-01T06:00:00Z\g<3>", text)

    return [(p, change(d.decode("utf-8")).encode("utf-8") if p == "docProps/core.xml" else d) for p, d in entries]


# ---------------------------------------------------------------------------------------------------------------
# phase 1: openpyxl


def openpyxl_phase(small_path, akmola_path, work, out):
    lo_in = os.path.join(work, "lo-in")
    os.makedirs(lo_in, exist_ok=True)

    def small():
        return openpyxl.load_workbook(small_path)

    def akmola():
        return openpyxl.load_workbook(akmola_path)

    def fixture(name, entries):
        write_entries(os.path.join(out, name), entries)

    def comment_cell(text):
        wb = small()
        wb[REPORT]["H8"] = text
        return saved(wb)

    # 1. a code followed by punctuation
    wb = small()
    wb[REPORT]["E8"].comment = Comment("Толығырақ: M-21.", "agency")
    fixture("punct-comment-fullstop.xlsx", saved(wb))
    fixture("punct-cell-list.xlsx", comment_cell("M-21, M-22 бойынша да орындалды"))

    # 2. look-alikes
    fixture("alike-cyrillic-o.xlsx", comment_cell("М-2О бойынша да"))  # Cyrillic М and О
    fixture("alike-cyrillic-ze.xlsx", comment_cell("М-З3 бойынша да"))  # Cyrillic З for 3
    fixture("alike-greek.xlsx", comment_cell("Μ-2Ο бойынша да"))  # Greek Mu and Omicron
    fixture("alike-math-bold.xlsx", comment_cell("𝐌-𝟐𝟏 бойынша да"))
    fixture("alike-fullwidth.xlsx", comment_cell("Ｍ－２１ бойынша да"))
    fixture("alike-spaced.xlsx", comment_cell("M - 21 бойынша да"))
    fixture("alike-zero-width.xlsx", comment_cell("M\u200b-\u200d2\u20601 бойынша да"))
    fixture("alike-combining.xlsx", comment_cell("M\u0301-2\u03031 бойынша да"))
    wb = small()
    wb.create_sheet("Ｍ－２１")["A1"] = "ескертпе"
    fixture("alike-fullwidth-sheet-name.xlsx", saved(wb))
    wb = small()
    wb.properties.subject = "Kұпия"  # Latin K
    fixture("mark-latin-k-subject.xlsx", saved(wb))

    # 3. shown but not stored as a string
    def number_with_format(fmt):
        wb = small()
        wb[REPORT]["H8"] = 21
        wb[REPORT]["H8"].number_format = fmt
        return wb

    wb = number_with_format('"M-"0')
    fixture("numfmt-quoted.xlsx", saved(wb))
    write_entries(os.path.join(lo_in, "numfmt-quoted-libreoffice.xlsx"), saved(wb))
    fixture("numfmt-escaped.xlsx", saved(number_with_format("\\M\\-0")))
    wb = small()
    wb[REPORT]["H8"] = time(21, 0)  # a time of day alone: serial 0.875, no date
    wb[REPORT]["H8"].number_format = '"M-"hh'
    fixture("numfmt-time-only.xlsx", saved(wb))
    wb = small()
    wb[REPORT]["H8"] = time(13, 0)  # 1 PM on a 12-hour clock
    wb[REPORT]["H8"].number_format = '"M-2"h AM/PM'
    fixture("numfmt-time-12-hour.xlsx", saved(wb))
    wb = number_with_format('"M-"[h]')
    wb[REPORT]["H8"] = 21 / 24  # 21 hours as elapsed time
    fixture("numfmt-elapsed-hours.xlsx", saved(wb))
    wb = number_with_format('"M-"[mm]')
    wb[REPORT]["H8"] = 21 / 1440  # 21 minutes as elapsed time
    fixture("numfmt-elapsed-minutes.xlsx", saved(wb))
    wb = number_with_format('"M-"yy')
    wb.epoch = CALENDAR_MAC_1904
    wb[REPORT]["H8"] = datetime(2021, 3, 1)
    fixture("numfmt-date-1904.xlsx", saved(wb))
    wb = number_with_format('"M-"yy')
    wb.iso_dates = True  # the cell is stored as t="d" with an ISO 8601 date
    wb[REPORT]["H8"] = datetime(2021, 3, 1)
    fixture("numfmt-iso-date.xlsx", saved(wb))
    wb = small()
    wb[REPORT]["J8"] = 21
    rule = Rule(type="expression", formula=["TRUE"], dxf=DifferentialStyle(numFmt=NumberFormat(numFmtId=170, formatCode='"M-"0')))
    wb[REPORT].conditional_formatting.add("J8", rule)
    fixture("numfmt-conditional.xlsx", saved(wb))
    wb[REPORT]["J8"] = "=20+1"
    fixture("numfmt-conditional-formula.xlsx", saved(wb))
    wb = number_with_format('"M-"0')
    rule = Rule(type="expression", formula=["FALSE"], dxf=DifferentialStyle(numFmt=NumberFormat(numFmtId=166, formatCode="0")))
    wb[REPORT].conditional_formatting.add("J8", rule)
    entries = saved(wb)
    if b'numFmtId="166" formatCode="&quot;M-&quot;0"' not in part(entries, "xl/styles.xml"):
        raise SystemExit("expected the cell's format to have id 166")
    fixture("numfmt-dxf-same-id.xlsx", entries)
    wb = number_with_format('"M-"0')
    wb[REPORT]["H8"] = "=20+1"
    fixture("numfmt-formula.xlsx", saved(wb))
    write_entries(os.path.join(lo_in, "numfmt-formula-libreoffice.xlsx"), saved(wb))
    fixture("formula-literals.xlsx", comment_cell('="M-"&"21"'))
    fixture("formula-number.xlsx", comment_cell('="M-"&21'))
    entries = comment_cell('=CHAR(77)&"-21"')
    fixture("formula-char.xlsx", entries)
    write_entries(os.path.join(lo_in, "formula-char-libreoffice.xlsx"), entries)
    wb = small()
    wb.defined_names.append(DefinedName("Eskertu", attr_text='"M-21"'))
    fixture("defined-name-literal.xlsx", saved(wb))

    # 4. text-bearing parts
    png = png_with_text("M-21")
    wb = small()
    wb[REPORT].add_image(Image(io.BytesIO(png)), "J2")
    png_entries = saved(wb)
    fixture("image-png.xlsx", png_entries)
    fixture("image-svg.xlsx", svg_instead_of_png(png_entries))
    fixture("binary-property-part.xlsx", binary_property(saved(small())))
    fixture("custom-xml-part.xlsx", custom_xml(saved(small())))
    write_entries(os.path.join(lo_in, "phonetic-guide.xlsx"), comment_cell("Ескерту жоқ"))
    fixture("phonetic-guide-inline.xlsx", edit(comment_cell("Ескерту жоқ"), "xl/worksheets/sheet1.xml", add_inline_phonetic_guide))

    def header(code):
        wb = small()
        wb[REPORT].oddHeader.center.text = "HFPLACEHOLDER"
        return edit(saved(wb), "xl/worksheets/sheet1.xml", replace_once("&amp;CHFPLACEHOLDER", "&amp;C" + xml_escape(code)))

    fixture("header-bold.xlsx", header("&BM&B-21"))
    fixture("header-colour.xlsx", header("&K00000M-21"))
    fixture("header-font-page.xlsx", header('&"Arial,Bold"M-2&P'))

    # 5. one malformed part early, classified content later
    wb = small()
    wb[REPORT]["H8"].comment = Comment("M-21 бойынша", "agency")
    entries = saved(wb)
    fixture("malformed-app-then-comment.xlsx", truncated_first(entries, "docProps/app.xml"))
    fixture("malformed-styles-then-comment.xlsx", truncated_first(entries, "xl/styles.xml"))

    # 6. a report row whose code is a look-alike of a classified code
    wb = small()
    wb[REPORT]["A8"] = "М-2О"
    fixture("row-code-lookalike.xlsx", saved(wb))

    # 7. a quote in an XML comment, then nesting far deeper than the reader allows (small when compressed)
    fixture("nesting-after-comment-quote.xlsx", deep_nesting(saved(small())))

    # 4. bytes of the zip that no part holds: the archive comment, an extra field, bytes after the end
    entries = saved(small())
    write_entries(os.path.join(out, "zip-comment.xlsx"), entries, comment="M-21 бойынша мәлімет".encode("utf-8"))
    text = "Classification: M-21".encode("utf-8")
    write_entries(os.path.join(out, "zip-extra-field.xlsx"), entries, extra={"xl/styles.xml": b"\xfe\xca" + len(text).to_bytes(2, "little") + text})
    write_entries(os.path.join(out, "zip-trailing-bytes.xlsx"), entries)
    with open(os.path.join(out, "zip-trailing-bytes.xlsx"), "ab") as trailing:
        trailing.write(bytes((i * 37 + 11) % 256 for i in range(64)))

    # 8. the package's content types
    entries = saved(small())
    fixture("no-content-types.xlsx", without(entries, "[Content_Types].xml"))
    fixture("undeclared-part.xlsx", edit(entries, "[Content_Types].xml", lambda t: re.sub(r'<Default Extension="rels"[^>]*/>', "", t)))

    # 9. the table moved: rows inserted above the heading, a column inserted before the code (LibreOffice re-saves)
    wb = akmola()
    wb[REPORT].insert_rows(1, 5)
    for row in range(1, 6):
        wb[REPORT].cell(row, 2).value = f"Ведомство қосқан жол {row} / строка, добавленная ведомством"
    write_entries(os.path.join(lo_in, "rows-inserted-above.xlsx"), saved(wb))
    wb = akmola()
    wb[REPORT].insert_cols(1)
    write_entries(os.path.join(lo_in, "column-inserted.xlsx"), saved(wb))

    # 10. the false alarm: formulas, conditional formatting and a print area that name cells M20 and M21;
    #     LibreOffice calculates and re-saves it, the surgery phase adds the calculation chain Excel would write
    wb = akmola()
    ws = wb[REPORT]
    ws["J8"] = "=M20+1"
    ws["J9"] = "=SUM(M20:M21)"
    ws["J10"] = "=$M$20*2"
    ws["M20"] = "=M21*1"
    ws["M21"] = 1
    ws.conditional_formatting.add("M20:M21", FormulaRule(formula=["M20>0"], font=Font(bold=True)))
    ws.print_area = "A1:M21"
    write_entries(os.path.join(lo_in, "false-alarm-cell-references.xlsx"), saved(wb))

    # 11. messages: a formula without a cached value, an empty file, a truncated sheet
    wb = small()
    wb[REPORT]["E8"] = "=D8"
    fixture("formula-no-value.xlsx", saved(wb))
    open(os.path.join(out, "empty.xlsx"), "wb").close()
    fixture("truncated-sheet.xlsx", truncated(saved(akmola()), "xl/worksheets/sheet1.xml"))


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def png_with_text(text):
    """A tiny PNG that carries the text in a tEXt chunk, as a picture's metadata would."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", text)
    buffer = io.BytesIO()
    PilImage.new("RGB", (8, 8), (255, 255, 255)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def svg_instead_of_png(entries):
    """openpyxl's picture, swapped for an SVG whose text names a classified measure (as Excel 365 can store)."""
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text x="0" y="15">M-21</text></svg>'
    out = []
    for name, data in entries:
        if name == "xl/media/image1.png":
            out.append(("xl/media/image1.svg", svg))
            continue
        if name == "xl/drawings/_rels/drawing1.xml.rels":
            data = data.replace(b"image1.png", b"image1.svg")
        if name == "[Content_Types].xml":
            data = data.replace(b'<Default Extension="png" ContentType="image/png"/>', b'<Default Extension="svg" ContentType="image/svg+xml"/>')
        out.append((name, data))
    if "xl/media/image1.svg" not in [n for n, _ in out] or b"svg+xml" not in part(out, "[Content_Types].xml"):
        raise SystemExit("svg surgery failed")
    return out


def binary_property(entries):
    """A binary part reached as the custom properties: UTF-16 text a binary reader would show."""
    data = b"\xfe\xff\x00\x00" + "Classification: M-21".encode("utf-16-le") + b"\x00\x00"
    entries = edit(entries, "_rels/.rels", replace_once(
        "</Relationships>",
        '<Relationship Id="rIdBin" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.bin"/></Relationships>'))
    entries = edit(entries, "[Content_Types].xml", replace_once(
        "</Types>", '<Override PartName="/docProps/custom.bin" ContentType="application/octet-stream"/></Types>'))
    return with_parts(entries, ("docProps/custom.bin", data))


def custom_xml(entries):
    """A custom XML data part with its properties, as SharePoint or a labelling add-in adds one."""
    item = b'<?xml version="1.0" encoding="UTF-8"?><note xmlns="urn:example:note">M-21</note>'
    props = (b'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6F1C2B1E-0A52-4C4E-9E0A-2D2B55F1A001}" '
             b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
    item_rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    entries = edit(entries, "xl/_rels/workbook.xml.rels", replace_once(
        "</Relationships>",
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'))
    entries = edit(entries, "[Content_Types].xml", replace_once(
        "</Types>", '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'))
    return with_parts(entries, ("customXml/item1.xml", item), ("customXml/itemProps1.xml", props), ("customXml/_rels/item1.xml.rels", item_rels))


def truncated(entries, name):
    return [(p, d[: len(d) // 2] if p == name else d) for p, d in entries]


def truncated_first(entries, name):
    """The part cut in half and moved to the front of the zip, so that a screen meets it before anything else."""
    cut = truncated(entries, name)
    return [e for e in cut if e[0] == name] + [e for e in cut if e[0] != name]


def deep_nesting(entries, levels=100_000):
    """The report sheet: a comment holding a quote, then elements nested 100,000 deep (700 KB, ~2 KB compressed)."""
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a " quote --><sheetData>')
    body = "<x>" * levels + "</x>" * levels
    sheet = (head + body + "</sheetData></worksheet>").encode("utf-8")
    return [(p, sheet if p == "xl/worksheets/sheet1.xml" else d) for p, d in entries]


# ---------------------------------------------------------------------------------------------------------------
# phase 2: surgery on LibreOffice's re-saves


def surgery_phase(work, out):
    lo_out = os.path.join(work, "lo-out")

    def resaved(name):
        return normalise_libreoffice(read_entries(os.path.join(lo_out, name)))

    def fixture(name, entries):
        write_entries(os.path.join(out, name), entries)

    for name in ("numfmt-quoted-libreoffice.xlsx", "numfmt-formula-libreoffice.xlsx", "formula-char-libreoffice.xlsx", "rows-inserted-above.xlsx", "column-inserted.xlsx"):
        fixture(name, resaved(name))

    fixture("phonetic-guide.xlsx", edit(resaved("phonetic-guide.xlsx"), "xl/sharedStrings.xml", add_phonetic_guide))
    fixture("false-alarm-cell-references.xlsx", cell_references(resaved("false-alarm-cell-references.xlsx")))


def add_phonetic_guide(text):
    """A phonetic guide (furigana) over the comment «Ескерту жоқ»: shown above the text in Excel, never typed in the cell."""
    match = re.search(r"(<si><t[^>]*>Ескерту жоқ</t>)(</si>)", text)
    if not match:
        raise SystemExit("shared string not found")
    guide = '<rPh sb="0" eb="7"><t>M-21</t></rPh><phoneticPr fontId="0" type="noConversion"/>'
    return text[: match.end(1)] + guide + text[match.end(1):]


def add_inline_phonetic_guide(text):
    """The same guide on an inline string (openpyxl writes every text inline, as numeric character references)."""
    match = re.search(r'(<c r="H8"[^>]*><is><t>[^<]*</t>)(</is>)', text)
    if not match:
        raise SystemExit("inline string not found")
    return text[: match.end(1)] + '<rPh sb="0" eb="7"><t>M-21</t></rPh>' + text[match.end(1):]


def cell_references(entries):
    """The calculation chain Excel writes beside formulas (LibreOffice writes none): it lists the cells M20 and J8."""
    calc_chain = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  b'<c r="M20" i="1"/><c r="J8"/><c r="J9"/><c r="J10"/></calcChain>')
    entries = edit(entries, "xl/_rels/workbook.xml.rels", replace_once(
        "</Relationships>",
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'))
    entries = edit(entries, "[Content_Types].xml", replace_once(
        "</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'))
    return with_parts(entries, ("xl/calcChain.xml", calc_chain))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "openpyxl":
        openpyxl_phase(*sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "surgery":
        surgery_phase(*sys.argv[2:])
    else:
        raise SystemExit(__doc__)
