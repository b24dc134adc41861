#!/usr/bin/env python3
"""Drafts eval/places.gold.jsonl from human-annotated corpora in ../shared, then appends the
hand-written hard cases in eval/places.hard.jsonl.

usage: python3 tools/draft_places_gold.py [SHARED_DIR]

The referent of each toponym is the annotators' own link, never this project's output:
GUM place entities carry a Wikipedia title (CC BY 4.0 annotations over CC BY / CC BY-SA
Wikinews, Wikivoyage, Wikipedia text), MEANTIME location entities a DBpedia resource
(CC BY 4.0). REFERENT below translates each in-scope title into the GeoNames record it names
(name + ISO country + feature, and the admin-1 code where a name repeats in a country); the
GeoNames id is then read from cities15000.json / countries.json / continents.json. Titles out
of the gazetteer's scope (buildings, roads, seas, rivers, islands, historical states,
admin-2 counties, towns under 15,000) are left out and counted in the summary.
"""
import glob, json, os, re, sys, unicodedata, collections
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
DATA = os.path.join(SHARED, "data")

# title -> (GeoNames name, ISO2, feature, admin1 code or admin-1 name)
REFERENT = {
    "Aberdeen": ("Aberdeen", "GB", "city", None),
    "Afghanistan": ("Afghanistan", "AF", "country", None),
    "Al_Wakrah": ("Al Wakrah", "QA", "city", None),
    "Antarctica": ("Antarctica", None, "continent", None),
    "Apache_Junction%2C_Arizona": ("Apache Junction", "US", "city", "AZ"),
    "Arizona": ("Arizona", "US", "admin1", None),
    "Austin%2C_Texas": ("Austin", "US", "city", "TX"),
    "Baghdad": ("Baghdad", "IQ", "city", None),
    "Bartlesville%2C_Oklahoma": ("Bartlesville", "US", "city", "OK"),
    "Basel": ("Basel", "CH", "city", None),
    "Brussels": ("Brussels", "BE", "city", None),
    "Broken_Arrow%2C_Oklahoma": ("Broken Arrow", "US", "city", "OK"),
    "Cambridge%2C_Massachusetts": ("Cambridge", "US", "city", "MA"),
    "Canada": ("Canada", "CA", "country", None),
    "Chapel_Hill%2C_North_Carolina": ("Chapel Hill", "US", "city", "NC"),
    "Chihuahua_City": ("Chihuahua", "MX", "city", None),
    "China": ("China", "CN", "country", None),
    "Clearwater%2C_Florida": ("Clearwater", "US", "city", "FL"),
    "Cleveland": ("Cleveland", "US", "city", "OH"),
    "Colorado": ("Colorado", "US", "admin1", None),
    "Crimea": ("Crimea", "UA", "admin1", None),
    "Cuba": ("Cuba", "CU", "country", None),
    "Denmark": ("Denmark", "DK", "country", None),
    "East_Los_Angeles%2C_California": ("East Los Angeles", "US", "city", "CA"),
    "Eastern_Europe": ("Eastern Europe", None, "region", None),
    "England": ("England", "GB", "admin1", None),
    "Europe": ("Europe", None, "continent", None),
    "Evanston%2C_Illinois": ("Evanston", "US", "city", "IL"),
    "Evansville%2C_Indiana": ("Evansville", "US", "city", "IN"),
    "Exeter": ("Exeter", "GB", "city", None),
    "Fort_Lee%2C_New_Jersey": ("Fort Lee", "US", "city", "NJ"),
    "Fort_Worth%2C_Texas": ("Fort Worth", "US", "city", "TX"),
    "Fountain_Hills%2C_Arizona": ("Fountain Hills", "US", "city", "AZ"),
    "France": ("France", "FR", "country", None),
    "Guadeloupe": ("Guadeloupe", "GP", "country", None),
    "Hong_Kong": ("Hong Kong", "HK", "country", None),
    "Irving%2C_Texas": ("Irving", "US", "city", "TX"),
    "Isfahan": ("Isfahan", "IR", "city", None),
    "Israel": ("Israel", "IL", "country", None),
    "Italy": ("Italy", "IT", "country", None),
    "Japan": ("Japan", "JP", "country", None),
    "Jersey_City%2C_New_Jersey": ("Jersey City", "US", "city", "NJ"),
    "Jerusalem": ("Jerusalem", "IL", "city", None),
    "Jiangsu": ("Jiangsu Sheng", "CN", "admin1", None),
    "Kabul": ("Kabul", "AF", "city", None),
    "Las_Vegas": ("Las Vegas", "US", "city", "NV"),
    "Livorno": ("Livorno", "IT", "city", None),
    "Lombardy": ("Lombardy", "IT", "admin1", None),
    "London": ("London", "GB", "city", None),
    "Los_Angeles": ("Los Angeles", "US", "city", "CA"),
    "Madrid": ("Madrid", "ES", "city", None),
    "Malaysia": ("Malaysia", "MY", "country", None),
    "Mecca": ("Mecca", "SA", "city", None),
    "Mexico_City": ("Mexico City", "MX", "city", None),
    "Michigan": ("Michigan", "US", "admin1", None),
    "Moscow": ("Moscow", "RU", "city", None),
    "Mountain_View%2C_California": ("Mountain View", "US", "city", "CA"),
    "Mukalla": ("Al Mukalla", "YE", "city", None),
    "Mérida%2C_Yucatán": ("Mérida", "MX", "city", None),
    "Netherlands": ("The Netherlands", "NL", "country", None),
    "New_Jersey": ("New Jersey", "US", "admin1", None),
    "New_York_%28state%29": ("New York", "US", "admin1", None),
    "New_York_City": ("New York City", "US", "city", None),
    "New_Zealand": ("New Zealand", "NZ", "country", None),
    "Nizhny_Novgorod": ("Nizhniy Novgorod", "RU", "city", None),
    "North_America": ("North America", None, "continent", None),
    "North_Carolina": ("North Carolina", "US", "admin1", None),
    "Ohio": ("Ohio", "US", "admin1", None),
    "Oklahoma_City": ("Oklahoma City", "US", "city", "OK"),
    "Paramus": ("Paramus", "US", "city", "NJ"),
    "Paris": ("Paris", "FR", "city", None),
    "Phoenix%2C_Arizona": ("Phoenix", "US", "city", "AZ"),
    "Poland": ("Poland", "PL", "country", None),
    "Puerto_Rico": ("Puerto Rico", "PR", "country", None),
    "Rochester%2C_New_York": ("Rochester", "US", "city", "NY"),
    "Saint_Lucia": ("Saint Lucia", "LC", "country", None),
    "Saint_Petersburg": ("Saint Petersburg", "RU", "city", None),
    "Saint_Vincent_and_the_Grenadines": ("Saint Vincent and the Grenadines", "VC", "country", None),
    "San_Antonio": ("San Antonio", "US", "city", "TX"),
    "San_Diego": ("San Diego", "US", "city", "CA"),
    "Santa_Ana%2C_California": ("Santa Ana", "US", "city", "CA"),
    "Santa_Cruz%2C_California": ("Santa Cruz", "US", "city", "CA"),
    "Saudi_Arabia": ("Saudi Arabia", "SA", "country", None),
    "Scotland": ("Scotland", "GB", "admin1", None),
    "Sochi": ("Sochi", "RU", "city", None),
    "South_Carolina": ("South Carolina", "US", "admin1", None),
    "Southeast_Asia": ("Southeast Asia", None, "region", None),
    "St._Louis": ("St. Louis", "US", "city", "MO"),
    "Sun_City%2C_Arizona": ("Sun City", "US", "city", "AZ"),
    "Svendborg": ("Svendborg", "DK", "city", None),
    "Taipei": ("Taipei", "TW", "city", None),
    "Thailand": ("Thailand", "TH", "country", None),
    "Tokyo": ("Tokyo", "JP", "city", None),
    "Trento": ("Trento", "IT", "city", None),
    "Tulsa%2C_Oklahoma": ("Tulsa", "US", "city", "OK"),
    "Victoria_%28Australia%29": ("Victoria", "AU", "admin1", None),
    "Washington%2C_D.C.": ("Washington", "US", "city", "DC"),
    "Washington_%28state%29": ("Washington", "US", "admin1", None),
    "Wellington": ("Wellington", "NZ", "city", None),
    "York": ("York", "GB", "city", None),
    "Yekaterinburg": ("Yekaterinburg", "RU", "city", None),
    "Yucatán": ("Yucatán", "MX", "admin1", None),
    "Łódź": ("Łódź", "PL", "city", None),
    "United_Kingdom": ("United Kingdom", "GB", "country", None),
    "United_States": ("United States", "US", "country", None),
    "Cliffside_Park": ("Cliffside Park", "US", "city", "NJ"),
    "Braniewo": ("Braniewo", "PL", "city", None),
    "Bourg%2Dla%2DReine": ("Bourg-la-Reine", "FR", "city", None),
    "Pointe%2Dà%2DPitre": ("Pointe-à-Pitre", "GP", "city", None),
    "Baie%2DMahault": ("Baie-Mahault", "GP", "city", None),
    # MEANTIME (DBpedia titles)
    "Singapore": ("Singapore", "SG", "country", None),
    "Australia": ("Australia", "AU", "country", None),
    "Germany": ("Germany", "DE", "country", None),
    "Indonesia": ("Indonesia", "ID", "country", None),
    "San_Francisco": ("San Francisco", "US", "city", "CA"),
    "Asia": ("Asia", None, "continent", None),
    "Romania": ("Romania", "RO", "country", None),
    "Sydney": ("Sydney", "AU", "city", None),
    "Frankfurt": ("Frankfurt am Main", "DE", "city", None),
    "Ontario": ("Ontario", "CA", "admin1", None),
    "Mobile,_Alabama": ("Mobile", "US", "city", "AL"),
    "Long_Beach,_California": ("Long Beach", "US", "city", "CA"),
    "Seattle": ("Seattle", "US", "city", "WA"),
    "Toulouse": ("Toulouse", "FR", "city", None),
    "San_Jose,_California": ("San Jose", "US", "city", "CA"),
    "Alabama": ("Alabama", "US", "admin1", None),
    "Everett,_Washington": ("Everett", "US", "city", "WA"),
    "Dubai": ("Dubai", "AE", "city", None),
    "Spain": ("Spain", "ES", "country", None),
    "Chicago": ("Chicago", "US", "city", "IL"),
    "Bangkok": ("Bangkok", "TH", "city", None),
    "Cupertino,_California": ("Cupertino", "US", "city", "CA"),
    "Atlanta": ("Atlanta", "US", "city", "GA"),
    "Detroit": ("Detroit", "US", "city", "MI"),
    "Craiova": ("Craiova", "RO", "city", None),
    "Washington,_D.C.": ("Washington", "US", "city", "DC"),
    "Wyoming": ("Wyoming", "US", "admin1", None),
    "India": ("India", "IN", "country", None),
    "California": ("California", "US", "admin1", None),
    "Washington_(state)": ("Washington", "US", "admin1", None),
}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s.lower().replace("'", "")).split())


cities = json.load(open(os.path.join(DATA, "geonames", "cities15000.json"), encoding="utf-8"))
countries = json.load(open(os.path.join(DATA, "geonames", "countries.json"), encoding="utf-8"))
continents = json.load(open(os.path.join(DATA, "geonames", "continents.json"), encoding="utf-8"))


def referent(title):
    name, cc, feature, a1 = REFERENT[title]
    iso3 = countries[cc]["iso3"] if cc else None
    if feature == "country":
        return dict(geonames_id=countries[cc]["geonameid"], country=iso3, feature="country", name=countries[cc]["name"])
    if feature == "continent":
        c = next(v for v in continents.values() if v["name"] == name)
        return dict(geonames_id=c["geonameId"], country=None, feature="continent", name=name)
    if feature in ("admin1", "region"):
        return dict(geonames_id=None, country=iso3, feature=feature, name=name)
    hits = [c for c in cities.values() if c["countrycode"] == cc and (a1 is None or c["admin1code"] == a1)
            and (fold(c["name"]) == fold(name) or fold(name) in {fold(a) for a in c["alternatenames"]})]
    if not hits:
        sys.exit(f"no GeoNames city for {title}: {name} {cc} {a1}")
    exact = [c for c in hits if fold(c["name"]) == fold(name)] or hits
    c = max(exact, key=lambda c: c["population"])
    return dict(geonames_id=c["geonameid"], country=iso3, feature="city", name=c["name"])


def clean_mention(m):
    m = m.split(",")[0].strip()
    m = re.sub(r"^(the|The)\s+", "", m)
    m = re.sub(r"('s|’s)$", "", m).strip()
    return m


passages = collections.OrderedDict()  # (source id, text) -> list of places
out_of_scope = collections.Counter()
skipped = collections.Counter()


INSTITUTION = re.compile(r"\b(Government|government|administration|White House)\b")
ADJECTIVE = re.compile(r"(an|ese|ish|ean|ic)$")


PRONOUNS = {"We", "It", "They", "Its", "Their", "Our", "Us", "Here", "There"}


def nth_of(text, mention, at):
    """Which whole-word occurrence of `mention` in `text` starts at byte `at`."""
    n, i = 0, text.find(mention)
    while i >= 0 and i < at:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(mention)] if i + len(mention) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            n += 1
        i = text.find(mention, i + 1)
    return n


def add(pid, source, text, mention, title, at):
    """A toponym the annotators linked to `title`, written `mention` at offset `at`."""
    if title not in REFERENT:
        out_of_scope[title] += 1
        return
    # toponyms only: MEANTIME also links adjectives ("American") and institutions ("US
    # Government", "White House") to countries; those are context, not place names
    if INSTITUTION.search(mention) or ADJECTIVE.search(mention.split(",")[0].strip()):
        skipped["adjective or institution"] += 1
        return
    raw = mention
    mention = clean_mention(mention)
    if not mention or not mention[0].isupper() or mention in PRONOUNS:
        return
    # a name, not a description ("England's \"City of Festivals\"", "This town", "Poland's
    # third biggest city", "Cleveland proper"): capitalized words and name connectors only
    connectors = {"of", "the", "de", "del", "la", "le", "on", "upon", "and", "am", "an", "der", "sur", "en", "al", "el"}
    words = re.split(r"[ -]", mention)
    if (not re.fullmatch(r"[\w .'’-]+", mention) or len(words) > 6
            or any(not (w[:1].isupper() or w in connectors) for w in words if w)
            or words[0] in {"This", "That", "An", "A", "The"}):
        skipped["not a name"] += 1
        return
    at += raw.find(mention)
    if text[at:at + len(mention)] != mention:
        return
    key = (pid, source, text)
    places = passages.setdefault(key, [])
    nth = nth_of(text, mention, at)
    if any(p["mention"] == mention and p["nth"] == nth for p in places):
        return
    places.append(dict(mention=mention, nth=nth, **referent(title)))


# --- GUM: place entities with a Wikipedia identity --------------------------------------------
cur = None
docs = []
for line in open(os.path.join(DATA, "gum", "gum-train-open.conllu"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("# newdoc id"):
        cur = {"id": line.split("=", 1)[1].strip(), "sents": []}
        docs.append(cur)
    elif line.startswith("# text = "):
        cur["sents"].append({"text": line[9:], "toks": []})
    elif line and line[0].isdigit():
        c = line.split("\t")
        if "-" not in c[0] and "." not in c[0]:
            cur["sents"][-1]["toks"].append(c)
for d in docs:
    if not any(g in d["id"] for g in ("news", "voyage", "interview", "bio")):
        continue
    # the whole document is the passage: context is what disambiguates
    doc_text = " ".join(s["text"] for s in d["sents"])
    base = 0
    for si, s in enumerate(d["sents"]):
        pos, offs = 0, []
        for c in s["toks"]:
            i = s["text"].find(c[1], pos)
            offs.append((base + i, base + i + len(c[1])))
            pos = i + len(c[1]) if i >= 0 else pos
        base += len(s["text"]) + 1
        stack = {}
        spans = []  # (first token, last token, entity type, rest of the annotation)
        for ti, c in enumerate(s["toks"]):
            m = re.search(r"Entity=([^|]*)", c[9])
            if not m:
                continue
            ent = m.group(1)
            for eid, etype, rest in re.findall(r"\((\d+)-([a-z]+)-([^()]*)", ent):
                if rest.endswith(")"):
                    spans.append((ti, ti, etype, rest[:-1]))
                else:
                    stack[eid] = (ti, etype, rest)
            for eid in re.findall(r"(?:^|[^\d-])(\d+)\)", ent):
                if eid in stack:
                    a, et, r = stack.pop(eid)
                    spans.append((a, ti, et, r))
        for a, b, et, r in spans:
            parts = r.split("-")
            if et != "place" or len(parts) <= 5:
                continue
            # a place named inside another kind of name ("Durham" in "Durham University",
            # "New York" in the film "New York Minute") is part of that name, not a toponym
            if any(x <= a and b <= y and (x, y) != (a, b) and t2 != "place" for x, y, t2, _ in spans):
                skipped["inside another name"] += 1
                continue
            add(f"gum:{d['id']}", d["id"], doc_text, doc_text[offs[a][0]:offs[b][1]], "-".join(parts[5:]), offs[a][0])

# --- MEANTIME: location entities with a DBpedia resource ----------------------------------------
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "..."}
for f in sorted(glob.glob(os.path.join(DATA, "meantime", "intra-doc_annotation", "*", "*.xml"))):
    t = ET.parse(f).getroot()
    toks = [(tok.get("t_id"), int(tok.get("sentence")), tok.text or "") for tok in t.iter("token")]
    by_id = {i: (s, w) for i, s, w in toks}
    ments = {m.get("m_id"): [a.get("t_id") for a in m.iter("token_anchor")] for m in t.iter("ENTITY_MENTION")}
    ents = {e.get("m_id"): (e.get("ent_type"), e.get("external_ref") or "") for e in t.iter("ENTITY")}
    doc_id = os.path.basename(f).split("_")[0]
    # the body (sentences 2..) is the passage, rebuilt from tokens as acta's MEANTIME reader does
    text, at = "", {}
    for sent in sorted({s for _, s, _ in toks if s >= 2}):
        sent_text = ""
        local = {}
        for i, s_, w in toks:
            if s_ != sent:
                continue
            if sent_text and w not in NO_SPACE_BEFORE and not sent_text.endswith("("):
                sent_text += " "
            local[i] = len(sent_text)
            sent_text += w
        if text:
            text += " "
        for i, o in local.items():
            at[i] = len(text) + o
        text += sent_text
    mention_type = {}
    for r in t.iter("REFERS_TO"):
        tgt = [x.get("m_id") for x in r.iter("target")]
        if tgt and tgt[0] in ents:
            for src in (x.get("m_id") for x in r.iter("source")):
                mention_type[src] = ents[tgt[0]][0]
    for r in t.iter("REFERS_TO"):
        tgt = [x.get("m_id") for x in r.iter("target")]
        if not tgt or tgt[0] not in ents or ents[tgt[0]][0] != "LOC":
            continue
        title = ents[tgt[0]][1].rstrip("/").split("/")[-1]
        for src in (x.get("m_id") for x in r.iter("source")):
            ids = ments.get(src) or []
            if not ids:
                continue
            # inside another kind of name ("United States Senate"): part of that name
            if any(set(ids) < set(o) and mention_type.get(om) not in (None, "LOC") for om, o in ments.items()):
                skipped["inside another name"] += 1
                continue
            sent = by_id[ids[0]][0]
            if sent < 2:
                continue  # title and date line
            a, b = at[ids[0]], at[ids[-1]] + len(by_id[ids[-1]][1])
            add(f"meantime:{doc_id}", f"MEANTIME {doc_id}", text, text[a:b], title, a)

lines = []
for (pid, source, text), places in passages.items():
    licence = "GUM (text CC BY / CC BY-SA per genre; annotations CC BY 4.0)" if pid.startswith("gum") else "MEANTIME (CC BY 4.0)"
    lines.append(dict(id=pid, source=f"{source}; {licence}", text=text, places=places, not_places=[]))
hard = os.path.join(ROOT, "eval", "places.hard.jsonl")
with open(os.path.join(ROOT, "eval", "places.gold.jsonl"), "w", encoding="utf-8") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
    n_hard = 0
    if os.path.exists(hard):
        for l in open(hard, encoding="utf-8"):
            if l.strip():
                f.write(l.strip() + "\n")
                n_hard += sum(1 for _ in json.loads(l)["places"])
n = sum(len(l["places"]) for l in lines)
print(f"eval/places.gold.jsonl: {len(lines)} corpus passages with {n} toponyms, plus {n_hard} hand-written; "
      f"{sum(out_of_scope.values())} mentions of {len(out_of_scope)} out-of-scope titles and "
      f"{skipped['adjective or institution']} adjectives or institutions, {skipped['inside another name']} "
      f"places inside another kind of name and {skipped['not a name']} descriptions left out")
