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
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import i18n
from ..domain.lifecycle import PARTY_LABELS, PHASES, Party
from ..domain.values import format_date
from . import jobs
from .context import Desk
from .feedback import warn
from .forms.ui_dashboard_page import Ui_DashboardPage
from .models import Column, RowsTableModel
from .views import setup_table


def _load(store: Any, today: date, client_id: int | None, progress: Any = None) -> Any:
    from ..store.dashboard import load_dashboard_parallel

    return load_dashboard_parallel(store, today, client_id)


def dark_palette() -> bool:
    return QGuiApplication.palette().window().color().lightness() < 128


class DashboardPage(QWidget):
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
            view = QChartView(chart, host)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view)
            self.charts[name] = chart
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
        for name in ("late", "dueSoon", "unpaid", "escrow", "waiting"):
            getattr(self.ui, name).setProperty("kpi", True)  # style.qss sets the figures large
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
        ui.waiting.setText(  # a party and its count stay on one line when the box is narrow
            "  ".join(
                f"{i18n.message('party', PARTY_LABELS[party])}\u00a0{board.waiting.get(party, 0):,}"
                for party in (Party.PRODUCER, Party.CLIENT, Party.WORKER)
            )
        )
        self.alerts.set_rows(board.late + board.due_soon)
        self.budgets.set_rows(board.budget_vs_actual)
        stages = [
            (i18n.message("phase", phase), sum(board.by_state.get(s.value, 0) for s in states))
            for phase, states in PHASES.items()
        ]
        self._bars("statesChart", self.tr("Open orders by stage"), stages, horizontal=True, label="%.0f")
        months = [(month[2:].replace("-", "/"), amount // 1000) for month, amount in board.spend_by_month]
        self._bars(
            "spendChart", self.tr("Paid per month (thousand yen)"), months, horizontal=False, label="%.0f"
        )
        names = self._category_names()
        rounds = [(names.get(c, c), round(avg, 2)) for c, avg in board.revisions_by_category[:8]]
        self._bars(
            "revisionsChart", self.tr("Revision rounds per contract"), rounds, horizontal=True, label="%.1f"
        )
        ui.updated.setText(self.tr("Updated {time}").format(time=f"{datetime.now():%H:%M}"))

    def _category_names(self) -> dict[str, str]:
        catalogue = self.desk.catalogue
        if catalogue is None:
            return {}
        english = i18n.current() == "en"
        return {c.id: c.name_en if english else c.name_ja for c in catalogue.categories}

    def _bars(
        self, name: str, title: str, points: list[tuple[str, float]], *, horizontal: bool, label: str
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
        categories.append([text for text, _value in points])
        categories.setTruncateLabels(False)
        numbers = QValueAxis()
        numbers.setRange(0, max([v for _l, v in points], default=1) or 1)
        numbers.applyNiceNumbers()
        numbers.setLabelFormat(label)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, category_side)
        chart.addAxis(numbers, value_side)
        series.attachAxis(categories)
        series.attachAxis(numbers)
