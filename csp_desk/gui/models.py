"""Table and tree models over plain rows from the store (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.breakdown import Budget
from ..domain.order_types import LABELS, OrderType
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.values import format_date

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def yen_range(budget: Budget) -> str:
    return f"¥{budget.low:,}〜¥{budget.high:,}" if budget.low != budget.high else f"¥{budget.low:,}"


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    align_right: bool = False


TOOLTIP_FROM = 20
"""Characters from which a cell's text is also offered as its tooltip."""


class ColumnsTableModel(QAbstractTableModel, Generic[Row]):
    """What every read-only table over plain rows shares: columns, display and header."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, predicate: Callable[[Row], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long text cut by its column, shown whole on hover
            text = column.value(row)
            return text if isinstance(text, str) and len(text) > TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


class RowsTableModel(ColumnsTableModel[Row]):
    """A read-only table over a list of frozen dataclass rows."""

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)


class RowsListModel(QAbstractListModel, Generic[Row]):
    """A read-only list over plain rows with one text per row."""

    def __init__(self, text: Callable[[Row], str], parent: Any = None):
        super().__init__(parent)
        self._text = text
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)
        if role == ROW_ROLE:
            return row
        return None


@dataclass(frozen=True)
class ItemNode:
    id: int
    problem_id: int
    title: str
    order_type: OrderType
    budget: Budget
    start: str
    due: str


@dataclass(frozen=True)
class ProblemNode:
    id: int
    title: str
    held_on: date
    catalogue_id: str | None
    budget: Budget
    items: tuple[ItemNode, ...]


class BreakdownModel(QAbstractItemModel):
    """Problems at the top level, their work items below, with type, budget and dates."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BreakdownModel", "Problem / work item"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Order type"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Budget"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Start"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Due"),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._problems: list[ProblemNode] = []

    def set_problems(self, problems: Sequence[ProblemNode]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[ProblemNode]:
        return list(self._problems)

    def node(self, index: AnyIndex) -> ProblemNode | ItemNode | None:
        if not index.isValid():
            return None
        owner = index.internalPointer()
        if owner is None:
            return self._problems[index.row()] if index.row() < len(self._problems) else None
        return owner.items[index.row()] if index.row() < len(owner.items) else None

    def index_of(self, *, problem_id: int, item_id: int | None = None) -> QModelIndex:
        for p_row, problem in enumerate(self._problems):
            if problem.id != problem_id:
                continue
            if item_id is None:
                return self.index(p_row, 0)
            for i_row, item in enumerate(problem.items):
                if item.id == item_id:
                    return self.index(i_row, 0, self.index(p_row, 0))
        return QModelIndex()

    # a work item's index points at its ProblemNode (kept alive by self._problems);
    # a problem's index points at nothing
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column)
        return self.createIndex(row, column, self._problems[parent.row()])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        owner = index.internalPointer()
        if owner is None:
            return QModelIndex()
        row = next((i for i, p in enumerate(self._problems) if p is owner), -1)
        return self.createIndex(row, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._problems)
        if parent.internalPointer() is None and parent.column() == 0:
            return len(self._problems[parent.row()].items)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(node, ProblemNode):
                count = QCoreApplication.translate("BreakdownModel", "{count} items")
                count = count.format(count=len(node.items))
                return (node.title, count, yen_range(node.budget), "", "")[column]
            label = QCoreApplication.translate("order_type", LABELS[node.order_type])
            return (node.title, label, yen_range(node.budget), node.start, node.due)[column]
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node, ProblemNode):
            heard = QCoreApplication.translate("BreakdownModel", "Heard on {date}")
            return heard.format(date=format_date(node.held_on))
        if role == Qt.ItemDataRole.FontRole and isinstance(node, ProblemNode):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return node
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BreakdownModel", self.HEADERS[section])
        return None


Fetch = Callable[[int, int, str, bool], Sequence[Any]]
"""(offset, limit, sort key, descending) → one page of rows, from the store."""


class PagedTableModel(ColumnsTableModel[Row]):
    """A read-only table over a list too long to load at once (tens of thousands of rows).

    The first page is read on `reload`; further pages arrive as the view scrolls (Qt's
    canFetchMore/fetchMore). Sorting asks the store again with another ORDER BY: nothing is
    sorted or filtered in Python.
    """

    PAGE = 200

    def __init__(self, columns: Sequence[Column[Row]], sort_keys: Sequence[str | None], parent: Any = None):
        super().__init__(columns, parent)
        self._sort_keys = list(sort_keys)
        self._fetch: Fetch | None = None
        self._total = 0
        self.sort_key = next((k for k in sort_keys if k), "")
        self.descending = False

    def set_source(self, fetch: Fetch, total: int) -> None:
        """Where rows come from and how many there are; shows the first page."""
        self.beginResetModel()
        self._fetch, self._total = fetch, total
        self._rows = list(fetch(0, self.PAGE, self.sort_key, self.descending))
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rows_loaded(self) -> list[Row]:
        return list(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = list(self._fetch(len(self._rows), self.PAGE, self.sort_key, self.descending))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None
        if not key or self._fetch is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.set_source(self._fetch, self._total)


class TextGridModel(QAbstractTableModel):
    """A small editable grid of text cells (terms a form lists row by row); reading the cells
    into values is the form's job."""

    def __init__(self, headers: Sequence[str], parent: Any = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(row) for row in self._rows]

    def append_row(self) -> int:
        """Adds an empty row and returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([""] * len(self._headers))
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
