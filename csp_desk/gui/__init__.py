"""The Qt window: pages, dialogs, table models. Shows and asks; decisions live in domain/."""
