#!/usr/bin/env python3
"""Writes lookalikes.tsv: the look-alikes the screening property tests disguise codes and the mark with.

Independent of the screen's own data (tools/screening/confusables.json, Unicode 10.0 via npm): the look-alikes
come from Debian's python3-confusable-homoglyphs 3.2.0-2
(/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json, built from Unicode's confusables.txt in
2022; Unicode data licence, see /usr/share/doc/python3-confusable-homoglyphs/copyright), the full-width and
mathematical forms are looked up by their Unicode names, and a few characters are hand-picked and checked by name.

For every target (the letter M of a code, each digit, each letter of the spellings of «Құпия») a line per
look-alike: target, kind, the code points, their Unicode names.
  homoglyph   confusable with the target (or its other case) in the package's data, transitively, keeping only
              characters of the Latin, Cyrillic and Greek scripts (the package's own script table)
  fullwidth   FULLWIDTH LATIN ... / FULLWIDTH DIGIT ...
  math        MATHEMATICAL <style> CAPITAL|SMALL <letter> / MATHEMATICAL <style> DIGIT <digit>
  hand        hand-picked; the name is asserted below

Run: /usr/bin/python3 tests/Spm.Core.Tests/Screening/Data/make_lookalikes.py
"""
import json
import os
import sys
import unicodedata
from collections import defaultdict

PACKAGE = '/usr/lib/python3/dist-packages'
sys.path.insert(0, PACKAGE)
from confusable_homoglyphs import categories  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'lookalikes.tsv')
SCRIPTS = {'LATIN', 'CYRILLIC', 'GREEK'}
MATH_STYLES = ['BOLD', 'ITALIC', 'BOLD ITALIC', 'SCRIPT', 'BOLD SCRIPT', 'FRAKTUR', 'DOUBLE-STRUCK',
               'BOLD FRAKTUR', 'SANS-SERIF', 'SANS-SERIF BOLD', 'SANS-SERIF ITALIC', 'SANS-SERIF BOLD ITALIC',
               'MONOSPACE']
DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE']

# The targets: the code's letter M (any of these four is "M"), the digits, the letters of «Құпия»'s spellings.
CODE_LETTER = ['M', 'm', 'М', 'м']
MARK_LETTERS = ['Қ', 'К', 'Q', 'K', 'ұ', 'у', 'ү', 'u', 'ū', 'п', 'p', 'и', 'i', 'я', 'y', 'j', 'a']

# Hand-picked look-alikes, each with the name it must have.
HAND = {
    'M': [('ⅿ', 'SMALL ROMAN NUMERAL ONE THOUSAND')],
    '0': [('o', 'LATIN SMALL LETTER O'), ('о', 'CYRILLIC SMALL LETTER O'), ('ο', 'GREEK SMALL LETTER OMICRON')],
    '1': [('|', 'VERTICAL LINE')],
    '3': [('з', 'CYRILLIC SMALL LETTER ZE')],
}

data = json.load(open(os.path.join(PACKAGE, 'confusable_homoglyphs', 'confusables.json'), encoding='utf-8'))
graph = defaultdict(set)
for key, entries in data.items():
    for entry in entries:
        graph[key].add(entry['c'])
        graph[entry['c']].add(key)


def closure(text):
    seen = {text}
    todo = [text]
    while todo:
        for other in graph[todo.pop()]:
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def in_scripts(text):
    return all(categories.alias(c) in SCRIPTS and unicodedata.category(c)[0] in 'LN' for c in text)


def names(text):
    return ' + '.join(unicodedata.name(c) for c in text)


def forms(c):
    """Full-width and mathematical forms of a Latin letter or digit, found by name."""
    found = []
    if c.isdigit():
        tail = 'DIGIT ' + DIGIT_NAMES[int(c)]
        found.append(('fullwidth', 'FULLWIDTH ' + tail))
        found += [('math', 'MATHEMATICAL %s %s' % (style, tail)) for style in MATH_STYLES]
    elif 'LATIN' in unicodedata.name(c):
        case = 'CAPITAL' if c.isupper() else 'SMALL'
        found.append(('fullwidth', 'FULLWIDTH LATIN %s LETTER %s' % (case, c.upper())))
        found += [('math', 'MATHEMATICAL %s %s %s' % (style, case, c.upper())) for style in MATH_STYLES]
    result = []
    for kind, name in found:
        try:
            result.append((kind, unicodedata.lookup(name)))
        except KeyError:
            pass  # Holes in the block (e.g. no MATHEMATICAL ITALIC SMALL H); letterlike symbols stand in.
    return result


def lookalikes(bases):
    # Case changes are a generator of their own: the target's upper and lower case are not listed here.
    cases = {form for base in bases for form in (base, base.upper(), base.lower())}
    rows = {}
    for base in bases:
        for case in sorted({base, base.upper(), base.lower()}):
            for other in sorted(closure(case)):
                if other not in cases and in_scripts(other):
                    rows.setdefault(other, 'homoglyph')
            if len(case) == 1 and case.isascii():
                for kind, other in forms(case):
                    rows.setdefault(other, kind)
    return rows


def main():
    lines = []
    targets = [('M', CODE_LETTER)] + [(str(d), [str(d)]) for d in range(10)] + [(c, [c]) for c in MARK_LETTERS]
    for target, bases in targets:
        rows = lookalikes(set(bases))
        for other, name in HAND.get(target, []):
            assert unicodedata.name(other) == name, (other, name)
            rows.setdefault(other, 'hand')
        if target == 'M':
            rows.setdefault('rn', 'homoglyph')  # 'm' ~ 'rn' in the package's data; a sequence, not one character
            assert 'rn' in closure('m')
        for other in sorted(rows, key=lambda s: [ord(c) for c in s]):
            lines.append('%s\t%s\t%s\t%s' % (target, rows[other], ' '.join('U+%04X' % ord(c) for c in other), names(other)))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# Look-alikes for the screening property tests; generated by make_lookalikes.py beside this file from\n')
        out.write('# Debian python3-confusable-homoglyphs 3.2.0-2 confusables.json (Unicode data, (c) 2022 Unicode, Inc.,\n')
        out.write('# Unicode data licence) and Python %s unicodedata %s names. Do not edit.\n'
                  % (sys.version.split()[0], unicodedata.unidata_version))
        out.write('# target\tkind\tcode points\tnames\n')
        for line in lines:
            out.write(line + '\n')
    print('wrote %d look-alikes to %s' % (len(lines), os.path.relpath(OUT)), file=sys.stderr)


if __name__ == '__main__':
    main()
