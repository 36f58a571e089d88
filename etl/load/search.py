"""Chinese full-text search with stock SQLite FTS5: no C extension, no custom tokenizer.

SQLite's default tokenizer reads a run of Chinese characters as one word and the
trigram tokenizer cannot find two-character words, so the index is built over
*spaced* text. Every CJK character is indexed as a token together with the next
character of its run (日照高新区 → 日照 照高 高新 新区 区), digits one by one, Latin
words whole, and each run of punctuation or whitespace becomes one boundary token.
A query is tokenized the same way and searched as a phrase, so 园区, 半导体 and
兴华半导体 find exactly the articles whose simplified text contains them, and a
phrase never matches across punctuation (公园。区域 does not contain 园区).

Why pairs rather than single characters: a phrase query reads the position list of
each of its tokens, and a single character such as 发 occurs dozens of times in
every article, while 发展 occurs a few times. A five-character search reads four
pair lists instead of five character lists, about three times less (docs/scaling.md).
A one-character query is a prefix query (`"园" *`: every pair that starts with 园,
and 园 at the end of a run).

The FTS table is contentless (`content=''`): it stores the index only, and any
SQLite client can query it:

    select id, title from articles
    where id in (select rowid from articles_fts where articles_fts match '"园区"')
    -- 兴华半导体: '"兴华 华半 半导 导体"'; one character, 园: '"园" *'

The Datasette plugin (plugins/cjk_search.py) applies `fts_query` to what a user
types and `snippet` to build highlighted excerpts.
"""

import re
import unicodedata
from functools import lru_cache

import numpy as np
import sqlite_utils

from etl import script

FTS_TABLE = "articles_fts"
# Stands for a run of punctuation/whitespace. A private-use character is a token
# character for the tokenizer and never occurs in news text, so a phrase can require
# "no separator here" without matching some real word.
BOUNDARY = "\ue000"
# Around each hit in a snippet. Rare in Chinese news (unlike 【】), readable in CSV;
# the plugin turns them into <mark> on HTML pages.
MARK_START, MARK_END = "⟦", "⟧"

_SEPARATORS = re.compile(r"[\W_]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
_SPACED_LATIN = re.compile(r"[A-Za-z](?: [A-Za-z])+")
_SPACE_UTF32 = " ".encode("utf-32-le")
BOUNDARY_CODE, SPACE_CODE = ord(BOUNDARY), ord(" ")
_QUERY_TERMS = re.compile(r'"([^"]*)"?|(\S+)')
# Indexed rows per executemany batch.
BATCH = 2000


def to_simplified(text: str) -> str:
    """Simplified script exactly as the cleaner makes body_simplified (etl.script)."""
    return script.to_simplified(text) if text else ""


def simplified_variants(text: str) -> list[str]:
    """The text as written, as the cleaner converts it (with Taiwan wording), and character
    by character (a user typing 軟體 may mean the characters, not the word), deduplicated."""
    return list(dict.fromkeys([text, to_simplified(text), script.convert_same_length(text)]))


def spaced_cjk(text: str) -> str:
    """Text as FTS5 tokens: one token per CJK character or digit, Latin words whole,
    each punctuation/whitespace run one BOUNDARY token.

    >>> spaced_cjk("日照高新区, 5G基站")
    '日 照 高 新 区 \\ue000 5 G 基 站'
    """
    if not text:
        return ""
    text = _SEPARATORS.sub(BOUNDARY, fold_case(text))
    spaced = _interleave_spaces(text)
    if _LATIN_WORD.search(text):  # Latin words rejoined
        spaced = _SPACED_LATIN.sub(lambda m: m.group(0).replace(" ", ""), spaced)
    return spaced


def indexed_text(text: str) -> str:
    """Text as the index stores it: `spaced_cjk`, with each CJK character joined to the
    next one when both belong to the same run (a pair token), so phrases read short lists.

    >>> indexed_text("日照高新区, 5G基站")
    '日照 照高 高新 新区 区 \ue000 5 G 基站 站'

    Whole-array arithmetic on the code points (numpy), three output lanes per character (the
    character, its partner or nothing, a space or nothing): a Python loop over the characters
    costs ten times as much, and `re` plus integer tricks twice as much.
    """
    if not text:
        return ""
    codes = np.frombuffer(fold_case(text).encode("utf-32-le"), dtype="<u4")
    word = _word_characters(codes)
    run_start = np.ones(len(codes), dtype=bool)  # a separator that opens its run
    run_start[1:] = word[:-1]
    tokens = np.where(word, codes, BOUNDARY_CODE)[word | run_start]
    pairs = (tokens > 0x7F) & (tokens != BOUNDARY_CODE)  # `pairs_with_next`, token by token
    lanes = np.zeros((len(tokens), 3), dtype="<u4")
    lanes[:, 0] = tokens
    lanes[:-1, 1] = np.where(pairs[:-1] & pairs[1:], tokens[1:], 0)
    lanes[:-1, 2] = SPACE_CODE
    letter = ((tokens | 0x20) - 0x61) < 26  # A-Z, a-z (unsigned: below 0x61 wraps high)
    lanes[:-1, 2][letter[:-1] & letter[1:]] = 0  # a Latin word stays whole
    kept = lanes.ravel()
    return kept[kept != 0].tobytes().decode("utf-32-le")


def _word_characters(codes: np.ndarray) -> np.ndarray:
    """Where `codes` are characters `_SEPARATORS` does not match."""
    word = _word_table()[np.minimum(codes, 0xFFFF)]
    if len(codes) and codes.max() > 0xFFFF:  # beyond the BMP (rare): ask each character
        astral = np.flatnonzero(codes > 0xFFFF)
        word[astral] = [not _SEPARATORS.match(chr(code)) for code in codes[astral].tolist()]
    return word


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    """For every code point of the BMP, whether `_SEPARATORS` leaves it alone: the pattern run
    once over all of them (surrogates included, as code points)."""
    every = np.arange(0x10000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    marked = _SEPARATORS.sub(lambda m: "\x00" * len(m.group()), every)
    return np.frombuffer(marked.encode("utf-32-le", "surrogatepass"), dtype="<u4") != 0


def fold_case(text: str) -> str:
    """What unicode61 folds and the ascii tokenizer does not: non-ASCII letters in lower case (É, Ａ,
    Ω) and Latin letters without their diacritics (é → e). News text rarely holds one, so a scan
    for them costs less than folding every text."""
    pattern, table = _folding()
    return text.translate(table) if pattern.search(text) else text


@lru_cache(maxsize=1)
def _folding() -> tuple[re.Pattern, dict]:
    table = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        folded = char.lower()
        if 0xC0 <= code < 0x250 or 0x1E00 <= code < 0x1F00:  # Latin letters with diacritics
            folded = "".join(
                c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn"
            )
        if folded and folded != char:
            table[code] = folded
    return re.compile("[" + re.escape("".join(map(chr, table))) + "]"), table


def pairs_with_next(token: str) -> bool:
    """True for a token that the index joins to a following CJK character: one character
    that is neither ASCII (digits and Latin letters stay alone) nor the boundary token."""
    return len(token) == 1 and token > "\x7f" and token != BOUNDARY


def _interleave_spaces(text: str) -> str:
    """ " ".join(text) five times faster: slice assignment over fixed-width UTF-32 code units."""
    units = text.encode("utf-32-le")
    out = bytearray(_SPACE_UTF32 * (2 * len(text) - 1))
    for byte in range(4):
        out[byte::8] = units[byte::4]
    return out.decode("utf-32-le")


def query_terms(query: str) -> list[str]:
    """The user's terms: whitespace separates terms, "double quotes" keep a phrase."""
    terms = (
        m.group(1) if m.group(1) is not None else m.group(2)
        for m in _QUERY_TERMS.finditer(query or "")
    )
    return [term for term in terms if term.strip()]


def _term_tokens(term: str) -> str:
    """A term's tokens, without boundary tokens at either end (「高新速度」 means 高新速度)."""
    tokens = spaced_cjk(term).split(" ")
    while tokens and tokens[0] in (BOUNDARY, ""):
        tokens.pop(0)
    while tokens and tokens[-1] in (BOUNDARY, ""):
        tokens.pop()
    return " ".join(tokens)


def term_phrase(term: str) -> str:
    """The FTS5 phrase that finds a term in `indexed_text`, or '' for a term with no token.

    The term's tokens are paired like the text's, except at its end: there the text's
    character may be followed by anything, so a last character that the pair before it
    already holds is left out (半导体 → "半导 导体"), and a lone one is a prefix (园 → "园" *).

    >>> term_phrase("兴华半导体"), term_phrase("5G基"), term_phrase("71.3亿元")
    ('"兴华 华半 半导 导体"', '"5 G 基" *', '"7 1 \ue000 3 亿元"')
    """
    tokens = [token for token in _term_tokens(term).split(" ") if token]
    if not tokens:
        return ""
    pairs = [pairs_with_next(token) for token in tokens]
    phrase = [
        token + tokens[i + 1] if pairs[i] and i + 1 < len(tokens) and pairs[i + 1] else token
        for i, token in enumerate(tokens)
    ]
    prefix = ""
    if pairs[-1]:
        if len(tokens) > 1 and pairs[-2]:
            phrase.pop()
        else:
            prefix = " *"
    return '"' + " ".join(phrase).replace('"', '""') + '"' + prefix


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for what a user typed: every term must occur, as a
    phrase, in either script. Returns '""' (matches nothing, never an error) when
    the query has no searchable characters, e.g. '' from an empty form field.

    Terms are joined by an explicit AND: FTS5's implicit AND is a syntax error after a
    bracketed group. Every phrase is quoted, so the user's AND, OR, NOT, NEAR, brackets,
    stars and colons are searched as text, never read as FTS5 syntax.

    >>> fts_query('兴華 半导体')
    '("兴華" OR "兴华") AND "半导 导体"'
    """
    groups = []
    for term in query_terms(query):
        phrases = []
        for variant in simplified_variants(term):
            phrase = term_phrase(variant)
            if phrase and phrase not in phrases:
                phrases.append(phrase)
        if len(phrases) == 1:
            groups.append(phrases[0])
        elif phrases:
            groups.append("(" + " OR ".join(phrases) + ")")
    return " AND ".join(groups) or '""'


def _term_pattern(term: str) -> str:
    """Regex matching a term in plain text the way the index matches its tokens."""
    pattern = []
    for token in _term_tokens(term).split(" "):
        if token == BOUNDARY:
            pattern.append(r"[\W_]+")
        elif token:
            pattern.append(re.escape(token))
    return "".join(pattern)


@lru_cache(maxsize=256)
def hit_pattern(query: str):
    """Compiled regex finding every hit of the query's terms (any script variant), or None."""
    alternatives = []
    for term in query_terms(query):
        for variant in simplified_variants(term):
            pattern = _term_pattern(variant)
            if pattern and pattern not in alternatives:
                alternatives.append(pattern)
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # longest first: 兴华半导体 before 半导体
    return re.compile("|".join(alternatives), re.IGNORECASE)


def hit_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every hit of the query in text (simplified), non-overlapping."""
    pattern = hit_pattern(query or "")
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(text)]


def snippet(body: str, body_simplified: str, query: str, width: int = 60) -> str:
    """An excerpt of `body` (as written) around the first hit, hits between ⟦ and ⟧.

    Hits are found in body_simplified, which has the same length as body, so a
    simplified query highlights a traditional article in its own script.
    Falls back to the start of the text when the body has no hit (a title hit).
    """
    body = body or ""
    searched = body_simplified if body_simplified and len(body_simplified) == len(body) else body
    spans = hit_spans(searched, query)
    if not spans:
        return _one_line(body[: 2 * width]) + ("…" if len(body) > 2 * width else "")
    start = max(0, spans[0][0] - width)
    end = min(len(body), spans[0][1] + width)
    pieces, cursor = [], start
    for hit_start, hit_end in spans:
        if hit_start < start or hit_end > end:
            continue
        pieces += [body[cursor:hit_start], MARK_START, body[hit_start:hit_end], MARK_END]
        cursor = hit_end
    pieces.append(body[cursor:end])
    return (
        ("…" if start > 0 else "") + _one_line("".join(pieces)) + ("…" if end < len(body) else "")
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text)


# Bump when spacing or tokenizer rules change: an index built by other rules is rebuilt.
INDEX_VERSION = 3
# The stock ascii tokenizer: the text comes spaced, every separator an ASCII space, so it cuts the
# same tokens as unicode61 at about half the cost per article (the writer's largest insert), and
# `fold_case` does the folding unicode61 would do beyond ASCII.
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE [{FTS_TABLE}] USING fts5(title, body, content='', tokenize='ascii' "
    f"/* text spaced in CJK character pairs by etl/search.py, index version {INDEX_VERSION} */)"
)
# FTS5's default incremental merging, restored after a bulk load.
AUTOMERGE = 4
# Bytes of pending index data FTS5 keeps in memory before writing a segment (default 1 MB):
# larger means fewer, bigger segments and a third less time for a bulk load.
HASHSIZE = 16 * 1024 * 1024


def create_index(db: sqlite_utils.Database) -> None:
    """(Re)create the empty contentless FTS5 table with the stock ascii tokenizer."""
    db.execute(f"drop table if exists [{FTS_TABLE}]")
    db.execute(CREATE_SQL)


def index_is_current(db: sqlite_utils.Database) -> bool:
    row = db.execute("select sql from sqlite_master where name = ?", [FTS_TABLE]).fetchone()
    return bool(row) and row[0] == CREATE_SQL


def search_row(title: str, simplified_body: str) -> tuple[str, str]:
    """(title, body) as the index stores them: the title converted, both `indexed_text`.

    Pure, so a build worker computes it next to the extraction and the writer only inserts."""
    return indexed_text(to_simplified(title or "")), indexed_text(simplified_body or "")


def document_search_row(doc) -> tuple[str, str]:
    """`search_row` of a cleaned document: its simplified body, or its body if it has none."""
    return search_row(
        doc.title, doc.body_simplified if doc.body_simplified is not None else doc.body
    )


def begin_bulk_load(db: sqlite_utils.Database) -> None:
    """A fresh, empty index tuned for a bulk load: no merging until `end_bulk_load`."""
    create_index(db)
    db.execute(f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rank) values ('automerge', 0)")
    db.execute(f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rank) values ('hashsize', {HASHSIZE})")


def end_bulk_load(db: sqlite_utils.Database) -> None:
    """Default merging again, and the segments of the bulk load merged into one."""
    db.execute(f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rank) values ('automerge', {AUTOMERGE})")
    db.execute(f"insert into [{FTS_TABLE}] ([{FTS_TABLE}]) values ('optimize')")


def insert_rows(db: sqlite_utils.Database, rows: list[tuple]) -> None:
    """(rowid, spaced title, spaced body) rows from `search_row`, into the index."""
    db.conn.executemany(f"insert into [{FTS_TABLE}] (rowid, title, body) values (?, ?, ?)", rows)


def index_articles(db: sqlite_utils.Database) -> None:
    """Bring the search index up to date with `articles` (title + simplified body).

    Appends articles it has not seen; rebuilds from scratch when an indexed article
    is gone or the rules changed, because a contentless table cannot forget a row
    without its old text. This relies on the loader never rewriting an article in
    place (a re-read file gets a new id). A full rebuild of 20,000 articles takes
    seconds: spacing is C-speed string work and merging is deferred to one optimize.
    """
    with db.atomic():
        indexed = set()
        if index_is_current(db):
            indexed = {row[0] for row in db.execute(f"select rowid from [{FTS_TABLE}]")}
        current = {row[0] for row in db.execute("select id from articles")}
        if not indexed <= current or not index_is_current(db):
            create_index(db)
            indexed = set()
        missing = sorted(current - indexed)
        if not missing:
            return
        bulk = len(missing) > BATCH
        if bulk:
            db.execute(f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rank) values ('automerge', 0)")
            db.execute(
                f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rank) values ('hashsize', {HASHSIZE})"
            )
        for i in range(0, len(missing), BATCH):
            batch = missing[i : i + BATCH]
            rows = db.execute(
                "select articles.id, articles.title, coalesce(texts.body_simplified, texts.body) from articles"
                " left join article_texts as texts on texts.article_id = articles.id"
                " where articles.id between ? and ?",
                [batch[0], batch[-1]],
            ).fetchall()
            insert_rows(
                db,
                [
                    (id_, *search_row(title, body))
                    for id_, title, body in rows
                    if id_ not in indexed
                ],
            )
        if bulk:
            end_bulk_load(db)


def forget_articles(db: sqlite_utils.Database, ids: list[int]) -> None:
    """Take articles out of the index before their rows are deleted.

    A contentless FTS5 table forgets a row only when given the text it indexed, so this
    must run while the article row still exists; it saves a rebuild of the whole index
    when one file of thousands changes."""
    if not ids or not index_is_current(db):
        return
    indexed = {
        row[0]
        for row in db.execute(
            f"select rowid from [{FTS_TABLE}] where rowid in ({', '.join('?' * len(ids))})", ids
        )
    }
    rows = db.execute(
        "select articles.id, articles.title, coalesce(texts.body_simplified, texts.body) from articles"
        " left join article_texts as texts on texts.article_id = articles.id"
        f" where articles.id in ({', '.join('?' * len(ids))})",
        ids,
    ).fetchall()
    db.conn.executemany(
        f"insert into [{FTS_TABLE}] ([{FTS_TABLE}], rowid, title, body) values ('delete', ?, ?, ?)",
        [(id_, *search_row(title, body)) for id_, title, body in rows if id_ in indexed],
    )
