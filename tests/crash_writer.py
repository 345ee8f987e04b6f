"""Commits clients in a loop through the app's own store and reports each commit once it returned;
the crash test kills this process with SIGKILL at random moments."""

import sys
from pathlib import Path

from csp_desk.domain.client import ClientDraft
from csp_desk.store import repo
from csp_desk.store.db import open_store


def main() -> None:
    path, start = Path(sys.argv[1]), int(sys.argv[2])
    store = open_store(path)
    number = start
    while True:
        with store.session() as session:
            repo.save_client(
                session, ClientDraft(name=f"クラッシュ試験 {number}", notes="x" * (number % 700)), None
            )
        print(number, flush=True)  # reported only after the commit returned
        number += 1


if __name__ == "__main__":
    main()
