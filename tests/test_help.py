"""``help(msc_sci)`` and reprs show the public names a user imports, nothing private."""

from __future__ import annotations

import inspect
import pydoc
import subprocess
import sys

import msc_sci


def test_help_names_no_private_module() -> None:
    """``help(msc_sci)`` shows ``msc_sci.Work``, never ``msc_sci._records...`` or ``_LAZY``."""
    text = pydoc.plaintext.document(msc_sci)
    assert ("msc_sci._" in text, "_LAZY" in text) == (False, False)


def test_public_classes_live_in_msc_sci() -> None:
    """Every public class says it is ``msc_sci.<name>``, as users import it."""
    classes = [getattr(msc_sci, name) for name in msc_sci.__all__]
    wrong = [cls for cls in classes if inspect.isclass(cls) and cls.__module__ != "msc_sci"]
    assert [] == wrong


def test_public_module_is_set_whatever_the_import_order() -> None:
    """A class reached through its private module first already says ``msc_sci``."""
    code = (
        "from msc_sci._errors import StyleError; from msc_sci._records import Work;"
        "print(StyleError.__module__, Work.__module__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "msc_sci msc_sci" == result.stdout.strip()


def test_errors_pickle_by_their_public_name() -> None:
    """An error pickles and unpickles through ``msc_sci.<name>``."""
    import pickle

    error = msc_sci.StyleError("bad", style="x.csl")
    assert str(error) == str(pickle.loads(pickle.dumps(error)))
