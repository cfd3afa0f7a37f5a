"""Hides a reference to a classified measure in a filled report, where a person cannot see it at a glance.

    /usr/bin/python3 classify_openpyxl.py FILLED.xlsx OUT.xlsx PLACE

PLACE is one of: comment (a cell comment on «Есеп»), hidden-sheet (a cell of a new hidden sheet),
property (the document's keywords), header (the page header of «Есеп»).
"""
import sys

import openpyxl
from openpyxl.comments import Comment

src, dst, place = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(src)
ws = wb["Есеп"]
if place == "comment":
    ws["H9"].comment = Comment("М-21 бойынша мәлімет осында", "agency")
elif place == "hidden-sheet":
    hidden = wb.create_sheet("notes")
    hidden["C3"] = "Құпия"
    hidden.sheet_state = "hidden"
elif place == "property":
    wb.properties.keywords = "report, M-55"
elif place == "header":
    ws.oddHeader.center.text = "м-32"
else:
    raise SystemExit(f"unknown place {place}")
wb.save(dst)
