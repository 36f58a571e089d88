"""The reader: every encoding decoded and recorded, every bad file refused with IngestError."""

import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.clean import clean_document
from etl.model import CleanDocument, IngestError, RawDocument
from etl.read import (
    MAX_BYTES,
    iter_input_files,
    parse_front_matter,
    read_bytes,
    read_document,
)
from etl.script import converter

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
REAL_FILES = sorted(RAW.glob("*.txt"))

SIMPLIFIED = (
    "3月25日，日照高新区成功签约7个项目、计划总投资71.3亿元。该区总投资43亿元的12个项目集中开工。"
)
TRADITIONAL = "3月25日,通過現場和連線,日照高新區成功簽約7個項目、計劃總投資71.3億元。僅僅3天之後,該區總投資43億元的12個項目集中開工。"


@pytest.mark.parametrize(
    "text, codec, recorded",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "utf-16", "utf-16"),  # with BOM
        (SIMPLIFIED, "utf-16-le", "utf-16"),  # no BOM: NULs of the ASCII characters
        (SIMPLIFIED, "utf-16-be", "utf-16"),
        ("日照高新区成功签约项目集中开工建设", "utf-16-le", "utf-16"),  # no BOM and no ASCII at all
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (TRADITIONAL, "utf-16", "utf-16"),
        # Short texts are where Big5 and GBK are easiest to confuse.
        ("日照高新區成功簽約", "big5", "big5"),
        ("日照高新区成功签约", "gbk", "gb18030"),
        ("產業園區", "big5", "big5"),
        ("产业园区", "gbk", "gb18030"),
    ],
)
def test_encodings_are_detected_and_recorded(text, codec, recorded):
    doc = read_bytes(text.encode(codec), "a.txt")
    assert doc.text == text
    assert doc.encoding == recorded
    assert doc.decode_warnings == []


def in_script_of(codec: str, text: str) -> str:
    """Big5 holds traditional characters only: a simplified article is reposted converted."""
    return converter("s2tw").convert(text) if codec == "big5" else text


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-16", "utf-16-le"])
def test_real_articles_survive_reencoding(path, codec):
    text = in_script_of(codec, path.read_text(encoding="utf-8"))
    doc = read_bytes(text.encode(codec, errors="replace"), path.name)
    assert doc.encoding == codec[:6] if codec.startswith("utf-16") else codec
    assert doc.text.replace("\n", "") in text.replace("\n", "").replace("\ufeff", "")
    assert len(doc.text) > 0.9 * len(text)


def test_a_few_broken_bytes_are_flagged_not_hidden():
    data = (SIMPLIFIED * 20).encode("utf-8")
    data = data[:100] + b"\xff\xfe" + data[100:]
    doc = read_bytes(data, "a.txt")
    assert doc.encoding == "utf-8"
    assert "\ufffd" in doc.text
    assert any("replacement" in w for w in doc.decode_warnings)


def test_mojibake_is_flagged():
    doc = read_bytes(("锟斤拷" + SIMPLIFIED).encode("utf-8"), "a.txt")
    assert any("mojibake" in w for w in doc.decode_warnings)


@pytest.mark.parametrize(
    "data, error_class",
    [
        (b"", "EmptyFile"),
        (b" \n\t\r\n  ", "EmptyFile"),
        ("\ufeff".encode("utf-8"), "EmptyFile"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "BinaryFile"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "BinaryFile"),
        (b"PK\x03\x04" + b"\x00" * 100, "BinaryFile"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "BinaryFile"),
        (b"abc\x00def\x00" * 50 + b"\x01", "BinaryFile"),
        (b"\x01\x02\x03\x04abc" * 200, "BinaryFile"),
        (random.Random(1).randbytes(4000), "BinaryFile"),
        (bytes(random.Random(2).randrange(0x80, 0x100) for _ in range(4001)), "UndecodableFile"),
    ],
)
def test_files_that_are_not_text_are_refused(data, error_class):
    with pytest.raises(IngestError) as caught:
        read_bytes(data, "bad.bin")
    assert caught.value.stage == "read"
    assert caught.value.error_class == error_class


def test_a_50_megabyte_file_fails_fast_without_being_read(tmp_path):
    big = tmp_path / "noise.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(IngestError) as caught:
        read_document(big, tmp_path)
    assert time.perf_counter() - started < 0.5
    assert caught.value.error_class == "FileTooLarge"
    assert str(MAX_BYTES) in caught.value.message


def test_a_file_that_vanished_is_an_ingest_error(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "gone.txt", tmp_path)
    assert caught.value.error_class == "UnreadableFile"


def test_jekyll_front_matter_keeps_values_as_written():
    text = (
        '---\nlayout: post\ntitle: "厚植创新沃土 做实“高”新“文章"\ndate: 2022-02-18 10:42:53 +0800\n'
        "categories: rizhaoribao\n---\n<p>正文。</p>\n"
    )
    doc = read_bytes(text.encode("utf-8"), "posts/a.md")
    assert doc.format == "jekyll"
    assert doc.front_matter == {
        "layout": "post",
        "title": "厚植创新沃土 做实“高”新“文章",
        "date": "2022-02-18 10:42:53 +0800",
        "categories": "rizhaoribao",
    }
    assert doc.text == "<p>正文。</p>\n"
    assert doc.path == "posts/a.md"


def test_front_matter_that_is_not_valid_yaml_is_read_line_by_line():
    assert parse_front_matter('title: 日照: "高新区" 加快"发展\ndate: 2021-03-04\n- x: [') == {
        "title": '日照: "高新区" 加快"发展',
        "date": "2021-03-04",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>正文</p></body></html>", "html"),
        ("<html lang=zh><head><title>t</title></head><body>x</body></html>", "html"),
        ("<div><p>第一段</p><p>第二段</p><br/>第三段</div>", "html"),
        ("日照高新区\n\n正文第一段。", "text"),
        ("正文里提到 a<b 和 c>d 的比较。", "text"),
        ("---\n没有结束的 front matter\n正文。", "text"),
    ],
)
def test_format_detection(text, expected):
    assert read_bytes(text.encode("utf-8"), "a").format == expected


def test_crlf_and_cr_newlines_are_normalized():
    doc = read_bytes("第一行\r\n第二行\r第三行".encode(), "a.txt")
    assert doc.text == "第一行\n第二行\n第三行"


def test_iter_input_files_is_sorted_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.html", ".hidden.txt", ".git/config", "sub/.cache/x.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_input_files(tmp_path)] == [
        "a.txt",
        "b.txt",
        "sub/c.html",
    ]


def test_real_files_hash_and_size(tmp_path):
    doc = read_document(REAL_FILES[0], RAW)
    assert doc.size == REAL_FILES[0].stat().st_size
    assert len(doc.content_hash) == 64
    assert doc.path == REAL_FILES[0].name


def ingest(data: bytes):
    """read + clean: the only acceptable outcomes are documents or IngestError."""
    try:
        raw = read_bytes(data, "fuzz.txt")
    except IngestError as error:
        assert error.stage == "read"
        return None
    assert isinstance(raw, RawDocument)
    try:
        doc = clean_document(raw)
    except IngestError as error:
        assert error.stage == "clean"
        return None
    assert isinstance(doc, CleanDocument)
    assert len(doc.body) == len(doc.body_simplified)
    return doc


# FUZZ_EXAMPLES=2000 for a deeper run; the default keeps the suite fast on a shared machine.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_give_a_document_or_an_ingest_error(data):
    ingest(data)


@FUZZ
@given(
    st.sampled_from(REAL_FILES),
    st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]),
    st.lists(
        st.tuples(
            st.sampled_from(["flip", "cut", "insert", "delete"]),
            st.floats(0, 1),
            st.binary(min_size=1, max_size=8),
        ),
        max_size=6,
    ),
)
def test_mutated_real_files_give_a_document_or_an_ingest_error(path, codec, mutations):
    data = bytearray(path.read_text(encoding="utf-8").encode(codec, errors="replace"))
    for kind, where, payload in mutations:
        at = int(where * len(data))
        if kind == "flip" and data:
            data[min(at, len(data) - 1)] ^= payload[0]
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = payload
        else:
            del data[at : at + len(payload) * 50]
    ingest(bytes(data))


@FUZZ
@given(st.text(max_size=400))
def test_random_text_in_any_wrapper_gives_a_document_or_an_ingest_error(text):
    for wrapped in (
        text,
        f"---\ntitle: {text[:20]}\n---\n<p>{text}</p>",
        f"<html><body>{text}</body></html>",
    ):
        ingest(wrapped.encode("utf-8", errors="replace"))


def test_truncated_html_still_reads(tmp_path):
    page = (
        "<html><head><title>日照高新区项目集中开工_新闻</title></head><body><div class='content'><p>"
        + SIMPLIFIED * 3
        + "</p><p>第二段：日照高新区项目建设"
    )
    doc = ingest(page.encode("utf-8"))
    assert doc is not None
    assert doc.title == "日照高新区项目集中开工"
    assert doc.body.endswith("第二段：日照高新区项目建设")
