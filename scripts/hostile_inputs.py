#!/usr/bin/env python3
"""Writes hostile inputs for driftalign: texts and bead files whose cost could
grow faster than their size (unclosed or deeply nested quotation marks, one
huge line of words, a word with no space, thousands of figures or names in one
sentence, many sentences of ten figures each, one enormous bead) and plain news
text of the same size.

    scripts/hostile_inputs.py KIND BYTES OUT        # one file of about BYTES bytes
    scripts/hostile_inputs.py --list                # the kinds

Kinds whose name ends in _en / _fr are texts in that language; "bead" writes a
vecalign file ("[0, 1, ...]:[0, 1, ...]"). The words come from the project's
sample corpus (corpus/), so the output is the same on every machine.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = {"en": ["000_cade94ca1d686b93.txt"],
          "fr": ["001_b5b62dc4b4f44fa5.txt", "002_450d3b2fe5f1e130.txt",
                 "003_a78af1fe0153eff0.txt", "004_31e8c4df6d115025.txt"]}


def corpus_text(lang):
    parts = []
    for name in CORPUS[lang]:
        with open(os.path.join(ROOT, "corpus", name), encoding="utf-8") as f:
            parts.append(f.read())
    return "\n\n".join(parts)


def corpus_words(lang):
    """The corpus's words, without punctuation, in order."""
    return re.findall(r"[^\W\d_]+", corpus_text(lang))


def repeat_to(unit, size, cut_at=" "):
    """`unit` repeated to about `size` bytes, cut after the last `cut_at`
    that fits (the whole unit once at least)."""
    unit_bytes = len(unit.encode("utf-8"))
    n = max(1, -(-size // max(1, unit_bytes)))
    text = unit * n
    if n > 1:
        cut = text.encode("utf-8")[:size].decode("utf-8", "ignore").rfind(cut_at)
        if cut >= len(unit):
            text = text[:cut + 1]
    return text


def words_line(lang, size, sep=" "):
    words = corpus_words(lang)
    return repeat_to(sep.join(words) + sep, size).rstrip() + "\n"


def unclosed_quotes(size, opener):
    """One sentence: an opening mark before every word, none closed."""
    words = corpus_words("fr" if opener == "«" else "en")
    unit = "".join(f"{opener} {w} " for w in words[:50])
    lead = "Il a dit " if opener == "«" else "He said "
    return lead + repeat_to(unit, size) + ".\n"


def nested_quotes(size, opener, closer):
    """One sentence: N opening marks, a word, N closing marks."""
    n = max(1, size // (2 * len((opener + " ").encode("utf-8"))))
    return "Il a dit " + (opener + " ") * n + "non" + (" " + closer) * n + ".\n"


def figures_sentence(lang, size):
    """One sentence holding thousands of figures and a unit now and then."""
    unit = ("12 wounded, 3,500 people, 7% and 2.6 million, " if lang == "en"
            else "12 blessés, 3.500 personnes, 7 % et 2,6 millions, ")
    return ("They counted " if lang == "en" else "Ils ont compté ") + repeat_to(unit, size) + "in all.\n"


def names_sentence(lang, size):
    """One sentence of capitalised names and acronyms."""
    unit = ("Almaty Tokayev NATO CSTO Moscow Nazarbayev Kazakhstan EU " if lang == "en"
            else "Almaty Tokaïev OTAN OTSC Moscou Nazarbaïev Kazakhstan UE ")
    return ("Leaders met in " if lang == "en" else "Les dirigeants ont vu ") + repeat_to(unit, size) + "today.\n"


def figure_sentences(lang, size):
    """Short sentences, one per line, each stating 14 figures of one event
    (compare's claims: every pair of them is a candidate fact)."""
    lines, used, i = [], 0, 0
    while used < size:
        a, b, c = 10 + i % 97, 100 + i % 89, 1000 + i % 83
        if lang == "en":
            line = (f"Police said {a} people were killed, {b} wounded and {c} evacuated, "
                    f"{a + 1} arrested, {b + 2} missing, {c + 3} homes hit, {a + 4} injured, "
                    f"{b + 5} fled, {c + 6} displaced, {a + 7} detained, {b + 8} rescued, "
                    f"{c + 9} without power and {a + 10} hospitalised.")
        else:
            line = (f"La police a dit que {a} personnes ont été tuées, {b} blessées et {c} évacuées, "
                    f"{a + 1} arrêtées, {b + 2} disparues, {c + 3} maisons touchées, {a + 4} blessées, "
                    f"{b + 5} enfuies, {c + 6} déplacées, {a + 7} détenues, {b + 8} secourues, "
                    f"{c + 9} privées de courant et {a + 10} hospitalisées.")
        lines.append(line)
        used += len(line.encode("utf-8")) + 1
        i += 1
    return "\n".join(lines) + "\n"


def news(lang, size):
    """Ordinary news text: the corpus stories again and again."""
    return repeat_to(corpus_text(lang).rstrip("\n") + "\n\n", size, "\n")


def tiny_sentences(lang, size):
    """Very many one-word sentences, one per line."""
    return repeat_to("Yes.\n" if lang == "en" else "Oui.\n", size, "\n")


def bead(size):
    """One vecalign bead "[0, 1, ...]:[0, 1, ...]" of about `size` bytes."""
    ids, used = [], 4
    while used < size:
        ids.append(str(len(ids)))
        used += 2 * (len(ids[-1]) + 2)
    side = "[" + ", ".join(ids) + "]"
    return side + ":" + side + "\n"


KINDS = {
    "unclosed_guillemets_fr": lambda s: unclosed_quotes(s, "«"),
    "unclosed_quotes_en": lambda s: unclosed_quotes(s, "\u201c"),
    "nested_guillemets_fr": lambda s: nested_quotes(s, "«", "»"),
    "long_line_en": lambda s: words_line("en", s),
    "long_line_fr": lambda s: words_line("fr", s),
    "long_word_en": lambda s: repeat_to("a", s) + "\n",
    "long_word_fr": lambda s: repeat_to("é", s) + "\n",
    "figures_en": lambda s: figures_sentence("en", s),
    "figures_fr": lambda s: figures_sentence("fr", s),
    "figure_sentences_en": lambda s: figure_sentences("en", s),
    "figure_sentences_fr": lambda s: figure_sentences("fr", s),
    "names_en": lambda s: names_sentence("en", s),
    "names_fr": lambda s: names_sentence("fr", s),
    "news_en": lambda s: news("en", s),
    "news_fr": lambda s: news("fr", s),
    "tiny_sentences_en": lambda s: tiny_sentences("en", s),
    "tiny_sentences_fr": lambda s: tiny_sentences("fr", s),
    "bead": bead,
    # Not text: every verb must refuse it with exit 2 (file and byte offset).
    "invalid_utf8": lambda s: "a" * (s // 2) + "\udcff" + "b" * (s // 2),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", nargs="?", choices=sorted(KINDS))
    ap.add_argument("size", nargs="?", type=int, help="bytes (about)")
    ap.add_argument("out", nargs="?", help="output file")
    ap.add_argument("--list", action="store_true", help="print the kinds and exit")
    args = ap.parse_args()
    if args.list:
        print("\n".join(sorted(KINDS)))
        return 0
    if args.kind is None or args.size is None or args.out is None:
        ap.error("KIND BYTES OUT are required")
    text = KINDS[args.kind](args.size)
    with open(args.out, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
