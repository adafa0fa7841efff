"""The find journey's answers, kept sealed (encrypted) in the session cookie: see
careers/sealing.py. Nothing a person types is readable from their cookie."""

from __future__ import annotations

from typing import Any

from flask import current_app, session

from careers.sealing import seal, unseal


def current_answers() -> dict[str, Any]:
    answers = unseal(current_app.config["SECRET_KEY"], session.get("answers"))
    return answers if isinstance(answers, dict) else {}


def keep_answers(answers: dict[str, Any]) -> None:
    session["answers"] = seal(current_app.config["SECRET_KEY"], answers)
