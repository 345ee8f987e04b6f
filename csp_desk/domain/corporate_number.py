"""The 13-digit corporate number (法人番号) and its check digit (REFERENCE §6.2)."""

from __future__ import annotations

from .text import normalise

_SEPARATORS = str.maketrans("", "", " -‐−–ー")


def clean(raw: str) -> str:
    """Half-width digits with spaces and hyphens removed: what we store and check."""
    return normalise(raw).translate(_SEPARATORS)


def check_digit(base12: str) -> int:
    """The leading check digit for a 12-digit base number: 9 − (Σ Pn × Qn mod 9)."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return 9 - total % 9


def is_valid(number: str) -> bool:
    """True when `number` (already cleaned) is 13 digits whose first digit checks the rest."""
    return (
        len(number) == 13
        and number.isascii()
        and number.isdigit()
        and int(number[0]) == check_digit(number[1:])
    )
