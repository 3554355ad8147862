"""Optuna's PyTorch example (examples/pytorch/pytorch_simple.py: a 1-3 layer MLP whose layer sizes and
dropouts are suggested per layer, an optimizer and a learning rate, 10 epochs reported one by one) on a
synthetic three-class task, run the way each library's user runs it: Optuna 5.0's defaults
(TPESampler, MedianPruner) against the same objective under allot.Study defined by its suggest calls
(TPE, ASHA from 1 to 10 epochs), 60 trials each, and Allot again with as many trials as it takes to
train as many epochs as Optuna did on that seed, under the median rule, and under ASHA with eta = 2
(half kept per rung), over seeds. A second argument picks rows: `20 optuna,allot-eta2`. Reports the best validation accuracy, the
test accuracy of the chosen configuration retrained once, the epochs trained in all and the wall time.

    python3 -m venv .build/bench-venv
    .build/bench-venv/bin/pip install optuna==5.0.0 torch==2.13.0 -e ./python
    OMP_NUM_THREADS=1 ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/optuna_port.py 20

Optuna is a benchmark-only dependency.
"""

import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

import allot

EPOCHS = 10
TRIALS = 60


def data():
    """A three-class task on 20 features: 768 training, 256 validation and 1,024 test rows."""
    g = torch.Generator().manual_seed(0)
    x = torch.randn(2048, 20, generator=g)
    y = (x[:, :3].sum(1) > 0).long() + (x[:, 3] * x[:, 4] > 0.5).long()
    return (x[:768], y[:768]), (x[768:1024], y[768:1024]), (x[1024:], y[1024:])


TRAIN, VALID, TEST = data()


def define_model(trial):
    n_layers = trial.suggest_int("n_layers", 1, 3)
    layers, in_features = [], 20
    for i in range(n_layers):
        out_features = trial.suggest_int(f"n_units_l{i}", 4, 128)
        layers += [nn.Linear(in_features, out_features), nn.ReLU(), nn.Dropout(trial.suggest_float(f"dropout_l{i}", 0.2, 0.5))]
        in_features = out_features
    layers += [nn.Linear(in_features, 3), nn.LogSoftmax(dim=1)]
    return nn.Sequential(*layers)


def train_epoch(model, optimizer):
    model.train()
    for i in range(0, len(TRAIN[0]), 64):
        optimizer.zero_grad()
        F.nll_loss(model(TRAIN[0][i:i + 64]), TRAIN[1][i:i + 64]).backward()
        optimizer.step()


def accuracy(model, split):
    model.eval()
    with torch.no_grad():
        return (model(split[0]).argmax(1) == split[1]).float().mean().item()


def make_objective(pruned_error, counter):
    def objective(trial):
        torch.manual_seed(trial.number)
        model = define_model(trial)
        optimizer_name = trial.suggest_categorical("optimizer", ["Adam", "RMSprop", "SGD"])
        lr = trial.suggest_float("lr", 1e-5, 1e-1, log=True)
        optimizer = getattr(optim, optimizer_name)(model.parameters(), lr=lr)
        for epoch in range(EPOCHS):
            train_epoch(model, optimizer)
            counter[0] += 1
            value = accuracy(model, VALID)
            trial.report(value, epoch + 1)
            if trial.should_prune():
                raise pruned_error()
        return value
    return objective


class Fixed:
    """A trial that replays a chosen configuration (to retrain it for its test accuracy)."""

    def __init__(self, params):
        self.params, self.number = params, 10_000

    def suggest_int(self, name, low, high):
        return int(self.params[name])

    def suggest_float(self, name, low, high, log=False):
        return float(self.params[name])

    def suggest_categorical(self, name, choices):
        return next(c for c in choices if str(c) == str(self.params[name]))


def test_accuracy(params):
    trial = Fixed(params)
    torch.manual_seed(0)
    model = define_model(trial)
    optimizer = getattr(optim, trial.suggest_categorical("optimizer", ["Adam", "RMSprop", "SGD"]))(model.parameters(), lr=trial.suggest_float("lr", 0, 0))
    for _ in range(EPOCHS):
        train_epoch(model, optimizer)
    return accuracy(model, TEST)


def run_optuna(seed):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    counter = [0]
    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed))
    study.optimize(make_objective(optuna.TrialPruned, counter), n_trials=TRIALS)
    return study.best_trial.value, study.best_trial.params, counter[0]


def run_allot(seed, epochs=None, scheduler="asha", eta=3):
    """60 trials; or, with ``epochs``, as many trials as it takes to train that many epochs."""
    counter = [0]
    parameters = {"maxResource": EPOCHS, "trials": TRIALS if epochs is None else 10_000}
    if scheduler == "asha":
        parameters.update(minResource=1, eta=eta)
    study = allot.Study(direction="maximize", sampler="tpe", sampler_params={"seed": seed}, scheduler=scheduler, scheduler_params=parameters)

    def enough(study, trial):
        if epochs is not None and counter[0] >= epochs:
            study.stop()

    study.optimize(make_objective(allot.TrialPruned, counter), callbacks=[enough])
    best = study.best_trial
    return best.value, best.params, counter[0]


def interval(values):
    mean = statistics.mean(values)
    t = {9: 2.262, 19: 2.093, 29: 2.045}.get(len(values) - 1, 1.96)      # Student's t, 97.5th percentile
    half = t * statistics.stdev(values) / math.sqrt(len(values))
    return f"{mean:.4f} ± {half:.4f} (median {statistics.median(values):.4f})"


ROWS = ["optuna", "allot", "allot-equal-epochs", "allot-median", "allot-eta2"]


def main(seeds=10, names=ROWS):
    torch.set_num_threads(1)
    rows = {name: [] for name in ["optuna"] + [n for n in names if n != "optuna"]}
    for seed in range(seeds):
        for name in rows:
            began = time.perf_counter()
            if name == "optuna":
                value, params, epochs = run_optuna(seed)
            elif name == "allot-median":
                value, params, epochs = run_allot(seed, scheduler="median")
            elif name == "allot-eta2":
                value, params, epochs = run_allot(seed, eta=2)
            else:
                value, params, epochs = run_allot(seed, rows["optuna"][-1][2] if name == "allot-equal-epochs" else None)
            seconds = time.perf_counter() - began
            rows[name].append((value, test_accuracy(params), epochs, seconds))
            print(f"seed {seed} {name}: best validation {value:.4f}, test {rows[name][-1][1]:.4f}, {epochs} epochs, {seconds:.1f} s", flush=True)
    print(f"\n{seeds} seeds, {TRIALS} trials each; mean ± 95% t-interval")
    for name in rows:
        columns = list(zip(*rows[name]))
        print(f"{name:18s} best validation {interval(columns[0])}; test of the chosen configuration {interval(columns[1])}; "
              f"epochs {interval(columns[2])}; seconds {interval(columns[3])}")
    for name in [n for n in rows if n != "optuna"]:
        difference = [a[1] - o[1] for a, o in zip(rows[name], rows["optuna"])]
        ahead = sum(1 for d in difference if d > 0)
        epochs = [a[2] / o[2] for a, o in zip(rows[name], rows["optuna"])]
        print(f"{name}: test accuracy - Optuna's, paired: {interval(difference)}, ahead in {ahead}/{len(difference)} seeds; "
              f"epochs / Optuna's: {interval(epochs)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10, sys.argv[2].split(",") if len(sys.argv) > 2 else ROWS)
