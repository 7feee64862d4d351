"""Reads attack-stats' machine formats back with Python's own csv and json modules.

Usage: python3 read_back.py BY_COUNTRY.csv TALLIES.csv REPORT.json
Prints one line per number, "source table key... low best high approximate", so that the test can
compare what Python read with what the library computed. An empty high (CSV) or null (JSON) is
printed as "inf": no upper bound.
"""
import csv
import json
import sys


def num(text):
    """A CSV number cell: int when whole, inf when empty (no upper bound)."""
    if text == "":
        return "inf"
    value = float(text)
    return str(int(value)) if value.is_integer() else repr(value)


def jnum(value):
    if value is None:
        return "inf"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def estimate_csv(row, prefix):
    return " ".join([num(row[prefix + "low"]), num(row[prefix + "best"]), num(row[prefix + "high"]),
                     row[prefix + "approximate"]])


def estimate_json(e):
    return " ".join([jnum(e["low"]), jnum(e["best"]), jnum(e["high"]), str(e["approximate"]).lower()])


out = []
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        key = " ".join([row["country"] or "-", row["kind"], row["measure"]])
        out.append("csv by-country " + key + " " + estimate_csv(row, ""))
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        out.append("csv tallies " + row["tally"] + " reported " + estimate_csv(row, "reported_"))
        out.append("csv tallies " + row["tally"] + " data " + estimate_csv(row, "data_"))
with open(sys.argv[3], encoding="utf-8") as f:
    report = json.load(f)
for row in report["tables"]["by-country"]:
    key = " ".join([row["country"] or "-", row["kind"], row["measure"]])
    out.append("json by-country " + key + " " + estimate_json(row["value"]))
for row in report["tables"]["tallies"]:
    out.append("json tallies " + row["tally"] + " reported " + estimate_json(row["reported"]))
    out.append("json tallies " + row["tally"] + " data " + estimate_json(row["data"]))
print("\n".join(out))
