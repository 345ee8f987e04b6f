"""Posting rules (募集, REFERENCE §12.1): what a posting must show before it goes out."""

from __future__ import annotations

from ..payment_terms import names_date_or_duration
from ..text import QT_TRANSLATE_NOOP, is_blank, normalise
from . import Context, Finding, Severity, rule
from .applicability import orderer_specified

MIN_DESCRIPTION = 100
"""Characters (after NFKC) below which a work description cannot be concrete."""

B_GL_1 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ①; Freelance Act Art 12")
B_GL_2 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ②")
B_GL_3 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ③; Freelance Act Art 12")
B_GL_3_PAY = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ③")
B_GL_4 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ④")
B_GL_5 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ⑤ and note ③")
B_GL_6 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting item ⑥")
B_ART12 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 12; MHLW notice of December 2024 (six display items)")
B_NOTE_1 = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting note ①")
B_COMP_BRIEF = QT_TRANSLATE_NOOP(
    "basis", "Telework guideline, soliciting note ① (competitions); common trouble ①"
)
B_COMP_IP = QT_TRANSLATE_NOOP("basis", "Telework guideline, soliciting note ③")
B_COMP_REV = QT_TRANSLATE_NOOP("basis", "Telework guideline, note on competitions; common trouble ④")
B_TASK = QT_TRANSLATE_NOOP("basis", "Platform guidance (CrowdWorks task rules)")



@rule("POST-01")
def description_is_concrete(c: Context) -> Finding | None:
    length = len(normalise(c.order.description))
    if length >= MIN_DESCRIPTION:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Describe the work concretely: the description has {length} characters; "
        "at least {minimum} are needed.",
    )
    return Finding(
        "POST-01",
        Severity.ERROR,
        message,
        B_GL_1,
        "description",
        {"length": length, "minimum": MIN_DESCRIPTION},
    )


@rule("POST-02")
def due_date_shown(c: Context) -> Finding | None:
    timeframe = c.order.timeframe
    if c.order.due is not None or names_date_or_duration(timeframe):
        return None
    if is_blank(timeframe):
        message = QT_TRANSLATE_NOOP(
            "rules", "Show the planned due date of the deliverable, or a rough timeframe."
        )
        return Finding("POST-02", Severity.ERROR, message, B_GL_2, "due")
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The timeframe 「{timeframe}」 names no date or duration, so the due date is still missing. Show "
        "the planned due date, or a timeframe such as 契約から2週間.",
    )
    params: dict[str, object] = {"timeframe": normalise(timeframe)}
    return Finding("POST-02", Severity.ERROR, message, B_GL_2, "timeframe", params)


@rule("POST-03")
def reward_shown(c: Context) -> Finding | None:
    reward = c.order.reward
    if reward.amount is not None or reward.min is not None or reward.max is not None or reward.by_quote:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "Show the planned reward: an amount, a range, a unit price, or that it is set by quote."
    )
    return Finding("POST-03", Severity.ERROR, message, B_GL_3, "reward")


@rule("POST-04")
def payment_terms_shown(c: Context) -> Finding | None:
    payment = c.order.payment
    has_date = not is_blank(payment.due_rule) or payment.days_after_delivery is not None
    has_method = not is_blank(payment.method)
    if has_date and has_method:
        return None
    if not has_date and not has_method:
        message = QT_TRANSLATE_NOOP(
            "rules", "State when the reward is paid and how (escrow on the platform counts)."
        )
    elif not has_date:
        message = QT_TRANSLATE_NOOP("rules", "State when the reward is paid.")
    else:
        message = QT_TRANSLATE_NOOP("rules", "State how the reward is paid (escrow on the platform counts).")
    return Finding("POST-04", Severity.WARNING, message, B_GL_3_PAY, "payment")


@rule("POST-05")
def expenses_shown(c: Context) -> Finding | None:
    if not is_blank(c.order.expenses):
        return None
    message = QT_TRANSLATE_NOOP("rules", "State who bears expenses (software, materials, communication).")
    return Finding("POST-05", Severity.WARNING, message, B_GL_4, "expenses")


@rule("POST-06")
def ip_shown(c: Context) -> Finding | None:
    ip, competition = c.order.ip, c.order.order_type == "competition"
    if competition:
        if not is_blank(ip.handling) and ip.transfer is not None:
            return None
        message = QT_TRANSLATE_NOOP(
            "rules",
            "A competition must state how the rights in the works are handled, "
            "including whether they pass to the orderer on selection.",
        )
        return Finding("POST-06", Severity.ERROR, message, B_GL_5, "ip")
    if not is_blank(ip.handling) or ip.transfer is not None:
        return None
    message = QT_TRANSLATE_NOOP("rules", "State how the intellectual property in the work is handled.")
    return Finding("POST-06", Severity.WARNING, message, B_GL_5, "ip")


@rule("POST-07")
def contact_shown(c: Context) -> Finding | None:
    on_platform = not is_blank(c.order.platform) and normalise(c.order.platform) != "direct"
    if not is_blank(c.order.contact) or not is_blank(c.order.orderer.contact) or on_platform:
        return None
    message = QT_TRANSLATE_NOOP("rules", "Give a contact for questions about the posting.")
    return Finding("POST-07", Severity.WARNING, message, B_GL_6, "contact")


DISPLAY_ITEMS = {
    "name": QT_TRANSLATE_NOOP("rules", "the orderer's name"),
    "address": QT_TRANSLATE_NOOP("rules", "the orderer's address"),
    "contact": QT_TRANSLATE_NOOP("rules", "the orderer's contact"),
    "description": QT_TRANSLATE_NOOP("rules", "the work"),
    "place": QT_TRANSLATE_NOOP("rules", "where the work is done"),
    "reward": QT_TRANSLATE_NOOP("rules", "the reward"),
}


def missing_display_items(c: Context) -> list[str]:
    order, orderer = c.order, c.order.orderer
    shown = {
        "name": not is_blank(orderer.name) or "name" in orderer.profile_shows,
        "address": not is_blank(orderer.address) or "address" in orderer.profile_shows,
        "contact": not is_blank(orderer.contact) or "contact" in orderer.profile_shows,
        "description": not is_blank(order.description),
        "place": not is_blank(order.place),
        "reward": reward_shown(c) is None,
    }
    return [item for item, ok in shown.items() if not ok]


@rule("POST-08")
def six_display_items(c: Context) -> Finding | None:
    missing = missing_display_items(c)
    if not missing:
        return None
    severity = Severity.ERROR if orderer_specified(c.order) else Severity.WARNING
    message = QT_TRANSLATE_NOOP("rules", "The posting or the orderer's profile must show: {items}.")
    field = {"name": "orderer.name", "address": "orderer.address", "contact": "orderer.contact"}
    return Finding(
        "POST-08",
        severity,
        message,
        B_ART12,
        field.get(missing[0], missing[0]),
        {"items": [DISPLAY_ITEMS[m] for m in missing]},
    )


@rule("POST-09")
def skills_and_time_shown(c: Context) -> Finding | None:
    order = c.order
    has_time = order.estimated_hours is not None or order.estimated_minutes_per_item is not None
    if not is_blank(order.skills) and has_time:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "It helps applicants to see the skills needed and how long the work takes."
    )
    return Finding(
        "POST-09", Severity.INFO, message, B_NOTE_1, "skills" if is_blank(order.skills) else "estimated_hours"
    )


@rule("POST-10")
def competition_brief_concrete(c: Context) -> Finding | None:
    order = c.order
    if order.order_type != "competition" or (not is_blank(order.deliverables) and order.quantity):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Make the competition brief concrete: the files, formats and sizes "
        "delivered and how many works are selected.",
    )
    return Finding(
        "POST-10",
        Severity.WARNING,
        message,
        B_COMP_BRIEF,
        "deliverables" if is_blank(order.deliverables) else "quantity",
    )


@rule("POST-11")
def unselected_entries_protected(c: Context) -> Finding | None:
    if c.order.order_type != "competition" or c.order.ip.unselected_not_used:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "State that works not selected will not be used or published without their author's consent."
    )
    return Finding("POST-11", Severity.WARNING, message, B_COMP_IP, "ip.unselected_not_used")


@rule("POST-12")
def competition_revisions_stated(c: Context) -> Finding | None:
    revisions = c.order.revisions
    if c.order.order_type != "competition" or (
        revisions.free_rounds is not None and revisions.major_changes_renegotiated
    ):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "State how many revisions follow the selection, and that major changes "
        "are renegotiated with extra pay.",
    )
    return Finding("POST-12", Severity.WARNING, message, B_COMP_REV, "revisions")


MAX_TASK_MINUTES = 60


@rule("POST-20")
def task_suits_the_work(c: Context) -> Finding | None:
    order = c.order
    if order.order_type != "task":
        return None
    minutes = order.estimated_minutes_per_item
    if minutes is not None and minutes > MAX_TASK_MINUTES:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "One task item takes {minutes:g} minutes; tasks over {limit} minutes "
            "suit the project type better.",
        )
        return Finding(
            "POST-20",
            Severity.INFO,
            message,
            B_TASK,
            "estimated_minutes_per_item",
            {"minutes": minutes, "limit": MAX_TASK_MINUTES},
        )
    if order.revisions.free_rounds:
        message = QT_TRANSLATE_NOOP(
            "rules", "Work that needs revisions suits the project type better than tasks."
        )
        return Finding("POST-20", Severity.INFO, message, B_TASK, "revisions.free_rounds")
    return None
