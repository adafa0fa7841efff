"""The reach pages' choice of months (a GET form: it changes nothing, so it has no CSRF token)."""

from __future__ import annotations

import datetime as dt

from wtforms import Form, SelectField, ValidationError

from careers.services.reach import Period

MONTHS_BACK = 36


def _months(today: dt.date) -> list[tuple[str, str]]:
    out = []
    year, month = today.year, today.month
    for _ in range(MONTHS_BACK):
        out.append((f"{year:04d}-{month:02d}", dt.date(year, month, 1).strftime("%B %Y")))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def _first_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    year, month = value.split("-")
    return dt.date(int(year), int(month), 1)


class PeriodForm(Form):
    start = SelectField("From", default="")
    end = SelectField("To", default="")

    def __init__(self, *args: object, today: dt.date | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        months = _months(today or dt.date.today())
        self.start.choices = [("", "The start"), *reversed(months)]
        self.end.choices = [("", "Now"), *months]

    def validate_end(self, field: SelectField) -> None:
        start, end = _first_day(self.start.data), _first_day(field.data)
        if start and end and end < start:
            raise ValidationError("The last month must be the same as or after the first month")

    def period(self) -> Period:
        """The months chosen, or all time when the choice is not valid."""
        if not self.validate():
            return Period()
        return Period(_first_day(self.start.data), _first_day(self.end.data))
