"""Several objectives: Allot's TPE (MOTPE's Pareto split) and random search against Optuna 5.0's
TPESampler and NSGAIISampler (its default for several objectives), and Allot's TPE with each parameter
drawn on its own (multivariate false, Optuna's default), on standard test problems, by the
hypervolume of the front each finds (fixed reference point per problem; larger is better), and the
per-trial overhead of ask + tell.

    .build/bench-venv/bin/python python/benchmarks/multi_objective_bench.py [trials] [seeds]
    .build/bench-venv/bin/python python/benchmarks/multi_objective_bench.py --overhead [trials]

Problems (minimised): ZDT1 and ZDT2 in 6 dimensions (Zitzler, Deb and Thiele 2000; two objectives,
convex and concave fronts) and DTLZ2 in 5 dimensions with three objectives (Deb et al. 2002). Needs
optuna==5.0.0 (for the comparison only; Allot does not depend on it) and ALLOT_LIBRARY pointing at a
release build's libAllotFFI.so.
"""

import math
import statistics
import sys
import time
import warnings

import allot


def zdt1(x):
    g = 1 + 9 * sum(x[1:]) / (len(x) - 1)
    return [x[0], g * (1 - math.sqrt(x[0] / g))]


def zdt2(x):
    g = 1 + 9 * sum(x[1:]) / (len(x) - 1)
    return [x[0], g * (1 - (x[0] / g) ** 2)]


def dtlz2(x, objectives=3):
    g = sum((v - 0.5) ** 2 for v in x[objectives - 1:])
    values = []
    for i in range(objectives):
        f = 1 + g
        for v in x[:objectives - 1 - i]:
            f *= math.cos(v * math.pi / 2)
        if i > 0:
            f *= math.sin(x[objectives - 1 - i] * math.pi / 2)
        values.append(f)
    return values


# name, function, dimension, reference point (beyond the worst value the fronts reach)
PROBLEMS = [("ZDT1", zdt1, 6, [1.1, 11.0]), ("ZDT2", zdt2, 6, [1.1, 11.0]), ("DTLZ2", dtlz2, 5, [2.5, 2.5, 2.5])]


def dominates(a, b):
    return all(x <= y for x, y in zip(a, b)) and any(x < y for x, y in zip(a, b))


def hypervolume(points, reference):
    """Exact, by slicing along the last objective (n^(d-1): fine for a few hundred points in 2-3 d)."""
    inside = [p for p in points if all(x < r for x, r in zip(p, reference))]
    front = [p for p in inside if not any(dominates(q, p) for q in inside)]
    if not front:
        return 0.0
    if len(reference) == 1:
        return reference[0] - min(p[0] for p in front)
    front.sort(key=lambda p: p[-1])
    volume = 0.0
    for k, p in enumerate(front):
        top = front[k + 1][-1] if k + 1 < len(front) else reference[-1]
        if top > p[-1]:
            volume += hypervolume([q[:-1] for q in front[:k + 1]], reference[:-1]) * (top - p[-1])
    return volume


def drive(study, tell, function, dimension, trials):
    """Runs `trials` trials of `function` through any ask/tell study (`tell(study, trial, values)`); returns
    the points found and the seconds each trial spent in ask, suggest and tell."""
    points, spent = [], []
    for _ in range(trials):
        start = time.perf_counter()
        trial = study.ask()
        x = [trial.suggest_float(f"x{i}", 0.0, 1.0) for i in range(dimension)]
        asked = time.perf_counter() - start
        values = function(x)
        start = time.perf_counter()
        tell(study, trial, values)
        spent.append(asked + time.perf_counter() - start)
        points.append(values)
    return points, spent


def allot_study(objectives, seed, sampler, **settings):
    return allot.Study(directions=["minimize"] * objectives, sampler=sampler, sampler_params={"seed": seed, **settings})


def optuna_study(objectives, seed, sampler):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    made = optuna.samplers.TPESampler(seed=seed) if sampler == "tpe" else optuna.samplers.NSGAIISampler(seed=seed)
    return optuna.create_study(directions=["minimize"] * objectives, sampler=made)


def tell_allot(study, trial, values):
    study.tell(trial, values=values)


def tell_optuna(study, trial, values):
    study.tell(trial, values)


def run_allot(function, dimension, objectives, trials, seed, sampler, **settings):
    points, spent = drive(allot_study(objectives, seed, sampler, **settings), tell_allot, function, dimension, trials)
    return points, sum(spent) / trials


def run_optuna(function, dimension, objectives, trials, seed, sampler):
    points, spent = drive(optuna_study(objectives, seed, sampler), tell_optuna, function, dimension, trials)
    return points, sum(spent) / trials


def interval(xs):
    mean = statistics.mean(xs)
    half = 2.262 * statistics.stdev(xs) / math.sqrt(len(xs)) if len(xs) > 1 else 0.0
    return mean, half


def ask_tell_overhead(trials):
    """ask + tell per trial over the last 100 of `trials`, Allot's TPE against Optuna's, on DTLZ2 with two
    and three objectives (the Pareto and hypervolume work grows with the history and its front)."""
    print(f"ask + tell per trial over trials {trials - 100}-{trials} (DTLZ2, 5 variables, seed 0)")
    print("| objectives | Allot tpe | Optuna TPESampler |")
    print("|---:|---:|---:|")
    for objectives in (2, 3):
        late = []
        for study, tell in ((allot_study(objectives, 0, "tpe"), tell_allot), (optuna_study(objectives, 0, "tpe"), tell_optuna)):
            _, spent = drive(study, tell, lambda x: dtlz2(x, objectives), 5, trials)
            late.append(sum(spent[-100:]) / 100)
        print(f"| {objectives} | {1000 * late[0]:.1f} ms | {1000 * late[1]:.1f} ms |", flush=True)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--overhead":
        ask_tell_overhead(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
        return
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    warnings.simplefilter("ignore")
    methods = [("Allot tpe", lambda *a: run_allot(*a, "tpe")), ("Allot tpe, multivariate false", lambda *a: run_allot(*a, "tpe", multivariate=False)),
               ("Allot random", lambda *a: run_allot(*a, "random")),
               ("Optuna TPESampler", lambda *a: run_optuna(*a, "tpe")), ("Optuna NSGAIISampler", lambda *a: run_optuna(*a, "nsga2"))]
    print(f"{trials} trials, {seeds} seeds: hypervolume of the front found (larger is better; median, mean ± 95% interval over seeds), "
          "and ask + tell per trial")
    print("| problem | method | median | mean | ask + tell |")
    print("|---|---|---:|---:|---:|")
    for name, function, dimension, reference in PROBLEMS:
        objectives = len(reference)
        for label, run in methods:
            volumes, overheads = [], []
            for seed in range(seeds):
                points, overhead = run(function, dimension, objectives, trials, seed)
                volumes.append(hypervolume(points, reference))
                overheads.append(overhead)
            mean, half = interval(volumes)
            print(f"| {name} | {label} | {statistics.median(volumes):.3f} | {mean:.3f} ± {half:.3f} | "
                  f"{1000 * statistics.median(overheads):.2f} ms |", flush=True)


if __name__ == "__main__":
    main()
