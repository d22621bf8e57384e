r"""Turn the LaTeX of BibTeX field values into the text CSL-JSON holds.

Accents and symbol commands become Unicode (``{\"u}`` is ``ü``, ``{\O}`` is ``Ø``), the
escapes of TeX's special characters their character (``\&`` is ``&``), ``~`` a no-break
space, ``--`` and ``---`` dashes, and font commands the markup CSL-JSON knows
(``\emph{x}`` is ``<i>x</i>``).
In titles, a brace group that protects its case becomes ``<span class="nocase">``,
unless it is one word with a capital after its first letter (``{DNA}``): CSL's title and
sentence case leave such words alone, and our BibTeX export braces exactly those.
An unknown command is dropped and its argument kept (``\mbox{x}`` is ``x``).
"""

# ruff: noqa: RUF001, RUF002  # the tables map LaTeX to Greek letters and symbols on purpose
from __future__ import annotations

import re
import unicodedata

__all__ = ["to_text"]

#: Accent commands and the combining character each puts on its letter.
_ACCENTS: dict[str, str] = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "d": "\u0323",
    "b": "\u0331",
    "r": "\u030a",
    "k": "\u0328",
    "t": "\u0361",
}

#: Commands that stand for one character (or nothing).
_SYMBOLS: dict[str, str] = {
    "i": "ı",
    "j": "ȷ",
    "O": "Ø",
    "o": "ø",
    "AA": "Å",
    "aa": "å",
    "AE": "Æ",
    "ae": "æ",
    "OE": "Œ",
    "oe": "œ",
    "ss": "ß",
    "SS": "SS",
    "L": "Ł",
    "l": "ł",
    "DH": "Ð",
    "dh": "ð",
    "DJ": "Đ",
    "dj": "đ",
    "TH": "Þ",
    "th": "þ",
    "NG": "Ŋ",
    "ng": "ŋ",
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textunderscore": "_",
    "textdollar": "$",
    "textpercent": "%",
    "textampersand": "&",
    "textendash": "\u2013",
    "textemdash": "\u2014",
    "textquoteleft": "\u2018",
    "textquoteright": "\u2019",
    "textquotedblleft": "\u201c",
    "textquotedblright": "\u201d",
    "textquotedbl": '"',
    "guillemotleft": "\u00ab",
    "guillemotright": "\u00bb",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textbullet": "\u2022",
    "textperiodcentered": "\u00b7",
    "textdegree": "\u00b0",
    "textregistered": "\u00ae",
    "texttrademark": "\u2122",
    "textcopyright": "\u00a9",
    "copyright": "\u00a9",
    "textellipsis": "\u2026",
    "ldots": "\u2026",
    "dots": "\u2026",
    "S": "\u00a7",
    "P": "\u00b6",
    "dag": "\u2020",
    "ddag": "\u2021",
    "pounds": "\u00a3",
    "euro": "\u20ac",
    "texteuro": "\u20ac",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "BibTeX": "BibTeX",
    "relax": "",
    "protect": "",
    "ignorespaces": "",
    "unskip": "",
    "newblock": " ",
    "par": " ",
    "quad": "\u2003",
    "qquad": "\u2003\u2003",
    "enspace": "\u2002",
    "thinspace": "\u2009",
    "nobreakspace": "\u00a0",
    # Math mode
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ϵ",
    "varepsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "vartheta": "ϑ",
    "iota": "ι",
    "kappa": "κ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "pi": "π",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "upsilon": "υ",
    "phi": "ϕ",
    "varphi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Lambda": "Λ",
    "Xi": "Ξ",
    "Pi": "Π",
    "Sigma": "Σ",
    "Upsilon": "Υ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
    "pm": "±",
    "mp": "∓",
    "times": "×",
    "cdot": "·",
    "div": "÷",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "ne": "≠",
    "approx": "≈",
    "sim": "∼",
    "simeq": "≃",
    "equiv": "≡",
    "infty": "∞",
    "circ": "∘",
    "degree": "°",
    "rightarrow": "→",
    "to": "→",
    "leftarrow": "←",
    "uparrow": "↑",
    "downarrow": "↓",
    "partial": "∂",
    "nabla": "∇",
    "sum": "∑",
    "prod": "∏",
    "int": "∫",
    "sqrt": "√",
    "in": "∈",
    "ell": "ℓ",
    "prime": "′",
}

#: Escaped characters: ``\&`` and the like; ``\ `` and ``\\`` are spaces, ``\-`` nothing.
_ESCAPED: dict[str, str] = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    "\\": " ",
    ",": "\u2009",
    ";": "\u2005",
    ":": "\u2005",
    "!": "",
    "/": "",
    "-": "",
    "@": "",
}

#: Commands whose one argument is marked up: the CSL-JSON tags around it.
_MARKUP: dict[str, tuple[str, str]] = {
    "emph": ("<i>", "</i>"),
    "textit": ("<i>", "</i>"),
    "textsl": ("<i>", "</i>"),
    "mathit": ("<i>", "</i>"),
    "textbf": ("<b>", "</b>"),
    "mathbf": ("<b>", "</b>"),
    "textsc": ('<span style="font-variant:small-caps;">', "</span>"),
    "textsuperscript": ("<sup>", "</sup>"),
    "textsubscript": ("<sub>", "</sub>"),
    "mkbibemph": ("<i>", "</i>"),
    "mkbibitalic": ("<i>", "</i>"),
    "mkbibbold": ("<b>", "</b>"),
    "mkbibsuperscript": ("<sup>", "</sup>"),
    "mkbibquote": ("\u201c", "\u201d"),
    "enquote": ("\u201c", "\u201d"),
    "mathrm": ("", ""),
    "textrm": ("", ""),
    "textsf": ("", ""),
    "texttt": ("", ""),
    "textnormal": ("", ""),
    "textup": ("", ""),
    "textmd": ("", ""),
    "text": ("", ""),
    "mbox": ("", ""),
    "hbox": ("", ""),
    "url": ("", ""),
    "nolinkurl": ("", ""),
    "path": ("", ""),
    "ensuremath": ("", ""),
    "NoCaseChange": ("", ""),
    "uppercase": ("", ""),
    "MakeUppercase": ("", ""),
    "lowercase": ("", ""),
    "MakeLowercase": ("", ""),
}

#: Switches that mark up the rest of their group: ``{\em x}``.
_SWITCHES: dict[str, tuple[str, str]] = {
    "em": ("<i>", "</i>"),
    "it": ("<i>", "</i>"),
    "itshape": ("<i>", "</i>"),
    "sl": ("<i>", "</i>"),
    "slshape": ("<i>", "</i>"),
    "bf": ("<b>", "</b>"),
    "bfseries": ("<b>", "</b>"),
    "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "scshape": ('<span style="font-variant:small-caps;">', "</span>"),
    "rm": ("", ""),
    "rmfamily": ("", ""),
    "sf": ("", ""),
    "sffamily": ("", ""),
    "tt": ("", ""),
    "ttfamily": ("", ""),
    "normalfont": ("", ""),
    "upshape": ("", ""),
    "mdseries": ("", ""),
}

#: Commands whose arguments are dropped: sort keys, hyphenation hints.
_DROP_ARGUMENTS = {"noopsort": 1, "sortnoop": 1, "SortNoop": 1, "hyphenation": 1, "bibinfo": 0}

_NOCASE = ('<span class="nocase">', "</span>")

_TOKEN = re.compile(
    r"\\([A-Za-z@]+)[ \t\n]*"  # a control word, eating the spaces after it
    r"|\\(.)"  # a control symbol
    r"|(---|--|``|''|[{}$~^_])"  # groups, math, ties, ligatures
    r"|([^\\{}$~^_`'\-]+|.)",  # plain text
    re.DOTALL,
)
_NEEDS_WORK = re.compile(r"[\\{}$~]|--|``|''")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_LIGATURES = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d"}


def to_text(value: str, *, nocase: bool = False) -> str:
    r"""Return the text LaTeX *value* prints, as CSL-JSON rich text.

    Args:
        value: A field value as BibTeX holds it (macros expanded, ``#`` joined).
        nocase: Whether top-level brace groups protect case (titles), so become
            ``<span class="nocase">``; elsewhere braces are dropped.

    >>> to_text(r"M{\"u}ller \& {\O}stergaard -- 10\%~more")
    'Müller & Østergaard – 10%\xa0more'
    >>> to_text(r"A {Markov} model of {DNA}", nocase=True)
    'A <span class="nocase">Markov</span> model of DNA'
    """
    text = _SPACES.sub(" ", value).strip()
    if not _NEEDS_WORK.search(text):
        return text
    tokens = _TOKEN.findall(text)
    out, _ = _Renderer(tokens, nocase).group(0, 0, math=False)
    return _SPACES.sub(" ", out).strip()


class _Renderer:
    """A one-pass reader of the tokens of one value."""

    def __init__(self, tokens: list[tuple[str, str, str, str]], nocase: bool) -> None:
        self.tokens = tokens
        self.nocase = nocase

    def group(self, start: int, depth: int, *, math: bool) -> tuple[str, int]:
        """Render tokens from *start* to the end of the group; return text and next index."""
        out: list[str] = []
        closing: list[str] = []
        index = start
        tokens = self.tokens
        while index < len(tokens):
            word, symbol, special, plain = tokens[index]
            index += 1
            if plain:
                out.append(plain)
            elif special == "}":
                if depth:
                    break
                continue  # an unbalanced brace pybtex let through: drop it
            elif special == "{":
                text, index = self.braced(index, depth, math=math)
                out.append(text)
            elif special == "$":
                math = not math
            elif special == "~":
                out.append("\u00a0")
            elif special in {"^", "_"} and math:
                argument, index = self.argument(index, depth, math=True)
                tag = "sup" if special == "^" else "sub"
                out.append(f"<{tag}>{argument}</{tag}>")
            elif special in {"^", "_"}:
                out.append(special)
            elif special:
                out.append(special if math else _LIGATURES[special])
            elif symbol:
                if symbol in _ACCENTS:
                    base, index = self.argument(index, depth, math=math)
                    out.append(_accent(base, symbol))
                else:
                    out.append(_ESCAPED.get(symbol, symbol))
            elif word in _ACCENTS:
                base, index = self.argument(index, depth, math=math)
                out.append(_accent(base, word))
            elif word in _SYMBOLS:
                out.append(_SYMBOLS[word])
                if index < len(tokens) and tokens[index][2] == "{" and _empty(tokens, index):
                    index += 2  # \ss{}: the empty group only ends the command
            elif word in _SWITCHES:
                opening, close = _SWITCHES[word]
                out.append(opening)
                closing.append(close)
            elif word in _MARKUP:
                opening, close = _MARKUP[word]
                argument, index = self.argument(index, depth, math=math)
                out.append(f"{opening}{argument}{close}" if argument else "")
            elif word == "href":
                _, index = self.argument(index, depth, math=math)
                argument, index = self.argument(index, depth, math=math)
                out.append(argument)
            elif word in _DROP_ARGUMENTS:
                for _ in range(_DROP_ARGUMENTS[word] or 0):
                    _, index = self.argument(index, depth, math=math)
            elif index < len(tokens) and tokens[index][2] == "{":
                # Any other command is dropped; its argument is kept, as text.
                argument, index = self.group(index + 1, depth + 1, math=math)
                out.append(argument)
        out.extend(reversed(closing))
        return "".join(out), index

    def braced(self, start: int, depth: int, *, math: bool) -> tuple[str, int]:
        """Render a ``{...}`` group whose ``{`` came just before *start*."""
        special_character = start < len(self.tokens) and bool(
            self.tokens[start][0] or self.tokens[start][1]
        )
        text, index = self.group(start, depth + 1, math=math)
        if depth == 0 and self.nocase and not special_character and not math and text:
            plain = _strip_tags(text)
            if " " in plain or not any(char.isupper() for char in plain[1:]):
                return f"{_NOCASE[0]}{text}{_NOCASE[1]}", index
        return text, index

    def argument(self, start: int, depth: int, *, math: bool) -> tuple[str, int]:
        """Render one command argument: a group, a command or one character."""
        tokens = self.tokens
        index = start
        while index < len(tokens) and tokens[index][3].isspace():
            index += 1
        if index >= len(tokens):
            return "", index
        word, symbol, special, plain = tokens[index]
        if special == "{":
            return self.group(index + 1, depth + 1, math=math)
        if plain:
            # One character is the argument; the rest of the run is ordinary text.
            if len(plain) > 1:
                tokens[index] = ("", "", "", plain[1:])
                return plain[0], index
            return plain, index + 1
        if word in _SYMBOLS:
            return _SYMBOLS[word], index + 1
        if special and special not in {"}", "$"}:
            return _LIGATURES.get(special, special), index + 1
        if symbol:
            return _ESCAPED.get(symbol, symbol), index + 1
        return "", index


def _empty(tokens: list[tuple[str, str, str, str]], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1][2] == "}"


def _accent(base: str, command: str) -> str:
    """Put the accent of *command* on the first letter of *base*."""
    if not base:
        return unicodedata.normalize("NFC", " " + _ACCENTS[command]).strip() or ""
    if base[0] in "ıȷ":  # \'{\i}: the accent replaces the dot
        base = {"ı": "i", "ȷ": "j"}[base[0]] + base[1:]
    return unicodedata.normalize("NFC", base[0] + _ACCENTS[command]) + base[1:]


_TAG = re.compile(r"<[^>]*>")


def _strip_tags(text: str) -> str:
    return _TAG.sub("", text)
