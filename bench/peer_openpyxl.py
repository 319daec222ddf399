"""What a service manager's IT colleague would write instead: load the plan,
count statuses per section, fill the status cells, save. Honest and plain."""
import sys
import time
from collections import Counter, defaultdict

from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

FILLS = {
    "blue": (PatternFill("solid", fgColor="0070C0"), Font(color="FFFFFF")),
    "red": (PatternFill("solid", fgColor="C00000"), Font(color="FFFFFF")),
    "amber": (PatternFill("solid", fgColor="FFC000"), Font(color="000000")),
    "green": (PatternFill("solid", fgColor="00B050"), Font(color="000000")),
}
WORDS = {"blue": "blue", "b": "blue", "completed": "blue", "complete": "blue", "done": "blue",
         "red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green", "g": "green"}


def main(source, target):
    started = time.perf_counter()
    workbook = load_workbook(source)
    sheet = workbook["Plan"]
    counts = defaultdict(Counter)
    section = None
    for row in sheet.iter_rows(min_row=5):
        if row[0].value:
            section = row[0].value
        status = WORDS.get(str(row[8].value or "").strip().lower())
        counts[section][status or "unrated"] += 1
        if status:
            fill, font = FILLS[status]
            row[8].fill = fill
            row[8].font = font
    workbook.save(target)
    print(f"{time.perf_counter() - started:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
