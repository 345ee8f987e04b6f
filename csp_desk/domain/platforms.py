"""The crowdsourcing platforms a worker or a posting is on: a stable id is stored, a name is shown.

A producer may type a platform the list does not know; it is kept as typed.
"""

from __future__ import annotations

import unicodedata

from .text import QT_TRANSLATE_NOOP

NAMES = {
    "crowdworks": QT_TRANSLATE_NOOP("platform", "CrowdWorks"),
    "lancers": QT_TRANSLATE_NOOP("platform", "Lancers"),
    "coconala": QT_TRANSLATE_NOOP("platform", "Coconala"),
    "direct": QT_TRANSLATE_NOOP("platform", "Direct (no platform)"),
}
"""Names to translate when shown (the Japanese interface shows NAMES_JA)."""
NAMES_JA = {
    "crowdworks": "クラウドワークス",
    "lancers": "ランサーズ",
    "coconala": "ココナラ",
    "direct": "直接取引（プラットフォームなし）",
}
"""The Japanese names, for searching and for reading back what a producer typed or picked."""


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold().replace(" ", "")


_IDS = {_key(name): pid for names in (NAMES, NAMES_JA) for pid, name in names.items()} | {
    _key(pid): pid for pid in NAMES
}
_IDS |= {_key(name.split("（")[0]): pid for pid, name in NAMES_JA.items()}  # 直接取引
_IDS |= {_key(name.split(" (")[0]): pid for pid, name in NAMES.items()}  # Direct


def platform_id(text: str) -> str:
    """The stored id for a platform's id or its name in either language; other text as typed."""
    return _IDS.get(_key(text), text.strip())


def name_ja(platform: str) -> str:
    """The Japanese name of a known platform id, or the text itself."""
    return NAMES_JA.get(platform, platform)
