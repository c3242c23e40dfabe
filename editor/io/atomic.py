"""Files are replaced whole or not at all: written beside the target, then renamed over it."""

from __future__ import annotations

import os
import secrets
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def write_atomically(target: Path, data: bytes, like: Path | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target``, flush it to disk, then rename it over.

    ``like`` names a file whose permissions the new one keeps (the file being replaced).
    """
    with replacing(target) as temp:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if like is not None:
            os.chmod(temp, stat.S_IMODE(os.stat(like).st_mode))


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; renamed over ``target`` when the block ends
    normally, removed when it raises (cancelled, failed), so an earlier file is never lost."""
    target = Path(target)
    temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}")
    done = False
    try:
        yield temp
        os.replace(temp, target)
        done = True
    finally:
        if not done:
            temp.unlink(missing_ok=True)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
