"""Rollouts per prompt for a GRPO step under a fixed total (docs/rollouts.md)."""

import hashlib
import operator

from ._client import Handle, client as default_client, request


#: Longer string ids (a prompt's own text, as TRL datasets give it) travel as their SHA-256 digest.
LONGEST_PLAIN_ID = 128


def checked_id(prompt):
    """``prompt`` as a prompt id: a string, or an integer (numpy's and torch's as Python's, so a batch of
    dataset indices works); else a TypeError saying what to pass, since a conversational prompt (a list of
    messages, as TRL's datasets hold them) is not hashable and has no id of its own."""
    if isinstance(prompt, str):
        return prompt
    if not isinstance(prompt, bool):
        try:
            return operator.index(prompt)
        except TypeError:
            pass
    raise TypeError(f"a prompt id is a string or an integer, got {type(prompt).__name__} {str(prompt)[:80]!r}: a conversational "
                    "prompt (a list of messages, as TRL's datasets hold them) has no id of its own; pass its text "
                    "(tokenizer.apply_chat_template(prompt, tokenize=False)) or the example's index in your dataset")


def wire_id(prompt):
    """The id the service sees for ``prompt``: itself, or ``"sha256:<hex>"`` for a string longer than
    ``LONGEST_PLAIN_ID`` bytes, so the prompt's text can be its id (stable across runs and processes)."""
    prompt = checked_id(prompt)
    if isinstance(prompt, str):
        data = prompt.encode("utf-8")
        if len(data) > LONGEST_PLAIN_ID:
            return "sha256:" + hashlib.sha256(data).hexdigest()
    return prompt


class RolloutAllocator(Handle):
    """Decides how many rollouts each prompt of a batch gets, from what earlier steps showed.

    ``policy`` is ``knapsack-rl`` (Li et al. 2025, the reference's rules), ``posterior``, ``cost`` (a
    token budget) or ``uniform``; ``params`` are its parameters (``fallback=False`` is the reference's
    ``allow_fallback=False``; ``planning="optimistic"`` for the posterior). The per-prompt statistics live
    in the service; with ``path`` they are saved there on :meth:`save`, :meth:`close` and at exit.
    """

    kind = "rollouts"

    def __init__(self, policy="knapsack-rl", min=2, max=128, window=None, discount=None, seed=0, path=None,
                 client=None, **params):
        client = client or default_client()
        answer = client.call("rollouts.create", **request(policy=policy, min=min, max=max, seed=seed, window=window, discount=discount,
                                                          path=path, parameters=params or None))
        super().__init__(client, answer["handle"])
        self.policy = answer["policy"]
        self.parameters = answer["parameters"]
        self.min, self.max = answer["min"], answer["max"]
        self.last = None

    def allocate(self, prompt_ids, new_rewards=None, budget=None, rates=None, lengths=None):
        """Rollouts per prompt (a dict id -> count) for this step's ``prompt_ids``, summing to ``budget``.

        ``new_rewards`` maps a prompt id to the rewards (in [0, 1]) seen for it since the last call —
        usually last step's batch, which need not be in ``prompt_ids``: every prompt's rewards are recorded,
        only ``prompt_ids`` get rollouts. ``rates`` maps an id to a success rate you know (it replaces that
        prompt's history); ``lengths`` maps an id to the response lengths of its new rewards (for
        ``policy="cost"``). The whole answer (estimates, expected effective groups, ...) is kept in ``self.last``.
        """
        if budget is None:
            raise ValueError("allocate needs a budget: the total rollouts of this step")
        new_rewards, rates, lengths = new_rewards or {}, rates or {}, lengths or {}
        prompt_ids = [checked_id(prompt) for prompt in prompt_ids]
        wire = {prompt: wire_id(prompt) for prompt in [*prompt_ids, *new_rewards, *rates]}

        def entry(prompt):
            item = {"id": wire[prompt]}
            if prompt in rates:
                item["rate"] = rates[prompt]
            elif new_rewards.get(prompt):
                item["rewards"] = list(new_rewards[prompt])
                if prompt in lengths:
                    item["lengths"] = list(lengths[prompt])
            return item

        batch = set(prompt_ids)
        observed = [entry(prompt) for prompt in {**new_rewards, **rates} if prompt not in batch]
        self.last = self._call("allocate", prompts=[entry(prompt) for prompt in prompt_ids], budget=budget,
                               **({"observed": observed} if observed else {}))
        yours = {str(sent): str(prompt) for prompt, sent in wire.items()}    # the service's keys back to the caller's
        for key in ("allocation", "estimates"):
            if isinstance(self.last.get(key), dict):
                self.last[key] = {yours.get(k, k): v for k, v in self.last[key].items()}
        allocation = self.last["allocation"]
        return {prompt: allocation[str(prompt)] for prompt in prompt_ids}

    def state_dict(self):
        """The allocator and its statistics (format ``allot-rollout-state``), for your checkpoint."""
        return self._call("snapshot")["state"]

    def load_state_dict(self, state):
        answer = self._client.call("rollouts.restore", state=state, min=self.min, max=self.max)
        old, self._handle = self._handle, answer["handle"]
        if old is not None:
            self._client.call("close", handle=old)
