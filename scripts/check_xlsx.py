#!/usr/bin/python3
"""Open a bsmaudit report with an independent reader (openpyxl) and check it.

Usage: /usr/bin/python3 scripts/check_xlsx.py REPORT.xlsx

Loads every sheet and checks the basic facts a user relies on: the sheet
names and their order, the header row of every table, numbers stored as
numbers and dates as dates, the row counts reconciling with the Summary, and
every link from Findings landing on its message's row in Messages. Exits 1
with one line per problem. Run by .ci/run on the sample report.
"""
import datetime
import re
import sys

import openpyxl

SHEETS = ["Summary", "Daily", "Findings", "Messages", "Blocked",
          "Response time", "Rejected rows", "Policy"]
HEADERS = {  # the first columns of each table (more may follow)
    "Daily": ["Date", "Account"],
    "Findings": ["Message ID", "Source", "Sent at", "Account", "Order ID", "Code", "Severity", "Rule", "Evidence"],
    "Messages": ["Message ID", "Source", "Sent at", "Day", "Direction", "Account"],
    "Blocked": ["Message ID", "Source", "Sent at", "Account", "Order ID", "Status", "Diagnosis", "Evidence"],
    "Response time": ["Message ID", "Source", "Received at", "Account", "Order ID", "Answered at", "Hours"],
    "Rejected rows": ["Source", "Reason"],
    "Policy": ["ID", "Kind"],
}
CONTINUED = re.compile(r"^(Findings|Messages|Blocked|Response time|Rejected rows) \((\d+)\)$")
LINK = re.compile(r'^=HYPERLINK\("#(\'(?:[^\']|\'\')+\'|[^!]+)!A(\d+)","((?:[^"]|"")*)"\)$')

problems = []


def problem(msg):
    problems.append(msg)


def base(name):
    m = CONTINUED.match(name)
    return m.group(1) if m else name


def main(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    names = wb.sheetnames
    bases = []
    for n in names:
        if base(n) not in bases:
            bases.append(base(n))
    if bases != SHEETS:
        problem(f"sheets {names}: want {SHEETS} (with continuation sheets after their first)")

    rows = {}  # sheet -> list of row tuples
    for name in names:
        ws = wb[name]
        # Read-only openpyxl sizes the sheet from its <dimension>: the
        # report must declare the range its cells use (report/dimension.go).
        rows[name] = [tuple(r) for r in ws.iter_rows(values_only=True)]
        table = base(name)
        if table in HEADERS:
            got = list(rows[name][0][:len(HEADERS[table])]) if rows[name] else []
            if got != HEADERS[table]:
                problem(f"{name}: header {got}, want {HEADERS[table]}")

    def data_rows(table, key_col):
        """Rows with a value in key_col, over the table's every sheet."""
        out = []
        for name in names:
            if base(name) == table:
                out += [(name, i + 1, r) for i, r in enumerate(rows[name]) if i > 0 and len(r) > key_col and r[key_col] is not None]
        return out

    summary = {}
    for r in rows["Summary"]:
        if r and isinstance(r[0], str) and len(r) > 1:
            summary.setdefault(r[0], r[1])

    def number(label):
        v = summary.get(label)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            problem(f"Summary: {label!r} = {v!r}, want a number")
            return None
        return int(v)

    read, audited, rejected = number("Rows read"), number("Rows audited"), number("Rows rejected")
    if None not in (read, audited, rejected) and read != audited + rejected:
        problem(f"Summary: rows read {read} != audited {audited} + rejected {rejected}")
    messages = data_rows("Messages", 1)  # Source is never empty
    if audited is not None and len(messages) != audited:
        problem(f"Messages sheets hold {len(messages)} rows, the Summary says {audited} audited")
    if number("Rows listed on Messages") not in (None, len(messages)):
        problem("Summary: 'Rows listed on Messages' disagrees with the Messages sheets")
    rej = data_rows("Rejected rows", 0)
    if rejected is not None and len(rej) != rejected:
        problem(f"Rejected rows sheets hold {len(rej)} rows, the Summary says {rejected}")

    findings = data_rows("Findings", 1)
    by_sev = 0
    for r in rows["Summary"]:
        if r and r[0] in ("error", "warning", "info") and isinstance(r[1], int):
            by_sev += r[1]
    if len(findings) != by_sev:
        problem(f"Findings sheets hold {len(findings)} rows, the Summary's severities add to {by_sev}")
    blocked = data_rows("Blocked", 1)
    if number("Blocked") not in (None, len(blocked)):
        problem(f"Blocked sheets hold {len(blocked)} rows, the Summary says {summary.get('Blocked')}")
    resp = data_rows("Response time", 1)
    need, excl = number("Buyer messages needing a response"), number("Excluded (no response needed)")
    if None not in (need, excl) and len(resp) != need + excl:
        problem(f"Response time sheets hold {len(resp)} rows, the Summary says {need} + {excl} excluded")

    # Findings link to their message's row.
    ids = {(name, row): r[0] for name, row, r in messages}
    for name, row, r in findings:
        m = LINK.match(str(r[0]))
        if not m:
            problem(f"{name}!A{row}: {r[0]!r} is not a link to Messages")
            continue
        sheet = m.group(1).strip("'").replace("''", "'")
        target = (sheet, int(m.group(2)))
        if target not in ids:
            problem(f"{name}!A{row} links to {sheet}!A{target[1]}, which holds no message")
        elif (ids[target] or "") != m.group(3).replace('""', '"') and m.group(3) != "(message)":
            problem(f"{name}!A{row} shows {m.group(3)!r} but links to message {ids[target]!r}")

    # Real numbers and dates.
    for name, row, r in messages[:1000]:
        if not isinstance(r[2], (datetime.datetime, type(None))):
            problem(f"{name}!C{row}: Sent at {r[2]!r} is not a date")
            break
    for i, r in enumerate(rows["Daily"][1:], start=2):
        if not isinstance(r[0], datetime.datetime) or not all(isinstance(v, (int, float)) for v in r[2:4]):
            problem(f"Daily row {i}: {r[:4]} is not a date and numbers")
            break

    for p in problems:
        print(f"{path}: {p}")
    if problems:
        return 1
    print(f"{path}: ok: {len(names)} sheets, {len(messages)} messages, {len(findings)} findings "
          f"(links followed), {len(blocked)} blocked, {len(resp)} buyer messages, {len(rej)} rejected")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_xlsx.py REPORT.xlsx")
    sys.exit(main(sys.argv[1]))
