#!/usr/bin/env python3
"""Slurm job state for snakemake --cluster-status: prints running, success or failed.

    status.py JOBID

Asks `scontrol show job` (works without Slurm accounting while the controller
still holds the job, MinJobAge, 300 s by default), then `sacct` (when
accounting is set up). A job neither knows is reported as success: snakemake
then checks that the job's output files exist and fails the job if not. A
controller that does not answer is reported as running (asked again later).
"""
import subprocess
import sys

RUNNING = {"PENDING", "CONFIGURING", "RUNNING", "COMPLETING", "SUSPENDED", "REQUEUED", "REQUEUE_FED",
           "REQUEUE_HOLD", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED", "RESV_DEL_HOLD"}


def verdict(state):
    state = state.split()[0].rstrip("+") if state.strip() else ""
    if not state:
        return None
    if state == "COMPLETED":
        return "success"
    return "running" if state in RUNNING else "failed"


def run(cmd):
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None, ""
    return res.returncode, res.stdout + res.stderr


def main():
    job = sys.argv[1].split(";")[0].strip()
    code, out = run(["scontrol", "show", "job", "-o", job])
    if code == 0:
        for field in out.split():
            if field.startswith("JobState="):
                print(verdict(field[len("JobState="):]) or "running")
                return
    elif code is None or "Invalid job id" not in out:
        print("running")  # the controller did not answer: ask again later
        return
    code, out = run(["sacct", "-n", "-X", "-P", "-o", "State", "-j", job])
    if code == 0 and out.strip():
        print(verdict(out.strip().splitlines()[0]) or "running")
        return
    print("success")


if __name__ == "__main__":
    main()
