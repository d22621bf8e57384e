"""Names as citeproc-js prints them: ``initialize="false"``, hyphenated initials, and the
names and given names that disambiguation adds to a citation.
"""

from __future__ import annotations

import re
import types
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import String

from msc_sci._cite._engine._context import Disambiguation, NamesSeen, current
from msc_sci._cite._engine._givenname import expands_everywhere
from msc_sci._cite._engine._person import PersonName, flags
from msc_sci._cite._engine._rich import CLOSE, OPEN, clean, plain
from msc_sci._cite._engine._spaces import PIN

__all__ = ["SORT_NAME_END", "SORT_PART_END", "Name", "initials"]

_NAME_PARTS = ("family", "dropping-particle", "non-dropping-particle", "suffix")
_GIVEN_WORD = re.compile(r"[^\s.]+\.?")
_CONTAINER = "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"


#: What an "et al." term must open with to follow a space (citeproc-js's Latin, Greek,
#: Cyrillic, Hebrew, Arabic and Thai letters, and ``&``).
_STARTS_ROMANESQUE = re.compile(
    "[&a-zA-Z\u00c0-\u017f\u0218-\u021b\u0370-\u03ff\u0400-\u052f\u0590-\u05d4"
    "\u05d6-\u05ff\u0600-\u06ff\u0e01-\u0e5b\u1f00-\u1fff\u200c-\u200e\u202a-\u202e]"
)


class _Whole(str):
    """A given name that disambiguation wants printed in full, never as initials."""

    __slots__ = ()


def initials(given: str, mark: str, *, hyphen: bool = True) -> str:
    """Return *given* as initials followed by *mark*, the way citeproc-js does.

    With *hyphen*, a lower-case part after a hyphen is dropped (``Min-jun`` gives
    ``M.``); without, a hyphen is a space. A lower-case word is kept whole, and so is
    an abbreviation with its own full stop (``Ph.`` gives ``Ph.``).

    >>> initials("Yoichi M.", ". ")
    'Y. M.'
    >>> initials("Jean-Paul", ".")
    'J.-P.'
    >>> initials("Min-jun", ". ")
    'M.'
    >>> initials("Min-jun", "", hyphen=False)
    'M jun'
    >>> initials("Ph.M.E.", ". ")
    'Ph. M. E.'
    >>> initials("TSerendorjiin", ".")
    'Ts.'
    """
    if not hyphen:
        given = given.replace("-", " ")
    tight = mark.rstrip()
    space = mark[len(tight) :]
    out = ""
    for word in _GIVEN_WORD.findall(given):
        bare = word.rstrip(".")
        parts = [part for part in bare.split("-") if clean(part)]
        if not parts or not clean(parts[0])[:1].isupper():
            out = f"{out.rstrip()} {word} " if out else f"{word} "
            continue
        if _abbreviation(clean(word)):
            out += bare + tight + space
            continue
        letters = [_marked_initial(part, tight) for part in parts if clean(part)[:1].isupper()]
        out += "-".join(letters) + space
    return " ".join(out.split()) if " " in mark or not tight else out.strip()


_EAST_ASIAN = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def _east_asian(name: Any) -> bool:
    """Return whether *name* is written in CJK script, family and given name both."""
    family, given = name.get("family"), name.get("given")
    return bool(family and given and _EAST_ASIAN.fullmatch(family + given))


def _initial(part: str) -> str:
    """Return the initial of *part*: two letters for a Mongolian ``TSerendorjiin`` (``Ts``)."""
    if len(part) > 2 and part[1].isupper() and part[2].islower():
        return part[0] + part[1].lower()
    return part[0]


_LEADING_MARKS = re.compile("^[\ue000-\ue0ff]*")
_MARKS = re.compile("[\ue000-\ue0ff]")


def _marked_initial(part: str, tight: str) -> str:
    """Return the initial of *part* and *tight*, inside the formatting *part* has.

    A given name in bold data (``<b>John</b>``) gives a bold initial (``<b>J.</b>``).
    """
    lead = _LEADING_MARKS.match(part).group()  # type: ignore[union-attr]
    rest = part[len(lead) :]
    return lead + _initial(clean(rest)) + tight + "".join(_MARKS.findall(rest))


def _abbreviation(word: str) -> bool:
    """Return whether *word* is an abbreviated given name such as ``Ph.`` or ``ME.``."""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 1 and "-" not in bare and bare[:1].isupper()


#: Ends a name part in a sort key: "Van\x01Dyke" sorts before "Van Dyke".
SORT_PART_END = "\x01"
#: Ends a name in a sort key: "Smith\x01Ann\x00Marie\x01Curie" before "Smith\x01Ann Marie".
SORT_NAME_END = "\x00"
#: A sort-options key asking :meth:`Name._list` for names without their affixes.
_BARE = "msc-bare"


def _bare_suffix(text: str, suffix: str) -> str:
    """Return the printed name *text* with its *suffix* (``Jr.``) without full stops."""
    if suffix.endswith("."):
        return str(text).replace(" " + suffix, " " + suffix.rstrip("."))
    return text


class Name(model.Name):
    """A ``cs:name`` that honours ``initialize="false"`` and hyphenated given names."""

    def _initialize_option(self, context: Any) -> str:
        value = self.get("initialize")
        if value is None:
            parent = (context if context is not None else self).xpath_search(
                "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
            )
            value = parent[0].get("initialize") if parent else None
            if value is None:
                value = self.get_root().get("initialize", "true")
        return str(value)

    def initialize(self, given: str, mark: str, context: object) -> str:
        if isinstance(given, _Whole):
            return str(given)
        hyphen = self.get_option("initialize-with-hyphen", context)
        if self._initialize_option(context) == "false":
            # Only existing initials and abbreviations are normalised (M.E to M. E.);
            # given names stay.
            out = ""
            for word in _GIVEN_WORD.findall(str(given)):
                bare = word.rstrip(".")
                if (len(bare) == 1 and bare.isupper()) or _abbreviation(word):
                    out += bare + str(mark)
                else:
                    out = f"{out.rstrip()} {word} " if out else f"{word} "
            return out.strip()
        return initials(str(given), str(mark), hyphen=bool(hyphen))

    def get_option(self, name: str, context: Any = None, sort_options: Any = None) -> Any:
        if name == "and" and current().sorting:
            return None  # sort keys list the names without "and"
        return super().get_option(name, context, sort_options)

    def et_al(self) -> Any:
        if current().sorting:
            return String("")  # nor "et al."
        return super().et_al()

    def markup(self, text: object) -> object:
        if isinstance(text, int):  # form="count": keep the number, Names adds them up
            return text
        return self.format(text) if text else None  # the affixes went round each name

    def process(self, item: object, variable: str, context: object = None, **kw: object) -> object:
        text = self._names_text(item, variable, context, kw)
        if text is None or isinstance(text, int):
            return text
        et_al = str(self.et_al() or "")
        if (
            text is not None
            and "\u2e80" <= plain(et_al)[:1] <= "\u9fff"
            and str(text).endswith(" " + et_al)
            and not str(text)[: -len(et_al) - 1].endswith((",", ";"))
        ):
            # citeproc-js puts no space before a CJK "et al." term (Honmouほか), unless
            # a delimiter precedes it (Zither, 等).
            text = String(str(text)[: -len(et_al) - 1] + et_al)
        return text

    def _names_text(self, item: Any, variable: str, context: Any, kw: dict[str, Any]) -> object:
        """Render the name list, as disambiguation left it.

        Names added or expanded for a citation show in the bibliography entry too, as
        citeproc-js prints them.
        """
        render = current()
        state = render.state(item.key)
        if render.sorting:
            if state is not None and state.given and expands_everywhere(self.get_root()):
                # Given names expanded throughout (a rule other than by-cite) sort as
                # printed: citeproc-js puts "Müller, Ana" before "Müller, Anna".
                item = self._given_expanded(item, variable, context, state)
            return self._list(item, variable, context=context, **kw)
        if kw.get("sort_options") is not None:
            return self._list(item, variable, context=context, **kw)
        if (
            render.seen is not None
            and self._in_citation(context)
            and self.get_option("form", context) != "count"
        ):
            self._record(item, variable, context)
        inverted = self._after_inverted(context)
        if (
            inverted
            or (state is not None and (state.names or state.given))
            or any(map(_east_asian, item.reference.get(variable, ())))
        ):
            return self._adjusted(item, variable, context, state, inverted, kw)
        return self._list(item, variable, context=context, **kw)

    def _subsequent(self, item: Any, context: Any) -> bool:
        """Return whether *item* is a cite of an item cited before in the document."""
        if isinstance(item, types.SimpleNamespace):  # a stand-in made by _adjusted
            return bool(getattr(item, "subsequent", False))
        if not self._in_citation(context):
            return False
        key = getattr(item, "key", None)
        return any(other.key == key for other in current().history)

    def _explicit(self, option: str, context: Any, sort_options: Any) -> bool:
        """Return whether the style sets *option* for this name (not a default)."""
        if (sort_options and option in sort_options) or self.get(option) is not None:
            return True
        found = (context if context is not None else self).xpath_search(_CONTAINER)
        return (found and found[0].get(option) is not None) or (
            self.get_root().get(option) is not None
        )

    def _et_al_limits(self, item: Any, context: Any, sort_options: Any) -> tuple[int, int]:
        """Return ``(et-al-min, et-al-use-first)``; ``et-al-min`` 0 means no "et al."."""
        if not (
            self._explicit("et-al-min", context, sort_options)
            and self._explicit("et-al-use-first", context, sort_options)
        ):
            return 0, 0
        et_al_min = self.get_option("et-al-min", context, sort_options)
        use_first = self.get_option("et-al-use-first", context, sort_options)
        if not current().sorting and self._subsequent(item, context):
            # Subsequent cites use their own limits where the style gives them.
            if self._explicit("et-al-subsequent-min", context, None):
                et_al_min = self.get_option("et-al-subsequent-min", context)
            if self._explicit("et-al-subsequent-use-first", context, None):
                use_first = self.get_option("et-al-subsequent-use-first", context)
        return int(et_al_min), int(use_first)

    def _list(
        self, item: Any, variable: str, context: Any = None, sort_options: Any = None, **kw: Any
    ) -> Any:
        """Render the names of *variable* with their et al., "and" and delimiters."""

        def option(name: str) -> Any:
            return self.get_option(name, context, sort_options)

        names = list(item.reference.get(variable, []))
        et_al_min, use_first = self._et_al_limits(item, context, sort_options)
        # "et al." only where names are left out: never when use-first shows them all
        truncated = 1 < len(names) and 0 < et_al_min <= len(names) and use_first < len(names)
        form = option("form")
        if form == "count":
            return min(len(names), use_first) if truncated else len(names)
        if truncated and use_first <= 0:
            return None
        use_last = truncated and option("et-al-use-last") and use_first <= et_al_min - 2
        if truncated:
            names = names[:use_first] + (names[-1:] if use_last else [])
        language = str(
            item.reference.get("language") or self.get_root().get("default-locale") or ""
        )
        render = current()
        # Substituted names take the name parts of the owner's cs:name they lack.
        inherited = render.inherited_parts if context is not None else None
        parts = _NameParts(self, context, language[:2] or None, inherited)
        sorting_now = render.sorting
        order = option("name-as-sort-order")
        mark = option("initialize-with")
        # A sort key compares name by name, family name first (CSL 1.0.2): the name parts
        # and the names are parted by characters sorting before any other.
        separator = SORT_PART_END if sorting_now else option("sort-separator")
        demote = _demoted(option("demote-non-dropping-particle"), sorting_now)
        output = [
            parts.render(
                name,
                form=form,
                inverted=order == "all" or (order == "first" and index == 0),
                mark=mark,
                separator=separator,
                demote=demote,
            )
            for index, name in enumerate(names)
        ]
        if mark is not None and "." not in mark:
            # Initials without full stops: citeproc-js prints suffixes without them too.
            output = [
                _bare_suffix(text, name.get("suffix") or "")
                for text, name in zip(output, names, strict=True)
            ]
        bare = bool(sort_options and sort_options.get(_BARE))
        if context is not None and not sorting_now and not bare and render.persons_pending:
            # Each name, for a subsequent-author-substitute rule that replaces names.
            output = [OPEN["person"] + str(text) + CLOSE for text in output]
            render.people.extend(_person_key(name) for name in names)
        affixed = "prefix" in self.attrib or "suffix" in self.attrib
        if affixed and not sorting_now and not bare:
            # citeproc-js puts the affixes of cs:name around each personal name, not the
            # list nor an institution's name.
            output = [
                text
                if "literal" in name and not getattr(name, "printed", False)
                else self.wrap(String(text))
                for text, name in zip(output, names, strict=True)
            ]
        if sorting_now:
            # Not self.join: it would take the cs:name's own delimiter over the sort one.
            return String(SORT_NAME_END.join(str(text) for text in output))
        delimiter = option("delimiter")
        et_al = self.et_al() if truncated else None
        if et_al is not None and not str(et_al).strip():
            et_al = None  # a term of white space only (XML layout) prints nothing
        if use_last:
            output[-1] = self.unicode_character("horizontal ellipsis") + " " + output[-1]
            return self.join(output, delimiter)
        if et_al:
            precedes = option("delimiter-precedes-et-al")
            spaced = _STARTS_ROMANESQUE.match(plain(et_al)) is not None
            delimited = precedes == "always" or (precedes == "contextual" and len(output) >= 2)
            if delimited and (spaced or delimiter != " "):
                return self.join([*output, et_al], delimiter)
            # citeproc-js puts no space before a term that opens with a space, a mark or
            # a CJK character (`` - al.``, ``*et al.*``, ``等``).
            return self.join(output, delimiter) + (" " if spaced else "") + et_al
        and_ = option("and")
        if and_ is None and affixed and len(output) > 1:
            # citeproc-js joins the last name without merging the delimiter's space with
            # the name's prefix (``A, In: B,  In: C``).
            return self.join(output[:-1], delimiter) + delimiter + PIN + output[-1]
        if and_ is None or len(output) < 2:
            return self.join(output, delimiter)
        and_term = self.get_single_term(name="and") if and_ == "text" else self.preformat("&")
        precedes = option("delimiter-precedes-last")
        text = self.join(output[:-1], delimiter)
        if precedes == "always" or (precedes == "contextual" and len(output) > 2):
            text += delimiter
        elif str(and_term)[-1:].isspace() and str(and_term)[-1:] != " ":
            # A term carrying its own spacing (Hebrew "\u05d5\u2008") joins the names as it is.
            return text + str(and_term) + output[-1]
        else:
            text += " "
        return text + f"{and_term} " + output[-1]

    def _after_inverted(self, context: Any) -> tuple[str, ...]:
        """Return the ``delimiter-precedes-*`` options set to ``after-inverted-name``."""
        memo = self.__dict__.setdefault("_inverted_memo", {})
        try:
            return memo[id(context)]
        except KeyError:
            found = memo[id(context)] = tuple(
                option
                for option in ("delimiter-precedes-last", "delimiter-precedes-et-al")
                if self.get_option(option, context) == "after-inverted-name"
            )
            return found

    def _in_citation(self, context: Any) -> bool:
        found = (context if context is not None else self).xpath_search(_CONTAINER)
        return bool(found) and str(found[0].tag).endswith("}citation")

    def _record(self, item: Any, variable: str, context: Any) -> None:
        """Note the names *item*'s citation prints, for disambiguation to compare."""
        names = tuple(item.reference.get(variable, ()))
        shown = len(names)
        et_al_min = self.get_option("et-al-min", context)
        if shown > 1 and et_al_min and shown >= et_al_min:
            shown = min(shown, self.get_option("et-al-use-first", context))
        seen = current().seen
        assert seen is not None
        seen.setdefault(item.key, []).append(NamesSeen(variable, names, shown))

    def _adjusted(
        self,
        item: Any,
        variable: str,
        context: Any,
        state: Disambiguation | None,
        inverted: tuple[str, ...],
        kw: dict[str, Any],
    ) -> object:
        """Render with names added or expanded as *state* says, delimiters after
        inverted names as the *inverted* options say, and East Asian names in their own
        order (citeproc-py knew none of these).
        """
        names = list(item.reference.get(variable, ()))
        overrides: dict[str, object] = {}
        form = self.get_option("form", context)
        use_first = self.get_option("et-al-use-first", context)
        et_al_min = self.get_option("et-al-min", context)
        truncated = 1 < len(names) and 0 < et_al_min <= len(names) and use_first < len(names)
        # Names added to tell items apart show in later cites too, whatever their limits.
        added = state is not None and state.names > use_first
        if state is not None and state.names > use_first:
            if state.names >= len(names):
                overrides["et-al-min"] = len(names) + 1  # all of them, without "et al."
                truncated = False
            else:
                overrides["et-al-use-first"] = use_first = state.names
        if state is not None and state.given:
            mark = self.get_option("initialize-with", context)
            for position, name in enumerate(names):
                level = state.given.get((variable, position))
                if level:
                    names[position] = self._expanded(name, level, form, mark, variable, context)
        if any(map(_east_asian, names)):
            names = [
                self._east_asian_name(name, form, item, context) if _east_asian(name) else name
                for name in names
            ]
        if inverted:
            shown = min(len(names), use_first) if truncated else len(names)
            order = self.get_option("name-as-sort-order", context)
            for option in inverted:
                before = shown - 2 if option == "delimiter-precedes-last" else shown - 1
                flipped = (
                    before >= 0
                    and form == "long"
                    and "literal" not in names[before]  # an institution is never inverted
                    and (order == "all" or (order == "first" and before == 0))
                )
                overrides[option] = "always" if flipped else "never"
        proxy = types.SimpleNamespace(
            key=item.key,
            reference={variable: names},
            subsequent=not added and self._subsequent(item, context),
        )
        rest = {key: value for key, value in kw.items() if key != "sort_options"}
        return self._list(proxy, variable, context=context, sort_options=overrides, **rest)

    def _given_expanded(
        self, item: Any, variable: str, context: Any, state: Disambiguation
    ) -> types.SimpleNamespace:
        """Return a stand-in for *item* with the given names *state* expands in full."""
        names = list(item.reference.get(variable, ()))
        form = self.get_option("form", context)
        mark = self.get_option("initialize-with", context)
        for position, name in enumerate(names):
            level = state.given.get((variable, position))
            if level:
                names[position] = self._expanded(name, level, form, mark, variable, context)
        return types.SimpleNamespace(key=item.key, reference={variable: names})

    def _east_asian_name(self, name: Any, form: str, item: Any, context: Any) -> Any:
        """Return the East Asian *name* as printed: family then given name, no space (我妻栄).

        Each part takes its ``cs:name-part`` formatting (small caps on the family name
        only) but not its affixes, as citeproc-js prints it; the short form is the
        family name.
        """
        language = str(
            item.reference.get("language") or self.get_root().get("default-locale") or ""
        )
        inherited = current().inherited_parts if context is not None else None
        parts = _NameParts(self, context, language[:2] or None, inherited)
        text = str(parts.decorate(parts.family, name["family"]))
        if form == "long":
            text += str(parts.decorate(parts.given, name["given"]))
        return PersonName({"literal": text}, printed=True)  # a person's name, with its affixes

    def _expanded(
        self, name: Any, level: int, form: str, mark: str | None, variable: str, context: Any
    ) -> Any:
        """Return *name* with its given name shown at *level* (1: initials, 2: in full)."""
        if "literal" in name or not name.get("given"):
            return name
        if form == "short":
            single = types.SimpleNamespace(reference={variable: [name]})
            options = {"form": "long", "initialize-with": mark if level == 1 else None, _BARE: True}
            text = self._list(single, variable, context=context, sort_options=options)
            return PersonName(
                {"literal": str(text)}, printed=True
            )  # a person's name, with its affixes
        if mark is not None and level >= 2:
            parts = {key: name[key] for key in _NAME_PARTS if key in name}
            return PersonName({**parts, "given": _Whole(name["given"])}, **flags(name))
        return name


def _demoted(option: str, sorting_now: bool) -> bool:
    """Return whether a non-dropping particle moves to the given name."""
    if option == "display-and-sort":
        return True
    return sorting_now and option == "sort-only"


def _glue(*words: Any, spaced: bool = False, space: str = " ") -> str:
    """Join name words with *space*; none after a particle ending in an apostrophe or hyphen.

    With *spaced*, a particle ending in an apostrophe keeps its space (``de\u2019 Frinkle``).
    """
    out = ""
    for word in words:
        if not word:
            continue
        if out and (spaced or not plain(out).endswith(("\u2019", "'", "-"))):
            out += space
        out += str(word)
    return out


#: Output languages whose typography keeps a particle on the line of its family name
#: (``van\u00a0Gogh``), as citeproc-js prints them.
_NO_BREAK_PARTICLE = frozenset({"fr", "ru", "cs"})


def particle_space(root: Any) -> str:
    """Return the space after a name particle in the output locale of the style *root*.

    A no-break space in French, Russian and Czech, an ordinary space otherwise.
    """
    language = getattr(root, "language", "")
    return "\u00a0" if language in _NO_BREAK_PARTICLE else " "


def name_parts(name: Any) -> dict[str, Any]:
    """Return the ``cs:name-part`` children of the ``cs:name`` *name*, by part."""
    try:
        found: dict[str, Any] = name.__dict__["_parts_memo"]
    except KeyError:
        found = {part.get("name"): part for part in name.findall("cs:name-part", name.nsmap)}
        name.__dict__["_parts_memo"] = found
    return found


#: Two spaces, perhaps with formatting marks between them.
_DOUBLE_SPACE = re.compile(" ([\ue000-\ue0ff]*) ")


class _NameParts:
    """Print one name with its ``cs:name-part`` formatting and affixes.

    ``given`` formatting applies to the given name and the dropping particle,
    ``family`` formatting to the family name and the non-dropping particle, each word
    group on its own. The family affixes enclose the particles before the family name
    (and the suffix of a name not inverted); the given affixes enclose the particles
    demoted after the given name.
    """

    def __init__(
        self,
        name: Any,
        context: Any,
        language: str | None = None,
        inherited: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.context = context
        self.language = language
        found = name_parts(name)
        if inherited:
            found = {**inherited, **found}
        self.given, self.family = found.get("given"), found.get("family")
        self.particle = particle_space(name.get_root())

    def decorate(self, part: Any, text: Any) -> Any:
        """Return *text* with the formatting and text case of the name *part*, no affixes."""
        return self._decorate(part, text)

    def _decorate(self, part: Any, text: Any) -> Any:
        if not text or part is None:
            return text
        text = text if isinstance(text, String) else String(text)
        return part.format(part.case(text, self.language))

    @staticmethod
    def _affix(part: Any, text: Any) -> Any:
        if not text or part is None:
            return text
        return part.wrap(text)

    def render(
        self,
        name: Any,
        *,
        form: str,
        inverted: bool,
        mark: str | None,
        separator: str,
        demote: bool,
    ) -> str:
        """Return *name* printed in *form*, inverted or not, with single spaces.

        A space of a name part's affix next to the space that joins the parts prints
        once (``Anberli J.``, not ``Anberli  J.``), as in citeproc-js.
        """
        text = self._render(
            name, form=form, inverted=inverted, mark=mark, separator=separator, demote=demote
        )
        return _DOUBLE_SPACE.sub(" \\1", text)

    def _render(
        self,
        name: Any,
        *,
        form: str,
        inverted: bool,
        mark: str | None,
        separator: str,
        demote: bool,
    ) -> str:
        """Return *name* printed in *form*, inverted or not.

        An institution's name takes the family name's formatting but not its affixes,
        as in citeproc-js; a name already printed (see :meth:`Name._adjusted`) neither.
        """
        if "literal" in name:
            if getattr(name, "printed", False):
                return str(name["literal"])
            return str(self._decorate(self.family, name["literal"]))
        given, family, dropping, non_dropping, suffix = name.parts()
        spaced = bool(getattr(name, "spaced_particle", False))
        if given is not None and mark is not None:
            given = self.name.initialize(given, mark, self.context)
        given_part, family_part = self.given, self.family
        given = self._decorate(given_part, given)
        dropping = self._decorate(given_part, dropping)
        non_dropping = self._decorate(family_part, non_dropping)
        family = self._decorate(family_part, family)
        # The space that joins the particles to the family name (not in a sort key).
        space = " " if current().sorting else self.particle
        if form == "short":
            if demote and current().sorting:  # a sort key: the family name first (Berg van der)
                return str(self._affix(family_part, _glue(family, non_dropping)))
            if demote and inverted and non_dropping:
                # citeproc-js demotes the particle of a short name in sort order too.
                first = self._affix(family_part, family)
                return f"{first}{separator}{self._affix(given_part, non_dropping)}"
            surname = _glue(non_dropping, family, spaced=spaced, space=space)
            return str(self._affix(family_part, surname))
        if inverted:
            if demote:
                first = self._affix(family_part, family)
                rest = self._affix(given_part, _glue(given, dropping, non_dropping))
            else:
                surname = _glue(non_dropping, family, spaced=spaced, space=space)
                first = self._affix(family_part, surname)
                rest = self._affix(given_part, _glue(given, dropping))
            return str(separator).join(str(text) for text in (first, rest, suffix) if text)
        if suffix:
            comma = getattr(name, "comma_suffix", False)
            suffix = (", " if comma else " ") + str(suffix)
        surname = _glue(
            dropping, _glue(non_dropping, family, spaced=spaced, space=space), space=space
        )
        return _glue(
            self._affix(given_part, given), self._affix(family_part, surname + (suffix or ""))
        )


class Names(model.Names):
    """A ``cs:names`` whose implicit ``cs:name`` is one of ours, not citeproc-py's."""

    def process(self, item: Any, names_context: Any = None, context: Any = None, **kw: Any) -> Any:
        owner = names_context if names_context is not None else self
        context = context if context is not None else self
        if owner.name is None:
            owner.insert(0, owner.makeelement(f"{{{self.nsmap['cs']}}}name"))
            owner.forget_children()
            _keep_alive(owner)
        render = current()
        # Variables a substitution printed are empty for the rest of the entry.
        repressed = render.repressed.get(self.tag, ())
        roles = [role for role in str(self.get("variable", "")).split() if role not in repressed]
        pending = render.author_pending
        text = self._roles(item, roles, owner, context, kw, mark_author=pending)
        if text and render.substituting:
            render.repressed.setdefault(self.tag, []).extend(
                role for role in roles if role.replace("-", "_") in item.reference
            )
        if text and render.author_pending:
            # The first names of a bibliography entry, for subsequent-author-substitute
            # (what a substitute printed in their place, when not names).
            render.author_pending = render.persons_pending = False
            if OPEN["author"] not in str(text):
                return String(OPEN["author"] + str(text) + CLOSE)
        return text

    def _roles(
        self,
        item: Any,
        roles: list[str],
        owner: Any,
        context: Any,
        kw: dict[str, Any],
        *,
        mark_author: bool = False,
    ) -> Any:
        """Render the name variables *roles* (``container-author``...) with their labels.

        An editor who is also the translator is printed once, with the
        ``editortranslator`` term; without any names, the substitute is printed. With
        *mark_author*, the first names printed (without their label) are marked as the
        entry's author, which subsequent-author-substitute compares and replaces.

        Raises:
            VariableError: if nothing was printed and there is no substitute.
        """
        reference = item.reference
        label_role: dict[str, str] = {}
        if set(roles) == {"editor", "translator"}:
            editors, translators = reference.get("editor"), reference.get("translator")
            if editors and editors == translators and str(self.get_single_term("editortranslator")):
                roles, label_role = ["editor"], {"editor": "editortranslator"}
        output = []
        name_element = owner.name
        label = owner.label
        label_first = label is not None and label is owner.getchildren()[0]
        for role in roles:
            key = role.replace("-", "_")
            if key not in reference:
                continue
            text = name_element.render(item, key, context=context, **kw)
            if mark_author and text and not isinstance(text, int):
                text = String(OPEN["author"] + str(text) + CLOSE)
                mark_author = False
            if label is not None and not isinstance(text, int):
                term = label.render(item, label_role.get(role, role), len(reference[key]) > 1, **kw)
                if term is not None and text is not None:
                    text = term + text if label_first else text + term
            output.append(text)
        counting = name_element.get_option("form", context) == "count"
        if output:
            if all(isinstance(text, int) for text in output):
                total = sum(output)
                # A sort key counts no names as 0, which sorts first (citeproc-js).
                return str(total) if total > 0 or current().sorting else None
            # Names standing in for a substitute's owner take the owner's delimiter.
            delimiter = owner.get("delimiter", self.get_parent_delimiter(context))
            return self.join([text for text in output if text], delimiter)
        substitute = self.substitute()
        if substitute is None:
            if counting and current().sorting:
                return "0"
            raise VariableError
        return substitute.render(item, context=context, **kw)


def _keep_alive(element: Any) -> None:
    pinned = element.get_root().__dict__.get("_pinned")
    if pinned is not None:
        pinned.extend(element.iterchildren())


def _person_key(name: Any) -> tuple[str, ...]:
    """Return what tells a name apart from another person's (a literal is a family name)."""
    parts = ("given", "dropping-particle", "non-dropping-particle", "suffix")
    family = name.get("literal") or name.get("family") or ""
    return (str(family), *(str(name.get(part) or "") for part in parts))
