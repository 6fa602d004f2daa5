#!/usr/bin/env python3
"""Merge translation dictionaries into a Qt .ts file (python3, standard library only).

A dictionary is a JSON list of objects {"context", "source", "translation"[, "comment"]}, where
"translation" is a string, or for a numerus message (one with %n) a list of its forms ([singular,
plural] for German). Each message of the .ts file is looked up by (context, source, comment)
first, then, for messages whose context changed since the dictionary was written, by source (and
comment) alone. A message is marked finished only when every form is filled and the translation
keeps the source's placeholders (%1, %n, ...); otherwise it stays unfinished for the test to report.

    scripts/i18n-fill.py out/ui1.de.json out/model.de.json   # into translations/tandem_de.ts
    scripts/i18n-fill.py --export-missing todo.json          # what is left, as a dictionary to fill
    scripts/i18n-fill.py --overwrite ...      # also replace translations already finished

Afterwards run `cmake --build BUILD --target update_translations` to bring the file back to
lupdate's own layout (the content stays). See docs/translations.md.
"""

import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def load_dictionaries(paths):
    exact, by_source, by_text = {}, {}, {}
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                entries = json.load(f)
        except (OSError, ValueError) as error:
            print(f"i18n-fill: skipping {path}: {error}", file=sys.stderr)
            continue
        for e in entries:
            if not isinstance(e, dict) or "source" not in e or "translation" not in e:
                continue
            comment = e.get("comment") or ""
            t = e["translation"]
            exact.setdefault((e.get("context", ""), e["source"], comment), t)
            by_source.setdefault((e["source"], comment), t)
            by_text.setdefault(e["source"], t)
    return exact, by_source, by_text


def text_of(element):
    return element.text or "" if element is not None else ""


def check(source, forms):
    """Why the forms cannot be used as they are, or None."""
    if not forms or any(not f for f in forms):
        return "a form is empty"
    wanted = [p for p in placeholders(source) if p not in ("%n", "%Ln")]
    for form in forms:
        missing = [p for p in wanted if p not in placeholders(form)]
        if missing:
            return "placeholder " + ", ".join(missing) + " missing"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionaries", nargs="*", help="JSON dictionaries")
    parser.add_argument("--ts", default=os.path.join(ROOT, "translations", "tandem_de.ts"))
    parser.add_argument("--forms", type=int, default=2, help="plural forms of the language (German: 2)")
    parser.add_argument("--overwrite", action="store_true", help="replace translations already finished")
    parser.add_argument("--list-missing", action="store_true", help="list every message still untranslated")
    parser.add_argument("--export-missing", metavar="FILE",
                        help="write the messages still untranslated to FILE, in the dictionary format")
    args = parser.parse_args()

    paths = args.dictionaries
    exact, by_source, by_text = load_dictionaries(paths)

    tree = ET.parse(args.ts)
    filled = kept = missing = rejected = 0
    missing_list = []
    missing_entries = []
    for context in tree.getroot().iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            source = text_of(message.find("source"))
            comment = text_of(message.find("comment"))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            state = translation.get("type")
            if state in ("vanished", "obsolete"):
                continue
            if state is None and not args.overwrite:
                kept += 1
                continue
            numerus = message.get("numerus") == "yes"
            found = exact.get((name, source, comment))
            if found is None:
                found = by_source.get((source, comment))
            if found is None and not comment:
                found = by_text.get(source)
            if found is None:
                missing += 1
                missing_list.append(f"{name}: {source!r}")
                entry = {"context": name, "source": source}
                if comment:
                    entry["comment"] = comment
                if numerus:
                    entry["numerus"] = True
                entry["where"] = [f"{l.get('filename')}:{l.get('line')}" for l in message.iter("location")][:2]
                missing_entries.append(entry)
                continue
            if numerus:
                forms = list(found) if isinstance(found, list) else [found] * args.forms
                forms = (forms + [""] * args.forms)[: args.forms]
            else:
                forms = [found[0] if isinstance(found, list) and found else found]
            if not all(isinstance(f, str) for f in forms):
                forms = [f if isinstance(f, str) else "" for f in forms]
            problem = check(source, forms)
            if problem:
                rejected += 1
                missing_list.append(f"{name}: {source!r} ({problem})")
                continue
            translation.clear()
            translation.attrib.clear()
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            filled += 1

    ET.indent(tree, space="    ")
    with open(args.ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")

    print(f"i18n-fill: {len(paths)} dictionaries; filled {filled}, already finished {kept}, "
          f"still missing {missing + rejected} ({rejected} rejected: empty form or placeholder missing)")
    if args.list_missing:
        for line in missing_list:
            print("  " + line)
    if args.export_missing:
        with open(args.export_missing, "w", encoding="utf-8") as f:
            json.dump(missing_entries, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
