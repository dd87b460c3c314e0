"""The Hebrew calendar's arithmetic, for the days of Jewish holidays ("Hanukkah", "Yom Kippur").

The calendar is fixed by rule (the molad and its postponements), so a holiday's day in any year is
computed, not looked up. After Dershowitz and Reingold, *Calendrical Calculations*: days are counted
as Python's date ordinals, 1 being 1 January of year 1 (proleptic Gregorian).
"""

from __future__ import annotations

from datetime import date
from functools import cache

# months are numbered from Nisan, as the holidays in the lexicon give them; the year starts at Tishri
NISAN, TISHRI, ADAR, ADAR_II = 1, 7, 12, 13
_MONTHS_OF_29_DAYS = frozenset({2, 4, 6, 10, 13})  # Iyyar, Tammuz, Elul, Tevet, Adar II
_MARHESHVAN, _KISLEV = 8, 9
_EPOCH = -1373427  # 1 Tishri of year 1 as a date ordinal
_PARTS_PER_DAY = 25920  # an hour has 1,080 parts
_YEARS_BEFORE_THE_COMMON_ERA = 3760  # Hebrew year 5783 began in the autumn of 2022


def is_leap_year(year: int) -> bool:
    """Seven years in every nineteen have a thirteenth month, Adar II."""
    return (7 * year + 1) % 19 < 7


def _days_before_the_new_year_molad(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // _PARTS_PER_DAY
    # Rosh Hashanah may not fall on a Sunday, Wednesday or Friday
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year_delay(year: int) -> int:
    """Days that keep each year 353-355 or 383-385 days long."""
    before, this, after = (_days_before_the_new_year_molad(y) for y in (year - 1, year, year + 1))
    if after - this == 356:
        return 2
    if this - before == 382:
        return 1
    return 0


@cache
def new_year(year: int) -> int:
    """The date ordinal of 1 Tishri, Rosh Hashanah, of a Hebrew year."""
    return _EPOCH + _days_before_the_new_year_molad(year) + _new_year_delay(year)


def _days_in_month(month: int, year: int) -> int:
    length = new_year(year + 1) - new_year(year)
    if month in _MONTHS_OF_29_DAYS or (month == ADAR and not is_leap_year(year)):
        return 29
    if month == _MARHESHVAN and length % 10 != 5:  # a long Marheshvan in years of 355 or 385 days
        return 29
    if month == _KISLEV and length % 10 == 3:  # a short Kislev in years of 353 or 383 days
        return 29
    return 30


def to_gregorian(year: int, month: int, day: int) -> date:
    """The day of a Hebrew date. Adar II exists only in leap years; in others it is Adar."""
    if month == ADAR_II and not is_leap_year(year):
        month = ADAR
    last_month = ADAR_II if is_leap_year(year) else ADAR
    if month < TISHRI:  # Nisan to Elul come after the months from Tishri to the last Adar
        months_before = [*range(TISHRI, last_month + 1), *range(NISAN, month)]
    else:
        months_before = list(range(TISHRI, month))
    return date.fromordinal(new_year(year) + sum(_days_in_month(m, year) for m in months_before) + day - 1)


def in_gregorian_year(gregorian_year: int, month: int, day: int) -> date:
    """The day in a Gregorian year of a Hebrew month and day that comes once a year."""
    first = gregorian_year + _YEARS_BEFORE_THE_COMMON_ERA
    for year in (first, first + 1):
        found = to_gregorian(year, month, day)
        if found.year == gregorian_year:
            return found
    raise ValueError(f"no Hebrew {month}/{day} in {gregorian_year}")  # every month recurs each year
