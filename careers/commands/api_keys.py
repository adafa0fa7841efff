"""`careers api-keys create NAME [--limit "600/minute"]`, `careers api-keys list` and
`careers api-keys revoke NAME`: partners' keys for the API (see services/api_keys.py)."""

from __future__ import annotations

import click

from careers.commands import make_app


def register(main: click.Group) -> None:
    @main.group("api-keys", help="Partners' API keys.")
    def api_keys_group() -> None:
        pass

    @api_keys_group.command("create", help="Make a key; prints it once (only its hash is kept).")
    @click.argument("name")
    @click.option(
        "--limit",
        default=None,
        help='Its own rate limit in flask-limiter syntax, like "600/minute" '
        "(default: the public limits).",
    )
    def create(name: str, limit: str | None) -> None:
        from careers.extensions import db
        from careers.services import api_keys

        app = make_app()
        with app.app_context(), db.new_session() as session:
            try:
                key, secret = api_keys.create(session, name, limit)
            except api_keys.ApiKeyError as error:
                raise click.ClickException(str(error)) from error
            session.commit()
            click.echo(f"Made the API key {key.name!r} (limit: {key.rate_limit or 'public'}).")
            click.echo("Send it as the header  Authorization: Bearer KEY")
            click.echo("It is shown only now; we keep only its hash:")
            click.echo(secret)

    @api_keys_group.command("list", help="Every key: name, start of the key, limit, last used.")
    def list_keys() -> None:
        from careers.extensions import db
        from careers.services import api_keys

        app = make_app()
        with app.app_context(), db.new_session() as session:
            keys = api_keys.all_keys(session)
            if not keys:
                click.echo("No API keys.")
            for key in keys:
                used = f"{key.last_used_at:%Y-%m-%d %H:%M} UTC" if key.last_used_at else "never"
                state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
                limit = key.rate_limit or "public limits"
                click.echo(f"{key.name}\t{key.prefix}…\t{limit}\tlast used {used}\t{state}")

    @api_keys_group.command("revoke", help="Stop a key working at once.")
    @click.argument("name")
    def revoke(name: str) -> None:
        from careers.extensions import db
        from careers.services import api_keys

        app = make_app()
        with app.app_context(), db.new_session() as session:
            try:
                key = api_keys.revoke(session, name)
            except api_keys.ApiKeyError as error:
                raise click.ClickException(str(error)) from error
            session.commit()
            click.echo(f"Revoked the API key {key.name!r}.")
