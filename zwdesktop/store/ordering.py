"""Lists the user orders (agenda, photos, clusters, agreements, the steering group): one way to number them.

Positions are numbered 0, 1, 2 … in the order given. Only a row whose
position changes is written, and it gets a fresh ``updated_at``, so that a
merge of two laptops' files carries the new order; ``touched`` (the row the
user moved) is stamped even when its number stays, as the user did move it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.workshop import utc_now

if TYPE_CHECKING:
    from sqlite_utils import Database


def renumber(db: Database, table: str, order: Sequence[str], touched: str | None = None) -> None:
    """Give the rows ``order`` lists the positions 0, 1, 2 … (inside the caller's transaction)."""
    positions = dict(db.execute(f"SELECT id, position FROM [{table}]").fetchall())
    now = utc_now()
    for position, row_id in enumerate(order):
        if positions.get(row_id) != position or row_id == touched:
            db.execute(f"UPDATE [{table}] SET position = ?, updated_at = ? WHERE id = ?", [position, now, row_id])
