"""Fills one of our report templates the way a person would, with openpyxl (Debian's python3-openpyxl).

    /usr/bin/python3 fill_openpyxl.py TEMPLATE.xlsx OUT.xlsx

Every report row (from row 8 of «Есеп») gets its plan as the fact, typed as text with a decimal comma
and a no-break space between thousands ("1 234,5"), the amount spent on money rows as a number, the
status "Орындалды / Исполнено" and, on one row, a comment. Row codes are retyped with Cyrillic
look-alike letters ("М-14" instead of "M-14") to show the reader canonicalises them.
"""
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
ws = wb["Есеп"]
look_alike = str.maketrans({"M": "М", "T": "Т", "I": "І"})


def as_text(value):
    whole, _, frac = f"{value:.3f}".rstrip("0").rstrip(".").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = "\u00a0".join(groups)
    return text + ("," + frac if frac else "")


first = True
for row in range(8, ws.max_row + 1):
    code = ws.cell(row, 1).value
    if not code:
        continue
    plan = ws.cell(row, 4).value
    plan = float(plan) if plan is not None else 1.0
    ws.cell(row, 1).value = str(code).translate(look_alike)
    ws.cell(row, 5).value = as_text(plan)
    ws.cell(row, 6).value = plan if ws.cell(row, 6).fill.fgColor.rgb.endswith("FFF2CC") else None
    ws.cell(row, 7).value = "Орындалды / Исполнено"
    if first:
        ws.cell(row, 8).value = "openpyxl арқылы толтырылды / заполнено через openpyxl"
        first = False
wb.save(dst)
