#!/usr/bin/python3
"""Builds the alignment dev sets of docs/alignment.md from ../shared (never committed).

  scripts/make_align_devsets.py --out DIR

Writes, for each document pair, DIR/<set>/<name>.en, <name>.fr (presegmented:
one sentence per line, a blank line between paragraphs) and <name>.gold
(vecalign beads, 0-based), plus DIR/<set>/LIST (one name per line):
  transread  the 6 TransRead novels; CES links -> vecalign beads; the tokenised
             sentences are detokenised lightly (punctuation, elisions, clitics).
  news       synthetic news from the WMT newstest 2008-2012 EN/FR documents
             (sentence-parallel by construction): per document, with a seed fixed
             by its docid, ~8% of French and ~5% of English sentences are merged
             with their next neighbour in the same paragraph, ~3% of sentences are
             deleted on each side (never both sides of one pair). Gold beads are
             the connected groups of the remaining sentences.
  news-raw   the same documents as running text (sentences of a paragraph joined
             by one space) with <name>.en.spans / .fr.spans: the byte span of each
             gold sentence, for the end-to-end evaluation with segmentation.
"""
import argparse
import hashlib
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'data', 'dev')
BOOKS = ['AlicesAdventuresInWonderland', 'Candide', 'DuCoteDeChezSwann', 'Emma', 'JaneEyre',
         'LaFauteDeLAbbeMouret']
NEWS_SETS = ['news-test2008', 'newssyscomb2009', 'newstest2009', 'newstest2010', 'newstest2011',
             'newstest2012']


def detok(tokens, lang):
    toks = [t for t in tokens if t not in ('_', '\\_')]
    toks = [t.replace('\\_', '') for t in toks]
    s = ' '.join(t for t in toks if t)
    s = re.sub(r' ([,.)\]])', r'\1', s)
    s = re.sub(r'([(\[]) ', r'\1', s)
    if lang == 'en':
        s = re.sub(r" ([;:!?])", r'\1', s)
        s = re.sub(r" (n't|'s|'ll|'re|'ve|'d|'m|'t)\b", r'\1', s, flags=re.I)
    else:
        s = re.sub(r"\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)' ", r"\1'", s, flags=re.I)
        s = re.sub(r" -(même|mêmes|ils|elles|il|elle|je|tu|nous|vous|on|ce|là|ci|le|la|les|moi|toi|lui)\b",
                   r'-\1', s)
    return s.strip()


def read_ces_sentences(path, lang):
    root = ET.parse(path).getroot()
    sents, paras = [], []
    for p_index, p in enumerate(root.iter('p')):
        for s in p.iter('s'):
            sents.append((s.get('id'), detok([w.text or '' for w in s.iter('w')], lang)))
            paras.append(p_index)
    return sents, paras


def write_doc(path, lines, paras):
    with open(path, 'w', encoding='utf-8') as f:
        prev = None
        for text, p in zip(lines, paras):
            if prev is not None and p != prev:
                f.write('\n')
            # A sentence must stay one line and non-empty in the presegmented file.
            f.write((text.replace('\n', ' ').strip() or '.') + '\n')
            prev = p


def write_gold(path, beads):
    with open(path, 'w') as f:
        for src, tgt in beads:
            f.write('[%s]:[%s]\n' % (', '.join(map(str, src)), ', '.join(map(str, tgt))))


def make_transread(out):
    d = os.path.join(out, 'transread')
    os.makedirs(d, exist_ok=True)
    names = []
    for book in BOOKS:
        bd = os.path.join(SHARED, 'transread-en-fr', book + '_EN-FR')
        en, en_p = read_ces_sentences(os.path.join(bd, 'cut_%s_en.xml' % book), 'en')
        fr, fr_p = read_ces_sentences(os.path.join(bd, 'cut_%s_fr.xml' % book), 'fr')
        en_index = {sid: k for k, (sid, _) in enumerate(en)}
        fr_index = {sid: k for k, (sid, _) in enumerate(fr)}
        beads = []
        links = ET.parse(os.path.join(bd, '%s_sent_align_en-fr.xml' % book)).getroot()
        for link in links.iter('link'):
            src, tgt = link.get('xtargets').split(';')
            beads.append(([en_index[x] for x in src.split()], [fr_index[x] for x in tgt.split()]))
        write_doc(os.path.join(d, book + '.en'), [t for _, t in en], en_p)
        write_doc(os.path.join(d, book + '.fr'), [t for _, t in fr], fr_p)
        write_gold(os.path.join(d, book + '.gold'), beads)
        names.append(book)
    with open(os.path.join(d, 'LIST'), 'w') as f:
        f.write('\n'.join(names) + '\n')
    return names


SEG = re.compile(r'<seg id="?(\d+)"?>(.*)</seg>')


def read_sgm(path):
    """docid -> list of (seg text, block index); blocks are <hl>/<h1>/<p>."""
    docs, order = {}, []
    doc, block = None, 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\r\n')
            m = re.match(r'<doc docid="([^"]+)"', line)
            if m:
                doc = m.group(1)
                docs[doc] = []
                order.append(doc)
                block = 0
                continue
            if re.match(r'\s*<(p|hl|h1)>', line):
                block += 1
                continue
            m = SEG.search(line)
            if m and doc is not None:
                text = m.group(2).replace('&amp;', '&').strip()
                docs[doc].append((text, block))
    return order, docs


def synthesize(n, blocks, rng, p_merge_en=0.05, p_merge_fr=0.08, p_delete=0.03):
    """Returns (en_units, fr_units, beads): units are lists of original indices."""
    del_en = {k for k in range(n) if rng.random() < p_delete}
    del_fr = {k for k in range(n) if k not in del_en and rng.random() < p_delete}

    def units(deleted, p_merge):
        out = []
        for k in range(n):
            if k in deleted:
                continue
            if out and len(out[-1]) < 3 and blocks[out[-1][-1]] == blocks[k] and out[-1][-1] == k - 1 \
                    and getattr(units, 'merge_next', False):
                out[-1].append(k)
            else:
                out.append([k])
            units.merge_next = rng.random() < p_merge
        return out

    units.merge_next = False
    en_units = units(del_en, p_merge_en)
    units.merge_next = False
    fr_units = units(del_fr, p_merge_fr)
    en_of = {k: u for u, ks in enumerate(en_units) for k in ks}
    fr_of = {k: u for u, ks in enumerate(fr_units) for k in ks}
    beads = []
    k = 0
    while k < n:
        # Grow a group of original indices until its units close on both sides.
        group = {k}
        changed = True
        while changed:
            changed = False
            for x in sorted(group):
                for of, units_ in ((en_of, en_units), (fr_of, fr_units)):
                    if x in of:
                        for y in units_[of[x]]:
                            if y not in group:
                                group.add(y)
                                changed = True
        hi = max(group)
        group = set(range(k, hi + 1))  # contiguous by construction
        src = sorted({en_of[x] for x in group if x in en_of})
        tgt = sorted({fr_of[x] for x in group if x in fr_of})
        if src and tgt:
            beads.append((src, tgt))
        else:
            for s in src:
                beads.append(([s], []))
            for t in tgt:
                beads.append(([], [t]))
        k = hi + 1
    return en_units, fr_units, beads


def make_news(out):
    d = os.path.join(out, 'news')
    draw = os.path.join(out, 'news-raw')
    os.makedirs(d, exist_ok=True)
    os.makedirs(draw, exist_ok=True)
    names = []
    for set_name in NEWS_SETS:
        base = os.path.join(SHARED, 'newstest-fr-en', set_name + '-src.')
        order, en_docs = read_sgm(base + 'en.sgm')
        _, fr_docs = read_sgm(base + 'fr.sgm')
        for docid in order:
            en, fr = en_docs[docid], fr_docs[docid]
            if len(en) != len(fr) or not en:
                print('skip %s: %d vs %d segments' % (docid, len(en), len(fr)), file=sys.stderr)
                continue
            blocks = [b for _, b in en]  # EN markup is complete in every set
            seed = int(hashlib.sha256(docid.encode()).hexdigest()[:16], 16)
            en_units, fr_units, beads = synthesize(len(en), blocks, random.Random(seed))
            name = '%s_%s' % (set_name, re.sub(r'[^A-Za-z0-9]+', '_', docid).strip('_'))
            for lang, segs, units in (('en', en, en_units), ('fr', fr, fr_units)):
                lines = [' '.join(segs[k][0] for k in u) for u in units]
                paras = [blocks[u[0]] for u in units]
                write_doc(os.path.join(d, name + '.' + lang), lines, paras)
                # Running text: a paragraph per block, sentences joined by a space.
                text, spans, prev = b'', [], None
                for line, p in zip(lines, paras):
                    line = (line.strip() or '.').encode('utf-8')
                    if prev is not None:
                        text += b'\n\n' if p != prev else b' '
                    spans.append((len(text), len(text) + len(line)))
                    text += line
                    prev = p
                with open(os.path.join(draw, name + '.' + lang), 'wb') as f:
                    f.write(text + b'\n')
                with open(os.path.join(draw, name + '.' + lang + '.spans'), 'w') as f:
                    f.write(''.join('%d %d\n' % s for s in spans))
            write_gold(os.path.join(d, name + '.gold'), beads)
            write_gold(os.path.join(draw, name + '.gold'), beads)
            names.append(name)
    for dd in (d, draw):
        with open(os.path.join(dd, 'LIST'), 'w') as f:
            f.write('\n'.join(names) + '\n')
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', required=True, help='output directory (outside the repository)')
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit('make_align_devsets.py: %s not found (the dev data lives in ../shared)' % SHARED)
    books = make_transread(args.out)
    news = make_news(args.out)
    print('transread: %d novels, news: %d documents -> %s' % (len(books), len(news), args.out))


if __name__ == '__main__':
    main()
