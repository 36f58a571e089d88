"""Traditional → simplified: same length always, Taiwan wording mapped, proper nouns intact."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.script import convert_body, convert_same_length, to_simplified


@pytest.mark.parametrize(
    "text, expected",
    [
        ("東華軟體", "东华软件"),
        ("積體電路產業占比約72%", "集成电路产业占比约72%"),
        ("高新智慧谷等平台", "高新智慧谷等平台"),  # tw2sp would make it 高新智能谷
        ("服務效能越來越高", "服务效能越来越高"),
        ("通訊員 邢慧", "通讯员 邢慧"),
        ("園區新增高新技術企業386家", "园区新增高新技术企业386家"),
    ],
)
def test_to_simplified(text, expected):
    assert to_simplified(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "园区新增企业，建立健全机制，智慧高新",  # simplified text is never rewritten
        "软体动物研究所",
    ],
)
def test_simplified_text_is_left_alone(text):
    assert to_simplified(text) == text
    assert convert_body(text) == text


@pytest.mark.parametrize(
    "text", ["記憶體和軟體都很重要", "他用滑鼠點擊記憶體，然後說：好。", "體", ""]
)
def test_conversion_keeps_length(text):
    assert len(convert_same_length(text)) == len(text)
    assert len(to_simplified(text)) == len(text)


@given(
    st.text(
        alphabet=st.sampled_from("記憶體軟體積電路園區簽約項目億元，。\n 滑鼠點擊ab12"), max_size=80
    )
)
def test_body_conversion_never_changes_length(text):
    assert len(convert_body(text)) == len(text)


def _whole_body_reference(body: str) -> str:
    """convert_body as it was before it converted only the lines that need it: OpenCC over the
    whole body, lines whose length changed redone piece by piece, then the Taiwan phrase table."""
    from etl.script import changes_script, converter, taiwan_phrases

    if not changes_script(body):
        return body
    out = converter("tw2s").convert(body)
    if len(out) != len(body):
        converted, originals = out.split("\n"), body.split("\n")
        if len(converted) != len(originals):
            converted = [converter("tw2s").convert(p) for p in originals]
        out = "\n".join(
            c if len(c) == len(o) else convert_same_length(o) for c, o in zip(converted, originals)
        )
    table, pattern = taiwan_phrases()
    return pattern.sub(lambda m: table[m.group()], out)


def test_line_by_line_conversion_equals_whole_body_conversion():
    """Mixed bodies (simplified lines, traditional lines, Taiwan wording) from the real corpus."""
    from pathlib import Path

    from etl.script import converter

    root = Path(__file__).resolve().parent.parent
    lines = [
        line
        for path in sorted((root / "data" / "raw").iterdir())
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    ]
    traditional = [converter("s2twp").convert(line) for line in lines]
    bodies = ["\n".join(lines[i : i + 7]) for i in range(0, len(lines), 7)]
    bodies += ["\n".join(traditional[i : i + 5]) for i in range(0, len(traditional), 5)]
    bodies += [
        "\n".join(
            a if i % 3 else b
            for i, (a, b) in enumerate(zip(lines[j : j + 9], traditional[j : j + 9]))
        )
        for j in range(0, len(lines), 9)
    ]
    assert len(bodies) > 50
    for body in bodies:
        assert convert_body(body) == _whole_body_reference(body)
