#!/usr/bin/env python3
"""Builds data/samples/demo.jsonl.zst, the sample corpus `acta demo` ingests.

usage: python3 tools/make_samples.py [SHARED_DIR]   (default: ../shared)

Sources (licences in data/LICENSES.md):
  - the seed article, ../shared/seed/000_9b608a54e0beaff9.txt (published 2025-09-03);
  - the 322 PLOVER gold-standard records, ../shared/data/cameo-plover/PLOVER_GSR_CAMEO.txt
    (CC BY-SA 4.0): each record's `text`, with its `date` as the publication date;
  - the 120 English MEANTIME Wikinews articles, ../shared/data/meantime/intra-doc_annotation
    (CC BY 4.0): text rebuilt from the tokens (sentence 0 is the title, sentence 1 the date).
Deterministic: the same inputs give the same bytes.
"""
import glob, json, os, re, subprocess, sys, html

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
out_dir = os.path.join(os.path.dirname(__file__), "..", "data", "samples")
records = []

seed = open(os.path.join(shared, "seed", "000_9b608a54e0beaff9.txt"), encoding="utf-8").read()
records.append({"id": "seed-000_9b608a54e0beaff9", "outlet": "Reuters (republished)", "published": "2025-09-03", "text": seed})

plover = json.load(open(os.path.join(shared, "data", "cameo-plover", "PLOVER_GSR_CAMEO.txt"), encoding="utf-8"))
for r in plover:
    if r.get("event") == "DOCUMENT" or not r.get("text"):
        continue
    records.append({"id": r["id"], "outlet": r.get("publication"), "published": r.get("date"), "text": r["text"]})

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}

def detok(tokens):
    out, quote_open = "", False
    for t in tokens:
        if t == '"':
            if quote_open:
                out += t
            else:
                out += (" " if out else "") + t
            quote_open = not quote_open
            continue
        glue = (not out or t in NO_SPACE_BEFORE or out.endswith(tuple(NO_SPACE_AFTER))
                or (out.endswith('"') and quote_open))
        out += ("" if glue else " ") + t
    return out

for path in sorted(glob.glob(os.path.join(shared, "data", "meantime", "intra-doc_annotation", "*", "*.xml"))):
    s = open(path, encoding="utf-8").read()
    doc = re.search(r'<Document [^>]*doc_id="(\d+)"[^>]*url="([^"]*)"', s)
    sents = {}
    for sn, tok in re.findall(r'<token number="\d+" sentence="(\d+)" t_id="\d+">([^<]*)</token>', s):
        sents.setdefault(int(sn), []).append(html.unescape(tok))
    title = detok(sents.get(0, []))
    date_toks = sents.get(1, [])
    published = None
    m = re.match(r"(\w+) (\d+) , (\d{4})", " ".join(date_toks))
    if m and m.group(1).lower() in MONTHS:
        published = "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1).lower()], int(m.group(2)))
    body = " ".join(detok(sents[k]) for k in sorted(sents) if k >= 2)
    records.append({"id": "meantime-" + doc.group(1), "url": html.unescape(doc.group(2)), "outlet": "Wikinews",
                    "title": title, "published": published, "text": body})

os.makedirs(out_dir, exist_ok=True)
jsonl = "".join(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
target = os.path.join(out_dir, "demo.jsonl.zst")
subprocess.run(["zstd", "-19", "-q", "-f", "-o", target], input=jsonl.encode("utf-8"), check=True)
print(f"{target}: {len(records)} articles, {len(jsonl)} bytes before compression")
