"""Views for the advisers blueprint."""

from careers.advisers import bp  # noqa: F401
