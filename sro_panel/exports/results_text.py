"""Results as JSON or CSV text for scripts (`sro-panel results`)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sro_panel.services.results import ResultsView
from sro_panel.services.rounds import RoundInfo


def _num(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def results_data(info: RoundInfo, view: ResultsView) -> dict[str, Any]:
    r = view.results
    a = r.agreement
    return {
        "round": {"id": info.id, "title": info.title, "agency": info.profile.agency},
        "criteria": [{"key": c.key, "title": c.title, "weight": c.weight} for c in info.criteria],
        "candidates": [
            {
                "name": c.name,
                "rank": c.rank,
                "tied": c.tied,
                "weighted_total": _num(c.total),
                "bias_corrected_total": _num(c.corrected_total),
                "sheets": c.sheets,
                "missing": c.missing,
                "recused": c.recused,
                "criteria": {
                    x.key: {"mean": _num(x.mean), "n": x.n, "sd": _num(x.sd), "spread": x.spread}
                    for x in c.criteria
                },
                "groups": {g.group: {"mean": _num(g.mean), "n": g.n} for g in c.groups},
                "spread": {"sd": _num(c.total_sd), "max_min": _num(c.total_spread)},
                "flags": [f"disagreement:{x.key}" for x in c.criteria if x.flagged],
                "recommendations": c.recommendations,
            }
            for c in r.candidates
        ],
        "agreement": {
            "candidates": a.candidates,
            "panelists": a.raters,
            "icc1_1": _num(a.icc1_1),
            "icc2_1": _num(a.icc2_1),
            "icc3_1": _num(a.icc3_1),
            "icc1_k": _num(a.icc1_k),
            "icc2_k": _num(a.icc2_k),
            "icc3_k": _num(a.icc3_k),
            "caveat": a.caveat,
        },
        "hidden_candidates": view.hidden,
        "consensus_changes": view.consensus_changes,
    }


def results_json(info: RoundInfo, view: ResultsView) -> str:
    return json.dumps(results_data(info, view), indent=2, ensure_ascii=False) + "\n"


def results_csv(info: RoundInfo, view: ResultsView) -> str:
    """One row per candidate; the ICC figures are in the JSON form."""
    data = results_data(info, view)
    keys = [c["key"] for c in data["criteria"]]
    groups = ["school_staff", "community", "student", "police"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["rank", "tied", "name", "weighted_total", "bias_corrected_total"]
        + [f"mean_{k}" for k in keys]
        + [f"group_{g}" for g in groups]
        + ["sd", "max_min", "flags", "sheets", "missing", "recused", "recommendations"]
    )
    for c in data["candidates"]:
        writer.writerow(
            [
                c["rank"] or "",
                "yes" if c["tied"] else "",
                c["name"],
                c["weighted_total"],
                c["bias_corrected_total"],
            ]
            + [c["criteria"][k]["mean"] for k in keys]
            + [c["groups"][g]["mean"] for g in groups]
            + [
                c["spread"]["sd"],
                c["spread"]["max_min"],
                " ".join(c["flags"]),
                c["sheets"],
                c["missing"],
                c["recused"],
            ]
            + [" ".join(f"{k}={v}" for k, v in c["recommendations"].items())]
        )
    return out.getvalue()
