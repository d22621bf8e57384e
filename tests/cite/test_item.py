"""`CiteItem`: one cited work with its locator, label and affixes, checked when built."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given

from msc_sci import CiteItem, RecordError, UnknownLabelError, UnknownNameError, Work
from msc_sci._cite._item import LABELS
from tests.strategies import cite_items, locator_labels

BOOK = {"id": "x", "type": "book", "title": "T"}


def test_a_mapping_becomes_a_work() -> None:
    """A CSL-JSON mapping is read into a `Work`."""
    assert Work.from_csl_json(BOOK) == CiteItem(BOOK).work


def test_defaults() -> None:
    """Without arguments a cite has no locator, the label ``page`` and no affixes."""
    item = CiteItem(BOOK)
    assert (None, "page", None, None) == (item.locator, item.label, item.prefix, item.suffix)


def test_sub_verbo_with_a_space_is_the_csl_term() -> None:
    """``"sub verbo"`` (CSL-JSON's spelling) is stored as the term ``sub-verbo``."""
    assert "sub-verbo" == CiteItem(BOOK, locator="x", label="sub verbo").label


def test_labels_are_the_csl_1_0_2_locator_terms() -> None:
    """The known labels are the 28 locator terms of CSL 1.0.2, sorted."""
    assert (28, tuple(sorted(LABELS))) == (len(LABELS), LABELS)


def test_unknown_label_lists_the_known_ones() -> None:
    """An unknown label raises `UnknownLabelError` suggesting and listing the labels."""
    with pytest.raises(UnknownLabelError) as info:
        CiteItem(BOOK, locator="4", label="pg")
    message = str(info.value)
    assert (True, True, True) == (
        message.startswith("unknown locator label 'pg'; did you mean 'page'?"),
        "figure" in message,
        isinstance(info.value, UnknownNameError),
    )


def test_unknown_label_error_pickles() -> None:
    """The error survives pickling with its message (for multiprocessing)."""
    error = UnknownLabelError("zz", known=LABELS)
    assert str(error) == str(pickle.loads(pickle.dumps(error)))


@pytest.mark.parametrize("locator", ["", "   ", "\n"])
def test_blank_locator_is_a_record_error(locator: str) -> None:
    """A blank locator names the field."""
    with pytest.raises(RecordError) as info:
        CiteItem(BOOK, locator=locator)
    assert "locator" == info.value.field


@pytest.mark.parametrize(
    ("field", "value"), [("locator", 4), ("label", 1), ("prefix", b"see"), ("suffix", ["x"])]
)
def test_non_string_fields_are_record_errors(field: str, value: object) -> None:
    """A locator, label or affix that is not a string names its field."""
    with pytest.raises(RecordError) as info:
        CiteItem(BOOK, **{field: value})  # type: ignore[arg-type]
    assert field == info.value.field


def test_a_work_that_is_not_a_work_is_a_record_error() -> None:
    """Neither a work nor a mapping: a `RecordError` on the field ``work``."""
    with pytest.raises(RecordError) as info:
        CiteItem(42)  # type: ignore[arg-type]
    assert ("work", "int") == (info.value.field, info.value.value)


def test_a_bad_mapping_is_a_record_error() -> None:
    """A mapping that is not valid CSL-JSON is rejected where the item is built."""
    with pytest.raises(RecordError):
        CiteItem({"id": "x", "type": "no-such-type"})


def test_to_cite_without_locator_has_no_label() -> None:
    """A cite without a locator carries only its index to the engine."""
    assert {"index": 3} == CiteItem(BOOK, label="figure").to_cite(3)


def test_items_are_frozen_and_hashable() -> None:
    """Cite items are values: equal items hash alike and cannot be changed."""
    item = CiteItem(BOOK, locator="4")
    with pytest.raises(AttributeError):
        item.locator = "5"  # type: ignore[misc]
    assert {item} == {CiteItem(BOOK, locator="4")}


@given(label=locator_labels)
def test_every_label_is_accepted(label: str) -> None:
    """Every CSL locator term is a valid label, kept as given."""
    assert label == CiteItem(BOOK, locator="1", label=label).label


@given(item=cite_items())
def test_to_cite_round_trips_the_fields(item: CiteItem) -> None:
    """The engine's cite carries the locator, label and non-empty affixes."""
    expected = {"index": 0}
    if item.locator is not None:
        expected |= {"locator": item.locator, "label": item.label}
    expected |= {name: value for name in ("prefix", "suffix") if (value := getattr(item, name))}
    assert expected == item.to_cite(0)


@pytest.mark.parametrize("field", ["locator", "prefix", "suffix"])
def test_lone_surrogates_in_a_cite_item_are_refused(field: str) -> None:
    """A locator or affix holding half a UTF-16 pair is refused, naming it."""
    work = {"id": "x", "type": "book", "title": "T"}
    with pytest.raises(RecordError, match=f"^{field}: .*lone surrogate"):
        CiteItem(work, **{field: "p\ud800"})  # type: ignore[arg-type]
