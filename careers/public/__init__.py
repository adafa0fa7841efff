"""The public blueprint."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from careers.public import views  # noqa: E402, F401
