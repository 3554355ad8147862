"""Writes Tests/Fixtures/optuna-importance/importances.json: Optuna 5.0's PED-ANOVA importances (the
default evaluator of optuna.importance.get_param_importances, not normalised) for fixed study histories,
so a Swift test can check that Allot's `ParameterImportance` computes the same numbers (docs/tuning.md,
"Which parameters mattered").

Run with Optuna installed (the benchmark venv of docs/tuning.md):
    .build/bench-venv/bin/python python/benchmarks/optuna_importance_fixture.py

Each case is a study Optuna's RandomSampler ran on a test function over a space with every kind of
parameter Allot has (a float, a log-scaled float, a stepped float, an integer, a log-scaled integer, a
categorical, and a parameter only some trials have), in both directions, with the evaluator's settings
varied (target and region quantiles, local or global).
"""

import json
import math
from pathlib import Path

import optuna
from optuna.importance import PedAnovaImportanceEvaluator

optuna.logging.set_verbosity(optuna.logging.WARNING)

SPACE = [{"name": "x", "type": "float", "low": -5.0, "high": 5.0},
         {"name": "lr", "type": "float", "low": 1e-4, "high": 1.0, "log": True},
         {"name": "dropout", "type": "float", "low": 0.0, "high": 0.5, "step": 0.05},
         {"name": "layers", "type": "int", "low": 1, "high": 8},
         {"name": "width", "type": "int", "low": 4, "high": 512, "log": True},
         {"name": "optimizer", "type": "categorical", "choices": ["sgd", "adam", "rmsprop"]},
         {"name": "momentum", "type": "float", "low": 0.0, "high": 0.99},
         {"name": "unused", "type": "float", "low": 0.0, "high": 1.0}]


def objective(trial):
    x = trial.suggest_float("x", -5.0, 5.0)
    lr = trial.suggest_float("lr", 1e-4, 1.0, log=True)
    dropout = trial.suggest_float("dropout", 0.0, 0.5, step=0.05)
    layers = trial.suggest_int("layers", 1, 8)
    width = trial.suggest_int("width", 4, 512, log=True)
    optimizer = trial.suggest_categorical("optimizer", ["sgd", "adam", "rmsprop"])
    value = (x - 1.0) ** 2 + 4 * (math.log10(lr) + 2.5) ** 2 + 3 * dropout + 0.2 * abs(layers - 3) + 0.01 * math.log2(width)
    value += {"sgd": 2.0, "adam": 0.0, "rmsprop": 0.5}[optimizer]
    if optimizer == "sgd":
        value += 3 * (trial.suggest_float("momentum", 0.0, 0.99) - 0.9) ** 2
    trial.suggest_float("unused", 0.0, 1.0)
    return value


def main():
    cases = []
    for seed, trials, direction in [(0, 40, "minimize"), (1, 120, "minimize"), (2, 60, "maximize"), (3, 8, "minimize")]:
        study = optuna.create_study(direction=direction, sampler=optuna.samplers.RandomSampler(seed=seed))
        study.optimize(objective if direction == "minimize" else (lambda t: -objective(t)), n_trials=trials)
        history = [{"configuration": t.params, "value": t.value} for t in study.trials]
        for target, region, local in [(0.1, 1.0, True), (0.25, 0.5, True), (0.1, 1.0, False), (0.3, 0.9, True)]:
            evaluator = PedAnovaImportanceEvaluator(target_quantile=target, region_quantile=region, evaluate_on_local=local)
            importances = evaluator.evaluate(study)
            cases.append({"seed": seed, "direction": direction, "targetQuantile": target, "regionQuantile": region, "local": local,
                          "trials": history, "importances": dict(sorted(importances.items()))})
    out = Path(__file__).resolve().parents[2] / "Tests/Fixtures/optuna-importance/importances.json"
    out.write_text(json.dumps({"source": "optuna " + optuna.__version__ + " PedAnovaImportanceEvaluator.evaluate",
                               "space": {"parameters": SPACE}, "cases": cases}) + "\n")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
