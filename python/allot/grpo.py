"""The rollout helper for a GRPO loop: how many rollouts each prompt of the batch gets, and the
rewards its groups produced fed back for the next step."""

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
        """The rewards (in [0, 1]) of a prompt's group, for the next plan."""
        self._rewards.setdefault(prompt_id, []).extend(float(r) for r in rewards)

    @property
    def last(self):
        return self.allocator.last
