"""WSGI entry point for gunicorn: `gunicorn wsgi:app`."""

from careers import create_app

app = create_app()
