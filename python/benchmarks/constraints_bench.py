"""How much a constraint steers TPE: maximise x + y over the unit square subject to x + y <= 1, with the
constraint given to the study (constraints_func) and without it; prints, per seed, how many of the last
20 of 40 trials are feasible, and the best feasible value each study reports.

    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/venv/bin/python python/benchmarks/constraints_bench.py [seeds]
"""

import sys

import allot


def objective(trial):
    x, y = trial.suggest_float("x", 0, 1), trial.suggest_float("y", 0, 1)
    trial.set_user_attr("excess", x + y - 1)
    return x + y


def run(seed, constrained):
    study = allot.Study(direction="maximize", scheduler="random", scheduler_params={"trials": 40, "resource": 1}, sampler="tpe",
                        sampler_params={"seed": seed}, constraints_func=(lambda t: [t.user_attrs["excess"]]) if constrained else None)
    study.optimize(objective, n_trials=40)
    late = sum(t.params["x"] + t.params["y"] <= 1 for t in study.trials[20:])
    best = max((t.value for t in study.trials if t.params["x"] + t.params["y"] <= 1), default=None)
    return late, best


def main():
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    print("| seed | feasible of the last 20, with the constraint | without | best feasible x + y, with | without |")
    print("|---:|---:|---:|---:|---:|")
    for seed in range(seeds):
        (late, best), (free_late, free_best) = run(seed, True), run(seed, False)
        print(f"| {seed} | {late} | {free_late} | {best:.3f} | {free_best:.3f} |")


if __name__ == "__main__":
    main()
