#!/usr/bin/env python3
"""Writes combine.json: how reckon reconciles competing estimates, computed here with pandas from the rule
as reckon's documentation states it, for seeded random series with several sources, revisions, ranges,
bounds and qualifiers, in each of the three kinds.

The rule (Selection.points): rows are placed in time (a level at the middle of its period, a count or
cumulative total at its last day) and grouped, by position for levels and cumulative totals and by exact
date for counts. In a group, each source's latest reported row counts (reported day, else the date's last
day; a later row wins a tie), in the order the sources first appear. One source: its row as it is. Several:
the value is the chosen combination (median, mean, min, max, or the latest reported) of the sources that
gave a value; the bounds are the envelope of every source's range (a source without a range counts as its
value; a side some source leaves open stays open), kept when the values differ or any source gave a range;
the qualifier stays only when every source used the same; a group where no source gave a value keeps only
its range, placed at the envelope's middle (or, when a side is open, at the mean of the sources' own
middles). The point is dated by its earliest member and lists its named sources, sorted.

Run from the repository root:  python3 Tests/ReckonAnalysisTests/Fixtures/make_combine_fixtures.py
Needs numpy and pandas (pip install pandas).
"""
import calendar
import datetime
import json
import math
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = datetime.date(1970, 1, 1)
SOURCES = ["Kyiv Independent", "ISW", "US Department of Defense", None]


def period(text):
    """The first and last day of a day (YYYY-MM-DD) or month (YYYY-MM)."""
    if len(text) == 7:
        y, m = int(text[:4]), int(text[5:])
        return datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])
    d = datetime.date.fromisoformat(text)
    return d, d


def random_rows(rng, n):
    rows = []
    start = datetime.date(2025, 1, 1)
    for _ in range(n):
        day = start + datetime.timedelta(days=int(rng.integers(0, 40)))
        date = day.strftime("%Y-%m") if rng.random() < 0.1 else day.isoformat()
        value = float(rng.integers(0, 100)) * 100
        ranged = rng.random() < 0.3
        row = {
            "date": date,
            "value": None if ranged and rng.random() < 0.5 else value,
            "low": value - float(rng.integers(1, 20)) * 10 if ranged and rng.random() < 0.8 else None,
            "high": value + float(rng.integers(1, 20)) * 10 if ranged and rng.random() < 0.8 else None,
            "qualifier": [None, None, "about", "at least"][int(rng.integers(0, 4))],
            "source": SOURCES[int(rng.integers(0, len(SOURCES)))],
            "reported": (period(date)[1] + datetime.timedelta(days=int(rng.integers(0, 10)))).isoformat()
            if rng.random() < 0.3
            else None,
        }
        if row["value"] is None and row["low"] is None and row["high"] is None:
            row["low"] = value
        if row["value"] is not None:
            if row["low"] is not None and row["low"] > row["value"]:
                row["low"] = None
            if row["high"] is not None and row["high"] < row["value"]:
                row["high"] = None
        rows.append(row)
    return rows


def central(value, low, high):
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else (high if high is not None else math.nan)


def expected(rows, kind, default_source, combine):
    frame = pd.DataFrame(rows)
    frame["order"] = range(len(frame))
    spans = [period(d) for d in frame["date"]]
    frame["first"] = [(a - EPOCH).days for a, _ in spans]
    frame["last"] = [(b - EPOCH).days for _, b in spans]
    frame["position"] = [f + (l - f) / 2 if kind == "level" else float(l) for f, l in zip(frame["first"], frame["last"])]
    frame["reported_day"] = [
        (datetime.date.fromisoformat(r) - EPOCH).days if isinstance(r, str) else l for r, l in zip(frame["reported"], frame["last"])
    ]
    frame["key"] = [s if isinstance(s, str) else (default_source or "") for s in frame["source"]]
    frame = frame.sort_values(["position", "first", "order"], kind="stable")
    group_key = ["position"] if kind != "count" else ["first", "last"]
    points = []
    for _, group in frame.groupby(group_key, sort=False):
        latest = {}
        for _, row in group.iterrows():
            if row["key"] not in latest or row["reported_day"] >= latest[row["key"]]["reported_day"]:
                latest[row["key"]] = row
        keys = list(dict.fromkeys(group["key"]))
        members = [latest[k] for k in keys]

        def num(x):
            return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)

        def qual(x):
            return x if isinstance(x, str) else None

        if len(members) == 1:
            m = members[0]
            v, lo, hi = num(m["value"]), num(m["low"]), num(m["high"])
            points.append(
                {"date": m["date"], "value": central(v, lo, hi), "low": lo, "high": hi, "qualifier": qual(m["qualifier"]),
                 "sources": [keys[0]] if keys[0] else [], "rangeOnly": v is None}
            )
            continue
        values = [num(m["value"]) for m in members if num(m["value"]) is not None]
        lows = [num(m["low"]) if num(m["low"]) is not None else num(m["value"]) for m in members]
        highs = [num(m["high"]) if num(m["high"]) is not None else num(m["value"]) for m in members]
        env_low = None if any(x is None for x in lows) else min(lows)
        env_high = None if any(x is None for x in highs) else max(highs)
        if not values:
            middle = central(None, env_low, env_high)
            centrals = [central(num(m["value"]), num(m["low"]), num(m["high"])) for m in members]
            value = sum(centrals) / len(centrals) if math.isnan(middle) else middle
        elif combine == "median":
            value = float(np.median(values))
        elif combine == "mean":
            value = sum(values) / len(values)
        elif combine == "min":
            value = min(values)
        elif combine == "max":
            value = max(values)
        else:
            valued = [m for m in members if num(m["value"]) is not None]
            best = valued[0]
            for m in valued:
                if m["reported_day"] >= best["reported_day"]:
                    best = m
            value = num(best["value"])
        differ = any(v != values[0] for v in values)
        any_bounds = any(num(m["low"]) is not None or num(m["high"]) is not None for m in members)
        low, high = (env_low, env_high) if (not values or differ or any_bounds) else (None, None)
        qualifiers = {qual(m["qualifier"]) for m in members}
        earliest = min(members, key=lambda m: (m["first"], m["last"]))
        points.append(
            {"date": earliest["date"], "value": value, "low": low, "high": high,
             "qualifier": qualifiers.pop() if len(qualifiers) == 1 else None,
             "sources": sorted(k for k in keys if k), "rangeOnly": not values}
        )
    return points


def main():
    rng = np.random.default_rng(20261201)
    cases = []
    for kind in ["level", "count", "cumulative"]:
        for default_source in [None, "ISW"]:
            for size in [12, 40, 120]:
                rows = random_rows(rng, size)
                cases.append(
                    {"name": f"{kind}, {size} rows, default source {default_source}", "kind": kind,
                     "defaultSource": default_source, "rows": rows,
                     "expected": {c: expected(rows, kind, default_source, c) for c in ["median", "mean", "min", "max", "latest"]}}
                )
    with open(os.path.join(HERE, "combine.json"), "w") as f:
        json.dump({"cases": cases}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
