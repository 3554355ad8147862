"""PyTorch Lightning integration: :class:`PruningCallback`, which reports a logged validation metric to
an :class:`allot.Trial` and stops ``trainer.fit`` where the study stops the trial, where a Lightning
user would use Optuna's ``PyTorchLightningPruningCallback``.

It uses only hooks and trainer attributes that are public in Lightning 2 (``on_validation_end``,
``on_train_epoch_end``, ``callback_metrics``, ``current_epoch``, ``global_step``, ``should_stop``),
and stops training by setting ``trainer.should_stop`` rather than raising inside Lightning's loop:
the objective raises :class:`allot.TrialPruned` after ``fit`` returns (:meth:`PruningCallback.check_pruned`).
Imports ``lightning`` (or, without it, ``pytorch_lightning``) when used."""

try:
    from lightning.pytorch import Callback
except ImportError:
    try:
        from pytorch_lightning import Callback
    except ImportError as error:
        raise ImportError(f"allot.lightning needs PyTorch Lightning (pip install lightning, or the allot[lightning] extra): {error}") from None

from .errors import TrialPruned


class PruningCallback(Callback):
    """Reports ``monitor`` (a metric the module logs in ``validation_step`` with ``self.log``) to
    ``trial`` and stops training when the study prunes the trial or has its final value.

    The resource is the epoch count: the last validation of each epoch is reported at the number of
    epochs completed (a validation in the middle of an epoch is not an epoch's result; an epoch without
    one reports nothing). With ``use_steps`` every validation is reported at ``trainer.global_step``
    instead. Create the study with the largest resource equal to the trainer's ``max_epochs`` (or
    ``max_steps``). A metric that is not logged raises ``KeyError`` naming the ones that are (Optuna's
    callback warns and never prunes); the sanity check's validation before training is not reported.
    """

    def __init__(self, trial, monitor, use_steps=False):
        super().__init__()
        self.trial = trial
        self.monitor = monitor
        self.use_steps = use_steps
        self.pruned = False
        self._latest = None      # the last validation's value, reported at the end of its epoch

    def setup(self, trainer, pl_module, stage):
        if getattr(trainer, "world_size", 1) > 1:
            # Every rank would report the same trial; Lightning's distributed strategies are not supported yet.
            raise RuntimeError(f"allot.lightning.PruningCallback runs in one process; this trainer has {trainer.world_size} "
                               "(a distributed strategy): tune with one device per trial")

    def on_validation_end(self, trainer, pl_module):
        if trainer.sanity_checking or self.trial.finished:
            return
        metrics = trainer.callback_metrics
        if self.monitor not in metrics:
            raise KeyError(f"monitor {self.monitor!r} is not among the logged metrics {sorted(metrics)}: log it in validation_step "
                           f"with self.log({self.monitor!r}, value)")
        value = float(metrics[self.monitor])
        if self.use_steps:
            self._report(trainer, value, trainer.global_step)
        else:
            self._latest = value

    def on_train_epoch_end(self, trainer, pl_module):
        if self.use_steps or self._latest is None or self.trial.finished:
            return
        value, self._latest = self._latest, None
        self._report(trainer, value, trainer.current_epoch + 1)

    def _report(self, trainer, value, step):
        self.trial.report(value, step)       # a NaN or infinite value fails the trial (should_prune is then True)
        if self.trial.should_prune():
            self.pruned = True
            trainer.should_stop = True
        elif self.trial.finished:
            trainer.should_stop = True

    def check_pruned(self):
        """Raises :class:`allot.TrialPruned` if the study stopped the trial (call it after ``fit``, as
        with Optuna's callback)."""
        if self.pruned:
            raise TrialPruned(f"trial {self.trial.number} was pruned at its last report of {self.monitor!r}")
