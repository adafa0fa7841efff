"""The api blueprint."""

from flask import Blueprint

bp = Blueprint("api", __name__)

from careers.api import http_cache, views  # noqa: E402, F401
