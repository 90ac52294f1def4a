#!/usr/bin/env python3
"""Scores a detector's output against pairs.csv.

Usage: python3 score.py PREDICTIONS  (CSV with header a,b[,kind] or JSON Lines {"a","b","kind"})
Prints overall precision / recall / F1 (a pair counts if the unordered id pair is labelled,
whatever the kind), recall per labelled kind, kind agreement on the found pairs, and how
many documented hard negatives were flagged. Exit code 0 always: thresholds are not tuned here.
"""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def load_truth():
    with open(os.path.join(HERE, "pairs.csv"), encoding="utf-8") as f:
        return {tuple(sorted((r["a"], r["b"]))): r["kind"] for r in csv.DictReader(f)}


def load_hard():
    with open(os.path.join(HERE, "hard_negatives.csv"), encoding="utf-8") as f:
        return {tuple(sorted((r["a"], r["b"]))): r["category"] for r in csv.DictReader(f)}


def load_pred(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip().startswith("{"):
        rows = [json.loads(l) for l in text.splitlines() if l.strip()]
    else:
        rows = list(csv.DictReader(text.splitlines()))
    return {tuple(sorted((r["a"], r["b"]))): r.get("kind") or "other" for r in rows}


def score(truth, pred, hard):
    tp = set(truth) & set(pred)
    p = len(tp) / len(pred) if pred else 0.0
    r = len(tp) / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    per_kind = {k: (sum(1 for x in tp if truth[x] == k), n) for k, n in Counter(truth.values()).items()}
    kind_ok = sum(1 for x in tp if pred[x] == truth[x])
    hard_fp = Counter(hard[x] for x in pred if x in hard)
    return p, r, f1, per_kind, kind_ok, len(tp), hard_fp


if __name__ == "__main__":
    truth, hard = load_truth(), load_hard()
    pred = load_pred(sys.argv[1])
    p, r, f1, per_kind, kind_ok, ntp, hard_fp = score(truth, pred, hard)
    print(f"predicted {len(pred)}  labelled {len(truth)}  true positives {ntp}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    for k, (found, n) in sorted(per_kind.items()):
        print(f"  recall {k:<13} {found}/{n}")
    print(f"kind agrees on {kind_ok}/{ntp} found pairs")
    print(f"hard negatives flagged: {sum(hard_fp.values())} {dict(hard_fp)}")
