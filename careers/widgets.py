"""WTForms widgets that render fields through the NHS.UK frontend macros, in the style of
govuk-frontend-wtf.

Give a field one of these widgets and render it in a template by calling it; anything the macro
accepts can be added, or overridden, through `params` (merged deeply over what the field says)::

    class AboutForm(FlaskForm):
        about = TextAreaField("What do you enjoy?", widget=NHSTextArea(),
                              description="For example, I like fixing laptops")
        types = SelectMultipleField("What kind of thing?", choices=[...],
                                    widget=NHSCheckboxes())

    {{ form.about(params={"rows": 4}) }}
    {{ form.types(params={"fieldset": {"legend": {"size": "m"}}}) }}

The field's label becomes the label (or the fieldset legend for radios and checkboxes), its
`description` the hint, and its first error the error message. `error_summary_items(form)` gives
the error summary macro its `errorList`, each error linked to its field's id. Radio and checkbox
items take their text from the field's choices, built with `choices_of(pairs)`: each pair is
`(value, text)`, or `(value, (text, hint))` to give that item a hint (kept in the choice's
render_kw, never as a WTForms tuple choice, which WTForms deprecates).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from flask import current_app
from markupsafe import Markup
from wtforms import Field, Form
from wtforms.fields.choices import SelectChoice

__all__ = [
    "NHSCharacterCount",
    "NHSCheckboxes",
    "NHSInput",
    "NHSRadios",
    "NHSSelect",
    "NHSTextArea",
    "choices_of",
    "error_summary_items",
    "merge_params",
]


def merge_params(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`extra` over `base`, merging nested dictionaries rather than replacing them."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = merge_params(merged[key], value)
        else:
            merged[key] = value
    return merged


def error_summary_items(form: Form) -> list[dict[str, str]]:
    """The error summary's items: each field's first error, linking to the field."""
    items = []
    for field in form:
        if field.errors:
            message = field.errors[0]
            if isinstance(message, (list, tuple)):  # FieldList / FormField errors nest
                message = message[0]
            items.append({"text": str(message), "href": f"#{field.id}"})
    return items


Label = str | tuple[str, str]


def choices_of(pairs: Iterable[tuple[Any, Label]]) -> list[SelectChoice]:
    """WTForms choices from `(value, text)` or `(value, (text, hint))` pairs."""
    out = []
    for value, label in pairs:
        text, hint = label if isinstance(label, tuple) else (label, "")
        out.append(SelectChoice(value, text, {"hint": hint} if hint else {}))
    return out


def _hint(render_kw: Any) -> str | None:
    hint = render_kw.get("hint") if isinstance(render_kw, Mapping) else None
    return str(hint) if hint else None


class NHSWidget:
    """Base: map a field to the macro's params, merge the caller's params, render the macro."""

    component = ""  # folder under nhsuk/components
    macro = ""  # macro name in its macro.jinja

    def __call__(self, field: Field, **kwargs: Any) -> Markup:
        params = merge_params(self.map_params(field), kwargs.get("params", {}))
        return self.render(params)

    def map_params(self, field: Field) -> dict[str, Any]:
        params: dict[str, Any] = {"id": field.id, "name": field.name}
        if field.description:
            params["hint"] = {"text": str(field.description)}
        if field.errors:
            error = field.errors[0]
            if isinstance(error, (list, tuple)):
                error = error[0]
            params["errorMessage"] = {"text": str(error)}
        return params

    def render(self, params: dict[str, Any]) -> Markup:
        template = current_app.jinja_env.get_template(
            f"nhsuk/components/{self.component}/macro.jinja"
        )
        rendered = getattr(template.module, self.macro)(params)
        if not isinstance(rendered, Markup):  # only an autoescaping environment is safe here
            raise RuntimeError("NHS.UK widgets need autoescaping on for .jinja templates")
        return rendered


class NHSInput(NHSWidget):
    """A text input. `input_type` "text", "email", "tel", "number"...; numbers are best asked
    as text with inputmode="numeric", which is what `numeric=True` gives."""

    component = "input"
    macro = "input"

    def __init__(self, input_type: str = "text", numeric: bool = False) -> None:
        self.input_type = input_type
        self.numeric = numeric

    def map_params(self, field: Field) -> dict[str, Any]:
        params = super().map_params(field)
        params["label"] = {"text": str(field.label.text)}
        params["type"] = self.input_type
        value = field._value()
        if value not in (None, ""):
            params["value"] = value
        if self.numeric:
            params["inputmode"] = "numeric"
            params["spellcheck"] = False
        return params


class NHSTextArea(NHSWidget):
    component = "textarea"
    macro = "textarea"

    def map_params(self, field: Field) -> dict[str, Any]:
        params = super().map_params(field)
        params["label"] = {"text": str(field.label.text)}
        value = field._value()
        if value:
            params["value"] = value
        return params


class NHSCharacterCount(NHSTextArea):
    """A textarea that says how many characters are left as a person types (NHS.UK character
    count: without JavaScript, the limit is said in its hint)."""

    component = "character-count"
    macro = "characterCount"

    def __init__(self, maxlength: int) -> None:
        self.maxlength = maxlength

    def map_params(self, field: Field) -> dict[str, Any]:
        params = super().map_params(field)
        params["maxlength"] = self.maxlength
        return params


class NHSSelect(NHSWidget):
    component = "select"
    macro = "select"

    def map_params(self, field: Field) -> dict[str, Any]:
        params = super().map_params(field)
        params["label"] = {"text": str(field.label.text)}
        params["items"] = [
            {"value": value, "text": str(label), "selected": bool(selected)}
            for value, label, selected, *_ in field.iter_choices()
        ]
        return params


class _ChoiceGroup(NHSWidget):
    """Radios and checkboxes: the label becomes the fieldset's legend."""

    def map_params(self, field: Field) -> dict[str, Any]:
        params = super().map_params(field)
        del params["id"]  # the macro puts `id` on the container; items take ids from idPrefix
        params["idPrefix"] = field.id
        params["fieldset"] = {"legend": {"text": str(field.label.text)}}
        items = []
        for value, label, selected, render_kw, *_ in field.iter_choices():
            item: dict[str, Any] = {"value": value, "text": str(label), "checked": bool(selected)}
            hint = _hint(render_kw)
            if hint:
                item["hint"] = {"text": hint}
            items.append(item)
        params["items"] = items
        return params


class NHSRadios(_ChoiceGroup):
    component = "radios"
    macro = "radios"


class NHSCheckboxes(_ChoiceGroup):
    """For SelectMultipleField (many values) or BooleanField (a single checkbox, whose label
    becomes the item's text and which has no fieldset unless you give it one)."""

    component = "checkboxes"
    macro = "checkboxes"

    def map_params(self, field: Field) -> dict[str, Any]:
        if field.type == "BooleanField":
            params = NHSWidget.map_params(self, field)
            del params["id"]
            params["idPrefix"] = field.id
            params["items"] = [
                {"value": "y", "text": str(field.label.text), "checked": bool(field.data)}
            ]
            return params
        return super().map_params(field)
