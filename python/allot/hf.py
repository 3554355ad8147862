"""Hugging Face ``transformers.Trainer`` integration: callbacks for rank allocation and study pruning
with nothing else to remember to call, and a whole study over a Trainer in one call
(:func:`hyperparameter_search`)."""

import inspect
import json
import math
import os
import warnings

from transformers import TrainerCallback

from .errors import TrialPruned

STATE_FILE = "allot_ranks.json"


class RankCallback(TrainerCallback):
    """Runs an :class:`allot.peft.RankAllocator` inside ``Trainer``: sensitivities before each optimizer
    step (where the gradients are), the pattern held and reallocated after it, and the allocator saved in
    every checkpoint folder and restored when training resumes from one."""

    def __init__(self, allocator):
        self.allocator = allocator

    def on_pre_optimizer_step(self, args, state, control, **kwargs):
        self.allocator.accumulate(state.global_step)

    def on_optimizer_step(self, args, state, control, optimizer=None, **kwargs):
        self.allocator.step(state.global_step, optimizer=optimizer)

    def on_save(self, args, state, control, **kwargs):
        folder = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
        if os.path.isdir(folder):
            temporary = os.path.join(folder, STATE_FILE + ".tmp")
            with open(temporary, "w") as file:
                json.dump(self.allocator.state_dict(), file)
            os.replace(temporary, os.path.join(folder, STATE_FILE))

    def on_train_begin(self, args, state, control, **kwargs):
        if state.global_step > 0:
            path = os.path.join(args.output_dir, f"checkpoint-{state.global_step}", STATE_FILE)
            if not os.path.exists(path):
                raise FileNotFoundError(f"resuming at step {state.global_step} but {path} is missing: "
                                        "the checkpoint was not written with RankCallback")
            with open(path) as file:
                self.allocator.load_state_dict(json.load(file))


class PruningCallback(TrainerCallback):
    """Reports ``metric`` of every evaluation to an :class:`allot.Trial` (the step is the epoch when
    ``use_epochs``, else the global step) and stops training when the study prunes the trial; the
    trainer's caller then raises :class:`allot.TrialPruned` (``callback.pruned`` says so)."""

    def __init__(self, trial, metric="eval_loss", use_epochs=True):
        study = getattr(trial, "study", None) or getattr(getattr(trial, "trial", None), "study", None)
        if study is not None:
            _warn_if_maximizing_a_loss(metric, study, stacklevel=3)
        self.trial = trial
        self.metric = metric
        self.use_epochs = use_epochs
        self.pruned = False
        self.metrics = None          # the last evaluation's

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if not metrics or self.metric not in metrics:
            raise KeyError(f"the evaluation has no {self.metric!r} (it has {sorted(metrics or {})})")
        step = self.step_of(state)
        self.metrics = dict(metrics)
        self.trial.report(metrics[self.metric], step)
        if self.trial.should_prune():
            self.pruned = True
            control.should_training_stop = True
        elif self.trial.finished:
            control.should_training_stop = True

    def step_of(self, state):
        """The resource an evaluation reports at: epochs completed (an evaluation 0.75 epochs in has not
        reached 1; the small tolerance absorbs the float sum of per-step epoch fractions), or the step."""
        if self.use_epochs and state.epoch is not None:
            return math.floor(state.epoch + 1e-6)
        return state.global_step

    def raise_if_pruned(self):
        if self.pruned:
            raise TrialPruned()


def hyperparameter_search(trainer, study, metric="eval_loss", n_trials=None, timeout=None, use_epochs=True, catch=()):
    """Runs ``study`` over ``trainer``, as ``Trainer.hyperparameter_search`` does with Optuna: each trial
    sets the ``TrainingArguments`` fields its parameters name (``learning_rate``, ``warmup_ratio``, ...),
    builds a fresh model with the trainer's ``model_init`` (which may take the trial and read the other
    parameters, a LoRA rank say), trains with a :class:`PruningCallback` on ``metric`` and stops where the
    study says. Every trial's schedule is the full run's (``num_train_epochs``, or ``max_steps`` when
    ``use_epochs`` is False, is set to the study's largest resource), so a trial stopped early is a prefix
    of its full run. A trial the study promotes after pruning it trains again from the start. Each trial
    keeps its last evaluation's metrics as the user attribute ``metrics``. Returns the study's best trial."""
    if trainer.model_init is None:
        raise ValueError("the Trainer needs model_init: every trial trains a fresh model (as for Trainer.hyperparameter_search)")
    _warn_if_maximizing_a_loss(metric, study, stacklevel=3)
    if str(getattr(trainer.args.eval_strategy, "value", trainer.args.eval_strategy)) == "no":
        raise ValueError("the Trainer never evaluates (eval_strategy='no'), so no trial has a value to report: "
                         "set eval_strategy='epoch' (or 'steps' with use_epochs=False)")
    scheduler = study.definition["scheduler"]["parameters"]
    largest = scheduler.get("maxResource", scheduler.get("resource"))
    original = {}

    def apply(params):
        for name, value in params.items():
            if not hasattr(trainer.args, name):
                continue                                  # model_init's to read from trial.params
            original.setdefault(name, getattr(trainer.args, name))
            setattr(trainer.args, name, _as_argument(name, value, original[name]))
        if use_epochs:
            original.setdefault("num_train_epochs", trainer.args.num_train_epochs)
            original.setdefault("max_steps", trainer.args.max_steps)
            trainer.args.num_train_epochs, trainer.args.max_steps = largest, -1
        else:
            original.setdefault("max_steps", trainer.args.max_steps)
            trainer.args.max_steps = int(largest)

    model_init = trainer.model_init
    takes_trial = len(inspect.signature(model_init).parameters) == 1

    def objective(trial):
        apply(trial.params)
        with warnings.catch_warnings():          # said once, above, not once per trial
            warnings.simplefilter("ignore", RuntimeWarning)
            callback = PruningCallback(trial, metric=metric, use_epochs=use_epochs)
        trainer.add_callback(callback)
        # Trainer.train(trial=...) accepts Optuna's and Ray's trials only; the fresh model comes from
        # model_init, which train() calls without arguments when it takes none.
        trainer.model_init = (lambda: model_init(trial)) if takes_trial else model_init
        try:
            trainer.train()
        finally:
            trainer.remove_callback(callback)
            trainer.model_init = model_init
        if callback.metrics:
            numbers = {key: float(value) for key, value in callback.metrics.items()
                       if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)}
            trial.set_user_attr("metrics", numbers)
        callback.raise_if_pruned()
        return callback.metrics[metric] if callback.metrics else None

    try:
        return study.optimize(objective, n_trials=n_trials, timeout=timeout, catch=catch)
    finally:
        for name, value in original.items():
            setattr(trainer.args, name, value)


def _warn_if_maximizing_a_loss(metric, study, stacklevel):
    """A study maximizes by default (Optuna's minimizes): one that maximizes a metric named as a loss is
    most likely that default, and would look for the worst model."""
    if "loss" in metric and study.definition["direction"] == "maximize":
        warnings.warn(f"the study maximizes {metric!r}: create it with direction='minimize' to look for the lowest loss",
                      RuntimeWarning, stacklevel=stacklevel)


def _as_argument(name, value, current):
    """``value`` in the type of the argument it replaces, as Trainer's own search does: a categorical
    choice arrives as a string ("16", "true"), and a TrainingArguments field of type int must stay one."""
    if not isinstance(current, (bool, int, float)):
        return value
    converted = None
    if isinstance(current, bool):
        if isinstance(value, bool):
            converted = value
        elif isinstance(value, str) and value.lower() in ("true", "false"):
            converted = value.lower() == "true"
    elif not isinstance(value, bool):
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = None
        if number is not None and (isinstance(current, float) or (math.isfinite(number) and number == int(number))):
            converted = type(current)(number)
    if converted is None:
        raise ValueError(f"{name}: the trial's value {value!r} is not of type {type(current).__name__}, the type of TrainingArguments.{name}")
    return converted
