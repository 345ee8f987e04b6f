"""Dashboard: what is late, what waits on whom, what is unpaid or held in escrow, budget against
contracted per client, and charts (orders by state, spend by month, revision rounds by category)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import i18n
from ..charts import value_steps
from ..domain.lifecycle import PARTY_LABELS, PHASES, Party
from ..domain.values import format_date
from . import jobs
from .context import Desk
from .feedback import warn
from .forms.ui_dashboard_page import Ui_DashboardPage
from .models import Column, RowsTableModel
from .views import setup_table


def _load(store: Any, today: date, client_id: int | None, progress: Any = None) -> Any:
    from ..services.dashboard import dashboard

    return dashboard(store, today, client_id)


LABEL_WIDTH = 160
"""Pixels a category name of a horizontal chart may take per line, at most (a third of the chart
where it is narrower)."""
CHART_CHROME = 90
"""Pixels of a chart's height taken by its title, value axis and margins (not by the bars)."""


def dark_palette() -> bool:
    return QGuiApplication.palette().window().color().lightness() < 128


def wrapped_label(text: str, metrics: QFontMetrics, width: int = LABEL_WIDTH, lines: int = 2) -> str:
    """A chart's category name on at most two lines of `width` pixels (the axis shows HTML):
    words are kept whole where there are spaces, Japanese breaks after 「・」 or in the middle;
    what still does not fit ends in "…"."""
    from html import escape

    elide = Qt.TextElideMode.ElideRight
    if metrics.horizontalAdvance(text) <= width:
        return escape(text)
    if lines < 2:
        return escape(metrics.elidedText(text, elide, width))
    if " " in text:
        words, first = text.split(" "), ""
        while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
            first = f"{first} {words.pop(0)}".strip()
        rest = " ".join(words)
        if not first:
            first, rest = words[0], " ".join(words[1:])
    else:
        cut = text.find("・", 1, len(text) - 1)
        cut = cut + 1 if cut > 0 else len(text) // 2
        first, rest = text[:cut], text[cut:]
    shown = [metrics.elidedText(line, elide, width) for line in (first, rest) if line]
    return "<br>".join(escape(line) for line in shown)


def _unique(labels: list[str]) -> list[str]:
    """Category names made distinct (a zero-width space added): the axis drops a repeated name,
    and the bar's label with it."""
    seen: list[str] = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.append(label)
    return seen


class DashboardPage(QWidget):
    orderActivated = Signal(int)
    """A late or due-soon row was opened (double-click or Enter): the order's id."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.board: Any = None
        self._job: jobs.Job | None = None
        self.charts: dict[str, QChart] = {}
        for name in ("statesChart", "spendChart", "revisionsChart"):
            host = getattr(self.ui, name)
            chart = QChart()
            chart.legend().hide()
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.setMargins(QMargins(6, 4, 10, 4))  # the bars get the room on a small screen
            chart.layout().setContentsMargins(0, 0, 0, 0)
            chart.setBackgroundRoundness(0)
            view = QChartView(chart, host)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view)
            self.charts[name] = chart
            host.installEventFilter(self)
        self._names: dict[str, list[str]] = {}
        self.alerts: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Due"), lambda a: format_date(a.due)),
                Column(self.tr("What"), lambda a: self._alert_text(a.kind, a.due)),
                Column(self.tr("Client"), lambda a: a.client),
                Column(self.tr("Work"), lambda a: a.title),
                Column(self.tr("Worker"), lambda a: a.who),
            ],
            self,
        )
        setup_table(self.ui.alerts, self.alerts, (90, 110, 140, 180))
        self.ui.alerts.activated.connect(self._alert_activated)  # double-click or Enter, as on the platform
        self.budgets: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Client"), lambda r: r[0]),
                Column(self.tr("Budget"), lambda r: f"¥{r[1]:,}", align_right=True),
                Column(self.tr("Contracted"), lambda r: f"¥{r[2]:,}", align_right=True),
                Column(self.tr("Share"), lambda r: f"{r[2] / r[1]:.0%}" if r[1] else "", align_right=True),
            ],
            self,
        )
        setup_table(self.ui.budgets, self.budgets, (180, 110, 110))
        for name in ("late", "dueSoon", "unpaid", "escrow"):
            getattr(self.ui, name).setProperty("kpi", True)  # style.qss sets the figures large
        self.ui.waiting.setProperty("kpi", "list")  # three figures, one a line
        self.ui.refresh.clicked.connect(self.refresh)
        self.ui.thisClient.toggled.connect(lambda _on: self.refresh())
        desk.storeOpened.connect(self.refresh)
        desk.changed.connect(lambda what: what == "orders" and self.refresh())
        desk.clientChanged.connect(lambda _id: self.ui.thisClient.isChecked() and self.refresh())
        if desk.store is not None:
            self.refresh()

    def refresh(self) -> None:
        """Loads the figures in a worker: the window stays responsive on a large database."""
        if self.desk.store is None or self._job is not None:
            return
        client = self.desk.client_id if self.ui.thisClient.isChecked() else None
        job = jobs.Job(_load, self.desk.store, date.today(), client)
        self._job = job
        self.ui.updated.setText(self.tr("Updating…"))
        job.succeeded.connect(self.show_board)
        job.failed.connect(lambda exc: warn(self, self.tr("Dashboard"), exc))
        job.finished.connect(self._done)
        jobs.start(job)

    def _done(self) -> None:
        self._job = None

    def _alert_activated(self, index: QModelIndex) -> None:
        alert = self.alerts.row_at(index.row())
        if alert is not None:
            self.orderActivated.emit(alert.engagement_id)

    def _alert_text(self, kind: str, due: date) -> str:
        if kind == "payment" and due >= date.today():
            return self.tr("Payment due")
        return {
            "delivery": self.tr("Delivery late"),
            "acceptance": self.tr("Acceptance late"),
            "payment": self.tr("Payment late"),
        }[kind]

    def show_board(self, board: Any) -> None:
        self.board = board
        ui = self.ui
        ui.late.setText(f"{len(board.late):,}")
        ui.dueSoon.setText(f"{len(board.due_soon):,}")
        ui.unpaid.setText(f"¥{board.unpaid:,}")
        ui.escrow.setText(f"¥{board.escrow_held:,}")
        ui.waiting.setText(
            "\n".join(
                f"{i18n.message('party', PARTY_LABELS[party])} {board.waiting.get(party, 0):,}"
                for party in (Party.PRODUCER, Party.CLIENT, Party.WORKER)
            )
        )
        self.alerts.set_rows(board.late + board.due_soon)
        self.budgets.set_rows(board.budget_vs_actual)
        stages = [
            (i18n.message("phase", phase), sum(board.by_state.get(s.value, 0) for s in states))
            for phase, states in PHASES.items()
        ]
        self._bars("statesChart", self.tr("Open orders by stage"), stages, horizontal=True)
        months = [(month[2:].replace("-", "/"), amount // 1000) for month, amount in board.spend_by_month]
        self._bars("spendChart", self.tr("Paid per month (thousand yen)"), months, horizontal=False)
        names = self._category_names()
        rounds = [(names.get(c, c), round(avg, 2)) for c, avg in board.revisions_by_category[:8]]
        self._bars(
            "revisionsChart", self.tr("Revision rounds per contract"), rounds, horizontal=True, decimals=1
        )
        ui.updated.setText(self.tr("Updated {time}").format(time=f"{datetime.now():%H:%M}"))

    def _category_names(self) -> dict[str, str]:
        catalogue = self.desk.catalogue
        if catalogue is None:
            return {}
        english = i18n.current() == "en"
        return {c.id: c.name_en if english else c.name_ja for c in catalogue.categories}

    def _bars(
        self, name: str, title: str, points: list[tuple[str, float]], *, horizontal: bool, decimals: int = 0
    ) -> None:
        chart = self.charts[name]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark_palette() else QChart.ChartTheme.ChartThemeLight
        )
        chart.setTitle(title)
        if horizontal:
            points = points[::-1]  # a horizontal chart draws its first bar at the bottom
        values = QBarSet(title)
        for _label, value in points:
            values.append(value)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(values)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(_unique([text for text, _value in points]))
        categories.setTruncateLabels(False)
        numbers = QValueAxis()
        end, step = value_steps(max([v for _l, v in points], default=0), decimals)
        numbers.setRange(0, end)
        numbers.setTickType(QValueAxis.TickType.TicksDynamic)  # whole steps: no label shown twice
        numbers.setTickAnchor(0)
        numbers.setTickInterval(step)
        numbers.setLabelFormat(f"%.{decimals}f")
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, category_side)
        chart.addAxis(numbers, value_side)
        series.attachAxis(categories)
        series.attachAxis(numbers)
        self._names[name] = [text for text, _value in points] if horizontal else []
        self._fit_names(name)

    def _fit_names(self, name: str) -> None:
        """A horizontal chart's category names shortened to what its width leaves them (a name
        QtCharts cannot fit is cut at the left edge); on two lines where the height allows."""
        names = self._names.get(name)
        axes = self.charts[name].axes(Qt.Orientation.Vertical)
        if not names or not axes or not isinstance(axes[0], QBarCategoryAxis):
            return
        axis = axes[0]
        host = getattr(self.ui, name)
        metrics = QFontMetrics(axis.labelsFont())
        width = max(48, min(LABEL_WIDTH, int(host.width() * 0.36)))
        room = host.height() - CHART_CHROME
        lines = 2 if len(names) * metrics.lineSpacing() * 2.2 <= room else 1  # overlapping ones are hidden
        labels = _unique([wrapped_label(text, metrics, width, lines) for text in names])
        if labels != axis.categories():
            axis.setCategories(labels)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched.objectName() in self.charts:
            self._fit_names(watched.objectName())
        return super().eventFilter(watched, event)
