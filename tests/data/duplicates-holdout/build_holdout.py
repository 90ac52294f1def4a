#!/usr/bin/env python3
"""Builds the held-out duplicate-application set (applications.jsonl, pairs.csv, hard_negatives.csv).

Deterministic: fixed seed, re-running reproduces the files byte for byte.
Material (hand-written sentences) lives in material.py; see README.md.
Written without looking at the detector or at the development set's generator.
"""
import copy
import csv
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from material import (BOILER, FRONT_ORGS, GENERIC_TITLES, HOSPITALS, ORGS, OUTCOMES, P, PARTNER, SCHOOLS,  # noqa: E402
                      STREETS, THEMES, TITLES)

SEED = 7301
rng = random.Random(SEED)
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(kind):
    return f"{kind}530111MJ" + "".join(rng.choice(CODE_CHARS) for _ in range(7)) + rng.choice(CODE_CHARS)


class Org:
    def __init__(self, name, kind, themes):
        self.name, self.themes = name, themes
        self.code = credit_code(kind)
        self.p0 = rng.choice([0.15, 0.3, 0.5, 0.7, 0.85])          # voice: how often it picks variant A
        self.obj_style = rng.choice(["num", "paren", "cn", "semi", "total"])
        self.act_style = rng.choice(["num", "paren", "cn", "lines", "prose", "num"])
        self.titles = rng.sample(range(len(TITLES)), 2)
        self.length = rng.choice(["short", "medium", "medium", "long"])


ORG_LIST = [Org(*o) for o in ORGS]
FRONT = [Org(n, 52, []) for n in FRONT_ORGS]
COMMS = [(s, c) for s, cs in STREETS.items() for c in cs]

CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def var(s, v):
    return s.split("||")[v]


def pick_var(org):
    return 0 if rng.random() < org.p0 else 1


# ---------------------------------------------------------------- specs

def place_for(th, street=None, comm=None):
    t = THEMES[th]
    if t["place"] == "hosp":
        street, inst = rng.choice(HOSPITALS)
        return street, inst, f"昆明市官渡区{inst}"
    if t["place"] == "school":
        street, inst = rng.choice(SCHOOLS)
        return street, inst, f"昆明市官渡区{inst}"
    if comm is None:
        street, comm = rng.choice(COMMS)
    return street, comm, f"昆明市官渡区{street}街道{comm}"


def purchaser_for(th, street, avoid=None):
    for _ in range(20):
        p = P[rng.choice(THEMES[th]["purchasers"])].format(street=street)
        if p != avoid:
            return p
    return P["mz"] if avoid != P["mz"] else P["fl"]


def draw_n(lo, hi):
    n = rng.randint(lo, hi)
    if hi >= 200:
        n = round(n, -1)
    return n


def make_base(th, org, street=None, comm=None, year=None, length=None, acts=None, objs=None, bg=None,
              boiler=None, brand=None, topic=None, title_pat=None, target=None, partners=None, min_acts=None):
    t = THEMES[th]
    street, comm, loc = place_for(th, street, comm)
    length = length or org.length
    year = year or rng.choice([2023, 2024, 2025, 2026])
    nact = {"short": (4, 5), "medium": (5, 6), "long": (6, 8)}[length]
    k = rng.randint(*nact)
    if min_acts:
        k = max(k, min_acts)
    k = min(k, len(t["act"]))
    if acts is None:
        acts = sorted(rng.sample(range(len(t["act"])), k))
    nobj = {"short": (2, 3), "medium": (3, 4), "long": (4, 5)}[length]
    if objs is None:
        objs = sorted(rng.sample(range(len(t["obj"])), rng.randint(*nobj)))
    if bg is None:
        nb = {"short": 1, "medium": 2, "long": 3}[length]
        bg = [0] + sorted(rng.sample([1, 2], nb - 1))
    if boiler is None:
        nbo = {"short": (1, 2), "medium": (2, 4), "long": (4, 6)}[length]
        boiler = rng.sample(list(BOILER), rng.randint(*nbo))
    month = rng.randint(1, 9)
    dur = rng.choice([6, 8, 10, 12, 12])
    start = dt.date(year, month, 1)
    spec = dict(
        theme=th, org=org, street=street, comm=comm, loc=loc,
        purchaser=purchaser_for(th, street),
        target=target or rng.choice(t["targets"]),
        brand=brand or rng.choice(t["brands"]), topic=topic or rng.choice(t["topics"]),
        title_pat=title_pat if title_pat is not None else rng.choice(org.titles),
        year=year, start=start, dur=dur,
        bg=[(i, pick_var(org)) for i in bg],
        N=rng.randint(*t["N"]), Pc=rng.randint(*t["P"]),
        need=(0, pick_var(org)) if length != "short" and rng.random() < 0.7 else None,
        boiler=[(b, pick_var(org)) for b in boiler],
        partner=None, outcomes=[],
        D=0, I=0,
        objs=[(i, pick_var(org), draw_n(*t["objn"]), rng.randint(10, 30)) for i in objs],
        acts=[(i, pick_var(org), draw_n(t["act"][i][1], t["act"][i][2])) for i in acts],
        obj_style=org.obj_style, act_style=org.act_style,
        budget=rng.choice([rng.randrange(50, 300) * 1000, rng.randrange(500, 3000) * 100]),
        post=[], extra=None, title=None, cn_numbers=False, empty=[],
    )
    if spec["objs"]:
        # percentages in objectives must look like percentages (80–95 for rates, 10–30 for gains)
        spec["objs"] = [(i, v, n, (rng.randint(80, 95) if ("达到{p}" in t["obj"][i] or "至{p}" in t["obj"][i]) else p)) for i, v, n, p in spec["objs"]]
    if length != "short" or rng.random() < 0.3:
        if partners is None:
            partners = rng.sample(t["partners"], 2)
        spec["partner"] = (partners[0].format(street=street), partners[1].format(street=street), pick_var(org))
    elif partners is not None:
        spec["partner"] = (partners[0].format(street=street), partners[1].format(street=street), pick_var(org))
    no = {"short": 1, "medium": rng.randint(1, 2), "long": rng.randint(2, 3)}[length]
    spec["outcomes"] = [(i, pick_var(org)) for i in sorted(rng.sample(range(len(OUTCOMES)), no))]
    spec["D"] = rng.randint(40, 300)
    spec["I"] = spec["D"] * rng.randint(3, 8)
    return spec


def end_date(start, dur):
    y, m = start.year + (start.month - 1 + dur) // 12, (start.month - 1 + dur) % 12 + 1
    return dt.date(y, m, 1) - dt.timedelta(days=1)


def list_style(items, style, lead=""):
    if not items:
        return ""
    if style == "num":
        return "；".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + "。"
    if style == "paren":
        return "；".join(f"（{i + 1}）{x}" for i, x in enumerate(items)) + "。"
    if style == "cn":
        return "；".join(f"{cn_num(i + 1)}是{x}" for i, x in enumerate(items)) + "。"
    if style == "lines":
        return "\n".join(f"{i + 1}、{x}；" for i, x in enumerate(items))
    if style == "semi":
        return "；".join(items) + "。"
    if style == "prose":
        if len(items) == 1:
            return f"项目期内将{items[0]}。"
        return "项目期内将" + "，".join(items[:-1]) + "，并" + items[-1] + "。"
    if style == "total":
        return lead + "具体目标：" + "；".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + "。"
    raise ValueError(style)


def num(spec, n):
    return cn_num(n) if spec["cn_numbers"] and n < 100 else str(n)


def render(spec):
    t = THEMES[spec["theme"]]
    bare = spec["brand"]
    f = dict(comm=spec["comm"], street=spec["street"], N=spec["N"], P=spec["Pc"], target=spec["target"],
             brand=f"“{bare}”", bare=bare, topic=spec["topic"], year=spec["year"], D=spec["D"], I=spec["I"])
    sents = [var(t["bg"][i], v).format(**f) for i, v in spec["bg"]]
    if spec["need"]:
        sents.append(var(t["need"][0], spec["need"][1]))
    sents += [var(BOILER[b], v) for b, v in spec["boiler"]]
    if spec["partner"]:
        p1, p2, v = spec["partner"]
        sents.append(var(PARTNER, v).format(p1=p1, p2=p2))
    sents += [var(OUTCOMES[i], v).format(**f) for i, v in spec["outcomes"]]
    if spec.get("order"):
        sents = [sents[i] for i in spec["order"] if i < len(sents)] + [s for i, s in enumerate(sents) if i not in spec["order"]]
    if spec["extra"]:
        pos, s = spec["extra"]
        sents.insert(pos, s)
    summary = "".join(sents)
    objs = [var(t["obj"][i], v).format(n=num(spec, n), p=p) for i, v, n, p in spec["objs"]]
    acts = [var(t["act"][i][0], v).format(n=num(spec, n)) for i, v, n in spec["acts"]]
    lead = f"总目标：通过专业服务改善{spec['target']}的处境，提升其社会功能。"
    objectives = list_style(objs, spec["obj_style"], lead)
    activities = list_style(acts, spec["act_style"])
    title = spec["title"] or (TITLES[spec["title_pat"]] if isinstance(spec["title_pat"], int) else spec["title_pat"]).format(**f)
    out = dict(title=title, summary=summary, objectives=objectives, activities=activities)
    for old, new in spec["post"]:
        for k in out:
            out[k] = out[k].replace(old, new)
    for old, new in spec.get("title_post", []):
        out["title"] = out["title"].replace(old, new)
    end = end_date(spec["start"], spec["dur"])
    rec = dict(id=None, org_name=spec["org"].name, org_credit_code=spec["org"].code, purchaser=spec["purchaser"],
               title=out["title"], summary=out["summary"], objectives=out["objectives"], activities=out["activities"],
               target_group=spec["target"], location=spec["loc"], budget_yuan=spec["budget"],
               start_date=spec["start"].isoformat(), end_date=end.isoformat())
    for k in spec["empty"]:
        rec[k] = ""
    return rec


# ---------------------------------------------------------------- derivations

SYN = [("开展", "组织"), ("提升", "提高"), ("帮助", "协助"), ("促进", "推动"), ("建立", "搭建"), ("增强", "强化"),
       ("居民", "群众"), ("通过", "借助"), ("针对", "面向"), ("组建", "成立"), ("举办", "举行"), ("培育", "培养"),
       ("链接", "整合"), ("普遍", "大多"), ("显著", "明显"), ("参与", "参加"), ("服务对象", "受助群体"),
       ("问题", "困难"), ("及时", "尽早"), ("项目", "本项目")]


def light_ops(spec, k, allowed=None):
    t = THEMES[spec["theme"]]
    ops = ["num", "swap", "syn", "title", "budget", "style", "drop", "cn", "order"]
    if allowed:
        ops = allowed
    done = []
    for op in rng.sample(ops, min(k, len(ops))):
        if op == "num":
            j = rng.randrange(len(spec["acts"]))
            i, v, n = spec["acts"][j]
            spec["acts"][j] = (i, v, max(1, n + rng.choice([-2, -1, 1, 2, 3]) * (1 if n < 50 else 10)))
        elif op == "swap" and len(spec["acts"]) >= 3:
            j = rng.randrange(len(spec["acts"]) - 1)
            spec["acts"][j], spec["acts"][j + 1] = spec["acts"][j + 1], spec["acts"][j]
        elif op == "syn":
            for old, new in rng.sample(SYN[:16], 2):
                spec["post"].append((old, new))
        elif op == "title":
            spec["title_post"] = [("服务项目", "项目")] if "服务项目" in render(spec)["title"] else [("项目", "服务计划")]
        elif op == "budget":
            spec["budget"] = int(round(spec["budget"] * rng.choice([0.96, 0.97, 1.03, 1.05]), -2))
        elif op == "style":
            spec["act_style"] = rng.choice([s for s in ["num", "paren", "cn", "lines"] if s != spec["act_style"]])
        elif op == "drop" and len(spec["acts"]) >= 5:
            spec["acts"].pop(rng.randrange(len(spec["acts"])))
        elif op == "cn":
            spec["cn_numbers"] = True
        elif op == "order":
            n = len(spec["bg"]) + (1 if spec["need"] else 0) + len(spec["boiler"])
            if n >= 2:
                a = rng.randrange(n - 1)
                spec["order"] = [a + 1, a] if a == 0 else list(range(a)) + [a + 1, a]
        else:
            continue
        done.append(op)
    return done


def d_exact(base, **kw):
    s = copy.deepcopy(base)
    s["purchaser"] = purchaser_for(s["theme"], s["street"], avoid=base["purchaser"])
    return s, "exact", "same text sent to another purchaser"


def d_light(base):
    s = copy.deepcopy(base)
    ops = light_ops(s, rng.randint(2, 4))
    if rng.random() < 0.4:
        s["purchaser"] = purchaser_for(s["theme"], s["street"], avoid=base["purchaser"])
    return s, "light_edit", "light edits: " + "+".join(ops)


def d_para(base, front=False):
    s = copy.deepcopy(base)
    flip = lambda L: [(i, 1 - v) for i, v in L]
    s["bg"] = flip(s["bg"])
    rng.shuffle(s["bg"])
    if s["need"]:
        s["need"] = (0, 1 - s["need"][1])
    s["boiler"] = flip(s["boiler"])
    rng.shuffle(s["boiler"])
    if s["partner"]:
        p1, p2, v = s["partner"]
        s["partner"] = (p2, p1, 1 - v)
    s["outcomes"] = flip(s["outcomes"])
    s["objs"] = [(i, 1 - v, n, p) for i, v, n, p in s["objs"]]
    s["acts"] = [(i, 1 - v, n) for i, v, n in s["acts"]]
    rng.shuffle(s["acts"])
    rng.shuffle(s["objs"])
    s["act_style"] = rng.choice([x for x in ["num", "paren", "cn", "lines", "prose"] if x != base["act_style"]])
    s["obj_style"] = rng.choice([x for x in ["num", "paren", "cn", "semi", "total"] if x != base["obj_style"]])
    s["title_pat"] = rng.choice([i for i in range(len(TITLES)) if i != base["title_pat"]])
    s["post"] = [p for p in SYN if rng.random() < 0.55]
    note = "paraphrase"
    if front:
        s["org"] = FRONT.pop(0)
        note += " by another organisation name (front)"
    if rng.random() < 0.6:
        s["purchaser"] = purchaser_for(s["theme"], s["street"], avoid=base["purchaser"])
    if rng.random() < 0.5:
        s["budget"] = int(round(s["budget"] * 0.96, -3))
    return s, "paraphrase", note


def d_resub(base, new_title=False, moderate=False):
    s = copy.deepcopy(base)
    s["year"] += 1
    s["start"] = s["start"].replace(year=s["start"].year + 1)
    ops = light_ops(s, rng.randint(1, 3), ["num", "swap", "syn", "budget", "drop", "order"])
    note = "next year, " + "+".join(ops)
    if moderate:
        prev = base["year"]
        s["extra"] = (0, f"{prev}年，项目在{s['comm']}首次实施，累计服务{rng.randint(30, 90) * 10}人次，得到服务对象和社区的普遍认可，本年度在此基础上延续开展。")
        for _ in range(2):
            j = rng.randrange(len(s["acts"]))
            i, v, n = s["acts"][j]
            s["acts"][j] = (i, v, int(n * rng.choice([1.2, 1.25, 1.5])) or n + 1)
        note += ", moderate (continuation sentence, numbers raised)"
    if new_title:
        t = THEMES[s["theme"]]
        s["brand"] = rng.choice([b for b in t["brands"] if b != base["brand"]])
        s["title_pat"] = rng.choice([i for i in range(len(TITLES)) if i != base["title_pat"]])
        s["title_post"] = []
        note += ", new title and brand"
    if rng.random() < 0.5:
        s["purchaser"] = purchaser_for(s["theme"], s["street"], avoid=base["purchaser"])
    return s, "resubmission", note


SPLIT_SUFFIX = [("（一期）", "（二期）"), ("A包", "B包"), ("（上半年）", "（下半年）"), ("之个案服务", "之小组与社区活动"),
                ("（第一批）", "（第二批）"), ("（一）", "（二）")]


def d_split(base, part, suffix):
    s = copy.deepcopy(base)
    h = (len(base["acts"]) + 1) // 2
    s["acts"] = base["acts"][:h] if part == 0 else base["acts"][h:]
    ho = (len(base["objs"]) + 1) // 2
    s["objs"] = base["objs"][:ho] if part == 0 else base["objs"][ho:]
    share = rng.choice([0.45, 0.5, 0.55]) if part == 0 else None
    s["budget"] = int(round(base["budget"] * (share or 0.5) * rng.choice([0.95, 1.0]), -2))
    s["outcomes"] = base["outcomes"][:1]
    title = render(base)["title"]
    s["title"] = title + suffix[part]
    if "期" in suffix[0] or "半年" in suffix[0] or "批" in suffix[0]:
        half = max(3, base["dur"] // 2)
        s["dur"] = half
        if part == 1:
            s["start"] = dt.date(base["start"].year + (base["start"].month - 1 + half) // 12, (base["start"].month - 1 + half) % 12 + 1, 1)
    if rng.random() < 0.5:
        s["purchaser"] = purchaser_for(s["theme"], s["street"], avoid=base["purchaser"])
    return s, "split", f"split part {part + 1} of 2"


# ---------------------------------------------------------------- build

APPS = []          # (spec, parent_index or None, kind, note)


def text_of(spec):
    r = render(spec)
    return (r["title"], r["summary"], r["objectives"], r["activities"])


def add(spec, parent=None, kind=None, note="base"):
    if parent is not None and kind != "exact":
        while text_of(spec) == text_of(APPS[parent]["spec"]):
            light_ops(spec, 1, ["num"])
            note += "+num"
    APPS.append(dict(spec=spec, parent=parent, kind=kind, note=note))
    return len(APPS) - 1


USED = set()        # (theme, comm) pairs used by free-standing bases


def fresh(th, org=None, **kw):
    for _ in range(200):
        s = make_base(th, org or pick_org(th), **kw)
        if (th, s["comm"]) not in USED or THEMES[th]["place"] != "comm":
            USED.add((th, s["comm"]))
            return s
    return s


def pick_org(th, avoid=()):
    cands = [o for o in ORG_LIST if th in o.themes and o not in avoid]
    if not cands or rng.random() < 0.15:
        cands = [o for o in ORG_LIST if o not in avoid]
    return rng.choice(cands)


THEME_KEYS = list(THEMES)
HARD = []           # (i, j, category, reason)

# 1. duplicate groups -----------------------------------------------------
plan = (["exact"] * 8 + ["exact2"] + ["light"] * 11 + ["para"] * 8 + ["para_front"] * 5 + ["para_front_exact"]
        + ["resub"] * 5 + ["resub_mod"] * 2 + ["resub_title"] * 3 + ["resub_chain"] + ["split2"] * 6 + ["split1"] * 3)
for n, what in enumerate(plan):
    th = THEME_KEYS[n % len(THEME_KEYS)]
    year = rng.choice([2023, 2024, 2025]) if what.startswith("resub") else None
    min_acts = 6 if what.startswith("split") else None
    length = "long" if what.startswith("split") else None
    b = fresh(th, year=year, min_acts=min_acts, length=length)
    if what.startswith("split") and b["budget"] < 120000:
        b["budget"] = rng.randrange(120, 300) * 1000
    bi = add(b)
    if what == "exact":
        s, k, note = d_exact(b)
        if n == 2:
            s["empty"] = ["org_credit_code"]
            note += "; credit code left empty"
        add(s, bi, k, note)
    elif what == "exact2":
        for _ in range(2):
            s, k, note = d_exact(b)
            add(s, bi, k, note)
    elif what == "light":
        s, k, note = d_light(b)
        add(s, bi, k, note)
    elif what == "para":
        s, k, note = d_para(b)
        add(s, bi, k, note)
    elif what == "para_front":
        s, k, note = d_para(b, front=True)
        add(s, bi, k, note)
    elif what == "para_front_exact":
        s, k, note = d_para(b, front=True)
        pi = add(s, bi, k, note)
        s2, k2, note2 = d_exact(s)
        add(s2, pi, k2, "front organisation sends its paraphrase to a second purchaser")
    elif what == "resub":
        s, k, note = d_resub(b)
        add(s, bi, k, note)
    elif what == "resub_mod":
        s, k, note = d_resub(b, moderate=True)
        add(s, bi, k, note)
    elif what == "resub_title":
        s, k, note = d_resub(b, new_title=True, moderate=rng.random() < 0.5)
        add(s, bi, k, note)
    elif what == "resub_chain":
        s, k, note = d_light(b)
        li = add(s, bi, k, note)
        s2, k2, note2 = d_resub(s)
        add(s2, li, k2, note2 + " (resubmission of a light edit)")
    elif what.startswith("split"):
        suffix = SPLIT_SUFFIX[n % len(SPLIT_SUFFIX)]
        parts = [0, 1] if what == "split2" else [rng.choice([0, 1])]
        for part in parts:
            s, k, note = d_split(b, part, suffix)
            add(s, bi, k, note)

# 2. hard negatives -------------------------------------------------------
# 2a. same organisation, different projects (12)
multi = [o for o in ORG_LIST if len(o.themes) >= 2]
for n in range(12):
    o = multi[n % len(multi)]
    t1, t2 = rng.sample(o.themes, 2)
    a = fresh(t1, o)
    if n % 2 == 0 and THEMES[t2]["place"] == "comm" and THEMES[t1]["place"] == "comm":
        b = make_base(t2, o, street=a["street"], comm=a["comm"])
        why = f"same org, same community, {THEMES[t1]['name']} vs {THEMES[t2]['name']}"
    else:
        b = fresh(t2, o)
        why = f"same org, {THEMES[t1]['name']} vs {THEMES[t2]['name']} in another place"
    HARD.append((add(a), add(b), "same_org_different_project", why))

# 2b. same community and target group, different organisations and projects (10)
comm_themes = [k for k in THEME_KEYS if THEMES[k]["place"] == "comm"]
for n in range(10):
    th = comm_themes[n % len(comm_themes)]
    street, comm = rng.choice(COMMS)
    o1 = pick_org(th)
    o2 = pick_org(th, avoid=(o1,))
    idx = list(range(len(THEMES[th]["act"])))
    rng.shuffle(idx)
    oidx = list(range(len(THEMES[th]["obj"])))
    rng.shuffle(oidx)
    brands = rng.sample(THEMES[th]["brands"], 2)
    topics = rng.sample(THEMES[th]["topics"], 2)
    target = THEMES[th]["targets"][0]
    boil = rng.sample(list(BOILER), 6)
    a = make_base(th, o1, street=street, comm=comm, acts=sorted(idx[:4]), objs=sorted(oidx[:2]), bg=[0, 1],
                  brand=brands[0], topic=topics[0], target=target, boiler=boil[:3])
    b = make_base(th, o2, street=street, comm=comm, acts=sorted(idx[4:8]), objs=sorted(oidx[2:5]), bg=[2],
                  brand=brands[1], topic=topics[1], target=target, boiler=boil[3:])
    HARD.append((add(a), add(b), "same_community_and_target_group",
                 f"{THEMES[th]['name']} in {comm}, two organisations, disjoint activities"))

# 2c. heavy shared boilerplate, different projects (10)
for n in range(10):
    th1 = THEME_KEYS[n % len(THEME_KEYS)]
    th2 = th1 if n % 2 == 0 else THEME_KEYS[(n + 5) % len(THEME_KEYS)]
    boil = ["methods", "wushe", "assess", "volunteer", "replicable"] + rng.sample(["policy", "party", "supervision", "selfhelp"], 1)
    o1 = pick_org(th1)
    o2 = pick_org(th2, avoid=(o1,))
    a = fresh(th1, o1, boiler=boil, length="long")
    kw = {}
    if th1 == th2:
        used = {i for i, _, _ in a["acts"]}
        rest = [i for i in range(len(THEMES[th2]["act"])) if i not in used]
        kw["acts"] = sorted(rest[:5])
    b = fresh(th2, o2, boiler=boil, length="long", **kw)
    # organisations copy the boilerplate word for word from the call for proposals
    b["boiler"] = [(k, 0) for k in boil]
    a["boiler"] = [(k, 0) for k in boil]
    b["outcomes"] = a["outcomes"] = [(0, 0), (2, 0)]
    HARD.append((add(a), add(b), "shared_boilerplate",
                 f"identical boilerplate, {THEMES[th1]['name']} vs {THEMES[th2]['name']}, different communities"
                 + (", disjoint activities" if th1 == th2 else "")))

# 2d. same organisation, same model replicated in another community (12)
for n in range(12):
    th = comm_themes[n % len(comm_themes)]
    o = pick_org(th)
    a = fresh(th, o, length=rng.choice(["medium", "long"]))
    for _ in range(50):
        street, comm = rng.choice(COMMS)
        if comm != a["comm"] and (th, comm) not in USED:
            break
    USED.add((th, comm))
    t = THEMES[th]
    b = copy.deepcopy(a)
    b["street"], b["comm"], b["loc"] = street, comm, f"昆明市官渡区{street}街道{comm}"
    b["N"], b["Pc"] = rng.randint(*t["N"]), rng.randint(*t["P"])
    b["acts"] = [(i, v, draw_n(t["act"][i][1], t["act"][i][2])) for i, v, _ in a["acts"]]
    b["objs"] = [(i, v, draw_n(*t["objn"]), p) for i, v, _, p in a["objs"]]
    others = [p for p in t["partners"] if (a["partner"] is None or p.format(street=a["street"]) not in a["partner"][:2])]
    p1, p2 = rng.sample(others, 2)
    b["partner"] = (p1.format(street=street), p2.format(street=street), a["partner"][2] if a["partner"] else 0)
    b["budget"] = rng.randrange(50, 300) * 1000
    b["purchaser"] = purchaser_for(th, street)
    b["D"] = rng.randint(40, 300)
    b["I"] = b["D"] * rng.randint(3, 8)
    if rng.random() < 0.5:
        b["year"] = a["year"]
        b["start"] = a["start"].replace(month=rng.randint(1, 9))
    else:
        b["start"] = dt.date(rng.choice([2023, 2024, 2025, 2026]), rng.randint(1, 9), 1)
        b["year"] = b["start"].year
    HARD.append((add(a), add(b), "replication_other_community",
                 f"{o.name} runs its {THEMES[th]['name']} model also in {comm}: other community, numbers, partners"))

# 2e. same (generic) title, different content (8)
for n in range(8):
    street = rng.choice(list(STREETS))
    c1, c2 = rng.sample(STREETS[street], 2) if len(STREETS[street]) >= 2 else (STREETS[street][0],) * 2
    th1, th2 = rng.sample(comm_themes, 2)
    year = rng.choice([2023, 2024, 2025, 2026])
    pat = GENERIC_TITLES[n % len(GENERIC_TITLES)]
    o1 = pick_org(th1)
    o2 = pick_org(th2, avoid=(o1,))
    a = make_base(th1, o1, street=street, comm=c1, year=year, title_pat=pat)
    b = make_base(th2, o2, street=street, comm=c2, year=year, title_pat=pat)
    HARD.append((add(a), add(b), "same_title_template",
                 f"title template “{pat}”: {THEMES[th1]['name']} vs {THEMES[th2]['name']}"))

# 3. other plain applications (background) -------------------------------
for n in range(14):
    th = THEME_KEYS[(n * 5) % len(THEME_KEYS)]
    s = fresh(th, length=rng.choice(["short", "short", "medium", "long"]))
    if n == 3:
        s["empty"] = ["target_group"]
    add(s)

# ---------------------------------------------------------------- ids, labels, output
order = list(range(len(APPS)))
rng.shuffle(order)
ID = {}
for k, i in enumerate(order):
    ID[i] = f"H{k + 1:04d}"

PREC = {"exact": 0, "light_edit": 1, "paraphrase": 2, "resubmission": 3, "split": 4}


def chain(i):
    path = []
    while APPS[i]["parent"] is not None:
        path.append((i, APPS[i]["kind"]))
        i = APPS[i]["parent"]
    return path, i


def root(i):
    return chain(i)[1]


def pair_kind(i, j):
    pi, ri = chain(i)
    pj, rj = chain(j)
    if ri != rj:
        return None
    si = [x for x, _ in pi] + [ri]
    sj = [x for x, _ in pj] + [rj]
    lca = next(x for x in si if x in sj)
    kinds = [k for x, k in pi[:si.index(lca)]] + [k for x, k in pj[:sj.index(lca)]]
    # the two parts of one split are each other's "split" too
    return max(kinds, key=PREC.get)


groups = {}
for i in range(len(APPS)):
    groups.setdefault(root(i), []).append(i)
PAIRS = []
for r, members in groups.items():
    if len(members) < 2:
        continue
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            i, j = members[x], members[y]
            k = pair_kind(i, j)
            a, b = sorted((ID[i], ID[j]))
            PAIRS.append((a, b, k))
PAIRS.sort()

records = []
for i in order:
    rec = render(APPS[i]["spec"])
    rec["id"] = ID[i]
    records.append(rec)

# validation: ids unique, exact copies identical in text, nothing else identical, hard negatives not in a group
texts = {}
for rec in records:
    key = (rec["title"], rec["summary"], rec["objectives"], rec["activities"])
    texts.setdefault(key, []).append(rec["id"])
truth = {(a, b): k for a, b, k in PAIRS}
for ids in texts.values():
    for x in ids:
        for y in ids:
            if x < y:
                assert truth.get((x, y)) == "exact", (x, y, truth.get((x, y)))
hard_rows = []
for i, j, cat, why in HARD:
    assert root(i) != root(j)
    a, b = sorted((ID[i], ID[j]))
    assert (a, b) not in truth
    hard_rows.append((a, b, cat, why))
hard_rows.sort()
for rec in records:
    assert rec["start_date"] < rec["end_date"]
    assert 2023 <= int(rec["start_date"][:4]) <= 2027

with open(os.path.join(HERE, "applications.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for rec in records:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "pairs.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["a", "b", "kind"])
    w.writerows(PAIRS)
with open(os.path.join(HERE, "hard_negatives.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["a", "b", "reason"])
    w.writerows((a, b, f"{cat}: {why}") for a, b, cat, why in hard_rows)
# derivation notes for humans (which pair was made how)
with open(os.path.join(HERE, "derivations.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "derived_from", "kind", "note"])
    for i in range(len(APPS)):
        if APPS[i]["parent"] is not None:
            w.writerow([ID[i], ID[APPS[i]["parent"]], APPS[i]["kind"], APPS[i]["note"]])

from collections import Counter  # noqa: E402
print(f"{len(records)} applications, {len(PAIRS)} pairs {dict(Counter(k for _, _, k in PAIRS))}, "
      f"{len(hard_rows)} hard negatives {dict(Counter(c for _, _, c, _ in hard_rows))}")
