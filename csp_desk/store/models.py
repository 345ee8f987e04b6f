"""SQLAlchemy 2 typed models for clients, consultations, problems and work items."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """A business setting of this database, shared by everyone who opens it (the window and the
    command line alike): a key and its value as JSON."""

    __tablename__ = "setting"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_required"),)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Producer(Base):
    """The producer's own profile: one row, shown on every document."""

    __tablename__ = "producer"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500), default="")
    organisation: Mapped[str] = mapped_column(String(500), default="")
    certification: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(String(500), default="")


class Client(Base):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_required"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
        CheckConstraint("capital IS NULL OR capital >= 0", name="capital_not_negative"),
        Index("ix_client_archived_kana", "archived", "kana_key", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kana: Mapped[str] = mapped_column(String(500), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    kana_key: Mapped[str] = mapped_column(String(500), default="")
    industry: Mapped[str] = mapped_column(String(500), default="")
    employees: Mapped[int | None] = mapped_column(Integer)
    capital: Mapped[int | None] = mapped_column(Integer)
    prefecture: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    contact_person: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(500), default="")
    corporate_number: Mapped[str] = mapped_column(String(13), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_rate: Mapped[str] = mapped_column(String(20), default="", server_default="")
    """The producer's own fee for this client's proposals, a percentage as last given (「10」,
    「12.5」); empty until one is given."""
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    owner: Mapped[str] = mapped_column(String(63), server_default="", index=True)
    """The team member (their sign-in name on the server) whose client this is: on a team database
    the one who made it, unless an admin gave it to another (csp-desk team assign); '' on a
    laptop's file and for clients from before the team. Who sees a client follows from it
    (store/team.py)."""
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves of this client (SQLAlchemy's version counter): a form opened at one
    version is refused at save when another desk has saved meanwhile (repo.save_client)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it as it is)

    consultations: Mapped[list[Consultation]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )


class Consultation(Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(500), default="")
    attendees: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves (store/versions.py)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it as it is)

    client: Mapped[Client] = relationship(back_populates="consultations")
    problems: Mapped[list[Problem]] = relationship(
        back_populates="consultation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Problem.position",
    )


class Problem(Base):
    """A business problem (経営課題) heard in a consultation."""

    __tablename__ = "problem"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    catalogue_id: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="problems")
    work_items: Mapped[list[WorkItem]] = relationship(
        back_populates="problem",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="WorkItem.position",
    )


class WorkItem(Base):
    """One orderable piece of work (業務)."""

    __tablename__ = "work_item"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint(
            "order_type IN ('project', 'competition', 'task')", name="order_type_known"
        ),
        CheckConstraint("budget_min IS NULL OR budget_min >= 0", name="budget_min_not_negative"),
        CheckConstraint("budget_max IS NULL OR budget_max >= 0", name="budget_max_not_negative"),
        CheckConstraint(
            "budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max",
            name="budget_range_ordered",
        ),
        CheckConstraint(
            "start_date IS NULL OR due_date IS NULL OR start_date <= due_date",
            name="dates_ordered",
        ),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_not_negative"),
        CheckConstraint(
            "minutes_per_item IS NULL OR minutes_per_item >= 0", name="minutes_not_negative"
        ),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity_not_negative"),
        Index("ix_work_item_problem_position", "problem_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    order_type: Mapped[str] = mapped_column(String(20))
    type_reason: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[str] = mapped_column(String(100), default="")
    deliverables: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float | None] = mapped_column(Float)
    minutes_per_item: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[int | None] = mapped_column(Integer)
    budget_min: Mapped[int | None] = mapped_column(Integer)
    budget_max: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves (store/versions.py)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it as it is)

    problem: Mapped[Problem] = relationship(back_populates="work_items")


class Posting(Base):
    """The posting being drafted for a work item, kept as an order file (csp-desk.order/1)."""

    __tablename__ = "posting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # a draft goes with its work item; posted versions and notices hold the posting (RESTRICT)
    work_item_id: Mapped[int] = mapped_column(
        ForeignKey("work_item.id", ondelete="CASCADE"), unique=True
    )
    order_json: Mapped[str] = mapped_column(Text)
    record_json: Mapped[str] = mapped_column(Text, server_default="{}")
    """Its circumstances (domain/posting_record.py): status, applications, escrow, legal orderer."""
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves (store/versions.py)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it as it is)


class PostedVersion(Base):
    """A posting as it went out: never changed; editing afterwards makes a new version."""

    __tablename__ = "posted_version"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="hash_is_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id", ondelete="RESTRICT"), index=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    order_json: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(100), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    posted_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class FindingOverride(Base):
    """A warning the producer accepted, with the reason recorded (errors cannot be overridden)."""

    __tablename__ = "finding_override"
    __table_args__ = (
        CheckConstraint("length(trim(reason)) > 0", name="reason_required"),
        Index("ux_finding_override_posting_rule", "posting_id", "rule", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class IssuedNotice(Base):
    """A terms notice as issued: the document itself and its hash, kept unchanged."""

    __tablename__ = "issued_notice"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="hash_is_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id", ondelete="RESTRICT"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(500))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    order_json: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    given_on: Mapped[date | None] = mapped_column(Date)
    """The day it reached the worker (交付日); due on the day of commissioning (CONT-03)."""
    channel: Mapped[str] = mapped_column(String(20), default="", server_default="")
    """How it was given: platform, email or paper (domain.notice.CHANNELS); "" before 0008."""
    work_contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True
    )
    """The recorded contract it was built from, when there was one."""


# --- following orders (issue 4) ------------------------------------------------------------


class Worker(Base):
    """A freelancer (ワーカー), across platforms: the ledger no single platform gives."""

    __tablename__ = "worker"
    __table_args__ = (Index("ix_worker_archived_name", "archived", "kana_key", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kana: Mapped[str] = mapped_column(String(500), default="")
    kana_key: Mapped[str] = mapped_column(String(500), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    platform: Mapped[str] = mapped_column(String(100), default="")
    profile_url: Mapped[str] = mapped_column(String(2000), default="")
    kind: Mapped[str] = mapped_column(String(20), default="individual")
    has_employees: Mapped[bool | None] = mapped_column(Boolean)
    prefecture: Mapped[str] = mapped_column(String(10), default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    invoice_number: Mapped[str] = mapped_column(String(14), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    """Counts the saves (store/versions.py)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it as it is)


class Engagement(Base):
    """One work item followed from its posting to the end, through its order type's states."""

    __tablename__ = "engagement"
    __table_args__ = (
        Index("ix_engagement_client_state", "client_id", "state"),
        # covers the dashboard's per-state joins to work items and clients
        Index("ix_engagement_state_items", "state", "work_item_id", "client_id"),
        # the orders list, newest first, stops after one page instead of sorting every order
        Index("ix_engagement_state_since", "state_since", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # an order with contracts and payments is a record to keep: its work item cannot go first
    work_item_id: Mapped[int] = mapped_column(ForeignKey("work_item.id", ondelete="RESTRICT"), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    order_type: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), index=True)
    state_since: Mapped[date] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # competitions and tasks are paid into escrow before posting, before any contract exists
    prepaid_on: Mapped[date | None] = mapped_column(Date)
    prepaid_amount: Mapped[int | None] = mapped_column(Integer)
    keep_until: Mapped[date | None] = mapped_column(Date)
    """Set when the order ends: its records may not be deleted before (REC-01, 3 years)."""
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class StateChange(Base):
    """Each step of an engagement, dated: the Freelance Act's deadlines run from them."""

    __tablename__ = "state_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Application(Base):
    """A proposal with a quote (project), an entry (competition) or submissions (task)."""

    __tablename__ = "application"
    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_1_to_5"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        Index("ix_application_engagement_worker", "engagement_id", "worker_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id", ondelete="CASCADE"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int | None] = mapped_column(Integer)
    delivery_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="received")
    items_submitted: Mapped[int] = mapped_column(Integer, default=0)
    items_approved: Mapped[int] = mapped_column(Integer, default=0)
    items_rejected: Mapped[int] = mapped_column(Integer, default=0)
    items_rejected_without_reason: Mapped[int] = mapped_column(Integer, default=0)


class WorkContract(Base):
    """The terms agreed with one chosen worker (several for tasks and multi-selection)."""

    __tablename__ = "work_contract"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        # covers sums of contracted amounts and late deliveries per order
        Index("ix_work_contract_engagement_amount", "engagement_id", "amount", "delivery_due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id", ondelete="RESTRICT"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id", ondelete="SET NULL"))
    contracted_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    taxable: Mapped[bool] = mapped_column(Boolean, default=True)
    withheld: Mapped[bool] = mapped_column(Boolean, default=False)
    free_rounds: Mapped[int | None] = mapped_column(Integer)
    delivery_due: Mapped[date | None] = mapped_column(Date)
    inspection_due: Mapped[date | None] = mapped_column(Date)
    payment_due: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Milestone(Base):
    """A part of a contract with its own amount, due date and escrow (Lancers' 計画)."""

    __tablename__ = "milestone"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    amount: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date | None] = mapped_column(Date)
    escrowed_on: Mapped[date | None] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)


class Delivery(Base):
    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True)
    delivered_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    worker_at_fault: Mapped[bool] = mapped_column(Boolean, default=False)


class RevisionRequest(Base):
    __tablename__ = "revision_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    asked: Mapped[str] = mapped_column(Text, default="")
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    paid_extra: Mapped[bool] = mapped_column(Boolean, default=False)
    worker_at_fault: Mapped[bool] = mapped_column(Boolean, default=False)


class ContractChange(Base):
    """A change of scope, price or dates, with the worker's consent and the amended notice."""

    __tablename__ = "contract_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    worker_consented: Mapped[bool] = mapped_column(Boolean, default=False)
    amended_notice_on: Mapped[date | None] = mapped_column(Date)
    amount_delta: Mapped[int] = mapped_column(Integer, default=0)
    worker_at_fault: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkPayment(Base):
    """What is owed to a worker and when, and what was paid: the payment ledger's rows."""

    __tablename__ = "work_payment"
    __table_args__ = (
        CheckConstraint("amount >= 0 AND tax >= 0 AND withholding >= 0", name="amounts_not_negative"),
        Index("ix_work_payment_due", "paid_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    tax: Mapped[int] = mapped_column(Integer, default=0)
    withholding: Mapped[int] = mapped_column(Integer, default=0)
    paid_on: Mapped[date | None] = mapped_column(Date)
    remitted_on: Mapped[date | None] = mapped_column(Date)


class Rating(Base):
    """The five points the Japanese platforms rate on, 1–5, with a comment."""

    __tablename__ = "rating"
    __table_args__ = tuple(
        CheckConstraint(f"{point} BETWEEN 1 AND 5", name=f"{point}_1_to_5")
        for point in ("quality", "schedule", "communication", "skill", "partnership")
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("work_contract.id", ondelete="RESTRICT"), unique=True)
    quality: Mapped[int] = mapped_column(Integer)
    schedule: Mapped[int] = mapped_column(Integer)
    communication: Mapped[int] = mapped_column(Integer)
    skill: Mapped[int] = mapped_column(Integer)
    partnership: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_on: Mapped[date] = mapped_column(Date)


class ContactEntry(Base):
    """One contact with a worker or the client: the contact log (連絡記録)."""

    __tablename__ = "contact_entry"
    __table_args__ = (
        Index("ix_contact_entry_engagement_at", "engagement_id", "at"),
        Index("ix_contact_entry_client_at", "client_id", "at"),
        Index("ix_contact_entry_worker_at", "worker_id", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id", ondelete="RESTRICT"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(DateTime)
    party: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(5))
    channel: Mapped[str] = mapped_column(String(50), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class Trouble(Base):
    """A recorded problem in an order, in the seed's five categories or other."""

    __tablename__ = "trouble"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id", ondelete="RESTRICT"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    opened_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)


class AuditEntry(Base):
    """One change to a record the law asks to keep (posting, contract, payment, rating …)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: {field: [old, new]}."""
    actor: Mapped[str] = mapped_column(String(63), server_default="")
    """Who made the change: the sign-in name on a team server (set by the server itself, not by
    the program), the computer's user on a laptop."""


class ClientShare(Base):
    """A client its owner shares with another team member, who then sees and changes it too."""

    __tablename__ = "client_share"
    __table_args__ = (Index("ix_client_share_login", "login"),)

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(63), server_default="")


class ClientCheckout(Base):
    """On a team's server: a client a member took along offline (store/checkout.py)."""

    __tablename__ = "client_checkout"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), server_default="")
    taken_at: Mapped[datetime] = mapped_column(DateTime)


class Checkout(Base):
    """In the file a producer took clients to: one of them, where it came from and what it was
    then (the baseline a check-in compares both sides with)."""

    __tablename__ = "checkout"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    server: Mapped[str] = mapped_column(String(1000))
    """The team database's address, without a password."""
    login: Mapped[str] = mapped_column(String(63), server_default="")
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    baseline: Mapped[str] = mapped_column(Text)
    """JSON: the client's records as taken (store/checkout.snapshot)."""
    brought_back_at: Mapped[datetime | None] = mapped_column(DateTime)


class TeamMember(Base):
    """A person who signs in to the team's database, and their role (store/team.py)."""

    __tablename__ = "team_member"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'producer', 'facilitator', 'viewer')", name="known_role"),
    )

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), server_default="")
    role: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


# --- workshops (issue 11) -------------------------------------------------------------------


class Workshop(Base):
    """A workshop an SME-support organisation holds for several clients (domain/workshop.py)."""

    __tablename__ = "workshop"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint("capacity >= 1", name="capacity_at_least_1"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    venue: Mapped[str] = mapped_column(String(500), default="")
    organiser: Mapped[str] = mapped_column(String(500), default="")
    facilitator: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    agenda: Mapped[str] = mapped_column(Text, default="")
    """One agenda line a line, in order."""
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    owner: Mapped[str] = mapped_column(String(63), server_default="")
    """The team member who holds the workshop (see Client.owner)."""


class WorkshopParticipant(Base):
    """A client taking part in a workshop: attendance on the day and whether it asked for a
    follow-up consultation. A client in a workshop cannot be deleted (RESTRICT)."""

    __tablename__ = "workshop_participant"
    __table_args__ = (
        CheckConstraint(
            "attendance IN ('registered', 'present', 'late', 'absent')", name="attendance_known"
        ),
        CheckConstraint("late_at IS NULL OR attendance = 'late'", name="late_at_only_when_late"),
        Index("ux_workshop_participant_client", "workshop_id", "client_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"), index=True)
    attendance: Mapped[str] = mapped_column(String(10), default="registered")
    late_at: Mapped[time | None] = mapped_column(Time)
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    work_consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL")
    )
    """The consultation where the participant's work at the workshop is recorded (whatever its date)."""
    follow_up_consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL")
    )
    """The consultation the follow-up became (start_follow_up), whatever language its note is in."""


class QuestionnaireAnswer(Base):
    """One answer of a participant's questionnaire before or after: a 5-point item's score, or
    the ordering question's answer (1 no, 2 undecided, 3 yes)."""

    __tablename__ = "questionnaire_answer"
    __table_args__ = (
        CheckConstraint("phase IN ('before', 'after')", name="phase_known"),
        CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),
        CheckConstraint("item != 'consider_ordering' OR score <= 3", name="ordering_1_to_3"),
        Index("ux_questionnaire_answer_item", "participant_id", "phase", "item", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_participant.id", ondelete="CASCADE")
    )
    phase: Mapped[str] = mapped_column(String(10))
    item: Mapped[str] = mapped_column(String(30))
    score: Mapped[int] = mapped_column(Integer)


# --- the platform register (issue 13) -------------------------------------------------------

_FACT = "IN ('yes', 'no', 'unknown')"


class PlatformEntry(Base):
    """The producer's own record of a platform: facts they confirmed (NULL: as shipped in
    data/platforms.json) or a platform the shipped list does not know (custom)."""

    __tablename__ = "platform"
    __table_args__ = (
        CheckConstraint("length(trim(key)) > 0", name="key_required"),
        *(CheckConstraint(f"{name} IS NULL OR {name} {_FACT}", name=f"{name}_known")
          for name in ("project", "competition", "task", "escrow", "association_certified",
                       "association_member")),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    """The platform id stored on workers and postings (crowdworks …, or the name as typed)."""
    name_ja: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    custom: Mapped[bool] = mapped_column(Boolean, default=False)
    project: Mapped[str | None] = mapped_column(String(10))
    competition: Mapped[str | None] = mapped_column(String(10))
    task: Mapped[str | None] = mapped_column(String(10))
    escrow: Mapped[str | None] = mapped_column(String(10))
    association_certified: Mapped[str | None] = mapped_column(String(10))
    association_member: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class PlatformFee(Base):
    """A platform fee the producer read, from a date: a new date adds a row (the old terms stay
    for the orders of their time); the same side and date again corrects the row."""

    __tablename__ = "platform_fee"
    __table_args__ = (
        CheckConstraint("side IN ('orderer', 'worker')", name="side_known"),
        CheckConstraint(
            "rate_low_bp IS NULL OR rate_low_bp BETWEEN 0 AND 10000", name="rate_low_0_to_100"
        ),
        CheckConstraint(
            "rate_high_bp IS NULL OR rate_high_bp BETWEEN 0 AND 10000", name="rate_high_0_to_100"
        ),
        CheckConstraint(
            "rate_low_bp IS NULL OR rate_high_bp IS NULL OR rate_low_bp <= rate_high_bp",
            name="rate_range_ordered",
        ),
        CheckConstraint("minimum_yen IS NULL OR minimum_yen >= 0", name="minimum_not_negative"),
        Index("ux_platform_fee_side_as_of", "platform_id", "side", "as_of", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platform.id", ondelete="RESTRICT"))
    side: Mapped[str] = mapped_column(String(10))
    rate_low_bp: Mapped[int | None] = mapped_column(Integer)
    """Hundredths of a percent (5.5 % is 550), so rates are exact."""
    rate_high_bp: Mapped[int | None] = mapped_column(Integer)
    minimum_yen: Mapped[int | None] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    charged_when: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class PlatformCheck(Base):
    """The producer's tick on one of the 24 checklist items (REFERENCE §8) for a platform."""

    __tablename__ = "platform_check"
    __table_args__ = (
        CheckConstraint("item BETWEEN 1 AND 24", name="item_1_to_24"),
        Index("ux_platform_check_item", "platform_id", "item", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platform.id", ondelete="RESTRICT"))
    item: Mapped[int] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
