"""Tests for debiteur_desk.domain.settings_registry: one typed registry of settings."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.aging import DEFAULT_BOUNDARIES, make_buckets
from debiteur_desk.domain.settings_registry import REGISTRY, SettingSpec, spec_for


def test_known_key():
    spec = spec_for("escalation.days_between_steps")
    assert spec.key == "escalation.days_between_steps"
    assert spec.type is int
    assert spec.default == 14


@pytest.mark.parametrize("key", ["no.such.key", "", "company.Name", "company"])
def test_unknown_key_raises_key_error(key):
    with pytest.raises(KeyError, match="unknown setting"):
        spec_for(key)


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_every_default_has_its_type_and_round_trips(key):
    spec = REGISTRY[key]
    assert spec.key == key
    assert isinstance(spec.default, spec.type)
    assert spec.description
    encoded = spec.encode(spec.default)
    assert isinstance(encoded, str)
    assert spec.decode(encoded) == spec.default


@pytest.mark.parametrize(
    ("type_", "value", "encoded"),
    [
        (str, "Jansen & Zn. B.V.", "Jansen & Zn. B.V."),
        (str, "Café 't Hoekje", "Café 't Hoekje"),
        (str, "", ""),
        (int, 14, "14"),
        (int, 0, "0"),
        (int, -3, "-3"),
        (bool, True, "1"),
        (bool, False, "0"),
        (list, [30, 60, 90], "[30, 60, 90]"),
        (list, ["reminder", "final-demand"], '["reminder", "final-demand"]'),
        (list, [], "[]"),
    ],
)
def test_encode_decode_per_type(type_, value, encoded):
    spec = SettingSpec("test.key", type_, value, "test")
    assert spec.encode(value) == encoded
    decoded = spec.decode(encoded)
    assert decoded == value
    assert type(decoded) is type_


def test_list_encode_accepts_a_tuple():
    spec = spec_for("aging.boundaries")
    assert spec.decode(spec.encode((7, 14))) == [7, 14]


def test_aging_default_makes_valid_buckets():
    spec = spec_for("aging.boundaries")
    assert spec.default == list(DEFAULT_BOUNDARIES)
    assert len(make_buckets(spec.decode(spec.encode(spec.default)))) == 5


def test_bik_btw_off_by_default():
    """Art. 2 lid 3 Besluit BIK: BTW on BIK is an explicit option, off by default."""
    assert spec_for("rules.bik_with_btw").default is False


@settings(deadline=None)
@given(st.text())
def test_str_round_trip(value):
    spec = SettingSpec("t", str, "", "t")
    assert spec.decode(spec.encode(value)) == value


@settings(deadline=None)
@given(st.integers())
def test_int_round_trip(value):
    spec = SettingSpec("t", int, 0, "t")
    assert spec.decode(spec.encode(value)) == value


@settings(deadline=None)
@given(st.lists(st.one_of(st.integers(), st.text(), st.booleans())))
def test_list_round_trip(value):
    spec = SettingSpec("t", list, [], "t")
    assert spec.decode(spec.encode(value)) == value
