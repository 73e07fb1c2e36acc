#!/usr/bin/env python3
"""Writes the benchmark's other shapes of the generator's event list (stdlib only).

Usage: python3 make_variants.py EVENTS_N.json OUTDIR [reordered] [catalogue]

Reads the JSON that shared/bench/gen_events.py writes and writes, into OUTDIR, with the
same stem (the benchmark takes the shape from the part after it):
  reordered  EVENTS_N.reordered.json: the same events, the keys of each in one of six
             orders in turn, and string ids ("ev-1", "ev-2", ...).
  catalogue  EVENTS_N.catalogue.json: the same events as a full catalogue (lanes, tags,
             actors, summaries, a date basis on some, stories), each with one quoted source,
             and beside it EVENTS_N.catalogue/: a source index and eight UTF-8 documents that
             every quote occurs in verbatim. One event in twenty quotes a sentence that
             recurs and picks its "occurrence"; one in five gives "occurrence": 1 anyway.
Without shape names, both. The output depends on the input alone (no randomness, no clock),
so the same input gives the same bytes.
"""
import json
import os
import sys

# Six orders, none the generator's, used in turn: a reader must not rely on the order.
KEY_ORDERS = [
    ["title", "category", "end", "group", "id", "start"],
    ["start", "end", "id", "title", "group", "category"],
    ["group", "title", "start", "category", "id", "end"],
    ["category", "id", "title", "end", "start", "group"],
    ["end", "start", "group", "id", "category", "title"],
    ["id", "group", "category", "start", "title", "end"],
]

DOCUMENTS = 8
# A sentence every twentieth line of a document repeats: quoting it needs "occurrence".
RECURRING = "The minutes were approved as a true record \u2014 no objection was raised."
ACTORS = [
    ("actor-1", "Conseil de Sant\u00e9 r\u00e9gional", "organisation"),
    ("actor-2", "Zo\u00eb \u00c5ngstr\u00f6m", "person"),
    ("actor-3", "Northfield Borough Council", "organisation"),
    ("actor-4", "J\u00f3zef \u0141ukasiewicz", "person"),
    ("actor-5", "Harbour Trust", "organisation"),
    ("actor-6", "Mar\u00eda Nu\u00f1ez", "person"),
    ("actor-7", "Clinical Commissioning Group", "organisation"),
    ("actor-8", "S\u00f8ren Kierk", "person"),
    ("actor-9", "Citizens\u2019 Panel", "organisation"),
    ("actor-10", "\u00c9lodie Brontë", "person"),
    ("actor-11", "Regional Scrutiny Board", "organisation"),
    ("actor-12", "Ng\u1ecdc Tr\u1ea7n", "person"),
]


def event_id(n):
    return "ev-%d" % n


def lane_id(group):
    return group.lower().replace(" ", "-")


def write_json(path, value, indent=None):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, ensure_ascii=False, indent=indent,
                  separators=(",", ": ") if indent else (",", ":"))
        f.write("\n")


def write_reordered(events, path):
    out = []
    for i, e in enumerate(events):
        e = dict(e, id=event_id(e["id"]))
        out.append({key: e[key] for key in KEY_ORDERS[i % len(KEY_ORDERS)]})
    write_json(path, {"events": out})


def minute(e, actor_name):
    """The line of a document that records event e; its quote is the part before "noted"."""
    when = e["start"] if not e["end"] else "%s \u2013 %s" % (e["start"], e["end"])
    quote = "Minute %s (%s, %s): \u201c%s\u201d" % (event_id(e["id"]), when, e["group"], e["title"])
    return quote, "%s \u2014 noted by %s." % (quote, actor_name)


def write_catalogue(events, path, stem):
    folder = stem + ".catalogue"
    folder_path = os.path.join(os.path.dirname(path), folder)
    os.makedirs(folder_path, exist_ok=True)
    groups = sorted({e["group"] for e in events})
    categories = sorted({e["category"] for e in events})

    lines = [[] for _ in range(DOCUMENTS)]
    recurring = [0] * DOCUMENTS
    out_events = []
    for i, e in enumerate(events):
        d = i % DOCUMENTS
        local = i // DOCUMENTS
        actors = [ACTORS[i % len(ACTORS)], ACTORS[(i * 7 + 3) % len(ACTORS)]]
        actors = [a for k, a in enumerate(actors) if a not in actors[:k]]
        quote, line = minute(e, actors[0][1])
        lines[d].append(line)
        link = {"source": "doc-%d" % (d + 1), "quote": quote}
        if local % 20 == 19:
            lines[d].append(RECURRING)
            recurring[d] += 1
            link = {"source": link["source"], "quote": RECURRING, "occurrence": recurring[d]}
        elif local % 5 == 0:
            link["occurrence"] = 1
        event = {
            "id": event_id(e["id"]),
            "title": e["title"],
            "summary": "%s, recorded for %s in the %s minutes." % (
                e["title"], e["group"], e["category"]),
            "date": e["start"] if not e["end"] else "%s to %s" % (e["start"], e["end"]),
            "approximate": False,
            "planned": False,
        }
        if i % 7 == 0:
            event["dateBasis"] = "The minute is dated; the meeting\u2019s agenda agrees."
        event.update({
            "lane": lane_id(e["group"]),
            "actors": [a[0] for a in actors],
            "tags": [e["category"]],
            "sources": [link],
        })
        out_events.append(event)

    sources = []
    for d in range(DOCUMENTS):
        name = "doc-%d.txt" % (d + 1)
        header = ("Minutes of the Joint Board, book %d \u2014 \u201cas recorded\u201d, "
                  "r\u00e9sum\u00e9 and all.\n\n" % (d + 1))
        with open(os.path.join(folder_path, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            f.write("\n".join(lines[d]))
            f.write("\n")
        sources.append({
            "id": "doc-%d" % (d + 1), "file": name,
            "title": "Minutes of the Joint Board, book %d" % (d + 1),
            "publisher": "Joint Board", "kind": "minutes", "authors": [],
            "date": "2014 \u2013 2018", "approximate": False,
            "basis": "Each minute carries its date.",
        })
    write_json(os.path.join(folder_path, "sources.json"), {"sources": sources}, indent=2)

    # Stories: every thousandth event, and each lane's first hundred.
    stories = [{"id": "sampler", "title": "Every thousandth event",
                "events": [event_id(e["id"]) for e in events[::1000]]}]
    for group in groups:
        ids = [event_id(e["id"]) for e in events if e["group"] == group][:100]
        stories.append({"id": "story-" + lane_id(group), "title": "The start of " + group,
                        "events": ids})

    catalogue = {
        "title": "Benchmark catalogue of %d events" % len(events),
        "sourceIndex": folder + "/sources.json",
        "lanes": [{"id": lane_id(g), "name": g, "description": "Events of %s." % g}
                  for g in groups],
        "tags": [{"id": c, "name": c.capitalize()} for c in categories],
        "actors": [{"id": a, "name": n, "kind": k, "role": "", "affiliation": "",
                    "place": ""} for a, n, k in ACTORS],
        "events": out_events,
        "stories": stories,
    }
    write_json(path, catalogue, indent=1)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    source, out_dir = argv[1], argv[2]
    shapes = argv[3:] or ["reordered", "catalogue"]
    unknown = [s for s in shapes if s not in ("reordered", "catalogue")]
    if unknown:
        sys.stderr.write("unknown shape %s (reordered or catalogue)\n" % unknown[0])
        return 2
    with open(source, encoding="utf-8") as f:
        events = json.load(f)["events"]
    os.makedirs(out_dir, exist_ok=True)
    stem = os.path.splitext(os.path.basename(source))[0]
    for shape in shapes:
        path = os.path.join(out_dir, "%s.%s.json" % (stem, shape))
        if shape == "reordered":
            write_reordered(events, path)
        else:
            write_catalogue(events, path, stem)
        sys.stderr.write("wrote %s\n" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
