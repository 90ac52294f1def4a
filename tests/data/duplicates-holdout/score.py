#!/usr/bin/env python3
"""Scores a detector's output against the held-out pairs.csv.

Usage: python3 score.py PREDICTIONS.csv   (CLI output: a,b,score,kind,reason; a,b[,kind] also accepted)
Prints precision / recall / F1 (a flagged pair counts if the unordered pair is labelled, whatever the
kind), recall per kind, then every false negative and false positive. Any flagged pair not in
pairs.csv is a false positive; how many of them are documented hard negatives is reported separately.
Exit code 0 always.
"""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def key(a, b):
    return tuple(sorted((a, b)))


def main(path):
    truth = {key(r["a"], r["b"]): r["kind"] for r in rows("pairs.csv")}
    hard = {key(r["a"], r["b"]): r["reason"] for r in rows("hard_negatives.csv")}
    deriv = {r["id"]: r for r in rows("derivations.csv")}
    apps = {}
    with open(os.path.join(HERE, "applications.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                apps[r["id"]] = r
    with open(path, encoding="utf-8") as f:
        pred = {key(r["a"], r["b"]): r for r in csv.DictReader(f)}

    tp = set(truth) & set(pred)
    p = len(tp) / len(pred) if pred else 0.0
    r = len(tp) / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"flagged {len(pred)}  labelled {len(truth)}  true positives {len(tp)}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    for k, n in sorted(Counter(truth.values()).items()):
        found = sum(1 for x in tp if truth[x] == k)
        print(f"  recall {k:<13} {found}/{n}")
    # split: original vs part, and part vs part
    sp = [x for x in truth if truth[x] == "split"]
    both_parts = [x for x in sp if x[0] in deriv and x[1] in deriv and deriv[x[0]]["kind"] == deriv[x[1]]["kind"] == "split"]
    print(f"    split original-vs-part {sum(1 for x in sp if x in tp and x not in both_parts)}/{len(sp) - len(both_parts)}, "
          f"part-vs-part {sum(1 for x in both_parts if x in tp)}/{len(both_parts)}")
    kind_ok = sum(1 for x in tp if (pred[x].get("kind") or "") == truth[x])
    print(f"kind agrees on {kind_ok}/{len(tp)} found pairs")
    fp = [x for x in pred if x not in truth]
    print(f"false positives {len(fp)}, of which documented hard negatives {sum(1 for x in fp if x in hard)}: "
          f"{dict(Counter(hard[x].split(':')[0] for x in fp if x in hard))}")

    def desc(i):
        a = apps[i]
        return f"{i} [{a['org_name']} | {a['location'].replace('昆明市官渡区', '')} | {a['title']}]"

    def how(i, j):
        notes = [f"{x}←{deriv[x]['derived_from']}: {deriv[x]['note']}" for x in (i, j) if x in deriv]
        return "; ".join(notes)

    print("\nFALSE NEGATIVES")
    for x in sorted(set(truth) - tp, key=lambda x: (truth[x], x)):
        print(f"- {truth[x]}: {desc(x[0])} ~ {desc(x[1])}\n    how made: {how(*x)}")
    print("\nFALSE POSITIVES")
    for x in sorted(fp):
        r = pred[x]
        tag = hard.get(x, "not a documented hard negative")
        print(f"- score {r.get('score', '?')} kind {r.get('kind', '?')}: {desc(x[0])} ~ {desc(x[1])}\n"
              f"    label: {tag}\n    detector: {r.get('reason', '')}")


if __name__ == "__main__":
    main(sys.argv[1])
