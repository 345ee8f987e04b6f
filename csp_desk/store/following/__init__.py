"""Following orders after posting: workers, engagements and their life cycle, applications,
contracts, escrow, deliveries, revisions, changes, payments, ratings, contacts and troubles.

Every write that moves an engagement checks the step with `domain.lifecycle` first and records
the dated state change in the same transaction, so the data and the state never disagree.

The package is split by topic; everything is named here as before (following.X).
"""

from ...domain import followup as followup
from ...domain.lifecycle import State as State
from ._base import (  # noqa: F401
    ALREADY,
    NEGATIVE,
    NOT_NOW,
    RETENTION_YEARS,
)
from .applications import (  # noqa: F401
    AlreadyApplied,
    ApplicationRow,
    ContractRow,
    Terms,
    add_application,
    earlier_application,
    list_applications,
    list_contracts,
    proposed_terms,
    record_task_items,
    score_application,
    select_application,
)
from .contacts import (  # noqa: F401
    ContactRow,
    TroubleRow,
    add_contact,
    count_contacts,
    list_contacts,
    list_troubles,
    open_trouble,
    update_trouble,
)
from .course import (  # noqa: F401
    MILESTONES_EXCEED,
    MilestoneRow,
    PaymentRow,
    accept,
    add_milestone,
    engagement_of,
    list_milestones,
    list_payments,
    rate,
    record_change,
    record_delivery,
    record_escrow,
    record_payment,
    record_remittance,
    request_revision,
    revision_rounds,
    start_engagement,
    take_step,
)
from .orders import (  # noqa: F401
    ENGAGEMENT_SORTS,
    EngagementListRow,
    EngagementRow,
    count_engagements,
    facts,
    get_engagement,
    history,
    is_open,
    list_engagements,
)
from .reports import (  # noqa: F401
    DIRECTION_JA,
    PARTY_JA,
    contact_words,
    progress_data,
)
from .workers import (  # noqa: F401
    WORKER_SORTS,
    HistoryRow,
    WorkerListRow,
    WorkerRow,
    add_workers,
    apply_worker,
    count_workers,
    create_worker,
    get_worker,
    list_workers,
    set_worker_archived,
    update_worker,
    worker_history,
)
