"""Period labels as written → ISO start/end dates."""

import pytest

from etl.extract.periods import resolve_period

PUBLISHED = "2022-05-29"


@pytest.mark.parametrize(
    "label, start, end",
    [
        ("今年", "2022-01-01", "2022-12-31"),
        ("去年", "2021-01-01", "2021-12-31"),
        ("前年", "2020-01-01", "2020-12-31"),
        ("今年一季度", "2022-01-01", "2022-03-31"),
        ("一季度", "2022-01-01", "2022-03-31"),
        ("第二季度", "2022-04-01", "2022-06-30"),
        ("前三季度", "2022-01-01", "2022-09-30"),
        ("上半年", "2022-01-01", "2022-06-30"),
        ("去年下半年", "2021-07-01", "2021-12-31"),
        ("今年1—3月份", "2022-01-01", "2022-03-31"),
        ("1-5月", "2022-01-01", "2022-05-31"),
        ("1月到5月", "2022-01-01", "2022-05-31"),  # 月 after both months
        ("1―5月", "2022-01-01", "2022-05-31"),  # a horizontal bar (U+2015) for the dash
        ("今年1月-5月", "2022-01-01", "2022-05-31"),
        ("前5个月", "2022-01-01", "2022-05-31"),
        ("今年前5个月", "2022-01-01", "2022-05-31"),
        ("今年首5个月", "2022-01-01", "2022-05-31"),  # Hong Kong's 首N个月
        ("5月份", "2022-05-01", "2022-05-31"),
        ("3月25日", "2022-03-25", "2022-03-25"),
        ("2021年", "2021-01-01", "2021-12-31"),
        ("较2019年", "2019-01-01", "2019-12-31"),
        ("2021年上半年", "2021-01-01", "2021-06-30"),
        ("2020年1-2月", "2020-01-01", "2020-02-29"),
        ("2019年以来", "2019-01-01", PUBLISHED),
        ("去年底", "2021-12-01", "2021-12-31"),
        ("年底", "2022-12-01", "2022-12-31"),
        ("年初", "2022-01-01", "2022-03-31"),
        ("年内", "2022-01-01", "2022-12-31"),
        ("全年", "2022-01-01", "2022-12-31"),
        ("截至目前", None, PUBLISHED),
        ("截至2021年底", None, "2021-12-31"),
        ("截至今年上半年", None, "2022-06-30"),
        ("截至9月", None, "2021-09-30"),  # September after a May publication: last year's
        ("目前", None, PUBLISHED),
        ("近年来", None, PUBLISHED),
        ("近三年", "2019-05-29", PUBLISHED),
        ("5年来", "2017-05-29", PUBLISHED),
        ("未来五年", PUBLISHED, "2027-05-29"),
        ("“十四五”期间", "2021-01-01", "2025-12-31"),
        ("十三五期间", "2016-01-01", "2020-12-31"),
        ("前三季", "2022-01-01", "2022-09-30"),  # the Hong Kong and Taiwan form of 前三季度
        ("到2025年", "2025-01-01", "2025-12-31"),  # a target's horizon
        ("截至2021年6月底", None, "2021-06-30"),
        ("截至2021年12月31日", None, "2021-12-31"),
        ("昨日", "2022-05-28", "2022-05-28"),  # the day before publication
        ("去年全年", "2021-01-01", "2021-12-31"),
    ],
)
def test_resolve_period(label, start, end):
    assert resolve_period(label, PUBLISHED) == (start, end)


@pytest.mark.parametrize(
    "label, start, end",
    [
        ("10月18日", "2021-10-18", "2021-10-18"),
        ("四季度", "2021-10-01", "2021-12-31"),
        ("8月份", "2021-08-01", "2021-08-31"),
        ("年底", "2022-12-01", "2022-12-31"),  # a plan for the end of this year
        ("今年10月", "2022-10-01", "2022-10-31"),  # the year is written
    ],
)
def test_bare_dates_after_publication_mean_last_year(label, start, end):
    assert resolve_period(label, PUBLISHED) == (start, end)


@pytest.mark.parametrize("label", ["今年", "去年底", "前5个月", "近年来", "目前", "3月25日"])
def test_relative_periods_stay_unresolved_without_a_publication_date(label):
    assert resolve_period(label, None) == (None, None)


@pytest.mark.parametrize(
    "label, start, end",
    [
        ("2021年", "2021-01-01", "2021-12-31"),
        ("2021年一季度", "2021-01-01", "2021-03-31"),
        ("十四五期间", "2021-01-01", "2025-12-31"),
    ],
)
def test_labels_naming_their_year_resolve_without_a_publication_date(label, start, end):
    assert resolve_period(label, None) == (start, end)


@pytest.mark.parametrize("label", ["今年春节后上班第二天", "13月", "2月30日", "当年", "", None])
def test_unknown_or_impossible_labels_resolve_to_nothing(label):
    assert resolve_period(label, PUBLISHED) == (None, None)


@pytest.mark.parametrize(
    "label, end",
    [
        ("截至25日", "2022-05-25"),  # a day of the month of publication (29 May)
        ("截至30日", "2022-04-30"),  # a day after the publication's: the month before
    ],
)
def test_as_of_a_day_of_the_month(label, end):
    assert resolve_period(label, PUBLISHED) == (None, end)


@pytest.mark.parametrize(
    "label, end",
    [
        ("今年截至4月底", "2022-04-30"),  # the year written before 截至
        ("去年截至6月末", "2021-06-30"),
        ("截至年底", "2022-12-31"),  # 截至年底 in a year-end report: this year's end
    ],
)
def test_as_of_with_its_year_before_it_or_the_bare_year_end(label, end):
    assert resolve_period(label, PUBLISHED) == (None, end)


@pytest.mark.parametrize(
    "label, start, end",
    [
        ("今年前三季", "2022-01-01", "2022-09-30"),  # Taiwan and Hong Kong write 季 without 度
        ("第一季", "2022-01-01", "2022-03-31"),
        ("今年全年", "2022-01-01", "2022-12-31"),
    ],
)
def test_quarters_without_du_and_the_whole_year_with_its_year(label, start, end):
    assert resolve_period(label, PUBLISHED) == (start, end)
