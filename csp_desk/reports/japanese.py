"""Rule findings in Japanese for documents, whatever the interface's language, without Qt.

The rules' messages are English sources translated into the interface language in the window
(i18n.finding_texts). A document handed to a client is always Japanese, whatever that language is,
so the Japanese catalogue (i18n.catalogue) is used here. A message missing there is written as its
source, never left out.
"""

from __future__ import annotations

from collections.abc import Mapping

SEPARATOR = "、"


def _catalogue() -> dict[tuple[str, str], str]:
    from ..i18n import catalogue

    return catalogue("ja")


def _ja(context: str, text: str) -> str:
    """`text` (an English source of `context`) in Japanese, or as it is when not translated."""
    return _catalogue().get((context, text), text)


def _param(value: object, context: str) -> object:
    if isinstance(value, list | tuple):
        from ..domain.text import quoted

        return SEPARATOR.join(quoted(item, lambda text: _ja(context, text)) or _ja(context, str(item))
                              for item in value)  # fmt: skip
    if isinstance(value, str):
        return _ja(context, value)
    return value


def _format(template: str, params: Mapping[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def finding_ja(message: str, basis: str, params: Mapping[str, object]) -> tuple[str, str]:
    """A finding's message (its parameters filled in) and its legal basis, in Japanese."""
    filled = {key: _param(value, "rules") for key, value in params.items()}
    text = _format(_ja("rules", message), filled)
    if text == _ja("rules", message) and filled and "{" in text:
        text = _format(message, filled)  # a translation whose fields do not fit: the source instead
    return text, _ja("basis", basis)


def state_ja(value: str) -> str:
    """An order's state (domain.lifecycle.State's value) in Japanese, as the window names it."""
    from ..domain.lifecycle import LABELS, State

    try:
        return _ja("state", LABELS[State(value)])
    except (ValueError, KeyError):
        return value
