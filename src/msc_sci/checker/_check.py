"""``check()``: compare a text about the study with the sourced record."""

from __future__ import annotations

from dataclasses import replace

from msc_sci._load import Loaded
from msc_sci.checker._finding import Finding

__all__ = ["check"]


def check(text: str, refs: Loaded) -> list[Finding]:
    """Return what *text* says about the study of *refs* that its record does not support.

    Each :class:`Finding` has a kind (``role``, ``journal``, ``design``, ``count``,
    ``cell-source``, ``route``, ``injury-type``, ``harms``, ``overclaim``, ``product``,
    ``misquote``, ``misattribution``, ``missing-caveat``), the span of the words in
    *text*, a message, and the claim (or quote) it goes against with its sources.
    Wording the text does not assert is not reported: negated ("not blinded", "rather
    than a randomised trial"), hypothetical ("a blinded trial would be the next step"),
    reported to be corrected ("some headlines claimed ...") or quoted, except that a
    quotation itself is compared with what its speaker said.

    >>> import msc_sci
    >>> [f.kind for f in msc_sci.check("A blinded trial of 12 patients found no side effects.")]
    ['design', 'count', 'harms']
    >>> msc_sci.check("The trial was not blinded and had no placebo; it was preliminary.")
    []
    >>> document = '{"text": "It was a blinded trial."}'
    >>> [(f.kind, document[f.span[0] : f.span[1]]) for f in msc_sci.check(document)]
    [('design', 'blinded')]

    .. versionadded:: 0.1.0
    """
    from msc_sci.checker._json import json_prose
    from msc_sci.checker._misquote import misquote
    from msc_sci.checker._rules import RULES, Context, missing_caveat

    if not isinstance(text, str):
        raise TypeError(f"check() needs a str, not {type(text).__name__}")
    document = json_prose(text)
    if document is not None:
        prose, positions = document
        return [
            replace(finding, span=positions.span(finding.span)) for finding in check(prose, refs)
        ]
    ctx = Context.of(text, refs)
    findings: list[Finding] = []
    for _, rule in RULES:
        findings.extend(rule(ctx))
    findings.extend(missing_caveat(ctx, findings))
    findings.extend(misquote(ctx))
    return sorted(findings, key=lambda f: (f.span, f.kind))
