"""Money rules in whole yen: withholding income tax on fees paid to individuals (REFERENCE §5)."""

from __future__ import annotations

# Categories whose fees are 報酬・料金 under Income Tax Act 204(1)(i) when paid to an individual:
# 原稿 (articles, copy, naming), デザイン, 翻訳. Programming, site coding, data entry, lists,
# transcription and research are not (§5.1); web jobs need their design part split (TAX-04).
WITHHOLDING_PREFIXES = ("design.", "writing.", "translation.", "naming", "sns.")
NOT_WITHHELD = frozenset({"writing.transcription", "design.photo"})


def withholding(base: int) -> int:
    """Withholding on one payment of `base` yen (10.21 %, 20.42 % above ¥1,000,000), truncated."""
    if base < 0:
        raise ValueError("a payment cannot be negative")
    if base <= 1_000_000:
        return base * 1021 // 10000
    return (base - 1_000_000) * 2042 // 10000 + 102_100


def category_is_withheld(category: str) -> bool:
    return category not in NOT_WITHHELD and category.startswith(WITHHOLDING_PREFIXES)
