"""Import and export pathways in the pathway interchange format (issue 2).

One JSON object per pathway, in a JSON Lines file, a JSON array, or a CSV file with the same
field names (lists separated by ``;``, nested fields as dotted columns: ``entry.min_age``,
``pay.min``, ``pay.max``, ``pay.period``). The format is chosen from the file's extension
(``.jsonl``/``.ndjson``, ``.json``, ``.csv``) unless it is given.

The API, in the order a caller uses it::

    records = parse_file(path_or_stream, format=None)    # list[RawRecord]; FileError if unreadable
    report = validate(session, records)                  # Report: every row, every Problem
    result = apply(session, report, skip_invalid=False)  # ImportResult(created, updated, skipped)
    session.commit()                                     # the caller owns the transaction

    export(session, path_or_stream, format=None)         # number of pathways written
    pathway_to_record(pathway)                           # a dict in the interchange format

``import_file(session, source, format=None, skip_invalid=False)`` does the first three steps and
raises ``ImportRejected(report)`` when anything is wrong (nothing is written).

Validation checks every record before anything is written and reports each problem as
``line N: field: message`` in plain English (``str(problem)``). ``apply`` refuses a report with
problems unless ``skip_invalid`` is set, when it writes only the valid rows. It upserts by ``ref``,
creates organisations it does not know, takes latitude, longitude and borough from the postcode's
district, stores ``next_steps`` as PathwayLink rows (in a second pass, so forward references in one
file work) and calls ``careers.services.matcher.pathway_changed`` for every pathway it writes, all
in the caller's transaction. Export then import gives back the same records, in all three formats.

Checks that need reference data (a known postcode district) are made only when that reference
table has rows. Standard codes are checked for their form (ST0216) only: our list of standards is
partial, and a well-formed code we do not know is accepted.

Modules: formats (fields, records, reading files), checks (validate), writer (apply,
import_file), export (export, pathway_to_record).
"""

from __future__ import annotations

from careers.services.interchange.checks import validate
from careers.services.interchange.export import export, iter_records, pathway_to_record
from careers.services.interchange.formats import (
    CSV_COLUMNS,
    FIELDS,
    FORMATS,
    FileError,
    ImportRejected,
    ImportResult,
    Problem,
    RawRecord,
    Report,
    Row,
    detect_format,
    parse_file,
)
from careers.services.interchange.writer import apply, import_file, slugify

__all__ = [
    "CSV_COLUMNS",
    "FIELDS",
    "FORMATS",
    "FileError",
    "ImportRejected",
    "ImportResult",
    "Problem",
    "RawRecord",
    "Report",
    "Row",
    "apply",
    "detect_format",
    "export",
    "import_file",
    "iter_records",
    "parse_file",
    "pathway_to_record",
    "slugify",
    "validate",
]
