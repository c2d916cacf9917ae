#!/usr/bin/env python3
"""Writes projection.json: reference prediction intervals and backtests for reckon's trends, computed
with numpy from the README's rules, independently of reckon's code, on the real data in
Data/ua-general-staff/ (Russian losses as reported by Ukraine's General Staff).

The rules (README, Analysis): a projection `h` days past the last fitted day gets the interval
centre +- q * typical * movement, where
- each earlier day o of the history with a value h days later (within max(1, h/10, half the median gap
  between points) days) whose data
  spans at least half the fitted window is a past forecast: the same model fitted to the points of the
  `window` days up to o projects to that later day;
- its error is divided by the movement of its window (total absolute change per day) ...
- ... and then by the typical such error already known on day o: the mean of the errors whose later
  day is on or before o, weighted 0.5 ** (age / 180 days), once 10 are known;
- q is the smallest score whose cumulative weight (scores sorted, weight 0.5 ** (age / 365 days) of
  the day each error became known) reaches 95% of the total weight plus one; 20 scores are needed;
- typical is the typical error known on the last fitted day, movement that of the fitted window.
Models: drift (last value + mean change per day * days ahead), random-walk (last value), linear and
exponential (least squares; exponential on the logarithm, the interval exponentiated). Every series here
is a running total, whose interval stops at its last value.

The backtests follow `reckon trend --backtest`: origins every 30 days from 2023-07-01, the 120 days
up to each origin fitted, the value `horizon` days later compared with the interval.

Run from the repository root:  python3 Tests/ReckonAnalysisTests/Fixtures/make_projection_fixtures.py
Needs numpy and pandas (pip install pandas).
"""
import datetime
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "Data", "ua-general-staff")
EPOCH = datetime.date(1970, 1, 1)
LEVEL = 0.95
HALF_LIFE = 365.0
SCALE_HALF_LIFE = 180.0


def day_number(text):
    return float((datetime.date.fromisoformat(text) - EPOCH).days)


def load(name, key):
    with open(os.path.join(DATA, name)) as f:
        rows = json.load(f)
    s = pd.Series({r["date"]: float(r[key]) for r in rows if r.get(key) is not None}).sort_index()
    return np.array([day_number(d) for d in s.index]), s.values


def forecast(model, x, z, at):
    """The model fitted to the points (x, z), evaluated at `at`."""
    if model == "random-walk":
        return z[-1]
    if model == "drift":
        return z[-1] + (at - x[-1]) * (z[-1] - z[0]) / (x[-1] - x[0])
    slope, intercept = np.polyfit(x - x[0], z, 1)
    return intercept + slope * (at - x[0])


def movement(x, z):
    return np.sum(np.abs(np.diff(z))) / (x[-1] - x[0])


def interval(model, x, z, window, at):
    """(centre, low, high) on the model's scale, or (centre, None, None). x, z: the history up to the
    last fitted day; the fit is the points of the last `window` days."""
    end = x[-1]
    fitted = x >= end - window
    centre = forecast(model, x[fitted], z[fitted], at)
    h = at - end
    now = movement(x[fitted], z[fitted])
    if now == 0:
        return centre, None, None
    origins, targets, relative = [], [], []
    spacing = float(np.median(np.diff(x))) if len(x) > 1 else 1.0
    for o in range(len(x)):
        if x[o] - x[0] < window / 2 or x[o] + h > end:
            continue
        t = int(np.searchsorted(x, x[o] + h))
        if x[t] - (x[o] + h) > max(1.0, h / 10, spacing / 2):
            continue
        w = (x >= x[o] - window) & (x <= x[o])
        if w.sum() < 2:
            continue
        m = movement(x[w], z[w])
        if m == 0:
            continue
        relative.append(abs(z[t] - forecast(model, x[w], z[w], x[t])) / m)
        origins.append(x[o])
        targets.append(x[t])
    origins, targets, relative = np.array(origins), np.array(targets), np.array(relative)

    def typical(day):
        known = targets <= day
        if known.sum() < 10:
            return None
        w = 0.5 ** ((day - targets[known]) / SCALE_HALF_LIFE)
        return np.sum(w * relative[known]) / np.sum(w)

    scores, weights = [], []
    for i in range(len(relative)):
        size = typical(origins[i])
        if size is None:
            continue
        scores.append(relative[i] / size if size > 0 else (0.0 if relative[i] == 0 else np.inf))
        weights.append(0.5 ** ((end - targets[i]) / HALF_LIFE))
    size = typical(end)
    if len(scores) < 20 or size is None:
        return centre, None, None
    order = np.argsort(scores, kind="stable")
    scores, weights = np.array(scores)[order], np.array(weights)[order]
    reached = np.nonzero(np.cumsum(weights) >= LEVEL * (weights.sum() + 1) * (1 - 1e-12))[0]
    if len(reached) == 0 or not np.isfinite(scores[reached[0]]):
        return centre, None, None
    half = scores[reached[0]] * size * now
    return centre, centre - half, centre + half


def projection(model, x, y, start, end, at):
    keep = x <= day_number(end)
    x, y = x[keep], y[keep]
    window = x[-1] - x[x >= day_number(start)][0]
    z = np.log(y) if model == "exponential" else y
    centre, low, high = interval(model, x, z, window, day_number(at))
    back = np.exp if model == "exponential" else (lambda v: v)
    if low is not None:
        # A running total does not fall below where it stands.
        low, high = max(back(low), y[-1]), max(back(high), y[-1])
    return {
        "model": model, "from": start, "to": end, "project": at, "projected": float(back(centre)),
        "low": None if low is None else float(low), "high": None if high is None else float(high),
    }


def backtest(x, y, horizon, window=120.0, step=30, first="2023-07-01"):
    hits = total = 0
    origin = day_number(first)
    values = dict(zip(x, y))
    while origin <= x[-1] - horizon:
        if origin + horizon in values:
            keep = x <= origin
            _, low, high = interval("drift", x[keep], y[keep], x[keep][-1] - x[keep][x[keep] >= origin - window][0],
                                    origin + horizon)
            if low is not None:
                low, high = max(low, y[keep][-1]), max(high, y[keep][-1])
                total += 1
                hits += int(low <= values[origin + horizon] <= high)
        origin += step
    return {"hits": hits, "total": total}


personnel = load("russia_losses_personnel.json", "personnel")
drones = load("russia_losses_equipment.json", "drone")
out = {
    "projections": {
        "ru-personnel-losses": [
            projection("drift", *personnel, "2026-01-01", "2026-05-01", "2026-05-31"),
            projection("drift", *personnel, "2026-01-01", "2026-05-01", "2026-07-30"),
            projection("random-walk", *personnel, "2026-03-01", "2026-05-01", "2026-06-30"),
            projection("exponential", *personnel, "2022-06-01", "2022-12-31", "2023-03-31"),
            projection("exponential", *personnel, "2024-06-01", "2024-12-31", "2025-03-31"),
        ],
        "ru-drones-downed": [
            projection("drift", *drones, "2025-06-01", "2025-12-31", "2026-03-31"),
            projection("linear", *drones, "2026-01-01", "2026-06-30", "2026-07-30"),
        ],
    },
    "backtests": {},
}
for series, key in [("russia_losses_personnel.json", "personnel"), ("russia_losses_equipment.json", "drone"),
                    ("russia_losses_equipment.json", "tank"), ("russia_losses_equipment.json", "APC"),
                    ("russia_losses_equipment.json", "field artillery")]:
    x, y = load(series, key)
    out["backtests"][key] = {str(h): backtest(x, y, h) for h in (30, 90)}

with open(os.path.join(HERE, "projection.json"), "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", os.path.join(HERE, "projection.json"))
