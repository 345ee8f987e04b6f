"""The catalogue of business problems and the work items proposed for each (data/*.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .order_types import OrderType
from .text import QT_TRANSLATE_NOOP

PROBLEMS_FORMAT = "csp-desk.problems/1"
CATEGORIES_FORMAT = "csp-desk.categories/1"


class CatalogueError(Exception):
    """A catalogue file that cannot be used; names the file, the entry and the field."""

    def __init__(self, path: Path, entry: str, field: str, message: str, **params: object):
        self.path = path
        self.entry = entry
        self.field = field
        self.message = message
        self.params = params
        super().__init__(f"{path.name}: {entry}: {field}: {message.format(**params)}")


_BROKEN = QT_TRANSLATE_NOOP("catalogue", "the file is not valid JSON ({detail})")
_UNREADABLE = QT_TRANSLATE_NOOP("catalogue", "the file cannot be read ({detail})")
_MISSING = QT_TRANSLATE_NOOP("catalogue", "this field is missing")
_WRONG_TYPE = QT_TRANSLATE_NOOP("catalogue", "expected {expected}")
_BAD_VALUE = QT_TRANSLATE_NOOP("catalogue", "{value!r} is not allowed here")
_DUPLICATE = QT_TRANSLATE_NOOP("catalogue", "{value!r} appears twice")


@dataclass(frozen=True)
class Category:
    id: str
    name_ja: str
    name_en: str
    spec: str = ""
    """The usual specification of the deliverables (formats, sizes, counts with （　） to fill)."""
    skills: str = ""
    hint: str = ""
    """What a good description of this kind of work answers; shown while it is still empty."""


@dataclass(frozen=True)
class WorkTemplate:
    """A work item the catalogue proposes for a problem."""

    title: str
    order_type: OrderType
    category_id: str
    deliverables: str
    skills: str
    hours: float | None
    minutes_per_item: int | None
    quantity: int | None
    budget_min: int
    budget_max: int
    source: str
    days_min: int
    days_max: int
    note: str = ""


@dataclass(frozen=True)
class CatalogueProblem:
    id: str
    name_ja: str
    name_en: str
    description: str
    caution: str
    work_items: tuple[WorkTemplate, ...]


@dataclass(frozen=True)
class Catalogue:
    problems: tuple[CatalogueProblem, ...]
    categories: tuple[Category, ...]

    def problem(self, problem_id: str) -> CatalogueProblem | None:
        return next((p for p in self.problems if p.id == problem_id), None)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, "-", "-", _UNREADABLE, detail=str(exc)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise CatalogueError(path, "-", "-", _BROKEN, detail=detail) from exc
    if not isinstance(data, dict):
        raise CatalogueError(path, "-", "-", _WRONG_TYPE, expected="object")
    return data


class _Fields:
    """Reads typed fields of one JSON object, raising CatalogueError that names it."""

    def __init__(self, path: Path, entry: str, obj: object):
        self.path, self.entry = path, entry
        if not isinstance(obj, dict):
            raise CatalogueError(path, entry, "-", _WRONG_TYPE, expected="object")
        self.obj: dict[str, Any] = obj

    def fail(self, field: str, message: str, **params: object) -> CatalogueError:
        return CatalogueError(self.path, self.entry, field, message, **params)

    def get(self, field: str, kind: type | tuple[type, ...], *, required: bool = True) -> Any:
        if field not in self.obj:
            if required:
                raise self.fail(field, _MISSING)
            return None
        value = self.obj[field]
        # bool is an int in Python; a catalogue never means True as a number
        if isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(field, _WRONG_TYPE, expected=names)
        return value

    def text(self, field: str, *, required: bool = True) -> str:
        value = self.get(field, str, required=required)
        if required and not value.strip():
            raise self.fail(field, _MISSING)
        return value or ""

    def count(self, field: str, *, required: bool = True) -> int | None:
        value: int | None = self.get(field, int, required=required)
        if value is not None and value < 0:
            raise self.fail(field, _BAD_VALUE, value=value)
        return value

    def pair(self, field: str) -> tuple[int, int]:
        value = self.get(field, list)
        if (
            len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
            or value[0] > value[1]
        ):
            raise self.fail(field, _BAD_VALUE, value=value)
        return value[0], value[1]


def load_categories(path: Path) -> tuple[Category, ...]:
    data = _read(path)
    top = _Fields(path, "-", data)
    if top.text("format") != CATEGORIES_FORMAT:
        raise top.fail("format", _BAD_VALUE, value=data["format"])
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(top.get("categories", list)):
        f = _Fields(path, f"categories[{i}]", raw)
        cid = f.text("id")
        if cid in seen:
            raise f.fail("id", _DUPLICATE, value=cid)
        seen.add(cid)
        out.append(Category(cid, f.text("ja"), f.text("en"), f.text("spec", required=False),
                            f.text("skills", required=False), f.text("hint", required=False)))  # fmt: skip
    return tuple(out)


def _template(f: _Fields, categories: set[str]) -> WorkTemplate:
    try:
        order_type = OrderType(f.text("type"))
    except ValueError:
        raise f.fail("type", _BAD_VALUE, value=f.obj["type"]) from None
    category = f.text("category")
    if category not in categories:
        raise f.fail("category", _BAD_VALUE, value=category)
    if order_type is OrderType.TASK:
        minutes = f.count("minutes_per_item")
        quantity = f.count("quantity")
        hours = None
    else:
        minutes = quantity = None
        hours = f.get("hours", (int, float))
        if hours < 0:
            raise f.fail("hours", _BAD_VALUE, value=hours)
    budget = f.pair("budget")
    days = f.pair("days")
    return WorkTemplate(
        title=f.text("title"),
        order_type=order_type,
        category_id=category,
        deliverables=f.text("deliverables"),
        skills=f.text("skills"),
        hours=float(hours) if hours is not None else None,
        minutes_per_item=minutes,
        quantity=quantity,
        budget_min=budget[0],
        budget_max=budget[1],
        source=f.text("source"),
        days_min=days[0],
        days_max=days[1],
        note=f.text("note", required=False),
    )


def load_problems(path: Path, categories: tuple[Category, ...]) -> tuple[CatalogueProblem, ...]:
    data = _read(path)
    top = _Fields(path, "-", data)
    if top.text("format") != PROBLEMS_FORMAT:
        raise top.fail("format", _BAD_VALUE, value=data["format"])
    known = {c.id for c in categories}
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(top.get("problems", list)):
        f = _Fields(path, f"problems[{i}]", raw)
        pid = f.text("id")
        if pid in seen:
            raise f.fail("id", _DUPLICATE, value=pid)
        seen.add(pid)
        items = []
        for j, raw_item in enumerate(f.get("work_items", list)):
            items.append(_template(_Fields(path, f"{pid}.work_items[{j}]", raw_item), known))
        out.append(
            CatalogueProblem(
                id=pid,
                name_ja=f.text("ja"),
                name_en=f.text("en"),
                description=f.text("description", required=False),
                caution=f.text("caution", required=False),
                work_items=tuple(items),
            )
        )
    return tuple(out)


def load_catalogue(folder: Path) -> Catalogue:
    """Reads and validates data/categories.json and data/problems.json."""
    categories = load_categories(folder / "categories.json")
    problems = load_problems(folder / "problems.json", categories)
    return Catalogue(problems=problems, categories=categories)
