"""Plain-text import: a manuscript typed or pasted as text becomes a structured draft.

Paragraphs are separated by blank lines. A paragraph that is one short line
naming a part of a case report ("Introduction", "Case presentation",
"2. Discussion", "## References", "ABSTRACT") is a heading; "Abstract: ..."
and "Keywords: ..." may also run in. Everything else is decided by
``manuscript_import.assemble``.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor.domain.report import CaseReport

from .import_result import ImportFailed, ImportResult, Progress
from .import_sections import STRUCTURED, case_part, normalise_title, top_part
from .manuscript_import import Block, assemble

_MARKDOWN_HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*#*$")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")
MAX_BYTES = 20_000_000


def import_text_file(path: str | Path, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"{path}: {len(data) // 1_000_000} MB is too large for a manuscript")
    if b"\x00" in data[:4096]:
        raise ImportFailed(f"{path}: this is not a text file (save the manuscript as plain text, or import the .docx)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return import_text(text, path.name, progress)


def import_text(text: str, source: str = "pasted text", progress: Progress | None = None) -> ImportResult:
    """A manuscript as plain text; ``source`` names it in the summary."""
    if not text.strip():
        raise ImportFailed(f"{source}: there is no text to import")
    result = ImportResult(CaseReport(), source, "plain text", progress=progress)
    return assemble(text_blocks(text), result)


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        level = heading_level(lines[0])
        if not level and len(lines) > 1 and any(b.level for b in blocks) and _heading_shaped(lines[0]):
            level = 1  # an unknown heading ("Authors' contributions") over its text, once headings are in use
        if level:
            blocks.append(Block(_heading_text(lines[0]), level=level))
            lines = lines[1:]
            if not lines:
                continue
        run_in = re.match(r"^(abstract|summary|background|introduction|discussion|conclusions?)\s*:\s+(\S.*)$",
                          lines[0], re.I)
        if run_in and run_in.group(1).lower() not in ("abstract", "summary") and len(blocks) > 2:
            blocks.append(Block(run_in.group(1).capitalize(), level=1))
            lines[0] = run_in.group(2)
        blocks.append(Block(" ".join(lines), lines=lines))
    return blocks


def heading_level(line: str) -> int:
    """1 or 2 when the line is a heading, else 0."""
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        return min(len(markdown.group(1)), 3)
    if len(line) > 80 or line.rstrip().endswith((".", ",", ";")) or ":" in line.rstrip(":"):
        return 0
    title = normalise_title(line)
    numbered = _NUMBERED.match(line)
    if top_part(line):
        return 1
    if case_part(line) or title in STRUCTURED:
        return 2 if numbered and "." in numbered.group(1) else 1
    if numbered and len(title.split()) <= 8 and line[numbered.end(1):].strip(". ")[:1].isupper():
        return 2 if "." in numbered.group(1).strip(".") else 1
    return 0


def _heading_shaped(line: str) -> bool:
    return (len(line) <= 60 and len(line.split()) <= 6 and line[:1].isupper()
            and not line.rstrip().endswith((".", ",", ";", ":")))


def _heading_text(line: str) -> str:
    markdown = _MARKDOWN_HEADING.match(line)
    return (markdown.group(2) if markdown else line).strip().rstrip(":")
