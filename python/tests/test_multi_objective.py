"""Studies with several objectives from Python, as Optuna's ``directions``: the objective returns a
tuple, ``best_trials`` is the Pareto front, and a count or value that does not fit is refused."""

import math
import os
import subprocess
import json
import warnings

import pytest

import allot
import allot.importance


def zdt1(trial):
    x = trial.suggest_float("x", 0.0, 1.0)
    y = trial.suggest_float("y", 0.0, 1.0)
    g = 1 + 9 * y
    return x, g * (1 - math.sqrt(x / g))


def brute_front(values, directions):
    signs = [1 if d == "minimize" else -1 for d in directions]
    signed = [[s * v for s, v in zip(signs, point)] for point in values]

    def dominates(a, b):
        return all(x <= y for x, y in zip(a, b)) and any(x < y for x, y in zip(a, b))
    return [i for i, p in enumerate(signed) if not any(dominates(q, p) for q in signed)]


def test_optimize_returns_the_pareto_front(client, tmp_path):
    storage = tmp_path / "mo.sqlite"
    study = allot.Study(directions=["minimize", "maximize"], sampler="tpe", sampler_params={"seed": 3},
                        storage=storage, name="zdt", client=client)
    front = study.optimize(zdt1, n_trials=40)
    assert study.directions == ["minimize", "maximize"]
    assert study.definition["scheduler"]["name"] == "random"          # each trial trained once
    trials = study.trials
    assert len(trials) == 40 and all(len(t.values) == 2 for t in trials)
    expected = brute_front([t.values for t in trials], study.directions)
    assert [t.number for t in front] == expected == [t.number for t in study.best_trials]
    with pytest.raises(RuntimeError, match="best_trials"):
        study.best_trial
    with pytest.raises(RuntimeError):
        study.best_value
    frame = study.trials_dataframe()
    assert list(frame.columns[:3]) == ["number", "values_0", "values_1"]
    # The file holds the same study for the CLI and a later process.
    printed = json.loads(subprocess.run([os.environ["ALLOT_BINARY"], "study", "best", "--storage", str(storage), "--name", "zdt"],
                                        capture_output=True, text=True, check=True).stdout)
    assert [t["id"] for t in printed] == expected
    reopened = allot.Study(storage=storage, name="zdt", client=client)
    assert reopened.directions == study.directions and [t.number for t in reopened.best_trials] == expected


def test_a_wrong_count_or_a_nan_fails_the_trial(client):
    study = allot.Study(directions=["minimize", "minimize"], client=client)
    with pytest.raises(ValueError, match="values: the objective returned 1 value"):
        study.optimize(lambda t: [t.suggest_float("x", 0, 1)], n_trials=1)
    with pytest.raises(TypeError, match="needs 2 numbers"):
        study.optimize(lambda t: t.suggest_float("x", 0, 1), n_trials=1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        study.optimize(lambda t: (t.suggest_float("x", 0, 1), float("nan")), n_trials=1)
    assert any("recorded as failed" in str(w.message) for w in caught)
    assert [t.state for t in study.trials] == ["failed"] * 3
    trial = study.ask()
    with pytest.raises(allot.AllotInputError) as refused:
        study.tell(trial, 1.0)
    assert refused.value.path == "value"
    study.tell(trial, [0.5, 0.25])                       # Optuna's tell(trial, values)
    assert study.best_trials[0].values == [0.5, 0.25]


def test_definitions_that_do_not_fit_are_refused(client):
    with pytest.raises(ValueError, match="not both"):
        allot.Study(direction="minimize", directions=["minimize", "maximize"], client=client)
    with pytest.raises(allot.AllotInputError, match="hyperband"):
        allot.Study(directions=["minimize", "maximize"], scheduler="hyperband", client=client)
    with pytest.raises(allot.AllotInputError, match="sampler gp models one value"):
        allot.Study([{"name": "x", "type": "float", "low": 0, "high": 1}], directions=["minimize", "maximize"], sampler="gp", client=client)
    with pytest.raises(TypeError):
        allot.Study(directions="minimize", client=client)
    single = allot.Study(directions=["minimize"], client=client)      # one direction is a single-objective study
    assert single.direction == "minimize" and single.directions == ["minimize"]


def test_snapshot_add_trial_and_importances(client):
    study = allot.Study(directions=["minimize", "maximize"], sampler="tpe", sampler_params={"seed": 1}, client=client)
    study.add_trial(allot.create_trial(params={"x": 0.5, "y": 0.5}, values=[0.5, 3.0],
                                       distributions={"x": {"type": "float", "low": 0.0, "high": 1.0},
                                                      "y": {"type": "float", "low": 0.0, "high": 1.0}}))
    study.optimize(zdt1, n_trials=59)
    assert study.trials[0].values == [0.5, 3.0]
    copy = allot.Study.from_state_dict(study.state_dict(), client=client)
    assert [t.number for t in copy.best_trials] == [t.number for t in study.best_trials]
    a, b = study.ask(), copy.ask()
    assert (a.number, a._job["configuration"]) == (b.number, b._job["configuration"])
    with pytest.raises(allot.AllotInputError) as missing:
        study.param_importances()
    assert missing.value.path == "objective"
    assert next(iter(study.param_importances(objective=0))) == "x"      # objective 0 is x itself
    assert next(iter(allot.importance.get_param_importances(study, objective=1))) == "y"


def test_metric_names_label_the_table_and_the_plot(client, tmp_path):
    storage = tmp_path / "named.sqlite"
    study = allot.Study(directions=["minimize", "maximize"], storage=storage, name="named", client=client)
    with pytest.raises(ValueError, match="one non-empty name per objective"):
        study.set_metric_names(["flops"])
    study.set_metric_names(["flops", "accuracy"])
    study.optimize(lambda t: (t.suggest_float("x", 0, 1), t.suggest_float("y", 0, 1)), n_trials=12)
    assert study.metric_names == ["flops", "accuracy"]
    assert list(study.trials_dataframe().columns[:3]) == ["number", "values_flops", "values_accuracy"]
    best = max(study.best_trials, key=lambda t: t.values[1])          # Optuna's tutorial: the most accurate on the front
    assert best.values[1] == max(t.values[1] for t in study.trials)
    subprocess.run([os.environ["ALLOT_BINARY"], "study", "plot", "--storage", str(storage), "--name", "named", "--out", str(tmp_path / "plots")],
                   capture_output=True, text=True, check=True)
    svg = (tmp_path / "plots" / "pareto.svg").read_text()
    assert "flops (minimized)" in svg and "accuracy (maximized)" in svg


def test_hyperparameter_search_with_two_metrics(client, tmp_path):
    """Transformers' Trainer on a tiny BERT, two objectives: the loss (minimised) and accuracy (maximised)."""
    import numpy as np
    import torch
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments
    import allot.hf

    ids = torch.randint(1, 64, (64, 16), generator=torch.Generator().manual_seed(1))
    data = [{"input_ids": row, "labels": int(row[0] > 32)} for row in ids]

    def model_init(trial):
        torch.manual_seed(0)
        return BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                                        intermediate_size=32, max_position_embeddings=32))

    def accuracy(prediction):
        return {"accuracy": float((np.argmax(prediction.predictions, axis=1) == prediction.label_ids).mean())}

    args = TrainingArguments(output_dir=str(tmp_path), num_train_epochs=1, per_device_train_batch_size=16, learning_rate=1e-3,
                             eval_strategy="epoch", save_strategy="no", report_to=[], use_cpu=True, disable_tqdm=True)
    trainer = Trainer(model_init=model_init, args=args, train_dataset=data, eval_dataset=data, compute_metrics=accuracy)
    space = [{"name": "learning_rate", "type": "float", "low": 1e-4, "high": 3e-2, "log": True}]
    study = allot.Study(space, directions=["minimize", "maximize"], scheduler_params={"trials": 5, "resource": 2}, client=client)
    with pytest.raises(ValueError, match="one metric name per objective"):
        allot.hf.hyperparameter_search(trainer, study, metric="eval_loss")
    front = allot.hf.hyperparameter_search(trainer, study, metric=["eval_loss", "eval_accuracy"])
    trials = study.trials
    assert len(trials) == 5 and all(t.state == "completed" and t.resource == 2 for t in trials)
    for t in trials:
        assert t.values == [t.user_attrs["metrics"]["eval_loss"], t.user_attrs["metrics"]["eval_accuracy"]]
    assert [t.number for t in front] == brute_front([t.values for t in trials], study.directions)


def test_constraints_keep_infeasible_trials_out_of_the_best(client, tmp_path):
    # Maximise x + y subject to x + y <= 1, the constraint computed by constraints_func from a user attribute.
    def objective(trial):
        x, y = trial.suggest_float("x", 0, 1), trial.suggest_float("y", 0, 1)
        trial.set_user_attr("excess", x + y - 1)
        return x + y

    storage = tmp_path / "constrained.sqlite"
    study = allot.Study(direction="maximize", scheduler="random", scheduler_params={"trials": 40, "resource": 1}, sampler="tpe",
                        sampler_params={"seed": 1}, storage=storage, constraints_func=lambda trial: [trial.user_attrs["excess"]], client=client)
    study.optimize(objective, n_trials=40)
    trials = study.trials
    assert all(t.constraints == [pytest.approx(t.params["x"] + t.params["y"] - 1)] for t in trials)
    feasible = [t for t in trials if t.feasible]
    assert study.best_trial.feasible and study.best_value == max(t.value for t in feasible)
    assert any(not t.feasible and t.value > study.best_value for t in trials)
    # TPE learns where the feasible trials are: without the constraints it runs off to x + y = 2.
    free = allot.Study(direction="maximize", scheduler="random", scheduler_params={"trials": 40, "resource": 1}, sampler="tpe",
                       sampler_params={"seed": 1}, client=client)
    free.optimize(objective, n_trials=40)
    assert sum(t.feasible for t in trials[20:]) >= 8 > sum(t.params["x"] + t.params["y"] <= 1 for t in free.trials[20:])
    # Two objectives: the front holds feasible trials only; ask/tell takes constraints directly.
    two = allot.Study(directions=["minimize", "minimize"], client=client)
    for x in [0.1, 0.2, 0.6]:
        trial = two.ask()
        two.tell(trial, values=[x, 1 - x], constraints=[x - 0.5])
    assert [t.values[0] for t in two.best_trials] == [0.1, 0.2]
    with pytest.raises(allot.AllotInputError) as bad:
        two.tell(two.ask(), values=[0.3, 0.7], constraints=[])
    assert bad.value.path.startswith("constraints")
    broken = allot.Study(directions=["minimize", "minimize"], constraints_func=lambda t: 1 / 0, client=client)
    with pytest.raises(ZeroDivisionError):
        broken.optimize(lambda t: (t.suggest_float("x", 0, 1), 0.0), n_trials=1)
    assert [t.state for t in broken.trials] == ["failed"]              # not left running
    with pytest.raises(TypeError, match="tell needs the value"):
        broken.tell(broken.ask())
    with pytest.raises(TypeError, match="constraints_func returned"):
        allot.Study(directions=["minimize", "minimize"], constraints_func=lambda t: "none", client=client).optimize(
            lambda t: (t.suggest_float("x", 0, 1), 0.0), n_trials=1)
    # Optuna's create_trial keeps constraints in system_attrs; add_trial carries them over.
    added = allot.Study([{"name": "x", "type": "float", "low": 0, "high": 1}], scheduler="random",
                        scheduler_params={"trials": 3, "resource": 1}, client=client)
    added.add_trial(allot.create_trial(params={"x": 0.5}, value=2.0, system_attrs={"constraints": [1.0]}))
    assert added.trials[0].constraints == [1.0] and not added.trials[0].feasible and added.best_trial is None


def test_tell_takes_arrays_and_tensors(client):
    import numpy as np
    import torch
    study = allot.Study(directions=["minimize", "minimize"], client=client)
    study.tell(study.ask(), np.array([0.1, 0.2]))
    study.tell(study.ask(), torch.tensor([0.25, 0.05], dtype=torch.float64))
    study.tell(study.ask(), (0.5, 0.5))
    assert [t.values for t in study.best_trials] == [[0.1, 0.2], [0.25, 0.05]]
    one = allot.Study([{"name": "x", "type": "float", "low": 0, "high": 1}], scheduler="random",
                      scheduler_params={"trials": 1, "resource": 1}, client=client)
    one.tell(one.ask(), torch.tensor(0.75, dtype=torch.float64))      # a 0-d tensor is one value
    assert one.best_value == 0.75
