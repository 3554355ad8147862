#!/usr/bin/env python3
"""A training command for `allot tune`, standard library only.

allot runs it once per trial with the assignment as JSON on stdin:
  {"trial": 3, "resource": 9, "resumeFrom": 3, "checkpoint": "tune.sqlite.checkpoints/tune/trial-3",
   "configuration": {"learning_rate": 0.05, "l2": 0.0001, "batch_size": "32"}, "rung": 1, "bracket": 0}
It trains to `resource` epochs (continuing from its checkpoint when `resumeFrom` is set), prints
{"resource": epoch, "value": validation accuracy} after every epoch, and exits 0. Anything else it
prints is shown in allot's log; a non-zero exit fails the trial.

The model: logistic regression on quadratic features of two seeded noisy rings. Swap in
your PyTorch / JAX training loop; keep the three protocol steps (read, resume, print).
"""
import json
import math
import os
import random
import sys


def dataset(n=600, seed=0):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        label = i % 2                                  # two noisy rings: radius 1 and radius 2
        angle = rng.uniform(0, 2 * math.pi)
        radius = 1 + label + rng.gauss(0, 0.3)
        x, y = radius * math.cos(angle), radius * math.sin(angle)
        rows.append(([1.0, x, y, x * x, y * y, x * y], label))
    return rows[: n * 2 // 3], rows[n * 2 // 3:]


def accuracy(weights, rows):
    correct = sum((sum(w * f for w, f in zip(weights, features)) > 0) == (label == 1) for features, label in rows)
    return correct / len(rows)


def main():
    job = json.load(sys.stdin)
    config = job["configuration"]
    rate, l2, batch = float(config["learning_rate"]), float(config["l2"]), int(config["batch_size"])
    checkpoint = job.get("checkpoint")
    # A re-evaluation (cost-aware halving's "repetition" k >= 1) trains again from scratch on another
    # shuffle seed, so the study's mean over repetitions averages that noise out.
    state = {"epoch": 0, "weights": [0.0] * 6, "seed": 1 + 1000 * job.get("repetition", 0)}
    if job.get("resumeFrom") and checkpoint and os.path.exists(checkpoint):
        with open(checkpoint) as f:
            state = json.load(f)                      # continue from r_i instead of starting over
    train, valid = dataset()
    weights = state["weights"]
    rng = random.Random(state["seed"] + state["epoch"])
    while state["epoch"] < int(job["resource"]):
        rng.shuffle(train)
        for start in range(0, len(train), batch):
            gradient = [0.0] * len(weights)
            for features, label in train[start:start + batch]:
                z = sum(w * f for w, f in zip(weights, features))
                p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
                for k, f in enumerate(features):
                    gradient[k] += (p - label) * f
            size = len(train[start:start + batch])
            weights = [w - rate * (g / size + l2 * w) for w, g in zip(weights, gradient)]
        state["epoch"] += 1
        state["weights"] = weights
        if checkpoint:                                # write-then-rename: a killed trial never leaves half a file
            with open(checkpoint + ".tmp", "w") as f:
                json.dump(state, f)
            os.replace(checkpoint + ".tmp", checkpoint)
        print(json.dumps({"resource": state["epoch"], "value": accuracy(weights, valid)}), flush=True)


if __name__ == "__main__":
    main()
