"""Figures for docs/tuning.md: Allot's TPE, GP, BOHB and ASHA + TPE next to Optuna 5.0 (default TPESampler with
HyperbandPruner, and its GPSampler) on the same multi-fidelity problems at the same total resource, and the
per-trial cost of ask + tell with TPE at 1,000 trials and with the GP samplers at 200.

    swift build -c release
    python3 -m venv .build/bench-venv
    .build/bench-venv/bin/pip install optuna==5.0.0 greenlet==3.5.6 scipy torch==2.13.0 -e ./python
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py functions
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py held-out
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py parallel
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py overhead
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py overhead-gp
    ALLOT_LIBRARY=.build/release/libAllotFFI.so ALLOT_BINARY=.build/release/allot .build/bench-venv/bin/python python/benchmarks/tuner_bench.py digits
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/tuner_bench.py define-by-run

functions: Branin and Hartmann-6 with Kandasamy et al. (2017)'s fidelities (the same definitions as Allot's
TestFunction), R = 27, a budget of 100 full evaluations (2,700 resource units), 30 seeds (10 seeds overstated
Allot's lead on Hartmann-6: medians moved by ±0.1 between 10-seed runs). A step of
resource costs 1: Optuna's objective reports every step and stops when pruned; an Allot job trains from
its resume point to its resource. For each seed, "to reach" is the resource an Allot tuner needed to
match the final best value Optuna reached with the whole budget (∞ if it never did).

digits: the digits MLP trained for real by `allot objective digits` (epochs as the resource, R = 27,
50 full trainings' worth of epochs, 10 seeds, about 20 minutes), validation accuracy maximised; the same accounting.

parallel: the held-out functions below and Hartmann-6 with four trials asked before any is told (parallel workers),
against each sampler run sequentially, 10 seeds, about 9 minutes.

held-out: five standard test functions none of Allot's samplers was built or tuned on (Hartmann-3, Levy-4,
Styblinski-Tang-4, Rosenbrock-4, six-hump camel), full fidelity, 100 trials, 20 seeds: Optuna's TPESampler and
GPSampler against Allot's tpe and gp, the gap to the minimum paired by seed.

define-by-run: the held-out functions written as Optuna objectives (suggest calls define the space, no
space given), 100 trials, 20 seeds: Optuna's default TPESampler, Allot's tpe defined by the objective, and
Allot's tpe with the space given; then the wall time per trial of ask + six suggest calls + tell at 1,000
trials on Hartmann-6, each way.

overhead: 1,000 trials on Hartmann-6's space, objective computed inline; the wall time of ask + tell
per trial, Optuna's TPESampler() (in-memory storage) next to allot.Study(sampler="tpe") (in memory,
through liballot). Optuna is a benchmark-only dependency.
"""

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

import allot

R = 27


def branin(x, z):
    b = 5.1 / (4 * math.pi ** 2) - 0.01 * (1 - z)
    c = 5 / math.pi - 0.1 * (1 - z)
    t = 1 / (8 * math.pi) + 0.05 * (1 - z)
    return (x[1] - b * x[0] ** 2 + c * x[0] - 6) ** 2 + 10 * (1 - t) * math.cos(x[0]) + 10


A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886], [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
     [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650], [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]


def hartmann6(x, z):
    alpha, delta = [1.0, 1.2, 3.0, 3.2], [1, -1, -1, 1]
    return -sum((alpha[i] - 0.1 * delta[i] * (1 - z)) * math.exp(-sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6)))
                for i in range(4))


FUNCTIONS = {
    "branin": (branin, [(-5.0, 10.0), (0.0, 15.0)], 0.397887357729738),
    "hartmann6": (hartmann6, [(0.0, 1.0)] * 6, -3.32236801141551),
}


class Ledger:
    """Resource spent and the best full-resource value, as (spent, best) after each improvement."""

    def __init__(self, budget, better):
        self.budget, self.better, self.spent, self.best, self.trace = budget, better, 0.0, None, []

    def charge(self, amount):
        if self.spent + amount > self.budget + 1e-9:
            return False
        self.spent += amount
        return True

    def full(self, value):
        if self.best is None or self.better(value, self.best):
            self.best = value
            self.trace.append((self.spent, value))

    def best_at(self, resource):
        values = [v for s, v in self.trace if s <= resource]
        return values[-1] if values else None

    def reached(self, target):
        for spent, value in self.trace:
            if value == target or self.better(value, target):
                return spent
        return math.inf


def run_optuna(evaluate, bounds, names, seed, budget, direction, sampler_only=False, gp=False):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    better = (lambda a, b: a < b) if direction == "minimize" else (lambda a, b: a > b)
    ledger = Ledger(budget, better)
    pruner = optuna.pruners.NopPruner() if sampler_only or gp else optuna.pruners.HyperbandPruner(min_resource=1, max_resource=R, reduction_factor=3)
    sampler = optuna.samplers.GPSampler(seed=seed) if gp else optuna.samplers.TPESampler(seed=seed)
    # A fixed study name: HyperbandPruner deals trials to brackets by a hash of it, so a random name
    # (Optuna's default) makes the reference itself change from run to run.
    study = optuna.create_study(study_name=f"bench-{seed}", direction=direction, sampler=sampler, pruner=pruner)
    study.optimize(optuna_objective(ledger, lambda trial: evaluate([trial.suggest_float(n, lo, hi, log=log) for n, (lo, hi, log) in zip(names, bounds)], trial)),
                   n_trials=10 ** 6)
    return ledger


def optuna_objective(ledger, steps_of):
    """Reports every step (each costs 1), prunes when Optuna says so, stops the study when the budget is spent."""
    import optuna

    def objective(trial):
        steps = steps_of(trial)
        value = None
        for step, value in steps:
            if not ledger.charge(1):
                steps.close()
                trial.study.stop()
                raise optuna.TrialPruned()
            trial.report(value, step)
            if step < R and trial.should_prune():
                steps.close()
                raise optuna.TrialPruned()
        ledger.full(value)
        return value

    return objective


def run_allot(evaluate_job, space, seed, budget, direction, tuner):
    better = (lambda a, b: a < b) if direction == "minimize" else (lambda a, b: a > b)
    ledger = Ledger(budget, better)
    if tuner == "tpe":
        study = allot.Study(space, direction=direction, scheduler="random", scheduler_params={"trials": int(budget // R), "resource": R},
                            sampler="tpe", sampler_params={"seed": seed})
    elif tuner == "bohb":
        study = allot.Study(space, direction=direction, scheduler="hyperband", scheduler_params={"maxResource": R, "eta": 3, "iterations": 100000},
                            sampler="bohb", sampler_params={"seed": seed})
    elif tuner == "hyperband-tpe":
        study = allot.Study(space, direction=direction, scheduler="hyperband", scheduler_params={"maxResource": R, "eta": 3, "iterations": 100000},
                            sampler="tpe", sampler_params={"seed": seed})
    elif tuner == "gp":
        study = allot.Study(space, direction=direction, scheduler="random", scheduler_params={"trials": int(budget // R), "resource": R},
                            sampler="gp", sampler_params={"seed": seed})
    elif tuner == "asha-gp":
        study = allot.Study(space, direction=direction, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": R, "eta": 3, "trials": 100000},
                            sampler="gp", sampler_params={"seed": seed})
    elif tuner == "hyperband-gp":
        study = allot.Study(space, direction=direction, scheduler="hyperband", scheduler_params={"maxResource": R, "eta": 3, "iterations": 100000},
                            sampler="gp", sampler_params={"seed": seed})
    elif tuner == "asha-tpe":
        study = allot.Study(space, direction=direction, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": R, "eta": 3, "trials": 100000},
                            sampler="tpe", sampler_params={"seed": seed})
    else:
        raise ValueError(tuner)
    while True:
        trial = study.ask()
        if trial is None:
            break
        cost = trial.resource - (trial.resume_from or 0)
        if not ledger.charge(cost):
            break
        value = evaluate_job(trial)
        study.tell(trial, value)
        if trial.resource >= R:
            ledger.full(value)
    return ledger


def summarise(rows, label):
    values = [v for v in rows if v is not None and not math.isinf(v)]
    finite = len(values)
    if not rows:
        return f"{label}: —"
    ordered = sorted(rows, key=lambda v: math.inf if v is None else v)
    median = ordered[len(ordered) // 2] if len(ordered) % 2 else (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2
    q1, q3 = ordered[len(ordered) // 4], ordered[(3 * len(ordered)) // 4]
    return f"{label}: median {median:.4g} [IQR {q1:.4g}, {q3:.4g}] ({finite}/{len(rows)} finite)"


TUNERS = ["optuna", "optuna-tpe", "optuna-gp", "allot-tpe", "allot-gp", "allot-bohb", "allot-hyperband-tpe", "allot-asha-tpe"]


def compare(problem, evaluate_optuna, evaluate_allot, space, bounds, names, seeds, budget, direction, offset=0.0, only=None):
    """Runs every tuner per seed (or those in `only`; "optuna", the reference, always); prints gaps (value − offset)
    at half and full budget and resource-to-reach."""
    tuners = [t for t in TUNERS if only is None or t == "optuna" or t in only]
    results = {t: [] for t in tuners}
    timing = {t: 0.0 for t in tuners}
    for seed in range(seeds):
        for tuner in tuners:
            began = time.perf_counter()
            if tuner.startswith("optuna"):
                ledger = run_optuna(evaluate_optuna, bounds, names, seed, budget, direction, sampler_only=tuner == "optuna-tpe", gp=tuner == "optuna-gp")
            else:
                ledger = run_allot(evaluate_allot, space, seed, budget, direction, tuner[len("allot-"):])
            timing[tuner] += time.perf_counter() - began
            results[tuner].append(ledger)
    sign = 1 if direction == "minimize" else -1
    print(f"\n## {problem}: R = {R}, budget {budget:g} ({budget / R:g} full evaluations), {seeds} seeds")
    gaps = {tuner: [None if l.best is None else sign * (l.best - offset) for l in results[tuner]] for tuner in tuners}
    for tuner in tuners:
        half = [None if l.best_at(budget / 2) is None else sign * (l.best_at(budget / 2) - offset) for l in results[tuner]]
        line = f"{tuner:15s} " + summarise(gaps[tuner], "gap at budget") + "; " + summarise(half, "at half")
        if tuner != "optuna":
            reach = [results[tuner][s].reached(results["optuna"][s].best) / budget for s in range(seeds)]
            line += "; " + summarise(reach, "resource to reach Optuna's final best / budget")
            line += "; " + paired(gaps[tuner], gaps["optuna"])
        print(line + f"; {timing[tuner] / seeds:.1f} s per run")


def paired(ours, theirs, them="Optuna"):
    """Seeds where our gap at the budget is smaller than theirs, with the two-sided sign test's p (ties dropped)."""
    wins = sum(1 for a, b in zip(ours, theirs) if a < b)
    losses = sum(1 for a, b in zip(ours, theirs) if a > b)
    n = wins + losses
    tail = sum(math.comb(n, k) for k in range(min(wins, losses) + 1)) / 2 ** n if n else 1.0
    return f"ahead of {them} in {wins}/{n} seeds (sign test p = {min(1.0, 2 * tail):.2g})"


def functions(seeds=30, budget=100 * R, only=None):
    for name, (function, bounds, minimum) in FUNCTIONS.items():
        names = [f"x{i + 1}" for i in range(len(bounds))]
        space = [{"name": n, "type": "float", "low": lo, "high": hi} for n, (lo, hi) in zip(names, bounds)]

        def evaluate_optuna(x, trial, function=function):
            return ((step, function(x, step / R)) for step in range(1, R + 1))

        def evaluate_allot(trial, function=function, names=names):
            return function([trial.params[n] for n in names], trial.resource / R)

        compare(name, evaluate_optuna, evaluate_allot, space, [(lo, hi, False) for lo, hi in bounds], names, seeds, budget, "minimize", offset=minimum, only=only)


def hartmann3(x):
    a3 = [[3.0, 10, 30], [0.1, 10, 35], [3.0, 10, 30], [0.1, 10, 35]]
    p3 = [[0.3689, 0.1170, 0.2673], [0.4699, 0.4387, 0.7470], [0.1091, 0.8732, 0.5547], [0.0381, 0.5743, 0.8828]]
    return -sum(alpha * math.exp(-sum(a3[i][j] * (x[j] - p3[i][j]) ** 2 for j in range(3))) for i, alpha in enumerate([1.0, 1.2, 3.0, 3.2]))


def levy(x):
    w = [1 + (v - 1) / 4 for v in x]
    middle = sum((wi - 1) ** 2 * (1 + 10 * math.sin(math.pi * wi + 1) ** 2) for wi in w[:-1])
    return math.sin(math.pi * w[0]) ** 2 + middle + (w[-1] - 1) ** 2 * (1 + math.sin(2 * math.pi * w[-1]) ** 2)


def styblinski_tang(x):
    return 0.5 * sum(v ** 4 - 16 * v ** 2 + 5 * v for v in x)


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(len(x) - 1))


def six_hump_camel(x):
    x1, x2 = x
    return (4 - 2.1 * x1 ** 2 + x1 ** 4 / 3) * x1 ** 2 + x1 * x2 + (-4 + 4 * x2 ** 2) * x2 ** 2


# Standard test functions that none of Allot's samplers was built or tuned on (definitions and minima
# as in Surjanovic and Bingham's Virtual Library of Simulation Experiments), at full fidelity.
HELD_OUT = {
    "hartmann3": (hartmann3, [(0.0, 1.0)] * 3, -3.86278214782076),
    "levy4": (levy, [(-10.0, 10.0)] * 4, 0.0),
    "styblinski-tang4": (styblinski_tang, [(-5.0, 5.0)] * 4, -39.16616570377142 * 4),
    "rosenbrock4": (rosenbrock, [(-5.0, 10.0)] * 4, 0.0),
    "six-hump-camel": (six_hump_camel, [(-3.0, 3.0), (-2.0, 2.0)], -1.031628453489877),
}


def run_sampler(tuner, function, bounds, seed, trials, batch=1):
    """One run of a full-fidelity sampler on `function`: `batch` trials asked before any of them is told
    (parallel workers; 1 = sequential). Returns the values in order and each batch's points in [0, 1]."""
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    names = [f"x{i + 1}" for i in range(len(bounds))]
    values, batches = [], []
    if tuner.startswith("optuna"):
        sampler = optuna.samplers.GPSampler(seed=seed) if tuner == "optuna-gp" else optuna.samplers.TPESampler(seed=seed)
        study = optuna.create_study(direction="minimize", sampler=sampler)
        distributions = {n: optuna.distributions.FloatDistribution(lo, hi) for n, (lo, hi) in zip(names, bounds)}
        ask, tell = (lambda: study.ask(distributions)), study.tell
    else:
        space = [{"name": n, "type": "float", "low": lo, "high": hi} for n, (lo, hi) in zip(names, bounds)]
        study = allot.Study(space, direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                            sampler=tuner[len("allot-"):], sampler_params={"seed": seed})
        ask, tell = study.ask, study.tell
    while len(values) < trials:
        asked = [ask() for _ in range(min(batch, trials - len(values)))]
        points = [[trial.params[n] for n in names] for trial in asked]
        batches.append([[(v - lo) / (hi - lo) for v, (lo, hi) in zip(point, bounds)] for point in points])
        for trial, point in zip(asked, points):
            values.append(function(point))
            tell(trial, values[-1])
    return values, batches


def run_by_run(tuner, function, bounds, seed, trials):
    """One run written the way an Optuna user writes it: ask, a suggest call per parameter, tell. `tuner`:
    optuna-tpe (its default sampler), allot-tpe-by-run (no space given), allot-tpe-space (space given).
    Returns the values in order and the seconds spent in ask, suggest and tell."""
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    names = [f"x{i + 1}" for i in range(len(bounds))]
    if tuner == "optuna-tpe":
        study = optuna.create_study(direction="minimize", sampler=optuna.samplers.TPESampler(seed=seed))
    else:
        space = None if tuner == "allot-tpe-by-run" else [{"name": n, "type": "float", "low": lo, "high": hi} for n, (lo, hi) in zip(names, bounds)]
        study = allot.Study(space, direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                            sampler="tpe", sampler_params={"seed": seed})
    values, spent = [], 0.0
    for _ in range(trials):
        began = time.perf_counter()
        trial = study.ask()
        point = [trial.suggest_float(n, lo, hi) for n, (lo, hi) in zip(names, bounds)]
        middle = time.perf_counter()
        values.append(function(point))
        resumed = time.perf_counter()
        study.tell(trial, values[-1])
        spent += time.perf_counter() - resumed + middle - began
    return values, spent


BY_RUN = ["optuna-tpe", "allot-tpe-by-run", "allot-tpe-space"]


def define_by_run(seeds=20, trials=100, overhead_trials=1000):
    """Studies whose objective defines the space, on HELD_OUT: search quality and overhead per trial."""
    for name, (function, bounds, minimum) in HELD_OUT.items():
        final = {t: [] for t in BY_RUN}
        for seed in range(seeds):
            for tuner in BY_RUN:
                values, _ = run_by_run(tuner, function, bounds, seed, trials)
                final[tuner].append(min(values) - minimum)
        print(f"\n## {name} ({len(bounds)} parameters), {trials} trials, {seeds} seeds, written as an Optuna objective; gap = best value - minimum")
        for tuner in BY_RUN:
            line = f"{tuner:17s} " + summarise(final[tuner], "gap")
            if tuner != "optuna-tpe":
                line += "; vs Optuna's TPE: " + paired(final[tuner], final["optuna-tpe"], "it")
            if tuner == "allot-tpe-by-run":
                line += "; vs the space given: " + paired(final[tuner], final["allot-tpe-space"], "it")
            print(line)
    function, _, _ = FUNCTIONS["hartmann6"]
    bounds = [(0.0, 1.0)] * 6
    print(f"\n## ask + 6 suggest calls + tell per trial, {overhead_trials} trials on Hartmann-6 (objective time left out)")
    for tuner in BY_RUN:
        _, spent = run_by_run(tuner, lambda x: function(x, 1.0), bounds, 0, overhead_trials)
        print(f"{tuner:17s} {spent / overhead_trials * 1e3:.3f} ms per trial")


def gaps_to_minimum(values, minimum):
    best, trace = math.inf, []
    for v in values:
        best = min(best, v)
        trace.append(best - minimum)
    return trace


SAMPLERS = ["optuna-tpe", "optuna-gp", "allot-tpe", "allot-gp"]


def held_out(seeds=20, trials=100):
    """Full-fidelity samplers at equal trials on HELD_OUT: Optuna's default TPESampler and its GPSampler
    against Allot's tpe and gp; the gap to the minimum after `trials` trials, paired by seed."""
    for name, (function, bounds, minimum) in HELD_OUT.items():
        traces = {t: [] for t in SAMPLERS}
        timing = {t: 0.0 for t in SAMPLERS}
        for seed in range(seeds):
            for tuner in SAMPLERS:
                began = time.perf_counter()
                values, _ = run_sampler(tuner, function, bounds, seed, trials)
                timing[tuner] += time.perf_counter() - began
                traces[tuner].append(gaps_to_minimum(values, minimum))
        print(f"\n## {name} ({len(bounds)} parameters), {trials} trials at full fidelity, {seeds} seeds; gap = best value - minimum")
        final = {t: [trace[-1] for trace in traces[t]] for t in SAMPLERS}
        for tuner in SAMPLERS:
            reference = final["optuna-tpe"]
            reach = [next((i + 1 for i, g in enumerate(trace) if g <= target), math.inf) / trials for trace, target in zip(traces[tuner], reference)]
            line = f"{tuner:11s} " + summarise(final[tuner], "gap") + "; " + summarise(reach, "trials to reach Optuna TPE's final best / trials")
            if tuner == "allot-gp":
                line += "; vs Optuna's GP: " + paired(final[tuner], final["optuna-gp"], "it")
            if tuner != "optuna-tpe":
                line += "; vs Optuna's TPE: " + paired(final[tuner], final["optuna-tpe"], "it")
            print(line + f"; {timing[tuner] / seeds:.2f} s per run")


def parallel(seeds=10, trials=100, batch=4):
    """Parallel workers, simulated: `batch` trials asked before any is told (Optuna: constant liar for TPE,
    qLogEI over the running trials for the GP; Allot: constant liar, kriging believer), against the same
    sampler run sequentially, on HELD_OUT and Hartmann-6 at full fidelity. Also counts the batches with two
    points within 0.01 of each other in every coordinate of the unit cube: a GP that has found the minimum
    refines it that way, so the count says how much of the batch goes to one spot, not that the liar failed."""
    hartmann, bounds6, minimum6 = FUNCTIONS["hartmann6"]
    problems = dict(HELD_OUT, hartmann6=(lambda x: hartmann(x, 1.0), bounds6, minimum6))
    pooled = {t: [0, 0] for t in SAMPLERS}
    for name, (function, bounds, minimum) in problems.items():
        print(f"\n## {name} ({len(bounds)} parameters), {trials} trials in batches of {batch}, {seeds} seeds; gap = best value - minimum")
        final = {}
        for tuner in SAMPLERS:
            alone, together, close, elapsed = [], [], 0, 0.0
            for seed in range(seeds):
                values, _ = run_sampler(tuner, function, bounds, seed, trials)
                alone.append(gaps_to_minimum(values, minimum)[-1])
                began = time.perf_counter()
                values, batches = run_sampler(tuner, function, bounds, seed, trials, batch)
                elapsed += time.perf_counter() - began
                together.append(gaps_to_minimum(values, minimum)[-1])
                close += sum(1 for points in batches if any(max(abs(a - b) for a, b in zip(p, q)) < 0.01
                                                            for i, p in enumerate(points) for q in points[i + 1:]))
            final[tuner] = together
            worse = sum(1 for a, b in zip(together, alone) if a > b)
            pooled[tuner][0] += worse
            pooled[tuner][1] += sum(1 for a, b in zip(together, alone) if a != b)
            line = f"{tuner:11s} " + summarise(together, "gap in batches") + "; " + summarise(alone, "sequential")
            line += f"; batches worse than sequential in {worse}/{seeds} seeds; {close} batches with two points within 0.01; {elapsed / seeds:.2f} s per run"
            print(line)
        print("allot-gp vs optuna-gp in batches: " + paired(final["allot-gp"], final["optuna-gp"], "it"))
        print("allot-tpe vs optuna-tpe in batches: " + paired(final["allot-tpe"], final["optuna-tpe"], "it"))
    for tuner, (worse, changed) in pooled.items():
        print(f"{tuner}: batches worse than sequential in {worse} of {changed} seeds that changed")


DIGITS = [("learning_rate", 1e-3, 1.0, True), ("width", 16, 256, True), ("weight_decay", 1e-6, 1e-2, True), ("batch_size", 16, 256, True)]


def digits(seeds=10, budget=50 * R):
    binary = os.environ.get("ALLOT_BINARY", ".build/release/allot")
    folder = tempfile.mkdtemp(prefix="allot-digits-bench-")
    space = [{"name": n, "type": "int" if isinstance(lo, int) else "float", "low": lo, "high": hi, "log": log} for n, lo, hi, log in DIGITS]
    names = [n for n, *_ in DIGITS]

    def configuration(values):
        return {n: (int(round(v)) if isinstance(lo, int) else v) for (n, lo, _, _), v in zip(DIGITS, values)}

    def stream(request):
        process = subprocess.Popen([binary, "objective", "digits"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        process.stdin.write(json.dumps(request))
        process.stdin.close()
        try:
            for line in process.stdout:
                record = json.loads(line)
                yield int(record["resource"]), record["value"]
        finally:
            process.kill()
            process.wait()

    def evaluate_allot(trial):
        request = {"resource": int(trial.resource), "configuration": trial.params,
                   "checkpoint": os.path.join(folder, f"{id(trial.study)}-{trial.number}.ckpt")}
        if trial.resume_from:
            request["resumeFrom"] = int(trial.resume_from)
        value = None
        for _, value in stream(request):
            pass
        return value

    def suggest(trial):
        return [trial.suggest_int(n, lo, hi, log=log) if isinstance(lo, int) else trial.suggest_float(n, lo, hi, log=log) for n, lo, hi, log in DIGITS]

    compare_digits(evaluate_allot, space, names, suggest, stream, configuration, seeds, budget)


def compare_digits(evaluate_allot, space, names, suggest, stream, configuration, seeds, budget):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    tuners = ["optuna", "allot-tpe", "allot-gp", "allot-bohb", "allot-hyperband-tpe", "allot-asha-tpe"]
    results = {t: [] for t in tuners}
    timing = {t: 0.0 for t in tuners}
    for seed in range(seeds):
        for tuner in tuners:
            began = time.perf_counter()
            if tuner == "optuna":
                ledger = Ledger(budget, lambda a, b: a > b)
                study = optuna.create_study(study_name=f"bench-{seed}", direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed),
                                            pruner=optuna.pruners.HyperbandPruner(min_resource=1, max_resource=R, reduction_factor=3))
                study.optimize(optuna_objective(ledger, lambda trial: stream({"resource": R, "configuration": configuration(suggest(trial))})), n_trials=10 ** 6)
            else:
                ledger = run_allot(evaluate_allot, space, seed, budget, "maximize", tuner[len("allot-"):])
            timing[tuner] += time.perf_counter() - began
            results[tuner].append(ledger)
    print(f"\n## digits MLP: R = {R} epochs, budget {budget:g} epochs ({budget / R:g} full trainings), {seeds} seeds; values are validation accuracy")
    for tuner in tuners:
        full = [l.best for l in results[tuner]]
        half = [l.best_at(budget / 2) for l in results[tuner]]
        line = f"{tuner:15s} " + summarise(full, "best at budget") + "; " + summarise(half, "at half")
        if tuner != "optuna":
            reach = [results[tuner][s].reached(results["optuna"][s].best) / budget for s in range(seeds)]
            line += "; " + summarise(reach, "resource to reach Optuna's final best / budget")
        print(line + f"; {timing[tuner] / seeds:.1f} s per run")


def ask_tell_times(ask, tell, function, names, trials):
    """Seconds of ask + tell per trial (the objective's own time left out)."""
    times = []
    for _ in range(trials):
        began = time.perf_counter()
        trial = ask()
        x = [trial.params[n] for n in names]
        middle = time.perf_counter()
        value = function(x, 1.0)
        resumed = time.perf_counter()
        tell(trial, value)
        times.append(time.perf_counter() - resumed + middle - began)
    return times


def overhead(trials=1000, repeats=3):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    function, bounds, _ = FUNCTIONS["hartmann6"]
    names = [f"x{i + 1}" for i in range(6)]
    space = [{"name": n, "type": "float", "low": 0.0, "high": 1.0} for n in names]
    for repeat in range(repeats):
        study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=repeat))
        distributions = {n: optuna.distributions.FloatDistribution(0.0, 1.0) for n in names}
        ours = allot.Study(space, direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                           sampler="tpe", sampler_params={"seed": repeat})
        optuna_times = ask_tell_times(lambda: study.ask(distributions), study.tell, function, names, trials)
        allot_times = ask_tell_times(ours.ask, ours.tell, function, names, trials)
        o_mean, a_mean = statistics.mean(optuna_times), statistics.mean(allot_times)
        o_last, a_last = statistics.mean(optuna_times[-100:]), statistics.mean(allot_times[-100:])
        print(f"repeat {repeat}: ask + tell per trial over {trials} trials: Optuna {o_mean * 1e3:.2f} ms, Allot {a_mean * 1e3:.3f} ms ({o_mean / a_mean:.0f}×); "
              f"trials {trials - 99}-{trials}: Optuna {o_last * 1e3:.2f} ms, Allot {a_last * 1e3:.3f} ms ({o_last / a_last:.0f}×)")


def overhead_gp(trials=200, repeats=3):
    """Ask + tell per trial with Gaussian-process samplers: Optuna's GPSampler() next to allot's gp."""
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    function, bounds, _ = FUNCTIONS["hartmann6"]
    names = [f"x{i + 1}" for i in range(6)]
    space = [{"name": n, "type": "float", "low": 0.0, "high": 1.0} for n in names]
    for repeat in range(repeats):
        study = optuna.create_study(sampler=optuna.samplers.GPSampler(seed=repeat))
        distributions = {n: optuna.distributions.FloatDistribution(0.0, 1.0) for n in names}
        ours = allot.Study(space, direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                           sampler="gp", sampler_params={"seed": repeat})
        optuna_times = ask_tell_times(lambda: study.ask(distributions), study.tell, function, names, trials)
        allot_times = ask_tell_times(ours.ask, ours.tell, function, names, trials)
        o_mean, a_mean = statistics.mean(optuna_times), statistics.mean(allot_times)
        o_last, a_last = statistics.mean(optuna_times[-20:]), statistics.mean(allot_times[-20:])
        print(f"repeat {repeat}: GP ask + tell per trial over {trials} trials: Optuna {o_mean * 1e3:.1f} ms, Allot {a_mean * 1e3:.2f} ms ({o_mean / a_mean:.0f}×); "
              f"trials {trials - 19}-{trials}: Optuna {o_last * 1e3:.1f} ms, Allot {a_last * 1e3:.2f} ms ({o_last / a_last:.0f}×)")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "functions"
    if what == "functions" and len(sys.argv) > 2:   # e.g. `functions optuna-gp,allot-gp`: only these next to the reference
        functions(only=sys.argv[2].split(","))
    else:
        {"functions": functions, "held-out": held_out, "parallel": parallel, "digits": digits, "overhead": overhead, "overhead-gp": overhead_gp,
         "define-by-run": define_by_run}[what]()
