import random

import pytest
import torch

import allot
import allot.grpo


def test_allocations_spend_the_budget_within_bounds(client):
    allocator = allot.RolloutAllocator("knapsack-rl", min=2, max=16, client=client)
    world = random.Random(3)
    rates = {f"p{i}": world.random() for i in range(40)}
    rewards = {}
    for _ in range(5):
        batch = world.sample(sorted(rates), 12)
        counts = allocator.allocate(batch, rewards, budget=96)
        assert sum(counts.values()) == 96
        assert all(2 <= n <= 16 for n in counts.values())
        rewards = {p: [1.0 if world.random() < rates[p] else 0.0 for _ in range(n)] for p, n in counts.items()}


def test_a_known_rate_is_planned_with_and_the_fallback_can_be_switched_off(client):
    allocator = allot.RolloutAllocator("knapsack-rl", min=1, max=64, client=client)
    counts = allocator.allocate(["easy", "hard", "lost"], rates={"easy": 0.95, "hard": 0.2, "lost": 0.0}, budget=30)
    assert allocator.last["estimates"] == {"easy": 0.95, "hard": 0.2, "lost": 0.0}
    assert counts["hard"] > counts["easy"]
    strict = allot.RolloutAllocator("knapsack-rl", min=1, max=64, fallback=False, client=client)
    assert strict.parameters["fallback"] is False
    with pytest.raises(allot.AllotInputError) as error:
        allocator.allocate(["a"], rates={"a": 1.5}, budget=4)
    assert error.value.path == "prompts[0].rate"


def test_rollout_planner_in_a_real_grpo_loop():
    """A tiny softmax policy network per prompt (candidates as actions), variable group sizes from the
    planner, group-normalised advantages, loss averaged over every rollout: the pass rate must rise
    and every step must spend exactly its budget."""
    torch.manual_seed(0)
    prompts, candidates = 24, 8
    logits = torch.nn.Parameter(torch.zeros(prompts, candidates))
    correct = torch.randint(0, candidates, (prompts,))
    # Easy prompts start near their answer, hard ones far from it.
    with torch.no_grad():
        logits[torch.arange(prompts // 2), correct[: prompts // 2]] += 2.5
    optimizer = torch.optim.SGD([logits], lr=4.0)
    planner = allot.RolloutPlanner(per_prompt=6, policy="knapsack-rl", min=2, max=32)
    world = torch.Generator().manual_seed(1)

    def pass_rate():
        with torch.no_grad():
            return float(torch.softmax(logits, 1)[torch.arange(prompts), correct].mean())

    start = pass_rate()
    sizes = set()
    for step in range(40):
        batch = torch.randperm(prompts, generator=world)[:12].tolist()
        counts = planner.plan(batch)
        assert sum(counts.values()) == 6 * len(batch)
        sizes.update(counts.values())
        loss = torch.zeros(())
        total = 0
        for prompt in batch:
            n = counts[prompt]
            probabilities = torch.softmax(logits[prompt], 0)
            actions = torch.multinomial(probabilities.detach(), n, replacement=True, generator=world)
            rewards = (actions == correct[prompt]).float()
            planner.record(prompt, rewards.tolist())
            advantages = (rewards - rewards.mean()) / (rewards.std(unbiased=False) + 1e-6)
            loss = loss - (advantages * torch.log(probabilities[actions])).sum()
            total += n
        optimizer.zero_grad()
        (loss / total).backward()
        optimizer.step()
    assert len(sizes) > 2              # the planner gave prompts different group sizes
    assert pass_rate() > start + 0.1


def test_rewards_of_prompts_outside_this_batch_are_recorded(client):
    """A shuffled loader: the rewards passed at step t belong to step t-1's prompts, which step t does not
    ask about. They must reach the statistics (they were silently dropped before)."""
    allocator = allot.RolloutAllocator("knapsack-rl", min=2, max=16, client=client)
    allocator.allocate(["a", "b"], budget=16)
    allocator.allocate(["c", "d"], {"a": [0.0] * 8, "b": [1.0, 0.0] * 4}, budget=16)
    allocator.allocate(["a", "b", "e"], budget=24)
    estimates = allocator.last["estimates"]
    assert estimates["a"] < 0.1 and 0.4 < estimates["b"] < 0.6
    assert estimates["a"] != estimates["e"]
    with pytest.raises(allot.AllotInputError) as error:
        allocator.allocate(["c"], {"z": [2.0]}, budget=4)
    assert error.value.path == "observed[0].rewards[0]"


def test_a_bad_reward_is_refused_where_it_is_recorded_and_does_not_poison_later_plans(client):
    """A reward outside [0, 1] (a raw score, a NaN from a broken verifier) is refused by `record` with the
    prompt and index; the group is not kept, so the next plan works and knows nothing of it."""
    planner = allot.RolloutPlanner(per_prompt=4, allocator=allot.RolloutAllocator(policy="knapsack-rl", min=2, max=16, client=client))
    planner.plan(["a", "b"])
    for rewards in ([1.0, float("nan")], [0.0, 2.0], [-1.0], ["pass"]):
        with pytest.raises(allot.AllotInputError, match=r"record\('a'\): rewards\[\d\]: expected a reward in \[0, 1\]") as error:
            planner.record("a", rewards)
        assert error.value.exit_class == 2 and error.value.path.startswith("rewards[")
    planner.record("b", [1, 1, 0, 1])
    counts = planner.plan(["a", "b"])
    assert sum(counts.values()) == 8
    assert planner.last["estimates"]["a"] is None and planner.last["estimates"]["b"] is not None


def _trl_advantages(rewards, size, scale):
    """TRL 1.16's GRPOTrainer computation for equal groups (sum_then_normalize), restated: nan-aware
    group means, Bessel-corrected nan-std, epsilon 1e-4, NaN advantages set to 0."""
    def nanstd(t, dim=None):
        mean = torch.nanmean(t, dim=dim, keepdim=True)
        variance = torch.nanmean((t - mean) ** 2, dim=dim, keepdim=True)
        count = torch.sum(~torch.isnan(t), dim=dim, keepdim=True)
        variance = variance * torch.where(count > 1, count / (count - 1), torch.full_like(variance, float("nan")))
        return variance.sqrt() if dim is None else variance.sqrt().squeeze(dim)
    mean = torch.nanmean(rewards.view(-1, size), dim=1).repeat_interleave(size)
    if scale == "group":
        std = nanstd(rewards.view(-1, size), dim=1).repeat_interleave(size)
    else:
        std = nanstd(rewards).expand_as(rewards)
    advantages = rewards - mean
    if scale != "none":
        advantages = advantages / (std + 1e-4)
    return torch.nan_to_num(advantages, nan=0.0)


@pytest.mark.parametrize("scale", ["group", "batch", "none"])
def test_group_advantages_are_trls_for_equal_groups_and_per_group_for_any_sizes(scale):
    generator = torch.Generator().manual_seed(5)
    rewards = (torch.rand(8 * 6, generator=generator) < 0.4).float()
    rewards[torch.rand(48, generator=generator) < 0.1] = float("nan")           # unscorable completions
    rewards[:6] = 1.0                                                            # a group with no spread
    _, group = allot.grpo.repeat(list(range(8)), {p: 6 for p in range(8)})
    ours = allot.grpo.group_advantages(rewards, group, scale=scale)
    assert torch.allclose(ours, _trl_advantages(rewards, 6, scale), atol=1e-6)

    # Groups of 1, 2, 5 and 9 rollouts: each against a loop over its own group.
    counts = {"a": 1, "b": 2, "c": 5, "d": 9}
    rows, group = allot.grpo.repeat(list(counts), counts)
    assert rows == ["a"] + ["b"] * 2 + ["c"] * 5 + ["d"] * 9 and group == [0, 1, 1] + [2] * 5 + [3] * 9
    rewards = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.0, 1.0, float("nan"), 1.0] + [0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0])
    ours = allot.grpo.group_advantages(rewards, group, scale=scale)
    known = rewards[~torch.isnan(rewards)]
    batch_std = float(known.std(unbiased=True))
    start = 0
    for size in counts.values():
        r = rewards[start:start + size]
        kept = r[~torch.isnan(r)]
        for i in range(size):
            if torch.isnan(r[i]) or len(kept) <= 1:
                expected = 0.0
            else:
                spread = {"group": float(kept.std(unbiased=True)), "batch": batch_std, "none": None}[scale]
                expected = float(r[i] - kept.mean()) / (spread + 1e-4 if spread is not None else 1.0)
            assert abs(float(ours[start + i]) - expected) < 1e-5, (size, i)
        start += size
    assert float(ours[0]) == 0.0                                                 # a group of one teaches nothing


def test_repeat_and_group_advantages_refuse_bad_input():
    with pytest.raises(allot.AllotInputError, match=r"counts\['a'\]"):
        allot.grpo.repeat(["a"], {"a": -1})
    with pytest.raises(allot.AllotInputError, match="one length"):
        allot.grpo.group_advantages([1.0, 0.0], [0])
    with pytest.raises(allot.AllotInputError, match="scale"):
        allot.grpo.group_advantages([1.0, 0.0], [0, 0], scale="groups")


def test_the_planner_with_the_cost_policy_spends_uniforms_tokens(client):
    """policy="cost" budgets tokens: the planner's budget is per_prompt × batch × the mean recorded
    response length (the allocator's defaultLength before any), it never spends more, and the prompts
    with short answers get more rollouts than a long-answer prompt of the same pass rate."""
    planner = allot.RolloutPlanner(per_prompt=8, allocator=allot.RolloutAllocator(policy="cost", min=2, max=32, seed=1, client=client))
    world = random.Random(3)
    length = {"short": 40, "mid": 120, "long": 400}
    batch = list(length)
    first = planner.plan(batch)
    assert planner.last["budget"] == 8 * 3 * 512 and planner.last["spent"] <= planner.last["budget"]
    for step in range(12):
        counts = first if step == 0 else planner.plan(batch)
        if step:
            mean = planner.mean_length
            assert planner.last["budget"] == round(8 * 3 * mean) and planner.last["spent"] <= planner.last["budget"]
        for prompt, n in counts.items():
            planner.record(prompt, [float(world.random() < 0.5) for _ in range(n)], lengths=[length[prompt]] * n)
    counts = planner.plan(batch)
    assert counts["short"] > counts["long"], counts
    with pytest.raises(allot.AllotInputError, match="pass lengths"):
        planner.record("short", [1.0])
    with pytest.raises(allot.AllotInputError, match="2 lengths for 1 rewards"):
        planner.record("short", [1.0], lengths=[10, 10])
    with pytest.raises(allot.AllotInputError, match=r"lengths\[0\]"):
        planner.record("short", [1.0], lengths=[0])


def test_a_prompts_own_text_can_be_its_id(client):
    """TRL datasets have no prompt ids; the text is the natural key. Texts longer than 128 bytes travel
    as their SHA-256 digest (the service caps ids at 1 KiB), and the caller sees its own keys everywhere:
    the counts, the estimates, and a restored allocator's history."""
    from allot.rollouts import wire_id
    texts = ["Add: " + "1 + " * 400 + "1 =", "Add: " + "2 + " * 400 + "2 =", "short"]
    assert wire_id(texts[0]).startswith("sha256:") and wire_id("short") == "short"
    planner = allot.RolloutPlanner(per_prompt=4, allocator=allot.RolloutAllocator(policy="knapsack-rl", min=2, max=8, client=client))
    assert set(planner.plan(texts)) == set(texts)
    planner.record(texts[0], [1, 1, 1, 1])
    planner.record(texts[1], [0, 1, 0, 0])
    planner.record(texts[2], [0, 0, 0, 0])
    counts = planner.plan(texts)
    assert counts[texts[1]] > counts[texts[0]] and sum(counts.values()) == 12
    assert [planner.last["estimates"][t] for t in texts] == [1, 0.25, 0]
    restored = allot.RolloutAllocator(policy="knapsack-rl", min=2, max=8, client=client)
    restored.load_state_dict(planner.allocator.state_dict())
    assert restored.allocate(texts, budget=12) == counts


def test_a_prompt_repeated_in_the_batch_is_one_group(client):
    """A dataset with a repeated question puts the same prompt twice in a batch: the planner plans it once
    (the service refuses repeated ids) and repeat() lays it out as one group."""
    planner = allot.RolloutPlanner(per_prompt=4, allocator=allot.RolloutAllocator(policy="knapsack-rl", min=2, max=16, client=client))
    counts = planner.plan(["a", "b", "a", "c"])
    assert list(counts) == ["a", "b", "c"] and sum(counts.values()) == 12
    rows, group = allot.grpo.repeat(["a", "b", "a", "c"], counts)
    assert rows == ["a"] * counts["a"] + ["b"] * counts["b"] + ["c"] * counts["c"]
    assert group == [0] * counts["a"] + [1] * counts["b"] + [2] * counts["c"]


def test_a_checkpointed_planner_plans_the_same_as_the_one_saved(client):
    """save → load → identical continuation, saved where a GRPO loop checkpoints: after record, before the
    next plan (the recorded rewards and lengths are pending), through JSON; a broken document is refused."""
    import json

    def run(planner, steps, world):
        plans = []
        for _ in range(steps):
            counts = planner.plan(["a", "b", "c", "d"])
            plans.append(counts)
            for prompt, n in counts.items():
                planner.record(prompt, [float(world.random() < 0.4) for _ in range(n)], lengths=[30 + 10 * "abcd".index(prompt)] * n)
        return plans

    def planner():
        return allot.RolloutPlanner(per_prompt=6, allocator=allot.RolloutAllocator(policy="cost", min=2, max=20, seed=3, client=client))

    original, world = planner(), random.Random(7)
    run(original, 4, world)
    saved = json.loads(json.dumps(original.state_dict()))
    assert saved["pending"] and saved["lengthCount"] > 0
    restored = planner()
    restored.load_state_dict(saved)
    assert run(original, 4, random.Random(8)) == run(restored, 4, random.Random(8))
    before = json.dumps(restored.state_dict(), sort_keys=True)
    with pytest.raises(allot.AllotInputError, match="version"):
        restored.load_state_dict({**saved, "version": 2})
    with pytest.raises(allot.AllotInputError, match=r"pending\[0\]"):
        restored.load_state_dict({**saved, "pending": [["a", [3.0], None]]})
    with pytest.raises(allot.AllotInputError, match="perPrompt"):
        restored.load_state_dict({**saved, "perPrompt": -1})
    assert json.dumps(restored.state_dict(), sort_keys=True) == before      # a refused document changed nothing


def test_prompt_ids_are_strings_or_integers_and_a_conversation_is_told_what_to_pass():
    """TRL's conversational datasets hold a prompt as a list of messages: unhashable, and it used to fail
    with "unhashable type: 'list'". The error now says what to pass. Dataset indices from numpy or torch
    work as integers."""
    import numpy

    planner = allot.RolloutPlanner(per_prompt=4, policy="knapsack-rl", min=2, max=8)
    conversation = [{"role": "user", "content": "What is 2 + 2?"}]
    with pytest.raises(TypeError, match="apply_chat_template"):
        planner.plan([conversation])
    with pytest.raises(TypeError, match="apply_chat_template"):
        planner.record(conversation, [1.0])
    with pytest.raises(TypeError, match="got bool"):
        planner.plan([True])
    counts = planner.plan(list(numpy.arange(3)) + [torch.tensor(7)])
    assert counts == {0: 4, 1: 4, 2: 4, 7: 4} and all(type(key) is int for key in counts)
    planner.record(numpy.int64(1), [1.0, 0.0, 1.0, 0.0])
    assert sum(planner.plan([0, 1, 2]).values()) == 12
