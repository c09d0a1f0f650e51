#!/usr/bin/env python3
"""Controlled-error set for the meaning checks (issue 16) and the recall / false-alarm
rate of `driftalign check` on it.

Sentence pairs: the 1,000 UD-PUD pairs and --newstest pairs sampled from newstest dev
(read with drift_synthetic.load_pairs). For each pair, versions with ONE error applied to
either side (en = the source of the run, fr = the target):
  name_swap     a capitalised name both sides share (Merkel, Moscou) replaced by another
                name of the corpus pool that neither side has (single words, type not checked)
  name_delete   such a name (with the capitalised words next to it: "Kori Schulman") deleted
  negation      a negation inserted after an auxiliary / around a finite verb (is -> is not,
                il est -> il n'est pas) or removed (did not -> did, n'a pas -> a)
  untranslated  2-4 lower-case words of the other side pasted in place of as many words at
                the same relative position (a phrase left in the source language)
  clause_added  a comma clause of 4-10 words from another sentence of the same language added
  word_deleted  one lower-case content word (4+ letters, not a function word) deleted
The unperturbed pairs are the false-alarm test. All lines (unperturbed pairs first, then
the versions) go through one `driftalign check --parallel --format json` run (source
English, target French; extra check flags after --).

A version's NEW flags are its flags of severity --min-severity or above (warning by
default) minus those of its unperturbed pair (kind and evidence text). An error is found
when a new flag has a kind that fits it (FITS below; additions and omissions depend on the
side) and an evidence span that touches the edit: on the edited side it overlaps the edit
(a deletion point counts with one character either side); for a deletion or a removed
negation, whose evidence is on the other side, a span on the other side counts (for a
deleted name only one that overlaps the name there).

  recall(kind, side) = found / versions
  false alarms       = unperturbed pairs with any flag of severity >= --min-severity / pairs

--dump KIND lists up to --dump-max flags of KIND (any severity >= --min-severity) on the
unperturbed pairs with their sentences, for reading (precision on real translations).

Usage (from the project root):
  python3 scripts/drift_controlled.py [--shared ../shared] [--binary build/driftalign]
      [--newstest 1000] [--per-kind 250] [--seed 1] [--min-severity warning]
      [--show-misses 0] [--dump KIND] [--work /tmp/drift-controlled] [-- extra check flags]
"""
import argparse
import collections
import csv
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import drift_synthetic  # noqa: E402  (load_pairs, SEVERITY_RANK)

KINDS = ["name_swap", "name_delete", "negation", "untranslated", "clause_added", "word_deleted"]
# Flag kinds that fit each error; "+" / "-" entries depend on the edited side: an addition
# on the source side is an omission from the target's point of view, and so on.
FITS = {
    "name_swap": {"entity_mismatch", "entity_missing"},
    "name_delete": {"entity_mismatch", "entity_missing", "word_omission", "word_addition"},
    "negation": {"negation_mismatch"},
    "untranslated": {"untranslated"},
    "clause_added": {"+"},
    "word_deleted": {"-"},
}
ADDED = {"fr": {"partial_addition", "addition", "word_addition"},
         "en": {"partial_omission", "omission", "word_omission"}}
DELETED = {"fr": ADDED["en"], "en": ADDED["fr"]}
# Errors whose evidence is on the side that was not edited.
EVIDENCE_ELSEWHERE = {"name_delete", "word_deleted"}

W = r"(?<![\w’'-])"
E = r"(?![\w’'-])"
CAP = re.compile(W + r"[A-ZÀ-Ý][a-zà-ÿ]{2,}" + E)
WORD = re.compile(r"[A-Za-zÀ-ÿœæŒÆ]+(?:[’'-][A-Za-zÀ-ÿœæ]+)*")
FUNCTION = set("""
    about above after again against also although among another because been before being
    below between both cannot could does doing down during each either every from further have
    having here hers herself himself however into itself just least less many more most much
    must myself neither never nobody none nothing once only other ought ours over same shall
    should since some such than that their theirs them themselves then there these they this
    those though through under until upon very were what when where whether which while whom
    whose will with within without would your yours also still even already well yet
    avec dans pour mais nous vous leur leurs cette ceux celle celles celui elle elles être sont
    était étaient avait avoir sans sous vers chez donc puis alors aussi très plus moins tout tous
    toute toutes comme quand dont même mêmes encore notre votre entre depuis pendant selon ainsi
    quoi quel quels quelle quelles cela ceci autre autres parce lorsque puisque avant après déjà
    jamais rien personne aucun aucune chaque quelque quelques bien voilà voici ici leur sera
    seront aient ayant fait font faire peut peuvent doit doivent""".split())
MONTHS_DAYS = set(drift_synthetic.FR_MONTHS + drift_synthetic.EN_MONTHS + drift_synthetic.FR_WEEKDAYS +
                  drift_synthetic.EN_WEEKDAYS)


def load_pud(shared):
    path = os.path.join(shared, "data/dev/ud-pud-en-fr/pud.en-fr.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(" ".join(r[1].split()), " ".join(r[2].split())) for r in rows[1:] if len(r) == 3]


def shared_names(a, b):
    """Capitalised words of A (not at its start) that B has too: names both sides share."""
    out = []
    for m in CAP.finditer(a):
        w = m.group(0)
        if m.start() == 0 or w.lower() in MONTHS_DAYS or a.count(w) > 1:
            continue
        if re.search(W + re.escape(w) + E, b):
            out.append(m)
    return out


def name_pool(pairs):
    pool = set()
    for en, fr in pairs:
        for m in shared_names(fr, en):
            pool.add(m.group(0))
    return sorted(pool)


# ---- edits: each takes (text, other, lang, rng, ctx) and returns (new text, edit start,
# edit end, description, other-side span or None) or None. Offsets are character offsets
# into the new text; a deletion has start == end.

def edit_name_swap(text, other, lang, rng, ctx):
    cands = shared_names(text, other)
    if not cands:
        return None
    m = rng.choice(cands)
    for _ in range(20):
        new = rng.choice(ctx["names"])
        if new[:5].lower() != m.group(0)[:5].lower() and new not in text and new not in other:
            return (text[:m.start()] + new + text[m.end():], m.start(), m.start() + len(new),
                    m.group(0) + " -> " + new, None)
    return None


def edit_name_delete(text, other, lang, rng, ctx):
    cands = shared_names(text, other)
    if not cands:
        return None
    m = rng.choice(cands)
    b, e = m.start(), m.end()
    # the whole name: capitalised words next to it ("Kori Schulman")
    while True:
        left = re.search(r"[A-ZÀ-Ý][\w’'-]+ $", text[:b])
        if not left or left.start() == 0:
            break
        b = left.start()
    while True:
        right = re.match(r" [A-ZÀ-Ý][\w’'-]+", text[e:])
        if not right:
            break
        e += right.end()
    name = text[b:e]
    if b > 0 and text[b - 1] == " ":
        b -= 1
    elif e < len(text) and text[e] == " ":
        e += 1
    new = text[:b] + text[e:]
    if len(new.split()) < 3:
        return None
    o = re.search(W + re.escape(m.group(0)) + E, other)
    return new, b, b, "deleted " + name, (o.start(), o.end()) if o else None


EN_AUX = r"(is|are|was|were|will|would|can|could|should|must|might|may|does|do|did|has|have|had)"
EN_NEG = re.compile(W + r"(?:" + EN_AUX + r" not|" + r"(is|are|was|were|would|could|should|does|do|did|has|have|had)"
                    r"n[’']t|(cannot|can[’']t|won[’']t))" + E, re.IGNORECASE)
EN_POS = re.compile(W + r"(is|are|was|were|will|would|can|could|should|must|has|have|had)"
                    r" (?!not|n[’']t|never|no|also|a |an |the )([a-z]+)" + E)
FR_CLITICS = r"(?:(?:me|te|se|le|la|les|lui|leur|nous|vous|y|en) |[mtsl][’']|[mtsl][’'](?:y|en) )*"
FR_NEG = re.compile(W + r"(ne |n[’'])(" + FR_CLITICS + r"[a-zéèêàâîôûç]+) pas" + E)
FR_SUBJ = r"(il|elle|ils|elles|on|nous|vous|qui|cela|ça)"
FR_VERB = (r"(est|sont|était|étaient|sera|seront|a|ont|avait|avaient|aura|peut|peuvent|pouvait|doit|"
           r"doivent|devait|va|vont|allait|veut|veulent|voulait|fait|font|faisait|semble|reste)")
FR_POS = re.compile(W + FR_SUBJ + " " + FR_VERB + E)
FR_CEST = re.compile(W + r"([Cc])[’']est" + E)
VOWEL = re.compile(r"[aeiouyéèêàâîôûh]", re.IGNORECASE)


ANY_NEG = {"en": re.compile(W + r"(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|without|cannot)" + E +
                            r"|n[’']t" + E, re.IGNORECASE),
           "fr": re.compile(W + r"(?:ne|n[’']|pas|jamais|rien|personne|aucun|aucune|sans|non|ni|guère)" + E,
                            re.IGNORECASE)}


def edit_negation(text, other, lang, rng, ctx):
    """Flips the polarity of a sentence: inserts a negation into one that has none, or
    removes the only one it has."""
    negs = len(ANY_NEG[lang].findall(text))
    opts = []
    if lang == "en":
        for m in EN_NEG.finditer(text):
            opts.append(("remove", m))
        for m in EN_POS.finditer(text):
            aux, nxt = m.group(1), m.group(2)
            if aux in ("has", "have", "had") and not (nxt.endswith(("ed", "en")) or nxt == "been"):
                continue
            opts.append(("insert", m))
    else:
        for m in FR_NEG.finditer(text):
            # not "ne ... pas que" (not only) and keep the negation words simple
            if text[m.end():m.end() + 4] == " que":
                continue
            opts.append(("remove", m))
        for m in FR_POS.finditer(text):
            opts.append(("insert", m))
        for m in FR_CEST.finditer(text):
            opts.append(("insert", m))
    opts = [(mode, m) for mode, m in opts if (mode == "insert" and negs == 0) or
            (mode == "remove" and negs == (1 if lang == "en" else 2))]
    if not opts:
        return None
    mode, m = rng.choice(opts)
    s = m.group(0)
    if lang == "en" and mode == "remove":
        low = s.lower()
        if low.startswith(("cannot", "can't", "can’t")):
            new = s[:3]
        elif low.startswith(("won't", "won’t")):
            new = s[0] + "ill"
        elif " not" in low:
            new = s[:low.index(" not")]
        else:
            new = s[:-3]
    elif lang == "en":
        new = m.group(1) + " not " + m.group(2)
    elif mode == "remove":
        inner = m.group(2)
        new = inner
        before = text[:m.start()]
        # elide what now comes before a vowel: je ai -> j'ai, ce est -> c'est
        el = re.search(W + r"(je|ce|que|le|la|me|te|se|de) $", before)
        if el and VOWEL.match(inner):
            apo = "’" if "’" in text else "'"
            return (before[:el.start()] + el.group(1)[:-1] + apo + new + text[m.end():], el.start(),
                    el.start() + len(el.group(1)) + len(new), "removed: " + s, None)
    elif m.re is FR_CEST:
        new = m.group(1) + "e n" + ("’" if "’" in s else "'") + "est pas"
    else:
        apo = "’" if "’" in text else "'"
        neg = "n" + apo if VOWEL.match(m.group(2)) else "ne "
        new = m.group(1) + " " + neg + m.group(2) + " pas"
    return (text[:m.start()] + new + text[m.end():], m.start(), m.start() + len(new),
            "%s: %s -> %s" % (mode, s, new), None)


def plain_words(text):
    """Lower-case alphabetic words (no capitals, digits or apostrophes) with their spans."""
    return [m for m in WORD.finditer(text) if m.group(0).islower() and "’" not in m.group(0)
            and "'" not in m.group(0)]


def adjacent(text, words):
    """Whether only single spaces separate WORDS in TEXT."""
    return all(text[a.end():b.start()] == " " for a, b in zip(words, words[1:]))


def edit_untranslated(text, other, lang, rng, ctx):
    src = plain_words(other)
    mine = plain_words(text)
    n = rng.randint(2, 4)
    if len(src) < n + 2 or len(mine) < n + 2:
        return None
    have = {m.group(0).lower() for m in WORD.finditer(text)}
    runs = []
    for i in range(len(src) - n + 1):
        run = src[i:i + n]
        if not adjacent(other, run) or any(m.group(0) in have for m in run):
            continue
        if max(len(m.group(0)) for m in run) < 4:
            continue
        runs.append(run)
    if not runs:
        return None
    run = rng.choice(runs)
    rel = run[0].start() / max(1, len(other))
    # as many words of the text at about the same relative position, contiguous
    best = None
    for j in range(len(mine) - n + 1):
        if not adjacent(text, mine[j:j + n]):
            continue
        d = abs(mine[j].start() / max(1, len(text)) - rel)
        if best is None or d < best[0]:
            best = (d, j)
    if best is None:
        return None
    j = best[1]
    b, e = mine[j].start(), mine[j + n - 1].end()
    pasted = other[run[0].start():run[-1].end()]
    return (text[:b] + pasted + text[e:], b, b + len(pasted), "%s -> %s" % (text[b:e], pasted), None)


def clauses_of(text):
    out = []
    for b, e in drift_synthetic.clause_spans(text):
        c = text[b + 1:e].strip()
        if 4 <= len(c.split()) <= 10 and not re.search(r"[()«»\"“”\[\]]", c) and text[e] in ",.":
            out.append(c)
    return out


def edit_clause_added(text, other, lang, rng, ctx):
    pool = ctx["clauses"][lang]
    for _ in range(10):
        clause = rng.choice(pool)
        if clause not in text:
            break
    else:
        return None
    commas = [m.start() for m in re.finditer(r"(?<!\d),(?!\d)", text)]
    if commas and rng.random() < 0.5:
        at = rng.choice(commas)
    else:
        end = re.search(r"[.!?…]?[\"”»’\s]*$", text)
        at = end.start()
    ins = ", " + clause
    return text[:at] + ins + text[at:], at, at + len(ins), "added: " + clause, None


def edit_word_deleted(text, other, lang, rng, ctx):
    cands = [m for m in plain_words(text) if len(m.group(0)) >= 4 and m.group(0) not in FUNCTION
             and m.group(0) not in MONTHS_DAYS and m.start() > 0]
    if not cands:
        return None
    m = rng.choice(cands)
    b, e = m.start(), m.end()
    if text[b - 1] == " ":
        b -= 1
    new = text[:b] + text[e:]
    if re.search(r"(?<![\w'’])(\w+) \1(?!\w)", new[max(0, b - 30):b + 30]):
        return None  # the deletion made a repeated word
    return new, b, b, "deleted " + m.group(0), None


EDITORS = {
    "name_swap": edit_name_swap,
    "name_delete": edit_name_delete,
    "negation": edit_negation,
    "untranslated": edit_untranslated,
    "clause_added": edit_clause_added,
    "word_deleted": edit_word_deleted,
}


def run_check(binary, en_lines, fr_lines, work, extra):
    """Per line, the flags of `driftalign check --parallel` with character offsets into
    that line: list of (kind, severity, (src begin, end, text) or None, (tgt ...) or None)."""
    os.makedirs(work, exist_ok=True)
    paths = [os.path.join(work, n) for n in ("en.txt", "fr.txt")]
    starts = []
    for path, lines in zip(paths, (en_lines, fr_lines)):
        data = "\n".join(lines) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
        st, off = [], 0
        for line in lines:
            st.append(off)
            off += len(line.encode("utf-8")) + 1
        starts.append(st)
    cmd = [binary, "check", paths[0], paths[1], "--parallel", "--format", "json"] + extra
    doc = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    per_line = collections.defaultdict(list)
    encoded = [[l.encode("utf-8") for l in en_lines], [l.encode("utf-8") for l in fr_lines]]
    for bead in doc["beads"]:
        if not bead["src"] or not bead["tgt"]:
            continue
        line = bead["src"][0]
        for f in bead["flags"]:
            spans = []
            for k, key in enumerate(("src", "tgt")):
                sp = f.get(key)
                if not sp or sp.get("sentence", -1) < 0:
                    spans.append(None)
                    continue
                i = sp["sentence"]
                raw = encoded[k][i]
                b = len(raw[:sp["begin"] - starts[k][i]].decode("utf-8", "replace"))
                e = len(raw[:sp["end"] - starts[k][i]].decode("utf-8", "replace"))
                spans.append((b, e, sp.get("text", "")))
            per_line[line].append((f["kind"], f["severity"], spans[0], spans[1], f.get("message", "")))
    return per_line


def fits(kind, side):
    out = set()
    for k in FITS[kind]:
        out |= ADDED[side] if k == "+" else DELETED[side] if k == "-" else {k}
    return out


def touches(span, b, e):
    return span is not None and span[0] <= e + 1 and span[1] >= b - 1 if b == e else \
        span is not None and span[0] < e and span[1] > b


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--work", default="/tmp/drift-controlled")
    ap.add_argument("--newstest", type=int, default=1000, help="newstest dev pairs sampled (default 1000)")
    ap.add_argument("--per-kind", type=int, default=250, help="versions per error kind and side (default 250)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--dump", default="", help="list the flags of this kind on the unperturbed pairs")
    ap.add_argument("--dump-max", type=int, default=60)
    ap.add_argument("extra", nargs="*", help="extra flags for driftalign check (after --)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pud = load_pud(args.shared)
    news = drift_synthetic.load_pairs(os.path.join(args.shared, "data/dev/newstest-fr-en"))
    news = [p for p in news if 5 <= len(p[0].split()) <= 60]
    rng.shuffle(news)
    pairs = pud + news[:args.newstest]
    ctx = {"names": name_pool(pairs),
           "clauses": {"en": [c for en, _ in pairs for c in clauses_of(en)],
                       "fr": [c for _, fr in pairs for c in clauses_of(fr)]}}
    versions = []  # (pair index, kind, side, new text, b, e, description, other span)
    for kind in KINDS:
        for side in ("en", "fr"):
            order = list(range(len(pairs)))
            rng.shuffle(order)
            n = 0
            for i in order:
                if n >= args.per_kind:
                    break
                en, fr = pairs[i]
                text, other = (en, fr) if side == "en" else (fr, en)
                r = EDITORS[kind](text, other, side, rng, ctx)
                if r:
                    versions.append((i, kind, side) + r)
                    n += 1
    en_lines = [en for en, _ in pairs] + [v[3] if v[2] == "en" else pairs[v[0]][0] for v in versions]
    fr_lines = [fr for _, fr in pairs] + [v[3] if v[2] == "fr" else pairs[v[0]][1] for v in versions]
    flags = run_check(args.binary, en_lines, fr_lines, args.work, args.extra)
    rank = drift_synthetic.SEVERITY_RANK
    least = rank[args.min_severity]

    def counted(line):
        return [f for f in flags.get(line, []) if rank[f[1]] >= least]

    found = collections.Counter()
    total = collections.Counter()
    misses = []
    for v_i, (i, kind, side, text, b, e, desc, other_span) in enumerate(versions):
        line = len(pairs) + v_i
        base = collections.Counter((f[0], f[2] and f[2][2], f[3] and f[3][2]) for f in counted(i))
        new = []
        for f in counted(line):
            key = (f[0], f[2] and f[2][2], f[3] and f[3][2])
            if base[key] > 0:
                base[key] -= 1
            else:
                new.append(f)
        ok_kinds = fits(kind, side)
        mine, theirs = (2, 3) if side == "en" else (3, 2)
        hit = False
        for f in new:
            if f[0] not in ok_kinds:
                continue
            if touches(f[mine], b, e):
                hit = True
            elif kind in EVIDENCE_ELSEWHERE or (kind == "negation" and desc.startswith("remove")):
                if f[theirs] is not None and (other_span is None or touches(f[theirs], *other_span)):
                    hit = True
        total[(kind, side)] += 1
        found[(kind, side)] += hit
        if not hit:
            misses.append((kind, side, desc, en_lines[line], fr_lines[line], [f[:2] for f in new]))

    print("pairs: %d (UD-PUD %d, newstest %d), versions: %d, flags counted: severity >= %s" % (
        len(pairs), len(pud), len(pairs) - len(pud), len(versions), args.min_severity))
    print("\n| error | edited side | versions | found | recall | flag kinds counted |")
    print("|---|---|---:|---:|---:|---|")
    for kind in KINDS:
        for side in ("en", "fr"):
            n = total[(kind, side)]
            print("| %s | %s | %d | %d | %.2f | %s |" % (kind, side, n, found[(kind, side)],
                                                        found[(kind, side)] / n if n else 0,
                                                        ", ".join(sorted(fits(kind, side)))))
    print("\n| error | versions | recall |")
    print("|---|---:|---:|")
    for kind in KINDS:
        n = total[(kind, "en")] + total[(kind, "fr")]
        h = found[(kind, "en")] + found[(kind, "fr")]
        print("| %s | %d | %.2f |" % (kind, n, h / n if n else 0))
    flagged = [i for i in range(len(pairs)) if counted(i)]
    by_kind = collections.Counter()
    for i in range(len(pairs)):
        for k in {f[0] for f in counted(i)}:
            by_kind[k] += 1
    print("\nfalse alarms: %d of %d unperturbed pairs (%.1f%%) have a flag of severity >= %s" % (
        len(flagged), len(pairs), 100.0 * len(flagged) / len(pairs), args.min_severity))
    print("pairs per flag kind: " + ", ".join("%s %d" % kv for kv in sorted(by_kind.items())))
    for m in misses[:args.show_misses]:
        print("\nMISS %s (%s side) %s\n  EN: %s\n  FR: %s\n  new flags: %s" % m)
    if args.dump:
        rows = [(i, f) for i in range(len(pairs)) for f in counted(i) if f[0] == args.dump]
        random.Random(args.seed).shuffle(rows)
        print("\n%d %s flags on the unperturbed pairs; showing %d" % (len(rows), args.dump,
                                                                    min(len(rows), args.dump_max)))
        for i, f in rows[:args.dump_max]:
            print("\n[%d] %s %s: %s\n  EN: %s\n  FR: %s" % (i, f[1], f[0], f[4], pairs[i][0], pairs[i][1]))


if __name__ == "__main__":
    main()
