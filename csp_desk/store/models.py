"""SQLAlchemy 2 typed models for clients, consultations, problems and work items."""

from __future__ import annotations

from datetime import date, datetime

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
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

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
