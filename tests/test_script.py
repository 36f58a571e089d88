"""Traditional → simplified: same length always, Taiwan wording mapped, proper nouns intact."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.script import convert_body, convert_same_length, to_simplified


@pytest.mark.parametrize("text, expected", [
    ("東華軟體", "东华软件"),
    ("積體電路產業占比約72%", "集成电路产业占比约72%"),
    ("高新智慧谷等平台", "高新智慧谷等平台"),  # tw2sp would make it 高新智能谷
    ("服務效能越來越高", "服务效能越来越高"),
    ("通訊員 邢慧", "通讯员 邢慧"),
    ("園區新增高新技術企業386家", "园区新增高新技术企业386家"),
])
def test_to_simplified(text, expected):
    assert to_simplified(text) == expected


@pytest.mark.parametrize("text", [
    "园区新增企业，建立健全机制，智慧高新",  # simplified text is never rewritten
    "软体动物研究所",
])
def test_simplified_text_is_left_alone(text):
    assert to_simplified(text) == text
    assert convert_body(text) == text


@pytest.mark.parametrize("text", ["記憶體和軟體都很重要", "他用滑鼠點擊記憶體，然後說：好。", "體", ""])
def test_conversion_keeps_length(text):
    assert len(convert_same_length(text)) == len(text)
    assert len(to_simplified(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("記憶體軟體積電路園區簽約項目億元，。\n 滑鼠點擊ab12"), max_size=80))
def test_body_conversion_never_changes_length(text):
    assert len(convert_body(text)) == len(text)
