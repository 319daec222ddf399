"""The corpus test's independent reader: every cell's value or formula, as openpyxl reads them.

Reads a JSON list of workbook paths on stdin and writes one JSON object per
path on stdout: {"path", "sheets": {sheet: {"A1": [kind, text]}}} or
{"path", "error"}. openpyxl (Debian's python3-openpyxl) shares no code with
BRAG Tracker's reader or with ExcelJS, so a cell it reads the same before and
after a refresh was kept. Runs the files across the machine's cores.
"""
import datetime
import json
import sys
import warnings
from multiprocessing import Pool

import openpyxl


def described(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return ["bool", str(value)]
    if isinstance(value, (int, float)):
        return ["number", repr(float(value))]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return ["date", value.isoformat() if hasattr(value, "isoformat") else str(value)]
    if isinstance(value, str):
        return ["formula" if value.startswith("=") else "text", value]
    # array formulas, data table formulas and the like: their text is what matters
    text = getattr(value, "text", None)
    return ["formula", str(text if text is not None else value)]


def read(path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=False, keep_links=True)
        sheets = {}
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "_cells"):
                continue
            cells = {}
            # the cells the sheet holds, not every cell of the area it declares (which may be all of them)
            for cell in sheet._cells.values():
                kept = described(cell.value)
                if kept is not None:
                    cells[cell.coordinate] = kept
            sheets[sheet.title] = cells
        return {"path": path, "sheets": sheets}
    except Exception as error:  # any failure to open is what the test counts
        return {"path": path, "error": f"{type(error).__name__}: {error}"[:300]}


if __name__ == "__main__":
    paths = json.load(sys.stdin)
    with Pool() as pool:
        for result in pool.imap(read, paths, chunksize=8):
            sys.stdout.write(json.dumps(result) + "\n")
