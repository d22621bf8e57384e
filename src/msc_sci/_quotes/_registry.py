"""Look quotes and speakers up by any form of a speaker's name."""

from __future__ import annotations

import difflib
import functools
import re

from msc_sci._errors import UnknownSpeakerError
from msc_sci._load import _bundled
from msc_sci._records import Entity, Person, Quote

__all__ = ["known_names", "quotes", "speaker_named"]

#: Titles and honorifics that may stand before a name ("Dr. Waxman").
_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame"})
_ARTICLES = ("the ", "a ", "an ")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: How close a misspelt given name must be to count ("Jeffrey" for "Jeffery").
_CLOSE_GIVEN = 0.8
#: Family names must be closer, so "Wexman" is not taken for Waxman.
_CLOSE_FAMILY = 0.88
#: Longer text names nobody: :func:`quotes` refuses it before searching.
_LONGEST_NAME = 200


def _name_words(name: str) -> list[str]:
    """Return the lower-case words of *name*, titles dropped, "Family, Given" reordered."""
    if name.count(",") == 1:
        family, given = name.split(",")
        name = f"{given} {family}"
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(name)]
    while words and words[0] in _TITLES:
        words = words[1:]
    return words


def _close(a: str, b: str, cutoff: float) -> bool:
    return a == b or (
        len(a) > 3 and len(b) > 3 and difflib.SequenceMatcher(None, a, b).ratio() >= cutoff
    )


def _matches_person(words: list[str], person: Person) -> bool:
    family = _name_words(person.family or person.literal or "")
    given = _name_words(person.given or "")
    if not family or len(words) < len(family):
        return False
    tail = words[len(words) - len(family) :]
    if not all(_close(a, b, _CLOSE_FAMILY) for a, b in zip(tail, family, strict=True)):
        return False
    for word in words[: len(words) - len(family)]:
        # Each given word must be a given name, its initial, or a close misspelling.
        if not any(
            word == g or word == g[0] or (len(word) > 1 and _close(word, g, _CLOSE_GIVEN))
            for g in given
        ):
            return False
    return True


def _entity_forms(entity: Entity) -> set[str]:
    name = " ".join(entity.name.lower().split())
    forms = {name}
    for article in _ARTICLES:
        if name.startswith(article):
            forms.add(name[len(article) :])
    return forms


@functools.lru_cache(maxsize=4096)
def speaker_named(name: str) -> Person | Entity | None:
    """Return the registry person or entity *name* names, or ``None``.

    Any form of the name works: the family name, full name with or without initials,
    a title ("Dr."), "Family, Given", a close misspelling of a name part.

    >>> str(speaker_named("Dr. Jeffrey Kocsis"))
    'Jeffery D. Kocsis'
    >>> speaker_named("the paper").id
    'the-paper'
    >>> speaker_named("Jane Roe") is None
    True
    """
    refs = _bundled()
    folded = " ".join(name.lower().replace("\u2019", "'").split())
    for entity in refs.entities:
        if folded in _entity_forms(entity):
            return entity
    words = _name_words(name)
    if not words:
        return None
    found = [person for person in refs.people if _matches_person(words, person)]
    return found[0] if len(found) == 1 else None


def known_names() -> tuple[str, ...]:
    """Return the names :func:`quotes` accepts, in their fullest form.

    >>> known_names()
    ('Jeffery D. Kocsis', 'Masanori Sasaki', 'Osamu Honmou', 'Stephen G. Waxman', 'the paper')
    """
    refs = _bundled()
    return tuple(sorted([str(p) for p in refs.people] + [e.name for e in refs.entities]))


def _known_forms() -> list[str]:
    refs = _bundled()
    return [*known_names(), *(p.family for p in refs.people if p.family)]


def quotes(speaker: str | None = None) -> tuple[Quote, ...]:
    """Return the registry's quotes, or those of one *speaker* given in any name form.

    Args:
        speaker: "Waxman", "Stephen Waxman", "Dr. Waxman", "Jeffrey Kocsis" (misspelt),
            "the paper"; ``None`` for every quote. Reported speech of several speakers
            counts for each of them.

    Raises:
        UnknownSpeakerError: when *speaker* names nobody in the registry; it suggests
            the closest known names.
        TypeError: when *speaker* is neither a string nor ``None``.

    .. versionadded:: 0.1.0

    >>> [q.id for q in quotes("Dr. Waxman")]
    ['waxman-restore', 'waxman-hint', 'senior-authors-more-studies', 'senior-authors-years']
    >>> quotes("Honmou")
    ()
    """
    if speaker is not None and not isinstance(speaker, str):
        raise TypeError(f"speaker must be a string or None, not {type(speaker).__name__}")
    found = _bundled().quotes
    if speaker is None:
        return found
    # Cheap first: no name is this long, so skip the search (and its cost) for such text.
    who = speaker_named(speaker) if len(speaker) <= _LONGEST_NAME else None
    if who is None:
        raise UnknownSpeakerError(speaker, known=_known_forms())
    return tuple(q for q in found if who in q.speakers)
