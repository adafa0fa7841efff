"""`careers users create EMAIL --role ROLE [--organisation NAME [--organisation-type TYPE]]`:
create a staff account and print its one-time invitation link (valid 72 hours), which is also
sent through the mail backend."""

from __future__ import annotations

import click

from careers.commands import make_app
from careers.models import ORGANISATION_TYPES, ROLES


def register(main: click.Group) -> None:
    @main.group("users", help="Staff accounts.")
    def users_group() -> None:
        pass

    @users_group.command("create", help="Invite a member of staff; prints a one-time link.")
    @click.argument("email")
    @click.option("--role", required=True, type=click.Choice(ROLES))
    @click.option("--organisation", "organisation_name", default=None, help="Organisation name.")
    @click.option(
        "--organisation-type",
        type=click.Choice(ORGANISATION_TYPES),
        default=None,
        help="Creates the organisation when it does not exist.",
    )
    def create(
        email: str, role: str, organisation_name: str | None, organisation_type: str | None
    ) -> None:
        from careers.employers.auth_views import invitation_email
        from careers.extensions import db
        from careers.services import accounts, mail

        app = make_app()
        config = app.config["CAREERS"]
        with app.app_context(), db.new_session() as session:
            try:
                invitation = accounts.invite_user(
                    session, email, role, organisation_name, organisation_type
                )
            except accounts.AccountError as error:
                session.rollback()
                raise click.ClickException(str(error)) from error
            session.commit()
            link = f"{config.BASE_URL}/invitation/{invitation.token}"
            organisation = invitation.user.organisation
            if invitation.organisation_created and organisation is not None:
                click.echo(f"Created organisation {organisation.name}.")
            mail.send(
                config,
                invitation.user.email,
                "You are invited to London Health & Care Pathways",
                invitation_email(link, role, organisation.name if organisation else None),
            )
            click.echo(f"Invited {invitation.user.email} as {role}.")
            click.echo(f"One-time invitation link (valid 72 hours): {link}")
