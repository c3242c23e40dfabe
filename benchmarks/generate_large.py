"""A large, deterministic, clearly fictional case report for benchmarks.

2,000 references, 500 treatment courses, 300 outcomes, 10,000 investigations
and narrative text carrying 5,000 citation markers. Other benchmarks call
``large_report()``; ``python benchmarks/generate_large.py OUT.case.json``
writes it as a native file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.domain import CaseReport  # noqa: E402

REFERENCES = 2_000
COURSES = 500
OUTCOMES = 300
INVESTIGATIONS = 10_000
CITATION_MARKERS = 5_000
SEED = 20240601

AGENTS = (
    ("prednisolone", "corticosteroid", "oral", 60, "mg"),
    ("cyclophosphamide", "alkylating agent", "intravenous", 500, "mg"),
    ("mycophenolate mofetil", "antimetabolite", "oral", 1, "g"),
    ("cyclosporine A", "calcineurin inhibitor", "oral", 150, "mg"),
    ("rituximab", "anti-CD20 antibody", "intravenous", 375, "mg/m²"),
    ("tacrolimus", "calcineurin inhibitor", "oral", 2, "mg"),
)
TESTS = (
    ("serum creatinine", "µmol/L", 60, 400),
    ("serum albumin", "g/L", 12, 45),
    ("urine protein-creatinine ratio", "mg/mmol", 20, 1200),
    ("haemoglobin", "g/L", 80, 160),
    ("CD19+ B cells", "cells/µL", 0, 300),
)
WORDS = (
    "nephrotic syndrome proteinuria remission relapse steroid-resistant podocyte glomerular "
    "biopsy segmental sclerosis therapy response dose infusion tolerated follow-up renal "
    "function albumin oedema calcineurin inhibitor toxicity cohort series reported"
).split()
OUTCOME_KINDS = ("complete_remission", "partial_remission", "no_response", "relapse", "progression")


def _sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def _cited_paragraphs(rng: random.Random, markers: int) -> str:
    """Sentences, each ending in a marker citing one to three references."""
    sentences = []
    for _ in range(markers):
        ids = rng.sample(range(1, REFERENCES + 1), rng.choice((1, 1, 2, 3)))
        sentences.append(f"{_sentence(rng)} [{'; '.join(f'@ref-{i}' for i in ids)}].")
    return "\n\n".join(" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6))


def _reference(rng: random.Random, n: int) -> dict:
    first = rng.randint(1, 2000)
    return {
        "id": f"ref-{n}",
        "authors": [
            {"family": f"Author{rng.randint(1, 9999)}", "initials": rng.choice(("A", "BC", "DE", "F"))}
            for _ in range(rng.randint(1, 6))
        ],
        "et_al": rng.random() < 0.2,
        "title": _sentence(rng, 10),
        "container": rng.choice(("Kidney Int", "J Am Soc Nephrol", "Nephrol Dial Transplant", "Pediatr Nephrol")),
        "year": rng.randint(1980, 2024),
        "volume": str(rng.randint(1, 120)),
        "issue": str(rng.randint(1, 12)),
        "first_page": str(first),
        "last_page": str(first + rng.randint(1, 12)),
        "doi": f"10.{rng.randint(1000, 9999)}/fict.{n}",
        "pmid": str(10_000_000 + n),
    }


def _course(rng: random.Random, n: int) -> dict:
    agent, drug_class, route, dose, unit = rng.choice(AGENTS)
    doses = rng.randint(1, 12)
    return {
        "id": f"course-{n}",
        "agent": agent,
        "drug_class": drug_class,
        "route": route,
        "dose": {"value": dose, "unit": unit},
        "dose_basis": "per_m2" if unit.endswith("m²") else "fixed",
        "frequency": {"interval": 1, "unit": "week"},
        "number_of_doses": doses,
        "start": {"offset": n * 2, "unit": "week", "anchor": "presentation"},
        "end": {"offset": n * 2 + doses, "unit": "week", "anchor": "presentation"},
        "line": n % 8 + 1,
        "regimen": f"regimen {n // 3}",
        "intent": rng.choice(("induction", "maintenance", "rescue")),
        "stop_reason": rng.choice(("completed", "no_response", "toxicity", "relapse")),
        "response": _sentence(rng, 8),
        "note": _sentence(rng, 12),
    }


def _investigation(rng: random.Random, n: int) -> dict:
    name, unit, low, high = TESTS[n % len(TESTS)]
    return {
        "id": f"inv-{n}",
        "name": name,
        "value": round(rng.uniform(low, high), 1),
        "unit": unit,
        "time": {"offset": n // len(TESTS), "unit": "day", "anchor": "presentation"},
    }


def _outcome(rng: random.Random, n: int) -> dict:
    return {
        "id": f"outcome-{n}",
        "kind": rng.choice(OUTCOME_KINDS),
        "time": {"offset": n * 3, "unit": "week", "anchor": "presentation"},
        "course_ids": [f"course-{rng.randint(1, COURSES)}"],
        "evidence_ids": [f"inv-{rng.randint(1, INVESTIGATIONS)}" for _ in range(2)],
        "description": _sentence(rng, 10),
    }


def large_report(seed: int = SEED) -> CaseReport:
    """The benchmark report; the same seed gives the same report."""
    rng = random.Random(seed)
    data = {
        "metadata": {
            "title": "Fictional benchmark case report: a large steroid-resistant nephrotic syndrome series",
            "keywords": ["benchmark", "fictional", "nephrotic syndrome"],
            "authors": [{"family": f"Writer{i}", "given": "Test", "initials": "T"} for i in range(12)],
        },
        "abstract": {
            "background": _cited_paragraphs(rng, 100),
            "case_presentation": _sentence(rng, 60),
            "conclusion": _cited_paragraphs(rng, 100),
        },
        "introduction": _cited_paragraphs(rng, 1_000),
        "patient": {"age": {"value": 21, "unit": "year"}, "sex": "male"},
        "clinical_findings": _sentence(rng, 80),
        "investigations": [_investigation(rng, n) for n in range(1, INVESTIGATIONS + 1)],
        "treatment_courses": [_course(rng, n) for n in range(1, COURSES + 1)],
        "outcomes": [_outcome(rng, n) for n in range(1, OUTCOMES + 1)],
        "discussion": _cited_paragraphs(rng, CITATION_MARKERS - 1_200),
        "references": [_reference(rng, n) for n in range(1, REFERENCES + 1)],
    }
    return CaseReport.model_validate(data)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python benchmarks/generate_large.py OUT.case.json", file=sys.stderr)
        return 2
    from editor.io import native

    native.save(large_report(), argv[0], backup=False)
    print(f"wrote {argv[0]} ({Path(argv[0]).stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
