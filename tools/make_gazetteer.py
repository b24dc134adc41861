#!/usr/bin/env python3
"""Builds data/gazetteer/gazetteer.tsv.zst, the compact gazetteer Acta embeds.

usage: python3 tools/make_gazetteer.py [SHARED_DIR]   (default: ../shared)

Python 3.11 standard library only; compression with the `zstd` command line tool, as
tools/make_samples.py does. Inputs (all under SHARED_DIR/data):

  geonames/cities15000.json   cities with population >= 15,000 and their alternate names
  geonames/countries.json     countries (ISO codes, population, capital)
  geonames/continents.json    continents
  geonames/rg_cities1000.csv  cities >= 1,000 with the NAME of their admin-1 unit
  countryinfo/CountryInfo.120116.txt   OEDA country file: adjectives / demonyms

and the reviewed files beside the output: country_aliases.tsv, admin1_aliases.tsv, regions.tsv.

Output: one entry per line, tab-separated (see docs/places.md, "Gazetteer file"):

  kind  geonames_id  name  country(iso3, or comma list)  admin1  lat  lon  population  keys  flags

kind: c city, a admin-1, k country, r region, n continent. keys: '|'-separated folded names
(lowercase, diacritics folded, apostrophes dropped, other punctuation a space); the first key
is the primary name's. flags: comma-separated (capital, alt=N: the first N keys are the
entry's own main names; others are alternate names). Lines starting with '#fold' give the
diacritic folding table the Rust side uses so both sides fold text the same way; lines
starting with '#demonym' give country adjectives (context evidence, never places).
"""
import csv
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
DATA = os.path.join(SHARED, "data")
OUT_DIR = os.path.join(ROOT, "data", "gazetteer")

SPECIAL = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l",
           "Ł": "l", "ı": "i", "þ": "th", "Þ": "th", "œ": "oe", "Œ": "oe", "ð": "d", "Ð": "d",
           "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ƒ": "f", "ŋ": "ng", "Ŋ": "ng", "ĸ": "k"}
APOSTROPHES = "'’‘`´ʼʻʹʿʾ"


def fold_char(ch):
    if ch in SPECIAL:
        return SPECIAL[ch]
    d = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return d


FOLD_TABLE = {}


def fold(s):
    """Lowercase, diacritics folded, apostrophes dropped, other non-alphanumerics one space."""
    out = []
    for ch in s:
        if ch in APOSTROPHES:
            continue
        if ord(ch) < 128:
            out.append(ch.lower() if ch.isalnum() else " ")
            continue
        f = fold_char(ch)
        if f and all(ord(c) < 128 for c in f):
            FOLD_TABLE[ch] = f.lower()
            out.append(f.lower() if f.isalnum() else " ")
        else:
            out.append(ch.lower() if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def is_latin_name(s):
    """Latin script, starts with a capital letter, no digits."""
    if not s or not s[0].isupper() or any(c.isdigit() for c in s):
        return False
    for c in s:
        if c.isalpha() and not (ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00):
            return False
    return True


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def load_json(name):
    with open(os.path.join(DATA, "geonames", name), encoding="utf-8") as f:
        return json.load(f)


def read_tsv(name):
    rows = []
    with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def main():
    countries = load_json("countries.json")
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = load_json("cities15000.json")
    continents = load_json("continents.json")
    with open(os.path.join(DATA, "geonames", "rg_cities1000.csv"), encoding="utf-8", newline="") as f:
        rg = [r for r in csv.DictReader(f)]
    for r in rg:
        r["cc"] = r["cc"].strip()

    # --- admin-1: names from rg_cities1000, codes by joining with cities15000 -----------------
    # a city of cities15000 and its row in rg_cities1000 are the same point (within ~1 km)
    grid = defaultdict(list)
    for r in rg:
        grid[(round(float(r["lat"]), 1), round(float(r["lon"]), 1))].append(r)
    code_votes = defaultdict(Counter)  # (cc, admin1code) -> Counter(admin1 name)
    for c in cities.values():
        best = None
        for dlat in (-0.1, 0.0, 0.1):
            for dlon in (-0.1, 0.0, 0.1):
                for r in grid.get((round(c["latitude"] + dlat, 1), round(c["longitude"] + dlon, 1)), []):
                    if r["cc"] != c["countrycode"] or not r["admin1"]:
                        continue
                    d = abs(float(r["lat"]) - c["latitude"]) + abs(float(r["lon"]) - c["longitude"])
                    if d < 0.02 and (best is None or d < best[0]):
                        best = (d, r["admin1"])
        if best:
            code_votes[(c["countrycode"], c["admin1code"])][best[1]] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in code_votes.items()}
    members = defaultdict(list)  # (cc, admin1 name) -> [(lat, lon)]
    for r in rg:
        if r["admin1"] and r["cc"] in iso3:
            members[(r["cc"], r["admin1"])].append((float(r["lat"]), float(r["lon"])))
    country_members = defaultdict(list)
    for r in rg:
        country_members[r["cc"]].append((float(r["lat"]), float(r["lon"])))
    admin_pop = Counter()
    admin_code = {}
    for (cc, code), name in code_name.items():
        admin_code[(cc, name)] = f"{cc}.{code}"
    for c in cities.values():
        name = code_name.get((c["countrycode"], c["admin1code"]))
        if name:
            admin_pop[(c["countrycode"], name)] += c["population"]

    def representative(points):
        """The member point nearest to the mean of all members: always a real settlement."""
        if not points:
            return None
        mlat = sum(p[0] for p in points) / len(points)
        mlon = sum(p[1] for p in points) / len(points)
        return min(points, key=lambda p: (p[0] - mlat) ** 2 + (p[1] - mlon) ** 2)

    entries = []  # dicts: kind, gid, name, country, admin1, lat, lon, pop, names(list), flags

    # --- countries ------------------------------------------------------------------------
    capitals = {}
    for cc, c in countries.items():
        if c["iso3"] in ("SCG", "ANT"):  # dissolved
            continue
        p = representative(country_members.get(cc, []))
        names = [c["name"].strip()]
        entries.append(dict(kind="k", gid=c["geonameid"], name=c["name"].strip(), country=c["iso3"],
                            admin1="", lat=p[0] if p else None, lon=p[1] if p else None,
                            pop=c["population"], names=names, flags=[]))
        if c.get("capital"):
            capitals[cc] = c["capital"]
    by_iso3 = {e["country"]: e for e in entries}
    for iso, alias in read_tsv("country_aliases.tsv"):
        by_iso3[iso]["names"].append(alias)

    # demonyms from CountryInfo (context evidence only)
    demonyms = defaultdict(set)
    with open(os.path.join(DATA, "countryinfo", "CountryInfo.120116.txt"), encoding="utf-8", errors="replace") as f:
        text = f.read()
    for block in text.split("<Country>")[1:]:
        m = re.search(r"<CountryCode>([A-Z]{3})</CountryCode>", block)
        n = re.search(r"<Nationality>(.*?)</Nationality>", block, re.S)
        if not m or not n or m.group(1) not in by_iso3:
            continue
        for line in n.group(1).splitlines():
            w = line.split("#")[0].strip().strip("_").replace("_", " ")
            if w and not any(ch.isdigit() for ch in w):
                demonyms[m.group(1)].add(fold(w))

    # --- continents -----------------------------------------------------------------------
    for code, c in continents.items():
        names = [c["name"]] + [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        entries.append(dict(kind="n", gid=c["geonameId"], name=c["name"], country="", admin1="",
                            lat=float(c["lat"]), lon=float(c["lng"]), pop=c.get("population", 0),
                            names=names, flags=[]))

    # --- admin-1 --------------------------------------------------------------------------
    admin_entries = {}
    for (cc, name), pts in sorted(members.items()):
        p = representative(pts)
        names = [name]
        # GeoNames-style suffixes and prefixes dropped: "Anhui Sheng" -> "Anhui"
        short = re.sub(r"^(Muhafazat|Respublika|Republic of|Mayorality of|Misto)\s+", "", name)
        short = re.sub(r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Governorate|Oblast|Krai|Kray|Province|Region)$", "", short)
        if short != name and len(short) > 2:
            names.append(short)
        e = dict(kind="a", gid=None, name=name, country=iso3[cc], admin1=name, lat=p[0], lon=p[1],
                 pop=admin_pop.get((cc, name), 0), names=names,
                 flags=[f"code={admin_code[(cc, name)]}"] if (cc, name) in admin_code else [])
        admin_entries[(cc, name)] = e
    for cc, name, aliases in read_tsv("admin1_aliases.tsv"):
        aliases = [a for a in aliases.split("|") if a]
        e = admin_entries[(cc, name)]
        e["names"].extend(aliases)
        # the first alias is the English name shown to users ("Zaporizhzhia Oblast" rather
        # than GeoNames' "Zaporizhia"); the admin1 field keeps GeoNames' name
        e["name"] = aliases[0]

    # --- cities ---------------------------------------------------------------------------
    primary_keys = {}  # folded primary name -> largest population with that primary name
    for c in cities.values():
        k = fold(c["name"])
        primary_keys[k] = max(primary_keys.get(k, 0), c["population"])
    for e in entries:
        for n in e["names"]:
            primary_keys[fold(n)] = max(primary_keys.get(fold(n), 0), 10**12)
    for e in admin_entries.values():
        for n in e["names"]:
            primary_keys.setdefault(fold(n), 0)

    # lowercase words of running English (UD EWT train, 3+ times in lowercase, not proper
    # nouns): an alternate name made only of them ("White House" for Casablanca) is a
    # translation, not a name news uses; the recognizer also asks more evidence of a one-word
    # town name that is such a word ("Mobile", "Reading")
    vocab = Counter()
    with open(os.path.join(DATA, "ud-english-ewt", "en_ewt-ud-train.conllu"), encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[1].isalpha() and cols[1].islower() and cols[3] != "PROPN":
                vocab[cols[1]] += 1
    common = {w for w, n in vocab.items() if n >= 3}

    city_entries = []
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        name = c["name"]
        key = fold(name)
        names = [name]
        for a in c.get("alternatenames", []):
            if not is_latin_name(a) or len(a) < 3 or len(a.split()) > 5:
                continue
            if a.isupper() and len(a) <= 4:  # airport and other codes
                continue
            ak = fold(a)
            if ak == key or not ak:
                continue
            # an alternate name that is another place's main name belongs to that place
            if primary_keys.get(ak, -1) > c["population"]:
                continue
            if all(w in common for w in ak.split()):
                continue
            # small cities keep spelling variants and short forms ("Frankfurt" for
            # "Frankfurt am Main") only; large ones their exonyms too
            short_form = key.startswith(ak + " ")
            if c["population"] < 1_000_000 and similar(ak, key) < 0.7 and not short_form:
                continue
            names.append(a)
        # short forms of the name ("New York" for "New York City", "Frankfurt" for "Frankfurt am
        # Main") are main names too: they come first after the name, counted by main=N
        shorts = [a for a in names[1:] if key.startswith(fold(a) + " ")]
        # "St Petersburg" for "Saint Petersburg": the usual English abbreviation
        for full, abbr in (("Saint ", "St "), ("Sainte ", "Ste ")):
            if name.startswith(full):
                shorts.append(abbr + name[len(full):])
        names = [name] + shorts + [a for a in names[1:] if a not in shorts]
        admin1 = code_name.get((cc, c["admin1code"]), "")
        flags = [f"main={1 + len(shorts)}"] if shorts else []
        if capitals.get(cc) and fold(capitals[cc]) == key:
            flags.append("capital")
        city_entries.append(dict(kind="c", gid=c["geonameid"], name=name, country=iso3[cc],
                                 admin1=admin1, lat=c["latitude"], lon=c["longitude"],
                                 pop=c["population"], names=names, flags=flags))

    # admin-1 units named after their main city inherit that city's spelling variants
    # (Luhansk: Lugansk, Luhans'k), the ones close to the admin-1 name
    city_by_key = defaultdict(list)
    for e in city_entries:
        city_by_key[(e["country"], fold(e["name"]))].append(e)
    for (cc, name), e in admin_entries.items():
        for city in city_by_key.get((iso3[cc], fold(name)), []):
            if city["admin1"] != name:
                continue
            for a in city["names"][1:]:
                if similar(fold(a), fold(name)) >= 0.7:
                    e["names"].append(a)

    # --- curated regions ------------------------------------------------------------------
    anchor_index = {(fold(c["name"]), c["countrycode"]): c for c in cities.values()}
    region_entries = []
    for row in read_tsv("regions.tsv"):
        name, variants, ctry, anchor, source = (row + [""] * 5)[:5]
        names = [name] + [v for v in variants.split("|") if v]
        parents = [] if ctry in ("", "-") else ctry.split(",")
        # a region that is also an admin-1 unit of its (single) parent: merge into the admin-1
        merged = False
        if len(parents) == 1:
            for (cc, aname), e in admin_entries.items():
                if iso3[cc] == parents[0] and any(fold(n) in {fold(x) for x in e["names"]} for n in names):
                    e["names"].extend(names)
                    merged = True
                    break
        if merged:
            continue
        lat = lon = None
        if anchor and anchor != "-":
            aname, acc = anchor.rsplit(",", 1)
            c = anchor_index.get((fold(aname), acc))
            if c is None:
                sys.exit(f"regions.tsv: anchor {anchor!r} is not in cities15000")
            lat, lon = c["latitude"], c["longitude"]
        region_entries.append(dict(kind="r", gid=None, name=name, country=",".join(parents), admin1="",
                                   lat=lat, lon=lon, pop=0, names=names, flags=[f"source={source}"]))

    all_entries = entries + list(admin_entries.values()) + region_entries + city_entries

    # --- write ----------------------------------------------------------------------------
    lines = []
    for e in all_entries:
        keys = []
        for n in e["names"]:
            k = fold(n)
            if k.startswith("the "):  # "the Sahel": recognition skips the article itself
                k = k[4:]
            if k and k not in keys:
                keys.append(k)
        if not keys:
            continue
        lat = "" if e["lat"] is None else f"{e['lat']:.5f}"
        lon = "" if e["lon"] is None else f"{e['lon']:.5f}"
        lines.append("\t".join([e["kind"], "" if e["gid"] is None else str(e["gid"]), e["name"],
                                e["country"], e["admin1"], lat, lon, str(e["pop"]), "|".join(keys),
                                ",".join(e["flags"])]))
    header = ["#acta-gazetteer\t1"]
    for ch, rep in sorted(FOLD_TABLE.items()):
        header.append(f"#fold\t{ch}\t{rep}")
    for iso, ds in sorted(demonyms.items()):
        header.append(f"#demonym\t{iso}\t{'|'.join(sorted(ds))}")
    body = "\n".join(header + lines) + "\n"
    target = os.path.join(OUT_DIR, "gazetteer.tsv.zst")
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", target], input=body.encode("utf-8"), check=True)
    with open(os.path.join(OUT_DIR, "common_words.txt"), "w", encoding="utf-8") as f:
        f.write("# Lowercase words of running English: UD English EWT train, 3+ lowercase occurrences\n")
        f.write("# as a common noun, verb, adjective, ... Built by tools/make_gazetteer.py. CC BY-SA 4.0.\n")
        f.write("\n".join(sorted(common)) + "\n")
    kinds = Counter(l.split("\t", 1)[0] for l in lines)
    nkeys = sum(l.split("\t")[8].count("|") + 1 for l in lines)
    print(f"{target}: {len(lines)} entries {dict(kinds)}, {nkeys} names, "
          f"{len(body) / 1e6:.1f} MB raw, {os.path.getsize(target) / 1e6:.2f} MB compressed")


if __name__ == "__main__":
    main()
