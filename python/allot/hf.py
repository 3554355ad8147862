"""Hugging Face ``transformers.Trainer`` integration: callbacks for rank allocation and study pruning
with nothing else to remember to call, and a whole study over a Trainer in one call
(:func:`hyperparameter_search`)."""

import dataclasses
import inspect
import json
import math
import os
import shutil
import uuid
import warnings

from transformers import TrainerCallback

from .errors import TrialPruned

STATE_FILE = "allot_ranks.json"
# Marks a checkpoint hyperparameter_search saved where the study paused a trial: {"format": "allot-pause",
# "version": 1, "study": the study's token, "trial": number, "resource": the resource reached}.
PAUSE_FILE = "allot_pause.json"
# The study attribute holding the token that ties a study to its pause checkpoints.
TOKEN_ATTRIBUTE = "allot.hf.pause_token"
# Schedulers whose pruned trials never come back, so a checkpoint at a pause would never be read.
_FINAL_PRUNING = ("median", "random")


def _write_json_atomically(path, value):
    temporary = path + ".tmp"
    with open(temporary, "w") as file:
        json.dump(value, file)
    os.replace(temporary, path)


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
            _write_json_atomically(os.path.join(folder, STATE_FILE), self.allocator.state_dict())

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
    trainer's caller then raises :class:`allot.TrialPruned` (``callback.pruned`` says so). With
    ``pause_token``, a trial the study paused (not failed) is saved right after that evaluation and the
    checkpoint marked as the pause (``PAUSE_FILE``, ``pause_checkpoint`` its folder), which is how
    :func:`hyperparameter_search` resumes promoted trials."""

    def __init__(self, trial, metric="eval_loss", use_epochs=True, pause_token=None):
        study = getattr(trial, "study", None) or getattr(getattr(trial, "trial", None), "study", None)
        if study is not None:
            _warn_if_maximizing_a_loss(metric, study.definition["direction"], stacklevel=3)
        self.trial = trial
        self.metric = metric
        self.use_epochs = use_epochs
        self.pause_token = pause_token  # marks a checkpoint saved at a pause (None: no checkpoint), see hyperparameter_search
        self.pruned = False
        self.metrics = None          # the last evaluation's
        self.pause_checkpoint = None  # the folder saved where the study paused the trial (pause_token)
        self._pausing = None

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if not metrics or self.metric not in metrics:
            raise KeyError(f"the evaluation has no {self.metric!r} (it has {sorted(metrics or {})})")
        step = self.step_of(state)
        self.metrics = dict(metrics)
        self.trial.report(metrics[self.metric], step)
        if self.trial.should_prune():
            self.pruned = True
            control.should_training_stop = True
            if self.pause_token is not None and getattr(self.trial, "_decision", "prune") == "prune":
                # Paused, not failed: the Trainer saves a checkpoint right after this evaluation, from
                # which a job that promotes the trial continues (see on_save).
                self._pausing = step
                control.should_save = True
        elif self.trial.finished:
            control.should_training_stop = True

    def on_save(self, args, state, control, **kwargs):
        if self._pausing is None:
            return
        folder = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
        _write_json_atomically(os.path.join(folder, PAUSE_FILE),
                               {"format": "allot-pause", "version": 1, "study": self.pause_token, "trial": self.trial.number,
                                "resource": self._pausing})
        self.pause_checkpoint = folder
        self._pausing = None

    def step_of(self, state):
        """The resource an evaluation reports at: epochs completed (an evaluation 0.75 epochs in has not
        reached 1; the small tolerance absorbs the float sum of per-step epoch fractions), or the step."""
        if self.use_epochs and state.epoch is not None:
            return math.floor(state.epoch + 1e-6)
        return state.global_step

    def raise_if_pruned(self):
        if self.pruned:
            raise TrialPruned()


def hyperparameter_search(trainer, study, metric="eval_loss", n_trials=None, timeout=None, use_epochs=True, catch=(),
                          hp_space=None, resume_promoted=True):
    """Runs ``study`` over ``trainer``, as ``Trainer.hyperparameter_search`` does with Optuna: each trial
    sets the ``TrainingArguments`` fields its parameters name (``learning_rate``, ``warmup_steps``, ...),
    builds a fresh model with the trainer's ``model_init`` (which may take the trial and read the other
    parameters, a LoRA rank say), trains with a :class:`PruningCallback` on ``metric`` and stops where the
    study says. ``hp_space(trial)``, as in Transformers, returns the fields to set from the trial's
    ``suggest_*`` calls (a study created without a space is then defined by them); without it the
    fields are the trial's parameters that ``TrainingArguments`` has. Every trial's schedule is the full run's (``num_train_epochs``, or ``max_steps`` when
    ``use_epochs`` is False, is set to the study's largest resource), so a trial stopped early is a prefix
    of its full run. Each trial trains in ``output_dir/run-<number>``. Where the study pauses a trial
    (ASHA, successive halving, Hyperband: a pruned trial may be promoted later), the Trainer saves a
    checkpoint there, and the job that promotes the trial continues from it, so promotion costs only the
    new epochs (``resume_promoted=False``: it trains again from the start). A trial's pause checkpoint is
    removed when a later job of it saves the next or completes it, and every one when the study finishes.
    Each trial keeps its last evaluation's metrics as the user attribute ``metrics``. Returns the study's
    best trial. A study with several objectives (``directions``) takes one metric per objective
    (``metric=["eval_loss", "eval_runtime"]``, as Trainer's search takes a ``compute_objective`` that
    returns several), and returns its Pareto front (``best_trials``)."""
    if trainer.model_init is None:
        raise ValueError("the Trainer needs model_init: every trial trains a fresh model (as for Trainer.hyperparameter_search)")
    metrics = [metric] if isinstance(metric, str) else list(metric)
    if len(metrics) != len(study.directions) or not all(isinstance(name, str) for name in metrics):
        raise ValueError(f"metric: one metric name per objective of the study ({len(study.directions)}: {', '.join(study.directions)}), "
                         f"not {metric!r}")
    for name, direction in zip(metrics, study.directions):
        _warn_if_maximizing_a_loss(name, direction, stacklevel=3)
    if str(getattr(trainer.args.eval_strategy, "value", trainer.args.eval_strategy)) == "no":
        raise ValueError("the Trainer never evaluates (eval_strategy='no'), so no trial has a value to report: "
                         "set eval_strategy='epoch' (or 'steps' with use_epochs=False)")
    scheduler = study.definition["scheduler"]["parameters"]
    largest = scheduler.get("maxResource", scheduler.get("resource"))
    pauses = resume_promoted and study.definition["scheduler"]["name"] not in _FINAL_PRUNING
    if pauses and trainer.args.save_only_model:
        raise ValueError("resume_promoted needs the optimizer and scheduler in each pause checkpoint, which save_only_model=True "
                         "leaves out: set save_only_model=False, or resume_promoted=False to train promoted trials from the start")
    if pauses and not isinstance(study.user_attrs.get(TOKEN_ATTRIBUTE), str):
        # Ties the pause checkpoints to this study: trial numbers restart in every study, and two studies
        # may share an output_dir. Kept in the study, so another process continuing it finds them.
        study.set_user_attr(TOKEN_ATTRIBUTE, uuid.uuid4().hex)
    base_output = trainer.args.output_dir
    original = {"output_dir": base_output}           # every argument a trial sets, restored when the search ends

    def apply(params, given):
        for name, value in params.items():
            if name in ("num_train_epochs", "max_steps") and given:
                raise ValueError(f"hp_space sets {name}, which is the study's resource (its largest resource, {largest}, is every "
                                 "trial's schedule): leave it out of hp_space and set the study's resources instead")
            if not hasattr(trainer.args, name):
                if given:
                    raise ValueError(f"hp_space returned {name!r}, which is not a TrainingArguments field; "
                                     "read a model's parameter in model_init(trial) with a suggest call")
                continue                                  # model_init's to read from trial.params
            original.setdefault(name, getattr(trainer.args, name))
            setattr(trainer.args, name, _as_argument(name, value, original[name], _declared_type(trainer.args, name)))
        if use_epochs:
            original.setdefault("num_train_epochs", trainer.args.num_train_epochs)
            original.setdefault("max_steps", trainer.args.max_steps)
            trainer.args.num_train_epochs, trainer.args.max_steps = largest, -1
        else:
            original.setdefault("max_steps", trainer.args.max_steps)
            trainer.args.max_steps = int(largest)

    model_init = trainer.model_init
    takes_trial = len(inspect.signature(model_init).parameters) == 1

    unused = set()                                # parameters already reported as changing nothing

    def objective(trial):
        apply(hp_space(trial) if hp_space is not None else trial.params, given=hp_space is not None)
        declared = set(trial.params)
        trial.params = _ReadParams(trial.params)
        run_dir = os.path.join(base_output, f"run-{trial.number}")
        trainer.args.output_dir = run_dir
        token = study.user_attrs.get(TOKEN_ATTRIBUTE) if pauses else None    # read again: the store holds the last one written
        resume = None
        if resume_promoted and trial.resume_from:
            resume = pause_checkpoint(run_dir, token, trial.number, trial.resume_from)
            if resume is None:
                warnings.warn(f"trial {trial.number} resumes at resource {trial.resume_from:g} but {run_dir} holds no checkpoint "
                              "saved there (written by another machine, or removed): it trains again from the start",
                              RuntimeWarning, stacklevel=2)
        with warnings.catch_warnings():          # said once, above, not once per trial
            warnings.simplefilter("ignore", RuntimeWarning)
            callback = PruningCallback(trial, metric=metrics[0], use_epochs=use_epochs, pause_token=token)
        trainer.add_callback(callback)
        # Trainer.train(trial=...) accepts Optuna's and Ray's trials only; the fresh model comes from
        # model_init, which train() calls without arguments when it takes none, and resume_from_checkpoint
        # then loads the paused weights, optimizer, schedule, random state and data position over it.
        trainer.model_init = (lambda: model_init(trial)) if takes_trial else model_init
        try:
            trainer.train(resume_from_checkpoint=resume)
        finally:
            trainer.remove_callback(callback)
            trainer.model_init = model_init
        remove_pause_checkpoints(run_dir, token, keep=callback.pause_checkpoint)
        if hp_space is None:
            ignored = {name for name in declared if not hasattr(trainer.args, name)} - trial.params.read - unused
            if ignored:
                unused.update(ignored)
                warnings.warn(f"the study's parameters {sorted(ignored)} are not TrainingArguments fields and model_init did not read "
                              "them (trial.params or a suggest call): they change nothing in training, so the study searches them "
                              "for nothing", RuntimeWarning, stacklevel=2)
        if callback.metrics:
            numbers = {key: float(value) for key, value in callback.metrics.items()
                       if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)}
            trial.set_user_attr("metrics", numbers)
        callback.raise_if_pruned()
        if not callback.metrics:
            return None
        missing = [name for name in metrics if name not in callback.metrics]
        if missing:
            raise KeyError(f"the evaluation has no {missing[0]!r} (it has {sorted(callback.metrics)})")
        return callback.metrics[metrics[0]] if len(metrics) == 1 else tuple(callback.metrics[name] for name in metrics)

    try:
        best = study.optimize(objective, n_trials=n_trials, timeout=timeout, catch=catch)
    finally:
        for name, value in original.items():
            setattr(trainer.args, name, value)
    if pauses and study.finished and os.path.isdir(base_output):     # no job will resume from them
        token = study.user_attrs.get(TOKEN_ATTRIBUTE)
        for entry in os.listdir(base_output):
            if entry.startswith("run-"):
                remove_pause_checkpoints(os.path.join(base_output, entry), token)
    return best


def pause_checkpoint(run_dir, study, trial, resource):
    """The checkpoint folder in ``run_dir`` that :func:`hyperparameter_search` saved where the study whose
    token is ``study`` paused ``trial`` at ``resource``, or None."""
    for folder in _pause_folders(run_dir):
        marker = _read_pause(folder)
        if marker is not None and (marker["study"], marker["trial"], marker["resource"]) == (study, trial, resource):
            return folder
    return None


def remove_pause_checkpoints(run_dir, study, keep=None):
    """Removes the pause checkpoints of the study whose token is ``study`` in ``run_dir`` but ``keep``;
    another study's, and checkpoints the Trainer's own save strategy wrote (no pause marker), stay."""
    for folder in _pause_folders(run_dir):
        marker = _read_pause(folder)
        if folder != keep and marker is not None and marker["study"] == study:
            shutil.rmtree(folder, ignore_errors=True)


def _pause_folders(run_dir):
    if not os.path.isdir(run_dir):
        return []
    return [os.path.join(run_dir, entry) for entry in sorted(os.listdir(run_dir))
            if entry.startswith("checkpoint-") and os.path.isfile(os.path.join(run_dir, entry, PAUSE_FILE))]


def _read_pause(folder):
    """A pause marker, or None when it is not one this version wrote (another program's file, a newer
    format): such a checkpoint is neither resumed from nor removed."""
    try:
        with open(os.path.join(folder, PAUSE_FILE)) as file:
            marker = json.load(file)
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("format") != "allot-pause" or marker.get("version") != 1 \
            or not {"study", "trial", "resource"} <= marker.keys():
        return None
    return marker


def _warn_if_maximizing_a_loss(metric, direction, stacklevel):
    """A study maximizes by default (Optuna's minimizes): one that maximizes a metric named as a loss is
    most likely that default, and would look for the worst model."""
    if "loss" in metric and direction == "maximize":
        warnings.warn(f"the study maximizes {metric!r}: create it with direction='minimize' to look for the lowest loss",
                      RuntimeWarning, stacklevel=stacklevel)


def _as_argument(name, value, current, declared=None):
    """``value`` in the type of the argument it replaces, as Trainer's own search does: a categorical
    choice arrives as a string ("16", "true"), and a TrainingArguments field of type int must stay one.
    The type is the field's declared one when it is bool, int or float (``warmup_steps`` is a float, a
    ratio below 1, whose default is the int 0), else the current value's."""
    kind = declared if declared in (bool, int, float) else type(current)
    if kind not in (bool, int, float):
        return value
    converted = None
    if kind is bool:
        if isinstance(value, bool):
            converted = value
        elif isinstance(value, str) and value.lower() in ("true", "false"):
            converted = value.lower() == "true"
    elif not isinstance(value, bool):
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = None
        if number is not None and (kind is float or (math.isfinite(number) and number == int(number))):
            converted = kind(number)
    if converted is None:
        raise ValueError(f"{name}: the trial's value {value!r} is not of type {kind.__name__}, the type of TrainingArguments.{name}")
    return converted


def _declared_type(arguments, name):
    """The type a TrainingArguments field is declared with (None if it is not a dataclass field)."""
    for field in dataclasses.fields(arguments):
        if field.name == name:
            return field.type if isinstance(field.type, type) else None
    return None


class _ReadParams(dict):
    """A trial's parameters that remember which were read (by ``model_init``), so a parameter that
    changes nothing in training is reported instead of silently searched."""

    def __init__(self, params):
        super().__init__(params)
        self.read = set()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def _all(self):
        self.read.update(super().keys())

    def keys(self):
        self._all()
        return super().keys()

    def items(self):
        self._all()
        return super().items()

    def values(self):
        self._all()
        return super().values()

    def __iter__(self):
        self._all()
        return super().__iter__()

    def copy(self):
        self._all()
        return dict(self)
