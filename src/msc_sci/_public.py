"""Mark a class as public: it says ``msc_sci`` as its module, wherever it is defined.

``help()``, tracebacks, reprs of enums and the API page then show ``msc_sci.Work``,
not ``msc_sci._records.work.Work``, as httpx does for its public classes. Pickling
finds each class again through ``msc_sci``, which imports it on first use. The class's
own methods move with it: Python 3.13's ``help()`` names a method whose module differs
from its class's as "from msc_sci._records...".
"""

from __future__ import annotations

# Not ``typing.TYPE_CHECKING``: the errors use this, and every ``msc-sci`` run loads them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T", bound=type)

__all__ = ["public"]


def public(cls: T) -> T:
    """Return *cls*, its and its own methods' ``__module__`` set to ``"msc_sci"``.

    >>> @public
    ... class Example:
    ...     def method(self) -> None:
    ...         pass
    >>> Example.__module__, Example.method.__module__
    ('msc_sci', 'msc_sci')
    """
    defined_in, prefix = cls.__module__, cls.__qualname__ + "."
    for value in vars(cls).values():
        # A plain function, a classmethod's or staticmethod's, a property's accessors.
        for name in ("__func__", "fget", "fset", "fdel"):
            function = getattr(value, name, value if name == "__func__" else None)
            if getattr(function, "__module__", None) == defined_in and getattr(
                function, "__qualname__", ""
            ).startswith(prefix):
                function.__module__ = "msc_sci"
    cls.__module__ = "msc_sci"
    return cls
