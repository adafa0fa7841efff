"""The advisers blueprint."""

from flask import Blueprint

bp = Blueprint("advisers", __name__)

from careers.advisers import views  # noqa: E402, F401
