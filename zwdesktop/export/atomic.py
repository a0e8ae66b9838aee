"""Write export files atomically: to a temporary file beside the target, then rename.

A crash or a full disk mid-write leaves the previous file intact, never a half file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` in one step (fsync before the rename)."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary document.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def write_text_atomic(target: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text``."""
    write_bytes_atomic(target, text.encode(encoding))
