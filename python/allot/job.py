"""For a training script that ``allot tune`` runs: the job it was handed, and the lines it prints back.

``allot tune --space S --storage F -- python train.py`` starts ``train.py`` once per job with the job in
``ALLOT_*`` environment variables, and reads ``{"resource": r, "value": v}`` lines from its stdout
(docs/tuning.md has the protocol). This module is that protocol from Python, so a script does not
parse or print it by hand::

    import allot.job
    job = allot.job.current()
    model = build(job.params["width"])
    start = load(job.checkpoint) if job.resume_from else 0
    for epoch in range(int(start) + 1, int(job.resource) + 1):
        train_one_epoch(model, lr=job.params["learning_rate"])
        save(model, job.checkpoint)
        job.report(validate(model), epoch)
    job.set_user_attr("test_accuracy", test(model))
"""

import json
import math
import os
import sys

from .errors import AllotInputError
from .study import _json_value

__all__ = ["Job", "current"]


class Job:
    """One job of an ``allot tune`` study: train ``params`` to ``resource``, continuing from
    ``checkpoint`` when ``resume_from`` is set; ``repetition`` k > 0 asks for the k-th re-evaluation
    from scratch (pick your k-th seed or split)."""

    def __init__(self, trial, rung, repetition, resource, resume_from, checkpoint, params, out=None):
        self.trial, self.rung, self.repetition = trial, rung, repetition
        self.resource, self.resume_from, self.checkpoint = resource, resume_from, checkpoint
        self.params = params
        self._out = out

    @property
    def number(self):
        """The trial's number (``trial``), as :class:`allot.Trial` names it."""
        return self.trial

    def report(self, value, step):
        """Prints the value line for ``value`` at ``step`` (in the resource's unit): ``allot tune`` records
        it, and the last one is the trial's result. A value that is not a finite number fails the trial
        there, as ``allot tune`` does with such a line."""
        value, step = float(value), float(step)
        if not (math.isfinite(value) and math.isfinite(step)):
            raise AllotInputError(f"trial {self.trial}: report({value}, {step}): a value line needs finite numbers; "
                                  "exit non-zero to fail the trial", exit_class=2, path="value")
        self._print({"resource": int(step) if step.is_integer() else step, "value": value})

    def set_user_attr(self, key, value):
        """Prints an attributes line: the trial keeps ``value`` under ``key`` (as ``trial.set_user_attr``)."""
        if not isinstance(key, str) or not key:
            raise AllotInputError(f"an attribute's name is a non-empty string, got {key!r}", exit_class=2, path="key")
        self._print({"attributes": {key: _json_value(value)}})

    def _print(self, line):
        print(json.dumps(line, allow_nan=False), file=self._out or sys.stdout, flush=True)


def current(environ=None):
    """This process's job, from the ``ALLOT_*`` variables ``allot tune`` sets; a ``RuntimeError`` saying
    how to run the script when they are missing."""
    environ = os.environ if environ is None else environ
    if "ALLOT_CONFIGURATION" not in environ or "ALLOT_RESOURCE" not in environ:
        raise RuntimeError("no allot tune job here (ALLOT_CONFIGURATION is not set): run the script as "
                           "`allot tune --space SPACE --storage FILE -- python SCRIPT`")

    def number(name):
        text = environ.get(name, "")
        return None if text == "" else (int(text) if text.lstrip("-").isdigit() else float(text))

    return Job(trial=number("ALLOT_TRIAL"), rung=number("ALLOT_RUNG"), repetition=number("ALLOT_REPETITION") or 0,
               resource=number("ALLOT_RESOURCE"), resume_from=number("ALLOT_RESUME_FROM"),
               checkpoint=environ.get("ALLOT_CHECKPOINT"), params=json.loads(environ["ALLOT_CONFIGURATION"]))
