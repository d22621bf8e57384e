"""``msc-sci info``: print the study record, with the source of each fact."""

from __future__ import annotations

import argparse
import json

NAME = "info"
HELP = "print the study's record and where each fact comes from"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci info``."""
    parser.add_argument("--json", action="store_true", help="print the record as CSL-JSON")
    parser.add_argument(
        "--sources", action="store_true", help="list the source of every fact as well"
    )


def run(args: argparse.Namespace) -> int:
    """Print the study record."""
    from msc_sci._bundled import study

    record = study()
    if args.json:
        print(json.dumps(record.to_csl_json(), indent=2, ensure_ascii=False))
        return 0
    authors = "; ".join(
        str(person)
        + (f" ({', '.join(r.value for r in person.roles[1:])})" if len(person.roles) > 1 else "")
        for person in record.authors
    )
    lines = [
        ("Title", record.title or ""),
        ("Authors", authors),
        (
            "Journal",
            f"{record.container_title} ({record.container_title_short}), "
            f"ISSN {record.issn}, {record.publisher}",
        ),
        ("Volume", f"{record.volume}, article {record.number}"),
        ("Issued", str(record.issued)),
        ("Reported", str(record.online)),
        ("DOI", f"{record.doi} ({record.doi_url})"),
        (
            "Design",
            f"{record.design.kind}, {record.design.patients} patients, "
            f"{'blinded' if record.design.blinded else 'not blinded'}, "
            f"{'placebo' if record.design.placebo else 'no placebo'}, "
            f"{record.design.control}",
        ),
        (
            "Patients",
            f"{record.population.condition}: {record.population.injury}, "
            f"{record.population.causes}, {record.population.timing}",
        ),
        (
            "Treatment",
            f"{'autologous ' if record.intervention.autologous else ''}"
            f"{record.intervention.cells} ({record.intervention.abbreviation}) from "
            f"{record.intervention.cell_source}, {record.intervention.culture}, "
            f"given by {record.intervention.route} injection",
        ),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label + ':':<{width + 1}} {value}")
    if args.sources:
        print()
        print("Sources of each fact:")
        for path, provenance in record.provenance:
            where = "; ".join(
                f"{p.source}: " + (f"\u201c{p.excerpt}\u201d" if p.excerpt else str(p.locator))
                for p in provenance
            )
            print(f"  {path}: {where}")
    return 0
