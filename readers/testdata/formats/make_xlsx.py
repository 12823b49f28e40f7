#!/usr/bin/python3
"""Writes the openpyxl XLSX fixtures from their CSV twins (messages.csv,
orders.csv), so the workbooks hold exactly the twins' data.

Run from this directory:  /usr/bin/python3 make_xlsx.py
(Debian's python3-openpyxl 3.0.9; no excelize involved.)

messages_openpyxl.xlsx  sheet "Summary" (no header, skipped), sheet
    "Messages": a merged title row, a blank row, a two-row header with
    vertically merged cells and "Content" merged over Subject/Message,
    real datetime cells (one date typed as text), message ids stored as
    text, numeric buyer ids, boolean opted-out cells, empty trailing
    cells, a blank row between data rows; sheet "Archive": the first two
    rows again under a plain header (read with --sheet Archive).
messages_1904.xlsx      the same rows on one sheet, 1904 date system.
orders_openpyxl.xlsx    orders.csv with datetime purchase dates, int quantities.
"""
import csv
import datetime

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

FMT = "yyyy-mm-dd hh:mm:ss"


def read(name):
    with open(name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def stamp(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def message_cells(rec, text_date=False):
    """The cells of one messages.csv record, typed as a person would type them."""
    out = []
    for i, v in enumerate(rec):
        if v == "":
            out.append(None)
        elif i == 2 and not text_date:
            out.append(stamp(v))
        elif i == 5 and v.isdigit():
            out.append(int(v))  # a buyer id typed as a number
        elif i == 13:
            out.append(v == "true")  # a boolean cell
        else:
            out.append(v)  # text, "00123" included
    return out


def put_row(ws, r, cells):
    for c, v in enumerate(cells, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, datetime.datetime):
            cell.number_format = FMT


def messages():
    header, recs = read("messages.csv")
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Exported from HelpDesk Pro"
    s["A2"] = "Rows"
    s["B2"] = len(recs)

    ws = wb.create_sheet("Messages")
    ws["A1"] = "Buyer messages, October to December 2026"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    # row 2 blank; rows 3-4 the header
    for c, h in enumerate(header, start=1):
        if h in ("Subject", "Message"):
            ws.cell(row=4, column=c, value=h)
        else:
            ws.cell(row=3, column=c, value=h)
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    subj = header.index("Subject") + 1
    ws.cell(row=3, column=subj, value="Content")
    ws.merge_cells(start_row=3, start_column=subj, end_row=3, end_column=subj + 1)
    r = 5
    for i, rec in enumerate(recs):
        if i == 3:
            r += 1  # a blank row in the data
        put_row(ws, r, message_cells(rec, text_date=(i == 1)))
        r += 1

    arch = wb.create_sheet("Archive")
    put_row(arch, 1, header)
    for i, rec in enumerate(recs[:2]):
        put_row(arch, i + 2, message_cells(rec))
    wb.save("messages_openpyxl.xlsx")

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Log"
    put_row(ws, 1, header)
    for i, rec in enumerate(recs):
        put_row(ws, i + 2, message_cells(rec))
    wb.save("messages_1904.xlsx")


def orders():
    header, recs = read("orders.csv")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "All Orders"
    put_row(ws, 1, header)
    for i, rec in enumerate(recs):
        cells = []
        for c, v in enumerate(rec):
            if v == "":
                cells.append(None)
            elif c == 2:
                cells.append(stamp(v))
            elif c == 6:
                cells.append(int(v))
            else:
                cells.append(v)
        put_row(ws, i + 2, cells)
    wb.save("orders_openpyxl.xlsx")


messages()
orders()
