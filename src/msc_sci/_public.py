"""Mark a class as public: it says ``msc_sci`` as its module, wherever it is defined.

``help()``, tracebacks, reprs of enums and the API page then show ``msc_sci.Work``,
not ``msc_sci._records.work.Work``, as httpx does for its public classes. Pickling
finds each class again through ``msc_sci``, which imports it on first use.
"""

from __future__ import annotations

# Not ``typing.TYPE_CHECKING``: the errors use this, and every ``msc-sci`` run loads them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T", bound=type)

__all__ = ["public"]


def public(cls: T) -> T:
    """Return *cls*, its ``__module__`` set to ``"msc_sci"``.

    >>> @public
    ... class Example:
    ...     pass
    >>> Example.__module__
    'msc_sci'
    """
    cls.__module__ = "msc_sci"
    return cls
