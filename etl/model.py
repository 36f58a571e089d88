"""The records that flow between stages. Plain dataclasses so every stage can be
tested without a database and run in a worker process (they pickle)."""

from dataclasses import dataclass, field
from typing import Optional


class IngestError(Exception):
    """The project's own error for a file that cannot become an article.

    `stage` is where it failed (read / clean / extract); the build turns it into
    an `ingest_errors` row and goes on with the other files.
    """

    def __init__(self, stage: str, message: str, error_class: Optional[str] = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.error_class = error_class or type(self).__name__


@dataclass
class RawDocument:
    """A decoded file, split into its metadata header and its body markup."""

    path: str  # relative to the input folder, with forward slashes
    content_hash: str  # sha256 of the file's bytes
    size: int  # bytes
    encoding: str  # detected encoding, e.g. utf-8, utf-8-sig, gb18030, big5, utf-16
    format: str  # jekyll / html / text
    front_matter: dict = field(default_factory=dict)
    text: str = ""  # the body: HTML for jekyll/html, plain text for text
    decode_warnings: list = field(default_factory=list)  # e.g. replacement characters


@dataclass
class Paragraph:
    """One block of cleaned text; start/end are offsets into CleanDocument.body."""

    start: int
    end: int
    kind: str = "body"  # body / heading / caption / commentary


@dataclass
class CleanDocument:
    path: str
    content_hash: str
    size: int
    encoding: str
    format: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD
    published_precision: Optional[str] = None  # day / month / year
    date_source: Optional[str] = None  # front_matter / text / url / ...
    source_name: Optional[str] = None  # outlet, simplified (日照日报)
    byline: Optional[str] = None
    url: Optional[str] = None
    script: str = "simplified"  # simplified / traditional / mixed
    body: str = ""  # cleaned text as written, paragraphs joined by "\n"
    # Same length as body, character for character, so offsets found in the
    # simplified text are valid in body too.
    body_simplified: str = ""
    paragraphs: list = field(default_factory=list)  # list[Paragraph]
    removed: dict = field(default_factory=dict)  # junk removed, e.g. {"pinyin_glosses": 3}
    warnings: list = field(default_factory=list)


@dataclass
class ParkMention:
    name: str  # canonical simplified name (日照高新区)
    surface: str  # as written (日照高新區)
    char_start: int
    char_end: int
    kind: Optional[str] = None  # high_tech_zone / etdz / science_park / industrial_park / ...
    curated: bool = False  # found in data/parks.yml
    parent: Optional[str] = None  # for sub-parks: the canonical name of the parent park
    is_sub_park: bool = False
    # gazetteer / pattern / sub_park / short_form (高新区 → main park) / anaphor (该区, 园区 → main park)
    rule: str = ""


@dataclass
class CompanyMention:
    name: str  # canonical simplified short name (兴华半导体)
    surface: str  # as written (山東興華半導體)
    char_start: int
    char_end: int
    full_name: Optional[str] = None  # registered name ending in 公司, simplified
    rule: str = ""  # which rule found / resolved it


@dataclass
class Metric:
    """One reported number. value/unit as written; normalized_* in base units."""

    measure: str
    value: float
    unit: str  # as written, simplified (亿元, 万平方米, 个, %)
    normalized_value: Optional[float]
    normalized_unit: Optional[str]  # CNY, USD, m2, count, person, percent, ...
    number_text: str  # number and unit exactly as written in body
    quote: str  # verbatim span of body containing the number
    char_start: int  # of quote in body
    char_end: int
    qualifier: Optional[str] = None  # more_than / about / less_than / range
    value_high: Optional[float] = None
    normalized_value_high: Optional[float] = None
    currency: Optional[str] = None
    subject: Optional[str] = None  # the park or company name the number describes
    subject_kind: Optional[str] = None  # park / company / None
    period_label: Optional[str] = None
    period_start: Optional[str] = None
    period_end: Optional[str] = None
    number_start: int = 0  # offsets of number_text in body
    number_end: int = 0
    rule: str = ""


@dataclass
class Facts:
    parks: list = field(default_factory=list)  # list[ParkMention] incl. sub-parks
    main_park: Optional[str] = None  # canonical name of the article's subject park
    companies: list = field(default_factory=list)  # list[CompanyMention]
    metrics: list = field(default_factory=list)  # list[Metric]
    company_parks: list = field(default_factory=list)  # list[CompanyParkLink]


@dataclass
class CompanyParkLink:
    """Evidence that an article places a company in a park."""

    company: str  # canonical company name
    park: str  # canonical park name
    quote: str  # verbatim span of body that supports the link
    char_start: int
    char_end: int
