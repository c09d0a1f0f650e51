#!/usr/bin/env bash
# Does OmegaT (Debian's omegat, a CAT tool translators use) read driftalign's
# outputs? Headless, in OmegaT's console mode (--mode=console-translate: load
# the project, translate, write target/, no window):
#
#   TMX    tm/auto/seed.tmx = `driftalign align --format tmx` of the seed pair
#          (corpus/000 + 001). source/seed.txt holds the English side of each
#          bead with both sides (one paragraph per bead, OmegaT's sentence
#          segmentation off). OmegaT fills every segment from the TMX: its
#          project statistics count 0 segments left, and target/seed.txt is
#          exactly the French side of those beads.
#   XLIFF  source/seed.xlf = `driftalign align --format xliff` (XLIFF 1.2).
#          OmegaT 3.6's XLIFF filter opens it and writes it back unchanged
#          (the same canonical XML, xmllint --c14n),
#          but it takes the text of each <target> (not <source>) as the text
#          to translate: it counts one segment per non-empty <target>. So an
#          XLIFF alignment opens in OmegaT but carries no translation memory;
#          the TMX does.
#
#   bash scripts/omegat_check.sh [--binary build/driftalign] [--keep DIR]
#
# Exit 0 when both checks pass, 1 on a failure, 77 when omegat or java is not
# installed (apt-get install omegat). Takes ~20 s (the JVM and OmegaT's
# plugins load once).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=build/driftalign
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "usage: $0 [--binary B] [--keep DIR]" >&2; exit 1 ;;
  esac
done
omegat_jar=/usr/share/omegat/OmegaT.jar
if ! command -v java > /dev/null || [[ ! -f $omegat_jar ]]; then
  echo "SKIP: omegat is not installed (apt-get install omegat)"
  exit 77
fi
binary=$(realpath "$binary")
work=$(mktemp -d "${TMPDIR:-/tmp}/driftalign-omegat.XXXXXX")
cleanup() {
  if [[ -n $keep ]]; then rm -rf "$keep"; mv "$work" "$keep"; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

en=corpus/000_cade94ca1d686b93.txt
fr=corpus/001_b5b62dc4b4f44fa5.txt
proj=$work/project
mkdir -p "$proj"/{source,target,tm/auto,glossary,dictionary,omegat} "$work/config" "$work/home"
"$binary" align --format tmx "$en" "$fr" > "$proj/tm/auto/seed.tmx"
"$binary" align --format xliff "$en" "$fr" > "$proj/source/seed.xlf"
# The beads with both sides: English paragraphs to translate, and the French expected.
"$binary" align --format tsv "$en" "$fr" > "$work/seed.tsv"
awk -F'\t' 'NR > 1 && $1 != "" && $2 != "" { print $4; print "" }' "$work/seed.tsv" > "$proj/source/seed.txt"
awk -F'\t' 'NR > 1 && $1 != "" && $2 != "" { print $5 }' "$work/seed.tsv" > "$work/expected.fr.txt"
beads=$(wc -l < "$work/expected.fr.txt")
tmx_units=$(grep -c '<tu ' "$proj/tm/auto/seed.tmx")
[[ $beads -gt 0 && $beads -eq $tmx_units ]] || fail "$beads beads with both sides but $tmx_units TMX units"
xliff_targets=$(grep -c '<target xml:lang="fr">' "$proj/source/seed.xlf")

cat > "$proj/omegat.project" <<'PROJECT'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>EN</source_lang>
        <target_lang>FR</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
PROJECT

HOME=$work/home java -Djava.awt.headless=true -jar "$omegat_jar" --mode=console-translate \
  --config-dir="$work/config" --disable-project-locking --no-team "$proj" > "$work/omegat.log" 2>&1 ||
  { tail -20 "$work/omegat.log"; fail "omegat --mode=console-translate exited $?"; }
grep -q "Reading TMX file .*seed.tmx" "$work/omegat.log" || fail "OmegaT did not read tm/auto/seed.tmx"
grep -q "Created by: driftalign" "$work/omegat.log" || fail "OmegaT did not read the TMX header"

# Per-file "Total Segments" and "Remaining Segments" of OmegaT's statistics.
stats() {  # stats FILE -> "total remaining"
  awk -F'\t' -v f="$1" '/^Individual File Statistics/ { s = 1 }
    s { name = $1; gsub(/ +$/, "", name); if (name == f) { gsub(/ /, "", $2); gsub(/ /, "", $3); print $2, $3 } }' \
    "$proj/omegat/project_stats.txt"
}
read -r txt_total txt_left <<< "$(stats seed.txt)"
read -r xlf_total xlf_left <<< "$(stats seed.xlf)"

# TMX: every segment translated, with the French of its bead.
[[ $txt_total -eq $beads ]] || fail "OmegaT found $txt_total segments in source/seed.txt, expected $beads"
[[ $txt_left -eq 0 ]] || fail "$txt_left of $txt_total segments left untranslated by the TMX"
grep -v '^$' "$proj/target/seed.txt" | tr -d '\r' > "$work/target.fr.txt"
diff -q "$work/expected.fr.txt" "$work/target.fr.txt" > /dev/null ||
  fail "target/seed.txt differs from the French of the TMX: $(diff "$work/expected.fr.txt" "$work/target.fr.txt" | head -5)"
echo "TMX: OmegaT read $tmx_units units from tm/auto/seed.tmx and translated $txt_total of $txt_total segments of source/seed.txt with them (target = the beads' French, byte for byte)"

# XLIFF 1.2: opened, one segment per non-empty <target>, written back unchanged.
[[ $xlf_total -eq $xliff_targets ]] ||
  fail "OmegaT found $xlf_total segments in seed.xlf, expected $xliff_targets (one per non-empty <target>)"
cmp -s <(xmllint --c14n "$proj/source/seed.xlf") <(xmllint --c14n "$proj/target/seed.xlf") ||
  fail "OmegaT's target/seed.xlf is not the XLIFF it read (canonical XML differs)"
echo "XLIFF 1.2: OmegaT's XLIFF filter opened seed.xlf ($xlf_total segments = its $xliff_targets non-empty <target>s) and wrote back the same canonical XML"
