"""Headless commands over the same core as the window: demo data, listing, exports."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import i18n
from .domain.catalogue import CatalogueError
from .domain.text import QT_TRANSLATE_NOOP, InvalidInput

DEFAULT_VALID_DAYS = 30
"""domain.proposal.DEFAULT_VALID_DAYS, named here so the parser needs no import of it."""

if TYPE_CHECKING:
    from decimal import Decimal

    from .store.db import Store
    from .store.lock import WriterLock

MSG_DEMO_DONE = QT_TRANSLATE_NOOP(
    "cli", "Added {count} demo clients with {orders} orders and {workers} workers to {path}"
)
MSG_DEMO_WORKSHOP = QT_TRANSLATE_NOOP(
    "cli", "Added the finished demo workshop “{title}” (id {id}) with {count} of those clients taking part"
)
MSG_EXPORTED = QT_TRANSLATE_NOOP("cli", "Wrote {path}")
MSG_NO_CLIENT = QT_TRANSLATE_NOOP("cli", "There is no client with id {id}.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {detail}")
MSG_CATALOGUE = QT_TRANSLATE_NOOP(
    "cli", "The catalogue file {file} is broken at {entry}, field {field}: {problem}"
)
MSG_ERROR = QT_TRANSLATE_NOOP("cli", "Error: {message}")
MSG_NO_CLIENTS = QT_TRANSLATE_NOOP("cli", "No clients.")
MSG_NO_WORKSHOPS = QT_TRANSLATE_NOOP("cli", "No workshops.")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="csp-desk",
        description="csp-desk command line. Without a command, csp-desk opens the window "
        "(--db FILE: the database to open; --demo: a demo database in a temporary folder); "
        "csp-desk CLIENT-FILE opens it and reads that client file (csp-desk.client/1). "
        "csp-desk --version says the version; csp-desk --self-test checks that this copy works "
        "(window, database, every export, the checker) on a demo database in a temporary folder.",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill a database with demo clients")
    demo.add_argument("--db", type=database_arg, help="database file (created when missing)")
    demo.add_argument("--clients", type=int, default=12)
    demo.add_argument("--work-items", type=int, default=None, help="total work items")
    demo.add_argument("--workers", type=int, default=40)
    demo.add_argument("--contacts", type=int, default=None, help="contact-log entries in all")
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="large: 100,000 work items, 20,000 workers, 1,000,000 contacts",
    )

    listing = sub.add_parser("list", help="list records")
    listing.add_argument("what", choices=("clients", "workshops"))
    listing.add_argument("--db", type=database_arg)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--search", default="")
    listing.add_argument("--archived", action="store_true", help="include archived clients")

    export = sub.add_parser("export", help="write a document or an order file")
    export.add_argument(
        "kind",
        choices=(
            "proposal", "budget", "order", "notice", "issued-notice", "progress", "ledger", "record",
            "client", "handouts", "workshop-summary", "template",
        ),
    )  # fmt: skip
    export.add_argument(
        "--client", type=int, help="for proposal, budget, progress and client (ledger: optional)"
    )
    export.add_argument("--work-item", type=int, help="for order and notice (the terms notice, Word)")
    export.add_argument("--notice", type=int, help="for issued-notice: the id of a notice as issued")
    export.add_argument(
        "--given-on", help="for notice: the day it is given to the worker (交付日), e.g. 2026-12-01"
    )
    export.add_argument(
        "--channel", choices=("platform", "email", "paper"),
        help="for notice: how it is given: platform (the platform's messages), email or paper",
    )  # fmt: skip
    export.add_argument(
        "--contract", type=int,
        help="for notice: which recorded contract, when a work item has several (a task's workers)",
    )  # fmt: skip
    export.add_argument("--order", type=int, help="for record: an order, with its whole audit log (Excel)")
    export.add_argument(
        "--workshop", type=int, help="for handouts (--out: a folder) and workshop-summary (--out: .xlsx)"
    )
    export.add_argument(
        "--template", type=Path,
        help="a Word document (.docx) whose styles, header and footer the Word documents use "
        "(else the one given in Settings); `export template` writes the default to start from",
    )  # fmt: skip
    export.add_argument(
        "--fee-rate", metavar="PERCENT",
        help="for proposal and budget: your own fee, a percentage of the workers' rewards (e.g. 10); "
        "without it, the rate last given for the client in the window",
    )  # fmt: skip
    export.add_argument(
        "--valid-days", metavar="DAYS",
        help="for proposal and budget: days the proposal stands from today (default: the days last given "
        f"in the window, else {DEFAULT_VALID_DAYS})",
    )  # fmt: skip
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--db", type=database_arg)

    check = sub.add_parser("check", help="check an order file against the rules")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true")

    verify = sub.add_parser("verify", help="check the database's integrity and schema")
    verify.add_argument("--db", type=database_arg)
    backup = sub.add_parser("backup", help="back up the database (checked before and after)")
    backup.add_argument("--db", type=database_arg)
    backup.add_argument("--out", type=Path, help="a file of your own (else the backups folder, rotated)")
    backup.add_argument("--encrypt", action="store_true", help="with --out: encrypted, key in the keyring")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current file is kept first)"
    )
    restore.add_argument("file", type=Path)
    restore.add_argument("--db", type=database_arg)
    restore.add_argument("--recovery-key", help="for an encrypted backup made on another computer")
    personal = sub.add_parser(
        "personal-data", help="export (JSON and a readable Word document beside it) or erase what is held "
        "about a worker or a client's contact person"
    )
    personal.add_argument("action", choices=("export", "erase"))
    whose = personal.add_mutually_exclusive_group(required=True)
    whose.add_argument("--worker", type=int)
    whose.add_argument("--client", type=int, help="the client's contact person")
    personal.add_argument("--out", type=Path, help="for export: a JSON file")
    personal.add_argument("--db", type=database_arg)
    importing = sub.add_parser(
        "import",
        help="add clients or workers from a CSV or Excel list, or one client from a client file "
        "(csp-desk.client/1); all or nothing",
    )
    importing.add_argument("kind", choices=("clients", "workers", "client"))
    importing.add_argument("file", type=Path)
    importing.add_argument("--db", type=database_arg)
    teams = sub.add_parser(
        "team",
        help="a team on a PostgreSQL server: make its roles and rules (init), add and remove members, "
        "list them, give clients to a member (assign) or share one (share); see TEAM_SERVER.md",
    )
    team_sub = teams.add_subparsers(dest="action", required=True, parser_class=_Parser)
    team_init = team_sub.add_parser("init", help="make (or bring up to date) the team's roles and rules")
    adding = team_sub.add_parser(
        "add-user", help="add a member, or give one a new role, name or password (asked for; "
        "read from standard input when it is not a terminal)",
    )  # fmt: skip
    adding.add_argument("login", metavar="NAME", help="their sign-in name on the server")
    adding.add_argument("--role", required=True, choices=("admin", "producer", "facilitator", "viewer"))
    adding.add_argument("--name", default="", help="their name as the window shows it, e.g. 山田 花子")
    adding.add_argument("--keep-password", action="store_true", help="an existing sign-in keeps its password")
    removing = team_sub.add_parser("remove-user", help="take a member off the team (their records stay)")
    removing.add_argument("login", metavar="NAME")
    team_list = team_sub.add_parser("list", help="the members and their roles")
    team_list.add_argument("--json", action="store_true")
    assigning = team_sub.add_parser("assign", help="give clients to a member")
    assigning.add_argument("login", metavar="NAME")
    which = assigning.add_mutually_exclusive_group(required=True)
    which.add_argument("--client", type=int, nargs="+", metavar="ID")
    which.add_argument("--unowned", action="store_true", help="every client and workshop nobody owns yet")
    sharing = team_sub.add_parser("share", help="share a client with a member (as its owner or an admin)")
    sharing.add_argument("client", type=int, metavar="CLIENT-ID")
    sharing.add_argument("--with", dest="login", required=True, metavar="NAME")
    taking = team_sub.add_parser(
        "check-out", help="take clients along offline: a file of their own, marked on the server as yours"
    )
    taking.add_argument("--client", type=int, nargs="+", required=True, metavar="ID")
    taking.add_argument("--out", type=Path, required=True, help="the new file (.sqlite3) to work in")
    for team_parser in (team_init, adding, removing, team_list, assigning, sharing, taking):
        team_parser.add_argument("--db", type=database_arg, help="the team database's address")
    bringing = team_sub.add_parser(
        "check-in", help="bring the clients of a file taken with check-out back to the team database"
    )
    bringing.add_argument("file", type=Path, help="the file check-out made")
    return parser


def database_arg(text: str) -> Path | str:
    """A --db value: a team server's address (`postgresql://user@host:5432/dbname`, kept as the
    text it is) or a database file."""
    from .store.db import is_server

    return text if is_server(text) else Path(text)


def _db(path: Path | str | None) -> Path:
    """The database a command works on: a file (a folder given in its place is refused:
    FolderGiven), or a team server's address (a str; typed as the file it stands in for)."""
    from .paths import default_db
    from .store.errors import FolderGiven

    target = path if path is not None else default_db()
    if isinstance(target, str):
        return target  # type: ignore[return-value]
    if target.is_dir():
        raise FolderGiven.at(target)
    return target


def _on_server(target: object) -> bool:
    return isinstance(target, str)


def _open(path: Path) -> Store:
    """Opens the database; a team server's with the password kept in the keyring when the address
    and libpq (PGPASSFILE, PGPASSWORD) give none."""
    from .store.db import open_store

    if _on_server(path):
        from .services.team import with_kept_password

        return open_store(with_kept_password(str(path)))
    return open_store(path)


def _writer(path: Path, command: str) -> WriterLock | contextlib.AbstractContextManager[None]:
    """Holds the database's writer lock while a command changes it: refused (AlreadyOpen …,
    saying who holds it) while a window or another command has it. A team server orders its
    writers itself (one transaction at a time, store.db): no lock file there."""
    from .store.lock import take

    if _on_server(path):
        return contextlib.nullcontext()
    return take(path, command)


def _say(template: str, **params: object) -> None:
    print(i18n.message("cli", template, **params))


def _fail(template: str, **params: object) -> int:
    print(i18n.message("cli", template, **params), file=sys.stderr)
    return 1


def _reader(path: Path, command: str) -> Store:
    """Opens the database for a command that only reads it. Opening a new file creates it and an
    older one is upgraded: those write, so they hold the writer lock while the store opens."""
    from .store.files import HEAD, schema_revision

    if _on_server(path) or schema_revision(path) == HEAD:
        return _open(path)
    with _writer(path, command):
        return _open(path)


def load_catalogue():  # type: ignore[no-untyped-def]
    from .domain.catalogue import load_catalogue as load
    from .paths import DATA

    return load(DATA)


DEMO_WORKSHOP_PARTICIPANTS = 20


def _demo(args: argparse.Namespace) -> int:

    path = _db(args.db)
    with _writer(path, "demo"):
        return _fill_demo(args, path, _open(path))


MSG_DEMO_NOTICES = QT_TRANSLATE_NOOP(
    "cli", "Issued {count} terms notices from the recorded contracts (some given late, as CONT-03 shows)."
)


def _fill_demo(args: argparse.Namespace, path: Path, store) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from .services.documents import issue_demo_notices
    from .store.demo import LARGE, fill_demo, fill_following, fill_notice_terms, fill_workshop
    from .store.models import Client

    scale = (
        LARGE
        if args.scale == "large"
        else {
            "clients": max(0, args.clients),
            "work_items": args.work_items,
            "workers": max(0, args.workers),
            "contacts": args.contacts,
        }
    )
    workshop = None
    try:
        catalogue = load_catalogue()
        count = fill_demo(store, catalogue, clients=int(scale["clients"]), work_items=scale["work_items"])
        orders = fill_following(store, workers=int(scale["workers"]), contacts=scale["contacts"])
        notices = issue_demo_notices(store, fill_notice_terms(store, catalogue), date.today())
        with store.session() as session:
            active = session.scalar(select(func.count(Client.id)).where(Client.archived.is_(False))) or 0
        participants = min(DEMO_WORKSHOP_PARTICIPANTS, active)
        if participants:  # the demo's own clients only: --clients N still gives N clients
            workshop = (fill_workshop(store, catalogue, participants=participants), participants)
    finally:
        store.close()
    _say(
        MSG_DEMO_DONE,
        count=f"{count:,}",
        orders=f"{orders:,}",
        workers=f"{int(scale['workers']):,}",
        path=_shown(path) if _on_server(path) else path,
    )
    if notices:
        _say(MSG_DEMO_NOTICES, count=notices)
    if workshop is not None:
        from .store.demo import DEMO_WORKSHOP_TITLE

        _say(MSG_DEMO_WORKSHOP, title=DEMO_WORKSHOP_TITLE, id=workshop[0], count=workshop[1])
    return 0


def _list(args: argparse.Namespace) -> int:
    from .services import clients

    if args.what == "workshops":
        return _list_workshops(args)
    store = _reader(_db(args.db), "list")
    try:
        rows = clients.list_clients(store, args.search, include_archived=args.archived).rows
    finally:
        store.close()
    if args.json:
        out = [
            {
                "id": r.id,
                "name": r.name,
                "kana": r.kana,
                "industry": r.industry,
                "prefecture": r.prefecture,
                "contact_person": r.contact_person,
                "archived": r.archived,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif not rows:
        _say(MSG_NO_CLIENTS)
    else:
        for r in rows:
            print(f"{r.id}\t{r.name}\t{r.prefecture}\t{r.contact_person}")
    return 0


def _list_workshops(args: argparse.Namespace) -> int:
    from .services.workshops import list_workshops

    store = _reader(_db(args.db), "list")
    try:
        rows = list_workshops(store)
    finally:
        store.close()
    if args.json:
        out = [
            {"id": r.id, "title": r.title, "date": f"{r.starts_at:%Y-%m-%d}", "participants": r.participants}
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif not rows:
        _say(MSG_NO_WORKSHOPS)
    else:
        for r in rows:
            print(f"{r.id}\t{r.starts_at:%Y/%m/%d %H:%M}\t{r.title}\t{r.participants}")
    return 0


def export_document(
    db: Path,
    kind: str,
    client_id: int,
    out: Path,
    today: date,
    *,
    producer_rate: Decimal | None = None,
    valid_days: int | None = None,
) -> Path:
    """Writes a proposal, budget or progress report for one client; for a proposal or a budget,
    says which work items start before the document's date (the document flags them). A rate or
    days not given are the ones last used for this client (in the window or here), said so."""
    from .charts import PICTURES
    from .services import settings
    from .services.documents import early_starts, write_client_document, write_progress_report

    store = _reader(db, f"export {kind}")
    try:
        if kind == "progress":
            return write_progress_report(store, client_id, out, today, pictures=PICTURES)
        remembered = settings.document_terms(store, client_id)
        remembered_rate = producer_rate is None and remembered.fee_rate is not None
        if producer_rate is None:
            producer_rate = remembered.fee_rate
        if valid_days is None:
            valid_days = remembered.valid_days
        written = write_client_document(store, client_id, kind, out, load_catalogue(), today,
                                        producer_rate=producer_rate, valid_days=valid_days,
                                        pictures=PICTURES)  # fmt: skip
        early = early_starts(store, client_id, today)
    finally:
        store.close()
    if early:
        titles = "、".join(f"「{item.title}」（{item.start_date:%Y/%m/%d}）" for _problem, item in early)
        _say(MSG_EARLY_START, count=len(early), day=f"{today:%Y/%m/%d}", items=titles)
    if producer_rate is None:
        _say(MSG_NO_FEE_RATE)
    elif remembered_rate:
        _say(MSG_REMEMBERED_FEE_RATE, rate=remembered.fee_text)
    return written


MSG_EARLY_START = QT_TRANSLATE_NOOP(
    "cli",
    "Note: {count} work items are planned to start before the document's date ({day}); the document "
    "flags them: {items}",
)
MSG_NO_FEE_RATE = QT_TRANSLATE_NOOP(
    "cli", "Your own fee is not in the total: no rate was given (--fee-rate PERCENT, e.g. 10)."
)
MSG_REMEMBERED_FEE_RATE = QT_TRANSLATE_NOOP(
    "cli",
    "Your own fee: {rate}% of the rewards, the rate last given for this client (--fee-rate changes it).",
)
MSG_BAD_VALID_DAYS = QT_TRANSLATE_NOOP(
    "cli", "--valid-days “{value}” is not a number of days from 1 to 365. Nothing was written."
)
MSG_BAD_FEE_RATE = QT_TRANSLATE_NOOP("cli", "{problem} Nothing was written.")


def _document_terms(args: argparse.Namespace) -> tuple[Decimal | None, int | None] | int:
    """The producer's fee rate and the days the proposal stands, from --fee-rate and --valid-days
    (None: not given); an exit code after a message when either is not usable."""
    from .domain.costs import RateError, parse_rate

    rate = None
    if args.fee_rate is not None:
        try:
            rate = parse_rate(args.fee_rate)
        except RateError as exc:
            problem = i18n.message("costs", exc.message, value=exc.text)
            return _fail(MSG_BAD_FEE_RATE, problem=problem) + 1
    days = None
    if args.valid_days is not None:
        import unicodedata

        text = unicodedata.normalize("NFKC", args.valid_days).strip()
        if not text.isdigit() or not 1 <= int(text) <= 365:
            return _fail(MSG_BAD_VALID_DAYS, value=args.valid_days) + 1
        days = int(text)
    return rate, days


MSG_NEEDS_NOTICE = QT_TRANSLATE_NOOP("cli", "export issued-notice needs --notice ID.")
MSG_NO_NOTICE = QT_TRANSLATE_NOOP("cli", "There is no issued terms notice with id {id}.")


def _export_issued_notice(args: argparse.Namespace) -> int:
    """The terms notice exactly as it was issued (checked against its hash), never rebuilt."""
    from .reports.files import into_place
    from .services.documents import issued_notice
    from .store.errors import NotFound

    if args.notice is None:
        print(i18n.message("cli", MSG_NEEDS_NOTICE), file=sys.stderr)
        return 2
    store = _reader(_db(args.db), f"export {args.kind}")
    try:
        content = issued_notice(store, args.notice)
    except NotFound:
        return _fail(MSG_NO_NOTICE, id=args.notice)
    finally:
        store.close()
    try:
        into_place(args.out, lambda temporary: temporary.write_bytes(content))
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    _say(MSG_EXPORTED, path=args.out)
    return 0


def _export_ledger(args: argparse.Namespace) -> int:
    """The ledger (one client or all), or with `record` one order's 案件記録."""
    from .services.documents import write_ledger, write_order_record
    from .store.errors import NotFound

    if args.kind == "record" and args.order is None:
        return _fail(MSG_NEEDS_ORDER)
    store = _reader(_db(args.db), f"export {args.kind}")
    try:
        if args.kind == "record":
            path = write_order_record(store, args.order, args.out, date.today())
        else:
            path = write_ledger(store, args.client, args.out, date.today())
    except NotFound:
        if args.kind == "record":
            return _fail(MSG_NO_ORDER, id=args.order)
        return _fail(MSG_NO_CLIENT, id=args.client)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    finally:
        store.close()
    _say(MSG_EXPORTED, path=path)
    return 0


MSG_NEEDS_CLIENT = QT_TRANSLATE_NOOP("cli", "export {kind} needs --client ID.")
MSG_NEEDS_ORDER = QT_TRANSLATE_NOOP("cli", "export record needs --order ID.")
MSG_NO_ORDER = QT_TRANSLATE_NOOP("cli", "There is no order with id {id}.")
MSG_NEEDS_ITEM = QT_TRANSLATE_NOOP("cli", "export {kind} needs --work-item ID.")
MSG_NO_ITEM = QT_TRANSLATE_NOOP("cli", "There is no work item with id {id}.")


def _export_order(args: argparse.Namespace) -> int:
    from .domain.orders import order_to_json
    from .services.postings import load_posting
    from .store.errors import NotFound

    if args.work_item is None:
        print(i18n.message("cli", MSG_NEEDS_ITEM, kind=args.kind), file=sys.stderr)
        return 2
    store = _reader(_db(args.db), f"export {args.kind}")
    try:
        order = load_posting(store, args.work_item, load_catalogue()).order
    except NotFound:
        return _fail(MSG_NO_ITEM, id=args.work_item)
    finally:
        store.close()
    return _write_json(args.out, order_to_json(order))


MSG_TEMPLATE_WRITTEN = QT_TRANSLATE_NOOP(
    "cli",
    "Wrote {path}: change it in Word (letterhead or logo in the header, the styles' fonts and colours), "
    "then give it in Settings or with --template.",
)


EXPORT_SUFFIX = {
    "proposal": ".docx", "budget": ".xlsx", "order": ".json", "notice": ".docx", "issued-notice": ".docx",
    "progress": ".docx", "ledger": ".xlsx", "record": ".xlsx", "client": ".json",
    "workshop-summary": ".xlsx", "template": ".docx",
}  # fmt: skip
"""The kind of file each export writes (handouts: a folder): a name of another kind is refused."""
MSG_WRONG_SUFFIX = QT_TRANSLATE_NOOP(
    "cli",
    "export {kind} writes a {suffix} file, but --out {path} ends otherwise: give a name ending in "
    "{suffix}. Nothing was written.",
)


def _export(args: argparse.Namespace) -> int:
    from .reports.word import TemplateError, use_template, write_default_template
    from .store.errors import NotFound

    suffix = EXPORT_SUFFIX.get(args.kind)
    if suffix is not None and args.out.suffix.lower() != suffix and not args.out.is_dir():
        said = i18n.message("cli", MSG_WRONG_SUFFIX, kind=args.kind, suffix=suffix, path=args.out)
        print(said, file=sys.stderr)
        return 2
    if args.kind == "template":
        try:
            write_default_template(args.out)
        except OSError as exc:
            return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
        _say(MSG_TEMPLATE_WRITTEN, path=args.out)
        return 0
    if args.template is not None:
        try:
            use_template(args.template)
        except TemplateError as exc:
            problem = i18n.translate("reports", exc.problem)
            print(i18n.message("reports", exc.message, path=exc.path, problem=problem), file=sys.stderr)
            return 1
    if args.kind == "order":
        return _export_order(args)
    if args.kind == "client":
        return _export_client(args)
    if args.kind == "notice":
        return _export_notice(args)
    if args.kind in ("ledger", "record"):
        return _export_ledger(args)
    if args.kind == "issued-notice":
        return _export_issued_notice(args)
    if args.kind in ("handouts", "workshop-summary"):
        return _export_workshop(args)
    if args.client is None:
        print(i18n.message("cli", MSG_NEEDS_CLIENT, kind=args.kind), file=sys.stderr)
        return 2
    terms = _document_terms(args)
    if isinstance(terms, int):
        return terms
    rate, days = terms
    try:
        path = export_document(_db(args.db), args.kind, args.client, args.out, date.today(),
                               producer_rate=rate, valid_days=days)  # fmt: skip
    except NotFound:
        return _fail(MSG_NO_CLIENT, id=args.client)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    _say(MSG_EXPORTED, path=path)
    return 0


MSG_NEEDS_WORKSHOP = QT_TRANSLATE_NOOP("cli", "export {kind} needs --workshop ID (csp-desk list workshops).")
MSG_NO_WORKSHOP = QT_TRANSLATE_NOOP("cli", "There is no workshop with id {id} (csp-desk list workshops).")
MSG_OUT_NOT_FOLDER = QT_TRANSLATE_NOOP(
    "cli", "{path} is a file; the handouts need a folder: give a folder's path (it is created if missing)."
)
MSG_OUT_IS_FOLDER = QT_TRANSLATE_NOOP(
    "cli", "{path} is a folder; give the path of the workbook, e.g. 集計.xlsx."
)
MSG_HANDOUTS_WRITTEN = QT_TRANSLATE_NOOP("cli", "Wrote {count} files to {path}")


def _export_workshop(args: argparse.Namespace) -> int:
    """The handouts of a workshop into a folder, or its summary workbook."""
    from .services.documents import export_handouts, export_workshop_summary
    from .store.errors import NotFound

    if args.workshop is None:
        print(i18n.message("cli", MSG_NEEDS_WORKSHOP, kind=args.kind), file=sys.stderr)
        return 2
    out: Path = args.out
    handouts = args.kind == "handouts"
    if handouts and out.exists() and not out.is_dir():
        return _fail(MSG_OUT_NOT_FOLDER, path=out)
    if not handouts and out.is_dir():
        return _fail(MSG_OUT_IS_FOLDER, path=out)
    store = _reader(_db(args.db), f"export {args.kind}")
    try:
        if handouts:
            written = export_handouts(store, args.workshop, out, load_catalogue(), date.today())
        else:
            path = export_workshop_summary(store, args.workshop, out, date.today())
    except NotFound:
        return _fail(MSG_NO_WORKSHOP, id=args.workshop)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=out, detail=exc.strerror or exc)
    finally:
        store.close()
    if handouts:
        _say(MSG_HANDOUTS_WRITTEN, count=len(written), path=out)
    else:
        _say(MSG_EXPORTED, path=path)
    return 0


MSG_NOTICE_INCOMPLETE = QT_TRANSLATE_NOOP("cli", "The terms notice cannot be issued yet. Missing: {items}")
MSG_NOTICE_NO_POSTING = QT_TRANSLATE_NOOP(
    "cli",
    "The terms notice cannot be issued yet. Missing: {items}\nNo posting is saved for work item {item}: "
    "these terms are written in its posting. Open it (業務分解 → 募集文…), fill them in and save, then "
    "issue the notice again.",
)
MSG_NOTICE_AGAIN = QT_TRANSLATE_NOOP(
    "cli",
    "This work item already had {count} notice(s) issued, the last given on {day}; both are kept. If this "
    "one corrects or amends it, tell the worker so.",
)
MSG_NOTICE_KEPT = QT_TRANSLATE_NOOP(
    "cli", "Wrote {path}; the issued notice (given on {day} by {channel}) is kept in the database."
)
MSG_NOTICE_LATE = QT_TRANSLATE_NOOP(
    "cli",
    "Given {days} days after the commissioning ({contracted}): the Freelance Act asks for the notice "
    "immediately (CONT-03). The late date is recorded as it is.",
)
MSG_FIRST_NOTICE_LATE = QT_TRANSLATE_NOOP(
    "cli",
    "The first notice for this contract was given on {first}, {days} days after the commissioning "
    "({contracted}): the Freelance Act asks for it immediately (CONT-03). Giving it again does not change "
    "that.",
)
MSG_NOTICE_NEEDS_GIVEN = QT_TRANSLATE_NOOP(
    "cli",
    "export notice needs --given-on DATE (the day the notice reaches the worker) and --channel "
    "platform, email or paper (how it reaches them).",
)
MSG_BAD_GIVEN_ON = QT_TRANSLATE_NOOP("cli", "--given-on {value}: {problem}")
MSG_GIVEN_IN_FUTURE = QT_TRANSLATE_NOOP(
    "cli", "--given-on {value} is in the future; record a notice on the day it is given, not before."
)
MSG_NOTICE_DIFFERS = QT_TRANSLATE_NOOP(
    "cli",
    "The terms notice was not issued: the posting and the recorded contract disagree. Correct the "
    "posting or the contract, then issue it again.\n{differences}",
)
MSG_DIFFERENCE = QT_TRANSLATE_NOOP("cli", "・{item}: posting {posting}, contract {contract}")
MSG_GIVEN_BEFORE_CONTRACT = QT_TRANSLATE_NOOP(
    "cli",
    "Note: the notice is recorded as given on {value}, before the contract's day ({contracted}). If one of "
    "the days is mistyped, correct it (the contract on the Orders page, or issue the notice again).",
)
MSG_WHICH_CONTRACT = QT_TRANSLATE_NOOP(
    "cli", "Work item {item} has several recorded contracts; say which with --contract ID:\n{contracts}"
)
MSG_NO_SUCH_CONTRACT = QT_TRANSLATE_NOOP(
    "cli", "Contract {id} is not recorded for work item {item}. Its contracts:\n{contracts}"
)
MSG_CONTRACT_LINE = QT_TRANSLATE_NOOP("cli", "・{id}: {worker}, {day}, {amount} yen")


def _export_notice(args: argparse.Namespace) -> int:
    from .domain.values import BAD_DATE, parse_date

    if args.work_item is None:
        print(i18n.message("cli", MSG_NEEDS_ITEM, kind=args.kind), file=sys.stderr)
        return 2
    if not args.given_on or not args.channel:
        print(i18n.message("cli", MSG_NOTICE_NEEDS_GIVEN), file=sys.stderr)
        return 2
    given_on, errors = parse_date("given_on", args.given_on)
    if errors or given_on is None:
        problem = i18n.translate("validation", BAD_DATE)
        return _fail(MSG_BAD_GIVEN_ON, value=args.given_on, problem=problem)
    if given_on > date.today():
        return _fail(MSG_GIVEN_IN_FUTURE, value=args.given_on)
    path = _db(args.db)
    with _writer(path, "export notice"):  # the notice as issued is kept in the database
        return _issue_notice(args, _open(path), given_on)


def _contract_lines(contracts) -> str:  # type: ignore[no-untyped-def]
    from .reports.common import jp_date

    return "\n".join(
        i18n.message("cli", MSG_CONTRACT_LINE, id=c.id, worker=c.worker.name, day=jp_date(c.contracted_on),
                     amount=f"{c.amount:,}")
        for c in contracts
    )  # fmt: skip


def _issue_notice(args: argparse.Namespace, store, given_on: date) -> int:  # type: ignore[no-untyped-def]
    from .domain.notice import (
        CHANNELS,
        ContractNeeded,
        NoticeConflict,
        UnknownContract,
        late_under_act,
        notice_order,
    )
    from .reports.common import jp_date
    from .reports.terms_notice import NoticeIncomplete
    from .services.documents import issue_terms_notice, last_issued, notice_inputs
    from .store.errors import NotFound

    try:
        inputs = notice_inputs(store, args.work_item, load_catalogue())
        order, drafted, earlier = inputs.order, inputs.drafted, inputs.earlier
        issue_terms_notice(store, args.work_item, order, args.out, given_on, channel=args.channel,
                           contract_id=args.contract)  # fmt: skip
        _kept, recorded = last_issued(store, args.work_item)
    except NotFound:
        return _fail(MSG_NO_ITEM, id=args.work_item)
    except NoticeIncomplete as exc:
        if not drafted:  # the terms the Orders page does not hold are written in the posting
            return _fail(MSG_NOTICE_NO_POSTING, items=i18n.labels(exc.items), item=args.work_item)
        return _fail(MSG_NOTICE_INCOMPLETE, items=i18n.labels(exc.items))
    except NoticeConflict as exc:
        lines = "\n".join(
            i18n.message("cli", MSG_DIFFERENCE, item=i18n.translate("notice", d.item), posting=d.posting,
                         contract=d.contract)
            for d in exc.differences
        )  # fmt: skip
        return _fail(MSG_NOTICE_DIFFERS, differences=lines)
    except ContractNeeded as exc:
        return _fail(MSG_WHICH_CONTRACT, item=args.work_item, contracts=_contract_lines(exc.contracts))
    except UnknownContract as exc:
        return _fail(MSG_NO_SUCH_CONTRACT, id=exc.contract_id, item=args.work_item,
                     contracts=_contract_lines(exc.contracts) or "-")  # fmt: skip
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    finally:
        store.close()
    channel = i18n.translate("notice", CHANNELS[args.channel])
    _say(MSG_NOTICE_KEPT, path=args.out, day=jp_date(given_on), channel=channel)
    given_before = [n.given_on for n in earlier if n.given_on is not None]
    if given_before:
        _say(MSG_NOTICE_AGAIN, count=len(given_before), day=jp_date(max(given_before)))
    # the notice's terms decide whether the Act applies (the recorded worker), and the day it answers
    # is the contract's or its latest change's; without a recorded contract, the posting's own
    basis, contracted = order, order.contract.contracted_on if order.contract else None
    if recorded is not None:
        basis, contracted = notice_order(order, recorded), recorded.commissioned_on
    # a notice given again for the same contract (a copy, a correction) is not the one the Act asked
    # for at once: CONT-03 counts the first given since the commissioning, as the checklist does
    before = [n.given_on for n in earlier if recorded is not None and n.work_contract_id == recorded.id]
    since = [d for d in before if d is not None and contracted is not None and d >= contracted]
    first = min([*since, given_on])
    late = late_under_act(basis, contracted, first)
    if contracted is not None and given_on < contracted:
        _say(MSG_GIVEN_BEFORE_CONTRACT, value=jp_date(given_on), contracted=jp_date(contracted))
    if late and first < given_on:
        _say(MSG_FIRST_NOTICE_LATE, days=late, first=jp_date(first), contracted=jp_date(contracted))
    elif late:
        _say(MSG_NOTICE_LATE, days=late, contracted=jp_date(contracted))
    return 0


MSG_INVALID_ORDER = QT_TRANSLATE_NOOP("cli", "{file}: not a valid order: {problem}")
MSG_NO_FINDINGS = QT_TRANSLATE_NOOP("cli", "No findings: every rule checked is met.")


def _check(args: argparse.Namespace) -> int:
    from .domain.orders import OrderFileError, read_order_bytes
    from .domain.rules import Severity, check, load_reference

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        print(
            i18n.message("cli", MSG_INVALID_ORDER, file=args.file, problem=exc.strerror or exc),
            file=sys.stderr,
        )
        return 2
    try:
        catalogue = load_catalogue()
        order = read_order_bytes(raw, frozenset(c.id for c in catalogue.categories))
    except OrderFileError as exc:
        params = {k: i18n.translate("orders", v) if isinstance(v, str) else v for k, v in exc.params.items()}
        problem = i18n.message("orders", exc.message, **params)
        print(i18n.message("cli", MSG_INVALID_ORDER, file=args.file, problem=problem), file=sys.stderr)
        return 2
    from .paths import DATA, added_wages_path

    findings = check(order, reference=load_reference(DATA, added_wages_path(), catalogue))
    if args.json:
        out = []
        for f in findings:
            text, basis = i18n.finding_texts(f)
            out.append(
                {
                    "rule": f.rule,
                    "severity": f.severity.value,
                    "message": text,
                    "basis": basis,
                    "field": f.field,
                }
            )
        print(json.dumps({"format": "csp-desk.findings/1", "findings": out}, ensure_ascii=False, indent=2))
    elif not findings:
        _say(MSG_NO_FINDINGS)
    else:
        for f in findings:
            text, basis = i18n.finding_texts(f)
            word = i18n.severity_word(f.severity.value)
            print(f"{word}\t{f.rule}\t{f.field}\t{text}\t[{basis}]")
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


MSG_SOUND = QT_TRANSLATE_NOOP("cli", "{path}: sound (integrity ok, schema {revision}).")
MSG_NOT_SOUND = QT_TRANSLATE_NOOP("cli", "{path}: damaged: {problems}")
MSG_NO_DATABASE = QT_TRANSLATE_NOOP("cli", "{path}: there is no database here.")
MSG_BACKED_UP = QT_TRANSLATE_NOOP("cli", "Backed up to {path}")
MSG_RESTORED = QT_TRANSLATE_NOOP("cli", "Restored {path} from {backup}; the previous file was kept as {kept}")
MSG_RESTORED_SERVER = QT_TRANSLATE_NOOP(
    "cli", "Restored {backup} into the team database {path} ({rows} records)."
)


def _shown(address: object) -> str:
    """A server's address without its password, as it may be printed."""
    from .services.team import shown_address

    return shown_address(str(address))


def _verify(args: argparse.Namespace) -> int:
    from .store.backups import integrity_problems
    from .store.files import REVISIONS, schema_revision

    path = _db(args.db)
    if _on_server(path):
        from .services.backups import verify_server

        revision, problems = verify_server(str(path))
        if problems:
            return _fail(MSG_NOT_SOUND, path=_shown(path), problems="; ".join(problems[:5]))
        _say(MSG_SOUND, path=_shown(path), revision=revision)
        return 0
    if not path.exists():
        return _fail(MSG_NO_DATABASE, path=path)
    problems = integrity_problems(path, quick=False)
    if problems:
        return _fail(MSG_NOT_SOUND, path=path, problems="; ".join(problems[:5]))
    revision = schema_revision(path)  # raises NewerDatabase / NotADatabase with their message
    if revision is not None and revision not in REVISIONS:
        from .store.errors import NewerDatabase

        raise NewerDatabase(found=revision)
    _say(MSG_SOUND, path=path, revision=revision or "-")
    return 0


MSG_NEW_KEY = QT_TRANSLATE_NOOP(
    "cli",
    "A new backup key was made and kept in {where}. Write down this recovery key now and keep it "
    "apart from the backup; it is shown only once:\n{key}",
)
MSG_NEEDS_OUT_ENCRYPT = QT_TRANSLATE_NOOP("cli", "backup --encrypt needs --out FILE.")
MSG_NO_KEY = QT_TRANSLATE_NOOP(
    "cli", "This backup is encrypted and no key is kept on this computer: give --recovery-key."
)
KEPT_WORDS = {
    "keyring": QT_TRANSLATE_NOOP("cli", "the system keyring"),
    "memory": QT_TRANSLATE_NOOP(
        "cli", "memory only (no keyring works here: it is lost when this command ends)"
    ),
}


def _backup_key() -> bytes:
    """The key of encrypted backups from the keyring, made (and its recovery key shown) once."""
    from . import keychain

    key, made = keychain.backup_key()
    if made is not None:
        _say(MSG_NEW_KEY, where=i18n.message("cli", KEPT_WORDS[made.kept.value]), key=made.recovery)
    return key


def _backup(args: argparse.Namespace) -> int:
    from .services import backups

    path = _db(args.db)
    if not _on_server(path) and not path.exists():
        return _fail(MSG_NO_DATABASE, path=path)
    if args.encrypt and args.out is None:
        print(i18n.message("cli", MSG_NEEDS_OUT_ENCRYPT), file=sys.stderr)
        return 2
    try:
        if _on_server(path):  # every row into a csp-desk file, encrypted when asked
            target = backups.back_up_server(str(path), args.out, key=_backup_key() if args.encrypt else None)
        elif args.encrypt:
            target = backups.back_up_sealed(path, args.out, _backup_key())
        else:
            target = backups.back_up(path, out=args.out)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out or path.parent, detail=exc.strerror or exc)
    _say(MSG_BACKED_UP, path=target)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from .services import backups
    from .store.sealed import key_from_recovery

    path = _db(args.db)

    def key() -> bytes | None:
        return key_from_recovery(args.recovery_key) if args.recovery_key else backups.kept_key()

    try:
        if _on_server(path):
            rows = backups.restore_into_server(args.file, str(path), key)
            _say(MSG_RESTORED_SERVER, path=_shown(path), backup=args.file, rows=rows)
            return 0
        kept = backups.restore(args.file, path, key)
    except backups.NoBackupKey:
        return _fail(MSG_NO_KEY)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=path, detail=exc.strerror or exc)
    _say(MSG_RESTORED, path=path, backup=args.file, kept=kept or "-")
    return 0


MSG_TEAM_ON_FILE = QT_TRANSLATE_NOOP(
    "cli",
    "{path} is a file on this computer; a team is made on a PostgreSQL server's database: give its "
    "address with --db postgresql://USER@HOST:5432/DBNAME (see TEAM_SERVER.md).",
)
MSG_TEAM_READY = QT_TRANSLATE_NOOP(
    "cli", "The team's roles and rules are in place on {path} ({members} members)."
)
MSG_TEAM_UNOWNED = QT_TRANSLATE_NOOP(
    "cli",
    "{count} clients belong to nobody yet (from before the team): only admins and viewers see them. "
    "Give them to a producer: csp-desk team assign NAME --unowned",
)
MSG_MEMBER_ADDED = QT_TRANSLATE_NOOP("cli", "{login} can now sign in as {role}.")
MSG_MEMBER_CHANGED = QT_TRANSLATE_NOOP("cli", "{login} is now {role}.")
MSG_MEMBER_REMOVED = QT_TRANSLATE_NOOP(
    "cli", "{login} is no longer on the team; the records they made stay (give their clients to another)."
)
MSG_NO_MEMBERS = QT_TRANSLATE_NOOP("cli", "No members yet: csp-desk team add-user NAME --role producer")
MSG_ASSIGNED = QT_TRANSLATE_NOOP("cli", "Gave {clients} clients and {workshops} workshops to {login}.")
MSG_SHARED = QT_TRANSLATE_NOOP("cli", "Client {client} is now shared with {login}.")
MSG_SHARED_ALREADY = QT_TRANSLATE_NOOP("cli", "Client {client} was already shared with {login}.")
MSG_PASSWORD = QT_TRANSLATE_NOOP("cli", "Password for {login}: ")
MSG_PASSWORD_AGAIN = QT_TRANSLATE_NOOP("cli", "The same password again: ")
MSG_PASSWORD_DIFFERS = QT_TRANSLATE_NOOP("cli", "The two passwords differ; nothing was changed.")
MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP(
    "cli", "A new sign-in needs a password of at least {length} characters; nothing was changed."
)
ROLE_WORDS = {
    "admin": QT_TRANSLATE_NOOP("cli", "admin"),
    "producer": QT_TRANSLATE_NOOP("cli", "producer"),
    "facilitator": QT_TRANSLATE_NOOP("cli", "facilitator"),
    "viewer": QT_TRANSLATE_NOOP("cli", "viewer (reads only)"),
}
MIN_PASSWORD = 8


def _password(login: str) -> str:
    """A new password: asked twice on a terminal, else the first line of standard input (a
    script's, which never puts it on the command line)."""
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(i18n.message("cli", MSG_PASSWORD, login=login))
    if getpass.getpass(i18n.message("cli", MSG_PASSWORD_AGAIN)) != first:
        raise _Refused(MSG_PASSWORD_DIFFERS)
    return first


class _Refused(Exception):
    def __init__(self, template: str, **params: object):
        self.template, self.params = template, params


MSG_TAKEN = QT_TRANSLATE_NOOP(
    "cli",
    "Took {clients} clients along into {path} ({records} records), marked as yours on the team database. "
    "Open it with csp-desk --db {path}; bring it back with csp-desk team check-in {path}",
)
MSG_BROUGHT_BACK = QT_TRANSLATE_NOOP(
    "cli", "Brought back to the team database: {changed} changed, {added} added, {deleted} deleted."
)
MSG_CONFLICTS = QT_TRANSLATE_NOOP(
    "cli",
    "Nothing was brought back: {count} changes clash with changes made on the team database meanwhile. "
    "Settle each in the file (or with your colleague), then bring it back again:",
)


def _check_in(args: argparse.Namespace) -> int:
    from .domain.text import Refused
    from .services import checkout

    if not args.file.is_file():
        return _fail(MSG_NO_DATABASE, path=args.file)
    with _writer(args.file, "team check-in"):
        store = _open(args.file)
        try:
            done = checkout.bring_back(store)
        except checkout.Conflicts as clash:
            lines = [i18n.message("cli", MSG_CONFLICTS, count=len(clash.conflicts))]
            lines += [f"・{checkout.conflict_text(c)}" for c in clash.conflicts]
            print("\n".join(lines), file=sys.stderr)
            return 1
        except Refused as exc:
            return _fail(MSG_ERROR, message=i18n.message("store", exc.message, **exc.params))
        finally:
            store.close()
    _say(MSG_BROUGHT_BACK, changed=done.changed, added=done.added, deleted=done.deleted)
    for note in done.left:  # what stays in the file only
        print(f"・{checkout.conflict_text(note)}")
    return 0


def _team(args: argparse.Namespace) -> int:
    from .domain.text import Refused
    from .services import team

    if args.action == "check-in":
        return _check_in(args)
    path = _db(args.db)
    if not _on_server(path):
        return _fail(MSG_TEAM_ON_FILE, path=path)
    store = _open(path)
    try:
        return _team_action(args, store, team)
    except _Refused as refused:
        return _fail(refused.template, **refused.params)
    except Refused as exc:
        return _fail(MSG_ERROR, message=i18n.message("store", exc.message, **exc.params))
    finally:
        store.close()


def _team_action(args: argparse.Namespace, store, team) -> int:  # type: ignore[no-untyped-def]
    where = store.where
    if args.action == "init":
        state = team.init_team(store)
        _say(MSG_TEAM_READY, path=where, members=len(state.members))
        if state.unowned:
            _say(MSG_TEAM_UNOWNED, count=state.unowned)
        return 0
    role_word = i18n.message("cli", ROLE_WORDS.get(getattr(args, "role", "") or "", "-"))
    if args.action == "add-user":
        team.as_owner(store)  # before a password is asked for nothing
        new = team.needs_password(store, args.login)
        password = None
        if new or not args.keep_password:
            password = _password(args.login)
            if len(password) < MIN_PASSWORD and (new or password):
                raise _Refused(MSG_PASSWORD_SHORT, length=MIN_PASSWORD)
        made = team.add_member(store, args.login, args.role, args.name, password or None)
        _say(MSG_MEMBER_ADDED if made else MSG_MEMBER_CHANGED, login=args.login, role=role_word)
        return 0
    if args.action == "remove-user":
        team.remove_member(store, args.login)
        _say(MSG_MEMBER_REMOVED, login=args.login)
        return 0
    if args.action == "list":
        found = team.members(store)
        if args.json:
            rows = [{"login": m.login, "name": m.display_name, "role": m.role} for m in found]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not found:
            _say(MSG_NO_MEMBERS)
        for m in [] if args.json else found:
            print(f"{m.login}\t{i18n.message('cli', ROLE_WORDS[m.role])}\t{m.display_name}")
        return 0
    if args.action == "check-out":
        from .services.checkout import take_along

        taken = take_along(store, args.client, args.out)
        _say(MSG_TAKEN, clients=taken.clients, path=taken.path, records=taken.records)
        return 0
    if args.action == "assign":
        clients, workshops = team.assign(store, args.login, None if args.unowned else args.client)
        _say(MSG_ASSIGNED, clients=clients, workshops=workshops, login=args.login)
        return 0
    shared = team.share(store, args.client, args.login)
    _say(MSG_SHARED if shared else MSG_SHARED_ALREADY, client=args.client, login=args.login)
    return 0


MSG_NO_WORKER = QT_TRANSLATE_NOOP("cli", "There is no worker with id {id}.")
MSG_NEEDS_OUT = QT_TRANSLATE_NOOP("cli", "personal-data export needs --out FILE.")
MSG_PERSONAL_EXPORTED = QT_TRANSLATE_NOOP("cli", "Wrote {path} and, to read, {readable}")
MSG_ERASED_CONTACT = QT_TRANSLATE_NOOP(
    "cli", "Client {id}: the contact person's name, phone and email erased."
)
MSG_ERASED = QT_TRANSLATE_NOOP(
    "cli", "Worker {id}: personal data erased; their orders keep an anonymous name."
)


MSG_IMPORTED = {
    "clients": QT_TRANSLATE_NOOP(
        "cli",
        "Imported {added:,} clients; left out {already:,} already in the database and {repeated:,} repeated.",
    ),
    "workers": QT_TRANSLATE_NOOP(
        "cli",
        "Imported {added:,} workers; left out {already:,} already in the database and {repeated:,} repeated.",
    ),
}
MSG_IGNORED_COLUMNS = QT_TRANSLATE_NOOP("cli", "Columns not read: {columns}")


def _import(args: argparse.Namespace) -> int:

    if args.kind == "client":
        return _import_client(args)
    path = _db(args.db)
    with _writer(path, f"import {args.kind}"):
        return _import_into(args, _open(path))


def _import_into(args: argparse.Namespace, store) -> int:  # type: ignore[no-untyped-def]
    from .domain.list_import import ListRefused
    from .services.imports import ImportRefused, import_clients, import_workers
    from .tables import TableError

    try:
        result = (import_clients if args.kind == "clients" else import_workers)(store, args.file)
    except (TableError, ListRefused, ImportRefused) as exc:
        return _fail(MSG_ERROR, message=i18n.import_text(exc))
    finally:
        store.close()
    _say(MSG_IMPORTED[args.kind], added=result.added, already=result.already_there, repeated=result.repeated)
    if result.ignored_columns:
        _say(MSG_IGNORED_COLUMNS, columns="、".join(result.ignored_columns))
    return 0


def _personal_data(args: argparse.Namespace) -> int:

    if args.action == "export" and args.out is None:
        print(i18n.message("cli", MSG_NEEDS_OUT), file=sys.stderr)
        return 2
    path = _db(args.db)
    if args.action == "export":
        return _personal_data_in(args, _reader(path, "personal-data export"))
    with _writer(path, "personal-data erase"):
        return _personal_data_in(args, _open(path))


def _personal_data_in(args: argparse.Namespace, store) -> int:  # type: ignore[no-untyped-def]
    from .services import privacy
    from .store.errors import NotFound

    try:
        if args.client is not None:
            if args.action == "export":
                found = privacy.client_data(store, args.client)
            else:
                privacy.erase_client_contact(store, args.client, date.today())
        elif args.action == "export":
            found = privacy.worker_data(store, args.worker)
        else:
            privacy.erase_worker(store, args.worker, date.today())
    except NotFound:
        if args.client is not None:
            return _fail(MSG_NO_CLIENT, id=args.client)
        return _fail(MSG_NO_WORKER, id=args.worker)
    finally:
        store.close()
    if args.action == "erase":
        _say(MSG_ERASED_CONTACT if args.client is not None else MSG_ERASED, id=args.client or args.worker)
        return 0
    from .reports.personal_data import write_both

    try:  # the same in words beside the JSON, for the person to read
        readable = write_both(found.data, args.out, date.today(), found.holder)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    _say(MSG_PERSONAL_EXPORTED, path=args.out, readable=readable)
    return 0


MSG_INVALID_CLIENT_FILE = QT_TRANSLATE_NOOP(
    "cli", "{file} cannot be imported as a client file ({problem}); nothing was imported."
)
MSG_CLIENT_IMPORTED = QT_TRANSLATE_NOOP(
    "cli",
    "Imported the client “{name}” as id {id}, with {consultations:,} consultations and {items:,} work items.",
)


def _export_client(args: argparse.Namespace) -> int:
    """Writes one client with everything recorded about it as a client file (csp-desk.client/1)."""
    from .services.client_files import write_client_file
    from .store.errors import NotFound

    if args.client is None:
        print(i18n.message("cli", MSG_NEEDS_CLIENT, kind=args.kind), file=sys.stderr)
        return 2
    store = _reader(_db(args.db), "export client")
    try:
        write_client_file(store, args.client, args.out, date.today())
    except NotFound:
        return _fail(MSG_NO_CLIENT, id=args.client)
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=args.out, detail=exc.strerror or exc)
    finally:
        store.close()
    _say(MSG_EXPORTED, path=args.out)
    return 0


def _write_json(out: Path, data: object) -> int:
    """Writes a JSON document for people and programs alike (indented, UTF-8) and says so."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(MSG_CANNOT_WRITE, path=out, detail=exc.strerror or exc)
    _say(MSG_EXPORTED, path=out)
    return 0


def _client_file_problem(exc: Exception) -> str:
    """Why a client file was refused, in the interface language (the form's check filled in)."""
    return i18n.client_file_problem(exc)


def _import_client(args: argparse.Namespace) -> int:
    """Reads and checks the whole file first, then adds the client in one transaction under the
    writer lock; refused, with nothing written, when the database already has the client."""
    from .domain.client_file import read_client_bytes
    from .domain.orders import OrderFileError
    from .domain.text import Refused
    from .services.client_files import ClientFileRefused, import_client_file

    try:  # checked before the database is opened: a wrong file leaves the database untouched
        read_client_bytes(args.file.read_bytes())
    except OSError as exc:
        problem = str(exc.strerror or exc)
        return _fail(MSG_INVALID_CLIENT_FILE, file=args.file, problem=problem)
    except OrderFileError as exc:
        return _fail(MSG_INVALID_CLIENT_FILE, file=args.file, problem=_client_file_problem(exc))
    path = _db(args.db)
    with _writer(path, "import client"):
        store = _open(path)
        try:
            imported = import_client_file(store, args.file)
        except ClientFileRefused as exc:  # changed since it was checked
            return _fail(MSG_INVALID_CLIENT_FILE, file=args.file, problem=str(exc.cause))
        except Refused as exc:
            return _fail(MSG_ERROR, message=i18n.message("store", exc.message, **exc.params))
        finally:
            store.close()
    _say(MSG_CLIENT_IMPORTED, name=imported.name, id=imported.client_id,
         consultations=imported.consultations, items=imported.work_items)  # fmt: skip
    return 0


MSG_UNKNOWN = QT_TRANSLATE_NOOP("cli", "csp-desk: “{word}” is not a command. Did you mean “{nearest}”?")
MSG_UNKNOWN_NO_MATCH = QT_TRANSLATE_NOOP("cli", "csp-desk: “{word}” is not a command.")
MSG_COMMANDS = QT_TRANSLATE_NOOP(
    "cli",
    "Commands: {commands}. Without a command, csp-desk opens the window (--db FILE, --demo); "
    "csp-desk --help tells more.",
)


def _nearest(word: str, choices: Sequence[str]) -> str | None:
    """The known word closest to a mistyped one (in the user's language from here on)."""
    import difflib

    i18n.install(i18n.chosen_language())
    found = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_command(word: str, commands: Sequence[str]) -> int:
    """Says that `word` is no command, with the nearest one; exit status 2, as argparse's."""
    nearest = _nearest(word, commands)
    if nearest:
        print(i18n.message("cli", MSG_UNKNOWN, word=word, nearest=nearest), file=sys.stderr)
    else:
        print(i18n.message("cli", MSG_UNKNOWN_NO_MATCH, word=word), file=sys.stderr)
    print(i18n.message("cli", MSG_COMMANDS, commands=i18n.labels(list(commands), "cli")), file=sys.stderr)
    return 2


MSG_UNKNOWN_OPTION = QT_TRANSLATE_NOOP(
    "cli", "csp-desk: “{word}” is not an option of the window. Did you mean “{nearest}”?"
)
MSG_UNKNOWN_OPTION_NO_MATCH = QT_TRANSLATE_NOOP(
    "cli", "csp-desk: “{word}” is not an option of the window (it knows {options})."
)


def unknown_option(word: str, options: Sequence[str]) -> int:
    """Says that the window has no option `word`, with the nearest one; exit status 2."""
    nearest = _nearest(word, options)
    if nearest:
        print(i18n.message("cli", MSG_UNKNOWN_OPTION, word=word, nearest=nearest), file=sys.stderr)
    else:
        known = i18n.labels(list(options), "cli")
        print(i18n.message("cli", MSG_UNKNOWN_OPTION_NO_MATCH, word=word, options=known), file=sys.stderr)
    return 2


def run(argv: Sequence[str]) -> int:
    i18n.install(i18n.chosen_language())
    args = _parser().parse_args(list(argv))
    from . import logs

    database = vars(args).get("db")  # as given: a folder in its place is refused below, with a message
    if _on_server(database):
        try:
            database = _shown(database)  # never a password in the log
        except Exception:
            database = "(a team database address that is not a usable one)"
    logs.setup(f"command {args.command}", database=database if database is not None else "-")
    logs.log_uncaught()
    from .store.errors import StoreError

    handlers = {
        "demo": _demo,
        "list": _list,
        "export": _export,
        "check": _check,
        "verify": _verify,
        "backup": _backup,
        "restore": _restore,
        "personal-data": _personal_data,
        "import": _import,
        "team": _team,
    }
    try:
        return handlers[args.command](args)
    except StoreError as exc:
        return _fail(MSG_ERROR, message=i18n.store_text(exc))
    except CatalogueError as exc:
        return _fail(
            MSG_CATALOGUE,
            file=exc.path,
            entry=exc.entry,
            field=exc.field,
            problem=i18n.message("catalogue", exc.message, **exc.params),
        )
    except InvalidInput as exc:
        problems = "; ".join(i18n.message(e.context, e.message, **e.params) for e in exc.errors)
        return _fail(MSG_ERROR, message=problems)
