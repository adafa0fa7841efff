"""An iCalendar file (RFC 5545) for a pathway's closing date: one all-day event, with a
reminder two days before. Written by hand: the format is small, and escaping and line folding
are all it needs."""

from __future__ import annotations

import datetime as dt

from careers.models import Pathway


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets go on, after CRLF and a space (RFC 5545 3.1)."""
    out: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)


def closing_date_ics(pathway: Pathway, url: str, host: str, now: dt.datetime) -> str:
    """The calendar file; the pathway must have a closing date."""
    assert pathway.closing_date is not None
    day = pathway.closing_date
    title = f"Applications close: {pathway.title} ({pathway.organisation.name})"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//London Health & Care Pathways//Closing dates//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:closing-{pathway.ref}@{host}",
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(title)}",
        f"DESCRIPTION:{_escape('The last day to apply. Details and how to apply: ' + url)}",
        f"URL:{url}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(title)}",
        "TRIGGER:-P2D",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
