#!/usr/bin/env python3
"""Derives the outlet catalogue src/NewsBot.Ingestion/Catalog/outlets.tsv from an outlets.json list.

Usage: python3 tools/catalog/build.py [/work/shared/data/outlets]
The folder holds outlets.json ({name, homepage, country, languages, sources: [{kind, url}]}) and its LICENSE, which is
copied beside the derived file. One source per outlet is kept, the one NewsBot polls: a feed (rss, then atom), else a
news sitemap, else a plain sitemap; an outlet with none is left out. Rows are sorted by country, then name.
"""
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "src" / "NewsBot.Ingestion" / "Catalog"
PREFERENCE = ["rss", "atom", "news-sitemap", "sitemap"]
COLUMNS = ["name", "homepage", "country", "languages", "kind", "url"]


def clean(value):
    text = " ".join(str(value).split())
    if "\t" in text or not text:
        raise ValueError(f"unusable value {value!r}")
    return text


def source_to_poll(outlet):
    by_kind = {}
    for source in outlet.get("sources", []):
        by_kind.setdefault(source["kind"], source["url"])
    return next(((kind, by_kind[kind]) for kind in PREFERENCE if kind in by_kind), None)


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/outlets")
    outlets = json.loads((folder / "outlets.json").read_text(encoding="utf-8"))
    rows, skipped = [], []
    for outlet in outlets:
        chosen = source_to_poll(outlet)
        if chosen is None:
            skipped.append(outlet["name"])
            continue
        languages = ",".join(l.lower() for l in outlet.get("languages", [])) or "-"
        rows.append([clean(outlet["name"]), clean(outlet["homepage"]), clean(outlet["country"]).lower(), languages, *chosen])
    rows.sort(key=lambda row: (row[2], row[0].casefold()))
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "outlets.tsv").open("w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    shutil.copyfile(folder / "LICENSE", OUT / "outlets.LICENSE")
    print(f"{len(rows)} outlets written to {OUT / 'outlets.tsv'}; left out (no source): {', '.join(skipped) or 'none'}")


if __name__ == "__main__":
    main()
