"""Allot from Python: bandit policies, rollouts per prompt for GRPO, LoRA ranks for PEFT, and
hyperparameter studies inside your loop, computed by the Allot service (docs/python.md).

The integrations import torch, transformers and peft only when used: ``allot.peft`` (rank allocation
on a PEFT model), ``allot.hf`` (Trainer callbacks), ``allot.distributed`` (one study under
torch.distributed), ``allot.grpo.group_advantages`` (GRPO advantages for groups of any size); ``allot.ray_tune``
(a Ray Tune searcher) imports ray, and ``allot.importance`` is Optuna's spelling of parameter importance."""

from ._client import Client, client, PROTOCOL_VERSION
from .errors import AllotError, AllotInputError, AllotRuntimeError, ProtocolError, TrialPruned
from .policy import Policy
from .rollouts import RolloutAllocator
from .grpo import RolloutPlanner
from .study import Study, Trial, TrialRecord, TrialState, create_trial

__all__ = ["Client", "client", "PROTOCOL_VERSION", "AllotError", "AllotInputError", "AllotRuntimeError",
           "ProtocolError", "TrialPruned", "Policy", "RolloutAllocator", "RolloutPlanner", "Study", "Trial", "TrialRecord", "TrialState", "create_trial"]
__version__ = "0.1.0"
