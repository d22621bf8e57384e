"""Examples for the public names whose docstrings have none, shown on the API page.

``msc_docs_api`` appends each as a ``.. doctest::`` block to the name's entry, so the
doctest builder runs it. A name whose docstring has a ``>>>`` example needs no entry.
"""

from __future__ import annotations

EXAMPLES: dict[str, str] = {
    "Affiliation": """
>>> waxman = msc_sci.load_references().person("waxman")
>>> str(waxman.affiliations[0])
'professor of neurology, neuroscience and pharmacology at Yale University'
""",
    "Assessment": """
>>> claim = msc_sci.load_references().claim("harms-none-at-all")
>>> claim.assessment, claim.corrects
(<Assessment.OVERSTATED: 'overstated'>, 'harms-none-substantial')
""",
    "Attribution": """
>>> result = msc_sci.attribute("Now we have a hint, in humans, that it may be possible.")
>>> result.verdict.value, str(result.speaker)
('verbatim', 'Stephen G. Waxman')
""",
    "Claim": """
>>> claim = msc_sci.claims("patients")[0]
>>> claim.statement
'Thirteen patients were treated.'
""",
    "Design": """
>>> design = msc_sci.study().design
>>> design.kind, design.patients, design.blinded, design.placebo
('case series', 13, False, False)
""",
    "Entity": """
>>> paper = msc_sci.load_references().entities[0]
>>> paper.id, str(paper)
('the-paper', 'the paper')
""",
    "ExportError": """
>>> issubclass(msc_sci.ExportError, ValueError)
True
""",
    "Finding": """
>>> finding = msc_sci.check("It was tested on 12 patients.")[0]
>>> finding.kind, finding.span
('count', (17, 28))
""",
    "FoundQuote": """
>>> found = msc_sci.find_quotes('"It works," said Dr. Ana Ruiz.')[0]
>>> found.text, found.speaker, found.cue
('It works', 'Ana Ruiz', 'said Dr. Ana Ruiz')
""",
    "InputError": """
>>> error = msc_sci.InputError("invalid start byte", path="article.txt")
>>> isinstance(error, OSError), str(error)
(True, 'article.txt: cannot be read as UTF-8 text: invalid start byte')
""",
    "Intervention": """
>>> treatment = msc_sci.study().intervention
>>> treatment.autologous, treatment.cell_source, treatment.route
(True, 'bone marrow', 'intravenous')
""",
    "MscSciError": """
>>> try:
...     msc_sci.export("no-such-format")
... except msc_sci.MscSciError as error:
...     print(type(error).__name__)
UnknownFormatError
""",
    "OnlineError": """
>>> issubclass(msc_sci.OnlineError, OSError)
True
""",
    "Population": """
>>> msc_sci.study().population.condition
'spinal cord injury'
""",
    "Quote": """
>>> quote = msc_sci.load_references().quote("waxman-hint")
>>> quote.text
'Now we have a hint, in humans, that it may be possible.'
""",
    "QuoteKind": """
>>> msc_sci.load_references().quote("kocsis-culmination").kind
<QuoteKind.CONTINUATION: 'continuation'>
""",
    "QuoteVariant": """
>>> variant = msc_sci.load_references().quote("waxman-restore").variants[0]
>>> variant.source.code, variant.altered
('S000', True)
""",
    "Readability": """
>>> readability = msc_sci.summarize(length="short").readability
>>> readability.words > 50, readability.grade < 8
(True, True)
""",
    "RecordError": """
>>> try:
...     msc_sci.Work.from_csl_json({"id": "x", "type": "book", "DOI": "not a DOI"})
... except msc_sci.RecordError as error:
...     print(error.field)
DOI
""",
    "ReferenceDataError": """
>>> issubclass(msc_sci.ReferenceDataError, msc_sci.RecordError)
True
""",
    "References": """
>>> references = msc_sci.load_references()
>>> len(references.people()), len(references.sources())
(4, 3)
""",
    "Reliability": """
>>> [source.reliability.value for source in msc_sci.sources()]
['primary', 'institutional', 'secondary']
""",
    "Role": """
>>> msc_sci.Role.SENIOR_AUTHOR in msc_sci.load_references().person("kocsis").roles
True
""",
    "Section": """
>>> summary = msc_sci.summarize("public")
>>> summary.sections[0].heading, summary.sections[0].bullets
('Key messages', True)
""",
    "Sentence": """
>>> sentence = msc_sci.summarize(length="short").sentences[0]
>>> sentence.claims
('patients-13', 'aim-stem-cells-for-injury')
""",
    "Source": """
>>> release = msc_sci.sources()[1]
>>> release.code, release.outlet
('S004', 'Medical Xpress')
""",
    "SourceKind": """
>>> [source.kind.value for source in msc_sci.sources()]
['paper', 'press-release', 'news']
""",
    "StyleError": """
>>> issubclass(msc_sci.StyleError, ValueError)
True
""",
    "Summary": """
>>> summary = msc_sci.summarize("clinician", length="short")
>>> summary.audience, summary.length
('clinician', 'short')
""",
    "UnknownAudienceError": """
>>> try:
...     msc_sci.summarize("robots")
... except msc_sci.UnknownAudienceError as error:
...     print(error.name, error.kind)
robots audience
""",
    "UnknownFormatError": """
>>> try:
...     msc_sci.export("bibtx")
... except msc_sci.UnknownFormatError as error:
...     print(error.suggestions[0])
bibtex
""",
    "UnknownLengthError": """
>>> try:
...     msc_sci.summarize(length="epic")
... except msc_sci.UnknownLengthError as error:
...     print(error.kind)
length
""",
    "UnknownNameError": """
>>> issubclass(msc_sci.UnknownNameError, LookupError)
True
""",
    "UnknownSpeakerError": """
>>> try:
...     msc_sci.quotes("Dr. Nobody")
... except msc_sci.UnknownSpeakerError as error:
...     print(error.name)
Dr. Nobody
""",
    "UnknownStyleError": """
>>> issubclass(msc_sci.UnknownStyleError, msc_sci.UnknownNameError)
True
""",
    "Verdict": """
>>> msc_sci.attribute("Now we have proof, in humans, that it may be possible.").verdict
<Verdict.ALTERED: 'altered'>
""",
}
