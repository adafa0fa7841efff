"""London Health & Care Pathways: the Flask application factory."""

from __future__ import annotations

from typing import Any

from flask import Flask

from careers.config import PROJECT_ROOT, Config


def create_app(config: Config | None = None, **overrides: Any) -> Flask:
    """Build the app: configuration, extensions, templates, blueprints, error pages, headers."""
    from careers import cleaning, errors, jinja, metrics, security, tasks
    from careers.advisers import bp as advisers_bp
    from careers.api import bp as api_bp
    from careers.employers import bp as employers_bp
    from careers.extensions import csrf, db, limiter
    from careers.public import bp as public_bp
    from careers.services.matcher import Matcher

    config = config or Config.from_env(**overrides)
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder="static",
        static_url_path="/assets",
    )
    app.config.update(config.flask_settings())
    config.DATA_DIR.mkdir(parents=True, exist_ok=True)

    db.init_app(app)
    queue = tasks.init_app(app)
    # Requests never embed: pathways without a stored embedding go to the embed_pathways task
    # (unless CAREERS_EMBED_INLINE: tests, and running without a task worker).
    app.extensions["matcher"] = Matcher(
        config, request_embedding=None if config.EMBED_INLINE else queue.request_embedding
    )
    metrics.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    jinja.init_app(app)
    security.init_app(app)
    cleaning.init_app(app)
    errors.init_app(app)

    app.register_blueprint(public_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(employers_bp)
    app.register_blueprint(advisers_bp, url_prefix="/advisers")
    csrf.exempt(api_bp)
    if config.TRUSTED_PROXIES:
        # Behind N proxies: the client's address, scheme and host from their X-Forwarded-*
        # headers (rate limits then count the client, not the load balancer).
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = config.TRUSTED_PROXIES
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]
    return app
