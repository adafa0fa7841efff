"""WTForms validators shared by every blueprint's forms."""

from __future__ import annotations

from typing import Any

from wtforms import Field
from wtforms.validators import ValidationError

from careers.extensions import db
from careers.services.geo import PostcodeError, check_postcode


class Postcode:
    """A postcode (careers.services.geo.check_postcode), normalised in place. `full`: the whole
    postcode is needed, not only its first half; `known`: its district must be one we know. An
    empty field passes: say whether it is required with another validator."""

    def __init__(self, full: bool = False, known: bool = True) -> None:
        self.full = full
        self.known = known

    def __call__(self, _form: Any, field: Field) -> None:
        if not field.data or not str(field.data).strip():
            return
        try:
            session = db.session() if self.known else None
            field.data = check_postcode(str(field.data), session, full=self.full)
        except PostcodeError as error:
            raise ValidationError(str(error)) from None
