"""Which park a company is in, with the sentence that says so. Entry point:
`link_companies_to_parks(doc, parks, companies, main_park)`.
"""

from etl.extract.lexicon import rules
from etl.extract.spans import sentence_span
from etl.model import CleanDocument, CompanyMention, CompanyParkLink, ParkMention


def link_companies_to_parks(
    doc: CleanDocument,
    parks: list[ParkMention],
    companies: list[CompanyMention],
    main_park: str | None,
) -> list[CompanyParkLink]:
    """Which park claims each company: a park named in the same sentence (a sub-park counts
    for its parent), else the article's main park. The sentence is the quote."""
    text = doc.body_simplified or doc.body
    body = doc.body or text
    links, seen = [], set()
    for company in companies:
        s, e = sentence_span(text, company.char_start, company.char_end)
        in_sentence = [p for p in parks if s <= p.char_start and p.char_end <= e]
        named = [p for p in in_sentence if p.rule in ("gazetteer", "catalogue", "pattern")]
        candidates = named or in_sentence
        if candidates:
            nearest = min(candidates, key=lambda p: abs(p.char_start - company.char_start))
            park = nearest.parent if nearest.is_sub_park else nearest.name
        else:
            park = main_park
        if not park or (company.name, park) in seen:
            continue
        seen.add((company.name, park))
        q_start, q_end = s, e
        while q_start < q_end and body[q_start].isspace():
            q_start += 1
        while q_end > q_start and body[q_end - 1].isspace():
            q_end -= 1
        links.append(
            CompanyParkLink(
                company=company.name,
                park=park,
                quote=body[q_start:q_end],
                char_start=q_start,
                char_end=q_end,
                relation=relation_in(text[s:e], company.name),
            )
        )
    return links


def relation_in(sentence: str, company: str) -> str:
    """The first relation of data/entity_rules.yml whose words the sentence uses, else mentioned.
    Only a financial firm (日照银行, 创投基金) is a lender: a firm that took a loan is not."""
    for relation, words in rules().park_relations:
        if relation == "lender" and not company.endswith(rules().financial_name_endings):
            continue
        if words.search(sentence):
            return relation
    return "mentioned"
