"""The projector view of a workshop: large, high-contrast slides on the second screen (or in a
window the facilitator moves), and the facilitator's controls on the main screen.

Slides: the title page, each agenda item in turn, then one volunteer's problems, its breakdown
(one slide per problem), its posting draft and the posting's live checklist — the same reads and
the same checker as the posting editor. Only the volunteer's work is read, and only once it is
chosen; its posting is read and checked when its slide is first shown. What may be shown of the
participants is decided by domain/projector.py (`projected`): no names, contacts or money unless
the facilitator ticks 「参加者名・金額を表示」.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..domain.order_types import DEFAULT_REASONS, LABELS, OrderType
from ..domain.projector import (
    HIDDEN_CONTACT,
    HIDDEN_MONEY,
    OTHER_PARTICIPANT,
    PARTICIPANT_LABEL,
    Disclosure,
    SlideKey,
    SlideKind,
    budget_band,
    letter,
    projected,
    slide_keys,
)

if TYPE_CHECKING:
    from ..domain.rules import Reference
    from ..store.projector import PostingDraft, Show, VolunteerWork
    from .context import Desk

log = logging.getLogger(__name__)

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Return,
             Qt.Key.Key_Enter, Qt.Key.Key_N)  # fmt: skip
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_P)
PANEL_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
"""Keys a presenter's clicker sends, stepping the slides wherever the focus is in the panel."""
CHOOSE_DELAY_MS = 300
WINDOWED = (1024, 768)
"""The projector window's size on a single screen (the facilitator moves it to the projector)."""

STYLE = """
QWidget#projector { background: #ffffff; }
QLabel { color: #111111; background: transparent; }
QLabel#slideHeading { font-size: 44pt; font-weight: bold; color: #0b1f3a;
                      border-bottom: 6px solid #0b1f3a; padding-bottom: 8px; }
QLabel[slide="body"] { font-size: 28pt; }
QLabel[kind="current"] { font-weight: bold; color: #000000; background: #e8eef8;
                         border-left: 14px solid #1b3d6d; padding: 4px 12px; }
QLabel[kind="dim"] { color: #3a3a3a; padding-left: 26px; }
QLabel[kind="note"] { color: #333333; font-style: italic; }
QLabel[kind="error"] { border-left: 14px solid #b42318; padding-left: 14px; }
QLabel[kind="warning"] { border-left: 14px solid #b54708; padding-left: 14px; }
QLabel[kind="info"] { border-left: 14px solid #475467; padding-left: 14px; }
QLabel[kind="item"] { padding-left: 4px; }
QLabel#slideMore { font-size: 28pt; color: #333333; }
QLabel#slideFooter { font-size: 20pt; color: #333333; border-top: 2px solid #999999; padding-top: 6px; }
"""


@dataclass(frozen=True)
class Slide:
    heading: str
    lines: tuple[tuple[str, str], ...] = ()
    """(text, kind): kind is item, current, dim, note, error, warning or info."""
    paged: bool = True
    """Lines past the screen are shown by the next step; else (the agenda's coming items, which
    are only context) they are left out."""


class ProjectorWindow(QWidget):
    """The slides, in large type: dark text on white, severity said in words as well as colour."""

    painted = Signal()
    stepped = Signal(int)
    closed = Signal()
    fullScreenChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("Projector"))
        self.setStyleSheet(STYLE)
        self.was_painted = False
        self._closing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 36, 56, 24)
        layout.setSpacing(18)
        self.heading = self._label("slideHeading")
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(14)
        layout.addLayout(self.body)
        self.more = self._label("slideMore")
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.footer = self._label("slideFooter")
        layout.addWidget(self.footer)
        self._lines: list[QLabel] = []
        self._slide = Slide("")
        self._start = 0
        """The first line shown: a slide longer than the screen is shown a screenful at a time."""
        self._starts: list[int] = []
        self.has_more = False

    def _label(self, name: str, kind: str = "") -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # what participants typed is never markup
        label.setWordWrap(True)
        if kind:
            label.setProperty("slide", "body")
            label.setProperty("kind", kind)
        return label

    def show_slide(self, slide: Slide, footer: str) -> None:
        self._slide = slide
        self._start, self._starts = 0, []
        self.footer.setText(footer)
        for label in self._lines:
            self.body.removeWidget(label)
            label.deleteLater()
        self._lines = []
        for text, kind in slide.lines:
            label = self._label("slideLine", kind)
            label.setText(text)
            self.body.addWidget(label)
            self._lines.append(label)
        self._fit()

    def _fit(self) -> None:
        """Shows the lines that fit the screen; the rest is counted (「ほか 3 件」)."""
        heading = self._slide.heading
        continued = self.tr("(continued)")
        self.heading.setText(f"{heading} {continued}" if self._start else heading)
        for label in (self.heading, self.footer, self.more, *self._lines):
            label.ensurePolished()  # measured in the slide's large type, not the default font
        margins = self.layout().contentsMargins()
        width = max(200, self.width() - margins.left() - margins.right())
        spacing = self.layout().spacing()
        room = (
            self.height() - margins.top() - margins.bottom()
            - self.heading.heightForWidth(width) - self.footer.heightForWidth(width) - 3 * spacing
        )  # fmt: skip
        self.more.setText(self.tr("… and {count} more (Next shows them)").format(count=99))
        more_height = self.more.heightForWidth(width) + spacing
        used, hidden = 0, 0
        for index, label in enumerate(self._lines):
            if index < self._start:  # shown on an earlier screenful
                label.setVisible(False)
                continue
            need = label.heightForWidth(width) + self.body.spacing()
            rest = len(self._lines) - index - 1
            fits = used + need <= room - (more_height if rest else 0)
            if (fits or used == 0) and not hidden:  # a line taller than the screen still shows
                label.setVisible(True)
                used += need
            else:
                label.setVisible(False)
                hidden += 1
        if not self._slide.paged:
            hidden = 0
        self.has_more = bool(hidden)
        self.more.setText(
            self.tr("… and {count} more (Next shows them)").format(count=hidden) if hidden else ""
        )
        self.more.setVisible(bool(hidden))

    def page_forward(self) -> bool:
        """Shows the next screenful of a long slide; False when it was the last."""
        if not self.has_more:
            return False
        first_hidden = next(i for i, label in enumerate(self._lines) if i >= self._start and label.isHidden())
        self._starts.append(self._start)
        self._start = first_hidden
        self._fit()
        return True

    def page_back(self) -> bool:
        """Shows the screenful before; False on the slide's first one."""
        if not self._starts:
            return False
        self._start = self._starts.pop()
        self._fit()
        return True

    def visible_texts(self) -> list[str]:
        """Every text the room can read now."""
        labels = [self.heading, *self._lines, self.more, self.footer]
        return [label.text() for label in labels if label.isVisibleTo(self) and label.text()]

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11 or (key == Qt.Key.Key_Escape and self.isFullScreen()):
            self.toggle_full_screen()
        elif key in NEXT_KEYS:
            self.stepped.emit(1)
        elif key in PREVIOUS_KEYS:
            self.stepped.emit(-1)
        else:
            super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            if self.windowFlags() & Qt.WindowType.FramelessWindowHint:
                self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)  # a frame to move it by
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullScreenChanged.emit(self.isFullScreen())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._closing:
            self._closing = True
            self.closed.emit()
        super().closeEvent(event)


def place(projector: ProjectorWindow, main: QWidget) -> None:
    """Full screen and frameless on a second screen when there is one; else a window of
    projector size that the facilitator can move (F11 makes it full screen)."""
    main_screen = main.screen()
    others = [s for s in QGuiApplication.screens() if s is not main_screen]
    if others:
        screen = others[0]
        projector.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        projector.setGeometry(screen.geometry())
        projector.winId()  # the native window, to be put on that screen before it shows
        handle = projector.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        projector.showFullScreen()
        return
    width, height = WINDOWED
    if main_screen is not None:
        room = main_screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
        projector.resize(width, height)
        projector.move(room.center().x() - width // 2, room.center().y() - height // 2)
    else:
        projector.resize(width, height)
    projector.show()


class ProjectorPanel(QWidget):
    """The facilitator's controls: workshop, slides (click to jump), 前へ/次へ, the volunteer,
    the privacy switch and the end of the show. Closing it ends the projector view and back."""

    closed = Signal()

    def __init__(self, desk: Desk, main: QWidget, workshop_id: int):
        super().__init__(main, Qt.WindowType.Tool)
        self.setObjectName("projectorPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Projector controls"))
        self.desk, self.main = desk, main
        self._closing = False
        self._reference: Reference | None = None
        self._show: Show | None = None
        self._work: VolunteerWork | None = None
        self._posting: PostingDraft | None = None
        self._posting_loaded = False
        self._volunteer = 0
        self._letters: dict[int, int] = {}
        self._keys: list[SlideKey] = []
        self._current = 0

        self.workshop = QComboBox(self)
        self.workshop.setObjectName("workshop")
        self.volunteer = QComboBox(self)
        self.volunteer.setObjectName("volunteer")
        self.slides = QListView(self)
        self.slides.setObjectName("slides")
        self.slides.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.slide_names = QStringListModel(self)
        self.slides.setModel(self.slide_names)
        self.previous = QPushButton(self.tr("◀ Previous"), self)
        self.previous.setObjectName("previous")
        self.next = QPushButton(self.tr("Next ▶"), self)
        self.next.setObjectName("next")
        self.position = QLabel(self)
        self.position.setObjectName("position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal = QCheckBox(self.tr("Show participants' names and amounts"), self)
        self.reveal.setObjectName("reveal")
        self.privacy_note = QLabel(self)
        self.privacy_note.setObjectName("privacyNote")
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setMinimumHeight(3 * self.privacy_note.fontMetrics().lineSpacing())
        self.full_screen = QPushButton(self.tr("Full screen on/off (F11)"), self)
        self.full_screen.setObjectName("fullScreen")
        self.end = QPushButton(self.tr("End the projector view"), self)
        self.end.setObjectName("endProjector")

        form = QFormLayout()
        form.addRow(self.tr("Workshop"), self.workshop)
        form.addRow(self.tr("Volunteer"), self.volunteer)
        steps = QHBoxLayout()
        steps.addWidget(self.previous)
        steps.addWidget(self.position, 1)
        steps.addWidget(self.next)
        ends = QHBoxLayout()
        ends.addWidget(self.full_screen)
        ends.addWidget(self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Slides (click to jump; PageUp/PageDown or the arrows step)"), self))
        layout.addWidget(self.slides, 1)
        layout.addLayout(steps)
        reveal = QHBoxLayout()  # the box as wide as its words: a click beside them does nothing
        reveal.addWidget(self.reveal)
        reveal.addStretch(1)
        layout.addLayout(reveal)
        layout.addWidget(self.privacy_note)
        layout.addLayout(ends)
        self.resize(420, 560)

        self.projector = ProjectorWindow(main)
        self.projector.stepped.connect(self.step)
        self.projector.closed.connect(self.close)
        self.projector.fullScreenChanged.connect(self._projector_full_screen)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.full_screen.clicked.connect(self.projector.toggle_full_screen)
        self.end.clicked.connect(self.close)
        self.reveal.toggled.connect(self._reveal_toggled)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.projector.toggle_full_screen)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        desk.storeOpened.connect(self.close)
        desk.changed.connect(self._changed)
        main.installEventFilter(self)

        self._fill_workshops(workshop_id)
        self.workshop.currentIndexChanged.connect(self._workshop_chosen)
        # a volunteer takes the projector once the choice rests: stepping through the list with the
        # keyboard must not put each participant passed on the wall
        self._choosing = QTimer(self, singleShot=True, interval=CHOOSE_DELAY_MS)
        self._choosing.timeout.connect(self._volunteer_chosen)
        self.volunteer.currentIndexChanged.connect(lambda _index: self._choosing.start())
        self._jumping = False
        self.slides.selectionModel().currentRowChanged.connect(
            lambda current, _: None if self._jumping else self.go(current.row())
        )
        self._say_privacy(False)
        self._load_show(workshop_id)

    # --- what is shown ---------------------------------------------------------------------

    def _fill_workshops(self, chosen: int) -> None:
        from ..services.workshops import list_workshops

        assert self.desk.store is not None
        rows = list_workshops(self.desk.store)
        self.workshop.blockSignals(True)
        self.workshop.clear()
        for row in rows:
            self.workshop.addItem(f"{row.starts_at:%Y/%m/%d} {row.title}", row.id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(chosen)))
        self.workshop.blockSignals(False)

    def _load_show(self, workshop_id: int) -> None:
        from ..services.workshops import show

        assert self.desk.store is not None
        self._show = show(self.desk.store, workshop_id)
        self.volunteer.blockSignals(True)
        self.volunteer.clear()
        self.volunteer.addItem(self.tr("(no volunteer)"), 0)
        for client_id, name in self._show.participants:
            self.volunteer.addItem(name, client_id)  # the facilitator's own screen: names are fine
        self.volunteer.blockSignals(False)
        self._set_volunteer(0)
        self.go(0)

    def _set_volunteer(self, client_id: int) -> None:
        self._volunteer = client_id
        self._work, self._posting, self._posting_loaded = None, None, False
        if client_id:
            from ..services.workshops import volunteer_work

            self._letters.setdefault(client_id, len(self._letters) + 1)
            assert self.desk.store is not None
            workshop_id = self._show.workshop_id if self._show else 0
            self._work = volunteer_work(self.desk.store, workshop_id, client_id)
        self._rebuild_keys()

    def _rebuild_keys(self) -> None:
        agenda = len(self._show.agenda) if self._show else 0
        counts = None
        if self._work is not None:
            counts = [len(self._entries(i)[0]) for i in range(len(self._work.problems))]
        self._keys = slide_keys(agenda, counts)
        self.slide_names.setStringList([self._slide_name(key) for key in self._keys])

    def _entries(
        self, problem_index: int
    ) -> tuple[list[tuple[str, OrderType, str, int | None, int | None]], bool]:
        """A problem's work items (title, order type, reason, budget band), or — none recorded —
        the catalogue's proposal for it; and whether it is that proposal."""
        assert self._work is not None
        problem = self._work.problems[problem_index]
        recorded = [
            (i.draft.title, OrderType(i.draft.order_type), i.draft.type_reason, i.draft.budget_min,
             i.draft.budget_max)
            for i in problem.items
        ]  # fmt: skip
        if recorded or not problem.catalogue_id or self.desk.catalogue is None:
            return recorded, False
        proposed = self.desk.catalogue.problem(problem.catalogue_id)
        if proposed is None:
            return [], False
        return [
            (t.title, OrderType(t.order_type), "", t.budget_min, t.budget_max) for t in proposed.work_items
        ], True

    def _slide_name(self, key: SlideKey) -> str:
        """The slide's name in the facilitator's list (names are fine there)."""
        if key.kind is SlideKind.TITLE:
            return self.tr("Title page")
        if key.kind is SlideKind.AGENDA and self._show is not None:
            return f"{key.index + 1}. {self._show.agenda[key.index]}"
        shown = self.disclosure()  # the panel may be mirrored to the projector too
        name = self.volunteer.currentText() if shown.reveal else shown.label
        if key.kind is SlideKind.PROBLEMS:
            return self.tr("{name}: problems").format(name=name)
        if key.kind is SlideKind.BREAKDOWN:
            if self._work is None or key.index >= len(self._work.problems):
                return self.tr("{name}: breakdown").format(name=name)
            if key.item >= 0:
                return "    ・" + projected(self._entries(key.index)[0][key.item][0], shown)
            title = projected(self._work.problems[key.index].title, shown)
            return self.tr("{name}: breakdown — {problem}").format(name=name, problem=title)
        if key.kind is SlideKind.POSTING:
            return self.tr("{name}: posting draft").format(name=name)
        return self.tr("{name}: checklist").format(name=name)

    def disclosure(self) -> Disclosure:
        """What the projector may show now (domain/projector.py decides what that hides)."""
        own: list[str] = []
        if self._work is not None:
            c = self._work.client
            own = [c.name, c.kana, c.contact_person, c.address, c.phone, c.email, c.corporate_number]
        if self._posting is not None:
            o = self._posting.order.orderer
            own += [o.name, o.address, o.contact, o.harassment_contact, o.corporate_number]
        others = [name for client_id, name in (self._show.participants if self._show else ())
                  if client_id != self._volunteer]  # fmt: skip
        number = self._letters.get(self._volunteer, 1)
        return Disclosure(
            reveal=self.reveal.isChecked(),
            own=tuple(s for s in own if s),
            others=tuple(others),
            people=self._show.contacts if self._show else (),
            label=i18n.message("projector", PARTICIPANT_LABEL, letter=letter(number)),
            other_label=i18n.message("projector", OTHER_PARTICIPANT),
            hidden_money=i18n.message("projector", HIDDEN_MONEY),
            hidden_contact=i18n.message("projector", HIDDEN_CONTACT),
        )

    def go(self, index: int) -> None:
        if not self._keys:
            return
        self._current = max(0, min(index, len(self._keys) - 1))
        selection = self.slides.selectionModel()
        model_index = self.slide_names.index(self._current, 0)
        if selection.currentIndex() != model_index:
            self._jumping = True  # the list follows the show; its own signal must not jump again
            try:
                self.slides.setCurrentIndex(model_index)
            finally:
                self._jumping = False
        self.slides.scrollTo(model_index)
        self.position.setText(f"{self._current + 1} / {len(self._keys)}")
        title = self._show.title if self._show else ""
        footer = f"{title}    {self._current + 1} / {len(self._keys)}"
        self.projector.show_slide(self.slide(self._keys[self._current]), projected(footer, self.disclosure()))
        self._enable_steps()

    def _enable_steps(self) -> None:
        self.previous.setEnabled(self._current > 0 or bool(self.projector._starts))
        self.next.setEnabled(self._current < len(self._keys) - 1 or self.projector.has_more)

    def step(self, by: int) -> None:
        """One step of the clicker: the next screenful of a long slide, else the next slide."""
        paged = self.projector.page_forward() if by > 0 else self.projector.page_back()
        if paged:
            self._enable_steps()
            return
        self.go(self._current + by)

    def current_key(self) -> SlideKey | None:
        return self._keys[self._current] if self._keys else None

    # --- the slides --------------------------------------------------------------------------

    def slide(self, key: SlideKey) -> Slide:
        show = self._show
        assert show is not None
        if key.kind is SlideKind.TITLE:
            lines = []
            if show.starts_at is not None:
                lines.append((f"{show.starts_at:%Y/%m/%d %H:%M}", "item"))
            for template, value in (
                (self.tr("Venue: {value}"), show.venue),
                (self.tr("Organiser: {value}"), show.organiser),
                (self.tr("Facilitator: {value}"), show.facilitator),
            ):
                if value:
                    lines.append((template.format(value=value), "item"))
            return Slide(show.title, tuple(lines), paged=False)
        if key.kind is SlideKind.AGENDA:
            heading = self.tr("Agenda {number} of {total}").format(
                number=key.index + 1, total=len(show.agenda)
            )
            lines = [(f"▶ {show.agenda[key.index]}", "current")]
            lines += [(f"{i + 1}. {line}", "dim") for i, line in enumerate(show.agenda) if i > key.index]
            return Slide(heading, tuple(lines), paged=False)
        return self._volunteer_slide(key)

    def _volunteer_slide(self, key: SlideKey) -> Slide:
        work, shown = self._work, self.disclosure()
        assert work is not None
        name = shown.label if not shown.reveal else work.client.name
        if key.kind is SlideKind.PROBLEMS:
            heading = self.tr("{name}: problems").format(name=name)
            lines = [(f"・{projected(p.title, shown)}", "item") for p in work.problems]
            return Slide(heading, tuple(lines) or ((self.tr("No problems are recorded yet."), "note"),))
        if key.kind is SlideKind.BREAKDOWN:
            return self._breakdown_slide(key, name, shown)
        self._load_posting()
        shown = self.disclosure()  # the posting's orderer is hidden too
        if key.kind is SlideKind.POSTING:
            return self._posting_slide(name, shown)
        return self._checklist_slide(name, shown)

    def _breakdown_slide(self, key: SlideKey, name: str, shown: Disclosure) -> Slide:
        work = self._work
        assert work is not None
        if not work.problems:
            note = self.tr("No problems are recorded yet.")
            return Slide(self.tr("{name}: breakdown").format(name=name), ((note, "note"),))
        problem = projected(work.problems[key.index].title, shown)
        entries, proposed = self._entries(key.index)
        if key.item < 0:  # the problem's overview: each work item and its order type
            heading = self.tr("{name}: breakdown — {problem}").format(name=name, problem=problem)
            lines: list[tuple[str, str]] = []
            if proposed:
                lines.append((self.tr("Not broken down yet; the catalogue proposes:"), "note"))
            for title, order_type, _reason, _low, _high in entries:
                kind = i18n.message("order_type", LABELS[order_type])
                lines.append((f"■ {projected(title, shown)}（{kind}）", "item"))
            if not entries:
                lines.append((self.tr("No work items are recorded for this problem yet."), "note"))
            return Slide(heading, tuple(lines))
        title, order_type, reason, low, high = entries[key.item]
        why = projected(reason.strip() or DEFAULT_REASONS[order_type], shown)
        lines = [
            (self.tr("Problem: {problem}").format(problem=problem), "dim"),
            (
                self.tr("Order type: {type}").format(type=i18n.message("order_type", LABELS[order_type])),
                "current",
            ),
            (self.tr("Why: {reason}").format(reason=why), "item"),
        ]
        band = budget_band(low, high, shown)
        if band:
            lines.append((self.tr("Budget: {band}").format(band=band), "item"))
        if proposed:
            lines.append((self.tr("Proposed by the catalogue; not recorded yet."), "note"))
        heading = f"{projected(title, shown)}（{key.item + 1}/{len(entries)}）"
        return Slide(heading, tuple(lines))

    def _load_posting(self) -> None:
        """Reads the volunteer's posting draft once, when its slide is first shown."""
        if self._posting_loaded or self._work is None:
            return
        self._posting_loaded = True
        item = self._work.posting_item
        if item is None:
            return
        from ..services.workshops import posting_draft

        assert self.desk.store is not None
        self._posting = posting_draft(self.desk.store, item.id, self.desk.catalogue, item.has_posting)

    def _posting_slide(self, name: str, shown: Disclosure) -> Slide:
        heading = self.tr("{name}: posting draft").format(name=name)
        draft = self._posting
        if draft is None:
            return Slide(heading, ((self.tr("No posting is drafted yet."), "note"),))
        order = draft.order
        lines = [(projected(order.title, shown) or self.tr("(no title yet)"), "current")]
        kind = OrderType(order.order_type) if order.order_type in OrderType._value2member_map_ else None
        if kind is not None:
            lines.append(
                (self.tr("Order type: {type}").format(type=i18n.message("order_type", LABELS[kind])), "item")
            )
        reward = order.reward
        if reward.amount is not None:
            lines.append(
                (
                    self.tr("Reward: {band}").format(band=budget_band(reward.amount, reward.amount, shown)),
                    "item",
                )
            )
        elif reward.min is not None or reward.max is not None:
            lines.append(
                (self.tr("Reward: {band}").format(band=budget_band(reward.min, reward.max, shown)), "item")
            )
        elif reward.by_quote:
            lines.append((self.tr("Reward: by quote"), "item"))
        if order.deliverables.strip():
            lines.append(
                (
                    self.tr("Deliverables: {text}").format(text=projected(_short(order.deliverables), shown)),
                    "item",
                )
            )
        if order.description.strip():
            lines.append((projected(_short(order.description, 120), shown), "dim"))
        if not draft.saved:
            lines.append((self.tr("A first draft made from the work item; not saved yet."), "note"))
        return Slide(heading, tuple(lines))

    def checklist(self) -> list[tuple[str, str, bool]]:
        """The live checklist of the posting editor over the volunteer's draft: (text, severity,
        whether a reason is recorded for it)."""
        from ..domain.rules import Severity, check

        draft = self._posting
        if draft is None:
            return []
        findings = check(draft.order, reference=self._reference_data(), record=draft.record)
        out = []
        for finding in findings:
            word = i18n.severity_word(finding.severity.value)
            text = f"{word}　{finding.rule}　{i18n.finding_texts(finding)[0]}"
            accepted = finding.rule in draft.reasons and finding.severity is not Severity.ERROR
            if accepted:
                text += "　" + self.tr("(reason recorded)")
            out.append((text, finding.severity.value, accepted))
        return out

    def _checklist_slide(self, name: str, shown: Disclosure) -> Slide:
        heading = self.tr("{name}: checklist").format(name=name)
        if self._posting is None:
            return Slide(heading, ((self.tr("No posting is drafted yet."), "note"),))
        rows = self.checklist()
        errors = sum(kind == "error" for _text, kind, _accepted in rows)
        warnings = sum(kind == "warning" and not accepted for _text, kind, accepted in rows)
        summary = QCoreApplication.translate("PostingDialog", "{errors} errors, {warnings} warnings").format(
            errors=errors, warnings=warnings
        )
        lines = [(summary, "current")] + [(projected(text, shown), kind) for text, kind, _accepted in rows]
        if not rows:
            lines.append((self.tr("Every rule is met."), "note"))
        return Slide(heading, tuple(lines))

    def _reference_data(self) -> Reference:
        if self._reference is None:
            from ..domain.rules import load_reference
            from ..paths import DATA, added_wages_path

            self._reference = load_reference(DATA, added_wages_path(), self.desk.catalogue)
        return self._reference

    # --- the facilitator's actions --------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        """Shows another workshop from its title page (the workshops page's own button, say)."""
        index = self.workshop.findData(workshop_id)
        if index >= 0 and index != self.workshop.currentIndex():
            self.workshop.setCurrentIndex(index)  # loads it (_workshop_chosen)

    def _workshop_chosen(self, _index: int) -> None:
        from ..store.errors import NotFound

        workshop_id = self.workshop.currentData()
        if workshop_id:
            try:
                self._load_show(int(workshop_id))
            except NotFound:  # deleted on the page meanwhile: the list as it is now
                if self._show is not None:
                    self._reload()
                else:
                    self.close()

    def _reload(self) -> None:
        """After the workshops or a participant's work changed elsewhere: the same workshop,
        volunteer and slide where they still exist; the newest workshop when it was removed."""
        from ..services.workshops import list_workshops
        from ..store.errors import NotFound

        assert self._show is not None and self.desk.store is not None
        keep, volunteer, workshop_id = self._current, self._volunteer, self._show.workshop_id
        ids = [row.id for row in list_workshops(self.desk.store)]
        if not ids:
            self.close()
            return
        if workshop_id not in ids:
            workshop_id, keep, volunteer = ids[0], 0, 0
        self._fill_workshops(workshop_id)
        self._load_show(workshop_id)
        index = self.volunteer.findData(volunteer)
        if volunteer and index > 0:
            self.volunteer.blockSignals(True)
            self.volunteer.setCurrentIndex(index)
            self.volunteer.blockSignals(False)
            try:
                self._set_volunteer(volunteer)
            except NotFound:
                self._set_volunteer(0)
        self.go(keep)

    def _volunteer_chosen(self) -> None:
        if self.reveal.isChecked():  # shown for one company, not for the next one at once
            self.reveal.setChecked(False)
        self._set_volunteer(int(self.volunteer.currentData() or 0))
        first = next((i for i, k in enumerate(self._keys) if k.kind is SlideKind.PROBLEMS), self._current)
        self.go(first if self._volunteer else min(self._current, len(self._keys) - 1))

    def _reveal_toggled(self, on: bool) -> None:
        self._say_privacy(on)
        self.slide_names.setStringList([self._slide_name(key) for key in self._keys])
        self.go(self._current)

    def _say_privacy(self, on: bool) -> None:
        self.privacy_note.setText(
            self.tr("The projector shows participants' names, contacts and amounts.") if on
            else self.tr("The projector hides participants' names, contacts and amounts "
                    "(the volunteer is shown as Participant A, B, …).")
        )  # fmt: skip

    def _changed(self, what: str) -> None:
        if what in ("workshops", "clients", "consultations", "breakdown") and self._show is not None:
            self._reload()

    def _projector_full_screen(self, full: bool) -> None:
        """On a single screen (perhaps mirrored to the projector) the panel steps aside while the
        projector fills the screen; the projector's own keys step, F11 or Esc bring it back."""
        if self.projector.screen() is not self.main.screen():
            return
        if full:
            self.hide()
            self.projector.activateWindow()
        else:
            self.show()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main:
            if event.type() == QEvent.Type.Hide and not event.spontaneous():
                self.close()  # the main window closed
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            by = PANEL_KEYS.get(Qt.Key(event.key()))
            if by is None and event.key() == Qt.Key.Key_Space and watched is self.slides:
                by = 1
            if by is not None:
                self.step(by)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        by = PANEL_KEYS.get(Qt.Key(event.key()))
        if by is not None or event.key() == Qt.Key.Key_Space:
            self.step(by or 1)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._closing:
            self._closing = True
            self._choosing.stop()
            self.main.removeEventFilter(self)
            self.desk.storeOpened.disconnect(self.close)
            self.desk.changed.disconnect(self._changed)
            self.projector.closed.disconnect(self.close)
            self.projector.close()
            self.closed.emit()
        super().closeEvent(event)


def _short(text: str, limit: int = 80) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def open_projector(
    main: QWidget, desk: Desk, current: ProjectorPanel | None, workshop_id: int | None = None
) -> ProjectorPanel | None:
    """Opens the controls and the projector for `workshop_id`, or the newest workshop (when the
    panel is open already it is brought to the front, switched to `workshop_id` when given).
    Says so when there is no workshop."""
    if current is not None:
        if workshop_id is not None:
            current.show_workshop(workshop_id)
        current.show()
        current.raise_()
        current.activateWindow()
        return current
    if desk.store is None:
        return None
    from ..services.workshops import list_workshops

    rows = list_workshops(desk.store)
    if not rows:
        QMessageBox.information(
            main,
            QCoreApplication.translate("ProjectorPanel", "Projector view"),
            QCoreApplication.translate(
                "ProjectorPanel",
                "There is no workshop yet. Plan one on the Workshops page, then open the projector view.",
            ),
        )
        return None
    known = {row.id for row in rows}
    panel = ProjectorPanel(desk, main, workshop_id if workshop_id in known else rows[0].id)
    place(panel.projector, main)
    panel.show()
    panel.raise_()
    return panel
