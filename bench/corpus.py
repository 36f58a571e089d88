"""The synthetic corpus: N articles generated deterministically from data/raw (recombined
paragraphs of the five real files, perturbed numbers, swapped park and company names, both
scripts, the original file formats, ~2% duplicates, ~1% broken files), for the benchmark and
the Datasette load test.
"""

import hashlib
import json
import random
import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from etl import script

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
BENCH_DIR = Path(__file__).resolve().parent
# Bump when the generator's output changes: cached corpora are then regenerated.
GENERATOR_VERSION = 2

# Share of files by kind; the rest are articles.
DUPLICATE_SHARE = 0.02
BROKEN_SHARE = 0.01
TRADITIONAL_SHARE = 0.25
FORMATS = {"jekyll": 45, "dump": 30, "html": 10, "bare": 15}  # relative weights
FILES_PER_FOLDER = 1000

# A number followed by a unit (or 余/多 and a unit): the ones worth perturbing. Dates
# and years are left alone so the text stays plausible.
UNIT_NUMBER = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:余|多)?\s*(?:亿|万|千|百|元|%|％|个|家|名|人|亩|平方|米|项|台|吨|户|所|倍|公里))"
)
TAG = re.compile(r"<[^>]+>")
PARAGRAPH_BREAK = re.compile(r"</p\s*>|<br\s*/?>|\n", re.I)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
HANZI = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = "。！？”」』）)!?"


@dataclass(frozen=True)
class Material:
    """What articles are recombined from, all in simplified script."""

    paragraphs: tuple  # body paragraphs
    headings: tuple  # short lines, used as titles
    noise: tuple  # portal lines (navigation, related headlines) for plain dumps
    swaps: dict  # surface in the paragraphs -> "park" / "company"
    parks: tuple  # replacement names
    companies: tuple
    sources: tuple  # (slug, outlet name)


def split_paragraphs(text: str) -> list[str]:
    """A raw file's lines of visible text, tags removed, front matter dropped."""
    text = FRONT_MATTER.sub("", text.replace("\r\n", "\n"))
    lines = (TAG.sub("", piece).strip() for piece in PARAGRAPH_BREAK.split(text))
    return [line for line in lines if line]


def swap_surfaces(gold_dir: Path) -> dict:
    """Park and company names the gold files mark in data/raw: the spans the generator replaces.

    Only full names (parks' name and first quote, company surfaces of 4+ characters):
    generic short forms such as 高新区 stay, as they do in real reprints.
    """
    to_simplified = script.to_simplified
    swaps = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for park in gold.get("parks", []):
            for surface in (park.get("name"), park.get("quote")):
                if surface:
                    swaps[to_simplified(surface)] = "park"
        for company in gold.get("companies", []):
            for surface in company.get("quotes", []):
                if len(surface) >= 4:
                    swaps.setdefault(to_simplified(surface), "company")
    return swaps


def load_material(
    raw_dir: Path = DATA_DIR / "raw",
    names_path: Path = BENCH_DIR / "names.yml",
    gold_dir: Path = ROOT / "tests" / "gold",
) -> Material:
    to_simplified = script.to_simplified
    paragraphs, headings, noise = [], [], []
    for path in sorted(Path(raw_dir).iterdir()):
        if not path.is_file():
            continue
        text = to_simplified(path.read_bytes().decode("utf-8", errors="replace"))
        lines = split_paragraphs(text)
        # A portal lists each related headline twice; article lines occur once.
        once = [lines.count(line) == 1 for line in lines]
        is_body = [
            once[i] and len(HANZI.findall(line)) >= 20 and line[-1] in SENTENCE_END
            for i, line in enumerate(lines)
        ]
        last_body = max((i for i, body in enumerate(is_body) if body), default=len(lines))
        for position, line in enumerate(lines):
            if is_body[position]:
                paragraphs.append(line)
            elif (
                once[position]
                and position < last_body
                and len(HANZI.findall(line)) >= 6
                and len(line) <= 40
                and line[-1] not in SENTENCE_END + "；;，,"
                and not line.startswith(("（", "("))
            ):
                headings.append(line)  # a heading inside the article, not a portal's related link
            elif len(line) <= 40 and "http" not in line:
                noise.append(line)
    names = yaml.safe_load(names_path.read_text(encoding="utf-8"))
    return Material(
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        noise=tuple(noise),
        swaps=swap_surfaces(gold_dir) if Path(gold_dir).is_dir() else {},
        parks=tuple(names["parks"]),
        companies=tuple(names["companies"]),
        sources=tuple(tuple(source) for source in names["sources"]),
    )


@lru_cache(maxsize=4)
def _swap_pattern(surfaces: tuple):
    if not surfaces:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)))


def perturb_numbers(text: str, rng: random.Random) -> str:
    """Scale every number that carries a unit, keeping its count of decimals."""

    def scaled(match):
        written = match.group(1)
        value = float(written) * rng.uniform(0.3, 3.0)
        decimals = len(written.split(".")[1]) if "." in written else 0
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    return UNIT_NUMBER.sub(scaled, text)


def swap_names(text: str, material: Material, rng: random.Random, chosen: dict) -> str:
    """Replace known park/company names; one article maps a name to the same replacement."""
    pattern = _swap_pattern(tuple(material.swaps))
    if pattern is None:
        return text

    def replacement(match):
        surface = match.group(0)
        if surface not in chosen:
            pool = material.parks if material.swaps[surface] == "park" else material.companies
            chosen[surface] = rng.choice(pool)
        return chosen[surface]

    return pattern.sub(replacement, text)


@dataclass
class Article:
    """One synthetic article before rendering; all text in simplified script."""

    title: str
    published: datetime
    source: tuple  # (slug, outlet)
    paragraphs: list
    script: str  # simplified / traditional
    format: str  # jekyll / dump / html / bare
    encoding: str  # utf-8 / utf-8-sig / gb18030 / big5
    crlf: bool
    header_noise: list
    footer_noise: list


def compose_article(material: Material, rng: random.Random) -> Article:
    chosen = {}
    target_chars = rng.randint(1200, 3800)
    paragraphs, length = [], 0
    while length < target_chars:
        text = swap_names(
            perturb_numbers(rng.choice(material.paragraphs), rng), material, rng, chosen
        )
        paragraphs.append(text)
        length += len(text)
    title = (
        swap_names(rng.choice(material.headings), material, rng, chosen)
        if material.headings
        else ""
    )
    script = "traditional" if rng.random() < TRADITIONAL_SHARE else "simplified"
    kind = rng.choices(list(FORMATS), weights=list(FORMATS.values()))[0]
    roll = rng.random()
    if script == "simplified":
        encoding = "gb18030" if roll < 0.06 else "utf-8-sig" if roll < 0.09 else "utf-8"
    else:
        encoding = "big5" if roll < 0.08 else "utf-8"
    published = datetime(2018, 1, 1, 6) + timedelta(
        days=rng.randrange(7 * 365), seconds=rng.randrange(14 * 3600)
    )
    noise = material.noise or ("",)
    return Article(
        title=title,
        published=published,
        source=rng.choice(material.sources),
        paragraphs=paragraphs,
        script=script,
        format=kind,
        encoding=encoding,
        crlf=rng.random() < 0.05,
        header_noise=[rng.choice(noise) for _ in range(rng.randint(1, 4))],
        footer_noise=[rng.choice(noise) for _ in range(rng.randint(0, 30))],
    )


def render(article: Article) -> bytes:
    """The article as a scraped file: front matter + HTML, a portal dump, a page, or bare lines."""
    slug, outlet = article.source
    stamp = article.published.strftime("%Y-%m-%d %H:%M:%S")
    paragraphs = article.paragraphs
    if article.format == "jekyll":
        text = (
            f'---\nlayout: post\ntitle: "{article.title}"\ndate: {stamp} +0800\ncategories: {slug}\n'
            f"tags: {outlet}新闻\n---\n"
            + "\n ".join(f"<p>{p}</p>" for p in paragraphs)
            + f'<p class="em_media">（文章来源：{outlet}）</p>\n'
        )
    elif article.format == "dump":
        text = (
            "\n".join(article.header_noise)
            + f"\n\n{article.title}\n\n{stamp} 来源：{outlet}\n\n"
            + "\n\n".join(paragraphs)
            + "\n\n"
            + "\n\n".join(article.footer_noise)
            + "\n"
        )
    elif article.format == "html":
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        text = (
            f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{article.encoding}">'
            f'<title>{article.title}_{outlet}</title></head>\n<body><div class="nav">'
            + " &gt; ".join(article.header_noise)
            + f'</div>\n<div class="article"><h1>{article.title}</h1>\n<div class="info">{stamp} '
            f"来源：{outlet}</div>\n{body}</div></body></html>\n"
        )
    else:
        text = "\n".join(paragraphs) + "\n"
    if article.script == "traditional":
        text = script.converter("s2twp").convert(text)
    if article.crlf:
        text = text.replace("\n", "\r\n")
    try:
        return text.encode(article.encoding)
    except UnicodeEncodeError:  # big5/gb18030 lack a character: scrapers then save UTF-8
        return text.encode("utf-8")


def near_copy(article: Article, rng: random.Random) -> Article:
    """A reprint: another outlet's wrapper, maybe the other script, one number changed."""
    paragraphs = list(article.paragraphs)
    index = rng.randrange(len(paragraphs))
    paragraphs[index] = perturb_numbers(paragraphs[index], rng)
    return Article(
        title=article.title,
        published=article.published + timedelta(hours=rng.randint(1, 48)),
        source=article.source,
        paragraphs=paragraphs,
        script=article.script
        if rng.random() < 0.7
        else ("simplified" if article.script == "traditional" else "traditional"),
        format=rng.choice([f for f in FORMATS if f != article.format]),
        encoding="utf-8",
        crlf=False,
        header_noise=article.header_noise,
        footer_noise=article.footer_noise[: len(article.footer_noise) // 2],
    )


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(f"{seed}:{index}")


def original_article(material: Material, seed: int, index: int) -> Article:
    return compose_article(material, _rng(seed, index))


def generate_file(material: Material, seed: int, index: int) -> tuple[str, bytes]:
    """(kind, bytes) of file number `index`: a pure function of (seed, index, material)."""
    rng = _rng(seed, index)
    roll = rng.random()
    if index > 0 and roll < DUPLICATE_SHARE:
        source = rng.randrange(index)
        original = original_article(material, seed, source)
        if rng.random() < 0.5:
            return "exact_duplicate", render(original)
        return "near_duplicate", render(near_copy(original, rng))
    if roll < DUPLICATE_SHARE + BROKEN_SHARE:
        breakage = rng.random()
        if breakage < 0.35:
            return "broken_empty", b""
        if breakage < 0.65:
            return "broken_binary", b"\x89PNG\r\n\x1a\n" + rng.randbytes(rng.randint(200, 20000))
        data = render(original_article(material, seed, index))
        return "broken_truncated", data[: max(1, int(len(data) * rng.uniform(0.05, 0.6)))]
    return "article", render(original_article(material, seed, index))


def corpus_path(out: Path, articles: int, seed: int) -> Path:
    return Path(out) / f"corpus-{articles}-seed{seed}"


def relative_name(index: int) -> str:
    return f"{index // FILES_PER_FOLDER:03d}/{index:06d}.txt"


def generate_corpus(out: Path, articles: int, seed: int, material: Material = None) -> dict:
    """Write the corpus (or reuse the one already there) and return its manifest."""
    folder = corpus_path(out, articles, seed)
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if (
            manifest.get("generator_version") == GENERATOR_VERSION
            and manifest.get("files") == articles
        ):
            return manifest
    material = material or load_material()
    started = time.perf_counter()
    kinds, sizes = {}, 0
    digest = hashlib.sha256()
    for index in range(articles):
        kind, data = generate_file(material, seed, index)
        path = folder / "files" / relative_name(index)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        kinds[kind] = kinds.get(kind, 0) + 1
        sizes += len(data)
        digest.update(hashlib.sha256(data).digest())
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "files": articles,
        "seed": seed,
        "bytes": sizes,
        "kinds": kinds,
        "sha256": digest.hexdigest(),
        "generated_in_s": round(time.perf_counter() - started, 2),
    }
    manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest
