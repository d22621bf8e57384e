"""Let a subpackage be called as the public function that shares its name.

``msc_sci.cite``, ``msc_sci.export`` and ``msc_sci.quotes`` each name a function and a
subpackage. Importing the subpackage, or any module in it, makes Python set the
attribute on :mod:`msc_sci` to the module, hiding the function; so the module is made
to call the function, and ``msc_sci.cite("apa")`` works whichever was imported first.
"""

from __future__ import annotations

import sys
import types

# Not typing.TYPE_CHECKING: this module is on the path of every `msc-sci cite`, and
# importing typing would cost more than the rest of that command's start-up.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

__all__ = ["make_callable"]


class _CallablePackage(types.ModuleType):
    """A module that calls its ``__wrapped__`` function (``inspect.signature`` follows it)."""

    __wrapped__: Callable[..., Any]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.__wrapped__(*args, **kwargs)


def make_callable(module_name: str, function: Callable[..., Any]) -> None:
    """Make the module *module_name* callable as *function*."""
    module = sys.modules[module_name]
    module.__class__ = _CallablePackage
    module.__dict__["__wrapped__"] = function
