"""Duplicates: the same article across scripts, headers and small edits; never two different articles."""

import os
import random
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from etl.clean import clean_document
from etl.load import dedupe
from etl.read import read_bytes, read_document
from etl.script import converter

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
REAL_FILES = sorted(RAW.glob("*.txt"))


@pytest.fixture(scope="module")
def bodies():
    return {p.stem[:3]: clean_document(read_document(p, RAW)).body_simplified for p in REAL_FILES}


def simplified_body_of(text: str, name: str = "x.txt") -> str:
    return clean_document(read_bytes(text.encode("utf-8"), name)).body_simplified


def test_fingerprint_is_a_stable_string(bodies):
    fp = dedupe.fingerprint(bodies["000"])
    assert isinstance(fp, str) and fp.startswith("mh3:")
    assert dedupe.fingerprint(bodies["000"]) == fp
    assert dedupe.similarity(fp, fp) == 1.0


def test_fingerprint_does_not_depend_on_the_process():
    """Fingerprints are stored in the database, so they must survive Python's hash randomization."""
    code = "from etl.load import dedupe; print(dedupe.fingerprint('日照高新区成功签约7个项目，计划总投资71.3亿元。'))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=ROOT,
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {dedupe.fingerprint("日照高新区成功签约7个项目，计划总投资71.3亿元。") + "\n"}


def test_different_articles_on_the_same_park_are_not_duplicates(bodies):
    fps = {key: dedupe.fingerprint(body) for key, body in bodies.items()}
    for a in fps:
        for b in fps:
            if a < b:
                assert dedupe.similarity(fps[a], fps[b]) < 0.15, (a, b)
                assert not dedupe.is_near_duplicate(fps[a], fps[b])
    assert dedupe.find_duplicates(sorted(fps.items())) == {}


def traditional_repost(path: Path) -> str:
    return converter("s2twp").convert(path.read_text(encoding="utf-8"))


def with_other_header(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[1]
    return "转载：园区新闻网\n发布时间：2023-01-01 08:00\n来源：园区新闻网\n\n" + text


def slightly_edited(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    rng = random.Random(7)
    sentences = text.split("。")
    prose = [
        i
        for i, sentence in enumerate(sentences)
        if 10 < len(sentence) < 150 and "\n" not in sentence
    ]
    for i in rng.sample(prose, k=len(sentences) // 10):
        sentences[i] = sentences[i][::-1]  # about a tenth of the sentences rewritten
    return "。".join(sentences).replace("日照", "山东日照")


@pytest.mark.parametrize("variant", [traditional_repost, with_other_header, slightly_edited])
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name[:3])
def test_reposts_are_near_duplicates(bodies, variant, path):
    original = dedupe.fingerprint(bodies[path.stem[:3]])
    repost = dedupe.fingerprint(simplified_body_of(variant(path)))
    assert dedupe.is_near_duplicate(original, repost)
    assert dedupe.similarity(original, repost) < 1.0 or variant is with_other_header


def test_find_duplicates_links_every_repost_to_the_first_copy(bodies):
    items = [(f"orig-{key}", dedupe.fingerprint(body)) for key, body in sorted(bodies.items())]
    for path in REAL_FILES:
        key = path.stem[:3]
        items.append(
            (f"trad-{key}", dedupe.fingerprint(simplified_body_of(traditional_repost(path))))
        )
        items.append((f"copy-{key}", dedupe.fingerprint(bodies[key])))
    assert dedupe.find_duplicates(items) == {
        **{f"trad-{p.stem[:3]}": f"orig-{p.stem[:3]}" for p in REAL_FILES},
        **{f"copy-{p.stem[:3]}": f"orig-{p.stem[:3]}" for p in REAL_FILES},
    }


def test_duplicate_index_reports_exact_and_near_matches(bodies):
    index = dedupe.DuplicateIndex()
    index.add(1, dedupe.fingerprint(bodies["003"]))
    assert index.match(dedupe.fingerprint(bodies["003"])) == (1, 1.0)
    key, score = index.match(dedupe.fingerprint(bodies["003"].replace("日照经开区", "经开区")))
    assert key == 1 and dedupe.THRESHOLD <= score < 1.0
    assert index.match(dedupe.fingerprint(bodies["000"])) is None
    assert index.match(None) is None


@pytest.mark.parametrize(
    "a, b, near",
    [
        ("日照高新区项目集中开工", "日照高新区项目集中开工。", True),  # punctuation only
        ("日照高新区项目集中开工", "青岛科创园项目集中签约", False),
        ("", "", True),
        ("园区", "园区", True),
    ],
)
def test_short_texts(a, b, near):
    assert dedupe.is_near_duplicate(dedupe.fingerprint(a), dedupe.fingerprint(b)) is near


def test_find_duplicates_is_fast_on_thousands_of_articles():
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    texts = ["".join(rng.choices(alphabet, k=800)) for _ in range(1500)]
    started = time.perf_counter()
    fps = [(i, dedupe.fingerprint(t)) for i, t in enumerate(texts)]
    fps.append(("dup", dedupe.fingerprint(texts[42][:760] + "新增的结尾")))
    links = dedupe.find_duplicates(fps)
    assert links == {"dup": 42}
    assert time.perf_counter() - started < 10


def test_full_width_letters_and_digits_do_not_make_a_difference():
    assert (
        dedupe.normalize("Ｗｅｙ牌汽车２０２２年，投资１０亿元！")
        == dedupe.normalize("WEY牌汽车 2022年 投资10亿元")
        == "wey牌汽车2022年投资10亿元"
    )


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(
            st.sampled_from([0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x2000000, 12345]),
            st.sampled_from([0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x2000000, 54321]),
        ),
        min_size=dedupe.SLOTS,
        max_size=dedupe.SLOTS,
    )
)
def test_equal_slots_counts_equal_lanes_like_a_plain_loop(pairs):
    a = array("I", [x for x, _ in pairs])
    b = array("I", [y for _, y in pairs])
    assert dedupe._equal_slots(dedupe._as_integer(a), dedupe._as_integer(b)) == sum(
        x == y for x, y in pairs
    )


def test_index_given_the_workers_keys_matches_as_without_them(bodies):
    first = bodies["000"]
    texts = [
        first,
        first[: len(first) * 9 // 10],
        bodies["001"],
        first,
    ]  # a near copy, another article, a copy
    results = []
    with_keys, without = dedupe.DuplicateIndex(), dedupe.DuplicateIndex()
    for i, text in enumerate(texts):
        fp = dedupe.fingerprint(text)
        keys = dedupe.lookup_keys(fp)
        results.append(with_keys.match(fp, keys))
        assert results[-1] == without.match(fp)
        with_keys.add(i, fp, keys)
        without.add(i, fp)
    assert [match and match[0] for match in results] == [None, 0, None, 0]


def plain_minhash(codes: list) -> list:
    """The MinHash of `dedupe.minhash` written as a loop over shingles, on Python integers."""

    def finalize(h):
        h ^= h >> 16
        h = (h * 0x85EBCA6B) & 0xFFFFFFFF
        h ^= h >> 13
        h = (h * 0xC2B2AE35) & 0xFFFFFFFF
        return h ^ (h >> 16)

    if not codes:
        return [dedupe.EMPTY] * dedupe.SLOTS
    codes = codes + [0] * (dedupe.SHINGLE - len(codes))
    multipliers = [int(m) for m in dedupe._MULTIPLIERS]
    smallest = {}
    for i in range(len(codes) - dedupe.SHINGLE + 1):
        shingle = codes[i : i + dedupe.SHINGLE]
        if (
            len(codes) >= dedupe.SAMPLE_ABOVE
            and finalize(shingle[0] * multipliers[0] & 0xFFFFFFFF) % 3
        ):
            continue  # not an anchor
        h = finalize(sum(c * m for c, m in zip(shingle, multipliers)) & 0xFFFFFFFF)
        slot = h >> dedupe.SLOT_BITS
        smallest[slot] = min(smallest.get(slot, h), h)
    low = (1 << dedupe.SLOT_BITS) - 1
    return dedupe.densify(
        [smallest[s] & low if s in smallest else dedupe.EMPTY for s in range(dedupe.SLOTS)]
    )


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="园区高新投资亿元0129abz", max_size=900))
@example(
    text="日照高新区成功签约7个项目，计划总投资71.3亿元。" * 30
)  # long: anchored shingles only
def test_minhash_matches_a_loop_over_shingles(text):
    codes = dedupe.normalized_codes(text)
    assert list(dedupe.minhash(codes)) == plain_minhash([int(c) for c in codes])


def test_importing_the_duplicate_finder_starts_no_thread():
    """numpy's OpenBLAS would start a thread per core, with its buffers, in every build process."""
    code = "import os, etl.load.dedupe; print(len(os.listdir('/proc/self/task')))"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    )
    assert out.stdout.strip() == "1"
