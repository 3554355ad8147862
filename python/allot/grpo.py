"""The rollout helper for a GRPO loop: how many rollouts each prompt of the batch gets, and the
rewards its groups produced fed back for the next step."""

import math

from .errors import AllotInputError
from .rollouts import RolloutAllocator


class RolloutPlanner:
    """Wraps a :class:`RolloutAllocator` for the loop ``plan → generate → record → update``.

    ``per_prompt`` rollouts on average: each step's budget is ``per_prompt × len(batch)``, the same
    total a uniform trainer spends (TRL's ``num_generations``), moved to the prompts that teach.
    """

    def __init__(self, per_prompt=8, allocator=None, **options):
        self.per_prompt = per_prompt
        self.allocator = allocator or RolloutAllocator(**options)
        self._rewards = {}

    def plan(self, prompt_ids, budget=None):
        """Rollouts per prompt id for this batch."""
        budget = budget if budget is not None else self.per_prompt * len(prompt_ids)
        counts = self.allocator.allocate(prompt_ids, self._rewards, budget)
        self._rewards = {}
        return counts

    def record(self, prompt_id, rewards):
        """The rewards (in [0, 1]) of a prompt's group, for the next plan.

        Checked here, so a bad reward is refused at the line that produced it (nothing of the group is
        kept) rather than at the next ``plan``, where it would stay queued and refuse every plan after."""
        values = []
        for index, reward in enumerate(rewards):
            try:
                value = float(reward)
            except (TypeError, ValueError):
                value = math.nan
            if not 0 <= value <= 1:
                raise AllotInputError(f"record({prompt_id!r}): rewards[{index}]: expected a reward in [0, 1] "
                                      f"(1 for a pass, 0 for a fail, or your reward rescaled), got {reward!r}",
                                      exit_class=2, path=f"rewards[{index}]")
            values.append(value)
        self._rewards.setdefault(prompt_id, []).extend(values)

    @property
    def last(self):
        return self.allocator.last
