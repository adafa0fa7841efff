"""Seal small values for a cookie: encrypted and authenticated (AES-256-GCM), not just signed.

Flask's session cookie is signed but readable (base64 JSON). What a young person types on /find,
and their circumstances, must not be readable from a cookie on a shared computer, so the find
journey keeps its answers sealed inside the session: `seal(secret, value)` gives a string,
`unseal(secret, sealed)` gives the value back, or None when it was changed, made with another
key, or is not a sealed value at all. The key is derived from the app's SECRET_KEY.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_CONTEXT = b"careers.sealing.v1"


def _cipher(secret: str) -> AESGCM:
    key = hashlib.sha256(_CONTEXT + secret.encode()).digest()
    return AESGCM(key)


def seal(secret: str, value: Any) -> str:
    nonce = os.urandom(12)
    data = json.dumps(value, separators=(",", ":")).encode()
    sealed = _cipher(secret).encrypt(nonce, data, _CONTEXT)
    return base64.urlsafe_b64encode(nonce + sealed).decode()


def unseal(secret: str, sealed: object) -> Any:
    if not isinstance(sealed, str):
        return None
    try:
        raw = base64.urlsafe_b64decode(sealed.encode())
        data = _cipher(secret).decrypt(raw[:12], raw[12:], _CONTEXT)
        return json.loads(data)
    except (ValueError, InvalidTag):
        return None
