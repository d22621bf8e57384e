"""The templates: each audience and length, written from the typed records.

Every sentence names the claims (or quotes) it states; the builder checks that they
exist and collects their sources, so no sentence can rest on nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from msc_sci._load import Loaded
from msc_sci._records import Source, SourceKind
from msc_sci.summary._model import Section, Sentence

__all__ = ["AUDIENCES", "HEADINGS", "LENGTHS", "generate"]

#: Audience names, with the template family each uses.
AUDIENCES: dict[str, str] = {
    "public": "plain",
    "patient": "plain",
    "clinician": "clinician",
    "journalist": "journalist",
}
LENGTHS: tuple[str, ...] = ("tweet", "short", "standard")

#: Section headings of a standard summary, after Cochrane plain-language summaries.
HEADINGS: tuple[str, ...] = (
    "What did the researchers want to find out?",
    "What did they do?",
    "What did they find?",
    "What are the limitations?",
    "What happens next?",
)
REFERENCE_HEADING = "Where was the study published?"

_DESIGN = ("design-self-controlled", "design-no-placebo", "design-unblinded")
_CITATION = ("role-honmou-first", "paper-title", "journal-name", "paper-doi")


class _Builder:
    """Makes sentences from claim and quote ids, collecting their sources."""

    def __init__(self, refs: Loaded) -> None:
        self.refs = refs
        self.study = refs.study

    def __call__(self, text: str, *claims: str, quotes: tuple[str, ...] = ()) -> Sentence:
        sources: list[str] = []
        for claim_id in claims:
            sources.extend(self.refs.claim(claim_id).sources)
        for quote_id in quotes:
            quote = self.refs.quote(quote_id)
            sources.extend([quote.source.id, *(p.source for p in quote.provenance)])
        rank = {s.id: i for i, s in enumerate(self.refs.sources)}
        ordered = sorted(dict.fromkeys(sources), key=lambda s: rank.get(s, len(rank)))
        return Sentence(text=text, claims=claims, quotes=quotes, sources=tuple(ordered))

    def said_by(self, claim_id: str) -> str:
        """Name the best source of a claim in words ("Yale University's news release")."""
        return describe(self.refs.source(self.refs.claim(claim_id).sources[0]))

    def quoted(self, quote_id: str, *, with_title: bool) -> Sentence:
        """Give a recorded quote word for word, attributed as a news story would.

        With *with_title*, the speaker's name and title (:meth:`Quote.attributed`);
        without, the source's own cue ("Waxman said"), for a second quote in a row.
        """
        quote = self.refs.quote(quote_id)
        if with_title or not quote.cue:
            text = quote.attributed(style="news")
        else:
            text = f"\u201c{quote.text.rstrip('.')},\u201d {quote.cue}."
        return self(text, quotes=(quote_id,))


def describe(source: Source) -> str:
    """Name a source the way a summary refers to it.

    >>> import msc_sci
    >>> [describe(s) for s in msc_sci.sources()]
    ['the paper', "Yale University's news release", 'a news report']
    """
    if source.kind is SourceKind.PAPER:
        return "the paper"
    if source.kind is SourceKind.PRESS_RELEASE and source.provided_by:
        return f"{source.provided_by}'s news release"
    return "a news report"


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(n: int) -> str:
    return str(n)


# -- plain language (public, patient) -----------------------------------------------------


def _plain_tweet(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    return [
        Section(
            heading=None,
            sentences=(
                b(
                    f"{n} people with spinal cord injury got their own bone-marrow stem cells, "
                    "lab-grown, in a vein.",
                    "patients-13",
                    "cells-own-bone-marrow",
                    "cells-cultured-weeks",
                    "route-intravenous",
                ),
                b(
                    "Most walked or used hands better in weeks; no serious side effects reported.",
                    "results-within-weeks",
                    "harms-none-substantial",
                ),
                b(
                    "No control group or placebo, not blinded: more studies needed.",
                    *_DESIGN,
                    "caveat-more-studies",
                ),
            ),
        ),
    ]


def _plain_short(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    return [
        Section(
            heading=None,
            sentences=(
                b(
                    f"A small study gave stem cells to {n} people with a spinal cord injury.",
                    "patients-13",
                    "aim-stem-cells-for-injury",
                ),
                b("The cells came from each person's own bone marrow.", "cells-own-bone-marrow"),
                b(
                    "They were grown in a lab for weeks, then given into a vein.",
                    "cells-cultured-weeks",
                    "route-intravenous",
                ),
                b(
                    "The injuries had not pierced the spine and were a few weeks old.",
                    "injury-non-penetrating",
                    "injury-weeks-before",
                ),
                b(
                    "Over half got much better at walking or using their hands.",
                    "results-within-weeks",
                ),
                b("No serious side effects were reported.", "harms-none-substantial"),
                b(
                    "But there was no control group and no placebo, and it was not blinded.",
                    *_DESIGN,
                ),
                b("So the study cannot show that the cells caused the gains.", *_DESIGN),
                b(
                    "Larger studies are needed; they could take years.",
                    "caveat-more-studies",
                    "caveat-years",
                ),
            ),
        ),
    ]


def _plain_standard(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    weeks, months = "results-within-weeks", "results-six-months"
    return [
        Section(
            heading=HEADINGS[0],
            sentences=(
                b(
                    "The researchers wanted to know if stem cells might help people with a "
                    "spinal cord injury.",
                    "aim-stem-cells-for-injury",
                ),
                b(
                    "The team came from Yale University and from Sapporo Medical University in "
                    "Japan.",
                    "team-yale-sapporo",
                ),
            ),
        ),
        Section(
            heading=HEADINGS[1],
            sentences=(
                b(f"The study included {n} people with a spinal cord injury.", "patients-13"),
                b("Nothing had pierced their spine.", "injury-non-penetrating"),
                b("Many were hurt in a fall or a minor accident.", "injury-non-penetrating"),
                b(
                    "The injury had happened a few weeks before the treatment.",
                    "injury-weeks-before",
                ),
                b("They had lost some movement and feeling.", "symptoms-before"),
                b("They also had trouble with the bladder and bowel.", "symptoms-before"),
                b(
                    "The stem cells came from each person's own bone marrow.",
                    "cells-own-bone-marrow",
                ),
                b("The cells were grown in a lab for a few weeks.", "cells-cultured-weeks"),
                b("Then they were given back into a vein.", "route-intravenous"),
                b("Each person was compared with how they were before.", "design-self-controlled"),
            ),
        ),
        Section(
            heading=HEADINGS[2],
            sentences=(
                b(
                    f"More than half of the people got much better within weeks, "
                    f"{b.said_by(weeks)} said.",
                    weeks,
                ),
                b("For example, they could walk or use their hands better.", weeks),
                b(
                    f"{_upper(b.said_by(months))} said that all but one had got back "
                    "some key functions by six months.",
                    months,
                ),
                b(f"{_upper(b.said_by(weeks))} does not give this figure.", months),
                b("No serious side effects were reported.", "harms-none-substantial"),
            ),
        ),
        Section(
            heading=HEADINGS[3],
            sentences=(
                b(f"This was a small study of only {n} people.", "patients-13"),
                b(
                    "There was no control group of people who did not get the cells.",
                    "design-self-controlled",
                ),
                b("No one got a dummy treatment, called a placebo.", "design-no-placebo"),
                b(
                    "It was not blinded: the people who checked the results knew about the "
                    "treatment.",
                    "design-unblinded",
                ),
                b(
                    "So this study cannot show that the cells caused the people to get better.",
                    *_DESIGN,
                ),
                b("The researchers call these early results.", "design-preliminary"),
            ),
        ),
        Section(
            heading=HEADINGS[4],
            sentences=(
                b(
                    "Larger studies with a control group are needed to check the results.",
                    "caveat-more-studies",
                ),
                b("The researchers say this could take years.", "caveat-years"),
                b(
                    "Until then, we do not know if this treatment works.",
                    "caveat-more-studies",
                    *_DESIGN,
                ),
            ),
        ),
    ]


# -- clinicians ---------------------------------------------------------------------------


def _clinician_tweet(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    return [
        Section(
            heading=None,
            sentences=(
                b(
                    f"Case series, n={n}: IV autologous bone-marrow MSCs, cultured, "
                    "weeks after non-penetrating SCI.",
                    "patients-13",
                    "cells-own-bone-marrow",
                    "cells-cultured-weeks",
                    "route-intravenous",
                    "injury-non-penetrating",
                    "injury-weeks-before",
                ),
                b(
                    ">50% improved walking or hand use in weeks; no serious side effects reported.",
                    "results-within-weeks",
                    "harms-none-substantial",
                ),
                b(
                    "No control group, no placebo, unblinded; more studies needed.",
                    *_DESIGN,
                    "caveat-more-studies",
                ),
            ),
        ),
    ]


def _clinician_body(b: _Builder) -> dict[str, tuple[Sentence, ...]]:
    n = _number(b.study.design.patients)
    weeks, months = "results-within-weeks", "results-six-months"
    return {
        "aim": (
            b(
                "This case series tested intravenous autologous mesenchymal stem cells (MSCs) "
                "in spinal cord injury (SCI).",
                "aim-stem-cells-for-injury",
            ),
        ),
        "methods": (
            b(
                f"{n} patients with non-penetrating SCI, in many cases from falls or minor "
                "trauma, were treated several weeks after injury.",
                "patients-13",
                "injury-non-penetrating",
                "injury-weeks-before",
            ),
            b(
                "Deficits included loss of motor function and coordination, sensory loss, and "
                "bowel and bladder dysfunction.",
                "symptoms-before",
            ),
            b(
                "MSCs were prepared from each patient's own bone marrow and culture-expanded in "
                "autologous serum over a few weeks in a cell processing centre.",
                "cells-own-bone-marrow",
                "cells-own-serum",
                "cells-cultured-weeks",
            ),
            b("The cells were given by intravenous infusion.", "route-intravenous"),
        ),
        "results": (
            b(
                f"According to {b.said_by(weeks)}, more than half of the patients showed "
                "substantial improvement in key functions, such as walking or hand use, within "
                "weeks.",
                weeks,
            ),
            b(
                f"{_upper(b.said_by(months))} states that all but one patient regained "
                "major sensory or motor function at six months; the release gives no such "
                "figure.",
                months,
            ),
            b("No substantial adverse effects were reported.", "harms-none-substantial"),
        ),
        "limits": (
            b(
                "Each patient served as their own control: there was no control group, no "
                "placebo and no blinding.",
                *_DESIGN,
            ),
            b("The series therefore cannot show that the cells caused the improvement.", *_DESIGN),
            b("Outcome assessment was not blinded.", "design-unblinded"),
            b("The authors describe the results as preliminary.", "design-preliminary"),
        ),
        "next": (
            b(
                "The senior authors say additional, larger controlled studies are needed to "
                "confirm the results, which could take years.",
                "caveat-more-studies",
                "caveat-years",
            ),
            b(
                "Until then, whether the cells help remains unknown.",
                "caveat-more-studies",
                *_DESIGN,
            ),
        ),
    }


def _clinician_short(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    pick = (
        b(
            f"This case series gave {n} patients with non-penetrating spinal cord injury "
            "intravenous autologous mesenchymal stem cells (MSCs) several weeks after injury.",
            "patients-13",
            "injury-non-penetrating",
            "injury-weeks-before",
            "route-intravenous",
            "aim-stem-cells-for-injury",
        ),
        b(
            "The MSCs came from each patient's bone marrow and were culture-expanded over a "
            "few weeks.",
            "cells-own-bone-marrow",
            "cells-cultured-weeks",
        ),
        b(
            "More than half improved substantially in walking or hand use within weeks, per "
            f"{b.said_by('results-within-weeks')}.",
            "results-within-weeks",
        ),
        b("No substantial adverse effects were reported.", "harms-none-substantial"),
        b(
            "With no control group, no placebo and no blinding, the series cannot show that the "
            "cells caused the improvement.",
            *_DESIGN,
        ),
        b(
            "Larger controlled studies are needed and could take years.",
            "caveat-more-studies",
            "caveat-years",
        ),
    )
    return [Section(heading=None, sentences=pick)]


def _clinician_standard(b: _Builder) -> list[Section]:
    body = _clinician_body(b)
    n = _number(b.study.design.patients)
    team = (
        b(
            "The study was carried out by Yale University scientists with investigators at "
            "Sapporo Medical University.",
            "team-yale-sapporo",
        ),
        b(
            "Osamu Honmou was first author; Jeffery D. Kocsis and Stephen G. Waxman were senior "
            "authors.",
            "role-honmou-first",
            "role-kocsis-senior",
            "role-waxman-senior",
        ),
    )
    provenance = b(
        f"The outcome figures below come from {b.said_by('results-within-weeks')} and "
        f"{b.said_by('results-six-months')}, not from the paper's own tables.",
        "results-within-weeks",
        "results-six-months",
    )
    small = b(f"With {n} patients, the series is small.", "patients-13")
    return [
        Section(heading=HEADINGS[0], sentences=(*body["aim"], *team)),
        Section(heading=HEADINGS[1], sentences=body["methods"]),
        Section(heading=HEADINGS[2], sentences=(provenance, *body["results"])),
        Section(heading=HEADINGS[3], sentences=(small, *body["limits"])),
        Section(heading=HEADINGS[4], sentences=body["next"]),
    ]


# -- journalists --------------------------------------------------------------------------


def _journalist_short(b: _Builder) -> list[Section]:
    n = _number(b.study.design.patients)
    return [
        Section(
            heading=None,
            sentences=(
                b(
                    f"In a small study, {n} people with a spinal cord injury were given stem "
                    "cells from their own bone marrow, grown in a lab for a few weeks.",
                    "patients-13",
                    "cells-own-bone-marrow",
                    "cells-cultured-weeks",
                ),
                b(
                    "The cells went into a vein, several weeks after injuries that had not "
                    "pierced the spine.",
                    "route-intravenous",
                    "injury-weeks-before",
                    "injury-non-penetrating",
                ),
                b(
                    f"More than half improved in walking or hand use within weeks, "
                    f"{b.said_by('results-within-weeks')} said, and no serious side effects "
                    "were reported.",
                    "results-within-weeks",
                    "harms-none-substantial",
                ),
                b(
                    "There was no control group or placebo and the results were not blinded, "
                    "so the study cannot show the cells caused the gains.",
                    *_DESIGN,
                ),
                b(
                    "Larger studies are needed, which could take years.",
                    "caveat-more-studies",
                    "caveat-years",
                ),
            ),
        ),
    ]


def _journalist_standard(b: _Builder) -> list[Section]:
    plain = _plain_standard(b)
    honmou = b.refs.person("honmou")
    team = (
        b(
            f"The first author is {honmou}, of {honmou.affiliations[0].institution}.",
            "role-honmou-first",
        ),
        b(
            "Stephen G. Waxman and Jeffery D. Kocsis of Yale University were the senior authors.",
            "role-waxman-senior",
            "role-kocsis-senior",
        ),
    )
    quotes = (
        b.quoted("waxman-restore", with_title=True),
        b.quoted("waxman-hint", with_title=False),
        b.quoted("kocsis-stroke", with_title=True),
    )
    caveat = b(
        "Kocsis and Waxman stress that additional studies will be needed to confirm the "
        "results of this preliminary, unblinded trial, and that this could take years.",
        "caveat-more-studies",
        "caveat-years",
        quotes=("senior-authors-more-studies", "senior-authors-years"),
    )
    return [
        Section(heading=plain[0].heading, sentences=(*plain[0].sentences, *team)),
        plain[1],
        Section(heading=plain[2].heading, sentences=(*plain[2].sentences, *quotes)),
        plain[3],
        Section(heading=plain[4].heading, sentences=(caveat, *plain[4].sentences[2:])),
    ]


_TEMPLATES: dict[tuple[str, str], Callable[[_Builder], list[Section]]] = {
    ("plain", "tweet"): _plain_tweet,
    ("plain", "short"): _plain_short,
    ("plain", "standard"): _plain_standard,
    ("clinician", "tweet"): _clinician_tweet,
    ("clinician", "short"): _clinician_short,
    ("clinician", "standard"): _clinician_standard,
    # A tweet has no room for quotes: journalists get the plain one.
    ("journalist", "tweet"): _plain_tweet,
    ("journalist", "short"): _journalist_short,
    ("journalist", "standard"): _journalist_standard,
}

_TITLES: dict[str, str] = {
    "plain": "Stem cells from their own bone marrow for {n} people with a spinal cord injury",
    "clinician": "Intravenous autologous MSCs in {n} patients with spinal cord injury: "
    "an uncontrolled case series",
    "patient": "A small study of stem cells for {n} people with a spinal cord injury: what it "
    "found and what it cannot tell us",
    "journalist": "Small, early study of stem cells for spinal cord injury: what it does "
    "and does not show",
}


def generate(
    refs: Loaded, audience: str, length: str, citation: str
) -> tuple[str | None, list[Section]]:
    """Return the title and sections for *audience* and *length*, citation last."""
    family = AUDIENCES[audience]
    build = _Builder(refs)
    sections = _TEMPLATES[family, length](build)
    if length == "tweet":
        doi_url = refs.study.doi_url or ""
        link = build(doi_url, "paper-doi")
        return None, [*sections, Section(heading=None, sentences=(link,), prose=False)]
    cite = build(citation, *_CITATION)
    heading = REFERENCE_HEADING if length == "standard" else None
    title = _TITLES.get(audience, _TITLES[family]).format(n=refs.study.design.patients)
    return title, [*sections, Section(heading=heading, sentences=(cite,), prose=False)]
