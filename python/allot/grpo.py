"""The rollout helper for a GRPO loop: how many rollouts each prompt of the batch gets, and the
rewards its groups produced fed back for the next step."""

import math

from .errors import AllotInputError
from .rollouts import RolloutAllocator, checked_id


class RolloutPlanner:
    """Wraps a :class:`RolloutAllocator` for the loop ``plan → generate → record → update``.

    ``per_prompt`` rollouts on average: each step's budget is ``per_prompt × len(batch)``, the same
    total a uniform trainer spends (TRL's ``num_generations``), moved to the prompts that teach. With
    ``policy="cost"`` the budget is in tokens: ``per_prompt × len(batch) ×`` the mean length of every
    response recorded so far (the allocator's ``defaultLength`` before any), so it spends what a uniform
    trainer would in tokens; record each group's response lengths with its rewards.
    """

    def __init__(self, per_prompt=8, allocator=None, **options):
        self.per_prompt = per_prompt
        self.allocator = allocator or RolloutAllocator(**options)
        self._rewards = {}
        self._lengths = {}
        self._length_total = 0.0
        self._length_count = 0

    @property
    def budgets_tokens(self):
        return self.allocator.policy == "cost"

    @property
    def mean_length(self):
        """The mean length of the responses recorded so far (the allocator's default before any)."""
        if self._length_count == 0:
            return float(self.allocator.parameters.get("defaultLength", 512))
        return self._length_total / self._length_count

    def plan(self, prompt_ids, budget=None):
        """Rollouts per prompt id for this batch. A prompt that appears more than once (a dataset with a
        repeated question) is planned once: one group, and ``per_prompt`` counted once for it."""
        prompt_ids = list(dict.fromkeys(checked_id(prompt) for prompt in prompt_ids))
        if budget is None:
            budget = self.per_prompt * len(prompt_ids)
            if self.budgets_tokens:
                budget = max(1, round(budget * self.mean_length))
        counts = self.allocator.allocate(prompt_ids, self._rewards, budget, lengths=self._lengths)
        self._rewards, self._lengths = {}, {}
        return counts

    def record(self, prompt_id, rewards, lengths=None):
        """The rewards (in [0, 1]) of a prompt's group, for the next plan, and with ``policy="cost"`` the
        responses' lengths in tokens (one per reward).

        Checked here, so a bad value is refused at the line that produced it (nothing of the group is
        kept) rather than at the next ``plan``, where it would stay queued and refuse every plan after."""
        prompt_id = checked_id(prompt_id)
        values, sizes = self._checked(prompt_id, rewards, lengths)
        self._rewards.setdefault(prompt_id, []).extend(values)
        if sizes is not None:
            self._lengths.setdefault(prompt_id, []).extend(sizes)
            self._length_total += sum(sizes)
            self._length_count += len(sizes)

    def _checked(self, prompt_id, rewards, lengths):
        """A group's rewards and lengths as numbers, or AllotInputError naming the first bad one."""
        values = _numbers(prompt_id, rewards, "rewards", lambda x: 0 <= x <= 1,
                          "a reward in [0, 1] (1 for a pass, 0 for a fail, or your reward rescaled)")
        if lengths is None:
            if self.budgets_tokens and values:
                raise AllotInputError(f"record({prompt_id!r}): policy 'cost' budgets tokens: pass lengths=[...], each response's "
                                      "length in tokens, with the rewards", exit_class=2, path="lengths")
            return values, None
        lengths = list(lengths)
        if len(lengths) != len(values):
            raise AllotInputError(f"record({prompt_id!r}): {len(lengths)} lengths for {len(values)} rewards: one length per response",
                                  exit_class=2, path="lengths")
        return values, _numbers(prompt_id, lengths, "lengths", lambda x: 0 < x < 1e9, "a response length in tokens, a number > 0")

    @property
    def last(self):
        return self.allocator.last

    FORMAT = "allot-rollout-planner"
    VERSION = 1

    def state_dict(self):
        """The planner for your checkpoint (format ``allot-rollout-planner``, version 1): the allocator's
        state, the rewards and lengths recorded since the last plan, and the running mean length, so a
        restored planner makes the same plans as the one saved."""
        return {"format": self.FORMAT, "version": self.VERSION, "allocator": self.allocator.state_dict(), "perPrompt": self.per_prompt,
                "pending": [[prompt, rewards, self._lengths.get(prompt)] for prompt, rewards in self._rewards.items()],
                "lengthTotal": self._length_total, "lengthCount": self._length_count}

    def load_state_dict(self, state):
        """Restores a :meth:`state_dict`; another format or version, or a malformed field, is refused
        with :class:`allot.AllotInputError` naming it."""
        def refuse(path, why):
            raise AllotInputError(f"{self.FORMAT}: {path}: {why}", exit_class=2, path=path)

        if not isinstance(state, dict) or state.get("format") != self.FORMAT:
            refuse("format", f"not an {self.FORMAT} document")
        if state.get("version") != self.VERSION:
            refuse("version", f"version {state.get('version')!r}: this package reads version {self.VERSION}")
        for key in ("allocator", "perPrompt", "pending", "lengthTotal", "lengthCount"):
            if key not in state:
                refuse(key, "missing")
        if not isinstance(state["pending"], list) or not all(isinstance(item, list) and len(item) == 3 for item in state["pending"]):
            refuse("pending", "expected a list of [prompt, rewards, lengths or null]")
        if isinstance(state["perPrompt"], bool) or not isinstance(state["perPrompt"], (int, float)) or not state["perPrompt"] > 0:
            refuse("perPrompt", f"expected a number of rollouts > 0, got {state['perPrompt']!r}")
        total, count = state["lengthTotal"], state["lengthCount"]
        if not isinstance(count, int) or count < 0 or not isinstance(total, (int, float)) or not math.isfinite(total) or total < 0:
            refuse("lengthCount", "expected a count >= 0 and a finite total >= 0")
        rewards, lengths = {}, {}
        for index, (prompt, group, sizes) in enumerate(state["pending"]):
            try:
                rewards[prompt], checked = self._checked(prompt, group, sizes)
            except (AllotInputError, TypeError) as error:
                refuse(f"pending[{index}]", str(error))
            if checked is not None:
                lengths[prompt] = checked
        self.allocator.load_state_dict(state["allocator"])   # last: a refused document changes nothing
        self.per_prompt = state["perPrompt"]
        self._rewards, self._lengths = rewards, lengths
        self._length_total, self._length_count = float(total), count


def _numbers(prompt_id, items, field, valid, expected):
    """``items`` as floats, or AllotInputError naming the first that is not a number ``valid`` accepts."""
    values = []
    for index, item in enumerate(items):
        try:
            value = float(item)
        except (TypeError, ValueError):
            value = math.nan
        if not valid(value):
            raise AllotInputError(f"record({prompt_id!r}): {field}[{index}]: expected {expected}, got {item!r}",
                                  exit_class=2, path=f"{field}[{index}]")
        values.append(value)
    return values


def repeat(prompts, counts):
    """The rows of a generation batch with variable group sizes: each prompt repeated ``counts[prompt]``
    times, in batch order, and for each row the index of its group (its prompt's place among the
    distinct prompts of ``prompts``: a prompt listed twice is one group, as ``RolloutPlanner.plan`` plans it).

    This replaces the fixed repeat of verl (``batch.repeat(repeat_times=n, interleave=True)``) and of
    TRL's ``RepeatSampler``; :func:`group_advantages` takes the groups back."""
    rows, group = [], []
    for index, prompt in enumerate(dict.fromkeys(prompts)):     # a repeated prompt is one group, as in plan
        count = counts[prompt]
        if not isinstance(count, int) or count < 0:
            raise AllotInputError(f"counts[{prompt!r}]: expected a number of rollouts >= 0, got {count!r}", exit_class=2,
                                  path=f"counts.{prompt}")
        rows += [prompt] * count
        group += [index] * count
    return rows, group


def group_advantages(rewards, group, scale="group", epsilon=1e-4):
    """GRPO advantages when groups differ in size: each reward minus its group's mean, divided by the
    group's standard deviation (``scale="group"``), the batch's (``"batch"``) or nothing (``"none"``),
    as TRL's ``scale_rewards`` (with its Bessel-corrected std and ``epsilon``). ``group[i]`` is row i's
    group (from :func:`repeat`). A NaN reward (a completion no reward function could score) is left out
    of its group's statistics and gets advantage 0, as in TRL; so does every row of a group of one.

    For equal groups this is TRL's ``rewards.view(-1, G)`` computation; vectorised (no loop over groups)."""
    import torch

    rewards = torch.as_tensor(rewards)
    if not rewards.is_floating_point():
        rewards = rewards.to(torch.get_default_dtype())
    group = torch.as_tensor(group, dtype=torch.long, device=rewards.device)
    if rewards.dim() != 1 or group.shape != rewards.shape:
        raise AllotInputError(f"rewards and group must be 1-d and of one length, got {tuple(rewards.shape)} and {tuple(group.shape)}",
                              exit_class=2, path="group")
    if scale not in ("group", "batch", "none"):
        raise AllotInputError(f"scale: expected group, batch or none, got {scale!r}", exit_class=2, path="scale")
    if len(rewards) == 0:
        return rewards.clone()
    if int(group.min()) < 0:
        raise AllotInputError("group: expected group indices >= 0", exit_class=2, path="group")
    groups = int(group.max()) + 1
    known = ~torch.isnan(rewards)
    values = torch.where(known, rewards, torch.zeros_like(rewards))
    count = torch.zeros(groups, dtype=rewards.dtype, device=rewards.device).index_add_(0, group, known.to(rewards.dtype))
    total = torch.zeros_like(count).index_add_(0, group, values)
    mean = (total / count.clamp(min=1))[group]
    centred = torch.where(known, rewards - mean, torch.zeros_like(rewards))
    if scale == "group":
        squares = torch.zeros_like(count).index_add_(0, group, centred ** 2)
        std = (squares / (count - 1).clamp(min=1)).sqrt()[group]
        advantages = centred / (std + epsilon)
    elif scale == "batch":
        n = int(known.sum())
        deviation = rewards[known] - rewards[known].mean() if n else rewards[known]
        std = (deviation.pow(2).sum() / max(n - 1, 1)).sqrt() if n > 1 else rewards.new_zeros(())
        advantages = centred / (std + epsilon)
    else:
        advantages = centred
    single = (count <= 1)[group]
    return torch.where(known & ~single, advantages, torch.zeros_like(advantages))
