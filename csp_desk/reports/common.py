"""Pieces shared by the documents: labels, formats and progress reporting."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from ..domain.breakdown import WorkItemDraft
from ..domain.order_types import OrderType

Progress = Callable[[int, int], None]
"""Called with (done, total) as a document is written; may raise to cancel."""


def no_progress(_done: int, _total: int) -> None:
    return None


def yen(amount: int | None) -> str:
    return "" if amount is None else f"¥{amount:,}"


def yen_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return "未定"
    if low == high or high is None:
        return yen(low)
    if low is None:
        return f"〜{yen(high)}"
    return f"{yen(low)}〜{yen(high)}"


def jp_date(value: date | None) -> str:
    return "未定" if value is None else f"{value.year}年{value.month}月{value.day}日"


def short_date(value: date | None) -> str:
    return "未定" if value is None else value.strftime("%Y/%m/%d")


def effort(item: WorkItemDraft) -> str:
    if item.order_type is OrderType.TASK:
        if item.minutes_per_item is None or item.quantity is None:
            return "未定"
        return f"1件{item.minutes_per_item}分 × {item.quantity:,}件"
    if item.hours is None:
        return "未定"
    return f"{item.hours:g}時間"


EXCEL_CELL_LIMIT = 32_767
"""Characters a cell holds; Excel calls a longer one corrupt."""


_NOT_IN_CELL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters a worksheet cannot hold (openpyxl refuses them; Excel calls the file broken)."""


def safe(cell: Any, value: object) -> Any:
    """Gives a cell one value of outside data. Text is never taken for a formula (formula
    injection: a client named "=HYPERLINK(…)" stays text), loses the control characters a
    worksheet cannot hold, and is cut to what Excel can hold."""
    if isinstance(value, str):
        value = _NOT_IN_CELL.sub("", value)
        if len(value) > EXCEL_CELL_LIMIT:
            value = value[: EXCEL_CELL_LIMIT - 1] + "…"
        cell.value = value
        if value.startswith("="):
            cell.data_type = "s"
    else:
        cell.value = value
    return cell


def put(ws: object, row: int, column: int, value: object) -> Any:
    """Writes one cell of outside data into a worksheet (see `safe`)."""
    return safe(ws.cell(row=row, column=column), value)  # type: ignore[attr-defined]
