"""The public blueprint: what young Londoners see."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from careers.public import alerts, crawlers, find, syndication, views  # noqa: E402, F401
