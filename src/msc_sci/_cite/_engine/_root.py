"""The ``cs:style`` root: locale fallback and a macro table built once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS, model

__all__ = ["Locale", "Style"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Style(model.Style):
    """A ``cs:style`` whose locales are parsed once and whose macros are a dict.

    Attributes:
        quotes: The locale's quotation marks, for markup in ``cs:text`` values (set by
            the processor).
        language: The language of the output locale (``fr`` for ``fr-FR``).
    """

    quotes: Any = None
    language: str = "en"

    def set_locale_list(
        self, output_locale: str, validate: bool = False, *, load: Callable[[str], Any]
    ) -> None:
        """Take the locales for *output_locale*: the style's own, then *load*-ed files.

        *load* returns the parsed locale file of a code, or raises :class:`LookupError`.
        """
        language = self.language = output_locale.split("-")[0]
        in_style: dict[str | None, Any] = {}
        for element in self.findall(f"{{{self.nsmap['cs']}}}locale"):
            in_style.setdefault(element.get(_XML_LANG), element)
        # citeproc-js also takes the in-style locale of the language's primary dialect
        # (en-US for en-GB), after the exact one and before the bare language.
        keys = (output_locale, PRIMARY_DIALECTS.get(language), language, None)
        self.locales = [in_style[key] for key in dict.fromkeys(keys) if key in in_style]
        codes = []
        if output_locale in LANGUAGE_NAMES:
            codes.append(output_locale)
        if language in PRIMARY_DIALECTS:
            codes.append(PRIMARY_DIALECTS[language])
        codes.append("en-US")
        for code in dict.fromkeys(codes):
            self.locales.append(load(code))
        for locale in self.locales:
            locale.style = self
        self.macros = {
            element.get("name"): element
            for element in reversed(self.findall(f"{{{self.nsmap['cs']}}}macro"))
        }

    def macro(self, name: str) -> Any:
        """Return the macro called *name*."""
        try:
            return self.macros[name]
        except KeyError:
            raise IndexError(name) from None


_TERM = "{http://purl.org/net/xbiblio/csl}term"


class Locale(model.Locale):
    """A ``cs:locale`` whose terms are indexed once; a term defined twice keeps the last."""

    def get_option(self, name: str) -> Any:
        """Return the locale option *name* (``punctuation-in-quote``) this locale sets.

        A locale in a style sets only the options its ``cs:style-options`` names; the
        others come from the next locale, as in citeproc-js. A locale file gives the
        default for an option it does not name.

        Raises:
            IndexError: if this locale is in a style and does not set *name*.
        """
        options = self.find("cs:style-options", self.nsmap)
        value = None if options is None else options.get(name)
        if value is not None:
            return value
        if self.getparent() is not None:
            raise IndexError(name)
        return self._default_options[name]

    def get_term(self, name: str, form: str | None = None, zero_padded: bool = False) -> Any:
        """Return the term *name* in *form* (``long`` or ``None``: the long form).

        Raises:
            IndexError: if this locale does not define it.
        """
        if zero_padded:
            return super().get_term(name, form, zero_padded=zero_padded)
        try:
            index = self.__dict__["_term_index"]
        except KeyError:
            index = self.__dict__["_term_index"] = {}
            # citeproc-js reads the terms in order, so a later definition replaces an earlier.
            for term in self.iterfind(f"{{{self.nsmap['cs']}}}terms/{_TERM}"):
                index[term.get("name"), term.get("form", "long")] = term
        try:
            return index[name, form or "long"]
        except KeyError:
            raise IndexError(name) from None
