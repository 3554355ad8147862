"""The docs/ranks.md experiment on a real model: LoRA ranks for MiniLM-L6's 36 encoder matrices at equal
budgets, plain LoRA and PEFT's AdaLoRA against every Allot rank allocator (through ``allot.peft``).

    python python/experiments/rank_experiment.py run --task authorship --method allot-elastic --rank 4 --seed 1
    python python/experiments/rank_experiment.py sweep --task authorship        # learning rates, with allot.Study
    python python/experiments/rank_experiment.py grid --task authorship          # the sweep, then every method × rank × seed

Results are appended as JSON lines to ``--out`` (default rank-experiment/results.jsonl); a finished
(task, method, rank, seed, lr) is skipped when the command runs again.
"""

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from grid_claims import claim  # noqa: E402  (two workers on one grid)

METHODS = ("lora", "adalora", "adalora-noorth", "allot-adalora", "allot-elastic", "allot-bandit-knapsack", "gradient-spectrum",
           "svd-uniform", "allot-elastic-svd", "allot-bandit-knapsack-svd", "svd-uniform-orth", "allot-bandit-knapsack-svd-orth")
# Methods on AdaLoRA's SVD-form layers (ΔW = B·diag(E)·A, E starting at 0) without its regulariser take the
# learning rate swept for adalora-noorth, the same parametrisation: they differ from it only in who decides the
# ranks (nobody: rank r̄ fixed; or an Allot allocator over 2 r̄ slots instead of AdaLoRA's pruning).
# The -orth variants add AdaLoRA's orthogonality regulariser (weight 0.5, PEFT's own, applied by calling
# model.base_model) and take PEFT AdaLoRA's rate: they differ from it only in who decides the ranks.
SHARED_LR = {"svd-uniform": "adalora-noorth", "allot-elastic-svd": "adalora-noorth", "allot-bandit-knapsack-svd": "adalora-noorth",
             "svd-uniform-orth": "adalora", "allot-bandit-knapsack-svd-orth": "adalora"}
SVD_FORM = ("svd-uniform", "allot-elastic-svd", "allot-bandit-knapsack-svd", "svd-uniform-orth", "allot-bandit-knapsack-svd-orth")
STEPS, BATCH, WARMUP, FINAL, INTERVAL = 200, 16, 20, 40, 10


PROBE_BATCHES = 8


def gradient_ranks(task, rank, seed, batches, cap=None):
    """Prototype (method ``gradient-spectrum``): ranks chosen once, before training, from the spectrum of each
    matrix's full-weight gradient summed over PROBE_BATCHES batches (the frozen base with the run's fresh
    head, as GoRA probes): a matrix's j-th component is worth σ_j², costs input + output parameters, and the
    ranks maximise the captured gradient energy under the budget r̄ · Σ (input + output) — greedy on
    σ_j² / cost, which is optimal for these decreasing curves up to the last item. Every matrix keeps ≥ 1."""
    import minilm

    torch.manual_seed(seed)
    model = minilm.TaskModel(task)
    pattern = re.compile(minilm.TARGETS)
    targets = {name: module for name, module in model.named_modules() if pattern.fullmatch(name)}
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    for module in targets.values():
        module.weight.requires_grad_(True)
    stream = batches.training(seed + 10_000, BATCH)
    for _ in range(PROBE_BATCHES):
        ids, attention, labels = next(stream)
        model(input_ids=ids, attention_mask=attention, labels=labels).loss.backward()
    cap = cap or 4 * rank
    curves, costs = {}, {}
    for name, module in targets.items():
        values = torch.linalg.svdvals(module.weight.grad.double())[:cap] ** 2
        curves[name], costs[name] = values.tolist(), sum(module.weight.shape)
    budget = rank * sum(costs.values())
    ranks = {name: 1 for name in targets}
    used = sum(costs.values())
    while True:
        best, best_value = None, 0.0
        for name, curve in curves.items():
            r = ranks[name]
            if r < len(curve) and used + costs[name] <= budget and curve[r] / costs[name] > best_value:
                best, best_value = name, curve[r] / costs[name]
        if best is None:
            break
        ranks[best] += 1
        used += costs[best]
    return ranks


def build(task, method, rank, seed, batches=None):
    """The PEFT model of a method at average rank ``rank`` (Allot's allocator is attached by ``run``)."""
    from peft import AdaLoraConfig, LoraConfig, get_peft_model
    import minilm

    torch.manual_seed(seed)
    base = minilm.TaskModel(task)
    if method in SVD_FORM:
        init = rank if method.startswith("svd-uniform") else 2 * rank
        config = AdaLoraConfig(init_r=init, target_r=rank, lora_alpha=2 * init, target_modules=minilm.TARGETS, tinit=WARMUP,
                               tfinal=FINAL, deltaT=INTERVAL, total_step=STEPS, orth_reg_weight=0.5 if method.endswith("-orth") else 0.0,
                               lora_dropout=0.0)
    elif method in ("adalora", "adalora-noorth"):
        init = math.ceil(1.5 * rank)
        config = AdaLoraConfig(init_r=init, target_r=rank, lora_alpha=2 * init, target_modules=minilm.TARGETS, tinit=WARMUP,
                               tfinal=FINAL, deltaT=INTERVAL, total_step=STEPS, orth_reg_weight=0.5 if method == "adalora" else 0.0,
                               lora_dropout=0.0)
    elif method == "gradient-spectrum":
        ranks = gradient_ranks(task, rank, seed, batches)
        torch.manual_seed(seed)
        base = minilm.TaskModel(task)
        names = {name: f"^{re.escape(name)}$" for name in ranks}
        config = LoraConfig(r=rank, lora_alpha=2 * rank, target_modules=minilm.TARGETS, lora_dropout=0.0,
                            rank_pattern={names[n]: r for n, r in ranks.items()}, alpha_pattern={names[n]: 2 * r for n, r in ranks.items()})
    else:
        slots = rank if method == "lora" else 2 * rank
        config = LoraConfig(r=slots, lora_alpha=2 * slots, target_modules=minilm.TARGETS, lora_dropout=0.0)
    model = get_peft_model(base, config)
    for parameter in minilm.head_parameters(model):
        parameter.requires_grad_(True)
    return model


def adapter_parameters(model, allocator):
    """Active adapter parameters at the end: Σ active components × (input + output)."""
    if allocator is not None:
        return allocator.active_parameters()
    total = 0
    for name, module in model.named_modules():
        if hasattr(module, "lora_A") and "default" in getattr(module, "lora_A", {}):
            if hasattr(module, "lora_E") and "default" in module.lora_E:
                a, b, e = module.lora_A["default"], module.lora_B["default"], module.lora_E["default"]
                active = int((e.detach().abs().squeeze(1) > 0).sum())
                total += active * (a.shape[1] + b.shape[0])
            else:
                a, b = module.lora_A["default"].weight, module.lora_B["default"].weight
                total += a.shape[0] * (a.shape[1] + b.shape[0])
    return total


def ranks_of(model, allocator):
    """Final rank per matrix: Allot's pattern, AdaLoRA's non-zero E entries, or a plain LoRA layer's r."""
    if allocator is not None:
        return {name: len(slots) for name, slots in allocator.answer["active"].items()}
    out = {}
    for name, module in model.named_modules():
        name = name.removeprefix("base_model.model.")
        if hasattr(module, "lora_E") and "default" in module.lora_E:
            out[name] = int((module.lora_E["default"].detach().abs() > 0).sum())
        elif isinstance(getattr(module, "lora_A", None), torch.nn.ModuleDict) and "default" in module.lora_A:
            out[name] = module.lora_A["default"].weight.shape[0]
    return out


def run(task, method, rank, seed, lr, steps=STEPS, threads=1, splits=("validation", "test")):
    import allot.peft
    import minilm

    torch.set_num_threads(threads)
    started = time.perf_counter()
    batches = minilm.Batches(task)
    model = build(task, method, rank, seed, batches)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.0)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, minilm.lr_lambda(steps, steps // 10))
    allocator = None
    if method.startswith("allot-"):
        allocator = allot.peft.RankAllocator(model, total_steps=steps, average_rank=rank, allocator=method.removeprefix("allot-").removesuffix("-orth").removesuffix("-svd"),
                                             warmup_steps=WARMUP, final_steps=FINAL, interval=INTERVAL, seed=seed, optimizer=optimizer)
    stream = batches.training(seed, BATCH)
    overhead = 0.0
    model.train()
    for step in range(steps):
        ids, attention, labels = next(stream)
        # model.base_model, not model: PeftModel.forward on a custom module calls the wrapped module directly and
        # skips AdaLoraModel.forward, which is where AdaLoRA adds its orthogonality regulariser.
        loss = model.base_model(input_ids=ids, attention_mask=attention, labels=labels).loss
        loss.backward()
        if allocator is not None:
            tick = time.perf_counter()
            allocator.accumulate(step)
            overhead += time.perf_counter() - tick
        optimizer.step()
        schedule.step()
        tick = time.perf_counter()
        if allocator is not None:
            allocator.step(step)
        elif method.startswith("adalora"):
            model.base_model.update_and_allocate(step)
        overhead += time.perf_counter() - tick
        optimizer.zero_grad(set_to_none=True)
    result = {"task": task, "method": method, "rank": rank, "seed": seed, "lr": lr, "steps": steps,
              **{name: minilm.evaluate(model, batches, 1 if name == "validation" else 2) for name in splits},
              "parameters": adapter_parameters(model, allocator), "seconds": round(time.perf_counter() - started, 1),
              "allocation_seconds": round(overhead, 2), "ranks": ranks_of(model, allocator)}
    if allocator is not None:
        allocator.close()
    return result


def _records(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def done(path):
    """The (task, method, rank, seed, lr, steps) of every run recorded in ``path``."""
    return {(r["task"], r["method"], r["rank"], r["seed"], r["lr"], r["steps"]) for r in _records(path)}


def record(out, result, sweep=False):
    """Appends a finished run to the results file (and prints it)."""
    if sweep:
        result["sweep"] = True
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "a") as file:
        file.write(json.dumps(result) + "\n")
    print(json.dumps(result), flush=True)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "sweep", "grid"))
    parser.add_argument("--task", choices=("authorship", "milton-mlm"), default="authorship")
    parser.add_argument("--method", choices=METHODS, default="lora")
    parser.add_argument("--rank", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--ranks", default="2,4,8", help="grid: average ranks, in this order")
    parser.add_argument("--seeds", type=int, default=5, help="grid: seeds 1..N")
    parser.add_argument("--seeds-descending", action="store_true", help="grid: seeds N..1 (a second worker on the same grid)")
    parser.add_argument("--methods", help="comma-separated methods (default: all)")
    parser.add_argument("--out", type=Path, default=Path("rank-experiment/results.jsonl"))
    args = parser.parse_args(argv)
    if args.command == "run":
        if (args.task, args.method, args.rank, args.seed, args.lr, args.steps) not in done(args.out):
            record(args.out, run(args.task, args.method, args.rank, args.seed, args.lr, args.steps))
    elif args.command == "sweep":
        methods = args.methods.split(",") if args.methods else METHODS
        print(json.dumps({"task": args.task, "chosen": sweep(args.task, methods, args.out)}))
    else:
        methods = args.methods.split(",") if args.methods else METHODS
        chosen = sweep(args.task, methods, args.out)
        print(json.dumps({"task": args.task, "chosen": chosen}), flush=True)
        for rank in [int(r) for r in args.ranks.split(",")]:
            seeds = range(1, args.seeds + 1)
            for seed in (reversed(seeds) if args.seeds_descending else seeds):
                for method in methods:
                    # Re-read each time, so two workers on one grid (--seeds-descending) skip each other's
                    # runs, and claim a run first, so they do not both start the one they meet at.
                    key = (args.task, method, rank, seed, chosen[method], args.steps)
                    if key not in done(args.out) and claim(args.out.parent / ("-".join(map(str, key)) + ".claim")):
                        record(args.out, run(args.task, method, rank, seed, chosen[method], args.steps, splits=("test",)))


SWEEP_SEED, SWEEP_RANK, SWEEP_TRIALS = 0, 4, 4
SWEEP_SPACE = [{"name": "lr", "type": "float", "low": 3e-4, "high": 1e-2, "log": True}]


def sweep(task, methods, out):
    """Each method's learning rate: SWEEP_TRIALS Sobol points of log lr in [3e-4, 1e-2] (the same points for
    every method: 7.2e-4, 1.1e-3, 1.73e-3, 4.16e-3), trained at r̄ = SWEEP_RANK with seed SWEEP_SEED, chosen
    on the validation split by an allot.Study; a best point on the edge is extended by √3 steps. Returns
    {method: lr}."""
    import allot
    chosen = {}
    shared = [m for m in methods if m in SHARED_LR]
    methods = [m for m in methods if m not in SHARED_LR] + [SHARED_LR[m] for m in shared if SHARED_LR[m] not in methods]
    finished = {(r["method"], r["lr"]): r for r in _records(out) if r["task"] == task and r["seed"] == SWEEP_SEED and r["rank"] == SWEEP_RANK}
    for method in methods:
        study = allot.Study(SWEEP_SPACE, scheduler="random", scheduler_params={"trials": SWEEP_TRIALS, "resource": 1}, sampler="sobol",
                            direction="maximize" if task == "authorship" else "minimize")

        def validation(lr):
            if (method, lr) not in finished:
                finished[(method, lr)] = record(out, run(task, method, SWEEP_RANK, SWEEP_SEED, lr, splits=("validation",)), sweep=True)
            return finished[(method, lr)]["validation"]

        best = study.optimize(lambda trial: validation(_three_digits(trial.params["lr"])))
        lr = _three_digits(best["configuration"]["lr"])
        # Bracket the optimum: while the best point is the largest (smallest) tried, try it × √3 (÷ √3),
        # at most twice, so no method's best learning rate sits on the edge of what it was offered.
        scores = {_three_digits(t["configuration"]["lr"]): t["value"] for t in study.trials if t.get("value") is not None}
        study.close()
        better = (lambda a, b: a > b) if task == "authorship" else (lambda a, b: a < b)
        for _ in range(2):
            if lr == max(scores):
                candidate = _three_digits(lr * math.sqrt(3))
            elif lr == min(scores):
                candidate = _three_digits(lr / math.sqrt(3))
            else:
                break
            scores[candidate] = validation(candidate)
            if not better(scores[candidate], scores[lr]):
                break
            lr = candidate
        chosen[method] = lr
    for method in shared:
        chosen[method] = chosen[SHARED_LR[method]]
    return chosen


def _three_digits(lr):
    """Learning rates are recorded to 3 significant digits, so a rerun finds its earlier runs."""
    return float(f"{lr:.3g}")


if __name__ == "__main__":
    main()
