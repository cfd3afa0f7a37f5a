#!/usr/bin/python3
"""Writes openpyxl-report.xlsx: a report-like sheet with the awkward values people type.

Run with Debian's interpreter and package (apt-get install python3-openpyxl):
    /usr/bin/python3 make_openpyxl.py
"""
import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

NBSP = "\u00a0"
NNBSP = "\u202f"
ZWSP = "\u200b"

wb = Workbook()
ws = wb.active
ws.title = "Есеп"
ws.append(["Код", "Атауы", "Жоспар", "Факт", "Күні"])
# Row 2: a Cyrillic look-alike code (Т and І), a real number, a comma decimal typed as text, a date.
ws.append(["ТІ-1", "Нысаналы индикатор", 12.5, "12,5", datetime.date(2018, 7, 10)])
ws["E2"].number_format = "dd.mm.yyyy"
# Row 3: stray spaces in the code, no-break-space thousands typed as text.
ws.append([" RI - 1.2 ", "Нәтиже көрсеткіші", 1234.5, f"1{NBSP}234,5", None])
# Row 4: zero-width characters, a number stored as text in a text-formatted cell.
ws.append([f"RI{ZWSP}-2", "Көрсеткіш", "76 291,3", f"{ZWSP}5{ZWSP}", None])
ws["C4"].number_format = "@"
# Row 5 left blank; row 6 is hidden.
ws["A6"] = "R-6"
ws["B6"] = "Жасырын жол"
ws.row_dimensions[6].hidden = True
# Row 7: a formula (openpyxl stores no cached value), narrow no-break-space thousands.
ws["A7"] = "R-7"
ws["C7"] = "=C2*2"
ws["D7"] = f"1{NNBSP}234,5"
# Row 8: a percent-formatted number and a negative with a Unicode minus typed as text.
ws["A8"] = "R-8"
ws["C8"] = 0.125
ws["C8"].number_format = "0.0%"
ws["D8"] = "\u221212,5"
# Column F is hidden and holds text.
ws["F2"] = "Жасырын баған"
ws.column_dimensions["F"].hidden = True

ws["A2"].comment = Comment("Ескерту: құпия емес", "author")
ws.oddHeader.center.text = "Есеп тақырыбы"
dv = DataValidation(type="list", formula1='"Иә,Жоқ"', allow_blank=True,
                    promptTitle="Таңдаңыз", prompt="Иә немесе Жоқ")
ws.add_data_validation(dv)
dv.add("E3:E10")

hidden = wb.create_sheet("Жасырын")
hidden.sheet_state = "hidden"
hidden["A1"] = "Жасырын парақ мәтіні"
very = wb.create_sheet("ӨтеЖасырын")
very.sheet_state = "veryHidden"
very["B2"] = "Өте жасырын мәтін"

wb.defined_names.append(DefinedName("Жоспар_аймағы", attr_text="'Есеп'!$C$2:$C$8"))
wb.properties.title = "Есеп үлгісі"
wb.properties.creator = "fixture"
wb.properties.created = datetime.datetime(2024, 1, 1)
wb.properties.modified = datetime.datetime(2024, 1, 1)
wb.save("openpyxl-report.xlsx")
