#!/usr/bin/env python3
"""Fails when a visible string has no translation, or when a committed .ts file is behind the sources.

Runs lupdate over the sources into a temporary copy of the committed .ts file, then:
  - lists every message the sources have that the committed file lacks, and every message the
    committed file still holds that the sources no longer have ("out of date: run update_translations");
  - lists every current message whose translation is unfinished, empty, or (numerus) misses a form,
    or drops one of the source's placeholders.

    checktranslations.py --lupdate LUPDATE --ts translations/tandem_de.ts --sources FILE.lst
                         [--include DIR]... [--plural-only] [--forms 2]

With --plural-only (English) only numerus messages are expected in the file.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln)")


def messages(path):
    """(context, source, comment) -> (numerus, type, [forms]) for every live message."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            state = t.get("type") if t is not None else "unfinished"
            if state in ("vanished", "obsolete"):
                continue
            numerus = m.get("numerus") == "yes"
            if t is None:
                forms = []
            elif numerus:
                forms = [f.text or "" for f in t.iter("numerusform")]
            else:
                forms = [t.text or ""]
            key = (name, m.findtext("source") or "", m.findtext("comment") or "")
            result[key] = (numerus, state, forms)
    return result


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 90 else source[:87] + "..."
    return f"{context}: {text!r}" + (f" ({comment})" if comment else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--sources", required=True, help="file listing the sources, one a line")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--plural-only", action="store_true")
    parser.add_argument("--forms", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tandem-i18n-") as tmp:
        current = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copyfile(args.ts, current)
        command = [args.lupdate, "-silent", "-locations", "none", "-no-obsolete", "-disable-heuristic", "similartext"]
        if args.plural_only:
            command.append("-pluralonly")
        for include in args.include:
            command += ["-I", include]
        command += ["@" + args.sources, "-ts", current]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print(f"lupdate failed (status {run.returncode})")
            return 1
        committed = messages(args.ts)
        now = messages(current)

    problems = 0
    new = sorted(k for k in now if k not in committed)
    gone = sorted(k for k in committed if k not in now)
    if new or gone:
        print(f"{args.ts} is out of date with the sources: run "
              "`cmake --build BUILD --target update_translations` and commit it.")
        for k in new:
            print("  new:  " + describe(k))
        for k in gone:
            print("  gone: " + describe(k))
        problems += len(new) + len(gone)

    untranslated = []
    for key, (numerus, state, forms) in sorted(now.items()):
        if args.plural_only and not numerus:
            continue
        wanted = args.forms if numerus else 1
        why = None
        if len(forms) < wanted or any(not f.strip() for f in forms[:wanted]):
            why = "a plural form is missing" if numerus and any(f.strip() for f in forms) else "no translation"
        elif state == "unfinished":
            why = "unfinished"
        else:
            need = [p for p in set(PLACEHOLDER.findall(key[1])) if p not in ("%n", "%Ln")]
            for form in forms[:wanted]:
                lost = [p for p in need if p not in PLACEHOLDER.findall(form)]
                if lost:
                    why = "placeholder " + ", ".join(sorted(lost)) + " missing"
                    break
        if why:
            untranslated.append(f"  {why}: {describe(key)}")
    if untranslated:
        print(f"{len(untranslated)} of {len(now)} messages in {args.ts} are not translated "
              "(open it in Linguist, or see docs/translations.md):")
        print("\n".join(untranslated))
        problems += len(untranslated)

    if problems:
        return 1
    print(f"{args.ts}: all {len(now)} messages current and translated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
