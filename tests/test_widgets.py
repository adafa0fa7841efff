"""careers.widgets: each widget renders the NHS.UK markup for its field, with the label (or the
legend), the hint and the error message tied to the control by id and aria-describedby, and
never lets what a person typed, or an error or label, out as HTML."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from flask import Flask
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from wtforms import (
    BooleanField,
    Form,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired

from careers.widgets import (
    NHSCheckboxes,
    NHSInput,
    NHSRadios,
    NHSSelect,
    NHSTextArea,
    choices_of,
    error_summary_items,
    merge_params,
)

SCRIPT = "<script>alert('hi')</script>"


class AboutYou(Form):
    name = StringField(
        "Your name",
        description="As it is on your passport",
        validators=[InputRequired("Enter your name")],
        widget=NHSInput(),
    )
    email = StringField("Email address", widget=NHSInput("email"))
    age = StringField("How old are you?", widget=NHSInput(numeric=True))
    about = TextAreaField(
        "What do you enjoy?",
        description="For example, I like fixing laptops",
        validators=[InputRequired("Tell us what you enjoy")],
        widget=NHSTextArea(),
    )
    borough = SelectField(
        "Borough",
        choices=choices_of(
            [("", "Choose a borough"), ("southwark", "Southwark"), ("lambeth", "Lambeth")]
        ),
        description="Where you live",
        validators=[InputRequired("Choose a borough")],
        widget=NHSSelect(),
    )
    qualification = RadioField(
        "Your highest qualification",
        choices=choices_of(
            [
                ("none", ("None yet", "That is fine: many pathways need none")),
                ("gcse", "GCSEs"),
                ("a_level", "A levels"),
            ]
        ),
        description="Choose one",
        validators=[InputRequired("Choose your highest qualification")],
        widget=NHSRadios(),
    )
    types = SelectMultipleField(
        "What kind of thing do you want?",
        choices=choices_of([("job", "Jobs"), ("apprenticeship", "Apprenticeships")]),
        description="Choose all that apply",
        validators=[DataRequired("Choose at least one kind")],
        widget=NHSCheckboxes(),
    )
    paid_only = BooleanField(
        "Only show paid pathways",
        validators=[DataRequired("Tick the box")],
        widget=NHSCheckboxes(),
    )


@pytest.fixture
def render(app: Flask) -> Any:
    """render(form, "field", params=...) -> the widget's HTML, parsed."""

    def rendered(form: Form, name: str, **kwargs: Any) -> BeautifulSoup:
        html = form[name](**kwargs)
        assert isinstance(html, Markup)
        return BeautifulSoup(str(html), "html.parser")

    return rendered


def submitted(**data: Any) -> AboutYou:
    form = AboutYou(MultiDict(data))
    form.validate()
    return form


def described_by(tag: Tag) -> list[str]:
    return str(tag.get("aria-describedby", "")).split()


def the(soup: BeautifulSoup, selector: str) -> Tag:
    found = soup.select(selector)
    assert len(found) == 1, f"{selector}: {len(found)} found"
    return found[0]


def text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


# --- inputs and text areas ---------------------------------------------------------------------


def test_an_input_has_its_label_hint_and_value(render: Any) -> None:
    soup = render(submitted(name="Ade"), "name")
    field = the(soup, "input.nhsuk-input")
    assert (field["id"], field["name"], field["type"], field["value"]) == (
        "name",
        "name",
        "text",
        "Ade",
    )
    assert text(the(soup, 'label.nhsuk-label[for="name"]')) == "Your name"
    assert text(the(soup, ".nhsuk-hint#name-hint")) == "As it is on your passport"
    assert described_by(field) == ["name-hint"]
    assert not soup.select(".nhsuk-error-message, .nhsuk-form-group--error")


def test_an_input_with_an_error_shows_it_and_points_to_it(render: Any) -> None:
    soup = render(submitted(), "name")
    assert the(soup, ".nhsuk-form-group.nhsuk-form-group--error")
    error = the(soup, ".nhsuk-error-message#name-error")
    assert text(error) == "Error: Enter your name"
    assert text(the(error, ".nhsuk-u-visually-hidden")) == "Error:"
    field = the(soup, "input#name")
    assert "nhsuk-input--error" in field["class"]
    assert described_by(field) == ["name-hint", "name-error"]
    assert not field.has_attr("value")


def test_an_input_without_a_hint_or_error_describes_nothing(render: Any) -> None:
    soup = render(submitted(), "email")
    field = the(soup, "input#email")
    assert field["type"] == "email"
    assert not field.has_attr("aria-describedby")
    assert not soup.select(".nhsuk-hint")


def test_a_number_is_asked_as_text_with_the_numeric_keypad(render: Any) -> None:
    field = the(render(submitted(age="17"), "age"), "input#age")
    assert (field["type"], field["inputmode"], field["spellcheck"], field["value"]) == (
        "text",
        "numeric",
        "false",
        "17",
    )


def test_a_text_area_has_its_label_hint_error_and_text(render: Any) -> None:
    soup = render(submitted(), "about")
    area = the(soup, "textarea.nhsuk-textarea#about")
    assert area["name"] == "about"
    assert "nhsuk-textarea--error" in area["class"]
    assert text(the(soup, 'label[for="about"]')) == "What do you enjoy?"
    assert text(the(soup, "#about-hint")) == "For example, I like fixing laptops"
    assert text(the(soup, "#about-error")) == "Error: Tell us what you enjoy"
    assert described_by(area) == ["about-hint", "about-error"]

    kept = the(render(submitted(about="I fix laptops\nand phones"), "about"), "textarea")
    assert kept.get_text() == "I fix laptops\nand phones"


def test_what_a_person_types_is_never_markup(render: Any) -> None:
    form = submitted(name=SCRIPT, about=SCRIPT)
    for name in ("name", "about"):
        html = str(form[name]())
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
    assert the(render(form, "name"), "input")["value"] == SCRIPT
    assert the(render(form, "about"), "textarea").get_text() == SCRIPT


def test_labels_hints_and_errors_are_text_not_markup(app: Flask) -> None:
    class Tricky(Form):
        field = StringField(
            "<b>Label</b>", description="<i>hint</i>", widget=NHSInput(), validators=[]
        )

    form = Tricky()
    form.field.errors = ["<u>error</u>"]
    html = str(form.field())
    for tag in ("<b>", "<i>", "<u>"):
        assert tag not in html
    for escaped in ("&lt;b&gt;Label", "&lt;i&gt;hint", "&lt;u&gt;error"):
        assert escaped in html


def test_params_are_merged_over_what_the_field_says(render: Any) -> None:
    soup = render(
        submitted(name="Ade"),
        "name",
        params={"classes": "nhsuk-input--width-20", "label": {"classes": "nhsuk-label--l"}},
    )
    assert "nhsuk-input--width-20" in the(soup, "input#name")["class"]
    label = the(soup, 'label[for="name"]')
    assert "nhsuk-label--l" in label["class"]
    assert text(label) == "Your name"  # the nested label kept its text


# --- select ----------------------------------------------------------------------------------


def test_a_select_has_its_options_with_the_answer_selected(render: Any) -> None:
    soup = render(submitted(borough="lambeth"), "borough")
    select = the(soup, "select.nhsuk-select#borough")
    assert select["name"] == "borough"
    options = [(o["value"], text(o), o.has_attr("selected")) for o in select.select("option")]
    assert options == [
        ("", "Choose a borough", False),
        ("southwark", "Southwark", False),
        ("lambeth", "Lambeth", True),
    ]
    assert text(the(soup, 'label[for="borough"]')) == "Borough"
    assert described_by(select) == ["borough-hint"]


def test_a_select_with_an_error_points_to_it(render: Any) -> None:
    soup = render(submitted(), "borough")
    select = the(soup, "select#borough")
    assert "nhsuk-select--error" in select["class"]
    assert text(the(soup, "#borough-error")) == "Error: Choose a borough"
    assert described_by(select) == ["borough-hint", "borough-error"]


# --- radios and checkboxes ----------------------------------------------------------------------


def test_radios_are_a_fieldset_with_the_label_as_its_legend(render: Any) -> None:
    soup = render(submitted(qualification="gcse"), "qualification")
    fieldset = the(soup, "fieldset.nhsuk-fieldset")
    assert text(the(fieldset, "legend.nhsuk-fieldset__legend")) == "Your highest qualification"
    assert text(the(fieldset, "#qualification-hint")) == "Choose one"
    assert described_by(fieldset) == ["qualification-hint"]
    radios = fieldset.select("input.nhsuk-radios__input")
    assert [(r["id"], r["name"], r["value"], r["type"]) for r in radios] == [
        ("qualification", "qualification", "none", "radio"),
        ("qualification-2", "qualification", "gcse", "radio"),
        ("qualification-3", "qualification", "a_level", "radio"),
    ]
    assert [r.has_attr("checked") for r in radios] == [False, True, False]
    labels = [(label["for"], text(label)) for label in fieldset.select(".nhsuk-radios__label")]
    assert labels == [
        ("qualification", "None yet"),
        ("qualification-2", "GCSEs"),
        ("qualification-3", "A levels"),
    ]
    assert not soup.select(".nhsuk-form-group--error, .nhsuk-error-message")


def test_a_radio_can_have_its_own_hint(render: Any) -> None:
    soup = render(submitted(), "qualification")
    first = the(soup, "input#qualification")
    [hint_id] = described_by(first)
    assert text(the(soup, f"#{hint_id}.nhsuk-radios__hint")) == (
        "That is fine: many pathways need none"
    )
    assert not the(soup, "input#qualification-2").has_attr("aria-describedby")


def test_radios_with_an_error_point_to_it_from_the_fieldset(render: Any) -> None:
    soup = render(submitted(), "qualification")
    assert the(soup, ".nhsuk-form-group.nhsuk-form-group--error")
    assert text(the(soup, "#qualification-error")) == ("Error: Choose your highest qualification")
    assert described_by(the(soup, "fieldset")) == ["qualification-hint", "qualification-error"]


def test_checkboxes_tick_each_answer_given(render: Any) -> None:
    form = AboutYou(MultiDict([("types", "job"), ("types", "apprenticeship")]))
    form.validate()
    soup = render(form, "types")
    assert text(the(soup, "legend")) == "What kind of thing do you want?"
    boxes = soup.select("input.nhsuk-checkboxes__input")
    assert [(b["id"], b["name"], b["value"], b.has_attr("checked")) for b in boxes] == [
        ("types", "types", "job", True),
        ("types-2", "types", "apprenticeship", True),
    ]
    assert described_by(the(soup, "fieldset")) == ["types-hint"]


def test_checkboxes_with_an_error_point_to_it_from_the_fieldset(render: Any) -> None:
    soup = render(submitted(), "types")
    assert text(the(soup, "#types-error")) == "Error: Choose at least one kind"
    assert described_by(the(soup, "fieldset")) == ["types-hint", "types-error"]
    assert not soup.select("input[checked]")


def test_a_single_checkbox_has_its_label_as_the_text_and_no_fieldset(render: Any) -> None:
    soup = render(submitted(paid_only="y"), "paid_only")
    assert not soup.select("fieldset")
    box = the(soup, "input.nhsuk-checkboxes__input")
    assert (box["id"], box["name"], box["value"], box.has_attr("checked")) == (
        "paid_only",
        "paid_only",
        "y",
        True,
    )
    assert text(the(soup, 'label[for="paid_only"]')) == "Only show paid pathways"

    unticked = render(submitted(), "paid_only")
    assert not the(unticked, "input#paid_only").has_attr("checked")
    assert text(the(unticked, "#paid_only-error")) == "Error: Tick the box"
    assert described_by(the(unticked, "input#paid_only")) == ["paid_only-error"]


def test_choice_text_is_escaped(app: Flask) -> None:
    class Choices(Form):
        pick = RadioField(
            "Pick", choices=choices_of([("a", SCRIPT), ("b", ("B", SCRIPT))]), widget=NHSRadios()
        )
        many = SelectMultipleField(
            "Many", choices=choices_of([("a", SCRIPT)]), widget=NHSCheckboxes()
        )
        one = SelectField("One", choices=choices_of([("a", SCRIPT)]), widget=NHSSelect())

    form = Choices()
    for field in form:
        html = str(field())
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


# --- the error summary ---------------------------------------------------------------------------


def test_the_error_summary_links_each_first_error_to_its_field(app: Flask) -> None:
    form = submitted(name="Ade", types=["job"])
    assert error_summary_items(form) == [
        {"text": "Tell us what you enjoy", "href": "#about"},
        {"text": "Choose a borough", "href": "#borough"},
        {"text": "Choose your highest qualification", "href": "#qualification"},
        {"text": "Tick the box", "href": "#paid_only"},
    ]


def test_the_error_summary_links_go_to_controls_that_exist(render: Any) -> None:
    form = submitted()
    for item in error_summary_items(form):
        name = item["href"].removeprefix("#")
        assert render(form, name).select(item["href"]), f"nothing has the id {item['href']}"


def test_the_error_summary_takes_the_first_of_several_errors(app: Flask) -> None:
    class Two(Form):
        name = StringField("Name", validators=[InputRequired("Enter a name")], widget=NHSInput())

    form = Two(MultiDict())
    form.validate()
    form.name.errors = [*form.name.errors, "Too short"]
    assert error_summary_items(form) == [{"text": "Enter a name", "href": "#name"}]


def test_merge_params_merges_nested_settings_and_replaces_the_rest() -> None:
    base = {"label": {"text": "Name", "classes": "a"}, "items": [1], "id": "x"}
    merged = merge_params(base, {"label": {"classes": "b"}, "items": [2]})
    assert merged == {"label": {"text": "Name", "classes": "b"}, "items": [2], "id": "x"}
    assert base["label"] == {"text": "Name", "classes": "a"}  # the base is not changed
