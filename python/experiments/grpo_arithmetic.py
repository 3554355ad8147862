"""GRPO on a learner whose learning transfers across prompts (docs/rollouts.md): a small causal
transformer (2 layers, width 64, about 0.1 M parameters) answers multi-digit additions ``a+b=`` with the
sum's digits, least significant first, and gets reward 1 for an exact answer. Difficulty is graded by
the operands' length (2 to 5 digits), so a batch mixes prompts it always solves, prompts it never
solves and prompts in between — the case Knapsack RL is about — and what it learns on one addition
helps every other.

Each seed: a supervised warm start on random additions from a noisy teacher (SFT_STEPS, cached per seed;
see ``supervised``), then GRPO on a pool of 512 training prompts, BATCH prompts per step, rollouts per step
= PER_PROMPT × BATCH (uniform: 8 each) moved between prompts by an Allot rollout allocator
(``allot.RolloutAllocator``), group-normalised advantages, one on-policy AdamW update per step (lr RL_LR
after RL_WARMUP steps of warm-up, gradient norm clipped at CLIP) with the loss averaged over every token
of the batch (``token-mean``, verl's default) or within each group first (``group-mean``, the GRPO
paper's). Judged on the held-out pass rate: exact-match answers sampled at temperature 1, EVAL_SAMPLES
per addition, on 400 held-out additions (greedy accuracy is recorded too), every EVAL_EVERY steps.

    python python/experiments/grpo_arithmetic.py run --policy knapsack-rl --loss token-mean --seed 1
    python python/experiments/grpo_arithmetic.py grid          # every policy × loss × seed, and uniform budgets
    python python/experiments/grpo_arithmetic.py summary       # the docs/rollouts.md tables
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rank_experiment import _records as records, record  # noqa: E402  (the JSON-lines results file: read, append)
from summarize import CSV_HEADER, interval, swift_source  # noqa: E402  (mean ± 95 % t half-width; generated AllotData sources)

VOCAB = 14
PLUS, EQUALS, EOS, PAD = 10, 11, 12, 13
MAX_ANSWER = 7
DIGITS = (2, 3, 4, 5)
POOL, HELD_OUT = 512, 400
SFT_STEPS, SFT_BATCH, SFT_LR, SFT_NOISE = 3500, 64, 1e-3, 0.2
STEPS, BATCH, PER_PROMPT, RL_LR, RL_WARMUP, CLIP = 100, 32, 8, 3e-4, 20, 1.0
EVAL_EVERY, EVAL_SAMPLES, EVAL_SEED = 20, 4, 12345
# Tokens the policy never emits (generation masks them), so its log-probabilities are over the rest.
FORBIDDEN = [PAD, PLUS, EQUALS]
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
    """The warm start: SFT_STEPS of teacher-forced additions drawn fresh (all lengths) from a noisy teacher
    that writes each answer digit as a random digit with probability SFT_NOISE, cached per seed. The model
    learns the right digit as the mode (greedy answers are mostly right up to 4 digits) but also the
    teacher's noise, so its sampled answers are right less often the longer they are: pass rates graded by
    difficulty, which GRPO can raise on every prompt at once by sharpening."""
    path = cache / f"sft-seed{seed}-{SFT_STEPS}-q{SFT_NOISE}.pt"
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
            answer = [rng.randrange(10) if token < 10 and rng.random() < SFT_NOISE else token for token in encode_answer(a, b)]
            rows.append(p + answer)
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
            logits[:, FORBIDDEN] = float("-inf")
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
def accuracy(model, problems, greedy=True):
    """Exact-match pass rate on ``problems``, overall and by operand length: of the greedy answer, or of
    EVAL_SAMPLES answers sampled at temperature 1 per problem (the policy GRPO trains), from a fixed seed."""
    model.eval()
    repeats = 1 if greedy else EVAL_SAMPLES
    asked = [p for p in problems for _ in range(repeats)]
    answers = generate(model, [encode_prompt(a, b) for a, b, _ in asked], greedy=greedy,
                       generator=None if greedy else torch.Generator().manual_seed(EVAL_SEED))
    right = [answer == encode_answer(a, b) for answer, (a, b, _) in zip(answers, asked)]
    model.train()
    by_digits = {d: round(sum(r for r, p in zip(right, asked) if p[2] == d) / sum(1 for p in asked if p[2] == d), 4) for d in DIGITS}
    return round(sum(right) / len(right), 4), by_digits


def logprobs(model, prompt_rows, answers):
    """Sum and count of the answers' token log-probabilities, per rollout."""
    rows = [p + a for p, a in zip(prompt_rows, answers)]
    tokens = pad(rows)
    logits = model(tokens[:, :-1])
    logits[:, :, FORBIDDEN] = float("-inf")
    logp = torch.log_softmax(logits, -1).gather(2, tokens[:, 1:, None]).squeeze(2)
    mask = torch.zeros_like(logp)
    for i, (p, a) in enumerate(zip(prompt_rows, answers)):
        mask[i, len(p) - 1:len(p) - 1 + len(a)] = 1
    # Padding is a forbidden token (log-probability -inf): zero it rather than multiply it by the mask.
    return torch.where(mask > 0, logp, torch.zeros_like(logp)).sum(1), mask.sum(1)


def run(policy, loss_mode, seed, per_prompt=PER_PROMPT, steps=STEPS, cache=Path("grpo-experiment/cache")):
    import allot

    torch.set_num_threads(1)
    started = time.perf_counter()
    pool, held = prompts()
    model = supervised(seed, cache)
    start_greedy, _ = accuracy(model, held)
    start_accuracy, start_by = accuracy(model, held, greedy=False)
    curve = [start_accuracy]
    optimizer = torch.optim.AdamW(model.parameters(), lr=RL_LR, weight_decay=0.0)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / RL_WARMUP))
    # The cost-aware allocator prices a prompt with no recorded answers at defaultLength tokens (512 unless
    # told, an LLM's scale): here an answer is at most MAX_ANSWER tokens.
    allocator = allot.RolloutAllocator(policy=policy, min=2, max=64, seed=seed, **({"defaultLength": MAX_ANSWER} if policy == "cost" else {}))
    order_rng = random.Random(seed)
    sample = torch.Generator().manual_seed(seed)
    new_rewards, new_lengths = {}, {}
    groups = effective_groups = rollouts = effective_rollouts = tokens_spent = 0
    mean_length = float(MAX_ANSWER)
    allocation_seconds = 0.0
    with_history = 0
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
        # uniform and knapsack-rl report no estimate for a prompt they have no rewards of: how often the
        # plan had history (a pool visited BATCH at a time gives a prompt's rewards a step before others' plans).
        with_history += sum(allocator.last["estimates"].get(str(p)) is not None for p in batch)
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
        torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP)
        optimizer.step()
        schedule.step()
        if (step + 1) % EVAL_EVERY == 0 and step + 1 < steps:
            curve.append(accuracy(model, held, greedy=False)[0])
    final, by_digits = accuracy(model, held, greedy=False)
    curve.append(final)
    final_greedy, _ = accuracy(model, held)
    allocator.close()
    return {"policy": policy, "loss": loss_mode, "seed": seed, "per_prompt": per_prompt, "steps": steps, "start": start_accuracy,
            "start_by_digits": start_by, "final": final, "by_digits": by_digits, "curve": curve,
            "start_greedy": start_greedy, "final_greedy": final_greedy, "effective_groups": effective_groups / groups,
            "effective_rollouts": effective_rollouts / rollouts, "rollouts_per_step": rollouts / steps, "tokens_per_step": tokens_spent / steps,
            "planned_with_history": with_history / (steps * BATCH) if policy in ("uniform", "knapsack-rl") else None,
            "seconds": round(time.perf_counter() - started, 1), "allocation_seconds": round(allocation_seconds, 3)}


UNIFORM_BUDGETS = (4, 12, 16)


def method_name(record):
    """A run's name in the tables: its policy, with the rollouts per prompt when that is not PER_PROMPT."""
    return record["policy"] if record["per_prompt"] == PER_PROMPT else f"{record['policy']}-{record['per_prompt']}"


def complete(path):
    """{loss: {method: {seed: record}}} of the STEPS-long runs, over the seeds every method of that loss
    finished (paired by seed)."""
    by = {}
    for r in records(path):
        if r["steps"] == STEPS:
            by.setdefault(r["loss"], {}).setdefault(method_name(r), {})[r["seed"]] = r
    for loss, methods in by.items():
        seeds = set.intersection(*(set(runs) for runs in methods.values()))
        by[loss] = {m: {s: runs[s] for s in sorted(seeds)} for m, runs in methods.items()}
    return by


def matching_uniform(methods, target):
    """The rollouts per prompt at which uniform's mean pass rate reaches ``target``, linear between the
    uniform budgets run; None outside them."""
    points = sorted((n, statistics.fmean(r["final"] for r in methods[name].values()))
                    for n, name in [(PER_PROMPT, "uniform")] + [(n, f"uniform-{n}") for n in UNIFORM_BUDGETS] if name in methods)
    for (n0, y0), (n1, y1) in zip(points, points[1:]):
        if min(y0, y1) <= target <= max(y0, y1) and y1 != y0:
            return n0 + (target - y0) * (n1 - n0) / (y1 - y0)
    return None


def csv_rows(by):
    """One row per loss × method × seed: the final held-out pass rate, rollouts per step, wall time."""
    return [CSV_HEADER] + [f"{loss},{method},{seed},{r['final']:.6g},{r['rollouts_per_step']:.6g},{r['seconds']}"
                           for loss, methods in by.items() for method, runs in methods.items() for seed, r in runs.items()]


def swift(by):
    comment = ["Generated by python/experiments/grpo_arithmetic.py from the GRPO arithmetic experiment (docs/rollouts.md):",
               f"one row per loss aggregation (group) × allocator × seed after {STEPS} GRPO steps: the held-out pass rate (answers",
               "sampled at temperature 1), the rollouts per step and the wall time (2-core CPU, one thread per run). The model",
               "is a 0.1 M-parameter transformer trained here from random weights on generated additions; no outside data.",
               "Do not edit: rerun the experiment and the script."]
    summary = f"GRPO on a small transformer adding 2- to 5-digit numbers, {STEPS} steps of {BATCH} prompts"
    return swift_source("GRPOArithmeticRuns", comment, [("additions", "grpo-arithmetic", summary, "held-out pass rate", True,
                                                         "rollouts per step", csv_rows(by))])


def summary(path, csv=None, swift_path=None):
    """The docs/rollouts.md tables: per loss, every allocator's final held-out pass rate (mean ± 95 % over
    seeds), its paired difference from uniform, the pass rate at step 40, the effective-gradient ratios,
    rollouts and tokens per step, and the uniform budget that matches its final pass rate."""
    by = complete(path)
    if csv:
        csv.write_text("\n".join(csv_rows(by)) + "\n")
    if swift_path:
        swift_path.write_text(swift(by))
    for loss, methods in by.items():
        seeds = sorted(next(iter(methods.values())))
        print(f"\n{loss}, seeds {seeds}\n")
        print("| allocator | rollouts / tokens per step | held-out pass rate, step 100 | − uniform, paired | step 40 | effective groups | effective rollouts | uniform rollouts per prompt that match |")
        print("|---|---|---|---|---|---|---|---|")
        order = ["uniform"] + [m for m in POLICIES if m != "uniform"] + [f"uniform-{n}" for n in UNIFORM_BUDGETS]
        for method in [m for m in order if m in methods]:
            runs = [methods[method][s] for s in seeds]
            final, dfinal = interval([r["final"] for r in runs])
            paired, dpaired = interval([methods[method][s]["final"] - methods["uniform"][s]["final"] for s in seeds])
            early, dearly = interval([r["curve"][2] for r in runs])
            groups = statistics.fmean(r["effective_groups"] for r in runs)
            rollouts = statistics.fmean(r["effective_rollouts"] for r in runs)
            per_step = statistics.fmean(r["rollouts_per_step"] for r in runs)
            tokens = statistics.fmean(r["tokens_per_step"] for r in runs)
            match = matching_uniform(methods, final)
            match = "–" if method.startswith("uniform") else (f"{match:.1f} ({match / PER_PROMPT:.2f}×)" if match else "outside 4–16")
            diff = "(the reference)" if method == "uniform" else f"{paired:+.4f} ± {dpaired:.4f}"
            print(f"| {method} | {per_step:.0f} / {tokens:.0f} | {final:.4f} ± {dfinal:.4f} | {diff} | {early:.4f} ± {dearly:.4f} | {groups:.3f} | {rollouts:.3f} | {match} |")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "grid", "summary"))
    parser.add_argument("--policy", choices=POLICIES, default="uniform")
    parser.add_argument("--loss", choices=LOSSES, default="token-mean")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-prompt", type=int, default=PER_PROMPT)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("grpo-experiment/results.jsonl"))
    parser.add_argument("--csv", type=Path, help="summary: write the recorded runs as CSV (docs/data/grpo-arithmetic.csv)")
    parser.add_argument("--swift", type=Path, help="summary: write them as AllotData (Sources/AllotData/GRPOArithmeticRuns.swift)")
    args = parser.parse_args(argv)
    if args.command == "summary":
        summary(args.out, args.csv, args.swift)
        return
    finished = {(r["policy"], r["loss"], r["seed"], r["per_prompt"], r["steps"]) for r in records(args.out)}
    jobs = [(args.policy, args.loss, args.seed, args.per_prompt)]
    if args.command == "grid":
        jobs = [(p, l, s, PER_PROMPT) for s in range(1, args.seeds + 1) for l in LOSSES for p in POLICIES]
        jobs += [("uniform", l, s, n) for s in range(1, args.seeds + 1) for l in LOSSES for n in UNIFORM_BUDGETS]
    for policy, loss_mode, seed, per_prompt in jobs:
        if (policy, loss_mode, seed, per_prompt, args.steps) in finished:
            continue
        record(args.out, run(policy, loss_mode, seed, per_prompt, args.steps, cache=args.out.parent / "cache"))


if __name__ == "__main__":
    main()
