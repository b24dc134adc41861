#!/usr/bin/env python3
"""Derives data/actors/countries.tsv: one row per country with its CAMEO/ISO code, English
name, nationality adjectives, other names and capitals.

usage: python3 tools/make_countries.py [../shared/data] > data/actors/countries.tsv

Sources (both under ../shared/data):
  countryinfo/CountryInfo.120116.txt  OEDA CountryInfo (MIT): names, nationality forms, capitals
  geonames/countries.json             GeoNames countries (CC BY 4.0): today's capital names
Only sovereign entries are kept (CountryCode equal to the ISO 3166 alpha-3 code, or no ISO
code); dependent territories keep their own rows only through GeoNames in the places stage.
A few modern spellings the 2012 file lacks are added below (EXTRA), each with a reason.
Deterministic: rows are sorted by code.
"""
import json
import os
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")

# Endings of English nationality adjectives ("Russian", "Sudanese", "Turkish", "Israeli",
# "Icelandic", "French", "Cypriot", "Slovene", "Luxembourgish", "Malagasy" is listed in EXTRA).
ADJ_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "ot", "ene", "ais", "ois", "ean", "ine", "ian")

# Modern names and spellings missing from CountryInfo (2012), and adjectives whose form the
# ending test misses. (code, kind, value)
EXTRA = [
    ("USA", "name", "US"), ("USA", "name", "U.S."), ("USA", "name", "America"),
    ("GBR", "name", "UK"), ("GBR", "name", "U.K."), ("GBR", "name", "Britain"), ("GBR", "adj", "British"),
    ("GBR", "adj", "English"), ("GBR", "adj", "Scottish"), ("GBR", "adj", "Welsh"),
    ("NLD", "adj", "Dutch"), ("CHE", "adj", "Swiss"), ("THA", "adj", "Thai"), ("MDG", "adj", "Malagasy"),
    ("TUR", "name", "Turkiye"), ("TUR", "name", "Türkiye"),
    ("CZE", "name", "Czechia"), ("MKD", "name", "North Macedonia"), ("SWZ", "name", "Eswatini"),
    ("UKR", "capital", "Kyiv"), ("KAZ", "capital", "Astana"), ("MMR", "capital", "Naypyidaw"),
    ("PSE", "name", "Palestine"), ("PSE", "adj", "Palestinian"), ("PSE", "capital", "Ramallah"),
    ("KOR", "name", "South Korea"), ("PRK", "name", "North Korea"),
    ("COD", "name", "DR Congo"), ("COD", "name", "DRC"), ("CIV", "adj", "Ivorian"),
    ("VNM", "adj", "Vietnamese"), ("PHL", "adj", "Filipino"), ("PHL", "adj", "Philippine"),
    ("AFG", "adj", "Afghan"), ("PAK", "adj", "Pakistani"), ("BGD", "adj", "Bangladeshi"),
    ("NZL", "adj", "New Zealand"), ("SAU", "adj", "Saudi"), ("ARE", "adj", "Emirati"),
    ("ARE", "name", "UAE"), ("ARE", "name", "U.A.E."), ("QAT", "adj", "Qatari"),
    ("NER", "adj", "Nigerien"), ("BFA", "adj", "Burkinabe"), ("KOR", "adj", "South Korean"),
    ("PRK", "adj", "North Korean"), ("USA", "adj", "US"), ("USA", "adj", "U.S."), ("GBR", "adj", "UK"),
    ("KOS", "adj", "Kosovar"), ("GRC", "adj", "Greek"), ("SWE", "adj", "Swedish"), ("IRL", "adj", "Irish"),
    ("ISL", "adj", "Icelandic"), ("TJK", "adj", "Tajik"), ("TKM", "adj", "Turkmen"), ("LAO", "adj", "Lao"),
    ("MNE", "adj", "Montenegrin"), ("SRB", "adj", "Serb"), ("HRV", "adj", "Croat"),
    ("BIH", "name", "Bosnia-Herzegovina"), ("KSV", "adj", "Kosovar"),
    ("SLV", "adj", "Salvadoran"), ("LUX", "adj", "Luxembourgish"), ("SLE", "adj", "Sierra Leonean"), ("SSD", "adj", "South Sudanese"), ("ZAF", "adj", "South African"),
]

# Forms CountryInfo files under the wrong country: its Montenegro entry still lists Serbia's
# nationality and capital (from the years of the joint state), its Serbia entry Montenegro's.
# (code, kind, value)
WRONG = [
    ("MNE", "adj", "Serb"), ("MNE", "adj", "Serbian"), ("MNE", "capital", "Belgrade"),
    ("MNE", "capital", "Beograd"), ("MNE", "name", "Serb"), ("MNE", "name", "Serbian"),
    ("SRB", "name", "Montenegrin"), ("SRB", "name", "Serb"), ("SRB", "name", "Serbian Montenegrin"),
]


def field(block, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
    if not m:
        return []
    out = []
    for line in m.group(1).split("\n"):
        v = line.split("#")[0].strip()
        if v:
            out.append(v)
    return out


def words(v):
    """CountryInfo phrase (`NEW_DELHI_`, `WASHINGTON_D.C.`) -> `New Delhi`, `Washington D.C.`."""
    v = re.sub(r"\s+", " ", v.strip().rstrip("_").replace("_", " ")).strip()
    out = []
    for w in v.split(" "):
        if re.fullmatch(r"(?:[A-Za-z]\.)+", w):
            out.append(w.upper())
        elif w.lower() in ("of", "the", "and", "da", "du", "de"):
            out.append(w.lower())
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)


def is_adjective(w, names):
    """A nationality adjective: one word, an adjective ending, and the stem of one of the
    country's names (`Sudanese`/`Sudan`, `Ukrainian`/`Ukraine`); CountryInfo's lists also hold
    native names and nicknames, which are not."""
    lw = w.lower()
    if "." in w or not lw.endswith(ADJ_ENDINGS) or lw.endswith(("land", "stan")):
        return False
    return any(n.lower()[:4] == lw[:4] for n in names if len(n) >= 4)


def main():
    text = open(os.path.join(DATA, "countryinfo", "CountryInfo.120116.txt"), "rb").read().decode("utf-8", "replace")
    geo = json.load(open(os.path.join(DATA, "geonames", "countries.json"), encoding="utf-8"))
    geo_capital = {c["iso3"]: c["capital"] for c in geo.values() if c.get("capital")}
    geo_name = {c["iso3"]: c["name"] for c in geo.values()}
    # the header comment describes the tags ("<Country>: wrapper for individual countries"):
    # read with it, the first country (Afghanistan) was swallowed into a block of prose
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    rows = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        # commented-out lines keep old values ("#<CountryCode>[YUGHRV <20910625][HRV >20030101]"
        # before Croatia's "<CountryCode>HRV"): without this the first, commented, field was
        # read and 47 countries (Croatia, Serbia, Bosnia, Kosovo, ...) were dropped
        block = "\n".join(l for l in block.split("\n") if not l.lstrip().startswith("#"))
        code = (field(block, "CountryCode") or [""])[0]
        iso = (field(block, "ISO3166-alpha3") or ["---"])[0]
        ci_name = words((field(block, "CountryName") or [code])[0])
        if not re.fullmatch(r"[A-Z]{3}", code):
            continue
        # a dependency filed under its sovereign's code (Jersey under GBR, Mayotte under FRA)
        # has its own ISO code; a sovereign whose ISO field has a typo (Israel "IL", Japan "JON",
        # Guatemala "GLP") is known by GeoNames under its CAMEO code and name, and East Timor's
        # CAMEO code (TMP) is not its ISO code (TLS)
        same = lambda a, b: re.sub(r"[^a-z]", "", (a or "").lower()) == re.sub(r"[^a-z]", "", (b or "").lower())
        if iso not in ("---", code) and not same(geo_name.get(code), ci_name) \
                and not (code not in geo_name and same(geo_name.get(iso), ci_name)):
            continue
        row = rows.setdefault(code, {"name": geo_name.get(code, ci_name), "adj": [], "capital": [], "alias": []})
        for w in [ci_name] + [w for w in map(words, field(block, "Nationality"))]:
            if w and w != row["name"] and w not in row["alias"]:
                row["alias"].append(w)
        names = [ci_name, row["name"]] + [w for w in map(words, field(block, "Nationality"))
                                          if not w.lower().endswith(ADJ_ENDINGS)]
        for i, v in enumerate(field(block, "Nationality")):
            w = words(v)
            # CountryInfo lists the adjective first ("RUSSIAN_", "MOTSWANA_"), unless the first
            # entry is a short form of the name ("BURKINA_")
            first = i == 0 and "." not in w and not any(n.lower().startswith(w.lower()) for n in names[:2])
            if (first or is_adjective(w, names)) and w not in row["adj"]:
                row["adj"].append(w)
        for v in field(block, "Capital"):
            w = words(v)
            if w and w not in row["capital"]:
                row["capital"].append(w)
        cap = geo_capital.get(code)
        if cap and cap not in row["capital"]:
            row["capital"].append(cap)
    for code, kind, value in EXTRA:
        key = {"name": "alias"}.get(kind, kind)
        if code in rows and value not in rows[code][key]:
            rows[code][key].append(value)
    for code, kind, value in WRONG:
        key = {"name": "alias"}.get(kind, kind)
        if code in rows and value in rows[code][key]:
            rows[code][key].remove(value)
    for r in rows.values():
        # an alias is any other name of the country: not one of its adjectives
        r["alias"] = [a for a in r["alias"] if a not in r["adj"]]
    print("# Countries: CAMEO (ISO 3166 alpha-3) code, English name, nationality adjectives, capitals, other names.")
    print("# Generated by tools/make_countries.py from OEDA CountryInfo.120116 (MIT) and GeoNames countries")
    print("# (CC BY 4.0); do not edit by hand: add to EXTRA in the script and rerun. Lists are |-separated.")
    print("code\tname\tadjectives\tcapitals\tnames")
    for code in sorted(rows):
        r = rows[code]
        print("\t".join([code, r["name"], "|".join(r["adj"]), "|".join(r["capital"]), "|".join(r["alias"])]))


if __name__ == "__main__":
    main()
