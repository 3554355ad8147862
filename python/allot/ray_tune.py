"""Ray Tune integration: :class:`AllotSearch`, a Ray Tune searcher whose configurations come from an
:class:`allot.Study` (TPE, the GP, Sobol or random), where a Ray user would use ``OptunaSearch``.

Ray Tune keeps its own loop, its schedulers (``ASHAScheduler``, ``HyperBandScheduler``) and its
resources; the study only proposes configurations and learns from their results, so the study's
scheduler is one evaluation per trial. Imports ``ray`` when used."""

import math
import pickle

try:
    from ray.tune.search import Searcher
    from ray.tune.search.sample import Categorical, Float, Integer, LogUniform, Quantized, Uniform
    from ray.tune.search.variant_generator import parse_spec_vars
    from ray.tune.utils.util import flatten_dict, unflatten_dict
except ImportError as error:
    raise ImportError(f"allot.ray_tune needs Ray Tune (pip install 'ray[tune]', or the allot[ray] extra): {error}") from error

from .errors import AllotInputError
from .study import Study, Trial

# The study's trial count: Ray's num_samples (or its time budget) decides when to stop asking.
_UNBOUNDED = 1_000_000
_STATE_FORMAT = "allot-ray-search"


def convert_search_space(spec):
    """A Ray Tune ``param_space`` as an Allot space (``[{"name", "type", ...}]``, nested keys joined by
    ``/`` as Ray flattens them) and each categorical's choices, so a value comes back as the object Ray
    was given. ``tune.uniform``, ``loguniform``, ``quniform``, ``randint`` (upper bound exclusive, as in
    Ray), ``lograndint``, ``qrandint`` (inclusive) and ``choice`` convert; ``grid_search`` and custom
    samplers are refused with the key named, as ``OptunaSearch`` does."""
    _, domains, grids = parse_spec_vars(spec)
    if grids:
        raise ValueError(f"grid_search at {'/'.join(map(str, grids[0][0]))} cannot be searched by a sampler: "
                         "use tune.choice, or Ray's default search for a grid")
    space, choices = [], {}
    for path, domain in parse_spec_vars(flatten_dict(spec, prevent_delimiter=True))[1]:
        name = "/".join(map(str, path))
        sampler = domain.get_sampler()
        step = None
        if isinstance(sampler, Quantized):
            step, sampler = sampler.q, sampler.sampler
        log = isinstance(sampler, LogUniform)
        if not (log or isinstance(sampler, Uniform)):
            raise ValueError(f"{name}: Ray's {type(domain).__name__} with a {type(sampler).__name__} sampler has no Allot counterpart "
                             "(uniform, log-uniform, quantized and choice do)")
        if isinstance(domain, Float):
            parameter = {"name": name, "type": "float", "low": float(domain.lower), "high": float(domain.upper), "log": log}
            if step is not None:
                if log:
                    raise ValueError(f"{name}: a quantized log-uniform float has no Allot counterpart (a float step is on the linear scale)")
                parameter["step"] = float(step)
        elif isinstance(domain, Integer):
            # tune.randint's upper bound is exclusive, qrandint's inclusive (Ray's own rules).
            high = int(domain.upper) - (0 if step is not None else 1)
            parameter = {"name": name, "type": "int", "low": int(domain.lower), "high": high, "log": log, "step": int(step or 1)}
        elif isinstance(domain, Categorical):
            labels = [str(choice) for choice in domain.categories]
            if len(set(labels)) != len(labels):         # 1 and "1": tell them apart by position
                labels = [f"{index}: {label}" for index, label in enumerate(labels)]
            choices[name] = dict(zip(labels, domain.categories))
            parameter = {"name": name, "type": "categorical", "choices": labels}
        else:
            raise ValueError(f"{name}: Ray's {type(domain).__name__} has no Allot counterpart")
        space.append(parameter)
    return space, choices


class AllotSearch(Searcher):
    """Proposes Ray Tune configurations from an :class:`allot.Study` and tells it every result.

    ``space`` is a Ray ``param_space`` (or left out: Ray passes the Tuner's), ``metric`` and ``mode``
    as for any Ray searcher (or from ``TuneConfig``). ``sampler`` and ``sampler_params`` are the study's
    (``"tpe"`` by default; ``"gp"``, ``"sobol"``, ``"random"``). With ``storage`` (an SQLite file or a
    PostgreSQL URL) the study is kept there under ``name``, and ``allot study importances`` or ``plot``
    read it. ``points_to_evaluate`` are configurations to try first (the study's ``enqueue_trial``).

    A trial that ends with the metric tells its last value (one Ray's scheduler stopped early too, as
    ``OptunaSearch`` does); one that ends without it, or with an error, is told as failed.

    Several objectives, as ``OptunaSearch`` takes them: ``metric=["loss", "latency"]`` with
    ``mode=["min", "min"]`` makes a study with one direction per metric, each trial is told every
    metric's last value, and ``study.best_trials`` is the Pareto front."""

    def __init__(self, space=None, metric=None, mode=None, sampler="tpe", sampler_params=None, points_to_evaluate=None,
                 storage=None, name="ray-tune", client=None):
        super().__init__(metric=metric, mode=mode)
        self._sampler = sampler
        self._sampler_params = dict(sampler_params or {})
        self._points = list(points_to_evaluate or [])
        self._storage, self._name, self._client = storage, name, client
        self._space = self._choices = self._study = None
        self._running = {}                  # Ray trial id -> allot Trial
        if space is not None:
            self._space, self._choices = convert_search_space(space)
            if mode:
                self._create_study()

    @property
    def study(self):
        """The :class:`allot.Study` behind the search (None until Ray has passed the space and mode)."""
        return self._study

    def set_search_properties(self, metric, mode, config, **spec):
        if self._study is not None:
            return False
        given = self._space is not None
        if not given:
            self._space, self._choices = convert_search_space(config)
        self._metric = self._metric or metric
        self._mode = self._mode or mode
        self._create_study()
        # With a space of its own, the searcher declines the Tuner's: Ray then refuses a param_space that
        # still has parameters to sample, rather than sampling those itself beside the study.
        return not given

    def _create_study(self):
        modes = self._mode if isinstance(self._mode, (list, tuple)) else [self._mode]
        if not modes or any(mode not in ("min", "max") for mode in modes):
            raise ValueError(f"mode: 'min' or 'max', or a list of them with one metric each, got {self._mode!r}")
        if isinstance(self._mode, (list, tuple)) and (not isinstance(self._metric, (list, tuple)) or len(self._metric) != len(modes)):
            raise ValueError(f"metric: a list of {len(modes)} metric names, one per mode, got {self._metric!r}")
        if not self._space:
            raise ValueError("the search space has no parameter to sample: give AllotSearch a space or the Tuner a param_space "
                             "with tune.uniform, tune.choice, ...")
        self._study = Study(self._space, storage=self._storage, name=self._name, scheduler="random",
                            scheduler_params={"trials": _UNBOUNDED, "resource": 1}, sampler=self._sampler,
                            sampler_params=self._sampler_params,
                            directions=["minimize" if mode == "min" else "maximize" for mode in modes], client=self._client)
        for point in self._points:
            self._study.enqueue_trial({key: self._label(key, value) for key, value in flatten_dict(point, prevent_delimiter=True).items()})
        self._points = []

    def _label(self, name, value):
        """A configuration value as the study stores it (a categorical's label)."""
        for label, choice in self._choices.get(name, {}).items():
            if choice == value:
                return label
        return value

    def suggest(self, trial_id):
        if self._study is None:
            raise RuntimeError("AllotSearch has no search space or mode: give them to AllotSearch or to the Tuner (param_space, "
                               "TuneConfig(metric=..., mode=...))")
        trial = self._study.ask()
        if trial is None:
            return Searcher.FINISHED if self._study.finished else None
        self._running[trial_id] = trial
        params = {name: self._choices[name][value] if name in self._choices else value for name, value in trial.params.items()}
        return unflatten_dict(params)

    def on_trial_complete(self, trial_id, result=None, error=False):
        trial = self._running.pop(trial_id, None)
        if trial is None:
            return
        names = self._metric if isinstance(self._metric, (list, tuple)) else [self._metric]
        values = []
        for name in names:
            try:
                values.append(float((result or {})[name]))
            except (KeyError, TypeError, ValueError):
                values.append(math.nan)
        if error or not all(math.isfinite(value) for value in values):
            self._study.tell(trial, failed=True)
        else:
            self._study.tell(trial, values=values)

    def get_state(self):
        if self._study is None:
            raise RuntimeError("AllotSearch has nothing to save before its study exists")
        return {"format": _STATE_FORMAT, "version": 1, "study": self._study.state_dict(), "space": self._space, "choices": self._choices,
                "metric": self._metric, "mode": self._mode, "running": {key: trial._job for key, trial in self._running.items()}}

    def set_state(self, state):
        if not isinstance(state, dict) or state.get("format") != _STATE_FORMAT or state.get("version") != 1:
            found = (state.get("format"), state.get("version")) if isinstance(state, dict) else type(state).__name__
            raise AllotInputError(f"an AllotSearch checkpoint: expected format {_STATE_FORMAT!r} version 1, got {found}",
                                  exit_class=2, path="format")
        self._space, self._choices = state["space"], state["choices"]
        self._metric, self._mode = state["metric"], state["mode"]
        if self._storage is not None:              # the stored study is the study: reopen it, with what it has since
            self._study = Study(storage=self._storage, name=self._name, client=self._client)
        else:
            self._study = Study.from_state_dict(state["study"], client=self._client)
        self._running = {key: Trial(self._study, job) for key, job in state["running"].items()}

    def __getstate__(self):
        # Ray pickles its searcher with the experiment; the study's connection to the service cannot be
        # pickled, so the study travels as its journal and reopens on unpickling (with the default client).
        state = {key: value for key, value in self.__dict__.items() if key not in ("_study", "_running", "_client")}
        state["_saved"] = self.get_state() if self._study is not None else None
        return state

    def __setstate__(self, state):
        saved = state.pop("_saved")
        self.__dict__.update(state)
        self._client, self._study, self._running = None, None, {}
        if saved is not None:
            self.set_state(saved)

    def save(self, checkpoint_path):
        with open(checkpoint_path, "wb") as file:
            pickle.dump(self.get_state(), file)

    def restore(self, checkpoint_path):
        with open(checkpoint_path, "rb") as file:
            self.set_state(pickle.load(file))
