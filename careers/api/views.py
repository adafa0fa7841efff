"""Views for the api blueprint."""

from careers.api import bp  # noqa: F401
