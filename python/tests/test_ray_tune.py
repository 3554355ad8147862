"""allot.ray_tune.AllotSearch in a real local Ray cluster: Ray's param_space converted to a study's space,
every trial's configuration from the study and its result told back, failures told as failed, Ray's own
early stopping, a saved search that continues with the same proposals, and a stored study."""

import math
import os
import pickle

import pytest

ray = pytest.importorskip("ray")
from ray import tune  # noqa: E402

import allot  # noqa: E402
from allot.ray_tune import AllotSearch, convert_search_space  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    # Ray's workers import the trainables by module, as they would a user's script: they need this folder.
    here = os.path.dirname(os.path.abspath(__file__))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_spaces_convert_with_their_bounds_and_choices():
    space, choices = convert_search_space({
        "lr": tune.loguniform(1e-4, 1e-1), "dropout": tune.quniform(0.0, 0.5, 0.1), "x": tune.uniform(-1, 1),
        "layers": tune.randint(1, 5), "width": tune.lograndint(8, 512), "batch": tune.qrandint(16, 64, 16),
        "model": {"act": tune.choice(["relu", "gelu"]), "bias": tune.choice([True, False])}, "mixed": tune.choice([1, "1"]), "fixed": 3})
    by_name = {p["name"]: p for p in space}
    assert by_name["lr"] == {"name": "lr", "type": "float", "low": 1e-4, "high": 1e-1, "log": True}
    assert by_name["dropout"] == {"name": "dropout", "type": "float", "low": 0.0, "high": 0.5, "log": False, "step": 0.1}
    assert by_name["layers"]["high"] == 4 and by_name["batch"]["high"] == 64 and by_name["batch"]["step"] == 16   # randint exclusive, qrandint inclusive
    assert by_name["width"]["log"] is True and "fixed" not in by_name
    assert choices["model/bias"] == {"True": True, "False": False}
    assert choices["mixed"] == {"0: 1": 1, "1: 1": "1"}                                   # told apart by position
    allot.Study(space, scheduler="random", scheduler_params={"trials": 1, "resource": 1})   # a space the study accepts
    with pytest.raises(ValueError, match="grid_search at a"):
        convert_search_space({"a": tune.grid_search([1, 2])})
    with pytest.raises(ValueError, match="b: .*Normal"):
        convert_search_space({"b": tune.randn(0, 1)})
    with pytest.raises(ValueError, match="quantized log-uniform"):
        convert_search_space({"c": tune.qloguniform(1e-3, 1, 1e-3)})


def objective(config):
    loss = (math.log10(config["lr"]) + 2) ** 2 + (0.3 if config["opt"] == "sgd" else 0) + config["model"]["layers"] / 50
    for step in range(3):
        tune.report({"loss": loss + 0.1 / (step + 1)})


def fit(search, samples, trainable=objective, **config):
    tuner = tune.Tuner(trainable, param_space={"lr": tune.loguniform(1e-4, 1), "opt": tune.choice(["sgd", "adam"]),
                                               "model": {"layers": tune.randint(1, 5)}, "fixed": 3},
                       tune_config=tune.TuneConfig(search_alg=search, metric="loss", mode="min", num_samples=samples, **config))
    return tuner.fit()


def test_a_tuner_runs_on_the_studys_proposals_and_tells_them_back(cluster):
    search = AllotSearch(sampler="tpe", sampler_params={"seed": 0, "startupTrials": 6}, points_to_evaluate=[{"lr": 0.01, "opt": "adam", "model": {"layers": 1}}])
    results = fit(search, 16)
    study = search.study
    assert len(results) == 16 and len(study.trials) == 16 and study.direction == "minimize"
    told = sorted(t.value for t in study.trials)
    assert told == pytest.approx(sorted(r.metrics["loss"] for r in results))          # each trial's last value
    first = study.trials[0].params
    assert (first["lr"], first["opt"], first["model/layers"]) == (0.01, "adam", 1)      # points_to_evaluate first
    for result in results:
        config = result.config
        assert config["fixed"] == 3 and config["opt"] in ("sgd", "adam") and 1 <= config["model"]["layers"] <= 4 and 1e-4 <= config["lr"] <= 1
    assert study.best_value == pytest.approx(results.get_best_result().metrics["loss"])
    assert pickle.loads(pickle.dumps(search)).study.trials == study.trials           # Ray pickles its searcher with the experiment


def test_failures_and_rays_early_stopping(cluster):
    def flaky(config):
        if config["opt"] == "sgd" and config["lr"] > 0.1:
            raise RuntimeError("diverged")
        if config["model"]["layers"] == 4:
            tune.report({"loss": float("nan")})             # a run that diverged
            return
        objective(config)

    search = AllotSearch(sampler="random", sampler_params={"seed": 1})
    results = fit(search, 12, trainable=flaky, scheduler=tune.schedulers.ASHAScheduler(max_t=3, grace_period=1))
    trials = search.study.trials
    assert len(trials) == 12
    for trial in trials:
        broken = (trial.params["opt"] == "sgd" and trial.params["lr"] > 0.1) or trial.params["model/layers"] == 4
        assert (trial.state == "failed") == broken
    assert any(trial.state == "completed" for trial in trials)
    assert len(results) == 12
    finite = [r for r in results if r.error is None and math.isfinite(r.metrics["loss"])]
    assert any(r.metrics["training_iteration"] < 3 for r in finite)                 # ASHA stopped some early
    assert sorted(t.value for t in trials if t.state == "completed") == pytest.approx(sorted(r.metrics["loss"] for r in finite))


def test_a_saved_search_continues_with_the_same_proposals(tmp_path):
    search = AllotSearch(space={"lr": tune.loguniform(1e-4, 1), "opt": tune.choice(["sgd", "adam"]), "model": {"layers": tune.randint(1, 5)}},
                         metric="loss", mode="min", sampler="tpe", sampler_params={"seed": 2, "startupTrials": 3})
    for number in range(6):
        config = search.suggest(f"t{number}")
        search.on_trial_complete(f"t{number}", {"loss": config["lr"]})
    pending = search.suggest("t6")
    search.save(str(tmp_path / "search.pkl"))
    restored = AllotSearch()
    restored.restore(str(tmp_path / "search.pkl"))
    assert restored.study.trials == search.study.trials
    search.on_trial_complete("t6", {"loss": 0.5})
    restored.on_trial_complete("t6", {"loss": 0.5})                                  # the running trial came back too
    assert search.suggest("t7") == restored.suggest("t7")
    (tmp_path / "other.pkl").write_bytes(pickle.dumps({"format": "something-else", "version": 1}))
    with pytest.raises(allot.AllotInputError, match="allot-ray-search"):
        AllotSearch().restore(str(tmp_path / "other.pkl"))
    with pytest.raises(RuntimeError, match="no search space or mode"):
        AllotSearch().suggest("x")


def test_a_searcher_with_its_own_space_refuses_the_tuners(cluster):
    """Given a space, AllotSearch declines the Tuner's param_space: a param_space that still has parameters to
    sample is an error, not a second sampler beside the study; constants pass."""
    def trainable(config):
        tune.report({"loss": config["lr"] + config["batch"] / 1000})

    search = AllotSearch(space={"lr": tune.loguniform(1e-4, 1)}, sampler="random", sampler_params={"seed": 0})
    results = tune.Tuner(trainable, param_space={"batch": 32}, tune_config=tune.TuneConfig(search_alg=search, metric="loss", mode="min",
                                                                                          num_samples=3)).fit()
    assert len(search.study.trials) == 3 and all(r.config["batch"] == 32 for r in results)
    clash = AllotSearch(space={"lr": tune.loguniform(1e-4, 1)}, sampler="random")
    with pytest.raises(ValueError, match="already instantiated with a search space"):
        tune.Tuner(trainable, param_space={"batch": tune.choice([16, 32])},
                   tune_config=tune.TuneConfig(search_alg=clash, metric="loss", mode="min", num_samples=2)).fit()


def test_a_stored_search_is_a_study_the_cli_reads(tmp_path):
    storage = str(tmp_path / "ray.sqlite")
    search = AllotSearch(space={"x": tune.uniform(0, 1)}, metric="score", mode="max", sampler="random", storage=storage, name="ray")
    for number in range(3):
        config = search.suggest(str(number))
        search.on_trial_complete(str(number), {"score": config["x"]})
    reopened = allot.Study(storage=storage, name="ray")
    assert len(reopened.trials) == 3 and reopened.best_value == max(t.value for t in reopened.trials)


def test_without_ray_the_import_says_what_to_install():
    import subprocess
    import sys
    script = "import sys; sys.modules['ray'] = None\ntry:\n    import allot.ray_tune\nexcept ImportError as e:\n    print(e)"
    printed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert "pip install 'ray[tune]'" in printed


def two_metrics(config):
    loss = (math.log10(config["lr"]) + 2) ** 2
    tune.report({"loss": loss, "size": config["model"]["layers"] + (0.5 if config["opt"] == "adam" else 0)})


def test_several_metrics_make_a_pareto_front(cluster):
    search = AllotSearch(metric=["loss", "size"], mode=["min", "min"], sampler="tpe", sampler_params={"seed": 2})
    tuner = tune.Tuner(two_metrics, param_space={"lr": tune.loguniform(1e-4, 1), "opt": tune.choice(["sgd", "adam"]),
                                                 "model": {"layers": tune.randint(1, 5)}},
                       tune_config=tune.TuneConfig(search_alg=search, num_samples=8))
    tuner.fit()
    study = search.study
    assert study.directions == ["minimize", "minimize"]
    trials = [t for t in study.trials if t.values]
    assert len(trials) == 8
    for t in trials:                                  # told both metrics, as the trainable computed them
        layers, opt = t.params["model/layers"], t.params["opt"]
        assert t.values[1] == layers + (0.5 if opt == "adam" else 0)
    dominated = lambda a, b: all(x <= y for x, y in zip(a, b)) and a != b
    assert [t.number for t in study.best_trials] == [t.number for t in trials if not any(dominated(o.values, t.values) for o in trials)]
    with pytest.raises(ValueError, match="a list of 2 metric names, one per mode"):
        AllotSearch(space={"lr": tune.uniform(0, 1)}, mode=["min", "max"])        # modes without their metrics
