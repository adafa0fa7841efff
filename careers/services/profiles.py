"""Validate a person's answers (a match request body, any JSON value) into a Profile."""

from __future__ import annotations

from typing import Any

from careers.matching.types import Profile


class ProfileError(ValueError):
    """Bad answers: `errors` maps each field to a plain-English message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def parse_profile(data: Any) -> Profile:
    """Validate a match request body into a Profile, or raise ProfileError."""
    raise NotImplementedError  # built with the API (issue #3)
