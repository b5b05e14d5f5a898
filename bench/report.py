#!/usr/bin/env python3
"""Reads wrk's output into rows and prints the benchmark's tables. Standard library only.

  report.py row WRK_OUTPUT REP CONNS NAME KIND SEQ CPU_TICKS CLK_TCK  -> one TSV row
  report.py table RESULTS.tsv [STARTUP.tsv]                          -> the tables

A row: rep, conns, name, kind (page | ceiling), seq (order within rep and conns), req/s,
p50 ms, p99 ms, errors (socket errors + non-2xx/3xx answers), requests, server CPU ms per
request, KB per response. A page's ratio is its req/s over the mean req/s of the ceiling
runs right before and after it.
"""

import collections
import re
import statistics
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
SIZES = {"B": 1 / 1024, "KB": 1, "MB": 1024, "GB": 1024 * 1024}


def millis(text):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(match.group(1)) * UNITS[match.group(2)]


def row(args):
    path, rep, conns, name, kind, seq, ticks, clk_tck = args
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    if requests == 0:
        # nothing answered within the run: no latency to report
        p50 = p99 = float("nan")
    else:
        p50 = millis(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
        p99 = millis(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    errors = 0
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if socket:
        errors += sum(int(g) for g in socket.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non2xx:
        errors += int(non2xx.group(1))
    transfer = re.search(r"Transfer/sec:\s+([\d.]+)(B|KB|MB|GB)", text)
    kb_per_response = float(transfer.group(1)) * SIZES[transfer.group(2)] / rps if transfer and rps else 0.0
    cpu = int(ticks) * 1000.0 / int(clk_tck) / requests if requests else 0.0
    print("\t".join([rep, conns, name, kind, seq, f"{rps:.1f}", f"{p50:.3f}", f"{p99:.3f}", str(errors),
                     str(requests), f"{cpu:.3f}", f"{kb_per_response:.1f}"]))


Run = collections.namedtuple("Run", "rep conns name kind seq rps p50 p99 errors requests cpu kb")


def load(path):
    runs = []
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if len(f) != 12:
            continue
        runs.append(Run(int(f[0]), int(f[1]), f[2], f[3], int(f[4]), float(f[5]), float(f[6]), float(f[7]),
                        int(f[8]), int(f[9]), float(f[10]), float(f[11])))
    return runs


def ratios(runs):
    """Page run -> (ceiling req/s next to it, ratio)."""
    result = {}
    groups = collections.defaultdict(list)
    for run in runs:
        groups[(run.rep, run.conns)].append(run)
    for group in groups.values():
        by_seq = {run.seq: run for run in group}
        for run in group:
            if run.kind != "page":
                continue
            near = [by_seq[s].rps for s in (run.seq - 1, run.seq + 1) if s in by_seq and by_seq[s].kind == "ceiling"]
            if near:
                ceiling = statistics.mean(near)
                result[run] = (ceiling, run.rps / ceiling if ceiling else 0.0)
    return result


def fmt_ms(value):
    if value != value:
        return "n/a"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def table(args):
    runs = load(args[0])
    if not runs:
        print("no results")
        return
    ratio = ratios(runs)
    pages = list(dict.fromkeys(run.name for run in runs if run.kind == "page"))
    reps = sorted({run.rep for run in runs})
    levels = sorted({run.conns for run in runs})
    header = f"{'page':<16} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} " \
             f"{'CPU ms/req':>10} {'KB/resp':>7} {'ceiling req/s':>13} {'ratio':>7}"
    for rep in reps:
        print(f"\n=== repetition {rep}")
        print(header)
        for conns in levels:
            ceilings = [run for run in runs if run.rep == rep and run.conns == conns and run.kind == "ceiling"]
            if ceilings:
                print(f"{'ceiling /tpl':<16} {conns:>5} {statistics.mean(r.rps for r in ceilings):>9.0f} "
                      f"{fmt_ms(statistics.median(r.p50 for r in ceilings)):>8} "
                      f"{fmt_ms(statistics.median(r.p99 for r in ceilings)):>8} "
                      f"{sum(r.errors for r in ceilings):>6} "
                      f"{statistics.mean(r.cpu for r in ceilings):>10.3f} "
                      f"{statistics.mean(r.kb for r in ceilings):>7.1f} {'':>13} {'':>7}")
            for name in pages:
                for run in runs:
                    if run.rep == rep and run.conns == conns and run.name == name and run.kind == "page":
                        ceiling, r = ratio.get(run, (0.0, 0.0))
                        print(f"{name:<16} {conns:>5} {run.rps:>9.1f} {fmt_ms(run.p50):>8} {fmt_ms(run.p99):>8} "
                              f"{run.errors:>6} {run.cpu:>10.3f} {run.kb:>7.1f} {ceiling:>13.0f} {r:>7.4f}")
            print()

    print("=== throughput as a ratio to the ceiling (req/s of the page / req/s of /tpl next to it)")
    print(f"{'page':<16} " + " ".join(f"{'c' + str(c) + ' r' + str(rep):>9}" for c in levels for rep in reps))
    for name in pages:
        cells = []
        for conns in levels:
            for rep in reps:
                match = [r for run, (c, r) in ratio.items() if run.name == name and run.conns == conns
                         and run.rep == rep]
                cells.append(f"{match[0]:>9.4f}" if match else f"{'-':>9}")
        print(f"{name:<16} " + " ".join(cells))

    def pick(name, conns, rep):
        match = [run for run in runs if run.name == name and run.conns == conns and run.rep == rep]
        return match[0] if match else None

    if "list-1k" in pages and "list-100k" in pages:
        print("\n=== workspace list at 100 000 assessments vs 1 000 (ratio of 100k to 1k; 1.0 = no difference)")
        for rep in reps:
            parts = []
            for conns in levels:
                small, large = pick("list-1k", conns, rep), pick("list-100k", conns, rep)
                if small and large and large.rps and small.p50 and small.cpu:
                    parts.append(f"c{conns}: time/req {small.rps / large.rps:.2f}, p50 {large.p50 / small.p50:.2f}, "
                                 f"CPU/req {large.cpu / small.cpu:.2f}")
            print(f"  repetition {rep}: " + "; ".join(parts))

    total_errors = sum(run.errors for run in runs if run.kind == "page")
    errors64 = sum(run.errors for run in runs if run.kind == "page" and run.conns == max(levels))
    print(f"\n=== errors: {total_errors} on the app's pages in all runs ({errors64} at {max(levels)} connections), "
          f"{sum(run.errors for run in runs if run.kind == 'ceiling')} on the ceiling")
    if 16 in levels:
        print("\n=== targets (ratio to the ceiling at 16 connections, median over repetitions)")
        for name, target in (("report", 0.04), ("list-1k", 0.03), ("list-100k", 0.03)):
            values = [r for run, (c, r) in ratio.items() if run.name == name and run.conns == 16]
            if values:
                value = statistics.median(values)
                print(f"  {name:<10} {value:.4f} (target >= {target}) {'met' if value >= target else 'NOT met'}")
    if len(args) > 1:
        print("\n=== start-up (process start to first healthy answer)")
        for line in open(args[1]):
            print("  " + line.rstrip("\n").replace("\t", "  "))


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("row", "table"):
        print(__doc__)
        sys.exit(2)
    (row if sys.argv[1] == "row" else table)(sys.argv[2:])


if __name__ == "__main__":
    main()
