"""Hugging Face ``transformers.Trainer`` callbacks: rank allocation and study pruning with nothing
else to remember to call."""

import json
import math
import os

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
        self.trial = trial
        self.metric = metric
        self.use_epochs = use_epochs
        self.pruned = False

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        if not metrics or self.metric not in metrics:
            raise KeyError(f"the evaluation has no {self.metric!r} (it has {sorted(metrics or {})})")
        step = self.step_of(state)
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
