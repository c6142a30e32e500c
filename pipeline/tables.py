"""Typed CSV tables: one frozen dataclass per row type, fixed column order, atomic writes.

Every CSV the pipeline writes or reads goes through :func:`write_table` and
:func:`iter_table`. Column order is the dataclass field order. Values are converted from the
field annotations (``str``, ``int``, ``float``, ``bool``, each optionally ``| None``; empty
cell = ``None``). A bad cell raises :class:`PipelineError` naming file, row and column.

Spreadsheet formula neutralisation: a *text* cell that begins with ``=``, ``+``, ``-``, ``@``,
tab or carriage return is written with a leading apostrophe (``'=HYPERLINK(...)``), so that
opening an output in Excel or LibreOffice never runs it. Numeric columns are never touched.
:func:`iter_table` removes the apostrophe again, so stages read back exactly what was meant;
to undo it by hand, delete the leading ``'`` (or read with this module).
"""

from __future__ import annotations

import csv
import dataclasses
import math
import types
import typing
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar

from pipeline.errors import PipelineError
from pipeline.storage import atomic_open

Row = TypeVar("Row")

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TRUE_WORDS = {"true", "yes", "y", "1", "t"}
FALSE_WORDS = {"false", "no", "n", "0", "f"}


def neutralize(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def unneutralize(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


@cache
def _field_types(row_type: type) -> tuple[tuple[str, type, bool], ...]:
    """(name, base type, optional) for each dataclass field, in order."""
    hints = typing.get_type_hints(row_type)
    out = []
    for f in dataclasses.fields(row_type):
        hint = hints[f.name]
        optional = False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional = len(args) < len(typing.get_args(hint))
            hint = args[0]
        out.append((f.name, hint, optional))
    return tuple(out)


def columns(row_type: type) -> list[str]:
    return [name for name, _, _ in _field_types(row_type)]


def format_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, str):
        return neutralize(value)
    return str(value)


def _format_text(value: str | None) -> str:
    return "" if value is None else ("'" + value if value.startswith(FORMULA_PREFIXES) else value)


@cache
def _formatters(row_type: type) -> tuple:
    """One formatting function per column, chosen once from the column's type."""
    return tuple(_format_text if kind is str else format_cell for _, kind, _ in _field_types(row_type))


def parse_cell(text: str, kind: type, optional: bool) -> Any:
    """Convert one cell; raises ValueError with a short reason."""
    text = text.strip() if kind is not str else text
    if text.strip() == "":
        if optional or kind is str:
            return None if optional else ""
        raise ValueError("is empty but required")
    if kind is str:
        return unneutralize(text)
    if kind is bool:
        word = text.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(f"should be true or false, got {text!r}")
    if kind is int:
        try:
            as_float = float(text)
        except ValueError:
            raise ValueError(f"should be a whole number, got {text!r}") from None
        if not as_float.is_integer():
            raise ValueError(f"should be a whole number, got {text!r}")
        return int(as_float)
    if kind is float:
        try:
            value = float(text.replace("\u2212", "-"))
        except ValueError:
            raise ValueError(f"should be a number, got {text!r}") from None
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"should be a finite number, got {text!r}")
        return value
    raise TypeError(f"unsupported column type {kind!r}")


def write_table(path: Path, rows: Iterable[Row], row_type: type[Row]) -> int:
    """Write rows atomically (temporary file + rename); returns the number of rows."""
    names = columns(row_type)
    values = attrgetter(*names)
    formatters = _formatters(row_type)
    count = 0
    with atomic_open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for row in rows:
            writer.writerow([fmt(v) for fmt, v in zip(formatters, values(row))])
            count += 1
    return count


def iter_table(path: Path, row_type: type[Row], *, required: Iterable[str] | None = None) -> Iterator[Row]:
    """Read rows of ``row_type``; unknown extra columns are ignored.

    ``required`` lists the columns that must be present (default: every field without a
    default value). Errors name the file, the spreadsheet row number and the column.
    """
    path = Path(path)
    specs = _field_types(row_type)
    if required is None:
        required = [
            f.name
            for f in dataclasses.fields(row_type)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ]
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise PipelineError(f"{path}: file not found") from None
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise PipelineError(f"{path}: not a readable CSV file: {exc}") from None
        missing = [name for name in required if name not in header]
        if missing:
            raise PipelineError(f"{path}: missing column(s) {', '.join(missing)}")
        present = [(name, kind, optional) for name, kind, optional in specs if name in header]
        line = 1
        try:
            for line, raw in enumerate(reader, start=2):  # spreadsheet row numbers (header = 1)
                values = {}
                for name, kind, optional in present:
                    cell = raw.get(name)
                    try:
                        values[name] = parse_cell(cell if cell is not None else "", kind, optional)
                    except ValueError as exc:
                        raise PipelineError(f"{path}: row {line}, column {name}: {exc}") from None
                try:
                    yield row_type(**values)
                except (ValueError, TypeError) as exc:
                    raise PipelineError(f"{path}: row {line}: {exc}") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise PipelineError(f"{path}: row {line}: malformed CSV: {exc}") from None


def read_table(path: Path, row_type: type[Row], **kwargs) -> list[Row]:
    return list(iter_table(path, row_type, **kwargs))
