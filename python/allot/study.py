"""Hyperparameter studies inside your own training loop: ask, report, should_prune, tell."""

import gc
import json
import math
import os
import sys
import threading
import time
import warnings
from pathlib import Path

from ._client import Handle, _plain, client as default_client, request
from .errors import AllotInputError, TrialPruned


def _space(space):
    """A search space: a dict ``{"parameters": [...]}``, a list of parameters, or a path to a JSON file."""
    if isinstance(space, (str, Path)):
        return json.loads(Path(space).read_text())
    if isinstance(space, list):
        return {"parameters": space}
    return space


class _Progress:
    """``optimize(show_progress_bar=True)``: tqdm's bar when it is installed, else a line per job on stderr."""

    def __init__(self, total):
        try:
            from tqdm.auto import tqdm
        except ImportError:
            tqdm = None
        self.bar = tqdm(total=total, unit="job") if tqdm is not None else None
        self.total, self.done = total, 0
        self.lock = threading.Lock()

    def __call__(self, study, trial):
        with self.lock:
            self.done += 1
            best = study.best_value
            text = "best value " + ("none yet" if best is None else f"{best:.6g}")
            if self.bar is not None:
                self.bar.set_postfix_str(text, refresh=False)
                self.bar.update(1)
            else:
                print(f"job {self.done}{'' if self.total is None else f'/{self.total}'}: trial {trial.number}, {text}",
                      file=sys.stderr, flush=True)

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _json_value(value, path="value"):
    """A user attribute as plain JSON: tensors and numpy values become numbers or lists (as the client
    sends them), and a NaN or infinity anywhere in it is an error naming where (JSON has neither)."""
    if value is not None and not isinstance(value, (str, int, float, list, tuple, dict)):
        value = _plain(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise AllotInputError(f"{path}: an attribute's value must be finite, got {value}", exit_class=2, path=path)
    if isinstance(value, (list, tuple)):
        return [_json_value(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _json_value(item, f"{path}.{key}") for key, item in value.items()}
    return value


#: The study attribute that holds the objectives' names (:meth:`Study.set_metric_names`).
METRIC_NAMES_ATTRIBUTE = "allot.metric_names"


class TrialState:
    """Optuna's ``TrialState`` names for Allot's trial states, so ``get_trials(states=[TrialState.PRUNED])``
    ported from Optuna reads the same. ``PRUNED`` is Allot's ``"paused"``: a trial a scheduler stopped,
    or (asked for by workers rather than trained in your loop) one waiting for a promotion."""
    COMPLETE = "completed"
    PRUNED = "paused"
    FAIL = "failed"
    RUNNING = "running"


class TrialRecord(dict):
    """A trial as ``study.trials`` and ``best_trial`` list it: the study's JSON record (``["id"]``,
    ``["configuration"]``, ``["value"]``, ``["resource"]``, ``["state"]``, ``["attributes"]``), and the
    attributes of Optuna's ``FrozenTrial`` over it, so code written for Optuna reads it unchanged:
    ``number``, ``params``, ``value``, ``state`` (``"completed"``, ``"paused"`` — pruned, or waiting for a
    promotion —, ``"running"``, ``"failed"``), ``user_attrs``, and ``resource``, the largest reached."""

    @property
    def number(self):
        return self["id"]

    @property
    def params(self):
        return self["configuration"]

    @property
    def value(self):
        return self.get("value")

    @property
    def values(self):
        """Every objective's value (``[value]`` with one objective), or None without a result."""
        if "values" in self:
            return self["values"]
        return None if self.get("value") is None else [self["value"]]

    @property
    def state(self):
        return self["state"]

    @property
    def constraints(self):
        """The constraint values told with the trial (each <= 0 when satisfied), or None."""
        return self.get("constraints")

    @property
    def feasible(self):
        """Whether the trial satisfies every constraint it was told with (True without any)."""
        return all(value <= 0 for value in self.get("constraints") or [])

    @property
    def user_attrs(self):
        return self.get("attributes", {})

    @property
    def resource(self):
        return self.get("resource")


def _definition_of(name, distribution):
    """A parameter definition (``{"name", "type", ...}``) from an Allot definition dict or an Optuna
    distribution (``FloatDistribution``, ``IntDistribution``, ``CategoricalDistribution``, read by their
    attributes, so Optuna need not be installed here)."""
    if isinstance(distribution, dict):
        definition = {**distribution, "name": name}
        if definition.get("type") == "categorical" and isinstance(definition.get("choices"), (list, tuple)):
            definition["choices"] = [str(choice) for choice in definition["choices"]]    # as suggest_categorical states them
        return definition
    kind = type(distribution).__name__
    if kind in ("FloatDistribution", "UniformDistribution", "LogUniformDistribution", "DiscreteUniformDistribution"):
        definition = {"name": name, "type": "float", "low": float(distribution.low), "high": float(distribution.high),
                      "log": bool(getattr(distribution, "log", kind == "LogUniformDistribution"))}
        step = getattr(distribution, "step", getattr(distribution, "q", None))
        if step is not None:
            definition["step"] = float(step)
        return definition
    if kind in ("IntDistribution", "IntUniformDistribution", "IntLogUniformDistribution"):
        return {"name": name, "type": "int", "low": int(distribution.low), "high": int(distribution.high),
                "step": int(getattr(distribution, "step", 1) or 1), "log": bool(getattr(distribution, "log", kind == "IntLogUniformDistribution"))}
    if kind == "CategoricalDistribution":
        return {"name": name, "type": "categorical", "choices": [str(choice) for choice in distribution.choices]}
    raise TypeError(f"distributions[{name!r}]: a parameter definition dict or an Optuna distribution, not {kind}")


def create_trial(*, state=None, value=None, values=None, params=None, distributions=None, user_attrs=None, system_attrs=None,
                 intermediate_values=None):
    """A finished trial to :meth:`Study.add_trial`, as Optuna's ``optuna.trial.create_trial``: ``params``
    and the ``value`` it reached (``state`` ``TrialState.COMPLETE``, the default) or none
    (``TrialState.FAIL``), or for a study with several objectives their ``values``, ``user_attrs`` to
    keep with it, and ``distributions`` (``{name: definition}``: an Allot parameter dict or an Optuna
    distribution), which a study its objective defines needs. ``intermediate_values`` are refused: an
    added trial is one evaluation."""
    state = state or TrialState.COMPLETE
    if state not in (TrialState.COMPLETE, TrialState.FAIL):
        raise ValueError(f"state: {TrialState.COMPLETE!r} or {TrialState.FAIL!r}; a pruned or running trial has no final value to add")
    if value is not None and values is not None:
        raise ValueError("value and values: give value (one objective) or values (one per objective), not both")
    if intermediate_values:
        raise ValueError("intermediate_values: an added trial is one evaluation at the study's resource; leave them out")
    if state == TrialState.COMPLETE and value is None and values is None:
        raise ValueError("value: a completed trial needs the value it reached (values: one per objective)")
    record = TrialRecord({"id": None, "configuration": dict(params or {}), "value": value if state == TrialState.COMPLETE else None,
                          "state": state, "attributes": dict(user_attrs or {}), "resource": None})
    if values is not None and state == TrialState.COMPLETE:
        record["values"] = [float(v) for v in values]
        record["value"] = record["values"][0] if record["values"] else None
    if (system_attrs or {}).get("constraints") is not None:           # where Optuna's samplers keep them
        record["constraints"] = [float(v) for v in system_attrs["constraints"]]
    record.distributions = {name: _definition_of(name, distribution) for name, distribution in (distributions or {}).items()}
    return record


def _key(job):
    """The fields that name a job to the study: its trial, rung, bracket, and repetition when it has one."""
    key = {"trial": job["trial"], "rung": job["rung"], "bracket": job["bracket"]}
    if job.get("repetition", 0):
        key["repetition"] = job["repetition"]
    return key


def _described(definition):
    """A space parameter as a suggest call would state it."""
    if definition["type"] == "categorical":
        return f"categorical with choices {definition['choices']}"
    text = f"{definition['type']} in [{definition['low']}, {definition['high']}]"
    if definition.get("step", 1) != 1:
        text += f", step {definition['step']}"
    return text + (", log-scaled" if definition.get("log") else "")


def _parameter(parameters, name, call):
    """The space's definition of parameter ``name`` (for the ``suggest_*`` calls)."""
    named = {p["name"]: p for p in parameters}
    if name not in named:
        raise AllotInputError(f"{call}: the study's space has no parameter {name!r} (it has {sorted(named)}); "
                              "a study created with its space samples that space only (create it without one to let the objective's "
                              "suggest calls define it)", exit_class=2, path=name)
    return named[name]


def _component(value, parameters):
    if value is None:
        return None
    if parameters:
        return {"name": value, "parameters": parameters}
    return value


class TrialView:
    """What an objective sees of a trial, shared by :class:`Trial` and
    ``allot.distributed.DistributedTrial``: the job (``number``, ``params``, ``resource``, ...), the
    study's last decision, and Optuna's ``suggest_*`` calls checked against the study's space. A subclass
    sets ``_job`` and ``_decision`` and provides ``_definition(name, call)``, a parameter's definition."""

    def __init__(self, job):
        self._job = job
        self.number = job["trial"]
        self.params = job["configuration"]
        self.user_attrs = {}
        self._decision = "continue"
        self._used_resource = False      # read resource or resume_from, or reported: the objective trains by the resource
        self._last_step = None           # the step of the last report

    @property
    def resource(self):
        """The resource this trial may train to now."""
        self._used_resource = True
        return self._job["resource"]

    @property
    def repetition(self):
        """0 for the trial's first training to ``resource``; k > 0 for its k-th re-evaluation there."""
        return self._job.get("repetition", 0)

    @property
    def resume_from(self):
        """The resource an earlier job of this trial reached (None on a fresh start)."""
        self._used_resource = True
        return self._job["resumeFrom"]

    def should_prune(self):
        """Whether the study stopped this trial at its last report (it did not make its rung's cut, or
        the value was not finite and the trial failed)."""
        return self._decision in ("prune", "failed")

    @property
    def finished(self):
        """Whether the study has this trial's outcome: it reached the largest resource, was pruned, or failed."""
        return self._decision in ("prune", "complete", "failed")

    def suggest_float(self, name, low, high, *, step=None, log=False):
        """The trial's value of float parameter ``name`` in [``low``, ``high``], log-scaled when ``log``,
        on the grid low, low + step, ..., high when ``step`` is given (as in Optuna). In a study created
        with its space the call is checked against the space, so a range that differs is an error
        rather than a silently different search; in one its objective defines, the first call defines it."""
        return self._suggested(name, "float", f"suggest_float({name!r}, {low!r}, {high!r}{'' if step is None else f', step={step!r}'}, log={log!r})",
                               low=float(low), high=float(high), log=bool(log), step=None if step is None else float(step))

    def suggest_int(self, name, low, high, *, step=1, log=False):
        """``params[name]``, after checking that the space defines ``name`` as these integers (see
        :meth:`suggest_float`)."""
        return self._suggested(name, "int", f"suggest_int({name!r}, {low!r}, {high!r}, step={step!r}, log={log!r})",
                               low=int(low), high=int(high), step=int(step), log=bool(log))

    def suggest_categorical(self, name, choices):
        """The element of ``choices`` this trial takes, after checking that the space's choices for ``name``
        are these, written as strings (``[16, 32]`` matches ``["16", "32"]``; the space's choices are
        strings, and the element of ``choices`` itself is returned)."""
        choices = list(choices)
        value = self._suggested(name, "categorical", f"suggest_categorical({name!r}, {choices!r})",
                                choices=[str(choice) for choice in choices])
        return choices[[str(choice) for choice in choices].index(value)]

    def suggest_uniform(self, name, low, high):
        """Optuna's older spelling of ``suggest_float(name, low, high)``."""
        return self.suggest_float(name, low, high)

    def suggest_loguniform(self, name, low, high):
        """Optuna's older spelling of ``suggest_float(name, low, high, log=True)``."""
        return self.suggest_float(name, low, high, log=True)

    def suggest_discrete_uniform(self, name, low, high, q):
        """Optuna's older spelling of ``suggest_float(name, low, high, step=q)``."""
        return self.suggest_float(name, low, high, step=q)

    def _suggested(self, name, kind, call, **expected):
        if self._defined_by_run():
            # The study learns the parameter from this call (or checks it against the first one) and
            # draws the trial's value if the trial does not have one yet.
            value = self._ask_study(name, {"name": name, "type": kind, **{k: v for k, v in expected.items() if v is not None}})
            self.params[name] = value
            return value
        definition = self._definition(name, call)
        defaults = {"log": False, "step": 1 if kind == "int" else None}

        def same(key, value):
            actual = definition.get(key, defaults.get(key))
            if isinstance(value, float) and isinstance(actual, (int, float)):
                return math.isclose(actual, value, rel_tol=1e-12)
            return actual == value

        same = definition["type"] == kind and all(same(key, value) for key, value in expected.items())
        if not same:
            self._mismatch(name, call, f"the study's space defines {name!r} as {_described(definition)}")
        if name not in self.params:
            parent = definition["condition"]["parent"]
            self._mismatch(name, call, f"{name!r} is not part of this trial: it exists only when {parent!r} is one of "
                                       f"{definition['condition']['values']}, and here {parent!r} is {self.params.get(parent)!r}")
        return self.params[name]

    def _mismatch(self, name, call, why):
        raise AllotInputError(f"trial {self.number}: {call}: {why}", exit_class=2, path=name)


class Trial(TrialView):
    """One job of a study: a configuration to train up to ``resource`` (epochs, steps, ...).

    Report values as you train with :meth:`report`; at the job's resource the study decides: go on to a
    larger resource (``should_prune()`` is False and ``resource`` grows) or stop (``should_prune()`` is
    True: raise :class:`allot.TrialPruned`). A trial the scheduler later promotes comes back from
    ``ask()`` with ``resume_from`` set: continue from your checkpoint at that resource if you have one.
    A trial with ``repetition`` k > 0 is a re-evaluation (``cost-aware-halving`` asks for them at the
    largest resource): train the same configuration again from scratch on another seed or validation
    split, chosen by k; the trial's value becomes the mean of its evaluations.
    """

    def __init__(self, study, job):
        super().__init__(job)
        self.study = study

    def _definition(self, name, call):
        return _parameter(self.study.definition["space"]["parameters"], name, call)

    def _defined_by_run(self):
        return not self.study.definition["space"]["parameters"]

    def _ask_study(self, name, parameter):
        return self.study._call("suggest", trial=self.number, parameter=parameter)["value"]

    def set_user_attr(self, key, value):
        """Records ``value`` under ``key`` on this trial, in the study's journal, as Optuna's
        ``set_user_attr``: a metric the study does not optimise (test accuracy, wall time), a note, a
        checkpoint's path. Anything JSON holds but None, up to 64 KiB; a torch or numpy scalar is stored
        as its number; a later value of the same key replaces it. ``user_attrs`` and each entry of
        ``study.trials`` (under ``"attributes"``) show them; any state of the trial will do."""
        value = _json_value(value)
        self.study._call("set_attribute", trial=self.number, key=key, value=value)
        self.user_attrs[key] = value

    def report(self, value, step):
        """Records ``value`` at ``step`` (same unit as the resource); returns the study's decision.

        A value that is NaN or infinite (a run that diverged) fails the trial, with a warning:
        ``should_prune()`` is then True, so the loop stops as for a pruned trial, and the study goes on
        without it (Optuna's pruners prune on NaN the same way). Returns ``"failed"``."""
        value = float(value)
        self._used_resource = True
        self._last_step = step
        if not math.isfinite(value):
            warnings.warn(f"trial {self.number}: reported {value} at step {step}; the trial is recorded as failed",
                          RuntimeWarning, stacklevel=2)
            self.study.tell(self, failed=True)
            self._decision = "failed"
            return self._decision
        answer = self.study._call("report", **_key(self._job), resource=float(step), value=value)
        self._decision = answer["decision"]
        if "job" in answer:
            self._job = answer["job"]
        return self._decision



class Study(Handle):
    """A study over ``space`` with a scheduler (``asha`` by default, ``hyperband``, ``successive-halving``, ``random``) and a
    sampler (``random``, ``sobol``, ``tpe``, ``bohb`` or ``gp``), in memory or in the storage ``storage`` (an SQLite
    file or a PostgreSQL URL) that ``allot study`` and ``allot tune`` read too.

    Without ``space`` the objective's ``suggest_*`` calls define it, as in Optuna (define-by-run; the
    ``random`` and ``tpe`` samplers). With ``storage`` and no ``space``, the study ``name`` is opened if
    it exists and created so otherwise.

    ``directions`` (``["maximize", "minimize"]``, one per objective) makes a study with several
    objectives, as Optuna's: the objective returns one value per objective, :attr:`best_trials` is the
    Pareto front, each trial is trained once (scheduler ``random``, the default then) and the sampler is
    ``random``, ``sobol`` or ``tpe`` (which splits trials by Pareto rank, as Optuna's MOTPE).

    >>> study = Study([{"name": "lr", "type": "float", "low": 1e-4, "high": 1e-1, "log": True}],
    ...               scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 27, "trials": 20})
    >>> study.optimize(objective)
    """

    kind = "study"

    def __init__(self, space=None, storage=None, name="study", scheduler=None, sampler=None, direction=None,
                 scheduler_params=None, sampler_params=None, owner=None, lease=None, client=None, directions=None, constraints_func=None):
        client = client or default_client()
        if direction is not None and directions is not None:
            raise ValueError("direction and directions: give direction (one objective) or directions (one per objective), not both")
        if isinstance(directions, str):
            raise TypeError(f"directions: a list such as ['maximize', 'minimize'], not the string {directions!r}")
        directions = None if directions is None else [str(d) for d in directions]
        if scheduler is None and scheduler_params:
            scheduler = "asha" if not directions or len(directions) == 1 else "random"
        if directions is not None and len(directions) == 1:
            direction, directions = directions[0], None

        def create(space):
            return client.call("study.create", **request(
                direction=direction, directions=directions, space=space, storage=storage, name=name if storage is not None else None,
                scheduler=_component(scheduler, scheduler_params), sampler=_component(sampler, sampler_params), owner=owner, lease=lease))

        by_run = {"parameters": []}      # the objective's suggest calls define the space
        if space is not None:
            answer = create(_space(space))
        elif storage is None:
            answer = create(by_run)
        else:
            try:
                answer = create(None)    # open the stored study
            except AllotInputError as missing:
                if missing.path != "space":
                    raise
                answer = create(by_run)
        super().__init__(client, answer["handle"])
        self.definition = answer
        self._optimizing = None      # optimize()'s state while it runs: what stop() sets
        self.constraints_func = constraints_func

    def ask(self):
        """The next trial, or None when the study waits for results or is finished."""
        job = self._call("ask")
        if "trial" not in job:
            return None
        return Trial(self, job)

    def tell(self, trial, value=None, failed=False, cost=None, values=None, constraints=None):
        """The value ``trial`` reached at its resource (or ``failed=True``); in a study with several
        objectives, one value per objective (``values=[...]``, or a list as ``value``, as Optuna's
        ``tell(trial, values)``). ``cost`` is what the job cost (seconds of training, say):
        ``cost-aware-halving`` budgets it, and without it that scheduler uses the time from ``ask`` to
        ``tell``. ``constraints`` (what Optuna's ``constraints_func`` returns): numbers that are <= 0 when
        the trial satisfies each constraint; an infeasible trial is never the best trial nor on the Pareto
        front, and TPE ranks it below every feasible one. :meth:`optimize` computes them with the study's
        ``constraints_func`` when it has one."""
        job = trial._job
        if failed:
            self._call("tell", **_key(job), failed=True)
            trial._decision = "failed"
            return
        if values is None and value is None:
            raise TypeError(f"trial {trial.number}: tell needs the value it reached (values=[...], one per objective, in a study "
                            "with several), or failed=True")
        if values is None and not isinstance(value, (int, float)):
            try:
                value = float(value)              # a 0-d tensor or array holds one number
            except (TypeError, ValueError):
                values = list(value)              # a tuple, list, array or tensor of one per objective
        told = {"value": float(value)} if values is None else {"values": [float(v) for v in values]}
        if values is not None and len(self.directions) == 1 and len(told["values"]) == 1:
            told = {"value": told["values"][0]}
        if cost is not None:
            told["cost"] = float(cost)
        if constraints is not None:
            told["constraints"] = [float(v) for v in constraints]
        self._call("tell", **_key(job), **told)
        trial._decision = "complete"

    def add_trial(self, trial):
        """Records a trial evaluated elsewhere (:func:`create_trial`, or any record with ``params``,
        ``value``, ``state``, ``user_attrs`` and, for a study its objective defines, ``distributions``), as
        Optuna's ``add_trial``: it becomes the study's next trial, and samplers learn from it as from any
        other. Only for studies whose scheduler trains each trial once (``scheduler="random"``), where a
        value means one thing; a queued configuration must be asked for first. Returns its number."""
        distributions = getattr(trial, "distributions", None) or {}
        parameters = {p["name"]: p for p in self.definition["space"]["parameters"]}
        parameters.update({name: _definition_of(name, d) for name, d in distributions.items()})
        configuration = {}
        for name, value in dict(trial.params).items():
            kind = parameters.get(name, {}).get("type")
            configuration[name] = str(value) if kind == "categorical" else _json_value(value, path=f"params.{name}")
        request = {"configuration": configuration}
        if not self.definition["space"]["parameters"]:
            request["parameters"] = [parameters[name] for name in configuration if name in parameters]
        if trial.state == TrialState.FAIL:
            request["failed"] = True
        elif trial.state == TrialState.COMPLETE and (len(self.directions) > 1 or len(getattr(trial, "values", None) or [0]) != 1):
            request["values"] = [float(v) for v in (trial.values or [])]       # the study checks the count
        elif trial.state == TrialState.COMPLETE:
            request["value"] = float(trial.value)
        else:
            raise ValueError(f"state: only a completed or a failed trial can be added, not {trial.state!r}")
        attributes = {key: _json_value(value, path=f"user_attrs.{key}") for key, value in dict(trial.user_attrs or {}).items()}
        if attributes:
            request["attributes"] = attributes
        constraints = trial.get("constraints") if isinstance(trial, dict) else (getattr(trial, "system_attrs", None) or {}).get("constraints")
        if constraints is not None and trial.state == TrialState.COMPLETE:
            request["constraints"] = [float(v) for v in constraints]
        return self._call("add", **request)["added"]

    def add_trials(self, trials):
        """:meth:`add_trial` for each of ``trials`` in order (another study's ``trials``, say)."""
        return [self.add_trial(trial) for trial in trials]

    def enqueue_trial(self, params, skip_if_exists=False):
        """Queues ``params`` (``{name: value}``, some parameters or all) for the next new trial, ahead of
        the sampler, as Optuna's ``enqueue_trial``: parameters left out are the sampler's choice. A value
        outside its parameter's range, an unknown name, or a conditional parameter without its parent
        raises :class:`allot.AllotInputError` naming it (Optuna warns and uses such a value). In a study
        its objective defines, a parameter no trial has asked for yet is kept as given and checked when a
        trial asks for it (a value outside the definition then fails that trial, naming it). Returns
        whether it was queued (False: ``skip_if_exists`` and a trial or queued configuration has these
        values)."""
        def plain(value):
            # A categorical choice is stored as str(choice), as suggest_categorical compares it.
            value = _plain(value) if not isinstance(value, (str, int, float)) else value
            return str(value) if isinstance(value, bool) or not isinstance(value, (str, int, float)) else value

        answer = self._call("enqueue", configuration={name: plain(value) for name, value in params.items()},
                            skipIfExists=bool(skip_if_exists))
        return answer["enqueued"]

    def optimize(self, objective, n_trials=None, timeout=None, catch=(), n_jobs=1, callbacks=None, gc_after_trial=False,
                 show_progress_bar=False):
        """Runs ``objective(trial)`` until the scheduler has nothing left, ``n_trials`` jobs ran, or
        ``timeout`` seconds passed (checked before each job: a job that started runs to its end).

        The objective trains ``trial.params``, calls ``trial.report(value, step)`` as it goes and
        ``trial.should_prune()`` after each report (raising :class:`TrialPruned` to stop), and returns
        the final value, which completes the trial if no report already did. An exception other than
        ``TrialPruned`` fails the trial; it is raised unless it is one of the ``catch`` classes, as in
        Optuna, in which case the study goes on with the next job.

        As in Optuna, a trial whose objective returns None, NaN or an infinity (a diverged run) is
        recorded as failed with a warning, and the study goes on; a value that is not a number fails the
        trial and raises ``TypeError``. ``TrialPruned`` raised before the study pruned the trial (your own
        stopping rule) fails it too: it has no value at the resource its job asked for.

        ``n_jobs`` objectives run at once in threads (-1: one per CPU), as Optuna's ``n_jobs``: worth it
        when the objective releases the GIL (torch, numpy, a subprocess). A thread whose ``ask()`` finds
        the study waiting for the others' results waits and asks again. The first exception that is
        raised stops every thread from starting another job and is raised here once the running jobs end.
        A ``KeyboardInterrupt`` (Ctrl-C, a notebook's stop button) is raised at once and stops every thread
        from starting another job; the jobs already running end on their own, as Python cannot stop a thread.

        ``callbacks``: functions called as ``callback(study, trial)`` after each job, in the thread that
        ran it (Optuna's, for logging or stopping early: raise to stop the study).

        ``gc_after_trial`` runs the garbage collector after each job, and ``show_progress_bar`` shows one
        (tqdm's, when it is installed; a line per job on stderr otherwise), as Optuna's arguments do.
        """
        catch = tuple(catch) if isinstance(catch, (list, tuple, set)) else (catch,)
        callbacks = list(callbacks or ())
        if gc_after_trial:
            callbacks.append(lambda study, trial: gc.collect())
        progress = _Progress(n_trials) if show_progress_bar else None
        if progress is not None:
            callbacks.append(progress)
        deadline = None if timeout is None else time.monotonic() + float(timeout)
        n_jobs = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
        if n_jobs < 1:
            raise AllotInputError(f"n_jobs: expected a number of threads >= 1 (or -1: one per CPU), got {n_jobs}", exit_class=2, path="n_jobs")
        lock = threading.Lock()
        state = {"jobs": 0, "error": None, "stop": False}

        def claim():
            """A slot for one more job, or False when the study should stop starting jobs."""
            with lock:
                if state["error"] is not None or state["stop"] or (n_trials is not None and state["jobs"] >= n_trials):
                    return False
                if deadline is not None and time.monotonic() >= deadline:
                    return False
                state["jobs"] += 1
                return True

        def release():
            with lock:
                state["jobs"] -= 1

        def work():
            while claim():
                trial = self.ask()
                while trial is None and n_jobs > 1 and not self.finished and state["error"] is None and not state["stop"]:
                    time.sleep(0.01)                 # the others' running jobs decide what comes next
                    trial = self.ask()
                if trial is None:
                    release()
                    return
                try:
                    self._run(objective, trial, catch)
                    for callback in callbacks:
                        callback(self, trial)
                except BaseException as error:
                    with lock:
                        if state["error"] is None:
                            state["error"] = error
                    return

        self._optimizing = state
        try:
            self._work(work, n_jobs, lock, state)
        finally:
            self._optimizing = None
            if progress is not None:
                progress.close()
        if state["error"] is not None:
            raise state["error"]
        return self.best_trials if len(self.directions) > 1 else self.best_trial

    def stop(self):
        """Ends the running :meth:`optimize` once the jobs already running end, without an error (call it
        from the objective or a callback, as Optuna's ``study.stop()``)."""
        if self._optimizing is None:
            raise RuntimeError("Study.stop() ends a running optimize(): call it from the objective or a callback")
        self._optimizing["stop"] = True

    @staticmethod
    def _work(work, n_jobs, lock, state):
        """Runs ``work`` in this thread, or in ``n_jobs`` threads."""
        if n_jobs == 1:
            work()
        else:
            threads = [threading.Thread(target=work, name=f"allot-optimize-{k}", daemon=True) for k in range(n_jobs)]
            for thread in threads:
                thread.start()
            try:
                for thread in threads:
                    thread.join()
            except BaseException as interrupt:
                # Ctrl-C reaches the main thread only: without this the workers would go on starting
                # jobs in the background (a notebook's kernel keeps them alive). Stop them starting any.
                with lock:
                    if state["error"] is None:
                        state["error"] = interrupt
                raise

    def _run(self, objective, trial, catch):
        """One job: the objective, then the trial's outcome told (see :meth:`optimize`)."""
        try:
            value = objective(trial)
        except TrialPruned:
            if not trial.finished:
                self.tell(trial, failed=True)
            return
        except BaseException as error:
            if not trial.finished:
                self.tell(trial, failed=True)
            if isinstance(error, catch):
                return
            raise
        if not trial.finished:
            self._warn_if_the_loop_misfits(trial)
            self._tell_returned(trial, value)

    def _warn_if_the_loop_misfits(self, trial):
        """Two objectives whose loop does not fit the scheduler, each said once per optimize: one that
        returned short of its job's resource (its value is recorded as reached there), and one that never
        looked at the resource (an sklearn fit, say) under a scheduler whose jobs stop below the largest
        resource (a trial it promotes would run the same evaluation again)."""
        scheduler = self.definition["scheduler"]
        largest = scheduler["parameters"].get("maxResource", scheduler["parameters"].get("resource"))
        if trial._last_step is not None and trial._last_step < trial._job["resource"] and not self._optimizing.get("warned_short"):
            # Optuna's `for epoch in range(EPOCHS): trial.report(accuracy, epoch)` under a study whose
            # largest resource is not EPOCHS: the value would stand for a resource never reached.
            self._optimizing["warned_short"] = True
            warnings.warn(f"trial {trial.number} returned after reporting step {trial._last_step:g}, short of the resource its job "
                          f"asked for ({trial._job['resource']:g}; the study's largest is {largest}): its value is recorded as reached "
                          "there. Create the study with maxResource equal to the last step the objective reports, or train while "
                          "not trial.finished", RuntimeWarning, stacklevel=2)
        if trial._used_resource or largest is None or trial._job["resource"] >= largest or self._optimizing.get("warned"):
            return
        self._optimizing["warned"] = True
        warnings.warn(f"trial {trial.number} returned without reading trial.resource or reporting: the {scheduler['name']} scheduler "
                      f"gave it a resource of {trial._job['resource']:g} (the largest is {largest:g}), and a trial it promotes runs "
                      "the objective again on the same parameters. For an objective that trains once, create the study with "
                      "scheduler='random', scheduler_params={'trials': n, 'resource': 1}", RuntimeWarning, stacklevel=2)

    def _tell_returned(self, trial, value):
        """Completes ``trial`` with what its objective returned, or fails it (see :meth:`optimize`)."""
        if len(self.directions) > 1:
            self._tell_returned_values(trial, value)
            return
        try:
            number = float(value)
        except (TypeError, ValueError):
            if value is None:
                number = math.nan
            else:
                self.tell(trial, failed=True)
                raise TypeError(f"trial {trial.number}: the objective returned {type(value).__name__} {value!r}, "
                                "not a number; the trial is recorded as failed") from None
        if math.isfinite(number):
            self.tell(trial, number, constraints=self._constraints_of(trial))
        else:
            warnings.warn(f"trial {trial.number}: the objective returned {value!r}; the trial is recorded as failed",
                          RuntimeWarning, stacklevel=3)
            self.tell(trial, failed=True)

    def _tell_returned_values(self, trial, returned):
        """Several objectives: the objective returns one number per objective (a tuple, a list, an
        array). Another count, or something not numbers, fails the trial and raises (it would fail every
        trial); a NaN or infinite value fails it with a warning, as one objective's does."""
        count = len(self.directions)
        try:
            numbers = [float(v) for v in returned]
        except (TypeError, ValueError):
            self.tell(trial, failed=True)
            raise TypeError(f"trial {trial.number}: the objective returned {type(returned).__name__} {returned!r}; a study with "
                            f"{count} objectives needs {count} numbers (a tuple); the trial is recorded as failed") from None
        if len(numbers) != count:
            self.tell(trial, failed=True)
            raise ValueError(f"trial {trial.number}: values: the objective returned {len(numbers)} value(s) and the study has {count} "
                             f"objectives ({', '.join(self.directions)}); the trial is recorded as failed")
        if all(math.isfinite(v) for v in numbers):
            self.tell(trial, values=numbers, constraints=self._constraints_of(trial))
        else:
            warnings.warn(f"trial {trial.number}: the objective returned {returned!r}; the trial is recorded as failed",
                          RuntimeWarning, stacklevel=3)
            self.tell(trial, failed=True)

    def _constraints_of(self, trial):
        """``constraints_func(trial)`` as a list of numbers, or None without one; anything else fails the
        trial and raises, naming what it returned."""
        if self.constraints_func is None:
            return None
        try:
            returned = self.constraints_func(trial)
        except BaseException:
            self.tell(trial, failed=True)          # the trial ends either way; the error is the user's to see
            raise
        try:
            numbers = [float(v) for v in returned]
        except (TypeError, ValueError):
            self.tell(trial, failed=True)
            raise TypeError(f"trial {trial.number}: constraints_func returned {type(returned).__name__} {returned!r}, not a sequence of "
                            "numbers (each <= 0 when its constraint holds); the trial is recorded as failed") from None
        if not numbers or not all(math.isfinite(v) for v in numbers):
            self.tell(trial, failed=True)
            raise ValueError(f"trial {trial.number}: constraints_func returned {returned!r}: one or more finite numbers are needed; "
                             "the trial is recorded as failed")
        return numbers

    def _single_objective(self, what):
        if len(self.directions) > 1:
            raise RuntimeError(f"{what}: a study with {len(self.directions)} objectives has no single best trial; "
                               "study.best_trials is its Pareto front")

    @property
    def best_params(self):
        """The best trial's configuration (``{name: value}``), or None before any result."""
        best = self.best_trial
        return None if best is None else best["configuration"]

    @property
    def best_value(self):
        """The best trial's value at the largest resource reached, or None before any result."""
        best = self.best_trial
        return None if best is None else best["value"]

    @property
    def best_trial(self):
        """The best trial at the largest resource reached (a :class:`TrialRecord`: ``{"id", "configuration",
        "value", ...}``, with ``.number``, ``.params``, ``.value`` as on Optuna's), or None before any result."""
        self._single_objective("best_trial")
        best = self._call("best")
        return None if best is None else TrialRecord(best)

    @property
    def best_trials(self):
        """The trials no other completed trial dominates (Optuna's ``best_trials``): with several
        objectives, the Pareto front — each trial for which no other is at least as good in every objective
        and better in one; with one, every trial with the best value. In trial order."""
        return [TrialRecord(trial) for trial in self._call("best_trials")]

    @property
    def trials(self):
        """Every trial, in order, as :class:`TrialRecord` s."""
        return [TrialRecord(trial) for trial in self._call("trials")]

    def set_user_attr(self, key, value):
        """Records ``value`` under ``key`` on the study itself, in its journal, as Optuna's
        ``study.set_user_attr`` (what the study is about, a dataset's version); the same values as
        :meth:`Trial.set_user_attr`, a later value of a key replacing the earlier one."""
        value = _json_value(value)
        self._call("set_attribute", key=key, value=value)

    @property
    def user_attrs(self):
        """The study's own attributes (:meth:`set_user_attr`), ``{key: value}``."""
        return self._call("attributes")

    @property
    def direction(self):
        """``"maximize"`` or ``"minimize"`` (a study with several objectives: see :attr:`directions`)."""
        self._single_objective("direction")
        return self.definition["direction"]

    @property
    def directions(self):
        """Which way each objective is better, in the order their values are told."""
        return self.definition.get("directions", [self.definition["direction"]])

    def set_metric_names(self, names):
        """Names the objectives, as Optuna's ``set_metric_names``: ``trials_dataframe`` then has a
        ``values_<name>`` column per objective (``value`` stays ``value`` with one), and ``allot study plot``
        labels its axes with them. Kept in the study (its attribute ``allot.metric_names``)."""
        if isinstance(names, str) or len(names) != len(self.directions) or not all(isinstance(n, str) and n for n in names):
            raise ValueError(f"names: one non-empty name per objective ({len(self.directions)}), not {names!r}")
        self.set_user_attr(METRIC_NAMES_ATTRIBUTE, list(names))

    @property
    def metric_names(self):
        """The objectives' names given to :meth:`set_metric_names`, or None."""
        return self.user_attrs.get(METRIC_NAMES_ATTRIBUTE)

    def get_trials(self, deepcopy=True, states=None):
        """The trials (as :attr:`trials`), only those in ``states`` when given: an iterable of
        ``"completed"``, ``"paused"``, ``"running"``, ``"failed"``. ``deepcopy`` is Optuna's argument
        and changes nothing: every call returns new records."""
        if isinstance(states, str):
            raise TypeError(f"states: an iterable of states such as ('completed',), not the string {states!r}")
        wanted = None if states is None else set(states)
        known = {"completed", "paused", "running", "failed"}
        if wanted is not None and not wanted <= known:
            raise AllotInputError(f"states: unknown states {sorted(wanted - known)}; a trial is one of {sorted(known)}", exit_class=2, path="states")
        return [trial for trial in self.trials if wanted is None or trial.state in wanted]

    def param_importances(self, params=None, normalize=True, resource=None, target_quantile=0.1, region_quantile=1.0,
                          evaluate_on_local=True, objective=None):
        """How much each parameter mattered for the best values, largest first, as
        ``optuna.importance.get_param_importances`` computes it by default (PED-ANOVA: where the top
        ``target_quantile`` of trials put a parameter, against where the top ``region_quantile`` did;
        ``evaluate_on_local=False``: against its whole domain). Judged on the completed trials, or with
        ``resource`` on every trial's value at that resource (a multi-fidelity study completes few).
        ``normalize`` scales the importances to sum to 1. In a study with several objectives,
        ``objective`` (an index into :attr:`directions`) says which one. Returns ``{name: importance}``."""
        request = {"targetQuantile": float(target_quantile), "regionQuantile": float(region_quantile), "local": bool(evaluate_on_local),
                   "normalize": bool(normalize)}
        if params is not None:
            if isinstance(params, str) or not all(isinstance(name, str) for name in params):
                raise TypeError(f"params: a list of parameter names, not {params!r}")
            request["params"] = list(params)
        if resource is not None:
            request["resource"] = float(resource)
        if objective is not None:
            request["objective"] = int(objective)
        answer = self._call("importances", **request)
        return {entry["parameter"]: entry["importance"] for entry in answer["importances"]}

    def trials_dataframe(self):
        """The trials as a pandas ``DataFrame``, one row per trial, as Optuna's ``trials_dataframe()``:
        ``number``, ``value``, ``state``, ``resource`` (the largest reached), ``evaluations``, then a
        ``params_<name>`` column per parameter and a ``user_attrs_<key>`` column per attribute (absent
        values are NaN). With several objectives ``values_0``, ``values_1``, ... stand in for ``value``
        (``values_<name>`` after :meth:`set_metric_names`).
        Only this method needs pandas."""
        try:
            import pandas
        except ImportError:
            raise ImportError("Study.trials_dataframe() needs pandas (pip install pandas)") from None
        trials = self.trials
        params = sorted({name for trial in trials for name in trial.params})
        attributes = sorted({key for trial in trials for key in trial.user_attrs})
        count = len(self.directions)
        labels = self.metric_names or list(range(count))
        names = [f"values_{label}" for label in labels] if count > 1 or self.metric_names else ["value"]
        columns = ["number"] + names + ["state", "resource", "evaluations"] + [f"params_{n}" for n in params] + [f"user_attrs_{k}" for k in attributes]
        rows = [[trial.number] + (trial.values or [None] * count) + [trial.state, trial.resource, trial.get("evaluations", 1 if trial.value is not None else 0)]
                + [trial.params.get(name) for name in params] + [trial.user_attrs.get(key) for key in attributes] for trial in trials]
        return pandas.DataFrame(rows, columns=columns)

    @property
    def finished(self):
        """Whether nothing is left to ask and nothing is running (a worker whose ``ask()`` gave None
        and sees False here waits for other workers' results)."""
        return self._call("status")["finished"]

    def heartbeat(self, lease):
        """Renews this worker's lease on its running jobs (with ``lease=`` at creation)."""
        return self._call("heartbeat", lease=lease)["renewed"]

    def state_dict(self):
        """The study's whole state (definition and journal; format ``allot-study``, docs/formats.md), for
        your checkpoint: :meth:`from_state_dict` continues it exactly."""
        return self._call("snapshot")["state"]

    @classmethod
    def from_state_dict(cls, state, owner=None, lease=None, client=None, constraints_func=None):
        """An in-memory study restored from :meth:`state_dict`: the same trials, and the same next
        ``ask()`` as the study it was taken from. Jobs that were running when it was taken are running
        still (tell them, or they are handed out again once their lease runs out). A document of another
        format or version, or a broken one, raises :class:`allot.AllotInputError` naming the field."""
        study = cls.__new__(cls)
        client = client or default_client()
        answer = client.call("study.create", **request(state=state, owner=owner, lease=lease))
        Handle.__init__(study, client, answer["handle"])
        study.definition = answer
        study._optimizing = None
        study.constraints_func = constraints_func
        return study
