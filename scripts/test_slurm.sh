#!/usr/bin/env bash
# The workflow (workflow/Snakefile) through a real Slurm cluster of one node on this machine,
# compared with a local run and with one `driftalign batch` run over the same manifest.
#
#   scripts/test_slurm.sh [--shared ../shared] [--binary build/driftalign] [--work DIR] [--keep]
#   (as root; scripts/install_deps.sh --slurm installs slurm-wlm, munge and snakemake)
#
# 1. Builds the manifest of the WMT newstest dev documents (scripts/newstest_docs.py on
#    SHARED/data/dev/newstest-fr-en; ~554 pairs) plus three pairs that must fail (a missing
#    file, invalid UTF-8, a duplicate id), and runs `driftalign batch` over it once: the reference.
# 2. Runs the workflow locally (snakemake --cores 2, 6 shards) and compares results.jsonl with
#    the reference (cmp: byte-identical).
# 3. Starts munged (as user munge, key and socket in a temp dir), writes slurm.conf to the temp
#    dir for this host (`hostname -s`, `nproc` CPUs, 90% of its memory), starts slurmctld and
#    slurmd (as root, in the foreground, in the background of this script), waits until sinfo
#    shows the node idle, runs the workflow with --profile workflow/profiles/slurm (each shard
#    and the merge are sbatch jobs), and compares its results.jsonl, summary.json, index.html
#    and HTML reports with the local run's.
# 4. Stops every daemon it started, by pid (also on failure or Ctrl-C), and removes the temp dir
#    unless --keep.
# Exit 0 only when all outputs match; 1 when they differ or a step fails; 77 (skipped, with a
# message) when slurm-wlm, munge or snakemake are not installed, the script is not run as root,
# or SHARED/data is missing. Takes ~3-4 minutes on the 2-core development machine (docs/scale.md).
set -euo pipefail

SHARED=../shared
BINARY=build/driftalign
WORK=""
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) SHARED=$2; shift 2 ;;
    --binary) BINARY=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "test_slurm: unknown argument $1 (see --help)" >&2; exit 1 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
skip() { echo "test_slurm: SKIPPED: $*" >&2; exit 77; }
log() { echo "test_slurm: $(date -u +%H:%M:%S) $*" >&2; }

for tool in slurmctld slurmd sinfo sbatch scontrol munged snakemake setpriv; do
  command -v "$tool" >/dev/null || skip "$tool not installed (scripts/install_deps.sh --slurm installs slurm-wlm, munge, snakemake)"
done
[[ $(id -u) -eq 0 ]] || skip "must run as root (munged runs as user munge, slurmd as root)"
id munge >/dev/null 2>&1 || skip "no user munge (the munge package creates it)"
DATA=$SHARED/data/dev/newstest-fr-en
[[ -d $DATA ]] || skip "$DATA not found (give --shared DIR)"
[[ -x $BINARY ]] || { echo "test_slurm: $BINARY not found or not executable (build first)" >&2; exit 1; }
BINARY=$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")

if [[ -n $WORK ]]; then mkdir -p "$WORK"; TMP=$(cd "$WORK" && pwd); else TMP=$(mktemp -d /tmp/driftalign-slurm.XXXXXX); fi
chmod 755 "$TMP"
PIDS=()
cleanup() {
  local code=$?
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    local pid=${PIDS[i]}
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  [[ ${#PIDS[@]} -gt 0 ]] && log "stopped the daemons (pids ${PIDS[*]})"
  if [[ $KEEP -eq 0 && -z $WORK ]]; then rm -rf "$TMP"; elif [[ $code -ne 0 || $KEEP -eq 1 ]]; then log "kept $TMP"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$(date +%s)
# 1. The manifest and the reference run.
python3 "$ROOT/scripts/newstest_docs.py" --data "$DATA" --out "$TMP/docs" >/dev/null
printf 'Une phrase. \xc3\x28 invalide.\n' > "$TMP/docs/broken.fr.txt"
{
  cat "$TMP/docs/manifest.tsv"
  first=$(head -1 "$TMP/docs/manifest.tsv")
  printf 'broken/missing-file\t%s\t%s\n' "$TMP/docs/does-not-exist.en.txt" "$TMP/docs/broken.fr.txt"
  printf 'broken/invalid-utf8\t%s\t%s\n' "$(cut -f2 <<<"$first")" "$TMP/docs/broken.fr.txt"
  printf '%s\n' "$first"  # a duplicate id
} > "$TMP/manifest.tsv"
pairs=$(grep -c . "$TMP/manifest.tsv")
export SOURCE_DATE_EPOCH=  # no time stamps in the records
log "reference: driftalign batch over $pairs pairs"
"$BINARY" batch "$TMP/manifest.tsv" --progress never -o "$TMP/single.jsonl" 2> "$TMP/single.log"

CONFIG=(manifest="$TMP/manifest.tsv" driftalign="$BINARY" shards=6 threads=1)
workflow() {  # workflow NAME [snakemake flags...]: runs the workflow into $TMP/NAME
  local name=$1; shift
  mkdir -p "$TMP/$name"
  snakemake -s "$ROOT/workflow/Snakefile" --directory "$TMP/$name" --config "${CONFIG[@]}" out=out \
    --quiet "$@" > "$TMP/$name.snakemake.log" 2>&1 \
    || { echo "test_slurm: the $name workflow failed; its log:" >&2; tail -40 "$TMP/$name.snakemake.log" >&2; return 1; }
}
same() {  # same A B WHAT
  if cmp -s "$1" "$2"; then log "identical: $3"; else echo "test_slurm: DIFFERENT: $3 ($1 vs $2)" >&2; return 1; fi
}

# 2. Locally.
t0=$(date +%s)
workflow local --cores 2
log "local workflow: $(( $(date +%s) - t0 )) s"
same "$TMP/single.jsonl" "$TMP/local/out/results.jsonl" "local workflow results.jsonl = one batch run"

# 3. A one-node Slurm cluster.
HOST=$(hostname -s)
CORES=$(nproc)
MEM_MB=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
PORT=${SLURM_TEST_PORT:-16817}  # not the default 6817: a system slurmctld may hold it
mkdir -p "$TMP/munge" "$TMP/slurm/state" "$TMP/slurm/spool"
chown munge:munge "$TMP/munge"
chmod 700 "$TMP/munge"
if command -v mungekey >/dev/null; then
  mungekey --create --keyfile "$TMP/munge/munge.key"
else
  dd if=/dev/urandom of="$TMP/munge/munge.key" bs=1024 count=1 status=none
fi
chown munge:munge "$TMP/munge/munge.key"
chmod 400 "$TMP/munge/munge.key"
SOCKET=$TMP/munge/munge.socket.2
setpriv --reuid=munge --regid=munge --clear-groups \
  munged --foreground --force --key-file="$TMP/munge/munge.key" --socket="$SOCKET" \
  --pid-file="$TMP/munge/munged.pid" --log-file="$TMP/munge/munged.log" --seed-file="$TMP/munge/munged.seed" \
  2> "$TMP/munge/munged.stderr" &
PIDS+=($!)
for _ in $(seq 50); do [[ -S $SOCKET ]] && break; sleep 0.2; done
[[ -S $SOCKET ]] || { echo "test_slurm: munged did not start:" >&2; cat "$TMP/munge/munged.stderr" "$TMP/munge/munged.log" >&2 2>/dev/null; exit 1; }
chmod 755 "$TMP/munge"  # clients (slurm, as root here) reach the socket

cat > "$TMP/slurm/slurm.conf" <<EOF
# One-node test cluster written by scripts/test_slurm.sh.
ClusterName=driftalign-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$PORT
SlurmdPort=$((PORT + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$SOCKET
CredType=cred/munge
StateSaveLocation=$TMP/slurm/state
SlurmdSpoolDir=$TMP/slurm/spool
SlurmctldPidFile=$TMP/slurm/slurmctld.pid
SlurmdPidFile=$TMP/slurm/slurmd.pid
SlurmctldLogFile=$TMP/slurm/slurmctld.log
SlurmdLogFile=$TMP/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CORES RealMemory=$MEM_MB State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$TMP/slurm/slurm.conf
slurmctld -D -c -f "$SLURM_CONF" > "$TMP/slurm/slurmctld.stderr" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" > "$TMP/slurm/slurmd.stderr" 2>&1 &
PIDS+=($!)
state=""
for _ in $(seq 120); do
  state=$(sinfo -h -N -n "$HOST" -o %T 2>/dev/null || true)
  [[ $state == idle ]] && break
  sleep 0.5
done
if [[ $state != idle ]]; then
  echo "test_slurm: node $HOST not idle after 60 s (state '$state'); logs:" >&2
  tail -20 "$TMP/slurm/slurmctld.log" "$TMP/slurm/slurmd.log" "$TMP/slurm/"*.stderr >&2 2>/dev/null || true
  exit 1
fi
log "slurm up: $(sinfo -h -N -o '%N %T %c CPUs %m MB')"

t0=$(date +%s)
workflow slurm --profile "$ROOT/workflow/profiles/slurm" --jobs 6
log "slurm workflow: $(( $(date +%s) - t0 )) s"
jobs=$(ls "$TMP/slurm/out/slurm-logs" 2>/dev/null | wc -l)
[[ $jobs -ge 7 ]] || { echo "test_slurm: expected 7 sbatch jobs (6 shards + merge), found $jobs logs" >&2; exit 1; }
log "$jobs jobs ran through sbatch"

for f in results.jsonl summary.json index.html; do
  same "$TMP/local/out/$f" "$TMP/slurm/out/$f" "slurm $f = local $f"
done
same "$TMP/single.jsonl" "$TMP/slurm/out/results.jsonl" "slurm results.jsonl = one batch run"
diff -r -q "$TMP/local/out/reports" "$TMP/slurm/out/reports" >/dev/null \
  || { echo "test_slurm: DIFFERENT: HTML reports" >&2; exit 1; }
log "identical: $(find "$TMP/slurm/out/reports" -name '*.html' | wc -l) HTML reports"
python3 - "$TMP/slurm/out/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"test_slurm: summary: {s['pairs']} pairs, {s['ok']} ok, {s['errors']} failed, {s['beads']} beads, "
      f"flags {s['flags_by_severity']}", file=sys.stderr)
PY
log "PASS in $(( $(date +%s) - start )) s"
