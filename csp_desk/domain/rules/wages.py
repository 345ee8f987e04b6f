"""Reward against the minimum wage (POST-16) and the employment-likeness scan (POST-13)."""

from __future__ import annotations

from ..employment import posting_hits, quotes, severity, states_hourly_pay
from ..orders import Order
from ..text import QT_TRANSLATE_NOOP
from . import Context, Finding, Severity, rule

B_WAGE = QT_TRANSLATE_NOOP(
    "basis", "Telework guideline on rewards (minimum wage as a reference); Freelance Act Art 5"
)
B_EMPLOYMENT = QT_TRANSLATE_NOOP(
    "basis", "Association checklist items 13–14; criteria for workers under the Labour Standards Act"
)

SOURCE_WORDS = {
    "worker": QT_TRANSLATE_NOOP("rules", "the worker's prefecture"),
    "orderer": QT_TRANSLATE_NOOP("rules", "the orderer's prefecture"),
    "national": QT_TRANSLATE_NOOP("rules", "national weighted average"),
}
CONSUMPTION_TAX_PERCENT = 10


def hourly_equivalent(order: Order) -> int | None:
    """The reward per estimated hour, excluding consumption tax; None when it cannot be known."""
    reward = order.reward
    amount = reward.amount if reward.amount is not None else reward.min
    if amount is None:
        return None
    if reward.tax == "included":
        amount = amount * 100 // (100 + CONSUMPTION_TAX_PERCENT)
    pricing = order.effective_pricing
    if pricing == "hourly":
        return amount
    if pricing == "per_item":
        minutes = order.estimated_minutes_per_item
        return None if not minutes else int(amount * 60 / minutes)
    hours = order.estimated_hours
    return None if not hours else int(amount / hours)


@rule("POST-16")
def reward_against_minimum_wage(c: Context) -> Finding | None:
    if c.reference is None:
        return None
    hourly = hourly_equivalent(c.order)
    if hourly is None:
        return None
    worker = c.order.worker
    if worker is not None and worker.prefecture:
        prefecture, source = worker.prefecture, "worker"
    elif c.order.orderer.prefecture:
        prefecture, source = c.order.orderer.prefecture, "orderer"
    else:
        prefecture, source = None, "national"
    order = c.order
    on = order.contract.contracted_on if order.contract and order.contract.contracted_on else c.today
    wages = c.reference.wages
    wage = wages.in_force(prefecture, on)
    if wage is None:
        return None
    if wage.prefecture != prefecture:
        source = "national"
    params: dict[str, object] = {
        "hourly": hourly,
        "wage": wage.yen,
        "place": wage.prefecture if source != "national" else SOURCE_WORDS["national"],
        "source": SOURCE_WORDS[source],
        "year": wage.fiscal_year,
    }
    stale = wages.may_be_stale(on)
    due = wages.newer_year_due()
    if stale and due is not None:
        params.update(newest=wages.newest_year, next=wages.newest_year + 1, since=due.isoformat())
    competition = c.order.order_type == "competition"
    if hourly < wage.yen:
        message = STALE_BELOW if stale else QT_TRANSLATE_NOOP(
            "rules",
            "The reward comes to about ¥{hourly:,} an hour, below the minimum wage of ¥{wage:,} "
            "({place}, FY{year}; from {source}), which the guideline asks orderers to consider.",
        )  # fmt: skip
        severity = Severity.INFO if competition else Severity.WARNING
        return Finding("POST-16", severity, message, B_WAGE, "reward.amount", params)
    if hourly * 100 < wage.yen * 110:
        message = STALE_NEAR if stale else QT_TRANSLATE_NOOP(
            "rules",
            "The reward comes to about ¥{hourly:,} an hour, less than 10 % above the minimum wage "
            "of ¥{wage:,} ({place}, FY{year}; from {source}).",
        )  # fmt: skip
        return Finding("POST-16", Severity.INFO, message, B_WAGE, "reward.amount", params)
    return None


STALE_BELOW = QT_TRANSLATE_NOOP(
    "rules",
    "The reward comes to about ¥{hourly:,} an hour, below the minimum wage of ¥{wage:,} "
    "({place}, FY{year}; from {source}), which the guideline asks orderers to consider. The table "
    "may be out of date: it ends at FY{newest}, and FY{next} should be in force since {since}. Add "
    "the new year's figures in Preferences ▸ Minimum wages ▸ Add a year from a CSV file…",
)
STALE_NEAR = QT_TRANSLATE_NOOP(
    "rules",
    "The reward comes to about ¥{hourly:,} an hour, less than 10 % above the minimum wage "
    "of ¥{wage:,} ({place}, FY{year}; from {source}). The table may be out of date: it ends at "
    "FY{newest}, and FY{next} should be in force since {since}. Add the new year's figures in "
    "Preferences ▸ Minimum wages ▸ Add a year from a CSV file…",
)


@rule("POST-13")
def employment_like_posting(c: Context) -> Finding | None:
    order = c.order
    hits = [h for h in posting_hits(order) if h.concept.startswith("emp.")]
    hourly = order.effective_pricing == "hourly" or states_hourly_pay(order.description, order.title)
    level = severity(hits, hourly)
    if level is None:
        return None
    if level == "warning":
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The posting reads like employment ({words}): fixed hours or place, wages or close "
            "direction belong to a job, not to outsourcing. Rephrase, or record why it is fine.",
        )
        found = Severity.WARNING
    else:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Words that can suggest employment appear ({words}); alone they are usually fine.",
        )
        found = Severity.INFO
    return Finding("POST-13", found, message, B_EMPLOYMENT, "description", {"words": quotes(hits)})


B_MARKET = QT_TRANSLATE_NOOP("basis", "Association checklist item 8; catalogue price guides (目安)")


@rule("POST-17")
def reward_below_market(c: Context) -> Finding | None:
    order = c.order
    if c.reference is None or order.effective_pricing != "fixed":
        return None
    floor = c.reference.price_floor.get(order.category)
    reward = order.reward
    offered = reward.max if reward.max is not None else reward.amount
    if floor is None or offered is None or offered >= floor[0]:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The reward (up to ¥{offered:,}) is below the lowest market guide for this kind of work "
        "(¥{floor:,}, source {source}); good workers may not apply.",
    )
    return Finding("POST-17", Severity.INFO, message, B_MARKET, "reward.amount",
                   {"offered": offered, "floor": floor[0], "source": floor[1]})  # fmt: skip
