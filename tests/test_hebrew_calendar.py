from datetime import date

import pytest

from pnews.hebrew_calendar import ADAR, ADAR_II, in_gregorian_year, is_leap_year, to_gregorian


@pytest.mark.parametrize(
    ("hebrew", "expected"),
    [
        ((5783, 7, 1), date(2022, 9, 26)),  # Rosh Hashanah
        ((5784, 7, 10), date(2023, 9, 25)),  # Yom Kippur
        ((5734, 7, 10), date(1973, 10, 6)),  # Yom Kippur of the war
        ((5783, 9, 25), date(2022, 12, 19)),  # Hanukkah
        ((5785, 9, 25), date(2024, 12, 26)),
        ((5783, 1, 15), date(2023, 4, 6)),  # Passover
        ((5784, 1, 15), date(2024, 4, 23)),
        ((5708, 2, 5), date(1948, 5, 14)),  # the State of Israel declared
    ],
)
def test_hebrew_dates_convert_to_their_gregorian_days(hebrew, expected):
    assert to_gregorian(*hebrew) == expected


def test_leap_years_have_adar_ii_and_purim_falls_in_it():
    assert [year for year in range(5782, 5790) if is_leap_year(year)] == [5782, 5784, 5787]
    assert to_gregorian(5784, ADAR_II, 14) == date(2024, 3, 24)
    assert to_gregorian(5784, ADAR, 14) == date(2024, 2, 23)  # Purim Katan, in Adar I
    assert to_gregorian(5783, ADAR_II, 14) == to_gregorian(5783, ADAR, 14) == date(2023, 3, 7)


def test_every_year_has_353_to_355_or_383_to_385_days():
    lengths = {(to_gregorian(y + 1, 7, 1) - to_gregorian(y, 7, 1)).days for y in range(5600, 5900)}
    assert lengths == {353, 354, 355, 383, 384, 385}


def test_a_holiday_in_a_gregorian_year():
    assert in_gregorian_year(2022, 9, 25) == date(2022, 12, 19)
    assert in_gregorian_year(2023, 1, 15) == date(2023, 4, 6)
    assert in_gregorian_year(2023, 7, 1) == date(2023, 9, 16)
