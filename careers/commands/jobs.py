"""`careers worker` runs the task queue's consumer; `careers jobs list` shows recent jobs and their
state; `careers jobs schedule` shows every periodic task, when it runs and whether it is on."""

from __future__ import annotations

import logging

import click

from careers.commands import make_app


def register(main: click.Group) -> None:
    @main.command("worker", help="Run background tasks: imports, batch matches, schedules.")
    @click.option("--workers", type=click.IntRange(1), default=1, show_default=True)
    @click.option(
        "--schedule/--no-schedule",
        default=True,
        show_default=True,
        help="Also run the periodic tasks. With several workers, let only one do this.",
    )
    def worker(workers: int, schedule: bool) -> None:

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
        app = make_app()
        app.extensions["tasks"].run_worker(workers=workers, periodic=schedule)

    @main.group("jobs", help="Background jobs and periodic tasks.")
    def jobs_group() -> None:
        pass

    @jobs_group.command("list", help="Recent jobs, newest first, with their state.")
    @click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
    def list_command(limit: int) -> None:
        from careers.extensions import db
        from careers.services import jobs

        app = make_app()
        with app.app_context(), db.new_session() as session:
            rows = jobs.recent(session, limit)
            depth = app.extensions["tasks"].depth()
            click.echo(f"Waiting on the queue: {depth}")
            if not rows:
                click.echo("No jobs yet.")
            for job in rows:
                line = (
                    f"{job.id:>6}  {job.kind:<15} {job.status:<8} {jobs.percent(job):>3}%  "
                    f"{job.done}/{job.total}  tries {job.attempts}  "
                    f"created {job.created_at:%Y-%m-%d %H:%M}"
                )
                if job.finished_at:
                    line += f"  finished {job.finished_at:%Y-%m-%d %H:%M}"
                click.echo(line)
                if job.status == "failed" and job.error:
                    click.echo(f"        {job.error}")

    @jobs_group.command("schedule", help="Every periodic task, when it runs and whether it is on.")
    def schedule_command() -> None:
        from careers.config import Config
        from careers.tasks import SCHEDULE

        config = Config.from_env()
        for item in SCHEDULE:
            state = "on" if item.enabled(config) else "off"
            switch = f"  ({item.variable})" if item.variable else "  (always on)"
            click.echo(f"{item.name:<16} {state:<4} {item.when:<22} {item.what}{switch}")
            if item.note:
                click.echo(f"{'':<16} note: {item.note}")
