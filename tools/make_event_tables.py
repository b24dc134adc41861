#!/usr/bin/env python3
"""Derives the event coder's code tables from ../shared (developer machines only).

usage: python3 tools/make_event_tables.py [SHARED_DIR]     (default: ../shared)

Writes, under data/events/:
  cameo.tsv  every CAMEO event code with its root, quad class, Goldstein score and name
             (cameo_codes.tsv, plus the codes only cameo_codes_extended.tsv has), and its PLOVER
             type, mode and context (CAMEO2PLOVER-2021.txt; 01x and 02x have none: PLOVER
             dropped them)
  vader.tsv  the VADER lexicon's words and mean valences (-4..4), for tone

Both are plain UTF-8 TSV, sorted, deterministic. Licences: data/LICENSES.md.
"""
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
if not os.path.isdir(os.path.join(shared, "data")):
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
cp = os.path.join(shared, "data", "cameo-plover")
out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "events")
os.makedirs(out_dir, exist_ok=True)


def quad(root):
    """GDELT's QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


codes = {}
for line in open(os.path.join(cp, "cameo_codes.tsv"), encoding="utf-8").read().splitlines()[1:]:
    code, name, gold = line.split("\t")
    codes[code] = (name, float(gold))
for line in open(os.path.join(cp, "cameo_codes_extended.tsv"), encoding="utf-8").read().splitlines()[1:]:
    c = line.split("\t")
    code = c[0]
    if code in codes:
        continue
    name = c[3] or c[5]
    gold = c[4] or c[6]
    codes[code] = (name, float(gold))

plover = {}
for line in open(os.path.join(cp, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or line.startswith("~") or ":" not in line:
        continue
    code, rest = line.split(":", 1)
    code = code.strip()
    if not code.isdigit():
        continue
    if len(code) == 2:
        # the two-digit headers ("03: AGREE"); 08 appears twice (CONCEDE, then RETREAT for
        # 084-087): the first names the root
        plover.setdefault(code, (rest.split("#", 1)[0].strip(), "", ""))
        continue
    rest = rest.split("#", 1)[0]
    parts = [p.strip() for p in rest.split(",", 2)]
    while len(parts) < 3:
        parts.append("")
    typ, mode, ctx = parts
    ctx = ";".join(x.strip().replace(" ", "_") for x in ctx.split(";") if x.strip())
    if code not in plover:  # 175 is listed twice with the same values
        plover[code] = (typ, mode, ctx)

with open(os.path.join(out_dir, "cameo.tsv"), "w", encoding="utf-8") as f:
    f.write("# CAMEO event codes (derived by tools/make_event_tables.py; see data/LICENSES.md)\n")
    f.write("code\troot\tquad\tgoldstein\tplover_type\tplover_mode\tplover_context\tname\n")
    for code in sorted(codes):
        name, gold = codes[code]
        root = code[:2]
        # a code the table does not list takes its parent's mapping (0811 -> 081 -> 08)
        typ, mode, ctx = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ("", "", "")
        f.write(f"{code}\t{root}\t{quad(root)}\t{gold}\t{typ}\t{mode}\t{ctx}\t{name}\n")

with open(os.path.join(out_dir, "vader.tsv"), "w", encoding="utf-8") as f:
    f.write("# VADER lexicon: word, mean valence -4..4 (derived by tools/make_event_tables.py; MIT)\n")
    rows = []
    for line in open(os.path.join(shared, "data", "vader", "vader_lexicon.txt"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 2 and c[0] and any(ch.isalpha() for ch in c[0]) and " " not in c[0]:
            rows.append((c[0].lower(), c[1]))
    for w, v in sorted(set(rows)):
        f.write(f"{w}\t{v}\n")
print(f"{len(codes)} codes ({sum(1 for c in codes if c in plover)} with PLOVER), written to {out_dir}")
