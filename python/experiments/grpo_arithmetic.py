"""GRPO on a learner whose learning transfers across prompts (docs/rollouts.md): a small causal
transformer (2 layers, width 64, about 0.1 M parameters) answers multi-digit additions ``a+b=`` with the
sum's digits, least significant first, and gets reward 1 for an exact answer. Difficulty is graded by
the operands' length (2 to 5 digits), so a batch mixes prompts it always solves, prompts it never
solves and prompts in between — the case Knapsack RL is about — and what it learns on one addition
helps every other.

Each seed: supervised warm start on random additions (SFT_STEPS, cached per seed), then GRPO on a pool of
512 training prompts, BATCH prompts per step, rollouts per step = PER_PROMPT × BATCH (uniform: 8 each)
moved between prompts by an Allot rollout allocator (``allot.RolloutAllocator``), group-normalised
advantages, one on-policy update per step with the loss averaged over every token of the batch
(``token-mean``, verl's default) or within each group first (``group-mean``, the GRPO paper's). Judged on
greedy exact-match accuracy on 400 held-out additions.

    python python/experiments/grpo_arithmetic.py run --policy knapsack-rl --loss token-mean --seed 1
    python python/experiments/grpo_arithmetic.py grid          # every policy × loss × seed, and uniform budgets
"""

import argparse
import json
import random
import time
from pathlib import Path

import torch
from torch import nn

VOCAB = 14
PLUS, EQUALS, EOS, PAD = 10, 11, 12, 13
MAX_ANSWER = 7
DIGITS = (2, 3, 4, 5)
POOL, HELD_OUT = 512, 400
SFT_STEPS, SFT_BATCH, SFT_LR = 1750, 64, 1e-3
STEPS, BATCH, PER_PROMPT, RL_LR = 150, 32, 8, 1e-3
POLICIES = ("uniform", "knapsack-rl", "posterior", "cost")
LOSSES = ("token-mean", "group-mean")


def problem(rng, digits):
    low = 10 ** (digits - 1)
    return rng.randint(low, 10 ** digits - 1), rng.randint(low, 10 ** digits - 1)


def encode_prompt(a, b):
    return [int(c) for c in str(a)] + [PLUS] + [int(c) for c in str(b)] + [EQUALS]


def encode_answer(a, b):
    return [int(c) for c in reversed(str(a + b))] + [EOS]


def prompts():
    """The fixed prompt sets (data seed 0, the same for every run): the training pool and the held-out set, disjoint."""
    rng = random.Random(0)
    seen, pool, held = set(), [], []
    for target, count in ((pool, POOL), (held, HELD_OUT)):
        for i in range(count):
            digits = DIGITS[i % len(DIGITS)]
            while True:
                a, b = problem(rng, digits)
                if (a, b) not in seen:
                    seen.add((a, b))
                    break
            target.append((a, b, digits))
    return pool, held


class TinyGPT(nn.Module):
    def __init__(self, width=64, layers=2, heads=4, context=24):
        super().__init__()
        self.token = nn.Embedding(VOCAB, width)
        self.position = nn.Embedding(context, width)
        layer = nn.TransformerEncoderLayer(width, heads, 4 * width, dropout=0.0, batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(width)
        self.out = nn.Linear(width, VOCAB)
        self.register_buffer("causal", torch.triu(torch.full((context, context), float("-inf")), 1))

    def forward(self, tokens):
        n = tokens.shape[1]
        h = self.token(tokens) + self.position(torch.arange(n))
        h = self.blocks(h, mask=self.causal[:n, :n], is_causal=True)
        return self.out(self.norm(h))


def pad(rows, value=PAD):
    width = max(len(r) for r in rows)
    return torch.tensor([r + [value] * (width - len(r)) for r in rows])


def supervised(seed, cache):
    """The warm start: SFT_STEPS of teacher-forced additions drawn fresh (all lengths), cached per seed."""
    path = cache / f"sft-seed{seed}.pt"
    torch.manual_seed(seed)
    model = TinyGPT()
    if path.exists():
        model.load_state_dict(torch.load(path))
        return model
    rng = random.Random(1000 + seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=SFT_LR, weight_decay=0.0)
    for step in range(SFT_STEPS):
        rows, starts = [], []
        for _ in range(SFT_BATCH):
            a, b = problem(rng, rng.choice(DIGITS))
            p = encode_prompt(a, b)
            rows.append(p + encode_answer(a, b))
            starts.append(len(p))
        tokens = pad(rows)
        logits = model(tokens[:, :-1])
        targets = tokens[:, 1:].clone()
        for i, start in enumerate(starts):
            targets[i, :start - 1] = PAD
        loss = nn.functional.cross_entropy(logits.reshape(-1, VOCAB), targets.reshape(-1), ignore_index=PAD)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    cache.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)
    return model


@torch.no_grad()
def generate(model, prompt_rows, greedy, generator=None):
    """Answers for a batch of prompts, decoded in groups of equal prompt length (no padding, so positions
    and attention are exactly the training ones)."""
    answers = [None] * len(prompt_rows)
    by_length = {}
    for i, row in enumerate(prompt_rows):
        by_length.setdefault(len(row), []).append(i)
    for length in sorted(by_length):
        index = by_length[length]
        tokens = torch.tensor([prompt_rows[i] for i in index])
        done = torch.zeros(len(index), dtype=torch.bool)
        steps = []
        for _ in range(MAX_ANSWER):
            logits = model(tokens)[:, -1]
            logits[:, [PAD, PLUS, EQUALS]] = float("-inf")
            nxt = logits.argmax(-1) if greedy else torch.multinomial(torch.softmax(logits, -1), 1, generator=generator).squeeze(1)
            nxt = torch.where(done, torch.full_like(nxt, PAD), nxt)
            steps.append(nxt)
            done |= nxt == EOS
            tokens = torch.cat([tokens, nxt[:, None]], 1)
            if bool(done.all()):
                break
        for i, row in zip(index, torch.stack(steps, 1).tolist()):
            answer = []
            for token in row:
                if token == PAD:
                    break
                answer.append(token)
                if token == EOS:
                    break
            answers[i] = answer
    return answers


@torch.no_grad()
def accuracy(model, problems):
    model.eval()
    rows = [encode_prompt(a, b) for a, b, _ in problems]
    answers = generate(model, rows, greedy=True)
    right = [answer == encode_answer(a, b) for answer, (a, b, _) in zip(answers, problems)]
    model.train()
    by_digits = {d: sum(r for r, p in zip(right, problems) if p[2] == d) / sum(1 for p in problems if p[2] == d) for d in DIGITS}
    return sum(right) / len(right), by_digits


def logprobs(model, prompt_rows, answers):
    """Sum and count of the answers' token log-probabilities, per rollout."""
    rows = [p + a for p, a in zip(prompt_rows, answers)]
    tokens = pad(rows)
    logits = model(tokens[:, :-1])
    logp = torch.log_softmax(logits, -1).gather(2, tokens[:, 1:, None]).squeeze(2)
    mask = torch.zeros_like(logp)
    for i, (p, a) in enumerate(zip(prompt_rows, answers)):
        mask[i, len(p) - 1:len(p) - 1 + len(a)] = 1
    return (logp * mask).sum(1), mask.sum(1)


def run(policy, loss_mode, seed, per_prompt=PER_PROMPT, steps=STEPS, cache=Path("grpo-experiment/cache")):
    import allot

    torch.set_num_threads(1)
    started = time.perf_counter()
    pool, held = prompts()
    model = supervised(seed, cache)
    start_accuracy, start_by = accuracy(model, held)
    optimizer = torch.optim.AdamW(model.parameters(), lr=RL_LR, weight_decay=0.0)
    allocator = allot.RolloutAllocator(policy=policy, min=2, max=64, seed=seed)
    order_rng = random.Random(seed)
    sample = torch.Generator().manual_seed(seed)
    new_rewards, new_lengths = {}, {}
    groups = effective_groups = rollouts = effective_rollouts = tokens_spent = 0
    mean_length = float(MAX_ANSWER)
    allocation_seconds = 0.0
    order = []
    for step in range(steps):
        if len(order) < BATCH:
            order = list(range(POOL))
            order_rng.shuffle(order)
        batch, order = order[:BATCH], order[BATCH:]
        tick = time.perf_counter()
        if policy == "cost":
            budget = max(1, round(per_prompt * BATCH * mean_length))
            counts = allocator.allocate(batch, new_rewards, budget=budget, lengths=new_lengths)
        else:
            counts = allocator.allocate(batch, new_rewards, budget=per_prompt * BATCH)
        allocation_seconds += time.perf_counter() - tick
        prompt_rows, owners = [], []
        for prompt in batch:
            a, b, _ = pool[prompt]
            prompt_rows += [encode_prompt(a, b)] * counts[prompt]
            owners += [prompt] * counts[prompt]
        answers = generate(model, prompt_rows, greedy=False, generator=sample)
        rewards = torch.tensor([1.0 if ans == encode_answer(*pool[o][:2]) else 0.0 for ans, o in zip(answers, owners)])
        lengths = [len(a) for a in answers]
        tokens_spent += sum(lengths)
        mean_length = 0.9 * mean_length + 0.1 * (sum(lengths) / len(lengths))
        advantages = torch.zeros_like(rewards)
        new_rewards, new_lengths = {}, {}
        index = 0
        group_of = []
        for g, prompt in enumerate(batch):
            n = counts[prompt]
            r = rewards[index:index + n]
            spread = float(r.std(unbiased=False)) if n > 1 else 0.0
            groups += 1
            rollouts += n
            if spread > 1e-6:
                effective_groups += 1
                effective_rollouts += n
                advantages[index:index + n] = (r - r.mean()) / (spread + 1e-6)
            new_rewards[prompt] = r.tolist()
            new_lengths[prompt] = lengths[index:index + n]
            group_of += [g] * n
            index += n
        total, count = logprobs(model, prompt_rows, answers)
        if loss_mode == "token-mean":
            loss = -(advantages * total).sum() / count.sum()
        else:
            per_rollout = advantages * total / count
            group_of_t = torch.tensor(group_of)
            sizes = torch.bincount(group_of_t, minlength=len(batch)).to(per_rollout.dtype)
            loss = -(torch.zeros(len(batch)).index_add(0, group_of_t, per_rollout) / sizes).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    final, by_digits = accuracy(model, held)
    allocator.close()
    return {"policy": policy, "loss": loss_mode, "seed": seed, "per_prompt": per_prompt, "steps": steps, "start": start_accuracy,
            "start_by_digits": start_by, "final": final, "by_digits": by_digits, "effective_groups": effective_groups / groups,
            "effective_rollouts": effective_rollouts / rollouts, "rollouts_per_step": rollouts / steps, "tokens_per_step": tokens_spent / steps,
            "seconds": round(time.perf_counter() - started, 1), "allocation_seconds": round(allocation_seconds, 3)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "grid"))
    parser.add_argument("--policy", choices=POLICIES, default="uniform")
    parser.add_argument("--loss", choices=LOSSES, default="token-mean")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-prompt", type=int, default=PER_PROMPT)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("grpo-experiment/results.jsonl"))
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    finished = set()
    if args.out.exists():
        for line in args.out.read_text().splitlines():
            r = json.loads(line)
            finished.add((r["policy"], r["loss"], r["seed"], r["per_prompt"], r["steps"]))
    jobs = [(args.policy, args.loss, args.seed, args.per_prompt)]
    if args.command == "grid":
        jobs = [(p, l, s, PER_PROMPT) for s in range(1, args.seeds + 1) for l in LOSSES for p in POLICIES]
        jobs += [("uniform", l, s, n) for s in range(1, args.seeds + 1) for l in LOSSES for n in (12, 16, 24)]
    for policy, loss_mode, seed, per_prompt in jobs:
        if (policy, loss_mode, seed, per_prompt, args.steps) in finished:
            continue
        result = run(policy, loss_mode, seed, per_prompt, args.steps, cache=args.out.parent / "cache")
        with open(args.out, "a") as file:
            file.write(json.dumps(result) + "\n")
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
