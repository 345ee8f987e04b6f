"""The work breakdown: problems and their work items, edited with undo and redo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from .. import i18n
from ..domain.breakdown import Budget, WorkItemDraft, budget_of, from_template
from ..domain.catalogue import WorkTemplate
from ..domain.order_types import DEFAULT_REASONS, LABELS, OrderType
from ..domain.text import FieldError
from ..domain.values import format_date, format_yen, parse_count, parse_date, parse_hours
from .commands import StoreCommand
from .context import Desk
from .edits import Edits, ask_to_leave
from .feedback import show_field_errors, warn
from .forms.ui_breakdown_page import Ui_BreakdownPage
from .models import BreakdownModel, ItemNode, ProblemNode, yen_range
from .views import bind_fields

FIELD_WIDGETS = {
    "title": "title", "order_type": "orderType", "type_reason": "typeReason",
    "category_id": "category", "deliverables": "deliverables", "skills": "skills",
    "hours": "hours", "minutes_per_item": "minutesPerItem", "quantity": "quantity",
    "budget_min": "budgetMin", "budget_max": "budgetMax", "start_date": "startDate",
    "due_date": "dueDate",
}  # fmt: skip


class BreakdownPage(QWidget):
    exportRequested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_BreakdownPage()
        self.ui.setupUi(self)
        self._current: ItemNode | None = None
        self._current_draft: WorkItemDraft | None = None
        self._loading = False
        self.follows_client = True
        """Asked before another client is chosen: the form shows one of this client's items."""
        self._select_after: tuple[int, int | None] | None = None
        self._reference = None

        self.model = BreakdownModel(self)
        tree = self.ui.tree
        tree.setModel(self.model)
        # one client's items: the figures are always shown whole, the title takes what is left
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([720, 480])
        self.ui.proposals.setMinimumContentsLength(14)
        self.ui.editorTitle.setObjectName("pageTitle")
        self.ui.errors.setObjectName("errorText")
        self.ui.totals.setObjectName("totals")

        for order_type in OrderType:
            self.ui.orderType.addItem(i18n.message("order_type", LABELS[order_type]), order_type.value)
        self.ui.orderType.currentIndexChanged.connect(self._order_type_changed)

        self.widgets = bind_fields(self.ui, FIELD_WIDGETS)
        self.edits = Edits(self, desk, "breakdown", list(self.widgets.values()), self._draft_context,
                           self.unsaved_subject)  # fmt: skip
        desk.register_editor(self)
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.apply)

        self.ui.apply.clicked.connect(self.apply)
        self.ui.apply.setShortcut("Ctrl+Return")
        self.ui.revert.clicked.connect(self._revert)
        self.ui.addItem.clicked.connect(self.add_item)
        self.ui.addProposal.clicked.connect(self.add_proposal)
        self.ui.removeItem.clicked.connect(self.remove_selected)
        self.ui.editPosting.clicked.connect(self.edit_posting)
        self.ui.moveUp.clicked.connect(lambda: self.move_selected(-1))
        self.ui.moveDown.clicked.connect(lambda: self.move_selected(+1))
        self.ui.exportProposal.clicked.connect(lambda: self.exportRequested.emit("proposal"))
        self.ui.exportBudget.clicked.connect(lambda: self.exportRequested.emit("budget"))

        desk.storeOpened.connect(self._fill_categories)
        self._fill_categories()
        desk.clientChanged.connect(lambda _id: self.reload())
        desk.changed.connect(self._changed)
        self._show_item(None)
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def _changed(self, what: str) -> None:
        if what in ("consultations", "breakdown"):
            self.reload()

    def _fill_categories(self) -> None:
        box = self.ui.category
        box.clear()
        box.addItem(self.tr("(none)"), "")
        catalogue = self.desk.catalogue
        if catalogue is None:
            return
        english = i18n.current() == "en"
        for category in catalogue.categories:
            box.addItem(category.name_en if english else category.name_ja, category.id)

    def reload(self) -> None:
        """Reads the client's problems and items again, keeping the selection where it was."""
        store, client_id = self.desk.store, self.desk.client_id
        self.setEnabled(store is not None and client_id is not None)
        if store is None or client_id is None:
            self.model.set_problems([])
            self._show_item(None)
            self._update_totals()
            return
        keep = self._select_after or (
            (self._current.problem_id, self._current.id) if self._current else self._selected_problem()
        )
        self._select_after = None
        # an undo, a redo or another page's change reloads the tree: the typed form stays
        typed = (self._current.id, self.edits.values()) if self._current and self.has_unsaved() else None
        from ..services import breakdown

        try:
            nodes = []
            for found in breakdown.breakdown(store, client_id):
                problem = found.problem
                items = tuple(
                    ItemNode(
                        row.id,
                        problem.id,
                        row.draft.title,
                        row.draft.order_type,
                        budget_of(row.draft),
                        format_date(row.draft.start_date),
                        format_date(row.draft.due_date),
                    )
                    for row in found.items
                )
                total = sum((item.budget for item in items), Budget())
                nodes.append(ProblemNode(problem.id, problem.title, problem.held_on,
                                         problem.catalogue_id, total, items))  # fmt: skip
        except Exception as exc:
            warn(self, self.tr("Breakdown"), exc)
            return
        self.model.set_problems(nodes)
        self.ui.tree.expandAll()
        self._update_totals()
        if keep:
            self._select(*keep)
        else:
            self._show_item(None)
        if typed is not None and self._current is not None and self._current.id == typed[0]:
            self.edits.put_values(typed[1])

    def _selected_problem(self) -> tuple[int, None] | None:
        node = self.model.node(self.ui.tree.currentIndex())
        if isinstance(node, ProblemNode):
            return node.id, None
        return None

    def _select(self, problem_id: int, item_id: int | None) -> None:
        index = self.model.index_of(problem_id=problem_id, item_id=item_id)
        if not index.isValid() and item_id is not None:
            index = self.model.index_of(problem_id=problem_id)
        if not index.isValid():
            self._show_item(None)
            return
        self._loading = True
        self.ui.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._loading = False
        self.ui.tree.scrollTo(index)
        self._load_node(self.model.node(index))

    def _update_totals(self) -> None:
        problems = self.model.problems()
        whole = sum((p.budget for p in problems), Budget())
        problem = self._problem_of(self.model.node(self.ui.tree.currentIndex()))
        parts = []
        if problem is not None:
            parts.append(self.tr("This problem: {budget}").format(budget=yen_range(problem.budget)))
        count = sum(len(p.items) for p in problems)
        parts.append(self.tr("Client total ({count} work items): {budget}").format(
            count=count, budget=yen_range(whole)))  # fmt: skip
        self.ui.totals.setText("　／　".join(parts))

    # --- selection and editor ----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        target = self.model.node(current)
        if self._current is not None and self.has_unsaved():
            if not ask_to_leave(self, self):
                # keep the producer on the item whose edits are not valid yet
                self._loading = True
                self.ui.tree.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )  # fmt: skip
                self._loading = False
                return
            # saving reloaded the tree: find the clicked row again by its ids
            if isinstance(target, ItemNode):
                self._select(target.problem_id, target.id)
            elif isinstance(target, ProblemNode):
                self._select(target.id, None)
            return
        self._load_node(target)

    def _load_node(self, node: ProblemNode | ItemNode | None) -> None:
        from ..services import breakdown

        self._update_totals()
        self._fill_proposals(node)
        if not isinstance(node, ItemNode) or self.desk.store is None:
            self._show_item(None)
            return
        row = breakdown.work_item(self.desk.store, node.problem_id, node.id)
        if row is None:
            self._show_item(None)
            return
        self._current = node
        self._show_item(row.draft)

    def _problem_of(self, node: ProblemNode | ItemNode | None) -> ProblemNode | None:
        if isinstance(node, ItemNode):
            return next((p for p in self.model.problems() if p.id == node.problem_id), None)
        return node

    def _templates(self, problem: ProblemNode | None) -> tuple[WorkTemplate, ...]:
        """The catalogue's proposals for a problem picked from it (none for a typed one)."""
        catalogue = self.desk.catalogue
        if problem is None or catalogue is None or not problem.catalogue_id:
            return ()
        entry = catalogue.problem(problem.catalogue_id)
        return entry.work_items if entry else ()

    def _fill_proposals(self, node: ProblemNode | ItemNode | None) -> None:
        box = self.ui.proposals
        box.clear()
        problem = self._problem_of(node)
        templates = self._templates(problem)
        for index, template in enumerate(templates):
            box.addItem(template.title, index)
        box.setEnabled(bool(templates))
        self.ui.addProposal.setEnabled(bool(templates))
        self.ui.addItem.setEnabled(problem is not None)
        self.ui.removeItem.setEnabled(node is not None)
        self.ui.editPosting.setEnabled(isinstance(node, ItemNode))
        self.ui.moveUp.setEnabled(isinstance(node, ItemNode))
        self.ui.moveDown.setEnabled(isinstance(node, ItemNode))

    def _show_item(self, draft: WorkItemDraft | None) -> None:
        self._loading = True
        self._current_draft = draft
        if draft is None:
            self._current = None
            self.ui.editorTitle.setText(self.tr("Choose a work item to edit it, or add one to the problem."))
            draft = WorkItemDraft(title="")
        else:
            self.ui.editorTitle.setText(draft.title)
        # no empty form with grey sample values when nothing is chosen: they read like data
        self.ui.scroll.setVisible(self._current_draft is not None)
        self.ui.apply.setEnabled(self._current_draft is not None)
        self.ui.revert.setEnabled(self._current_draft is not None)
        ui = self.ui
        ui.title.setText(draft.title)
        ui.orderType.setCurrentIndex(max(0, ui.orderType.findData(draft.order_type.value)))
        ui.typeReason.setPlainText(draft.type_reason)
        ui.category.setCurrentIndex(max(0, ui.category.findData(draft.category_id)))
        ui.deliverables.setPlainText(draft.deliverables)
        ui.skills.setText(draft.skills)
        ui.hours.setText("" if draft.hours is None else f"{draft.hours:g}")
        ui.minutesPerItem.setText(format_yen(draft.minutes_per_item))
        ui.quantity.setText(format_yen(draft.quantity))
        ui.budgetMin.setText(format_yen(draft.budget_min))
        ui.budgetMax.setText(format_yen(draft.budget_max))
        ui.startDate.setText(format_date(draft.start_date))
        ui.dueDate.setText(format_date(draft.due_date))
        self._show_type_fields(draft.order_type)
        show_field_errors(self.ui.errors, self.widgets, [])
        self._loading = False
        self.edits.snapshot()

    def _show_type_fields(self, order_type: OrderType) -> None:
        task = order_type is OrderType.TASK
        for name, visible in (("hours", not task), ("minutesPerItem", task), ("quantity", task)):
            getattr(self.ui, name).setVisible(visible)
            getattr(self.ui, f"{name}Label").setVisible(visible)

    def _order_type_changed(self) -> None:
        order_type = OrderType(self.ui.orderType.currentData())
        self._show_type_fields(order_type)
        if self._loading:
            return
        reason = self.ui.typeReason.toPlainText().strip()
        if not reason or reason in DEFAULT_REASONS.values():
            self.ui.typeReason.setPlainText(DEFAULT_REASONS[order_type])

    # the editor the window asks before leaving (gui/edits.py)

    def _draft_context(self) -> dict | None:  # type: ignore[type-arg]
        if self._current is None or self._current_draft is None:
            return None
        current = self._current
        return {"record": current.id, "problem": current.problem_id, "client": self.desk.client_id}

    def has_unsaved(self) -> bool:
        return self.edits.unsaved()

    def save_edits(self) -> bool:
        return self.apply()

    def discard_edits(self) -> None:
        self._revert()

    def unsaved_subject(self) -> str:
        saved = self._current_draft.title if self._current_draft is not None else ""
        return self.tr("work item “{title}”").format(title=self.ui.title.text().strip() or saved)

    def _leave_item(self) -> bool:
        """Before the item's form is replaced (another item, a new one, a move, the posting)."""
        return self._current is None or ask_to_leave(self, self)

    def restore_draft(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Shows a recovered draft of a work item in the form (unsaved until saved or discarded)."""
        record = entry.get("record")
        self._select(int(entry.get("problem") or 0), record)
        if self._current is None or self._current.id != record:
            return  # the item is gone: nothing to put the draft into
        self.edits.restore(entry.get("values", {}))

    def restore_posting(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Opens the posting editor of a work item with its recovered draft (unsaved)."""
        record = entry.get("record")
        problem = next((p.id for p in self.model.problems() if any(i.id == record for i in p.items)), None)
        if problem is None or self.desk.store is None or not self._leave_item():
            return
        self._select(problem, record)
        try:
            dialog = self.posting_dialog(int(record))  # type: ignore[arg-type]
        except Exception as exc:
            warn(self, self.tr("Posting"), exc)
            return
        dialog.edits.restore(entry.get("values", {}))
        dialog.exec()

    def read_form(self) -> tuple[WorkItemDraft, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []

        def count(field: str, widget: QLineEdit) -> int | None:
            value, found = parse_count(field, widget.text())
            errors.extend(found)
            return value

        hours, found = parse_hours("hours", ui.hours.text())
        errors += found
        start, found = parse_date("start_date", ui.startDate.text())
        errors += found
        due, found = parse_date("due_date", ui.dueDate.text())
        errors += found
        order_type = OrderType(ui.orderType.currentData())
        task = order_type is OrderType.TASK
        draft = WorkItemDraft(
            title=ui.title.text(),
            order_type=order_type,
            type_reason=ui.typeReason.toPlainText(),
            category_id=ui.category.currentData() or "",
            deliverables=ui.deliverables.toPlainText(),
            skills=ui.skills.text(),
            hours=None if task else hours,
            minutes_per_item=count("minutes_per_item", ui.minutesPerItem) if task else None,
            quantity=count("quantity", ui.quantity) if task else None,
            budget_min=count("budget_min", ui.budgetMin),
            budget_max=count("budget_max", ui.budgetMax),
            start_date=start,
            due_date=due,
        )
        return draft, errors + draft.errors()

    def apply(self) -> bool:
        """Writes the form to the selected work item as one undoable step."""
        from ..services import breakdown

        if self._current is None or self._current_draft is None or self.desk.store is None:
            return True
        draft, errors = self.read_form()
        if errors:
            show_field_errors(self.ui.errors, self.widgets, errors)
            return False
        draft = replace(draft, title=draft.title.strip())
        old, item_id, store = self._current_draft, self._current.id, self.desk.store
        if draft == old:
            show_field_errors(self.ui.errors, self.widgets, [])
            self.edits.snapshot()
            return True

        def write(value: WorkItemDraft, base: WorkItemDraft) -> Callable[[], None]:
            def run() -> None:  # what someone else saved meanwhile is kept (store/versions)
                breakdown.update_work_item(store, item_id, value, base=base)

            return run

        try:  # the first write here, so a refusal leaves what was typed in the form
            write(draft, old)()
        except Exception as exc:
            warn(self, self.tr("Breakdown"), exc)
            return False
        self._select_after = (self._current.problem_id, item_id)
        self.edits.snapshot()  # what is typed is saved: the reload shows it as saved
        self.desk.undo.push(StoreCommand(self.desk, self.tr("Edit “{title}”").format(title=draft.title),
                                         write(draft, old), write(old, draft), done=True))  # fmt: skip
        return True

    def _revert(self) -> None:
        if self._current_draft is not None:
            self._show_item(self._current_draft)

    def posting_dialog(self, item_id: int):  # type: ignore[no-untyped-def]
        """The posting editor for a work item (built here so tests can drive it)."""
        from ..domain.rules import load_reference
        from ..paths import DATA, added_wages_path
        from .posting_dialog import PostingDialog

        if self._reference is None:
            self._reference = load_reference(DATA, added_wages_path(), self.desk.catalogue)
        return PostingDialog(self.desk, item_id, self._reference, self)

    def edit_posting(self) -> None:
        node = self.model.node(self.ui.tree.currentIndex())
        if not isinstance(node, ItemNode) or self.desk.store is None:
            return
        if not self._leave_item():
            return
        try:
            dialog = self.posting_dialog(node.id)
        except Exception as exc:
            warn(self, self.tr("Posting"), exc)
            return
        dialog.exec()

    # --- structure ---------------------------------------------------------------------------

    def _target_problem(self) -> int | None:
        problem = self._problem_of(self.model.node(self.ui.tree.currentIndex()))
        return problem.id if problem else None

    def _insert(self, problem_id: int, draft: WorkItemDraft, label: str) -> None:
        from ..services import breakdown

        store = self.desk.store
        assert store is not None
        state: dict[str, int | None] = {"id": None}

        def do() -> None:
            state["id"] = breakdown.insert_work_item(store, problem_id, draft, item_id=state["id"])
            self._select_after = (problem_id, state["id"])

        def undo() -> None:
            breakdown.delete_work_item(store, state["id"])  # type: ignore[arg-type]
            self._select_after = (problem_id, None)

        self.desk.undo.push(StoreCommand(self.desk, label, do, undo))

    def add_item(self) -> None:
        problem_id = self._target_problem()
        if problem_id is None or not self._leave_item():
            return
        draft = WorkItemDraft(title=self.tr("New work item"),
                              type_reason=DEFAULT_REASONS[OrderType.PROJECT])  # fmt: skip
        self._insert(problem_id, draft, self.tr("Add work item"))
        self.ui.title.setFocus()
        self.ui.title.selectAll()

    def add_proposal(self) -> None:
        problem = self._problem_of(self.model.node(self.ui.tree.currentIndex()))
        templates = self._templates(problem)
        index = self.ui.proposals.currentData()
        if problem is None or index is None or index >= len(templates):
            return
        if not self._leave_item():
            return
        template = templates[index]
        self._insert(problem.id, from_template(template, problem.held_on),
                     self.tr("Add “{title}”").format(title=template.title))  # fmt: skip

    def remove_selected(self) -> None:
        from ..services import breakdown, consultations

        node = self.model.node(self.ui.tree.currentIndex())
        store = self.desk.store
        if node is None or store is None:
            return
        if isinstance(node, ItemNode):
            kept: dict[str, object] = {}

            def do() -> None:
                kept["row"] = breakdown.delete_work_item(store, node.id)
                self._select_after = (node.problem_id, None)

            def undo() -> None:
                row = kept["row"]
                breakdown.insert_work_item(store, row.problem_id, row.draft, row.position, row.id)  # type: ignore[attr-defined]
                self._select_after = (node.problem_id, node.id)

            label = self.tr("Remove “{title}”").format(title=node.title)
        else:
            removed: dict[str, object] = {}

            def do() -> None:
                removed["problem"] = consultations.remove_problem(store, node.id)

            def undo() -> None:
                consultations.restore_problem(store, removed["problem"])  # type: ignore[arg-type]
                self._select_after = (node.id, None)

            label = self.tr("Remove problem “{title}”").format(title=node.title)
        self._current = None
        self.desk.undo.push(StoreCommand(self.desk, label, do, undo))

    def move_selected(self, step: int) -> None:
        from ..services import breakdown

        node = self.model.node(self.ui.tree.currentIndex())
        store = self.desk.store
        if not isinstance(node, ItemNode) or store is None:
            return
        if not self._leave_item():
            return
        siblings = next(p.items for p in self.model.problems() if p.id == node.problem_id)
        old = next(i for i, item in enumerate(siblings) if item.id == node.id)
        new = old + step
        if not 0 <= new < len(siblings):
            return

        def move(position: int) -> Callable[[], None]:
            def run() -> None:
                breakdown.move_work_item(store, node.id, position)
                self._select_after = (node.problem_id, node.id)

            return run

        label = self.tr("Move “{title}”").format(title=node.title)
        self.desk.undo.push(StoreCommand(self.desk, label, move(new), move(old)))
