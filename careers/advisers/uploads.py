"""Adding a class from a CSV: the template, a preview of every row, and the all-or-nothing import.

The preview carries the file back to the browser in a hidden field, so nothing about the
students is stored anywhere until the adviser confirms and every row is valid.
"""

from __future__ import annotations

import base64
import binascii

from flask import flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from careers.advisers import bp
from careers.advisers.access import cohort_or_404
from careers.advisers.forms import ConfirmUploadForm, UploadForm
from careers.extensions import db
from careers.services.cohort_upload import (
    COLUMN_LABELS,
    COLUMNS,
    MAX_BYTES,
    existing_pseudonyms,
    import_students,
    parse_students_csv,
    template_csv,
)
from careers.services.cohorts import CohortError


@bp.get("/students-template.csv")
def students_template() -> Response:
    return Response(
        template_csv(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=students-template.csv"},
    )


@bp.route("/cohorts/<int:cohort_id>/upload", methods=["GET", "POST"])
def students_upload(cohort_id: int) -> str:
    cohort = cohort_or_404(cohort_id)
    form = UploadForm()
    preview, confirm = None, None
    if form.validate_on_submit():
        upload = form.file.data
        data = upload.read(MAX_BYTES + 1) if upload else b""
        if not data:
            form.file.errors = ["Select a CSV file to upload"]
        else:
            preview = parse_students_csv(data, existing_pseudonyms(db.session(), cohort))
            confirm = ConfirmUploadForm(csv_data=base64.b64encode(data).decode())
    return render_template(
        "advisers/students_upload.html",
        cohort=cohort,
        form=form,
        preview=preview,
        confirm=confirm,
        columns=COLUMNS,
        column_labels=COLUMN_LABELS,
    )


@bp.post("/cohorts/<int:cohort_id>/upload/confirm")
def students_upload_confirm(cohort_id: int) -> Response:
    cohort = cohort_or_404(cohort_id)
    form = ConfirmUploadForm()
    if form.validate_on_submit():
        try:
            data = base64.b64decode(form.csv_data.data or "", validate=True)
            added = import_students(db.session(), cohort, data)
        except (binascii.Error, CohortError):
            db.session.rollback()
            flash("The file has problems, so no students were added. Upload it again.", "error")
            return redirect(url_for("advisers.students_upload", cohort_id=cohort.id))
        db.session.commit()
        flash(f"{added} students added")
    return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
