"""Read stage: a file's bytes → RawDocument (decoded text, format, front matter).

Scraped files arrive in any encoding and any state. The reader decides the
encoding by strict decodes scored for Chinese plausibility (so Big5 and GBK are
told apart on the text itself), splits off a Jekyll front matter, and refuses
files that cannot be an article with IngestError(stage="read") and nothing else.
"""

import codecs
import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

from etl.model import IngestError, RawDocument

# Articles are a few kilobytes; a file this large is a dump or noise, refused
# before it is read so a 50 MB file costs nothing.
MAX_BYTES = 8 * 1024 * 1024
# Below this share of plausible characters a decode is noise, not text.
MIN_PLAUSIBILITY = 0.6
# Share of U+FFFD replacements tolerated in a lossy decode before giving up.
MAX_REPLACEMENT_SHARE = 0.02
SAMPLE_CHARS = 20000

BINARY_SIGNATURES = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx?)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "OLE document (doc/xls)"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"SQLite format 3", "SQLite database"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in this order; on equal plausibility the earlier one wins.
LEGACY_ENCODINGS = (
    "gb18030",
    "big5",
    "utf-16-le",
    "utf-16-be",
)  # BOM-less UTF-16 of pure hanzi has no NULs

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
MOJIBAKE = re.compile(r"锟斤拷|烫烫烫|屯屯屯|[ÃÂâ][\x80-\xbf€œž™šŸ]|Ã©|â€")
# The characters a MOJIBAKE match starts with: one character-class scan (fast, in C) rules out
# almost every text before the alternation is tried at each position.
MOJIBAKE_START = re.compile("[锟烫屯ÃÂâ]")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|h[1-6]|table|td|li|img|a|strong|section|article)\b[^>]*>", re.I
)
SIMPLE_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def iter_input_files(root: Path) -> list[Path]:
    """Every regular file under root, sorted, skipping hidden files and folders."""
    return [Path(root) / relative for relative, _, _ in scan_input_files(root)]


def scan_input_files(root: Path, bad_links: list | None = None) -> list[tuple[str, int, int]]:
    """(relative POSIX path, size, mtime_ns) of every regular file under root, sorted by path.

    One `scandir` walk that never descends into hidden folders (.git) and takes each
    file's size and time from the same pass: a rebuild that finds one changed file in
    20,000 spends its time here, so no second `stat` per file. Symbolic links are followed;
    a dangling link or one back into a folder being walked (a loop) is appended to
    `bad_links` as (relative path, message), so every path is accounted for.
    """
    found = []

    def walk(folder: str, prefix: str, above: frozenset):
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.startswith("."):
                    visit(entry, f"{prefix}{entry.name}", above)

    def visit(entry, relative: str, above: frozenset):
        link = entry.is_symlink()
        try:
            stat = entry.stat(follow_symlinks=True)
        except OSError:
            if link and bad_links is not None:
                target = os.readlink(entry.path)
                bad_links.append((relative, f"dangling symbolic link to {target}: nothing there"))
            return
        if entry.is_dir(follow_symlinks=True):
            identity = (stat.st_dev, stat.st_ino)
            if identity in above:
                if bad_links is not None:
                    target = os.readlink(entry.path)
                    bad_links.append(
                        (relative, f"symbolic link loop: {target} is a folder this walk is inside")
                    )
                return
            walk(entry.path, f"{relative}/", above | {identity})
        elif entry.is_file(follow_symlinks=True):
            found.append((relative, stat.st_size, stat.st_mtime_ns))

    top = os.stat(root)
    walk(os.fspath(root), "", frozenset({(top.st_dev, top.st_ino)}))
    return sorted(found, key=_path_order)


def _path_order(item) -> tuple:
    """The order of sorted(Path, ...): component by component, so a/b sorts before a-c/d."""
    return tuple(item[0].split("/"))


def read_document(path: Path, root: Path) -> RawDocument:
    """Decode one file. Raises IngestError(stage="read") for anything that is not text."""
    path, root = Path(path), Path(root)
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(
                "read", f"file is {size} bytes, over the {MAX_BYTES} byte limit", "FileTooLarge"
            )
        data = path.read_bytes()
    except OSError as error:
        raise IngestError("read", f"cannot read file: {error}", "UnreadableFile") from error
    return read_bytes(data, relative)


def read_bytes(data: bytes, relative: str) -> RawDocument:
    """The pure part of read_document, for tests and for callers holding bytes."""
    size = len(data)
    if size > MAX_BYTES:
        raise IngestError(
            "read", f"file is {size} bytes, over the {MAX_BYTES} byte limit", "FileTooLarge"
        )
    if not data.strip():
        raise IngestError(
            "read", "file is empty" if not data else "file holds only whitespace", "EmptyFile"
        )
    text, encoding, warnings = decode(data)
    text = normalize_newlines(text)
    if not text.strip():
        raise IngestError("read", "file holds no visible text", "EmptyFile")
    document_format, front_matter, body = split_format(text)
    return RawDocument(
        path=relative,
        content_hash=hashlib.sha256(data).hexdigest(),
        size=size,
        encoding=encoding,
        format=document_format,
        front_matter=front_matter,
        text=body,
        decode_warnings=warnings,
    )


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Decoding -------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str, list]:
    """Return (text, encoding, warnings) or raise IngestError."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
            return text.lstrip("\ufeff"), encoding, check_text(text, encoding)
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError("read", f"binary file ({kind})", "BinaryFile")
    if b"\x00" in data[:65536] and len(data) % 2 == 0:
        # UTF-16 without a BOM: ASCII, and hanzi such as 开 U+5F00, carry NUL bytes.
        decoded = utf16_decode(data)
        if decoded is not None:
            return decoded, "utf-16", check_text(decoded, "utf-16")
    refuse_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        refuse_control_characters(text)
        return text, "utf-8", check_text(text, "utf-8")
    best = best_strict_decode(data)
    if best is not None:
        text, encoding = best
        return text, encoding, check_text(text, encoding)
    return lossy_decode(data)


def utf16_decode(data: bytes):
    """The plausible UTF-16 reading of NUL-bearing bytes, or None (then they are binary)."""
    scored = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text[:SAMPLE_CHARS]), text))
    if scored:
        score, text = max(scored)
        if score >= MIN_PLAUSIBILITY:
            return text
    return None


def refuse_binary(data: bytes):
    if b"\x00" in data[:65536]:
        raise IngestError("read", "binary file (NUL bytes)", "BinaryFile")


def refuse_control_characters(text: str):
    sample = text[:SAMPLE_CHARS]
    controls = len(CONTROL_CHARS.findall(sample))
    if controls > 0.02 * len(sample):
        raise IngestError(
            "read",
            f"binary file ({controls} control characters in the first {len(sample)})",
            "BinaryFile",
        )


def best_strict_decode(data: bytes):
    """The strict decode with the most plausible Chinese text, or None if none is plausible."""
    scored = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text[:SAMPLE_CHARS]), -rank, text, encoding))
    if not scored:
        return None
    score, _, text, encoding = max(scored)
    if score < MIN_PLAUSIBILITY:
        return None  # maybe a few broken bytes in a real text: the lossy decode decides
    return text, "utf-16" if encoding.startswith("utf-16") else encoding


def lossy_decode(data: bytes) -> tuple[str, str, list]:
    """Some bytes are broken in every encoding: keep the decode with fewest replacements."""
    candidates = []
    for encoding in ("utf-8", *LEGACY_ENCODINGS):
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        text = data.decode(encoding, errors="replace")
        replaced = text.count("\ufffd")
        candidates.append(
            (replaced / max(len(text), 1) - plausibility(text[:SAMPLE_CHARS]), text, encoding)
        )
    _, text, encoding = min(candidates)
    replaced = text.count("\ufffd")
    if (
        replaced > MAX_REPLACEMENT_SHARE * len(text)
        or plausibility(text[:SAMPLE_CHARS]) < MIN_PLAUSIBILITY
    ):
        raise IngestError(
            "read",
            f"undecodable: {replaced} broken characters even as {encoding}",
            "UndecodableFile",
        )
    encoding = "utf-16" if encoding.startswith("utf-16") else encoding
    return text, encoding, check_text(text, encoding)


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset:
    """The everyday characters of both scripts: GB2312 level 1 and Big5 常用字.

    Text decoded with the wrong legacy codec turns into rare characters, so the
    share of common ones tells the right codec apart.
    """
    chars = set()
    for lead in range(0xB0, 0xD8):
        row = bytes(b for trail in range(0xA1, 0xFF) for b in (lead, trail))
        chars.update(row.decode("gb2312", errors="ignore"))
    for lead in range(0xA4, 0xC7):
        for trails in (range(0x40, 0x7F), range(0xA1, 0xFF)):
            row = bytes(b for trail in trails for b in (lead, trail))
            chars.update(row.decode("big5", errors="ignore"))
    chars.discard("\ufffd")
    return frozenset(chars)


@lru_cache(maxsize=1)
def common_hanzi_class() -> re.Pattern:
    """`common_hanzi()` as one character class."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(common_hanzi())) + "]")


PLAIN_CHARS = re.compile(
    r"[\t\n\x20-\x7e\u3000-\u303f\uff01-\uff5e\u2010-\u2027\u00b7\u00a0\u2460-\u24ff]"
)


def plausibility(text: str) -> float:
    """Share of characters that are ASCII, CJK punctuation or common hanzi."""
    if not text:
        return 0.0
    plain = len(PLAIN_CHARS.findall(text))
    hanzi = len(
        common_hanzi_class().findall(text)
    )  # the same count as a loop testing `in common`, in C
    return (plain + hanzi) / len(text)


def check_text(text: str, encoding: str) -> list:
    """Problems worth flagging on a decoded text (never hidden, never fatal)."""
    warnings = []
    replaced = text.count("\ufffd")
    if replaced:
        warnings.append(f"{replaced} replacement characters (undecodable bytes) in {encoding} text")
    sample = text[:SAMPLE_CHARS]
    mojibake = MOJIBAKE.findall(sample) if MOJIBAKE_START.search(sample) else None
    if mojibake:
        warnings.append(
            f"possible mojibake: {len(mojibake)} suspicious sequences such as {mojibake[0]!r}"
        )
    return warnings


# Format ---------------------------------------------------------------------


def split_format(text: str) -> tuple[str, dict, str]:
    """(format, front_matter, body) for jekyll / html / text."""
    stripped = text.lstrip("\ufeff \t\n")
    match = FRONT_MATTER.match(stripped)
    if match:
        front_matter = parse_front_matter(match.group(1))
        if front_matter:
            return "jekyll", front_matter, stripped[match.end() :]
    head = text[:4096]
    if HTML_PAGE.search(head):
        return "html", {}, text
    if len(HTML_TAG.findall(text[:SAMPLE_CHARS])) >= 3:
        return "html", {}, text
    return "text", {}, text


def parse_front_matter(block: str) -> dict:
    """YAML front matter as a dict of strings (dates stay as written).

    Scraped front matter is often not valid YAML (unquoted colons, stray quotes),
    so a line-by-line `key: value` reading is the fallback.
    """
    try:
        data = yaml.load(block, Loader=yaml.CBaseLoader)
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        return {str(key): value for key, value in data.items()}
    result = {}
    for line in block.split("\n"):
        match = SIMPLE_KEY_VALUE.match(line.strip())
        if match:
            result[match.group(1)] = match.group(2).strip().strip("\"'")
    return result
