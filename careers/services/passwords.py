"""Password rules and hashing: argon2id, at least 12 characters, not a common password, and
hard to guess by zxcvbn's estimate (score 3 of 4 or more: `abcabcabcabc` and `qwertyuiopas`
are long enough but fall at once to a guesser that knows patterns and keyboards)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from zxcvbn import zxcvbn

MIN_LENGTH = 12
MAX_LENGTH = 256
MIN_STRENGTH = 3  # zxcvbn's score, 0 to 4: 3 is "safely unguessable" (about 10^8 guesses or more)
SERVICE_WORDS = ("london", "health", "care", "pathways", "nhs", "careers")
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters

# A hash of a throwaway password, verified against when an account does not exist, so that
# signing in takes as long for an unknown email address as for a known one.
_DUMMY_HASH = _hasher.hash("not-a-real-password-for-timing")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line and not line.startswith("#"))


def password_problems(password: str, email: str | None = None) -> list[str]:
    """Plain-English reasons a new password cannot be used; empty when it is fine."""
    if len(password) < MIN_LENGTH:
        return [f"Password must be {MIN_LENGTH} characters or more"]
    if len(password) > MAX_LENGTH:
        return [f"Password must be {MAX_LENGTH} characters or fewer"]
    lowered = password.lower()
    if lowered in common_passwords() or len(set(lowered)) <= 2:
        return ["Password is too common. Choose a password that people would not guess"]
    if email and lowered == email.lower():
        return ["Password must not be your email address"]
    hints = [*SERVICE_WORDS, *([email, email.split("@")[0]] if email else [])]
    estimate = zxcvbn(password[:100], user_inputs=hints)  # its cost grows with length
    if estimate["score"] < MIN_STRENGTH:
        warning = str(estimate["feedback"].get("warning") or "").rstrip(".")
        reason = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
        return [
            f"Password is too easy to guess{reason}. "
            "Use 3 or 4 unrelated words together, like a short sentence only you would write"
        ]
    return []


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches; takes similar time when there is no hash at all."""
    try:
        if password_hash is None:
            _hasher.verify(_DUMMY_HASH, password)
            return False
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
