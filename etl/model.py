"""The records that flow between stages. Plain dataclasses so every stage can be
tested without a database and run in a worker process (they pickle)."""

from dataclasses import dataclass, field


class IngestError(Exception):
    """The project's own error for a file that cannot become an article.

    `stage` is where it failed (read / clean / extract); the build turns it into
    an `ingest_errors` row and goes on with the other files.
    """

    def __init__(self, stage: str, message: str, error_class: str | None = None):
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
    kind: str = "body"  # body / heading / caption / commentary / background


@dataclass
class CleanDocument:
    path: str
    content_hash: str
    size: int
    encoding: str
    format: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_precision: str | None = None  # day / month / year
    date_source: str | None = None  # front_matter / text / url / ...
    source_name: str | None = None  # outlet, simplified (日照日报)
    byline: str | None = None
    url: str | None = None
    # The place a dateline names, simplified: 南京 in 新华社南京6月3日电, 新竹 in 記者…／新竹報導
    dateline: str | None = None
    script: str = "simplified"  # simplified / traditional / mixed
    body: str = ""  # cleaned text as written, paragraphs joined by "\n"
    # Same length as body, character for character, so offsets found in the
    # simplified text are valid in body too.
    body_simplified: str = ""
    paragraphs: list = field(default_factory=list)  # list[Paragraph]
    removed: dict = field(default_factory=dict)  # junk removed, e.g. {"pinyin_glosses": 3}
    warnings: list = field(default_factory=list)

    def spans_of(self, kind: str) -> list[tuple[int, int]]:
        """(start, end) of the paragraphs of one kind (background: under 延伸阅读)."""
        return [(p.start, p.end) for p in self.paragraphs or () if p.kind == kind]


@dataclass
class ParkMention:
    name: str  # canonical simplified name (日照高新区)
    surface: str  # as written (日照高新區)
    char_start: int
    char_end: int
    kind: str | None = None  # high_tech_zone / etdz / science_park / industrial_park / ...
    curated: bool = False  # found in data/parks.yml
    parent: str | None = None  # for sub-parks: the canonical name of the parent park
    is_sub_park: bool = False
    # gazetteer / pattern / sub_park / short_form (高新区 → main park) / anaphor (该区, 园区 → main park)
    rule: str = ""


@dataclass
class CompanyMention:
    name: str  # canonical simplified short name (兴华半导体)
    surface: str  # as written (山東興華半導體)
    char_start: int
    char_end: int
    full_name: str | None = None  # registered name ending in 公司, simplified
    rule: str = ""  # which rule found / resolved it


@dataclass
class Metric:
    """One reported number. value/unit as written; normalized_* in base units."""

    measure: str
    value: float
    unit: str  # as written, simplified (亿元, 万平方米, 个, %)
    normalized_value: float | None
    normalized_unit: str | None  # CNY, USD, m2, count, person, percent, ...
    number_text: str  # number and unit exactly as written in body
    quote: str  # verbatim span of body containing the number
    char_start: int  # of quote in body
    char_end: int
    qualifier: str | None = None  # more_than / about / less_than / range
    value_high: float | None = None
    normalized_value_high: float | None = None
    currency: str | None = None
    subject: str | None = None  # what the number describes, as named (etl/extract/subjects.py)
    subject_kind: str | None = None  # park / sub_park / project / company / place / group
    period_label: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    number_start: int = 0  # offsets of number_text in body
    number_end: int = 0
    rule: str = ""
    park: str | None = None  # the park the subject rolls up to (becomes metrics.park_id)
    subject_rule: str | None = None  # which rule decided the subject, or why it is empty
    subject_start: int | None = None  # offsets in body of the mention it was attributed to
    subject_end: int | None = None
    period_rule: str | None = None  # sentence / paragraph / article / table_header
    period_char_start: int | None = None  # offsets in body of the period label
    period_char_end: int | None = None


@dataclass
class Place:
    """Where an article is: a mainland province and city, or Taiwan, Hong Kong or Macao; a level
    the evidence does not settle is None. `rule` names the evidence that decided it."""

    region: str | None = None  # mainland / taiwan / hong_kong / macao
    province: str | None = None  # short name as the gazetteer writes it (山东, 台湾, 香港)
    city: str | None = None  # prefecture-level city, short name (日照, 新竹)
    rule: str | None = None  # park / dateline / text / source, + a refinement or a disagreement


@dataclass
class Facts:
    parks: list = field(default_factory=list)  # list[ParkMention] incl. sub-parks
    main_park: str | None = None  # canonical name of the article's subject park
    companies: list = field(default_factory=list)  # list[CompanyMention]
    metrics: list = field(default_factory=list)  # list[Metric]
    company_parks: list = field(default_factory=list)  # list[CompanyParkLink]
    place: Place = field(default_factory=Place)  # where the article is


@dataclass
class CompanyParkLink:
    """Evidence that an article places a company in a park."""

    company: str  # canonical company name
    park: str  # canonical park name
    quote: str  # verbatim span of body that supports the link
    char_start: int
    char_end: int
    # tenant / investor / partner / lender, from the sentence's words; mentioned when it says none
    relation: str = "mentioned"
