"""allot.lightning.PruningCallback on a real Lightning Trainer: a small MLP on two Gaussian blobs,
trained on CPU under an ASHA study over epochs."""

import pytest
import torch

import allot

L = pytest.importorskip("lightning.pytorch")
from allot.lightning import PruningCallback  # noqa: E402


class Blobs(L.LightningModule):
    def __init__(self, lr, width):
        super().__init__()
        self.lr = lr
        self.net = torch.nn.Sequential(torch.nn.Linear(4, width), torch.nn.ReLU(), torch.nn.Linear(width, 2))

    def training_step(self, batch, index):
        x, y = batch
        return torch.nn.functional.cross_entropy(self.net(x), y)

    def validation_step(self, batch, index):
        x, y = batch
        self.log("val_acc", (self.net(x).argmax(1) == y).float().mean())

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=self.lr)


def loaders():
    data = torch.Generator().manual_seed(0)
    x = torch.randn(512, 4, generator=data)
    y = (x[:, 0] * x[:, 1] > 0).long()
    train = torch.utils.data.TensorDataset(x[:384], y[:384])
    valid = torch.utils.data.TensorDataset(x[384:], y[384:])
    return torch.utils.data.DataLoader(train, batch_size=32), torch.utils.data.DataLoader(valid, batch_size=128)


def trainer(callback, **settings):
    return L.Trainer(accelerator="cpu", max_epochs=settings.pop("max_epochs", 9), callbacks=[callback], logger=False, enable_checkpointing=False,
                     enable_progress_bar=False, enable_model_summary=False, **settings)


def test_a_study_prunes_lightning_trials_over_epochs(client):
    study = allot.Study([{"name": "lr", "type": "float", "low": 1e-3, "high": 1.0, "log": True},
                         {"name": "width", "type": "int", "low": 4, "high": 32, "step": 4}],
                        scheduler="asha", scheduler_params={"minResource": 1, "maxResource": 9, "trials": 8}, client=client)
    train, valid = loaders()
    callbacks = {}

    def objective(trial):
        torch.manual_seed(trial.number)
        callback = callbacks[trial.number] = PruningCallback(trial, monitor="val_acc")
        fit = trainer(callback)
        fit.fit(Blobs(trial.params["lr"], trial.params["width"]), train, valid)
        callback.check_pruned()
        return float(fit.callback_metrics["val_acc"])

    study.optimize(objective, n_trials=8)
    trials = study.trials
    assert any(t.state == "paused" for t in trials)                      # ASHA stopped some after their rung
    assert all(callbacks[t.number].pruned for t in trials if t.state == "paused")
    best = study.best_trial
    assert best.state == "completed" and best.resource == 9 and best.value > 0.8
    assert {t.resource for t in trials} <= {1, 3, 9}                     # each stopped at a rung's resource


def test_the_callback_stops_the_trainer_where_the_trial_stops(client):
    study = allot.Study([{"name": "lr", "type": "float", "low": 0.01, "high": 0.1}], scheduler="asha",
                        scheduler_params={"minResource": 1, "maxResource": 3, "trials": 1}, client=client)
    train, valid = loaders()
    trial = study.ask()
    callback = PruningCallback(trial, monitor="val_acc")
    fit = trainer(callback, max_epochs=20)
    fit.fit(Blobs(0.05, 8), train, valid)
    assert fit.current_epoch == 3 and trial.finished and not callback.pruned      # complete at the study's largest resource
    callback.check_pruned()
    assert study.trials[0]["state"] == "completed" and study.trials[0]["resource"] == 3


def test_a_metric_that_is_not_logged_is_named(client):
    study = allot.Study([{"name": "lr", "type": "float", "low": 0.01, "high": 0.1}], client=client)
    train, valid = loaders()
    callback = PruningCallback(study.ask(), monitor="val_accuracy")
    with pytest.raises(KeyError, match=r"val_accuracy.*\['val_acc'\]"):
        trainer(callback, max_epochs=1).fit(Blobs(0.05, 8), train, valid)


def test_steps_and_mid_epoch_validation(client):
    # Three validations per epoch: reported at the global step with use_steps, else once per epoch.
    for use_steps, expected in [(True, [4, 8, 12, 16, 20, 24]), (False, [1, 2])]:
        study = allot.Study([{"name": "lr", "type": "float", "low": 0.01, "high": 0.1}], scheduler="random",
                            scheduler_params={"trials": 1, "resource": 24 if use_steps else 2}, client=client)
        trial = study.ask()
        reported, report = [], trial.report
        trial.report = lambda value, step: (reported.append(step), report(value, step))[1]     # what the callback reports
        train, valid = loaders()
        callback = PruningCallback(trial, monitor="val_acc", use_steps=use_steps)
        trainer(callback, max_epochs=2, val_check_interval=4).fit(Blobs(0.05, 8), train, valid)
        assert reported == expected
        assert study.trials[0]["state"] == "completed" and study.trials[0]["resource"] == expected[-1]


def test_a_distributed_trainer_is_refused(client):
    import types
    study = allot.Study([{"name": "lr", "type": "float", "low": 0.01, "high": 0.1}], client=client)
    with pytest.raises(RuntimeError, match="one process"):
        PruningCallback(study.ask(), monitor="val_acc").setup(types.SimpleNamespace(world_size=2), None, "fit")
