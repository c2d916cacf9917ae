#!/usr/bin/env python3
"""Writes oracle.json: reference values for reckon's analysis, computed with numpy, scipy and pandas
from the real data in Data/ua-general-staff/ (Russian losses as reported by Ukraine's General Staff).

Run from the repository root:  python3 Tests/ReckonAnalysisTests/Fixtures/make_oracle_fixtures.py
Needs numpy, scipy and pandas (pip install pandas).
"""
import datetime
import json
import os

import numpy as np
import pandas as pd
from scipy import stats
from scipy.interpolate import PchipInterpolator

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "Data", "ua-general-staff")
EPOCH = datetime.date(1970, 1, 1)


def day_number(d):
    return (d - EPOCH).days


def load(name, key):
    with open(os.path.join(DATA, name)) as f:
        rows = json.load(f)
    s = pd.Series({pd.Timestamp(r["date"]): float(r[key]) for r in rows if key in r})
    return s.sort_index()


drones = load("russia_losses_equipment.json", "drone")
personnel = load("russia_losses_personnel.json", "personnel")
out = {}

# Daily counts from the cumulative tally: the difference between consecutive days.
daily = drones.diff().dropna()
out["drone_daily"] = [[d.strftime("%Y-%m-%d"), v] for d, v in daily.items()]

# Monthly and ISO-weekly sums of the daily counts.
monthly = daily.resample("MS").sum()
out["drone_monthly_sum"] = [[d.strftime("%Y-%m"), v] for d, v in monthly.items()]
iso = daily.index.isocalendar()
weekly = daily.groupby([iso.year.values, iso.week.values]).sum()
out["drone_weekly_sum"] = [[f"{y:04d}-W{w:02d}", v] for (y, w), v in weekly.items()]
quarterly = daily.resample("QS").sum()
out["drone_quarterly_sum"] = [[f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", v] for d, v in quarterly.items()]

# Trailing 7- and 30-day means of the daily counts.
for n in (7, 30):
    r = daily.rolling(n).mean().dropna()
    out[f"drone_rolling{n}"] = [[d.strftime("%Y-%m-%d"), v] for d, v in r.items()]

# Interpolation between a sparse sample: every 37th day of the personnel tally (monotone data) and of
# the daily drone counts (data that rises and falls), evaluated at irregular days.
rng = np.random.default_rng(20250327)
for name, series in (("personnel", personnel), ("drone_daily", daily)):
    sample = series.iloc[::37]
    xs = np.array([day_number(d.date()) for d in sample.index], dtype=float)
    ys = sample.values
    at = np.sort(rng.integers(int(xs[0]), int(xs[-1]) + 1, size=300)).astype(float)
    out[f"{name}_sample"] = [[d.strftime("%Y-%m-%d"), v] for d, v in sample.items()]
    out[f"{name}_at"] = [(EPOCH + datetime.timedelta(days=int(x))).isoformat() for x in at]
    out[f"{name}_linear"] = np.interp(at, xs, ys).tolist()
    out[f"{name}_pchip"] = PchipInterpolator(xs, ys)(at).tolist()

# Hand-made PCHIP cases that reach every branch of scipy's derivative rules: two points (linear), a
# flat stretch, a sign change, and both end rules (the estimate of the wrong sign set to 0, and one
# more than three times the end slope clipped to 3 times it).
cases = [
    ([0, 10], [8000, 11000]),
    ([0, 1, 2, 3, 5], [0, 1, -9, -9, 4]),
    ([0, 1, 2, 4], [0, 1, 11, 12]),
    ([0, 2, 3, 7, 8, 12], [5, 5, 6, 2, 9, 9]),
    ([0, 3, 4, 10], [1, 1.5, -20, -21]),
]
out["pchip_cases"] = []
for x, y in cases:
    at = np.linspace(x[0], x[-1], 41).tolist()
    out["pchip_cases"].append({"x": x, "y": y, "at": at, "values": PchipInterpolator(x, y)(at).tolist()})

# Trends: OLS (numpy.polyfit), exponential (polyfit on log values), Theil-Sen. Their prediction intervals are
# calibrated on past forecast errors: make_projection_fixtures.py checks those.
def fit_window(series, start, end):
    s = series[(series.index >= start) & (series.index <= end)]
    x = np.array([day_number(d.date()) for d in s.index], dtype=float)
    return s, x, s.values


s, x, y = fit_window(personnel, "2025-01-01", "2025-12-31")
slope, intercept = np.polyfit(x, y, 1)
fitted = slope * x + intercept
sse = float(np.sum((y - fitted) ** 2))
sst = float(np.sum((y - y.mean()) ** 2))
n = len(x)
project = float(day_number(datetime.date(2026, 3, 31)))
yp = slope * project + intercept
out["personnel_2025_linear"] = {
    "n": n, "slope": slope, "first": slope * x[0] + intercept, "last": slope * x[-1] + intercept,
    "r2": 1 - sse / sst, "project": "2026-03-31", "projected": yp,
}

s, x, y = fit_window(personnel, "2022-03-01", "2022-12-31")
b, a = np.polyfit(x, np.log(y), 1)
out["personnel_2022_exponential"] = {
    "n": len(x), "slope": b, "first": float(np.exp(a + b * x[0])), "last": float(np.exp(a + b * x[-1])),
    "growth_per_day": float(np.expm1(b)), "growth_per_month": float(np.expm1(b * 365.2425 / 12)),
}

# Monthly sums of the daily counts in 2026, whose last month (August, 8 days of data) is incomplete:
# the exponential fit of the complete months only, each month at its last day.
months = monthly[(monthly.index >= "2026-01-01")]
complete = months.iloc[:-1]
mx = np.array([day_number((d + pd.offsets.MonthEnd(0)).date()) for d in complete.index], dtype=float)
mb, ma = np.polyfit(mx, np.log(complete.values), 1)
out["drone_monthly_2026_exponential"] = {
    "n": len(mx), "left_out": 1, "slope": mb, "first": float(np.exp(ma + mb * mx[0])), "last": float(np.exp(ma + mb * mx[-1])),
    "growth_per_month": float(np.expm1(mb * 365.2425 / 12)),
}

s, x, y = fit_window(daily, "2025-01-01", "2025-12-31")
res = stats.theilslopes(y, x)
out["drone_daily_2025_theilsen"] = {
    "n": len(x), "slope": float(res.slope), "first": float(res.intercept + res.slope * x[0]),
    "last": float(res.intercept + res.slope * x[-1]),
}

# Largest-Triangle-Three-Buckets on the daily drone counts, following the reference implementation in
# Steinarsson's thesis (2013): buckets of (n - 2) / (threshold - 2) points between the fixed ends.
def lttb(xs, ys, threshold):
    n = len(xs)
    every = (n - 2) / (threshold - 2)
    a = 0
    sampled = [0]
    for i in range(threshold - 2):
        avg_start = int(np.floor((i + 1) * every)) + 1
        avg_end = min(int(np.floor((i + 2) * every)) + 1, n)
        avg_x = np.mean(xs[avg_start:avg_end])
        avg_y = np.mean(ys[avg_start:avg_end])
        start = int(np.floor(i * every)) + 1
        end = int(np.floor((i + 1) * every)) + 1
        areas = np.abs((xs[a] - avg_x) * (ys[start:end] - ys[a]) - (xs[a] - xs[start:end]) * (avg_y - ys[a])) * 0.5
        a = start + int(np.argmax(areas))
        sampled.append(a)
    sampled.append(n - 1)
    return sampled


dx = np.array([day_number(d.date()) for d in daily.index], dtype=float)
out["drone_daily_lttb_200"] = lttb(dx, daily.values, 200)

with open(os.path.join(HERE, "oracle.json"), "w") as f:
    json.dump(out, f, indent=0, sort_keys=True)
    f.write("\n")
print("wrote", os.path.join(HERE, "oracle.json"))
