"""One participant's questionnaire before or after the workshop, typed from the paper sheet.

The grid is built from the questionnaire's items (domain/workshop.py: ITEMS) rather than drawn in
Designer, so a new item appears here, in the store and in the summary at once. Each item is a row of
radio buttons 1–5 under the words of the scale, with 「無回答」 for a question left blank; the
ordering question is answered はい / 検討中 / いいえ. A digit answers the question in focus and
moves on, so a sheet is typed as four digits and Enter; with more participants to go, the default
button saves and opens the next one's sheet: twenty paper questionnaires are typed in one go.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.workshop import ITEMS, ORDERING, ORDERING_TEXT_JA, Answers, Intention, Phase

SCALE = (
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "Strongly disagree"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "Disagree"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "Neither"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "Agree"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "Strongly agree"),
)
"""The words of the 5-point scale, 1 to 5 (全くそう思わない … とてもそう思う)."""
INTENTIONS = (
    (Intention.YES, "yes", QT_TRANSLATE_NOOP("QuestionnaireDialog", "Yes")),
    (Intention.UNDECIDED, "undecided", QT_TRANSLATE_NOOP("QuestionnaireDialog", "Considering")),
    (Intention.NO, "no", QT_TRANSLATE_NOOP("QuestionnaireDialog", "No")),
)
NO_ANSWER = 0
"""The id of the 「無回答」 button in each row's group."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionnaireDialog", text)


class QuestionnaireDialog(QDialog):
    """The answers of one phase; `answers()` reads them once the dialog is accepted, and
    `next_wanted` says whether the facilitator asked for the next participant's sheet."""

    def __init__(
        self, company: str, phase: Phase, answers: Answers, has_next: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("questionnaireDialog")
        self.next_wanted = False
        before = phase is Phase.BEFORE
        title = self.tr("Questionnaire before — {company}") if before else self.tr(
            "Questionnaire after — {company}"
        )
        self.setWindowTitle(title.format(company=company))
        layout = QVBoxLayout(self)
        heading = QLabel(company, self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        note = QLabel(
            self.tr("Before the workshop: as the participant answered on arrival.")
            if before
            else self.tr("After the workshop: as the participant answered at the end."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for score, words in enumerate(SCALE, start=1):
            header = QLabel(f"{score}\n{_tr(words)}", self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, score)
        blank = QLabel(self.tr("No answer"), self)
        blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(blank, 0, 6)
        self.groups: dict[str, QButtonGroup] = {}
        for index, item in enumerate(ITEMS):
            row = 1 + 2 * index  # the sentence on its own line, its scale below it, as on the paper
            text = QLabel(f"{index + 1}. {item.text_ja}", self)
            text.setWordWrap(True)
            grid.addWidget(text, row, 0, 1, 7)
            group = self._group(item.id)
            for score in range(1, 6):
                button = self._radio(f"{item.id}_{score}", f"{score}", group, score)
                grid.addWidget(button, row + 1, score, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(self._radio(f"{item.id}_none", "–", group, NO_ANSWER), row + 1, 6,
                           Qt.AlignmentFlag.AlignCenter)  # fmt: skip
            chosen = answers.scores.get(item.id, NO_ANSWER)
            group.button(chosen).setChecked(True)
        grid.setColumnMinimumWidth(0, 16)
        for column in range(1, 7):
            grid.setColumnMinimumWidth(column, 96)  # the scale evenly spaced, as on the paper
        layout.addLayout(grid)

        ordering = QGridLayout()
        ordering.addWidget(QLabel(f"{len(ITEMS) + 1}. {ORDERING_TEXT_JA}", self), 0, 0)
        group = self._group(ORDERING)
        for column, (value, name, words) in enumerate(INTENTIONS, start=1):
            ordering.addWidget(self._radio(f"ordering_{name}", _tr(words), group, value.value), 0, column)
        ordering.addWidget(self._radio("ordering_none", self.tr("No answer"), group, NO_ANSWER), 0, 4)
        ordering.setColumnStretch(0, 1)
        group.button(answers.ordering.value if answers.ordering is not None else NO_ANSWER).setChecked(True)
        layout.addLayout(ordering)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.next_button: QAbstractButton | None = None
        if has_next:
            self.next_button = self.buttons.addButton(
                self.tr("Save and next participant"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.next_button.setObjectName("saveAndNext")
            self.next_button.setDefault(True)
        self.buttons.clicked.connect(self._clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)  # the scale's words read whole; fits a 1024×768 projector

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._focus_group(0)

    def _focus_group(self, index: int) -> None:
        groups = list(self.groups.values())
        if index < len(groups):
            (groups[index].checkedButton() or groups[index].buttons()[0]).setFocus()
        else:
            (self.next_button or self.buttons.button(QDialogButtonBox.StandardButton.Save)).setFocus()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Typing a sheet: a digit answers the question in focus and moves to the next one (1–5 on
        the scale, 1–3 for はい / 検討中 / いいえ as shown, 0 for no answer)."""
        text = event.text()
        names = list(self.groups)
        focused = self.focusWidget()
        at = next((i for i, n in enumerate(names) if focused in self.groups[n].buttons()), None)
        if at is None or len(text) != 1 or not text.isdigit():
            super().keyPressEvent(event)
            return
        group, digit = self.groups[names[at]], int(text)
        if names[at] == ORDERING:
            shown = [value for value, _name, _words in INTENTIONS]
            value = shown[digit - 1].value if 1 <= digit <= len(shown) else None
        else:
            value = digit if 1 <= digit <= 5 else None
        if digit == 0:
            value = NO_ANSWER
        if value is None:
            super().keyPressEvent(event)
            return
        group.button(value).setChecked(True)
        self._focus_group(at + 1)

    def _group(self, name: str) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.groups[name] = group
        return group

    def _radio(self, name: str, text: str, group: QButtonGroup, value: int) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setAutoExclusive(False)  # the group makes each row exclusive, not the whole dialog
        group.addButton(button, value)
        return button

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.next_wanted = button is self.next_button
            self.accept()

    def answers(self) -> Answers:
        scores = {
            item.id: self.groups[item.id].checkedId()
            for item in ITEMS
            if self.groups[item.id].checkedId() > NO_ANSWER
        }
        ordering = self.groups[ORDERING].checkedId()
        return Answers(scores, Intention(ordering) if ordering > NO_ANSWER else None)
