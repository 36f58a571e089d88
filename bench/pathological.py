"""Time per KB of clean + extract on text with no punctuation at all (issue 16): a single-line
file of any size must cost time in proportion to its length, never to its square."""

import time

from etl.clean import clean_document
from etl.extract import extract_facts
from etl.read import read_bytes

# One sentence's worth of a park report, its punctuation removed: names, numbers and units, so
# every stage that looks around a number has work to do.
UNIT = "日照高新区新签约项目29个计划总投资58亿元园区营收增长5%全市规上工业增加值增长6%"
SIZES = (20_000, 80_000, 320_000)
WARM_UP_CHARS = 2_000


def unpunctuated_text(chars: int) -> str:
    return (UNIT * (chars // len(UNIT) + 1))[:chars]


def time_per_kb(chars: int) -> dict:
    """Seconds to read, clean and extract one file of `chars` unpunctuated characters."""
    data = unpunctuated_text(chars).encode("utf-8")
    started = time.perf_counter()
    facts = extract_facts(clean_document(read_bytes(data, "unpunctuated.txt")))
    seconds = time.perf_counter() - started
    return {
        "chars": chars,
        "seconds": round(seconds, 3),
        "ms_per_kb": round(1000 * seconds / (chars / 1000), 3),
        "metrics": len(facts.metrics),
    }


def measure_unpunctuated(sizes=SIZES) -> dict:
    """Each size's time per KB, and the spread: the largest per-KB time over the smallest
    (flat within 2× is linear enough). A small file runs first, untimed: the gazetteers,
    automata and converters load once per process, and the first size must not pay for them."""
    time_per_kb(WARM_UP_CHARS)
    points = [time_per_kb(chars) for chars in sizes]
    per_kb = [p["ms_per_kb"] for p in points]
    return {"points": points, "spread": round(max(per_kb) / max(min(per_kb), 1e-9), 2)}
