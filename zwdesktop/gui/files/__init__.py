"""Workshop files from the window: the welcome screen, opening, the read-only notice, backups and restoring."""
