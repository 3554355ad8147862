"""AllotSearch against OptunaSearch as Ray Tune searchers, through Ray's Searcher interface (suggest and
on_trial_complete, called the way Ray's controller calls them with four trials in flight), on the five
held-out test functions of tuner_bench.py: 100 trials, 10 seeds. Reports the gap to the minimum after
100 trials (median over seeds), how often AllotSearch ends ahead (sign test), and the searcher's own time
per trial. No Ray cluster is started: the searcher's work is the same, and the trainables here are
formulas.

    .build/bench-venv/bin/pip install optuna==5.0.0 "ray[tune]==2.60.0" torch==2.13.0 -e ./python
    .build/bench-venv/bin/python python/benchmarks/ray_search_bench.py
"""

import math
import os
import statistics
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import optuna  # noqa: E402
from ray import tune  # noqa: E402
from ray.tune.search.optuna import OptunaSearch  # noqa: E402

from allot.ray_tune import AllotSearch  # noqa: E402
from tuner_bench import HELD_OUT  # noqa: E402

TRIALS, IN_FLIGHT, SEEDS = 100, 4, 10


def run(make, function, bounds, seed):
    space = {f"x{i}": tune.uniform(lo, hi) for i, (lo, hi) in enumerate(bounds)}
    searcher = make(seed)
    searcher.set_search_properties("loss", "min", space)
    best, spent, started = math.inf, 0.0, 0
    while started < TRIALS:
        batch = []
        clock = time.perf_counter()
        for _ in range(min(IN_FLIGHT, TRIALS - started)):
            batch.append((str(started), searcher.suggest(str(started))))
            started += 1
        spent += time.perf_counter() - clock
        for trial_id, config in batch:
            value = function([config[f"x{i}"] for i in range(len(bounds))])
            best = min(best, value)
            clock = time.perf_counter()
            searcher.on_trial_complete(trial_id, {"loss": value})
            spent += time.perf_counter() - clock
    return best, spent / TRIALS


def sign_p(wins, losses):
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n)


def main():
    warnings.simplefilter("ignore")
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    searchers = {
        "OptunaSearch (TPE)": lambda seed: OptunaSearch(seed=seed),
        "AllotSearch tpe": lambda seed: AllotSearch(sampler="tpe", sampler_params={"seed": seed}),
        "AllotSearch gp": lambda seed: AllotSearch(sampler="gp", sampler_params={"seed": seed}),
    }
    print(f"| function | searcher | gap after {TRIALS} trials, median [IQR] | ahead of OptunaSearch | searcher time per trial |")
    print("|---|---|---|---|---|")
    for name, (function, bounds, minimum) in HELD_OUT.items():
        gaps = {}
        for label, make in searchers.items():
            results = [run(make, function, bounds, seed) for seed in range(SEEDS)]
            gaps[label] = [best - minimum for best, _ in results]
            q = statistics.quantiles(gaps[label], n=4)
            ahead = ""
            if label != "OptunaSearch (TPE)":
                wins = sum(a < b for a, b in zip(gaps[label], gaps["OptunaSearch (TPE)"]))
                losses = sum(a > b for a, b in zip(gaps[label], gaps["OptunaSearch (TPE)"]))
                ahead = f"{wins}/{wins + losses} (p = {sign_p(wins, losses):.2g})"
            seconds = statistics.median(per for _, per in results)
            print(f"| {name} | {label} | {statistics.median(gaps[label]):.3g} [{q[0]:.3g}, {q[2]:.3g}] | {ahead} | {seconds * 1000:.1f} ms |", flush=True)


if __name__ == "__main__":
    main()
