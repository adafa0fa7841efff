"""The one postcode check (careers.services.geo.check_postcode) that every form, the API and
imports use: the same reasons, in the same words."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from careers.services.geo import PostcodeError, check_postcode


def refusal(value: str, session: Session | None = None, full: bool = False) -> str:
    with pytest.raises(PostcodeError) as refused:
        check_postcode(value, session, full=full)
    return str(refused.value)


def test_a_postcode_is_tidied_and_its_first_half_is_enough() -> None:
    assert check_postcode(" se15  4qt ") == "SE15 4QT"
    assert check_postcode("se15") == "SE15"


def test_something_that_is_not_a_postcode_says_what_one_looks_like() -> None:
    assert refusal("not a postcode") == (
        "Enter a real postcode, like SE15 4QT, or the first half, like SE15"
    )
    assert refusal("SE15 4QT" * 3).startswith("Enter a real postcode")


def test_a_site_needs_the_whole_postcode() -> None:
    assert refusal("SE5", full=True) == "Enter the full postcode, like SE5 9RS"
    assert refusal("nonsense", full=True) == "Enter a real postcode, like SE5 9RS"
    assert check_postcode("se5 9rs", full=True) == "SE5 9RS"


def test_with_a_session_the_district_must_be_one_we_know(reference_data: Session) -> None:
    assert check_postcode("SE15 4QT", reference_data) == "SE15 4QT"
    assert refusal("ZZ99 9ZZ", reference_data) == (
        "We cannot find this postcode. Check it, or enter the first half, like SE15"
    )
    assert refusal("ZZ9 9ZZ", reference_data, full=True) == "We cannot find this postcode. Check it"
