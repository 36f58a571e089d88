"""Clean documents made from a sentence, as the clean stage would make them: shared by the tests
that run the extract stage on realistic text."""

from etl.model import CleanDocument
from etl.script import convert_body


def make_doc(text, published="2022-05-29", script=None, title=None):
    """A CleanDocument whose body_simplified is made exactly as etl.clean makes it."""
    simplified = convert_body(text)
    if script is None:
        script = "simplified" if simplified == text else "traditional"
    return CleanDocument(
        path="t.txt",
        content_hash="0",
        size=len(text.encode()),
        encoding="utf-8",
        format="text",
        published=published,
        title=title,
        script=script,
        body=text,
        body_simplified=simplified,
    )
