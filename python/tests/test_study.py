import json
import math
import os
import subprocess
import threading
import time

import pytest
import torch

import allot

SPACE = [{"name": "lr", "type": "float", "low": 1e-3, "high": 1.0, "log": True},
         {"name": "width", "type": "int", "low": 4, "high": 32, "step": 4}]


def train_on_blobs(trial, model, optimizer):
    """Trains ``model`` on two Gaussian blobs (256 points, 4 features), one epoch per resource unit,
    reporting the training accuracy after each and stopping where the study says; returns the last."""
    data = torch.Generator().manual_seed(0)
    x = torch.randn(256, 4, generator=data)
    y = (x[:, 0] * x[:, 1] > 0).long()
    epoch = 0
    while not trial.finished:
        epoch += 1
        for i in range(0, 256, 32):
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(model(x[i:i + 32]), y[i:i + 32]).backward()
            optimizer.step()
        with torch.no_grad():
            accuracy = float((model(x).argmax(1) == y).float().mean())
        trial.report(accuracy, epoch)
        if trial.should_prune():
            raise allot.TrialPruned()
    return accuracy


def objective(trial):
    """A tiny real model: an MLP on two Gaussian blobs, one epoch per resource unit, with pruning."""
    torch.manual_seed(trial.number)
    model = torch.nn.Sequential(torch.nn.Linear(4, trial.params["width"]), torch.nn.ReLU(), torch.nn.Linear(trial.params["width"], 2))
    return train_on_blobs(trial, model, torch.optim.SGD(model.parameters(), lr=trial.params["lr"]))


def test_optimize_with_pruning_finds_a_good_configuration(client, tmp_path):
    study = allot.Study(SPACE, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9, "trials": 30},
                        storage=tmp_path / "study.sqlite", name="mlp", client=client)
    best = study.optimize(objective)
    trials = study.trials
    assert len(trials) == 30
    assert best["resource"] == 9 and best["value"] > 0.85
    # Pruning happened: most trials stopped below the largest resource.
    assert sum(1 for t in trials if (t["resource"] or 0) < 9) >= 15
    # The same file is a study the CLI reads.
    listed = json.loads(subprocess.run([os.environ["ALLOT_BINARY"], "study", "trials", "--storage", str(tmp_path / "study.sqlite"),
                                        "--name", "mlp"], capture_output=True, text=True, check=True).stdout)
    assert [t["id"] for t in listed] == [t["id"] for t in trials]


def test_successive_halving_in_the_loop_keeps_a_third_per_rung(client):
    """Successive halving's first rung by the stated rule (R / η³ = 1 for R = 27), 27 trials, then 9, 3, 1:
    a trial stopped at a rung comes back from ask() with resume_from when the rung has filled."""
    study = allot.Study([{"name": "x", "type": "float", "low": 0.0, "high": 1.0}], scheduler="successive-halving",
                        scheduler_params={"maxResource": 27, "trials": 27}, client=client)
    assert study.definition["scheduler"]["parameters"]["minResource"] == 1
    reached = []

    def objective(trial):
        step = trial.resume_from or 0
        while True:
            step += 1
            value = trial.params["x"] * (1 - 1 / (1 + step))
            trial.report(value, step)
            if trial.should_prune():
                raise allot.TrialPruned()
            if trial.finished:
                reached.append(step)
                return value

    best = study.optimize(objective)
    resources = sorted(t["resource"] for t in study.trials)
    assert resources.count(27) == 1 and resources.count(9) == 2 and resources.count(3) == 6 and resources.count(1) == 18
    assert best["resource"] == 27 and reached == [27]
    assert best["configuration"]["x"] == max(t["configuration"]["x"] for t in study.trials if t["resource"] >= 9)


def test_ask_tell_by_hand_and_bad_input(client):
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 3, "resource": 1}, client=client)
    seen = []
    while (trial := study.ask()) is not None:
        assert 1e-3 <= trial.params["lr"] <= 1 and trial.params["width"] % 4 == 0
        study.tell(trial, value=-abs(math.log10(trial.params["lr"]) + 1))
        seen.append(trial.number)
    assert seen == [0, 1, 2]
    assert study.best_trial["id"] in seen
    with pytest.raises(allot.AllotInputError) as error:
        allot.Study([{"name": "lr", "type": "float", "low": 0, "high": 1, "log": True}], client=client)
    assert "log" in str(error.value)
    with pytest.raises(allot.AllotInputError):
        allot.Study(SPACE, scheduler="ashaa", client=client)


def test_enqueued_trials_come_first_and_survive_the_storage(client, tmp_path):
    storage = str(tmp_path / "queued.sqlite")
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 4, "resource": 1}, sampler="tpe",
                        storage=storage, name="q", client=client)
    assert study.enqueue_trial({"lr": 0.01, "width": 8}) is True
    assert study.enqueue_trial({"width": 28}) is True
    assert study.enqueue_trial({"width": 28}, skip_if_exists=True) is False
    for bad, field in (({"lr": 2.0}, "lr"), ({"width": 6}, "width"), ({"depth": 3}, "depth"), ({"lr": float("nan")}, "lr")):
        with pytest.raises(allot.AllotInputError) as error:
            study.enqueue_trial(bad)
        assert field in str(error.value)
    # A second handle on the same file (as another worker would open it) sees the queue.
    reopened = allot.Study(storage=storage, name="q", client=client)
    assert reopened._call("status")["queued"] == 2
    first, second, third = reopened.ask(), reopened.ask(), reopened.ask()
    assert first.params == {"lr": 0.01, "width": 8}
    assert second.params["width"] == 28 and 1e-3 <= second.params["lr"] <= 1
    assert third.params != first.params and reopened._call("status")["queued"] == 0
    for trial in (first, second, third):
        reopened.tell(trial, 0.5)


def test_optimize_catch_timeout_and_best_shortcuts(client):
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 6, "resource": 1}, client=client)
    assert study.best_params is None and study.best_value is None

    def flaky(trial):
        if trial.number % 2 == 1:
            raise FloatingPointError("diverged")       # caught: the trial fails, the study goes on
        return -abs(math.log10(trial.params["lr"]) + 1)

    best = study.optimize(flaky, catch=(FloatingPointError,))
    states = {t["id"]: t["state"] for t in study.trials}
    assert [states[i] for i in range(6)] == ["completed", "failed"] * 3
    assert study.best_params == best["configuration"] and study.best_value == best["value"]
    assert best["id"] % 2 == 0

    other = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 6, "resource": 1}, client=client)
    with pytest.raises(ZeroDivisionError):                # not in catch: the trial fails and the error is raised
        other.optimize(lambda trial: 1 / 0, catch=(FloatingPointError,))
    assert other.trials[0]["state"] == "failed"
    timed = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 100, "resource": 1}, client=client)
    timed.optimize(lambda trial: time.sleep(0.05) or 0.0, timeout=0.2)
    assert 2 <= len(timed.trials) <= 8                     # stopped by the clock, not by the 100 trials


def test_diverged_runs_fail_their_trial_and_the_study_goes_on(client):
    """A learning-rate study where large rates diverge: NaN reported mid-run, NaN / inf / None returned,
    and a trial the user stops by their own rule. Each fails that trial with a warning (Optuna's
    behaviour), nothing is left running, and the best trial is a finite one."""
    space = [{"name": "lr", "type": "float", "low": 1e-4, "high": 1.0, "log": True}]
    study = allot.Study(space, direction="minimize", scheduler="asha", client=client,
                        scheduler_params={"minResource": 1, "maxResource": 9, "trials": 16}, sampler_params={"seed": 3})

    def training(trial):
        for epoch in range(int(trial.resume_from or 0) + 1, 10):
            loss = 1 / epoch + trial.params["lr"] if trial.params["lr"] < 0.1 else math.nan
            trial.report(loss, epoch)
            if trial.should_prune():
                raise allot.TrialPruned()
            if trial.finished:
                return loss

    with pytest.warns(RuntimeWarning, match="reported nan at step 1; the trial is recorded as failed"):
        best = study.optimize(training)
    states = {t["id"]: t["state"] for t in study.trials}
    diverged = {t["id"] for t in study.trials if t["configuration"]["lr"] >= 0.1}
    assert diverged and all(states[i] == "failed" for i in diverged)
    assert "running" not in states.values() and study.finished
    assert best["configuration"]["lr"] < 0.1 and math.isfinite(best["value"])

    returns = iter([math.nan, math.inf, None, 0.5])
    plain = allot.Study(space, scheduler="random", scheduler_params={"trials": 4, "resource": 1}, client=client)
    with pytest.warns(RuntimeWarning, match="the objective returned"):
        plain.optimize(lambda trial: next(returns))
    assert [t["state"] for t in plain.trials] == ["failed", "failed", "failed", "completed"]
    assert plain.best_value == 0.5

    def stops_itself(trial):
        trial.report(1.0, 0.5)                           # below the job's resource: the study has not decided
        raise allot.TrialPruned()

    mine = allot.Study(space, scheduler="random", scheduler_params={"trials": 2, "resource": 1}, client=client)
    mine.optimize(stops_itself)
    assert [t["state"] for t in mine.trials] == ["failed", "failed"] and mine.finished

    typed = allot.Study(space, scheduler="random", scheduler_params={"trials": 2, "resource": 1}, client=client)
    with pytest.raises(TypeError, match="returned dict"):
        typed.optimize(lambda trial: {"loss": 1.0})
    assert typed.trials[0]["state"] == "failed"


def test_an_optuna_objective_runs_unchanged_and_a_different_range_is_refused(client):
    """Optuna's suggest_* calls read the trial's configuration after checking them against the space, so
    an objective ported from Optuna runs as it is, and one whose ranges differ from the study's stops
    with the difference named instead of searching another space than its author thinks."""
    space = [{"name": "lr", "type": "float", "low": 1e-4, "high": 0.1, "log": True},
             {"name": "width", "type": "int", "low": 16, "high": 256, "step": 16},
             {"name": "batch", "type": "categorical", "choices": ["16", "32"]},
             {"name": "optimizer", "type": "categorical", "choices": ["sgd", "adam"]},
             {"name": "momentum", "type": "float", "low": 0.0, "high": 0.99, "condition": {"parent": "optimizer", "values": ["sgd"]}}]
    seen = []

    def objective(trial):
        lr = trial.suggest_float("lr", 1e-4, 0.1, log=True)
        width = trial.suggest_int("width", 16, 256, step=16)
        batch = trial.suggest_categorical("batch", [16, 32])
        optimizer = trial.suggest_categorical("optimizer", ["sgd", "adam"])
        momentum = trial.suggest_float("momentum", 0.0, 0.99) if optimizer == "sgd" else 0.0
        seen.append((lr, width, batch, optimizer, momentum, dict(trial.params)))
        return -abs(math.log10(lr) + 2) - width / 1000 + momentum

    study = allot.Study(space, scheduler="random", scheduler_params={"trials": 12, "resource": 1}, client=client)
    study.optimize(objective)
    assert len(seen) == 12 and {s[3] for s in seen} == {"sgd", "adam"}
    for lr, width, batch, optimizer, momentum, params in seen:
        assert (lr, width, str(batch), optimizer) == (params["lr"], params["width"], params["batch"], params["optimizer"])
        assert type(batch) is int and momentum == params.get("momentum", 0.0)

    def refused(call, match):
        other = allot.Study(space, scheduler="random", scheduler_params={"trials": 30, "resource": 1}, client=client)
        with pytest.raises(allot.AllotInputError, match=match):
            other.optimize(call)
        assert other.trials[-1]["state"] == "failed"

    refused(lambda t: t.suggest_float("lr", 1e-5, 0.1, log=True), r"defines 'lr' as float in \[0.0001, 0.1\], log-scaled")
    refused(lambda t: t.suggest_float("lr", 1e-4, 0.1), r"suggest_float\('lr', 0.0001, 0.1, log=False\)")
    refused(lambda t: t.suggest_int("width", 16, 256), "step 16")
    refused(lambda t: t.suggest_float("lr", 1e-4, 0.1, step=0.01), r"step=0.01")
    refused(lambda t: t.suggest_categorical("batch", [16, 64]), r"choices \['16', '32'\]")
    refused(lambda t: t.suggest_float("rate", 0.0, 1.0), "has no parameter 'rate'")
    refused(lambda t: t.suggest_float("momentum", 0.0, 0.99), "exists only when 'optimizer' is one of \\['sgd'\\], and here 'optimizer' is 'adam'")


def by_run_objective(trial):
    """The MLP of ``objective`` written for Optuna: the suggest calls define the space, with a parameter
    (momentum) that exists for one optimizer only."""
    lr = trial.suggest_float("lr", 1e-3, 1.0, log=True)
    width = trial.suggest_categorical("width", [4, 32])
    optimizer_name = trial.suggest_categorical("optimizer", ["sgd", "adam"])
    momentum = trial.suggest_float("momentum", 0.0, 0.95) if optimizer_name == "sgd" else None
    torch.manual_seed(trial.number)
    model = torch.nn.Sequential(torch.nn.Linear(4, width), torch.nn.ReLU(), torch.nn.Linear(width, 2))
    optimizer = (torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum) if momentum is not None
                 else torch.optim.Adam(model.parameters(), lr=lr / 10))
    return train_on_blobs(trial, model, optimizer)


def test_a_study_without_a_space_is_defined_by_its_objective(client, tmp_path):
    """Define-by-run, as in Optuna: the objective's suggest calls define the space. Each trial lists the
    parameters it asked for (momentum for sgd trials only), the stored study reopens without a space in
    another process's Study and in the CLI, and a suggest call that changes a parameter is refused with
    both definitions named."""
    storage = tmp_path / "study.sqlite"
    study = allot.Study(storage=storage, name="mlp", scheduler="asha", sampler="tpe", sampler_params={"seed": 1, "startupTrials": 6},
                        scheduler_params={"minResource": 1, "maxResource": 9, "trials": 24}, client=client)
    assert study.definition["space"] == {"parameters": []}
    best = study.optimize(by_run_objective)
    trials = study.trials
    assert len(trials) == 24 and best["resource"] == 9 and best["value"] > 0.85
    for trial in trials:
        used = set(trial["configuration"])
        assert used == ({"lr", "width", "optimizer", "momentum"} if trial["configuration"]["optimizer"] == "sgd"
                        else {"lr", "width", "optimizer"})
        assert trial["configuration"]["width"] in ("4", "32")
    assert {t["configuration"]["optimizer"] for t in trials} == {"sgd", "adam"}
    # Optuna's FrozenTrial attributes over the records, for code written against them.
    top = study.best_trial
    assert (top.number, top.params, top.value, top.state, top.resource) == (best["id"], best["configuration"], best["value"], "completed", 9)
    assert [t.number for t in trials] == list(range(24)) and trials[0].user_attrs == {}
    assert study.direction == "maximize" and study.get_trials(states=("completed",)) == [t for t in trials if t.state == "completed"]
    from allot import TrialState                           # Optuna's names, for ported filters
    assert study.get_trials(states=[TrialState.PRUNED]) == [t for t in trials if t.state == "paused"]
    assert len(study.get_trials(states=[TrialState.COMPLETE, TrialState.PRUNED])) == 24
    with pytest.raises(allot.AllotInputError, match="unknown states \\['COMPLETE'\\]"):
        study.get_trials(states=["COMPLETE"])
    frame = study.trials_dataframe()                       # Optuna's table, for a notebook
    assert list(frame.columns) == ["number", "value", "state", "resource", "evaluations",
                                   "params_lr", "params_momentum", "params_optimizer", "params_width"]
    assert len(frame) == 24 and frame["params_momentum"].isna().tolist() == [t.params["optimizer"] == "adam" for t in trials]
    full = frame[frame["resource"] == 9]
    assert full.loc[full["value"].idxmax(), "number"] == top.number

    study.set_user_attr("dataset", {"name": "blobs", "rows": 256})
    study.set_user_attr("dataset", {"name": "blobs", "rows": 512})        # replaced
    again = allot.Study(storage=storage, name="mlp", client=client)        # opened, not created anew
    assert again.user_attrs == {"dataset": {"name": "blobs", "rows": 512}}
    assert [t["configuration"] for t in again.trials] == [t["configuration"] for t in trials]
    listed = json.loads(subprocess.run([os.environ["ALLOT_BINARY"], "study", "trials", "--storage", str(storage), "--name", "mlp"],
                                       capture_output=True, text=True, check=True).stdout)
    assert [t["configuration"] for t in listed] == [t["configuration"] for t in trials]

    # Optuna's warm start: values queued before any trial asked for their parameters.
    warm = allot.Study(direction="maximize", scheduler="random", scheduler_params={"trials": 3, "resource": 1}, client=client)
    warm.enqueue_trial({"lr": 0.05, "width": 32, "optimizer": "sgd", "momentum": 0.9})
    warm.enqueue_trial({"lr": 0.05, "width": 32, "optimizer": "rmsprop"})
    warm.optimize(by_run_objective, n_trials=1, catch=(allot.AllotInputError,))
    assert warm.trials[0]["configuration"] == {"lr": 0.05, "width": "32", "optimizer": "sgd", "momentum": 0.9}
    with pytest.raises(allot.AllotInputError, match=r"trial 1 was queued with optimizer = \"rmsprop\", which is not categorical"):
        warm.optimize(by_run_objective, n_trials=1)

    other = allot.Study(scheduler="random", scheduler_params={"trials": 6, "resource": 1}, client=client)
    other.optimize(lambda t: t.suggest_int("layers", 1, 4), n_trials=5)
    with pytest.raises(allot.AllotInputError, match=r"first asked for as an int in \[1, 4\], now as an int in \[1, 8\]"):
        other.optimize(lambda t: t.suggest_int("layers", 1, 8), n_trials=1)
    with pytest.raises(allot.AllotInputError, match="samples with random or tpe"):
        allot.Study(sampler="sobol", client=client)


def test_an_objective_whose_loop_does_not_fit_the_study_is_told_so(client):
    """Optuna's README objective (a model fit once, no reports) under Allot's default scheduler, ASHA: a
    promoted trial would run the same evaluation again, so optimize says so once, naming the fix; so
    does Optuna's PyTorch example, whose 10 epochs stop short of ASHA's largest resource (27). An
    objective that trains to trial.resource, or a study whose resources fit the loop, hears nothing."""
    def fit_once(trial):
        if trial.suggest_categorical("regressor", ["SVR", "RandomForest"]) == "SVR":
            return abs(math.log10(trial.suggest_float("svr_c", 1e-10, 1e10, log=True)) - 2) / 10 + 0.1
        return abs(trial.suggest_int("rf_max_depth", 2, 32) - 12) / 40 + 0.05

    study = allot.Study(direction="minimize", client=client)
    with pytest.warns(RuntimeWarning, match=r"trial 0 returned without reading trial.resource or reporting: the asha scheduler") as caught:
        study.optimize(fit_once, n_trials=40)
    assert len([w for w in caught if "without reading trial.resource" in str(w.message)]) == 1
    assert len(study.trials) < 40                          # what it warned of: promoted trials ran again

    def ten_epochs(trial):                                 # Optuna's PyTorch example: EPOCHS = 10, reports from epoch 0
        lr = trial.suggest_float("lr", 1e-3, 1.0, log=True)
        for epoch in range(10):
            accuracy = 1 - abs(math.log10(lr) + 1) / 3 - 1 / (epoch + 2)
            trial.report(accuracy, epoch)
            if trial.should_prune():
                raise allot.TrialPruned()
        return accuracy

    with pytest.warns(RuntimeWarning, match=r"returned after reporting step 9, short of the resource its job asked for \(27"):
        allot.Study(client=client).optimize(ten_epochs, n_trials=30)

    def by_resource(trial):
        return fit_once(trial) + 1 / trial.resource
    import warnings as _warnings
    with _warnings.catch_warnings():
        _warnings.simplefilter("error", RuntimeWarning)
        allot.Study(direction="minimize", client=client).optimize(by_resource, n_trials=20)
        once = allot.Study(direction="minimize", scheduler="random", scheduler_params={"trials": 20, "resource": 1}, client=client)
        once.optimize(fit_once)
        allot.Study(scheduler_params={"minResource": 1, "maxResource": 9, "trials": 20}, client=client).optimize(ten_epochs)
    assert len(once.trials) == 20


def test_the_median_rule_stops_trials_below_the_median_as_optunas_default_pruner(client):
    """scheduler="median" (Optuna's MedianPruner): the first trials run to the end, later ones stop when
    their best value so far falls below the median of completed trials at that epoch."""
    def objective(trial):
        lr = trial.suggest_float("lr", 1e-3, 1.0, log=True)
        for epoch in range(10):
            accuracy = 1 - abs(math.log10(lr) + 1) / 3 - 1 / (epoch + 2)
            trial.report(accuracy, epoch + 1)
            if trial.should_prune():
                raise allot.TrialPruned()
        return accuracy

    study = allot.Study(scheduler="median", scheduler_params={"maxResource": 10, "trials": 30}, sampler="tpe", client=client)
    study.optimize(objective)
    trials = study.trials
    assert [t.state for t in trials[:5]] == ["completed"] * 5
    stopped = [t for t in trials if t.state == "paused"]
    assert len(stopped) >= 5 and all(t.resource < 10 for t in stopped)
    best = study.best_trial
    assert best.resource == 10 and all(t.value <= best.value for t in trials if t.resource == 10)


def test_a_study_defined_by_its_objective_checkpointed_with_state_dict_continues_identically(client):
    def objective(trial):
        x = trial.suggest_float("x", -5.0, 5.0)
        kind = trial.suggest_categorical("kind", ["square", "abs"])
        scale = trial.suggest_int("scale", 1, 3) if kind == "abs" else 1
        drop = trial.suggest_float("drop", 0.0, 0.5, step=0.1)          # Optuna's discrete float
        assert trial.suggest_discrete_uniform("drop", 0.0, 0.5, 0.1) == drop     # and its older spellings
        assert trial.suggest_uniform("x", -5.0, 5.0) == x
        return (-(x - 1) ** 2 if kind == "square" else -scale * abs(x - 1)) - abs(drop - 0.2)

    study = allot.Study(scheduler="random", scheduler_params={"trials": 30, "resource": 1}, sampler="tpe",
                        sampler_params={"seed": 4, "startupTrials": 5}, client=client)
    study.optimize(objective, n_trials=12)
    restored = allot.Study.from_state_dict(study.state_dict(), client=client)
    study.optimize(objective)
    restored.optimize(objective)
    assert restored.trials == study.trials and len(study.trials) == 30
    assert {t.params["drop"] for t in study.trials} <= {0.0, 0.1, 0.2, 0.3, 0.4, 0.5}     # the grid's decimals
    with pytest.raises(allot.AllotInputError, match=r"first asked for as a float in \[0, 0.5\], step 0.1, now as a float in \[0, 0.5\]"):
        study2 = allot.Study(scheduler="random", scheduler_params={"trials": 3, "resource": 1}, client=client)
        study2.optimize(lambda t: t.suggest_float("drop", 0.0, 0.5, step=0.1) + t.suggest_float("drop", 0.0, 0.5))


def test_an_in_memory_study_checkpointed_with_state_dict_continues_identically(client):
    """save → load → identical continuation: the restored study hands out the same jobs as the original,
    through JSON (a checkpoint file), with a job still running at the snapshot; a broken document is
    refused naming the field."""
    space = [{"name": "x", "type": "float", "low": 0, "high": 1}, {"name": "o", "type": "categorical", "choices": ["a", "b"]}]

    def value(trial):
        return -abs(trial.params["x"] - 0.3) + (0.1 if trial.params["o"] == "a" else 0) + 0.01 * trial.resource

    original = allot.Study(space, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9, "trials": 30},
                           sampler="tpe", sampler_params={"seed": 4}, client=client)
    for _ in range(25):
        trial = original.ask()
        original.tell(trial, value(trial))
    running = original.ask()
    restored = allot.Study.from_state_dict(json.loads(json.dumps(original.state_dict())), client=client)
    assert restored.trials == original.trials and restored.definition["sampler"] == original.definition["sampler"]
    jobs = {}
    for name, study in (("original", original), ("restored", restored)):
        study.tell(allot.Trial(study, running._job), value(running))
        jobs[name] = []
        while (trial := study.ask()) is not None:
            jobs[name].append((trial.number, trial.resource, trial.params))
            study.tell(trial, value(trial))
        assert study.finished
    assert jobs["original"] == jobs["restored"] and len(jobs["original"]) > 10
    assert restored.best_trial == original.best_trial
    with pytest.raises(allot.AllotInputError, match="state"):
        allot.Study.from_state_dict({"format": "allot-study", "version": 99}, client=client)


def test_optimize_with_threads_runs_jobs_at_once_and_keeps_the_counts(client):
    """n_jobs=4, as Optuna's: four objectives at once (each sleeps 0.1 s, releasing the GIL), n_trials is exact, an ASHA study finishes with every thread
    waiting for the others' rungs, and the first exception is raised once the running jobs end."""
    space = [{"name": "x", "type": "float", "low": 0, "high": 1}]
    running, peak = [0], [0]
    guard = threading.Lock()

    def objective(trial):
        with guard:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.1)
        with guard:
            running[0] -= 1
        return -abs(trial.params["x"] - 0.3)

    study = allot.Study(space, scheduler="random", scheduler_params={"trials": 100, "resource": 1}, client=client)
    study.optimize(objective, n_trials=16, n_jobs=4)
    assert len(study.trials) == 16 and peak[0] == 4

    asha = allot.Study(space, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9, "trials": 30},
                       sampler="tpe", client=client)
    asha.optimize(lambda trial: -abs(trial.params["x"] - 0.3) + 0.01 * trial.resource, n_jobs=3)
    assert asha.finished and asha.best_trial["resource"] == 9

    def broken(trial):
        time.sleep(0.02)
        if trial.number == 5:
            raise ZeroDivisionError("trial 5")
        return 0.0

    failing = allot.Study(space, scheduler="random", scheduler_params={"trials": 100, "resource": 1}, client=client)
    with pytest.raises(ZeroDivisionError, match="trial 5"):
        failing.optimize(broken, n_jobs=4)
    states = [t["state"] for t in failing.trials]
    assert "running" not in states and len(states) < 20 and states[5] == "failed"
    with pytest.raises(allot.AllotInputError, match="n_jobs"):
        failing.optimize(broken, n_jobs=0)

    seen = []

    def stop_at_three(study, trial):
        seen.append((trial.number, trial.finished))
        if len(seen) == 3:
            raise StopIteration("enough")

    logged = allot.Study(space, scheduler="random", scheduler_params={"trials": 10, "resource": 1}, client=client)
    with pytest.raises(StopIteration):
        logged.optimize(lambda trial: trial.params["x"], callbacks=[stop_at_three])
    assert seen == [(0, True), (1, True), (2, True)] and len(logged.trials) == 3


def test_the_pruning_callback_stops_a_trainer(client, tmp_path):
    """allot.hf.PruningCallback under a real transformers.Trainer: each evaluation is reported, and a
    pruned trial's training stops at that evaluation."""
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments
    import allot.hf

    ids = torch.randint(1, 64, (64, 16), generator=torch.Generator().manual_seed(1))
    data = [{"input_ids": row, "labels": int(row[0] > 32)} for row in ids]
    study = allot.Study([{"name": "lr", "type": "float", "low": 1e-5, "high": 1e-2, "log": True}], direction="minimize",
                        scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 4, "eta": 2, "trials": 6}, client=client)
    epochs_trained = []
    while (trial := study.ask()) is not None:
        torch.manual_seed(0)
        model = BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                         intermediate_size=32, max_position_embeddings=32))
        callback = allot.hf.PruningCallback(trial, metric="eval_loss")
        args = TrainingArguments(output_dir=str(tmp_path / f"t{trial.number}"), num_train_epochs=4, per_device_train_batch_size=16,
                                 learning_rate=trial.params["lr"], eval_strategy="epoch", save_strategy="no", report_to=[],
                                 use_cpu=True, disable_tqdm=True)
        trainer = Trainer(model=model, args=args, train_dataset=data, eval_dataset=data, callbacks=[callback])
        trainer.train()
        epochs_trained.append(round(trainer.state.epoch))
        if callback.pruned:
            with pytest.raises(allot.TrialPruned):
                callback.raise_if_pruned()
        else:
            assert trial.finished
    assert len(epochs_trained) == 6
    assert min(epochs_trained) < 4 and max(epochs_trained) == 4      # some were stopped early, some ran to the end
    assert study.best_trial["resource"] == 4


def test_the_pruning_callback_warns_when_the_study_maximizes_a_loss(client):
    """Allot's studies maximize by default and Optuna's minimize: an Optuna user's PruningCallback on
    eval_loss would silently look for the worst model. It warns, pointing at the caller's line."""
    import warnings
    import allot.hf

    space = [{"name": "x", "type": "float", "low": 0.0, "high": 1.0}]
    default = allot.Study(space, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 3}, client=client)
    with pytest.warns(RuntimeWarning, match="direction='minimize'") as caught:
        allot.hf.PruningCallback(default.ask(), metric="eval_loss")
    assert caught[0].filename == __file__
    minimizing = allot.Study(space, direction="minimize", scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 3},
                             client=client)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        allot.hf.PruningCallback(minimizing.ask(), metric="eval_loss")
        allot.hf.PruningCallback(default.ask(), metric="eval_accuracy")


def test_the_pruning_callback_reports_completed_epochs_when_evaluating_within_epochs(client, tmp_path):
    """With evaluations every 3 steps of 4-step epochs (at 0.75, 1.5, 2.25 and 3 epochs), each value is
    reported at the epochs completed, never rounded up: a rung at 1 epoch is not decided 0.75 epochs in."""
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments
    import allot.hf

    ids = torch.randint(1, 64, (64, 16), generator=torch.Generator().manual_seed(1))
    data = [{"input_ids": row, "labels": int(row[0] > 32)} for row in ids]
    study = allot.Study([{"name": "lr", "type": "float", "low": 1e-4, "high": 1e-2, "log": True}], direction="minimize",
                        scheduler="random", scheduler_params={"trials": 1, "resource": 3}, client=client)
    trial = study.ask()
    seen = []

    class Recording(allot.hf.PruningCallback):
        def on_evaluate(self, args, state, control, metrics=None, **kwargs):
            seen.append((state.epoch, self.step_of(state)))
            super().on_evaluate(args, state, control, metrics=metrics, **kwargs)

    torch.manual_seed(0)
    model = BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                     intermediate_size=32, max_position_embeddings=32))
    args = TrainingArguments(output_dir=str(tmp_path), num_train_epochs=3, per_device_train_batch_size=16, learning_rate=1e-3,
                             eval_strategy="steps", eval_steps=3, save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
    Trainer(model=model, args=args, train_dataset=data, eval_dataset=data, callbacks=[Recording(trial, metric="eval_loss")]).train()
    assert [step for _, step in seen] == [0, 1, 2, 3]
    assert all(step <= epoch + 1e-9 for epoch, step in seen), seen
    assert trial.finished and study.best_trial["resource"] == 3


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_stop_from_a_callback_ends_optimize_without_an_error(client, n_jobs):
    """Optuna's study.stop(): a callback (or the objective) ends optimize once the running jobs end;
    outside optimize it is an error rather than a flag that would end the next run at once."""
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 50, "resource": 1}, client=client)
    seen = []

    def enough(study, trial):
        seen.append(trial.number)
        if len(seen) == 5:
            study.stop()

    best = study.optimize(lambda trial: trial.params["lr"], callbacks=[enough], n_jobs=n_jobs)
    assert 5 <= len(study.trials) <= 5 + n_jobs and best is not None
    assert all(t["state"] == "completed" for t in study.trials)
    with pytest.raises(RuntimeError, match="running optimize"):
        study.stop()
    study.optimize(lambda trial: trial.params["lr"], n_trials=3, n_jobs=n_jobs)      # the next run is not stopped by the last
    assert len(study.trials) >= len(seen) + 3


def test_optunas_progress_bar_and_gc_arguments_are_taken(client, monkeypatch, capsys):
    """study.optimize(..., show_progress_bar=True, gc_after_trial=True), as an Optuna script calls it:
    a bar (tqdm's; without tqdm a line per job on stderr) and a collection after each job."""
    import gc
    import sys

    collected = []
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(1) or 0)
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 4, "resource": 1}, client=client)
    study.optimize(lambda trial: trial.params["lr"], n_trials=2, show_progress_bar=True, gc_after_trial=True)
    assert len(collected) == 2 and "2/2" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)                    # as if tqdm were not installed
    study.optimize(lambda trial: trial.params["lr"], n_trials=2, show_progress_bar=True)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("job 1/2: trial 2, best value ") and lines[1].startswith("job 2/2: trial 3")
    assert len(collected) == 2


def test_ctrl_c_stops_optimize_with_threads_from_starting_more_jobs(tmp_path):
    """Ctrl-C reaches only the main thread, which waits in join(): the worker threads used to go on
    starting jobs in the background (all of n_trials, in a notebook whose kernel lives on). Now the
    interrupt is raised at once and no thread starts another job. Run in a child process, since the
    test sends itself SIGINT."""
    import sys
    script = tmp_path / "interrupt.py"
    script.write_text("""
import os, signal, threading, time
import allot
study = allot.Study([{"name": "x", "type": "float", "low": 0, "high": 1}], scheduler="random",
                    scheduler_params={"trials": 1000, "resource": 1})
started = []
def objective(trial):
    started.append(trial.number)
    time.sleep(0.05)
    return trial.params["x"]
threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    study.optimize(objective, n_jobs=2)
except KeyboardInterrupt:
    at_interrupt = len(started)
time.sleep(0.5)
print(at_interrupt, len(started))
""")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    at_interrupt, at_end = map(int, run.stdout.split())
    assert 0 < at_interrupt < 100 and at_end == at_interrupt


def test_user_attributes_are_kept_by_the_study_as_optuna_keeps_them(client, tmp_path):
    """trial.set_user_attr (Optuna's): any JSON value, torch and numpy scalars as numbers, set while
    training or after tell, replaced by key, listed with the trial, kept by the SQLite file and by
    state_dict; a NaN or a value JSON cannot hold is refused naming where."""
    import numpy

    def objective(trial):
        trial.set_user_attr("width", trial.params["width"])
        accuracy = objective_value(trial)
        trial.set_user_attr("test_accuracy", torch.tensor(accuracy / 2))
        trial.set_user_attr("curve", numpy.array([0.25, accuracy]))
        return accuracy

    def objective_value(trial):
        return 1 - abs(math.log10(trial.params["lr"]) + 1)

    path = tmp_path / "attrs.sqlite"
    study = allot.Study(SPACE, storage=str(path), name="a", scheduler="random", scheduler_params={"trials": 4, "resource": 1},
                        client=client)
    study.optimize(objective)
    trials = study.trials
    assert all(set(t["attributes"]) == {"width", "test_accuracy", "curve"} for t in trials)
    for t in trials:
        assert t["attributes"]["width"] == t["configuration"]["width"]
        assert t["attributes"]["curve"] == [0.25, pytest.approx(t["value"])]
        assert t["attributes"]["test_accuracy"] == pytest.approx(t["value"] / 2, rel=1e-6)     # float32 of a tensor
    assert study.best_trial["attributes"]["width"] == study.best_params["width"]

    reopened = allot.Study(None, storage=str(path), name="a", client=client)
    assert reopened.trials == trials

    memory = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 2, "resource": 1}, client=client)
    trial = memory.ask()
    trial.set_user_attr("note", "first")
    trial.set_user_attr("note", {"replaced": True})
    assert trial.user_attrs == {"note": {"replaced": True}}
    restored = allot.Study.from_state_dict(memory.state_dict(), client=client)
    assert restored.trials == memory.trials and restored.trials[0]["attributes"] == {"note": {"replaced": True}}
    for key, value, where in [("k", [1.0, float("nan")], "value[1]"), ("k", None, "value"), ("", 1, "key"), ("k", "x" * 70_000, "value")]:
        with pytest.raises(allot.AllotInputError) as error:
            trial.set_user_attr(key, value)
        assert error.value.path == where
    assert memory.trials[0]["attributes"] == {"note": {"replaced": True}}


@pytest.mark.parametrize("defined", ["by-space", "by-hp-space"])
def test_hyperparameter_search_runs_a_study_over_a_trainer(client, tmp_path, defined):
    """allot.hf.hyperparameter_search, Trainer.hyperparameter_search's counterpart: each trial trains a fresh
    model from model_init (which asks the trial for the LoRA rank) at the trial's learning rate, on the
    full run's schedule, is pruned at the study's rungs, and the arguments are restored afterwards. The
    same with Transformers' hp_space function on a study created without a space."""
    from peft import LoraConfig, get_peft_model
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainerCallback, TrainingArguments
    import allot.hf

    ids = torch.randint(1, 64, (64, 16), generator=torch.Generator().manual_seed(1))
    data = [{"input_ids": row, "labels": int(row[0] > 32)} for row in ids]
    built = []

    def model_init(trial):
        torch.manual_seed(0)
        base = BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                        intermediate_size=32, max_position_embeddings=32))
        rank = trial.suggest_int("r", 1, 8) if trial is not None else 2      # Trainer calls it once without a trial
        built.append(rank)
        return get_peft_model(base, LoraConfig(r=rank, lora_alpha=2 * rank, target_modules=["query", "value"], task_type="SEQ_CLS"))

    seen = []

    class Seen(TrainerCallback):
        def on_train_begin(self, args, state, control, model=None, optimizer=None, lr_scheduler=None, **kwargs):
            seen.append({"lr": args.learning_rate, "epochs": args.num_train_epochs, "batch": args.per_device_train_batch_size,
                         "r": model.peft_config["default"].r, "warmup": args.warmup_steps})

        def on_train_end(self, args, state, control, **kwargs):
            seen[-1]["trained"] = state.epoch

    args = TrainingArguments(output_dir=str(tmp_path), num_train_epochs=1, per_device_train_batch_size=16, learning_rate=1e-3,
                             eval_strategy="epoch", save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
    trainer = Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data, callbacks=[Seen()])
    space = [{"name": "learning_rate", "type": "float", "low": 1e-4, "high": 3e-2, "log": True},
             {"name": "r", "type": "int", "low": 1, "high": 8},
             {"name": "per_device_train_batch_size", "type": "categorical", "choices": ["8", "16"]},
             {"name": "warmup_steps", "type": "float", "low": 0.0, "high": 0.3}]    # a float field whose default is the int 0
    hp_space = None
    if defined == "by-hp-space":
        space = None

        def hp_space(trial):
            return {"learning_rate": trial.suggest_float("learning_rate", 1e-4, 3e-2, log=True),
                    "per_device_train_batch_size": trial.suggest_categorical("per_device_train_batch_size", [8, 16])}
    study = allot.Study(space, direction="minimize", scheduler="asha",
                        scheduler_params={"minResource": 1, "maxResource": 4, "eta": 2, "trials": 6}, client=client)
    best = allot.hf.hyperparameter_search(trainer, study, metric="eval_loss", hp_space=hp_space)

    trials = {t["id"]: t for t in study.trials}
    assert study.finished and best["resource"] == 4 and len(trials) == 6
    assert best["attributes"]["metrics"]["eval_loss"] == best["value"] and best["attributes"]["metrics"]["epoch"] == 4
    runs = seen
    assert len(runs) >= 6 and all(run["epochs"] == 4 for run in runs)          # every trial on the 4-epoch schedule
    told = sorted((t["configuration"]["learning_rate"], t["configuration"]["r"]) for t in trials.values())
    assert sorted({(run["lr"], run["r"]) for run in runs}) == told            # each trial trained its own parameters
    assert {type(run["batch"]) for run in runs} == {int} and {run["batch"] for run in runs} <= {8, 16}   # a choice, as an int
    assert min(run["trained"] for run in runs) < 4 and max(run["trained"] for run in runs) == 4   # pruning stopped some
    assert (trainer.args.learning_rate, trainer.args.num_train_epochs, trainer.args.per_device_train_batch_size) == (1e-3, 1, 16)  # restored
    if hp_space is None:
        assert sorted(run["warmup"] for run in runs if run["trained"] == 4) == sorted(
            t["configuration"]["warmup_steps"] for t in trials.values() if t["resource"] == 4)
        # A parameter that is no field (warmup_ratio left transformers 5) and that model_init never reads is reported.
        ignored = allot.Study(space + [{"name": "warmup_ratio", "type": "float", "low": 0.0, "high": 0.3}], direction="minimize",
                              scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 4, "eta": 2, "trials": 2}, client=client)
        with pytest.warns(RuntimeWarning, match=r"\['warmup_ratio'\] are not TrainingArguments fields and model_init did not read them"):
            allot.hf.hyperparameter_search(trainer, ignored, metric="eval_loss", n_trials=1)

    with pytest.warns(RuntimeWarning, match="direction='minimize'"):
        with pytest.raises(ValueError, match="eval_strategy"):
            plain = Trainer(model_init=model_init, args=TrainingArguments(output_dir=str(tmp_path), report_to=[], use_cpu=True),
                            train_dataset=data)
            allot.hf.hyperparameter_search(plain, allot.Study(space, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 4},
                                                              client=client))
    with pytest.raises(ValueError, match="model_init"):
        allot.hf.hyperparameter_search(Trainer(model=model_init(None), args=args, train_dataset=data, eval_dataset=data), study)
    if hp_space is not None:
        other = allot.Study(direction="minimize", scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 4}, client=client)
        with pytest.raises(ValueError, match="num_train_epochs, which is the study's resource"):
            allot.hf.hyperparameter_search(trainer, other, hp_space=lambda trial: {"num_train_epochs": trial.suggest_int("num_train_epochs", 1, 5)})
        with pytest.raises(ValueError, match="'r', which is not a TrainingArguments field"):
            allot.hf.hyperparameter_search(trainer, other, hp_space=lambda trial: {"r": trial.suggest_int("r", 1, 8)})
        assert trainer.args.num_train_epochs == 1


def _hartmann3(x):
    """Hartmann-3 (minimum -3.86278 at (0.114614, 0.555649, 0.852547))."""
    alpha = [1.0, 1.2, 3.0, 3.2]
    a = [[3.0, 10, 30], [0.1, 10, 35], [3.0, 10, 30], [0.1, 10, 35]]
    p = [[0.3689, 0.1170, 0.2673], [0.4699, 0.4387, 0.7470], [0.1091, 0.8732, 0.5547], [0.0381, 0.5743, 0.8828]]
    return -sum(alpha[i] * math.exp(-sum(a[i][j] * (x[j] - p[i][j]) ** 2 for j in range(3))) for i in range(4))


def _best(sampler, seed, trials=60):
    space = [{"name": f"x{j}", "type": "float", "low": 0.0, "high": 1.0} for j in range(3)]
    study = allot.Study(space, direction="minimize", scheduler="random", scheduler_params={"trials": trials, "resource": 1},
                        sampler=sampler, sampler_params={"seed": seed})
    proposals = []
    while (trial := study.ask()) is not None:
        x = [trial.params[f"x{j}"] for j in range(3)]
        proposals.append(x)
        study.tell(trial, _hartmann3(x))
    return study.best_trial["value"], proposals


def test_tpe_from_python_beats_random_search_and_repeats_itself(client):
    tpe = [_best("tpe", seed)[0] for seed in range(5)]
    random = [_best("random", seed)[0] for seed in range(5)]
    assert sorted(tpe)[2] < sorted(random)[2], (tpe, random)
    assert _best("tpe", 3)[1] == _best("tpe", 3)[1]


def test_bad_sampler_parameters_name_the_field(client):
    with pytest.raises(allot.AllotInputError, match="goodFraction"):
        allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 3, "resource": 1},
                    sampler="tpe", sampler_params={"goodFraction": 2})
    with pytest.raises(allot.AllotInputError, match="candidates"):
        allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 3, "resource": 1},
                    sampler="tpe", sampler_params={"candidatez": 5})


def test_cost_aware_halving_by_hand_with_told_costs(client):
    """The by-hand trace of docs/tuning.md's cost-aware halving: four learners at 10, 30, 90, 270 samples,
    told their values and training times. The budget is the first rung's time (3.35); at most half of a
    rung goes on; C (best at full size but quadratic in time) never fits, and B (10x cheaper than A) wins."""
    values = {"A": [0.80, 0.85, 0.88, 0.90], "B": [0.78, 0.84, 0.89, 0.91], "C": [0.79, 0.83, 0.86, 0.95], "D": [0.5] * 4}
    costs = {"A": [1, 3, 9, 27], "B": [0.1, 0.3, 0.9, 2.7], "C": [2, 18, 162, 1458], "D": [0.25] * 4}
    study = allot.Study([{"name": "learner", "type": "categorical", "choices": list(values)}],
                        scheduler="cost-aware-halving", scheduler_params={"maxResource": 270, "trials": 4}, client=client)
    assert study.definition["scheduler"]["parameters"]["minResource"] == 10
    for learner in values:
        study.enqueue_trial({"learner": learner})
    asked = []
    while not study.finished:
        batch = []
        while (trial := study.ask()) is not None:
            batch.append(trial)
        for trial in batch:
            learner, rung = trial.params["learner"], [10, 30, 90, 270].index(trial.resource)
            asked.append(f"{learner}@{trial.resource:g}")
            study.tell(trial, values[learner][rung], cost=costs[learner][rung])
    assert asked == ["A@10", "B@10", "C@10", "D@10", "A@30", "B@30", "A@90", "B@90", "B@270"]
    assert study.best_params == {"learner": "B"}
    with pytest.raises(allot.AllotInputError) as error:
        other = allot.Study([{"name": "learner", "type": "categorical", "choices": ["A"]}], scheduler="cost-aware-halving",
                            scheduler_params={"maxResource": 9, "trials": 1}, client=client)
        other.tell(other.ask(), 0.5, cost=-1)
    assert "cost" in str(error.value)


def test_cost_aware_halving_re_evaluates_the_finalists(client):
    """With every cost fitting (rungBudget 1000, keep 1) all four reach 270, and the final budget
    re-evaluates the two best by mean: C's first split is lucky (0.95, then 0.86), so re-evaluation
    hands the pick to B. Each re-evaluation is a fresh start (no resume_from) with its repetition
    number, and a trial's value is the mean of its evaluations."""
    values = {"A": [0.80, 0.85, 0.88, 0.90], "B": [0.78, 0.84, 0.89, 0.91], "C": [0.79, 0.83, 0.86, 0.95], "D": [0.5] * 4}
    again = {"A": 0.90, "B": 0.92, "C": 0.86, "D": 0.5}
    costs = {"A": [1, 3, 9, 27], "B": [0.1, 0.3, 0.9, 2.7], "C": [2, 18, 162, 1458], "D": [0.25] * 4}
    study = allot.Study([{"name": "learner", "type": "categorical", "choices": list(values)}], scheduler="cost-aware-halving",
                        scheduler_params={"maxResource": 270, "trials": 4, "rungBudget": 1000, "keep": 1}, client=client)
    for learner in values:
        study.enqueue_trial({"learner": learner})
    repeats = []
    while not study.finished:
        batch = []
        while (trial := study.ask()) is not None:
            batch.append(trial)
        for trial in batch:
            learner, rung = trial.params["learner"], [10, 30, 90, 270].index(trial.resource)
            if trial.repetition:
                assert trial.resume_from is None and trial.resource == 270
                repeats.append(f"{learner}{trial.repetition}")
            value = again[learner] if trial.repetition else values[learner][rung]
            study.tell(trial, value, cost=costs[learner][rung])
    assert repeats == ["C1", "B1", "B2", "C2", "B3", "A1", "B4", "A2"]
    assert study.best_params == {"learner": "B"}
    assert study.best_trial["evaluations"] == 5 and abs(study.best_trial["value"] - (0.91 + 4 * 0.92) / 5) < 1e-12
    once = allot.Study([{"name": "learner", "type": "categorical", "choices": list(values)}], scheduler="cost-aware-halving",
                       scheduler_params={"maxResource": 270, "trials": 4, "rungBudget": 1000, "keep": 1, "finalEvaluations": 1},
                       client=client)
    for learner in values:
        once.enqueue_trial({"learner": learner})
    while not once.finished:
        batch = []
        while (trial := once.ask()) is not None:
            batch.append(trial)
        for trial in batch:
            assert trial.repetition == 0
            rung = [10, 30, 90, 270].index(trial.resource)
            once.tell(trial, values[trial.params["learner"]][rung], cost=costs[trial.params["learner"]][rung])
    assert once.best_params == {"learner": "C"}   # one split each: C's lucky one wins


def test_cost_aware_halving_chooses_a_model_family_timing_each_job(client, tmp_path):
    """Model selection on a real (tiny) task: four torch model families, the resource is the number of
    training samples, each rung retrains from scratch, and the study times each job itself (from ask to
    the report that reaches the job's resource). Invariants: every family starts, each rung keeps at most
    half of the one below (at least two) and only from it, re-evaluations (seeded by their repetition;
    with the final budget at its largest, 1000) only at the full size and at most four more per family, the pick reached the full size with the mean
    of its evaluations as its value, and the journal holds a measured cost for every job."""
    import sqlite3
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(3200, 8, generator=generator)
    y = ((x[:, 0] * x[:, 1] + 0.5 * x[:, 2] ** 2 - 0.5) > 0).long()
    families = {"linear": [], "mlp-16": [16], "mlp-64": [64], "mlp-128x2": [128, 128]}

    def train(trial):
        torch.manual_seed(trial.repetition)
        layers, width = [], 8
        for hidden in families[trial.params["family"]]:
            layers += [torch.nn.Linear(width, hidden), torch.nn.ReLU()]
            width = hidden
        model = torch.nn.Sequential(*layers, torch.nn.Linear(width, 2))
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
        n = int(trial.resource)
        for _ in range(30):
            for i in range(0, n, 64):
                optimizer.zero_grad()
                torch.nn.functional.cross_entropy(model(x[i:min(i + 64, n)]), y[i:min(i + 64, n)]).backward()
                optimizer.step()
        with torch.no_grad():
            accuracy = float((model(x[2700:]).argmax(1) == y[2700:]).float().mean())
        trial.report(accuracy, trial.resource)
        if trial.resource == 2700:
            finals.setdefault(trial.number, []).append(accuracy)
        if trial.should_prune():
            raise allot.TrialPruned()
        return accuracy

    finals = {}
    path = tmp_path / "families.sqlite"
    study = allot.Study([{"name": "family", "type": "categorical", "choices": list(families)}], scheduler="cost-aware-halving",
                        scheduler_params={"maxResource": 2700, "minResource": 100, "trials": 4, "finalBudget": 1000}, storage=path, name="families",
                        client=client)
    for family in families:
        study.enqueue_trial({"family": family})
    study.optimize(train)
    best = study.best_trial
    assert best["resource"] == 2700
    entries = [json.loads(row[0]) for row in sqlite3.connect(path).execute(
        "SELECT entry FROM journal WHERE study = 'families' ORDER BY sequence")]
    asks = [e for e in entries if e["type"] == "ask"]
    tells = [e for e in entries if e["type"] == "tell"]
    rungs, repeats = {}, [e for e in asks if e.get("repetition", 0) > 0]
    for e in asks:
        if e.get("repetition", 0) == 0:
            rungs.setdefault(e["resource"], []).append(e["trial"])
    sizes = sorted(rungs)
    assert sizes == [100, 300, 900, 2700] and sorted(rungs[100]) == [0, 1, 2, 3]
    for below, above in zip(sizes, sizes[1:]):
        assert set(rungs[above]) <= set(rungs[below])
        assert 1 <= len(rungs[above]) <= max(2, -(-len(rungs[below]) // 2))   # the leader always; at most half
    assert len(tells) == len(asks) and all(e["cost"] > 0 for e in tells)
    assert best["id"] in rungs[2700]
    # finalBudget 1000 leaves room: with two finalists the two are re-evaluated; one alone never is.
    assert bool(repeats) == (len(rungs[2700]) > 1)
    assert all(e["resource"] == 2700 and e["trial"] in rungs[2700] and "resumeFrom" not in e for e in repeats)
    assert all(len(finals[t]) <= 5 for t in rungs[2700])
    assert abs(best["value"] - sum(finals[best["id"]]) / len(finals[best["id"]])) < 1e-9
    assert best.get("evaluations", 1) == len(finals[best["id"]])


def test_a_script_under_allot_tune_uses_allot_job_for_the_protocol(tmp_path):
    """allot.job: the job from the ALLOT_* variables, value lines printed (and flushed) by report, an
    attribute by set_user_attr, resumed from its checkpoint when ASHA promotes it; run by allot tune."""
    import sys

    from conftest import ROOT
    import allot.job

    (tmp_path / "space.json").write_text(json.dumps({"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1},
                                                                     {"name": "kind", "type": "categorical", "choices": ["a", "b"]}]}))
    (tmp_path / "train.py").write_text("""
import json, os
import allot.job
job = allot.job.current()
start = 0
if job.resume_from:
    start = json.load(open(job.checkpoint))["epoch"]
    assert start == job.resume_from
for epoch in range(start + 1, int(job.resource) + 1):
    json.dump({"epoch": epoch}, open(job.checkpoint, "w"))
    job.report(1 - (job.params["x"] - 0.3) ** 2 - 0.5 / epoch - (0.1 if job.params["kind"] == "b" else 0), epoch)
job.set_user_attr("epochs_here", int(job.resource) - start)
""")
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "python"))
    run = subprocess.run([os.environ["ALLOT_BINARY"], "tune", "--space", "space.json", "--storage", "t.sqlite", "--scheduler", "asha",
                          "--min-resource", "1", "--max-resource", "9", "--trials", "12", "--seed", "3", "--json", "--",
                          sys.executable, "train.py"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    trials = json.loads(subprocess.run([os.environ["ALLOT_BINARY"], "study", "trials", "--storage", "t.sqlite", "--name", "tune"],
                                       cwd=tmp_path, capture_output=True, text=True, check=True).stdout)
    assert len(trials) == 12 and all(t["state"] in ("completed", "paused") for t in trials)
    assert any(t["resource"] == 9 for t in trials)
    for t in trials:                                   # the last job's epochs: a promoted one trained only its new ones
        assert 1 <= t["attributes"]["epochs_here"] <= t["resource"]
    assert any(t["attributes"]["epochs_here"] < t["resource"] for t in trials)   # some resumed from a checkpoint

    with pytest.raises(RuntimeError, match="allot tune --space"):
        allot.job.current({})
    job = allot.job.current({"ALLOT_CONFIGURATION": '{"x": 0.5}', "ALLOT_RESOURCE": "3", "ALLOT_RESUME_FROM": "", "ALLOT_TRIAL": "4"})
    assert (job.number, job.resource, job.resume_from, job.repetition, job.params) == (4, 3, None, 0, {"x": 0.5})
    with pytest.raises(allot.AllotInputError):
        job.report(float("nan"), 1)


def test_hyperparameter_search_resumes_a_promoted_trial_where_it_paused(client, tmp_path):
    """A trial the study paused and later promotes (successive halving, ASHA) continues from the checkpoint
    saved at its pause: every epoch of every trial is trained once, and a resumed trial's value is exactly what training
    it straight through gives. Without the checkpoint (removed) it trains again from the start, with a
    warning; resume_promoted=False trains every promoted trial from the start."""
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainerCallback, TrainingArguments
    import allot.hf

    ids = torch.randint(1, 64, (64, 16), generator=torch.Generator().manual_seed(1))
    data = [{"input_ids": row, "labels": int(row[0] > 32)} for row in ids]

    def model_init():
        torch.manual_seed(0)
        return BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                        intermediate_size=32, max_position_embeddings=32))

    class Steps(TrainerCallback):
        """Optimizer steps trained, and the runs that began from a checkpoint, per trial (by output folder)."""
        def __init__(self):
            self.steps, self.resumed = {}, set()

        def on_train_begin(self, args, state, control, **kwargs):
            if state.global_step > 0:
                self.resumed.add(os.path.basename(args.output_dir))

        def on_step_end(self, args, state, control, **kwargs):
            run = os.path.basename(args.output_dir)
            self.steps[run] = self.steps.get(run, 0) + 1

    def search(folder, trials, scheduler="successive-halving", **options):
        steps = Steps()
        args = TrainingArguments(output_dir=str(folder), per_device_train_batch_size=16, learning_rate=1e-3, warmup_steps=2,
                                 eval_strategy="epoch", save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
        trainer = Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data, callbacks=[steps])
        study = allot.Study([{"name": "learning_rate", "type": "float", "low": 1e-4, "high": 3e-2, "log": True}], direction="minimize",
                            scheduler=scheduler, scheduler_params={"minResource": 1, "maxResource": 4, "eta": 2, "trials": 8}, sampler_params={"seed": 3},
                            client=client)
        allot.hf.hyperparameter_search(trainer, study, metric="eval_loss", n_trials=trials, **options)
        return study, steps, trainer

    study, steps, trainer = search(tmp_path / "resumed", None)
    assert study.finished and trainer.args.output_dir == str(tmp_path / "resumed")
    assert steps.resumed, "no trial was promoted after a pause"
    for t in study.trials:
        assert steps.steps[f"run-{t['id']}"] == 4 * t["resource"]        # 4 steps an epoch, each epoch trained once
    assert not list((tmp_path / "resumed").rglob(allot.hf.PAUSE_FILE))  # the study is finished: pause checkpoints removed
    asha, asha_steps, _ = search(tmp_path / "asha", None, scheduler="asha")
    assert asha.finished and all(asha_steps.steps[f"run-{t['id']}"] == 4 * t["resource"] for t in asha.trials)

    # Training a resumed trial straight through gives the value its pauses and resumptions reached.
    resumed = [t for t in study.trials if f"run-{t['id']}" in steps.resumed]
    for t in resumed[:2]:
        args = TrainingArguments(output_dir=str(tmp_path / "straight"), num_train_epochs=4, per_device_train_batch_size=16,
                                 learning_rate=t["configuration"]["learning_rate"], warmup_steps=2, eval_strategy="epoch",
                                 save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
        straight = Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data)
        straight.train()
        history = [entry["eval_loss"] for entry in straight.state.log_history if "eval_loss" in entry]
        assert history[int(t["resource"]) - 1] == pytest.approx(t["value"], rel=1e-6, abs=1e-7)

    # The old behaviour, on request: promoted trials retrain their first epochs.
    again, from_start, _ = search(tmp_path / "from-start", None, resume_promoted=False)
    assert [t["value"] for t in again.trials] == pytest.approx([t["value"] for t in study.trials], rel=1e-6)
    assert sum(from_start.steps.values()) > sum(steps.steps.values()) and not from_start.resumed

    # An unfinished study keeps its pause checkpoints; without them a promotion trains from the start and says so.
    partial, _, _ = search(tmp_path / "partial", 4)
    markers = list((tmp_path / "partial").rglob(allot.hf.PAUSE_FILE))
    assert markers and all(json.loads(m.read_text())["format"] == "allot-pause" for m in markers)
    for marker in markers:
        for file in marker.parent.iterdir():
            file.unlink()
        marker.parent.rmdir()
    args = TrainingArguments(output_dir=str(tmp_path / "partial"), per_device_train_batch_size=16, learning_rate=1e-3, warmup_steps=2,
                             eval_strategy="epoch", save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
    with pytest.warns(RuntimeWarning, match="holds no checkpoint saved there"):
        allot.hf.hyperparameter_search(Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data), partial,
                                       metric="eval_loss")
    assert partial.finished

    with pytest.raises(ValueError, match="save_only_model"):
        args = TrainingArguments(output_dir=str(tmp_path), eval_strategy="epoch", save_only_model=True, report_to=[], use_cpu=True)
        allot.hf.hyperparameter_search(Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data), partial)


def test_pause_markers_of_another_format_are_left_alone(tmp_path):
    """Only a marker this version wrote for this study is resumed from or removed: another study's (trial
    numbers restart in each), a newer release's, or a file that is not JSON, stays where it is, and so does
    a checkpoint without a marker (the Trainer's own)."""
    import allot.hf

    def folder(name, marker):
        path = tmp_path / "run-3" / name
        path.mkdir(parents=True)
        (path / "model.safetensors").write_bytes(b"weights")
        if marker is not None:
            (path / allot.hf.PAUSE_FILE).write_text(marker)
        return path

    ours = folder("checkpoint-8", json.dumps({"format": "allot-pause", "version": 1, "study": "a", "trial": 3, "resource": 2}))
    other = folder("checkpoint-9", json.dumps({"format": "allot-pause", "version": 1, "study": "b", "trial": 3, "resource": 2}))
    newer = folder("checkpoint-12", json.dumps({"format": "allot-pause", "version": 2, "study": "a", "trial": 3, "resource": 3}))
    broken = folder("checkpoint-16", "{not json")
    partial = folder("checkpoint-17", json.dumps({"format": "allot-pause", "version": 1, "trial": 3, "resource": 4}))
    trainers = folder("checkpoint-20", None)
    run = str(tmp_path / "run-3")
    assert allot.hf.pause_checkpoint(run, "a", 3, 2) == str(ours)
    assert allot.hf.pause_checkpoint(run, "b", 3, 2) == str(other)       # the same trial number in another study
    assert allot.hf.pause_checkpoint(run, "a", 3, 3) is None             # the newer marker is not read
    assert allot.hf.pause_checkpoint(run, "a", 3, 4) is None             # nor one without a study
    assert allot.hf.pause_checkpoint(run, "a", 4, 2) is None
    assert allot.hf.pause_checkpoint(str(tmp_path / "missing"), "a", 3, 2) is None
    allot.hf.remove_pause_checkpoints(run, "a")
    assert not ours.exists() and all(path.exists() for path in (other, newer, broken, partial, trainers))


def test_param_importances_rank_what_the_value_depends_on(client):
    """Study.param_importances and allot.importance.get_param_importances (Optuna's spelling): PED-ANOVA
    puts the parameter the value depends on first, sums to 1 unless asked not to, reads a multi-fidelity
    study at a resource every trial reached, and refuses what it cannot compute, naming it."""
    import allot.importance

    def objective(trial):
        x = trial.suggest_float("x", -5, 5)
        noise = trial.suggest_float("noise", 0, 1)
        kind = trial.suggest_categorical("kind", ["a", "b"])
        return (x - 1) ** 2 + 0.01 * noise + (0.05 if kind == "b" else 0)

    study = allot.Study(direction="minimize", scheduler="random", scheduler_params={"trials": 80, "resource": 1},
                        sampler_params={"seed": 0}, client=client)
    study.optimize(objective)
    importances = study.param_importances()
    assert list(importances)[0] == "x" and importances["x"] > 0.9
    assert sum(importances.values()) == pytest.approx(1.0)
    assert allot.importance.get_param_importances(study) == importances
    raw = allot.importance.get_param_importances(study, normalize=False,
                                                 evaluator=allot.importance.PedAnovaImportanceEvaluator(target_quantile=0.2))
    assert list(raw)[0] == "x" and sum(raw.values()) < 1
    assert set(study.param_importances(params=["noise", "kind"])) == {"noise", "kind"}

    # ASHA completes few trials; at resource 1 every trial has a value.
    def by_epochs(trial):
        x = trial.suggest_float("x", -5, 5)
        trial.suggest_float("noise", 0, 1)
        for epoch in range(1, 10):
            trial.report(-(x - 1) ** 2 * epoch, epoch)
            if trial.finished:
                break
        if trial.should_prune():
            raise allot.TrialPruned()
        return -(x - 1) ** 2 * epoch

    asha = allot.Study(scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9, "trials": 40}, sampler_params={"seed": 1},
                       client=client)
    asha.optimize(by_epochs)
    assert list(asha.param_importances(resource=1))[0] == "x"

    with pytest.raises(allot.AllotInputError) as error:
        study.param_importances(target_quantile=0.5, region_quantile=0.4)
    assert error.value.path.endswith("regionQuantile")
    with pytest.raises(allot.AllotInputError, match="resource"):
        study.param_importances(resource=7)
    with pytest.raises(allot.AllotInputError, match="params"):
        study.param_importances(params=["missing"])
    with pytest.raises(TypeError, match="list of parameter names"):
        study.param_importances(params="x")
    with pytest.raises(ValueError, match="target is not supported"):
        allot.importance.get_param_importances(study, target=lambda t: t.value)
    with pytest.raises(ValueError, match="target_quantile < region_quantile"):
        allot.importance.PedAnovaImportanceEvaluator(target_quantile=0.5, region_quantile=0.5)


def test_add_trial_records_results_made_elsewhere(client, tmp_path):
    """Optuna's add_trial / create_trial: an added trial is the study's next trial, with its value,
    state and attributes, and the sampler learns from it (TPE after its start-up trials proposes from the
    added history); a study defined by its objective takes the distributions; what cannot be added is
    refused naming why, and leaves the study as it was."""
    study = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 10, "resource": 1}, sampler="tpe",
                        sampler_params={"seed": 0, "startupTrials": 3}, storage=tmp_path / "s.sqlite", name="warm", client=client)
    earlier = [allot.create_trial(params={"lr": lr, "width": width}, value=value, user_attrs={"source": "last week"})
               for lr, width, value in [(0.01, 8, 0.7), (0.1, 16, 0.9), (0.5, 32, 0.6)]]
    assert study.add_trials(earlier) == [0, 1, 2]
    assert study.add_trial(allot.create_trial(params={"lr": 0.9, "width": 4}, state=allot.TrialState.FAIL)) == 3
    trials = study.trials
    assert [t.state for t in trials] == ["completed"] * 3 + ["failed"]
    assert trials[1].params == {"lr": 0.1, "width": 16} and trials[1].value == 0.9 and trials[1].user_attrs == {"source": "last week"}
    assert study.best_params == {"lr": 0.1, "width": 16}

    # The fifth trial is TPE's proposal from the added history: the same as a study told those values by hand.
    by_hand = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 10, "resource": 1}, sampler="tpe",
                          sampler_params={"seed": 0, "startupTrials": 3}, client=client)
    for params, value in [({"lr": 0.01, "width": 8}, 0.7), ({"lr": 0.1, "width": 16}, 0.9), ({"lr": 0.5, "width": 32}, 0.6), ({"lr": 0.9, "width": 4}, None)]:
        by_hand.enqueue_trial(params)
        trial = by_hand.ask()
        by_hand.tell(trial, value) if value is not None else by_hand.tell(trial, failed=True)
    assert study.ask().params == by_hand.ask().params
    assert len(allot.Study(storage=tmp_path / "s.sqlite", name="warm", client=client).trials) == 5   # stored like any trial

    dbr = allot.Study(scheduler="random", scheduler_params={"trials": 5, "resource": 1}, client=client)
    number = dbr.add_trial(allot.create_trial(params={"lr": 0.02, "opt": 16}, value=1.5,
                                              distributions={"lr": {"type": "float", "low": 1e-3, "high": 1.0, "log": True},
                                                             "opt": {"type": "categorical", "choices": [16, 32]}}))
    assert number == 0 and dbr.trials[0].params == {"lr": 0.02, "opt": "16"} and dbr.trials[0].value == 1.5
    dbr.optimize(lambda trial: trial.suggest_float("lr", 1e-3, 1.0, log=True) + trial.suggest_categorical("opt", [16, 32]))
    assert len(dbr.trials) == 5                                        # the objective's calls agree with the added definitions

    before = study.trials
    with pytest.raises(allot.AllotInputError, match="width"):
        study.add_trial(allot.create_trial(params={"lr": 0.1, "width": 5}, value=1.0))       # not on the step-4 grid
    with pytest.raises(allot.AllotInputError, match="definition of 'lr'"):
        dbr.add_trial(allot.create_trial(params={"lr": 0.1}, value=1.0))
    asha = allot.Study(SPACE, scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9}, client=client)
    with pytest.raises(allot.AllotInputError, match="would start a new trial at resource 1"):
        asha.add_trial(allot.create_trial(params={"lr": 0.1, "width": 8}, value=1.0))
    queued = allot.Study(SPACE, scheduler="random", scheduler_params={"trials": 3, "resource": 1}, client=client)
    queued.enqueue_trial({"lr": 0.2})
    with pytest.raises(allot.AllotInputError, match="queued"):
        queued.add_trial(allot.create_trial(params={"lr": 0.1, "width": 8}, value=1.0))
    assert study.trials == before and queued.trials == [] and asha.trials == []
    with pytest.raises(allot.AllotInputError, match="one per objective"):
        study.add_trial(allot.create_trial(params={"lr": 0.1, "width": 8}, values=[1.0, 2.0]))   # two values, one objective
    for bad in [dict(value=None), dict(state=allot.TrialState.PRUNED, value=1.0), dict(value=1.0, values=[1.0]),
                dict(value=1.0, intermediate_values={1: 0.5})]:
        with pytest.raises(ValueError):
            allot.create_trial(params={"lr": 0.1}, **bad)
    with pytest.raises(allot.AllotInputError):
        study.add_trial(allot.create_trial(params={"lr": 0.1, "width": 8}, value=float("nan")))
