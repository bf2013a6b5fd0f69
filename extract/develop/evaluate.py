"""Score a claims table against a gold file, matching ../shared/tools/score.py exactly.

Matching is per paper and per kind on a normalised key: numeric kinds on (low, high) at four
significant digits, hardware on the canonical name folded to a model key. Optional gold items
neither reward nor penalise; claims are sets per paper.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# `micro` is over the five original kinds, `micro_all` adds quantity (as the scorer does).
CORE_KINDS = ("speedup", "percent_change", "hardware", "model_size", "gpu_count")
KINDS = (*CORE_KINDS, "quantity")
HARDWARE_CATEGORIES = frozenset(
    {"gpu", "tpu", "npu", "cpu", "fpga", "accelerator", "system", "supercomputer", "architecture"}
)
_VENDOR = re.compile(
    r"\b(nvidia|amd|google|intel|huawei|sambanova|xilinx|apple|geforce|tesla|radeon|instinct|"
    r"cerebras|graphcore|qualcomm|arm|ibm|olcf|ornl|meta|stmicroelectronics|espressif|mediatek|"
    r"samsung|altera|lattice|microchip|digilent|avnet|atos|eviden|hpe|habana|cambricon|baidu|"
    r"alibaba|amazon|aws|microsoft|tenstorrent|groq|"
    r"gpus?|tpus?|npus?|cpus?|mcus?|fpgas?|acap|mpsoc|rfsoc|soc|chips?|superchip|series)\b"
)


def significant(value) -> float | None:
    """Round to four significant digits (None for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = float(value)
    if value == 0:
        return 0.0
    return round(value, -int(math.floor(math.log10(abs(value)))) + 3)


def hardware_key(name) -> str:
    """Fold a hardware name to the scorer's model key (vendor words, memory, case dropped)."""
    if not name:
        return ""
    text = re.sub(r"\(.*?\)", " ", str(name).lower())
    text = re.sub(r"\b\d+\s?gb?\b", " ", text)
    return re.sub(r"[^a-z0-9]", "", _VENDOR.sub(" ", text))


def claim_key(kind: str, claim: dict):
    """The key a claim is matched on."""
    if kind == "hardware":
        return hardware_key(claim.get("canonical") or claim.get("name"))
    low, high = claim.get("low"), claim.get("high")
    if low is None or (isinstance(low, float) and math.isnan(low)):
        low = claim.get("value")
    if high is None or (isinstance(high, float) and math.isnan(high)):
        high = claim.get("value", low)
    if kind == "quantity":
        return claim.get("dimension"), significant(low), significant(high)
    return significant(low), significant(high)


def _tokens(text) -> list[str]:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return []
    text = re.sub(r"\b(the|a|an|its|their|our)\b", " ", str(text).lower())
    return re.sub(r"[^a-z0-9]+", " ", text).split()


def _fold(name) -> str:
    if name is None or (isinstance(name, float) and math.isnan(name)):
        return ""
    return re.sub(r"[^a-z0-9+]", "", str(name).lower())


def token_f1(gold_text, predicted_text) -> float:
    """Token F1 of two baselines after folding case, articles and punctuation."""
    gold, predicted = _tokens(gold_text), _tokens(predicted_text)
    if not gold and not predicted:
        return 1.0
    common = sum(min(gold.count(w), predicted.count(w)) for w in set(gold))
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(gold)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    """Per-kind counts, attribute accuracy and the mismatches behind them."""

    counts: dict = field(default_factory=dict)
    attributes: dict = field(default_factory=dict)
    false_positives: list = field(default_factory=list)
    false_negatives: list = field(default_factory=list)


def load_predictions(path: str | Path) -> list[dict]:
    """Read predicted claims from Parquet, CSV or JSONL; NaN becomes None."""
    path = str(path)
    if path.endswith((".parquet", ".csv")):
        import pandas as pd

        frame = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)
        rows = frame.to_dict("records")
    else:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    return [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
        for r in rows
    ]


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def score(gold: list[dict], predictions: list[dict]) -> Score:
    """Score predictions against gold papers (each {"paper_id", "claims"})."""
    gold_ids = {g["paper_id"] for g in gold}
    required, optional, gold_items = defaultdict(set), defaultdict(set), {}
    for paper in gold:
        for claim in paper["claims"]:
            key = claim_key(claim["kind"], claim)
            target = optional if claim.get("optional") else required
            target[(paper["paper_id"], claim["kind"])].add(key)
            gold_items[(paper["paper_id"], claim["kind"], key)] = claim
    predicted, predicted_items = defaultdict(set), {}
    for row in predictions:
        paper_id, kind = str(row.get("paper_id")), row.get("kind")
        if paper_id not in gold_ids or kind not in KINDS:
            continue
        if (
            kind == "hardware"
            and row.get("category")
            and row["category"] not in HARDWARE_CATEGORIES
        ):
            continue
        key = claim_key(kind, row)
        predicted[(paper_id, kind)].add(key)
        predicted_items.setdefault((paper_id, kind, key), row)
    result = Score()
    attributes = defaultdict(lambda: [0, 0])
    for kind in KINDS:
        tp = fp = fn = 0
        for paper in gold:
            paper_id = paper["paper_id"]
            req, opt = required[(paper_id, kind)], optional[(paper_id, kind)]
            pred = predicted[(paper_id, kind)]
            tp += len(pred & req)
            fp_keys, fn_keys = pred - req - opt, req - pred
            fp += len(fp_keys)
            fn += len(fn_keys)
            result.false_positives += [
                (paper_id, kind, k, predicted_items[(paper_id, kind, k)]) for k in fp_keys
            ]
            result.false_negatives += [
                (paper_id, kind, k, gold_items[(paper_id, kind, k)]) for k in fn_keys
            ]
            for key in pred & req:
                gold_claim = gold_items[(paper_id, kind, key)]
                pred_claim = predicted_items[(paper_id, kind, key)]
                for name in ("qualifier", "direction"):
                    if name in gold_claim and kind != "hardware":
                        attributes[f"{kind}.{name}"][0] += (gold_claim.get(name) or None) == (
                            pred_claim.get(name) or None
                        )
                        attributes[f"{kind}.{name}"][1] += 1
                _comparison_attributes(attributes, kind, gold_claim, pred_claim)
                if kind == "quantity" and "role" in gold_claim:
                    attributes["quantity.role"][0] += gold_claim["role"] == pred_claim.get("role")
                    attributes["quantity.role"][1] += 1
                if kind == "gpu_count" and gold_claim.get("device"):
                    attributes["gpu_count.device"][0] += hardware_key(
                        gold_claim["device"]
                    ) == hardware_key(pred_claim.get("device"))
                    attributes["gpu_count.device"][1] += 1
        result.counts[kind] = _prf(tp, fp, fn)
    for total_name, kinds in (("micro", CORE_KINDS), ("micro_all", KINDS)):
        totals = [sum(result.counts[k][name] for k in kinds) for name in ("tp", "fp", "fn")]
        result.counts[total_name] = _prf(*totals)
    result.attributes = {
        name: round(right / total, 4)
        for name, (right, total) in sorted(attributes.items())
        if total
    }
    for name in ("qualifier", "direction"):
        pairs = [v for k, v in attributes.items() if k.endswith("." + name)]
        right, total = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
        if total:
            result.attributes[name] = round(right / total, 4)
    return result


def _comparison_attributes(attributes, kind: str, gold_claim: dict, pred_claim: dict) -> None:
    """metric_group, baseline token F1 and baseline_system of a matched comparison."""
    if kind not in ("speedup", "percent_change"):
        return
    if gold_claim.get("metric_group"):
        right = gold_claim["metric_group"] == pred_claim.get("metric_group")
        attributes[f"{kind}.metric_group"][0] += right
        attributes[f"{kind}.metric_group"][1] += 1
    if "baseline" in gold_claim:
        attributes[f"{kind}.baseline"][0] += token_f1(
            gold_claim.get("baseline"), pred_claim.get("baseline")
        )
        attributes[f"{kind}.baseline"][1] += 1
    if gold_claim.get("baseline_system"):
        names = gold_claim.get("baseline_systems") or [gold_claim["baseline_system"]]
        right = _fold(pred_claim.get("baseline_system")) in {_fold(n) for n in names}
        attributes[f"{kind}.baseline_system"][0] += right
        attributes[f"{kind}.baseline_system"][1] += 1


def format_score(result: Score, show: int = 0) -> str:
    """The score as a table, as ../shared/tools/score.py prints it, then any mismatches."""
    lines = [f"{'kind':16} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}"]
    for kind in (*KINDS, "micro", "micro_all"):
        c = result.counts[kind]
        lines.append(
            f"{kind:16} {c['tp']:5} {c['fp']:5} {c['fn']:5} {c['precision']:7.3f} "
            f"{c['recall']:7.3f} {c['f1']:7.3f}"
        )
    for name, value in result.attributes.items():
        lines.append(f"attribute {name}: {value:.3f}")
    if show:
        lines.append("-- false alarms (predicted, not in gold)")
        for paper_id, kind, key, row in result.false_positives[:show]:
            lines.append(f"  {paper_id} {kind} {key} {row.get('text')!r}  [{row.get('rule_id')}]")
            lines.append(f"      {str(row.get('sentence') or '')[:240]}")
        lines.append("-- misses (in gold, not predicted)")
        for paper_id, kind, key, claim in result.false_negatives[:show]:
            lines.append(f"  {paper_id} {kind} {key} {claim.get('text')!r}")
    return "\n".join(lines)
