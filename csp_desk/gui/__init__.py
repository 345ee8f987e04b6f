"""The Qt window: pages, dialogs, table models. Shows and asks; decisions live in domain/."""

from . import language  # noqa: F401  (the window's translators follow i18n.install)
