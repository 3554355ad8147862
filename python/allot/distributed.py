"""Hyperparameter studies under torch.distributed (DDP, FSDP): one study, every rank training the same
trial. Rank 0 asks and reports; the other ranks receive the job and the study's decisions by
broadcast, so every rank trains the same configuration, stops at the same report and never waits on
a collective the others skipped (Optuna's ``TorchDistributedTrial`` covers the same need). An error on
rank 0 (a refused value, a lost service) is raised on every rank, not left as a hang.

    from allot.distributed import ask
    study = allot.Study(...) if rank == 0 else None
    while (trial := ask(study)) is not None:            # every rank; a DistributedTrial or None on all
        ... train on this rank's shard with trial.params ...
        trial.report(validation, epoch)                 # every rank; rank 0's value is the one recorded
        if trial.should_prune(): ...                    # the same answer on every rank
        trial.tell(validation)                          # every rank; rank 0 tells its study
"""

import time

import torch.distributed as dist

from .errors import AllotRuntimeError
from .study import TrialView, _parameter

__all__ = ["DistributedTrial", "ask"]


def _is_leader(group):
    return dist.get_rank(group) == 0


def _from_leader(group, work):
    """Runs ``work()`` on rank 0 of ``group`` and gives its result to every rank; an exception there is
    raised on every rank (as itself on rank 0)."""
    box = [None]
    failure = None
    if _is_leader(group):
        try:
            box[0] = ("ok", work())
        except BaseException as error:           # every rank must learn of it, or the others wait forever
            failure = error
            box[0] = ("error", f"{type(error).__name__}: {error}")
    source = 0 if group is None else dist.get_global_rank(group, 0)
    dist.broadcast_object_list(box, src=source, group=group)
    if failure is not None:
        raise failure
    kind, payload = box[0]
    if kind == "error":
        raise AllotRuntimeError(f"rank 0 of the study's group failed: {payload}")
    return payload


def ask(study, group=None, poll=0.5):
    """The next trial on every rank of ``group`` (default: every rank): rank 0 asks ``study`` (the other
    ranks pass None) and broadcasts the job; None on every rank when the study is finished. While the
    study waits for other workers' results, rank 0 asks again every ``poll`` seconds."""
    holder = {}

    def next_job():
        if study is None:
            raise ValueError("rank 0 must pass its allot.Study to allot.distributed.ask()")
        while (trial := study.ask()) is None and not study.finished:
            time.sleep(poll)
        holder["trial"] = trial
        return None if trial is None else {"job": trial._job, "space": study.definition["space"]["parameters"]}

    message = _from_leader(group, next_job)
    if message is None:
        return None
    return DistributedTrial(holder.get("trial"), message["job"], message["space"], group)


class DistributedTrial(TrialView):
    """One trial, the same on every rank. Rank 0 holds the study's :class:`allot.Trial` (``trial``); the
    others a copy of its job. :meth:`report` and :meth:`tell` are collectives: every rank calls them,
    rank 0 talks to the study, and its answer reaches every rank, so ``should_prune()`` and ``finished``
    agree everywhere. ``params``, ``suggest_*`` (checked against the space), ``resource``, ``resume_from``
    and ``repetition`` are as on :class:`allot.Trial`."""

    def __init__(self, trial, job, space, group=None):
        super().__init__(job)
        self.trial = trial
        self.group = group
        self._space = space

    def _definition(self, name, call):
        return _parameter(self._space, name, call)

    def _defined_by_run(self):
        return not self._space

    def _ask_study(self, name, parameter):
        """Every rank: rank 0 asks the study for the parameter, and its value reaches every rank."""
        def on_leader():
            value = self.trial._ask_study(name, parameter)
            self.trial.params[name] = value
            return value

        return _from_leader(self.group, on_leader)

    def report(self, value, step):
        """Every rank: rank 0 reports its ``value`` at ``step`` (reduce a metric computed on shards
        across ranks first), and every rank returns the study's decision."""
        def on_leader():
            decision = self.trial.report(value, step)
            return {"decision": decision, "job": self.trial._job}

        message = _from_leader(self.group, on_leader)
        self._decision, self._job = message["decision"], message["job"]
        return self._decision

    def set_user_attr(self, key, value):
        """Every rank: rank 0 records ``value`` under ``key`` on the trial (see :meth:`allot.Trial.set_user_attr`)."""
        def on_leader():
            self.trial.set_user_attr(key, value)
            return self.trial.user_attrs[key]

        self.user_attrs[key] = _from_leader(self.group, on_leader)

    def tell(self, value=None, failed=False):
        """Every rank: rank 0 completes the trial with ``value`` unless a report already did; None, NaN
        or an infinity fails it with a warning, as ``Study.optimize`` does; ``failed=True`` fails it."""
        def on_leader():
            if not self.trial.finished:
                if failed:
                    self.trial.study.tell(self.trial, failed=True)
                else:
                    self.trial.study._tell_returned(self.trial, value)
            return self.trial._decision

        self._decision = _from_leader(self.group, on_leader)
