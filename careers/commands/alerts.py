"""`careers alerts send --frequency daily|weekly`: email every confirmed alert of that frequency
the pathways that are new for it (careers/services/alerts.py). The schedule in careers/tasks.py
runs it once a day and once a week."""

from __future__ import annotations

import click

from careers.commands import make_app


def register(main: click.Group) -> None:
    @main.group("alerts", help="Email alerts for new pathways.")
    def alerts_group() -> None:
        pass

    @alerts_group.command("send", help="Send the digests of one frequency now.")
    @click.option("--frequency", type=click.Choice(["daily", "weekly"]), required=True)
    def send_command(frequency: str) -> None:
        from careers.auth import now
        from careers.extensions import db
        from careers.services import alerts
        from careers.services.mail import MailError

        app = make_app()
        with app.app_context():
            try:
                count = alerts.send_digests(db.session(), app.config["CAREERS"], frequency, now())
            except MailError as error:
                raise click.ClickException(str(error)) from error
        click.echo(f"Sent {count} {frequency} alert {'email' if count == 1 else 'emails'}.")
