"""The employers blueprint."""

from flask import Blueprint

bp = Blueprint("employers", __name__)

from careers.employers import views  # noqa: E402, F401
