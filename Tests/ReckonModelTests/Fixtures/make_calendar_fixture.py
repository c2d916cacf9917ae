#!/usr/bin/env python3
"""Writes calendar.csv: reference values from Python's datetime for reckon's calendar arithmetic.

Each row is a day with its ordinal (days since 1970-01-01), ISO weekday (1 = Monday), ISO year and week,
chosen every 397 days from 0001-01-01 to 9999-12-31 plus the days around every year boundary of
1999-2030 and the edges of the range. Run: python3 make_calendar_fixture.py > calendar.csv
"""
import datetime

epoch = datetime.date(1970, 1, 1)
days = set()
d = datetime.date(1, 1, 1)
while d < datetime.date(9999, 12, 31):
    days.add(d)
    try:
        d += datetime.timedelta(days=397)
    except OverflowError:
        break
for y in range(1999, 2031):
    for delta in range(-4, 5):
        days.add(datetime.date(y, 1, 1) + datetime.timedelta(days=delta))
days.update([datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(2000, 2, 29), datetime.date(1900, 2, 28)])

print("day,ordinal,isoweekday,isoyear,isoweek")
for d in sorted(days):
    y, w, wd = d.isocalendar()
    print(f"{d.isoformat()},{(d - epoch).days},{wd},{y},{w}")
