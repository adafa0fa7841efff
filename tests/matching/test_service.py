"""The Matcher against the database: the version counter, publishing, removal, the saved index."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import matcher
from careers.matching.types import MatchResponse, Profile
from careers.matching.vector_index import VectorIndex
from careers.models import PathwayEmbedding
from careers.services.matcher import Matcher, index_path, pathway_changed
from careers.services.profiles import ProfileError
from tests.factories import make_pathway


def match(session: Session, profile: Profile) -> MatchResponse:
    """The app's matcher, as the views use it."""
    return matcher().match(session, profile)


def _publish(session: Session, **fields: object) -> str:
    pathway = make_pathway(session, **fields)
    pathway_changed(session, pathway.id)
    session.commit()
    return pathway.ref


def test_a_published_pathway_is_matched_at_the_next_search(session: Session) -> None:
    first = _publish(session)
    assert [r.ref for r in match(session, Profile(about="care")).results] == [first]
    second = _publish(session, title="Hospital porter")
    found = {r.ref for r in match(session, Profile(about="hospital porter")).results}
    assert found == {first, second}


def test_a_closed_or_deleted_pathway_disappears_at_once(session: Session) -> None:
    pathway = make_pathway(session)
    pathway_changed(session, pathway.id)
    session.commit()
    assert match(session, Profile(about="care")).count == 1
    pathway.status = "closed"
    pathway_changed(session, pathway.id)
    session.commit()
    assert match(session, Profile(about="care")).count == 0


def test_drafts_are_never_matched(session: Session) -> None:
    _publish(session, status="draft")
    assert match(session, Profile(about="care")).count == 0


def test_each_pathway_is_encoded_once_and_the_saved_index_is_reused(
    session: Session, config: Config
) -> None:
    _publish(session)
    _publish(session, title="Porter")
    summary = Matcher(config).reindex(session)
    assert summary["encoded"] == 2
    assert session.scalar(select(func.count()).select_from(PathwayEmbedding)) == 2
    again = Matcher(config).reindex(session)
    assert again["encoded"] == 0 and again["reused"] == 2
    another_process = Matcher(config)
    another_process.match(session, Profile(about="care"))
    status = another_process.status(session)
    assert status["loaded"] and status["loaded_from"] == "saved index" and status["size"] == 2


@pytest.mark.parametrize("damage", ["middle third overwritten", "vectors checksum differs"])
def test_a_damaged_saved_index_is_rebuilt_from_stored_embeddings_never_served(
    session: Session, config: Config, damage: str
) -> None:
    refs = [
        _publish(session, title=f"Porter {n}", description=f"porter work {n}") for n in range(40)
    ]
    Matcher(config).reindex(session)
    profile = Profile(about="porter 7")
    expected = [r.ref for r in Matcher(config).match(session, profile).results]
    path = index_path(config, config.DATABASE_URL)
    if damage == "middle third overwritten":
        data = bytearray(path.read_bytes())
        third = len(data) // 3
        data[third : 2 * third] = bytes(third)
        path.write_bytes(bytes(data))
    else:
        sidecar = path.with_suffix(".json")
        meta = json.loads(sidecar.read_text())
        meta["vectors_sha256"] = "0" * 64
        sidecar.write_text(json.dumps(meta))

    another_process = Matcher(config)
    found = [r.ref for r in another_process.match(session, profile).results]

    assert another_process.status(session)["loaded_from"] == "stored embeddings"
    assert found == expected and set(found) <= set(refs)
    assert VectorIndex.read_meta(path)["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_edited_pathway_is_re_embedded(session: Session, config: Config) -> None:
    pathway = make_pathway(session)
    pathway_changed(session, pathway.id)
    session.commit()
    Matcher(config).reindex(session)
    pathway.title = "Hospital porter"
    pathway.description = "Move patients and equipment around the hospital."
    pathway_changed(session, pathway.id)
    session.commit()
    assert Matcher(config).reindex(session)["encoded"] == 1


def test_index_status_says_whether_the_engine_is_loaded(session: Session) -> None:
    assert matcher().status(session)["loaded"] is False
    _publish(session)
    match(session, Profile(about="care"))
    status = matcher().status(session)
    assert status["loaded"] is True and status["current"] is True and status["size"] == 1


def test_a_person_with_an_unknown_postcode_still_gets_matches_without_a_distance_limit(
    session: Session,
) -> None:
    _publish(session)
    assert match(session, Profile(about="care", postcode="ZZ99 9ZZ")).count == 1


def test_a_distance_limit_with_an_unknown_postcode_is_refused_not_dropped(
    session: Session,
) -> None:
    _publish(session)
    with pytest.raises(ProfileError) as refused:
        match(session, Profile(about="care", postcode="ZZ99 9ZZ", max_distance_km=5))
    assert "We do not know the postcode ZZ99 9ZZ" in refused.value.errors["postcode"]
