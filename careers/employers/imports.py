"""Bulk import on screen: upload, preview every row's problems, import, follow progress."""

from __future__ import annotations

from typing import Any

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for

from careers import auth, tasks
from careers.employers import bp
from careers.extensions import db
from careers.models import Job
from careers.services import interchange, jobs, pathway_import

IMPORTERS = ("org_admin", "editor")


def _data_dir() -> Any:
    return current_app.config["CAREERS"].DATA_DIR


@bp.route("/employers/imports", methods=["GET", "POST"])
@auth.roles_required(*IMPORTERS)
def imports() -> Any:
    user = auth.require_user()
    error = None
    if request.method == "POST":
        file = request.files.get("file")
        try:
            if file is None or not file.filename:
                raise pathway_import.UploadError("Select a file to upload")
            data = file.read(pathway_import.MAX_UPLOAD_BYTES + 1)
            upload = pathway_import.save_upload(_data_dir(), file.filename, data, user)
        except pathway_import.UploadError as problem:
            error = str(problem)
        else:
            return redirect(url_for("employers.import_preview", token=upload.token))
    return render_template("employers/imports.html", error=error), 400 if error else 200


@bp.route("/employers/imports/<token>", methods=["GET", "POST"])
@auth.roles_required(*IMPORTERS)
def import_preview(token: str) -> Any:
    user = auth.require_user()
    found = pathway_import.load_upload(_data_dir(), token, user) or abort(404)
    upload, data = found
    organisation = user.organisation or abort(403)
    try:
        report = pathway_import.check(db.session(), data, upload.format, organisation)
    except interchange.FileError as problem:
        return render_template("employers/imports.html", error=str(problem)), 400
    if request.method == "POST":
        skip_invalid = request.form.get("mode") == "valid_only"
        if not report.ok and not skip_invalid:
            flash(
                "Nothing was imported. Fix the problems, or choose to import only the valid rows."
            )
        elif len(report.rows) > pathway_import.BACKGROUND_ROWS:
            job = tasks.start_job(
                db.session(),
                "import",
                {"token": token, "data_dir": str(_data_dir()), "skip_invalid": skip_invalid},
                organisation_id=organisation.id,
                user_id=user.id,
                total=len(report.rows),
            )
            return redirect(url_for("employers.import_job", job_id=job.id))
        else:
            result = pathway_import.write(
                db.session(), report, organisation, user, skip_invalid, auth.now().date()
            )
            db.session.commit()
            pathway_import.discard_upload(_data_dir(), token)
            counts = (result.created, result.updated, result.skipped, len(result.drafts))
            flash(pathway_import.summary(*counts, len(result.pending), len(result.refused)))
            return redirect(url_for("employers.dashboard"))
    held = pathway_import.publish_problems(report, auth.now().date())
    return render_template("employers/import_preview.html", upload=upload, report=report, held=held)


@bp.get("/employers/imports/jobs/<int:job_id>")
@auth.roles_required(*IMPORTERS)
def import_job(job_id: int) -> str:
    user = auth.require_user()
    job = db.session.get(Job, job_id)
    if job is None or job.kind != "import" or job.user_id != user.id:
        abort(404)
    return render_template("employers/import_job.html", job=job, percent=jobs.percent(job))


@bp.get("/employers/imports/template.csv")
@auth.roles_required(*IMPORTERS)
def import_template() -> Response:
    organisation = auth.require_user().organisation or abort(403)
    body = pathway_import.csv_template(organisation)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=pathways-template.csv"},
    )
