"""What resuming promoted trials saves in allot.hf.hyperparameter_search: the same study over a real
Trainer (a 2-layer BERT built from a config, LoRA on query and value, a synthetic token task, epochs as
the resource) with resume_promoted=True (a paused trial continues from the checkpoint saved at its pause)
and False (it trains again from the start, the behaviour before), under ASHA, successive halving and
Hyperband, over seeds. Reports the epochs trained, the epochs the study accounts for (each trial's
largest resource), the pause checkpoints written and their size, the wall time, and whether both modes
chose the same trial with the same value (they should: a resumed trial follows its straight run).

    OMP_NUM_THREADS=1 .build/venv/bin/python python/benchmarks/hf_resume.py 3
"""

import os
import statistics
import sys
import tempfile
import time
import warnings

import torch
from peft import LoraConfig, get_peft_model
from transformers import BertConfig, BertForSequenceClassification, PrinterCallback, Trainer, TrainerCallback, TrainingArguments
from transformers.utils import logging as hf_logging

import allot
import allot.hf

SCHEDULERS = {
    "asha": {"minResource": 1, "maxResource": 9, "eta": 3, "trials": 27},
    "successive-halving": {"minResource": 1, "maxResource": 9, "eta": 3, "trials": 27},
    "hyperband": {"maxResource": 9, "eta": 3},
}


def model_init(trial):
    torch.manual_seed(0)
    base = BertForSequenceClassification(BertConfig(vocab_size=128, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                                    intermediate_size=128, max_position_embeddings=32))
    rank = trial.suggest_int("r", 1, 8) if trial is not None else 4
    return get_peft_model(base, LoraConfig(r=rank, lora_alpha=2 * rank, target_modules=["query", "value"], task_type="SEQ_CLS"))


def task():
    g = torch.Generator().manual_seed(1)
    ids = torch.randint(1, 128, (384, 24), generator=g)
    labels = (ids[:, 0] > 64).long()
    rows = [{"input_ids": row, "labels": int(label)} for row, label in zip(ids, labels)]
    return rows[:256], rows[256:]


class Epochs(TrainerCallback):
    def __init__(self):
        self.steps = 0
        self.per_epoch = None

    def on_step_end(self, args, state, control, **kwargs):
        self.steps += 1
        self.per_epoch = state.max_steps / args.num_train_epochs


class PauseSizes(TrainerCallback):
    def __init__(self):
        self.sizes = []

    def on_save(self, args, state, control, **kwargs):
        folder = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
        self.sizes.append(sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(folder) for f in files))


def run(scheduler, seed, resume):
    train, validation = task()
    epochs, sizes = Epochs(), PauseSizes()
    args = TrainingArguments(output_dir=tempfile.mkdtemp(), per_device_train_batch_size=32, eval_strategy="epoch", save_strategy="no",
                             report_to=[], use_cpu=True, disable_tqdm=True, seed=seed)
    trainer = Trainer(model_init=model_init, args=args, train_dataset=train, eval_dataset=validation, callbacks=[epochs, sizes])
    trainer.remove_callback(PrinterCallback)
    space = [{"name": "learning_rate", "type": "float", "low": 1e-4, "high": 3e-2, "log": True},
             {"name": "warmup_steps", "type": "float", "low": 0.0, "high": 0.3},
             {"name": "r", "type": "int", "low": 1, "high": 8}]
    study = allot.Study(space, direction="minimize", scheduler=scheduler, sampler="tpe", scheduler_params=SCHEDULERS[scheduler],
                        sampler_params={"seed": seed})
    start = time.perf_counter()
    best = allot.hf.hyperparameter_search(trainer, study, metric="eval_loss", resume_promoted=resume)
    seconds = time.perf_counter() - start
    accounted = sum(t["resource"] or 0 for t in study.trials)
    return {"epochs": epochs.steps / epochs.per_epoch, "accounted": accounted, "seconds": seconds, "checkpoints": len(sizes.sizes),
            "checkpoint_bytes": statistics.median(sizes.sizes) if sizes.sizes else 0, "best": (best["id"], best["value"])}


def main():
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    hf_logging.set_verbosity_error()
    warnings.simplefilter("ignore")
    print("| scheduler | epochs trained, resumed | from the start | saved | study's account | pause checkpoints (size) | wall time, resumed / from the start | same pick |")
    print("|---|---|---|---|---|---|---|---|")
    for scheduler in SCHEDULERS:
        rows = [(run(scheduler, seed, True), run(scheduler, seed, False)) for seed in range(seeds)]
        resumed = statistics.mean(r["epochs"] for r, _ in rows)
        scratch = statistics.mean(s["epochs"] for _, s in rows)
        print(f"| {scheduler} | {resumed:.0f} | {scratch:.0f} | {1 - resumed / scratch:.0%} | {statistics.mean(r['accounted'] for r, _ in rows):.0f} "
              f"| {statistics.mean(r['checkpoints'] for r, _ in rows):.0f} ({statistics.median(r['checkpoint_bytes'] for r, _ in rows) / 1e3:.0f} kB) "
              f"| {statistics.mean(r['seconds'] for r, _ in rows):.0f} / {statistics.mean(s['seconds'] for _, s in rows):.0f} s "
              f"| {sum(r['best'][0] == s['best'][0] and abs(r['best'][1] - s['best'][1]) < 1e-6 for r, s in rows)} of {seeds} |", flush=True)


if __name__ == "__main__":
    main()
