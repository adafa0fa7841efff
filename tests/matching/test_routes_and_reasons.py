"""Routes through next_steps, and reasons in the person's own words."""

from __future__ import annotations

from tests.matching.helpers import ask, engine_with, record


def test_the_route_starts_at_a_step_the_person_can_start_now() -> None:
    nursing = record(title="Registered nurse degree apprenticeship", min_qualification_level=3)
    associate = record(title="Trainee nursing associate", min_qualification_level=2)
    support = record(title="Healthcare support worker", min_qualification_level=0)
    support.next_step_ids = (associate.id,)
    associate.next_step_ids = (nursing.id,)
    engine = engine_with(nursing, associate, support)
    results = {r.ref: r for r in ask(engine, about="nursing degree", qualification_level=1)}
    route = results[nursing.ref].route
    assert [step.ref for step in route] == [support.ref, associate.ref, nursing.ref]
    assert any(support.title in reason for reason in results[nursing.ref].reasons)


def test_a_pathway_the_person_can_start_now_is_its_own_route() -> None:
    only = record()
    [result] = ask(engine_with(only))
    assert [s.ref for s in result.route] == [only.ref]


def test_no_route_when_no_startable_step_leads_there() -> None:
    degree = record(min_qualification_level=6)
    [result] = ask(engine_with(degree), qualification_level=2)
    assert result.route == []
    assert result.eligible_now is False


def test_a_route_never_starts_at_a_closed_pathway() -> None:
    import datetime as dt

    target = record(min_qualification_level=3)
    closed_start = record(closing_date=dt.date.today() - dt.timedelta(days=2))
    closed_start.next_step_ids = (target.id,)
    [result] = ask(engine_with(target, closed_start), qualification_level=1)
    assert result.route == []


def test_reasons_quote_the_persons_own_words_back_to_them() -> None:
    care = record(title="Care worker", interests=("caring for older people",), skills=("kindness",))
    [result] = ask(engine_with(care), about="I looked after older people on my street")
    assert result.reasons[0] == (
        "You said you looked after older people on your street: "
        "this apprenticeship is about caring for older people"
    )


def test_reasons_use_the_persons_listed_interests() -> None:
    care = record(interests=("caring for people",))
    [result] = ask(engine_with(care), about="", interests=("caring",))
    assert (
        result.reasons[0]
        == "You said you're interested in caring: this apprenticeship is about caring for people"
    )


def test_there_are_one_to_three_reasons_and_the_distance_is_one() -> None:
    [result] = ask(engine_with(record()))
    assert 1 <= len(result.reasons) <= 3
    assert "km from SE15" in " ".join(result.reasons)
