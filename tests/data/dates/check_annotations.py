#!/usr/bin/env python3
"""Checks the hand-annotated date and figure corpora against their documents.

Run from anywhere: python3 tests/data/dates/check_annotations.py
Every JSON file under tests/data/dates and tests/data/figures must parse, name a document
that exists, and quote it exactly: text[start:end] (code points) equals "text" and is its
"occurrence"-th occurrence. Mentions (figures) may not overlap each other or a trap.
Exits 1 and prints one line per problem, naming the file and the entry.
"""

import calendar
import datetime
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the repository
DATES = ROOT / "tests/data/dates"
FIGURES = ROOT / "tests/data/figures"

PRECISIONS = {
    "day", "month", "quarter", "season", "year", "financial-year", "range", "by",
    "before", "after", "since", "week", "financial-quarter", "third", "decade",
    "academic-year", "school-term", "half", "weekend",
}
ANCHORS = {"document", "previous", "none"}
TRAP_KINDS = {
    "title", "name", "duration", "frequency", "money", "ratio", "section", "reference",
    "phone", "age", "target", "time", "figure", "term", "date", "count",
}
UNITS = {"GBP", "FTE", "people", "beds", "percent", "count", "organisations", "areas"}
QUALIFIERS = {"", "about", "up to", "more than", "at least"}

problems = []

# Dropped from every extent (see README, Extent).
LEADING_PREPOSITION = re.compile(
    r"(in|on|at|by|since|from|until|till|between|before|after|during|within|of|for|to)\s",
    re.IGNORECASE)

LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
                "Dec"]
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def parse_point(text, short):
    """One DatePoint label as EventDate writes it (short month names inside ranges).
    Returns (first day, last day) or raises ValueError."""
    months = SHORT_MONTHS if short else LONG_MONTHS
    names = "|".join(months)
    if m := re.fullmatch(rf"([1-9]|[12][0-9]|3[01]) ({names}) (\d{{4}})", text):
        day = datetime.date(int(m[3]), months.index(m[2]) + 1, int(m[1]))
        return day, day
    if m := re.fullmatch(rf"({names}) (\d{{4}})", text):
        y, mo = int(m[2]), months.index(m[1]) + 1
        return datetime.date(y, mo, 1), datetime.date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"Q([1-4]) (\d{4})", text):
        y, q = int(m[2]), int(m[1])
        last = 3 * q
        return datetime.date(y, last - 2, 1), datetime.date(y, last, calendar.monthrange(y, last)[1])
    if m := re.fullmatch(r"(spring|summer|autumn) (\d{4})", text):
        y, mo = int(m[2]), SEASONS[m[1]]
        return datetime.date(y, mo, 1), datetime.date(y, mo + 2, calendar.monthrange(y, mo + 2)[1])
    if m := re.fullmatch(r"winter (\d{4})/(\d{2})", text):
        y = int(m[1])
        if int(m[2]) != (y + 1) % 100:
            raise ValueError("winter must span two consecutive years")
        return datetime.date(y, 12, 1), datetime.date(y + 1, 3, 1) - datetime.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})/(\d{2})", text):
        y = int(m[1])
        if int(m[2]) != (y + 1) % 100:
            raise ValueError("a financial year spans two consecutive years")
        return datetime.date(y, 4, 1), datetime.date(y + 1, 3, 31)
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m[1])
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    raise ValueError(f"{text!r} is not a date label")


def parse_label(label):
    """The period [first, last] of an EventDate label; None on the unknown side of a bound."""
    text = label[3:] if label.startswith("c. ") else label
    text = text[:-len(" (planned)")] if text.endswith(" (planned)") else text
    if re.match(r"(by|before|after|since) ", text):
        parts = text.split(", ")
        if len(parts) > 2:
            raise ValueError("at most two bounds")
        words = [p.split(" ", 1)[0] for p in parts]
        if len(parts) == 2 and (words[0] not in ("by", "before") or
                                words[1] not in ("after", "since")):
            raise ValueError("the upper bound comes first, then the lower")
        first = last = None
        for part in parts:
            word, point = part.split(" ", 1)
            a, b = parse_point(point, short=False)
            if word in ("by", "before"):
                last = b if word == "by" else a - datetime.timedelta(days=1)
            else:
                first = a if word == "since" else b + datetime.timedelta(days=1)
        if first and last and first > last:
            raise ValueError("the earliest day is after the latest")
        return first, last
    if " – " in text:
        start, end = text.split(" – ")
        a, _ = parse_point(start, short=True)
        _, b = parse_point(end, short=True)
        if b < a:
            raise ValueError("the range ends before it starts")
        return a, b
    return parse_point(text, short=False)


def problem(path, where, message):
    problems.append(f"{path.relative_to(ROOT)}: {where}: {message}")


def occurrences(text, needle):
    starts, i = [], text.find(needle)
    while i >= 0:
        starts.append(i)
        i = text.find(needle, i + 1)
    return starts


def check_span(path, where, doc, entry):
    for key in ("text", "occurrence", "start", "end"):
        if key not in entry:
            problem(path, where, f"missing \"{key}\"")
            return None
    text, start, end = entry["text"], entry["start"], entry["end"]
    if not text or not (0 <= start < end <= len(doc)):
        problem(path, where, f"span {start}..{end} is empty or outside the document")
        return None
    if doc[start:end] != text:
        problem(path, where, f"text {text!r} but the document has {doc[start:end]!r} there")
        return None
    starts = occurrences(doc, text)
    occurrence = entry["occurrence"]
    if not (1 <= occurrence <= len(starts)) or starts[occurrence - 1] != start:
        actual = starts.index(start) + 1
        problem(path, where, f"{text!r} at {start} is occurrence {actual}, not {occurrence}")
    return (start, end)


def check_overlaps(path, spans):
    spans = sorted(spans)
    for (a, b, wa), (c, d, wc) in zip(spans, spans[1:]):
        if c < b:
            problem(path, wc, f"overlaps {wa}")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        problem(path, "file", f"does not parse: {e}")
        return None


def load_document(path, data):
    name = data.get("document")
    doc_path = ROOT / name if name else None
    if name and not doc_path.exists():
        doc_path = DATES / name  # own documents are named relative to tests/data/dates
    if not name or not doc_path.exists():
        problem(path, "document", f"{name!r} does not exist")
        return None
    return doc_path.read_bytes().decode("utf-8")


def check_label(path, where, entry):
    label = entry.get("date", "")
    if not label:
        problem(path, where, "no date")
        return
    try:
        first, last = parse_label(label)
        if entry.get("precision") == "week" and (first.weekday() != 0 or last.weekday() != 6):
            problem(path, where, f"a week runs Monday to Sunday, not {label!r}")
    except ValueError as e:
        problem(path, where, f"date {label!r} is not as EventDate writes it: {e}")
    if entry.get("approximate") != label.startswith("c. "):
        problem(path, where, f"approximate is {entry.get('approximate')} but the date is {label!r}")
    if entry.get("planned") != label.endswith(" (planned)"):
        problem(path, where, f"planned is {entry.get('planned')} but the date is {label!r}")


def check_traps(path, doc, data, spans):
    for i, trap in enumerate(data.get("traps", [])):
        where = f"traps[{i}] {trap.get('text')!r}"
        span = check_span(path, where, doc, trap)
        if trap.get("kind") not in TRAP_KINDS:
            problem(path, where, f"unknown kind {trap.get('kind')!r}")
        if not trap.get("why"):
            problem(path, where, "no \"why\"")
        if span:
            spans.append((*span, where))


def check_dates(path):
    data = load(path)
    if data is None:
        return
    doc = load_document(path, data)
    if doc is None:
        return
    for key in ("documentDate", "documentDateBasis"):
        if not data.get(key):
            problem(path, key, "missing")
    try:
        parse_label(data.get("documentDate", ""))
    except ValueError as e:
        problem(path, "documentDate", f"not as EventDate writes it: {e}")
    mentions = data.get("mentions", [])
    spans = []
    for i, m in enumerate(mentions):
        where = f"mentions[{i}] {m.get('text')!r}"
        span = check_span(path, where, doc, m)
        check_label(path, where, m)
        if m.get("precision") not in PRECISIONS:
            problem(path, where, f"unknown precision {m.get('precision')!r}")
        words = m.get("text", "")
        if LEADING_PREPOSITION.match(words) or words != words.strip():
            problem(path, where, "the extent starts with a preposition or has spaces at an end")
        if m.get("anchor") not in ANCHORS:
            problem(path, where, f"unknown anchor {m.get('anchor')!r}")
        if span:
            spans.append((*span, where))
    if [s for s, _, _ in spans] != sorted(s for s, _, _ in spans):
        problem(path, "mentions", "not in document order")
    for h in data.get("headings", []):
        if not isinstance(h, int) or not (0 <= h < len(mentions)):
            problem(path, "headings", f"{h!r} is not an index into mentions")
    check_traps(path, doc, data, spans)
    check_overlaps(path, spans)


SCALES = {"": 1, "k": 1_000, "m": 1_000_000, " million": 1_000_000, "bn": 1_000_000_000,
          " billion": 1_000_000_000}


def written_amount(text):
    """(unit, amount) of a figure's words: £399m, £1.3 million, £130,000, 4.0 FTE, 52 per cent."""
    if m := re.fullmatch(r"£(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(k|m|bn| million| billion)?", text):
        return "GBP", round(float(m[1].replace(",", "") + (m[2] or "")) * SCALES[m[3] or ""], 2)
    if m := re.fullmatch(r"(\d+(?:\.\d+)?) FTE", text):
        return "FTE", float(m[1])
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)(?: per cent|%)", text):
        return "percent", float(m[1])
    if m := re.fullmatch(r"(\d{1,3}(?:,\d{3})*) (people|beds)", text):
        return m[2], float(m[1].replace(",", ""))
    return None


def check_figures(path):
    data = load(path)
    if data is None:
        return
    doc = load_document(path, data)
    if doc is None:
        return
    spans = []
    for i, f in enumerate(data.get("figures", [])):
        where = f"figures[{i}] {f.get('text')!r}"
        span = check_span(path, where, doc, f)
        if not isinstance(f.get("amount"), (int, float)) or isinstance(f.get("amount"), bool):
            problem(path, where, "amount is not a number")
        if f.get("unit") not in UNITS:
            problem(path, where, f"unknown unit {f.get('unit')!r}")
        if f.get("qualifier") not in QUALIFIERS:
            problem(path, where, f"unknown qualifier {f.get('qualifier')!r}")
        if not isinstance(f.get("approximate"), bool) or not f.get("measure"):
            problem(path, where, "approximate or measure missing")
        if "period" not in f:
            problem(path, where, "no period")
        written = written_amount(f.get("text", ""))
        low_high = re.fullmatch(r"(£[^–-]+)[–-](£.+)", f.get("text", ""))
        if written is None and low_high:  # a range, "£40m-£50m": amount and amountTo
            written = written_amount(low_high[1])
            high = written_amount(low_high[2])
            if high is None or abs(high[1] - f.get("amountTo", -1)) > 1e-6:
                problem(path, where, "a range needs amountTo, the upper amount as written")
        if written is None:
            problem(path, where, "the quoted words are not an amount such as £1.3 million, "
                                 "4.0 FTE or 52 per cent")
        elif written[0] != f.get("unit") or abs(written[1] - f.get("amount", 0)) > 1e-6:
            problem(path, where, f"the words say {written[1]} {written[0]}, "
                                 f"not {f.get('amount')} {f.get('unit')}")
        if not isinstance(f.get("precision"), (int, float)) or f.get("precision") <= 0:
            problem(path, where, "precision is not a positive number")
        if f.get("period"):
            try:
                parse_label(f["period"])
            except ValueError as e:
                problem(path, where, f"period {f['period']!r} is not as EventDate writes it: {e}")
        if span:
            spans.append((*span, where))
    if [s for s, _, _ in spans] != sorted(s for s, _, _ in spans):
        problem(path, "figures", "not in document order")
    check_traps(path, doc, data, spans)
    check_overlaps(path, spans)


def main():
    files = 0
    for path in sorted(DATES.glob("*.json")):
        check_dates(path)
        files += 1
    for path in sorted(FIGURES.glob("*.json")):
        check_figures(path)
        files += 1
    for p in problems:
        print(p)
    print(f"{files} files, {len(problems)} problems")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main())
