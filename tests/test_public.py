"""Public classes say ``msc_sci`` as their module, and still pickle."""

from __future__ import annotations

import inspect
import pickle

import pytest

import msc_sci

CLASSES = [name for name in msc_sci.__all__ if inspect.isclass(getattr(msc_sci, name))]


@pytest.mark.parametrize("name", CLASSES)
def test_public_class_names_the_package(name: str) -> None:
    """help(), tracebacks and the API page show msc_sci.Name, not its private module."""
    cls = getattr(msc_sci, name)
    assert ("msc_sci", name) == (cls.__module__, cls.__qualname__)


def test_records_pickle_through_the_package() -> None:
    """A record, a finding and a summary pickle and unpickle to equal objects."""
    objects = [msc_sci.study(), msc_sci.check("There were no side effects.")[0]]
    objects.append(msc_sci.summarize(length="tweet"))
    assert objects == [pickle.loads(pickle.dumps(o)) for o in objects]


def test_errors_print_the_package_name() -> None:
    """An error's traceback line names msc_sci.UnknownFormatError."""
    import traceback

    with pytest.raises(msc_sci.UnknownFormatError) as info:
        msc_sci.export("bibtx")
    line = traceback.format_exception_only(info.value)[0]
    assert line.startswith("msc_sci.UnknownFormatError: unknown export format 'bibtx'")
