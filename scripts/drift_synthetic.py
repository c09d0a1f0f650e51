#!/usr/bin/env python3
"""Synthetic drift set from WMT newstest (EN/FR, sentence-parallel) and the
precision/recall of `driftalign check` on it (issue 6).

Edits are injected into French sentences whose English counterpart carries the
same fact (so the drift is real and detectable):
  digit      change one digit of a figure, keeping its format (2.000 -> 2.001)
  weekday    replace a French weekday by another
  month      replace a French month by another
  word       replace a French number word (deux..vingt, trente..soixante) by another
  quote      remove the quotation marks around a quotation (« », “ ”, " ")
  clause     delete a comma-delimited clause that holds a figure
  name       replace a capitalised name that the English has too (Merkel, Moscou)
             by another name of the corpus that neither sentence has
  quote_words  inside a French quotation that the English also quotes, delete one
             lower-case content word of 4+ letters (not the first word) or insert a
             qualifier (très, vraiment, totalement, jamais) before a word
  clause_plain delete a comma-delimited clause of 4+ words that holds no figure, number
             word, weekday, month, acronym or quotation: only the clause-coverage
             check (partial_omission) can see it
  vague      replace an exact figure (digits or a number word of FR_WORDS) that the
             English has too by a vague quantity (plusieurs / quelques for < 20,
             des dizaines de, des centaines de, des milliers de ... above; quelques
             after a determiner: "les 25 blessés" -> "les quelques blessés")
The kinds are sampled in this order from one seeded RNG, so adding a kind at the end
leaves the edits of the earlier kinds unchanged.
At most one edit per sentence. `driftalign check --parallel --format json` runs
on the unedited and on the edited French; the NEW flags of a bead (per kind,
edited count minus unedited count, counting only flags of severity
--min-severity or above: warning by default, so warning and error) are compared
with what its edit expects.

  recall(edit type)  = edits whose bead got a new flag of an expected kind / edits
  precision(kind)    = new flags of that kind on a bead whose edit expects it / new flags

`--min-severity info` counts every flag (the measure before severities were
taken into account; info flags are hints, e.g. name swaps and vague quantities).

Usage (from the project root):
  python3 scripts/drift_synthetic.py [--binary build/driftalign] [--per-type 80] [--seed 1]
      [--min-severity warning] [--data ../shared/data/dev/newstest-fr-en]
      [--work /tmp/drift-synthetic] [-- extra check flags]
"""
import argparse
import collections
import glob
import html
import json
import os
import random
import re
import subprocess
import sys

SEG = re.compile(r'<seg id="?(\d+)"?>(.*?)</seg>')
DOC = re.compile(r'<doc[^>]*docid="([^"]+)"')

FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
FR_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
            "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
            "soixante": 60}
EN_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
            10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
            16: "sixteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty"}

# Which new flag kinds each edit type may legitimately produce (first = the one expected).
EXPECTED = {
    "digit": {"number_mismatch", "date_mismatch"},
    "weekday": {"date_mismatch"},
    "month": {"date_mismatch"},
    "word": {"number_mismatch"},
    "quote": {"quote_missing"},
    "clause": {"number_missing", "date_mismatch", "partial_omission", "quote_missing",
               "entity_mismatch"},
    "name": {"entity_mismatch"},
    "quote_words": {"quote_mismatch", "partial_omission", "partial_addition"},
    "clause_plain": {"partial_omission", "omission"},
    "vague": {"number_mismatch", "number_missing"},
}
RECALL_KINDS = {
    "digit": {"number_mismatch", "date_mismatch"},
    "weekday": {"date_mismatch"},
    "month": {"date_mismatch"},
    "word": {"number_mismatch"},
    "quote": {"quote_missing"},
    "clause": {"number_missing", "date_mismatch"},
    "name": {"entity_mismatch"},
    "quote_words": {"quote_mismatch", "partial_omission", "partial_addition"},
    "clause_plain": {"partial_omission", "omission"},
    "vague": {"number_mismatch", "number_missing"},
}
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

W = r"(?<![\w’'-])"
E = r"(?![\w’-])"
FR_NUMBER = re.compile(W + r"\d{1,3}(?:(?:[ \u00a0\u202f.])\d{3})*(?:,\d+)?" + E + r"|" + W + r"\d+(?:,\d+)?" + E)


def read_sgm(path):
    docs, doc = [], None
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            m = DOC.search(line)
            if m:
                doc = m.group(1)
            m = SEG.search(line)
            if m and doc:
                docs.append(((doc, m.group(1)), html.unescape(m.group(2).replace("&amp;", "&")).strip()))
    return docs


def load_pairs(data):
    pairs = []
    for en_path in sorted(glob.glob(os.path.join(data, "*-src.en.sgm"))):
        fr_path = en_path.replace("-src.en.sgm", "-src.fr.sgm")
        en = dict(read_sgm(en_path))
        for key, fr in read_sgm(fr_path):
            e = en.get(key)
            if e and fr and "\n" not in e and "\n" not in fr:
                pairs.append((" ".join(e.split()), " ".join(fr.split())))
    return pairs


def en_numbers(en):
    return {re.sub(r"[,\s.]", "", m) for m in re.findall(r"\d[\d,.]*\d|\d", en)} | \
           {m.replace(",", "") for m in re.findall(r"\d[\d,]*", en)}


def has_word(text, word):
    return re.search(W + re.escape(word) + E, text, re.IGNORECASE) is not None


def edit_digit(en, fr, rng):
    nums = [m for m in FR_NUMBER.finditer(fr)]
    rng.shuffle(nums)
    en_nums = en_numbers(en)
    for m in nums:
        s = m.group(0)
        integer = re.sub(r"[ \u00a0\u202f.]", "", s.split(",")[0])
        if integer not in en_nums or fr.count(s) > 1:
            continue
        # last digit of the integer part
        int_end = s.index(",") if "," in s else len(s)
        pos = max(i for i in range(int_end) if s[i].isdigit())
        d = int(s[pos])
        new = s[:pos] + str((d + 1) % 10 if d != 9 else 8) + s[pos + 1:]
        return fr[:m.start()] + new + fr[m.end():], s + " -> " + new
    return None


def edit_from_list(en, fr, rng, fr_list, en_list):
    cands = [(i, w) for i, w in enumerate(fr_list) if has_word(fr, w) and has_word(en, en_list[i])]
    if not cands:
        return None
    i, w = rng.choice(cands)
    m = re.search(W + w + E, fr, re.IGNORECASE)
    j = (i + rng.randint(1, len(fr_list) - 1)) % len(fr_list)
    new = fr_list[j]
    if m.group(0)[0].isupper():
        new = new[0].upper() + new[1:]
    return fr[:m.start()] + new + fr[m.end():], m.group(0) + " -> " + new


def edit_word(en, fr, rng):
    cands = []
    for w, v in FR_WORDS.items():
        m = re.search(W + w + r"(?![\w’-])", fr, re.IGNORECASE)
        if m and (has_word(en, EN_WORDS[v]) or re.search(r"(?<![\d,.])%d(?![\d,.])" % v, en)):
            if fr[m.end():m.end() + 1] == "-" or fr[max(0, m.start() - 1):m.start()] == "-":
                continue
            cands.append((m, v))
    if not cands:
        return None
    m, v = rng.choice(cands)
    others = [w for w, x in FR_WORDS.items() if x != v and x < 20] if v < 20 else \
             [w for w, x in FR_WORDS.items() if x != v and x >= 20]
    new = rng.choice(others)
    if m.group(0)[0].isupper():
        new = new[0].upper() + new[1:]
    return fr[:m.start()] + new + fr[m.end():], m.group(0) + " -> " + new


QUOTES = [re.compile(r"«[\s\u00a0\u202f]*([^«»]+?)[\s\u00a0\u202f]*»"), re.compile(r"“([^“”]+?)”"),
          re.compile(r'"([^"]+?)"')]


def edit_quote(en, fr, rng):
    if not re.search(r'["“”«»]', en):
        return None
    for q in QUOTES:
        ms = list(q.finditer(fr))
        if len(ms) == 1 and len(ms[0].group(1).split()) >= 2:
            m = ms[0]
            return fr[:m.start()] + m.group(1) + fr[m.end():], "unquoted: " + m.group(1)[:40]
    return None


def clause_spans(fr):
    """Comma-delimited clauses: (start of the comma, end before the next comma or final period).
    A comma or period between two digits is a decimal mark, not a boundary."""
    bounds = [m.start() for m in re.finditer(r"(?<!\d),|,(?!\d)", fr)]
    ends = [m.start() for m in re.finditer(r"(?<!\d)[,.;:]|[,.;:](?!\d)", fr)]
    for b in bounds:
        later = [e for e in ends if e > b]
        if later:
            yield b, later[0]


def edit_clause(en, fr, rng):
    en_nums = en_numbers(en)
    for b, e in clause_spans(fr):
        clause = fr[b + 1:e]
        if re.search(r"[()«»\"“”]", clause) or not fr[e] in ",.":
            continue
        nums = [re.sub(r"[ \u00a0\u202f.]", "", x.split(",")[0]) for x in FR_NUMBER.findall(clause)]
        if not nums or any(n not in en_nums for n in nums):
            continue
        rest = fr[:b] + fr[e:]
        flat = re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3})", "", rest)
        if any(re.search(r"(?<!\d)" + re.escape(n) + r"(?!\d)", flat) for n in nums):
            continue
        if len(clause.split()) < 3:
            continue
        return rest, "deleted:" + clause[:50]
    return None


NAME = re.compile(r"(?<=[\w,;:’'] )[A-Z][a-zà-ÿ]{3,}(?![\w’'-])")
NAME_POOL = []


def name_pool(pairs):
    """Capitalised words inside French sentences that their English has too: names."""
    seen = set()
    for en, fr in pairs:
        for m in NAME.finditer(fr):
            w = m.group(0)
            if w not in seen and has_word(en, w) and w.lower() not in FR_WEEKDAYS + FR_MONTHS:
                seen.add(w)
                NAME_POOL.append(w)
    NAME_POOL.sort()


def edit_name(en, fr, rng):
    cands = [m for m in NAME.finditer(fr) if re.search(r"(?<![\w-])" + re.escape(m.group(0)) + r"(?![\w-])", en)
             and m.group(0) in NAME_POOL and fr.count(m.group(0)) == 1]
    if not cands:
        return None
    m = rng.choice(cands)
    for _ in range(20):
        new = rng.choice(NAME_POOL)
        if new[:5].lower() != m.group(0)[:5].lower() and new not in en and new not in fr:
            return fr[:m.start()] + new + fr[m.end():], m.group(0) + " -> " + new
    return None


# Function words of 4+ letters: not deleted by quote_words (it deletes content words).
FR_FUNCTION = set("""avec dans pour mais nous vous leur leurs cette ceux celle celles celui elle elles
    être sont était étaient avait avoir sans sous vers chez donc puis alors aussi très plus moins
    tout tous toute toutes comme quand dont même mêmes encore notre votre entre depuis pendant selon
    ainsi quoi quel quels quelle quelles cela ceci autre autres parce lorsque puisque avant après
    déjà jamais rien personne aucun aucune chaque quelque quelques bien voilà voici ici""".split())
QUALIFIERS = ["très", "vraiment", "totalement", "jamais"]


def quotations(text):
    """Inner spans (start, end) of the quotations of 2+ words, every quote style. A straight
    "..." counts only when its marks open and close (space or start before the first, no
    letter after the last), so the text between two quotations is not taken for one."""
    spans = []
    for q in QUOTES:
        for m in q.finditer(text):
            if len(m.group(1).split()) < 2:
                continue
            if text[m.start()] == '"' and (
                    (m.start() > 0 and text[m.start() - 1] not in " \u00a0(['") or m.group(1)[0].isspace()
                    or m.group(1)[-1].isspace() or (m.end() < len(text) and text[m.end()].isalnum())):
                continue
            spans.append((m.start(1), m.end(1)))
    return spans


def edit_quote_words(en, fr, rng):
    if not quotations(en):
        return None
    spans = quotations(fr)
    if not spans:
        return None
    b, e = rng.choice(spans)
    inner = fr[b:e]
    # lower-case words preceded by a space (so never the first word of the quotation)
    words = list(re.finditer(r"(?<= )[a-zà-ÿœæ]+(?=[ ,;:.!?…]|$)", inner))
    content = [m for m in words if len(m.group(0)) >= 4 and m.group(0) not in FR_FUNCTION]
    modes = ["delete", "insert"]
    if rng.random() < 0.5:
        modes.reverse()
    for mode in modes:
        if mode == "delete" and content:
            m = rng.choice(content)
            new_inner = inner[:m.start() - 1] + inner[m.end():]        # the word and the space before it
            if re.search(r"(?<![\w'’])(\w+) \1(?!\w)", new_inner):
                continue  # "de boue de" -> "de de": take the other mode
            return fr[:b] + new_inner + fr[e:], "deleted from quotation: " + m.group(0)
        if mode == "insert" and content:
            m = rng.choice(content)       # the qualifier goes before a content word
            q = rng.choice(QUALIFIERS)
            new_inner = inner[:m.start()] + q + " " + inner[m.start():]
            return fr[:b] + new_inner + fr[e:], "inserted in quotation: %s %s" % (q, m.group(0))
    return None


# Words that make a clause visible to the figure and date checks (clause_plain avoids them).
FR_NUMBERISH = re.compile(W + r"(?:" + "|".join(list(FR_WORDS) + FR_WEEKDAYS + FR_MONTHS + [
    "zéro", "neuf", "cent", "cents", "mille", "millions?", "milliards?", "dizaines?", "douzaines?",
    "centaines?", "milliers?", "moitié", "demie?", "premier", "première", r"\w+ième", "double", "triple",
    "hier", "demain", "aujourd’hui", "aujourd'hui"]) + r")" + E, re.IGNORECASE)


def edit_clause_plain(en, fr, rng):
    cands = []
    for b, e in clause_spans(fr):
        clause = fr[b + 1:e]
        if fr[e] not in ",." or len(clause.split()) < 4 or len(fr[:b].split()) < 3:
            continue
        if re.search(r"[\d%()«»\"“”‘’\[\]]|[A-Z]{2,}", clause) or FR_NUMBERISH.search(clause):
            continue
        cands.append((b, e))
    if not cands:
        return None
    b, e = rng.choice(cands)
    return fr[:b] + fr[e:], "deleted:" + fr[b + 1:e][:50]


FR_DETERMINERS = {"les", "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "des", "aux"}
NOT_BEFORE = {"an", "ans", "heures", "heure", "h", "et", "ou", "à", "sur", "pour", "cent", "cents", "mille",
              "contre", "fois"} | set(FR_MONTHS) | set(FR_WEEKDAYS)


def vague_for(value, after_determiner, next_word, apostrophe, rng):
    """A vague quantity for VALUE that reads before NEXT_WORD (de elided to d' before a vowel)."""
    if after_determiner:
        return "quelques"
    if value < 20:
        return rng.choice(["plusieurs", "quelques"])
    head = ("des dizaines" if value < 100 else "des centaines" if value < 1000 else
            "des milliers" if value < 10 ** 4 else "des dizaines de milliers" if value < 10 ** 5 else
            "des centaines de milliers" if value < 10 ** 6 else "des millions")
    return head + " d" + apostrophe if re.match(r"[aeiouyhàâéèêîïôû]", next_word) else head + " de"


def edit_vague(en, fr, rng):
    en_nums = en_numbers(en)
    cands = []   # (start, end, value)
    for m in FR_NUMBER.finditer(fr):
        s = m.group(0)
        integer = re.sub(r"[ \u00a0\u202f.]", "", s.split(",")[0])
        if integer not in en_nums or fr.count(s) > 1 or not integer.isdigit():
            continue
        if len(integer) == 4 and 1800 <= int(integer) <= 2100 and s == integer:
            continue   # a year
        cands.append((m.start(), m.end(), int(integer)))
    for w, v in FR_WORDS.items():
        m = re.search(W + w + E, fr, re.IGNORECASE)
        if m and (has_word(en, EN_WORDS[v]) or re.search(r"(?<![\d,.])%d(?![\d,.])" % v, en)) \
                and fr[m.end():m.end() + 1] != "-" and fr[max(0, m.start() - 1):m.start()] != "-":
            cands.append((m.start(), m.end(), v))
    ok = []
    for b, e, v in sorted(cands):
        nxt = re.match(r"[ \u00a0\u202f]+([a-zà-ÿœæ’'-]{3,})(?![\w’'-])", fr[e:])
        if v < 2 or not nxt or nxt.group(1).lower() in NOT_BEFORE:
            continue   # not a count of something (a percentage, a time, an age, a date, a range)
        before = fr[:b].split()
        prev = before[-1].lower() if before else ""
        if prev in ("de", "du", "ou", "et", "à") or prev.endswith(("d'", "d’")) or " ".join(before[-2:]).lower() in (
                "tous les", "toutes les") or not (b == 0 or fr[b - 1] in " \u00a0\u202f"):
            continue
        ok.append((b, e, v, prev in FR_DETERMINERS, nxt.group(1)))
    if not ok:
        return None
    b, e, v, det, nxt = rng.choice(ok)
    new = vague_for(v, det, nxt, "’" if "’" in fr else "'", rng)
    if fr[b].isupper() or b == 0:
        new = new[0].upper() + new[1:]
    sep = "" if new.endswith(("'", "’")) else " "
    rest = fr[e:].lstrip(" \u00a0\u202f")
    return fr[:b] + new + sep + rest, fr[b:e] + " -> " + new.strip()


EDITORS = {
    "digit": edit_digit,
    "weekday": lambda en, fr, rng: edit_from_list(en, fr, rng, FR_WEEKDAYS, EN_WEEKDAYS),
    "month": lambda en, fr, rng: edit_from_list(en, fr, rng, FR_MONTHS, EN_MONTHS),
    "word": edit_word,
    "quote": edit_quote,
    "clause": edit_clause,
    "name": edit_name,
    # new kinds only after this line: the RNG draws of the kinds above stay the same
    "quote_words": edit_quote_words,
    "clause_plain": edit_clause_plain,
    "vague": edit_vague,
}


def print_recall(editors, counts, hit, recall_kinds):
    """The recall table: per edit type, the edits whose bead got an expected new flag."""
    print("\n| edit type | edits | detected | recall | counted as detected |")
    print("|---|---:|---:|---:|---|")
    for t in editors:
        n = counts[t]
        print("| %s | %d | %d | %.3f | %s |" % (t, n, hit[t], hit[t] / n if n else 0,
                                                ", ".join(sorted(recall_kinds[t]))))
    tot = sum(counts.values())
    hits = sum(hit[t] for t in editors)
    print("| all | %d | %d | %.3f | |" % (tot, hits, hits / tot if tot else 0))


def print_precision(new_flags, correct, where):
    """The precision table: per flag kind, the new flags at an edit that expects that kind."""
    print("\n| new flag kind | new flags | %s | precision |" % where)
    print("|---|---:|---:|---:|")
    for kind in sorted(new_flags):
        print("| %s | %d | %d | %.3f |" % (kind, new_flags[kind], correct[kind],
                                           correct[kind] / new_flags[kind] if new_flags[kind] else 0))
    tn = sum(new_flags.values())
    print("| all | %d | %d | %.3f |" % (tn, sum(correct.values()), sum(correct.values()) / tn if tn else 0))


def run_check(binary, en_path, fr_path, extra, min_severity="info"):
    """Per line (bead), a Counter of the flags of severity MIN_SEVERITY or above, each as
    (kind, English evidence): an edit that moves a clause flag to other English words
    is a new flag, not the same count of the same kind."""
    rank = SEVERITY_RANK[min_severity]
    cmd = [binary, "check", en_path, fr_path, "--parallel", "--format", "json"] + extra
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    per_line = {}
    for b in doc["beads"]:
        if b["src"] and b["tgt"]:
            per_line[b["src"][0]] = collections.Counter(
                (f["kind"], (f.get("src") or {}).get("text", "")) for f in b["flags"]
                if SEVERITY_RANK[f["severity"]] >= rank)
    return per_line, doc["params"].get("coverage_checks", False)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--data", default="../shared/data/dev/newstest-fr-en")
    ap.add_argument("--work", default="/tmp/drift-synthetic")
    ap.add_argument("--per-type", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning",
                    help="count only flags of this severity or above (default warning; info = every flag)")
    ap.add_argument("extra", nargs="*", help="extra flags for driftalign check (after --)")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit("no data at %s (the ../shared checkout is needed)" % args.data)
    rng = random.Random(args.seed)
    pairs = load_pairs(args.data)
    name_pool(pairs)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    edits = {}  # line -> (type, description)
    fr_edited = [fr for _, fr in pairs]
    counts = collections.Counter()
    for t in EDITORS:
        for i in order:
            if counts[t] >= args.per_type:
                break
            if i in edits:
                continue
            r = EDITORS[t](pairs[i][0], pairs[i][1], rng)
            if r:
                fr_edited[i] = r[0]
                edits[i] = (t, r[1])
                counts[t] += 1
    os.makedirs(args.work, exist_ok=True)
    en_p, fr_p, fe_p = (os.path.join(args.work, n) for n in ("en.txt", "fr.txt", "fr.edited.txt"))
    for path, lines in ((en_p, [e for e, _ in pairs]), (fr_p, [f for _, f in pairs]), (fe_p, fr_edited)):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    base, cov = run_check(args.binary, en_p, fr_p, args.extra, args.min_severity)
    edited, _ = run_check(args.binary, en_p, fe_p, args.extra, args.min_severity)

    new_flags = collections.Counter()
    correct = collections.Counter()
    hit = collections.Counter()
    misses = []
    false_pos = []
    for line in set(base) | set(edited):
        diff = collections.Counter(k for k, _ in (edited.get(line, collections.Counter()) -
                                                  base.get(line, collections.Counter())).elements())
        t = edits.get(line, (None, ""))[0]
        for kind, n in diff.items():
            new_flags[kind] += n
            if t and kind in EXPECTED[t]:
                correct[kind] += n
        if t:
            if any(k in RECALL_KINDS[t] for k in diff):
                hit[t] += 1
            else:
                misses.append((t, edits[line][1], pairs[line][0], fr_edited[line]))
            if t == "clause" and "partial_omission" in diff:
                hit["clause as partial_omission"] += 1
        for kind, n in diff.items():
            if not (t and kind in EXPECTED[t]):
                false_pos.append((kind, t, edits.get(line, (None, ""))[1], pairs[line][0], fr_edited[line]))
    print("sentence pairs: %d, edits: %d, coverage checks: %s, flags counted: severity >= %s" % (
        len(pairs), len(edits), cov, args.min_severity))
    base_kinds = collections.Counter()
    for c in base.values():
        base_kinds.update(k for k, _ in c.elements())
    print("flags on the unedited pairs: %d beads flagged; %s" % (
        sum(1 for c in base.values() if c), ", ".join("%s %d" % kv for kv in sorted(base_kinds.items()))))
    print_recall(EDITORS, counts, hit, RECALL_KINDS)
    if cov != "off":
        n = counts["clause"]
        print("| clause, as partial_omission | %d | %d | %.3f | partial_omission |" % (
            n, hit["clause as partial_omission"], hit["clause as partial_omission"] / n if n else 0))
    print_precision(new_flags, correct, "on an edit expecting it")
    for m in misses[:args.show_misses]:
        print("\nMISS %s (%s)\n  EN: %s\n  FR: %s" % m)
    for m in false_pos[:args.show_misses]:
        print("\nFALSE %s on edit %s (%s)\n  EN: %s\n  FR: %s" % m)


if __name__ == "__main__":
    main()
