"""How many trials PED-ANOVA importances need before they rank parameters right: a function of three
parameters whose effects are known (x strong, y weak, noise none), sampled at random and by TPE, for
several trial counts and 20 seeds each. Reports how often x comes first and how often the whole order
(x, y, noise) is right. Allot's importances are Optuna's by construction (the Swift test checks them on
fixed histories), so this is what either library's user gets.

    .build/venv/bin/python python/benchmarks/importance_bench.py
"""

import allot


def objective(trial):
    x = trial.suggest_float("x", -5, 5)
    y = trial.suggest_float("y", -5, 5)
    trial.suggest_float("noise", -5, 5)
    return (x - 1) ** 2 + 0.2 * (y + 2) ** 2


def main():
    seeds = 20
    print("| sampler | trials | x first | order x, y, noise |")
    print("|---|---|---|---|")
    for sampler in ("random", "tpe"):
        for trials in (20, 50, 100, 200):
            first = right = 0
            for seed in range(seeds):
                study = allot.Study(direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                                    sampler=sampler, sampler_params={"seed": seed})
                study.optimize(objective)
                order = list(study.param_importances())
                first += order[0] == "x"
                right += order == ["x", "y", "noise"]
            print(f"| {sampler} | {trials} | {first} of {seeds} | {right} of {seeds} |", flush=True)


if __name__ == "__main__":
    main()
