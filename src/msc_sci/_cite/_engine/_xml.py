"""Parse CSL styles and locales safely, into our element classes.

A style file may come from a user, so it is untrusted XML: the parser resolves no
entities, loads no DTD, never touches the network and refuses huge trees.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from lxml import etree

from msc_sci._cite._engine._memo import pin
from msc_sci._cite._engine._rich import TAB

__all__ = ["MAX_STYLE_BYTES", "locale_root", "parse_xml"]

CSL_NS = "http://purl.org/net/xbiblio/csl"
#: The largest style file we read (the largest bundled style is about 250 kB).
MAX_STYLE_BYTES = 4_000_000


@functools.cache
def _parser() -> Any:
    from citeproc import model

    from msc_sci._cite._engine._elements import ELEMENTS

    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    classes: dict[str, type] = {
        cls.__name__.replace("_", "-").lower(): cls
        for cls in model.CitationStylesElement.__subclasses__()
    }
    classes.update(ELEMENTS)
    namespace[None] = _memoised(model.CitationStylesElement)
    for tag, cls in classes.items():
        namespace[tag] = _memoised(cls)
    parser = etree.XMLParser(
        remove_comments=True,
        remove_pis=True,
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
    )
    parser.set_element_class_lookup(lookup)
    return parser


def _memoised(cls: type) -> type:
    """Return *cls* with :class:`Memo` (and, for macros, :class:`Budgeted`) in front."""
    from citeproc import model

    from msc_sci._cite._engine._budget import Budgeted
    from msc_sci._cite._engine._memo import Memo

    # Only macros can make a style's work explode (a macro may call others many times),
    # so only their renders are charged: the budget costs rendering about 1%.
    bases = (Memo, Budgeted, cls) if issubclass(cls, model.Macro) else (Memo, cls)
    return type(cls.__name__, bases, {"__module__": cls.__module__})


def parse_xml(data: bytes) -> Any:
    """Return the root element of the CSL document in *data*.

    Raises:
        ValueError: if the data is not well-formed XML, declares a DTD, or is not CSL.
    """
    if len(data) > MAX_STYLE_BYTES:
        raise ValueError(f"larger than {MAX_STYLE_BYTES} bytes")
    try:
        tree = etree.fromstring(data, _parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not well-formed XML ({exc})") from exc
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ValueError("declares a DTD (entities are not allowed)")
    root = tree.getroot()
    if not isinstance(root.tag, str) or not root.tag.startswith("{" + CSL_NS + "}"):
        raise ValueError(f"the root element is not in the CSL namespace {CSL_NS}")
    _read_text_attributes(root)
    return pin(root)


#: A character reference written as text (``&amp;#9;`` in the file).
_REFERENCE = re.compile(r"&#(?:([0-9]{1,6})|[xX]([0-9a-fA-F]{1,6}));")
_TEXT_ATTRIBUTES = ("prefix", "suffix", "delimiter", "value")


def _character(match: re.Match[str]) -> str:
    number = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    return chr(number) if 0 < number < 0x110000 else match.group()


def _read_text_attributes(root: Any) -> None:
    """Read character references left in affixes, delimiters and values as characters.

    Some styles escape the ``&`` of a reference (``prefix="&amp;#9;"`` for a tab);
    citeproc-js reads such a reference as its character, and so do we. A tab becomes
    the :data:`~._rich.TAB` mark, which the formats print as a tab.
    """
    for element in root.iter():
        for name in _TEXT_ATTRIBUTES:
            value = element.get(name)
            if value is None:
                continue
            read = _REFERENCE.sub(_character, value) if "&#" in value else value
            read = read.replace("\t", TAB)
            if read != value:
                element.set(name, read)


@functools.cache
def locale_root(code: str) -> Any:
    """Return the root of citeproc-py's locale file for *code*, parsed once.

    Raises:
        LookupError: if there is no such locale file.
    """
    from citeproc import LOCALES_PATH

    path = os.path.join(LOCALES_PATH, f"locales-{code}.xml")
    try:
        with open(path, "rb") as file:
            return parse_xml(file.read())
    except FileNotFoundError as exc:
        raise LookupError(code) from exc
