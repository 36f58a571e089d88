"""Exact and near-duplicate detection on the simplified, cleaned text.

A fingerprint is a MinHash of 4-character shingles, computed with one-permutation
hashing (each shingle hashed once into one of SLOTS buckets, densified for short
texts) in whole-array arithmetic (numpy), with no Python step per shingle. Candidates
are found with LSH banding, so a build compares an article only with the few that
share a band, never with all of them. Fingerprints are plain strings, stored in
`article_texts`; their LSH band keys are rows of `article_bands`.
"""

import base64
import hashlib
from array import array
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import numpy as np

from etl.text import HANZI_RANGES

SHINGLE = 4
SLOTS = 128
BANDS, ROWS = 42, 3  # 126 slots banded
# A candidate must share two bands: P(candidate) is 0.97 at Jaccard 0.5 and 0.9996 at 0.6, but
# texts that merely share stock phrases (one band by chance) are no longer compared one by one,
# which kept the cost per new article growing with the corpus.
MIN_SHARED_BANDS = 2
THRESHOLD = 0.5  # estimated Jaccard above which two texts are the same article
PREFIX = "mh3"
EMPTY = 0xFFFFFFFF
SLOT_BITS = 32 - 7  # 2**7 == SLOTS
SAMPLE_ABOVE = 400  # characters; shorter texts keep every shingle


def normalize(text: str) -> str:
    """Lower-case letters, digits and hanzi only (punctuation, spacing and layout never make two
    reposts differ); full-width ０-９ and Ａ-ｚ folded to ASCII.

    (A full NFKC costs more than the whole MinHash on a long article.)
    """
    return normalized_codes(text).tobytes().decode("utf-32-le")


def normalized_codes(text: str) -> np.ndarray:
    """The code points of `normalize(text)`, by one table look-up per character."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    folded = _folding_table()[np.minimum(codes, 0xFFFF)]  # past the BMP: no kept range
    return folded[folded != 0]


@lru_cache(maxsize=1)
def _folding_table() -> np.ndarray:
    """Each code point of the BMP to the one `normalize` keeps, or 0 for one it drops."""
    table = np.arange(0x10000, dtype="<u4")
    table[0xFF10:0xFF1A] -= 0xFEE0  # ０-９
    table[0xFF21:0xFF3B] -= 0xFEE0  # Ａ-Ｚ
    table[0xFF41:0xFF5B] -= 0xFEE0  # ａ-ｚ
    upper = (table >= 0x41) & (table <= 0x5A)
    table[upper] += 0x20
    kept = ((table >= 0x30) & (table <= 0x39)) | ((table >= 0x61) & (table <= 0x7A))
    for start, end in HANZI_RANGES:
        kept |= (table >= start) & (table <= end)
    table[~kept] = 0
    return table


def fingerprint(text: str) -> str:
    """`mh3:<exact hash>:<MinHash slots>` for a cleaned, simplified body."""
    codes = normalized_codes(text)
    exact = hashlib.sha1(codes.tobytes()).hexdigest()[:16]
    return f"{PREFIX}:{exact}:{base64.b64encode(minhash(codes).tobytes()).decode('ascii')}"


def minhash(codes: np.ndarray) -> array:
    """One-permutation MinHash: each shingle's hash picks its slot (top 7 bits) and competes for
    the minimum of the slot.

    Long texts use only the shingles starting at an anchor character (a fixed third of all
    characters), which keeps the estimate while hashing a third. Whole-array arithmetic over
    the text's code points (numpy): a shingle's hash is a multiply-add of its four code points
    and a murmur3 finalizer, and the slots' minima come from one sort and a binary search per
    slot. Hashing each shingle's UTF-8 bytes with zlib.crc32 cost five times as much, most of it
    in making a bytes object per shingle.
    """
    if not len(codes):
        return array("I", [EMPTY] * SLOTS)
    if len(codes) < SHINGLE:  # a text shorter than a shingle is its one shingle
        codes = np.concatenate([codes, np.zeros(SHINGLE - len(codes), dtype="<u4")])
    starts = codes[: len(codes) - SHINGLE + 1]
    follow = [codes[i : len(codes) - SHINGLE + 1 + i] for i in range(1, SHINGLE)]
    if len(codes) >= SAMPLE_ABOVE:
        anchored = _anchor_table()[starts]
        starts, follow = starts[anchored], [f[anchored] for f in follow]
    mixed = starts * _MULTIPLIERS[0]  # arrays of uint32 wrap around silently
    for codes_at, multiplier in zip(follow, _MULTIPLIERS[1:]):
        mixed += codes_at * multiplier
    hashes = np.sort(_finalize(mixed))
    first = np.searchsorted(hashes, _SLOT_FLOORS)
    value = hashes[np.minimum(first, len(hashes) - 1)] if len(hashes) else _SLOT_FLOORS
    present = (first < len(hashes)) & ((value >> SLOT_BITS) == _SLOT_NUMBERS)
    low = (1 << SLOT_BITS) - 1  # the slot's own bits are the same for every value in it
    slots = np.where(present, value & low, EMPTY).astype("<u4")
    return array("I", densify(slots.tolist()))


# Odd 32-bit constants (murmur3's and xxhash's primes): one per position in a shingle.
_MULTIPLIERS = tuple(np.uint32(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F))
_SLOT_NUMBERS = np.arange(SLOTS, dtype="<u4")
_SLOT_FLOORS = _SLOT_NUMBERS << np.uint32(SLOT_BITS)


def _finalize(h: np.ndarray) -> np.ndarray:
    """murmur3's 32-bit finalizer (fmix32), in place: every input bit reaches every output bit, so
    the top bits that pick a slot depend on all four characters."""
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


@lru_cache(maxsize=1)
def _anchor_table() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane (all that `normalize` keeps), whether a
    shingle may start there: a third of them, by a hash of the character."""
    codes = np.arange(0x10000, dtype="<u4")
    return _finalize(codes * _MULTIPLIERS[0]) % np.uint32(3) == 0


def densify(slots: list) -> list:
    """Fill empty buckets from the next filled one (rotation), so short texts still compare."""
    if EMPTY not in slots:
        return list(slots)  # nothing to fill: most texts
    if all(v == EMPTY for v in slots):
        return slots
    filled = list(slots)
    for i, value in enumerate(slots):
        distance = 0
        while value == EMPTY:
            distance += 1
            value = slots[(i + distance) % SLOTS]
        if distance:
            filled[i] = value + distance * 0x2000000  # above the range of real values, below 2**32
    return filled


def parse(fp: str) -> tuple[str, array]:
    prefix, exact, packed = fp.split(":", 2)
    if prefix != PREFIX:
        raise ValueError(f"unknown fingerprint format {prefix!r}")
    slots = array("I")
    slots.frombytes(base64.b64decode(packed))
    return exact, slots


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the two texts' shingles; 1.0 only for identical texts."""
    exact_a, slots_a = parse(a)
    exact_b, slots_b = parse(b)
    return _similarity(exact_a, slots_a, exact_b, slots_b)


def _similarity(exact_a, slots_a, exact_b, slots_b) -> float:
    if exact_a == exact_b:
        return 1.0
    return min(_equal_slots(_as_integer(slots_a), _as_integer(slots_b)) / SLOTS, 0.999)


def _as_integer(slots) -> int:
    """The signature as one integer of SLOTS 32-bit lanes (an int passes through)."""
    return (
        slots if isinstance(slots, int) else int.from_bytes(array("I", slots).tobytes(), "little")
    )


_LOW_BITS = int.from_bytes(b"\xff\xff\xff\x7f" * SLOTS, "little")
_HIGH_BITS = int.from_bytes(b"\x00\x00\x00\x80" * SLOTS, "little")


def _equal_slots(a: int, b: int) -> int:
    """How many 32-bit lanes of a and b are equal, in a few whole-integer operations (a Python
    loop over 128 slots cost most of a duplicate lookup). A lane of a ^ b is non-zero exactly
    when its top bit or the carry of its low 31 bits plus 2**31 - 1 is set; that sum never
    carries into the next lane."""
    differ = a ^ b
    nonzero = (((differ & _LOW_BITS) + _LOW_BITS) | differ) & _HIGH_BITS
    return SLOTS - nonzero.bit_count()


def is_near_duplicate(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold


FOLD_MASK = (1 << 56) - 1
EXACT_BAND = 63  # the band number of the key that stands for the exact hash


def band_keys(slots: array) -> list:
    """One integer per LSH band: the band number in the top bits, its ROWS slot values folded
    into the 56 below. Integers index in SQLite (the `article_bands` table) and hash fast in a
    dict; two different bands that fold alike only add a candidate, which is then compared on
    the whole signature."""
    keys = []
    for band in range(BANDS):
        first = band * ROWS
        folded = (slots[first] << 24) ^ (slots[first + 1] << 12) ^ slots[first + 2]
        keys.append((band << 56) | (folded & FOLD_MASK))
    return keys


def exact_key(exact: str) -> int:
    """The key of the exact-text hash, in the same integer space as the band keys."""
    return (EXACT_BAND << 56) | (int(exact, 16) & FOLD_MASK)


def lookup_keys(fp: str | None) -> list:
    """Every key an article is found by: its exact hash, then its LSH bands ([] for no fingerprint)."""
    if not fp or not fp.startswith(PREFIX + ":"):
        return []
    exact, slots = parse(fp)
    return [exact_key(exact), *band_keys(slots)]


class DuplicateIndex:
    """Canonical articles seen so far, looked up by exact hash and by LSH band.

    Articles added in this run are held in memory; `stored(exact key, band keys)`, when
    given, returns (key, fingerprint) of earlier articles with the same exact key or at
    least MIN_SHARED_BANDS of the band keys (from the indexed `article_bands` table), so a
    rebuild that reads one new file never loads the fingerprints of the other 20,000.
    """

    def __init__(self, threshold: float = THRESHOLD, stored=None):
        self.threshold = threshold
        self.stored = stored
        self.exact: dict = {}
        self.buckets: dict = {}
        self.signatures: dict = {}

    def add(self, key, fp: str | None, keys: list | None = None):
        """Index an article; `keys` are its `lookup_keys(fp)` if the caller has them already."""
        if not fp or not fp.startswith(PREFIX + ":"):
            return  # a fingerprint of an older format: its article is re-fingerprinted when rebuilt
        exact, slots = parse(fp)
        self.exact.setdefault(exact, key)
        self.signatures[key] = (exact, _as_integer(slots))  # ~570 bytes; a tuple would take 4.6 KB
        for band in keys[1:] if keys else band_keys(slots):
            self.buckets.setdefault(band, []).append(key)

    def match(self, fp: str | None, keys: list | None = None):
        """(canonical key, similarity) of the best matching article, or None.

        An identical text wins (the earliest article with it); otherwise the most similar
        article above the threshold, the earliest of equals. `keys` are `lookup_keys(fp)`
        if the caller has them already (a build worker computes them)."""
        if not fp:
            return None
        exact, slots = parse(fp)
        if not keys:
            keys = [exact_key(exact), *band_keys(slots)]
        exact_lookup, keys = keys[0], keys[1:]
        slots = _as_integer(slots)
        candidates = {}
        if self.stored is not None:
            for key, other in self.stored(exact_lookup, keys):
                if other and other.startswith(PREFIX + ":"):
                    other_exact, other_slots = parse(other)
                    candidates[key] = (other_exact, _as_integer(other_slots))
        if exact in self.exact:
            candidates[self.exact[exact]] = self.signatures[self.exact[exact]]
        buckets = self.buckets.get
        shared = Counter(chain.from_iterable(buckets(band, ()) for band in keys))
        for key, count in shared.items():
            if count >= MIN_SHARED_BANDS:
                candidates[key] = self.signatures[key]
        identical = sorted(
            key for key, (other_exact, _) in candidates.items() if other_exact == exact
        )
        if identical:
            return identical[0], 1.0
        best = None
        for key in sorted(candidates):
            other_exact, other_slots = candidates[key]
            score = _similarity(exact, slots, other_exact, other_slots)
            if score >= self.threshold and (best is None or score > best[1]):
                best = (key, score)
        return best


def find_duplicates(items: Iterable[tuple]) -> dict:
    """{duplicate key: canonical key} for (key, fingerprint) pairs; the first of a group is canonical."""
    index = DuplicateIndex()
    links = {}
    for key, fp in items:
        match = index.match(fp)
        if match is None:
            index.add(key, fp)
        else:
            links[key] = match[0]
    return links
