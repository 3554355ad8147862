"""The real-model experiment scripts (python/experiments/) on the real MiniLM-L6 weights, a few steps each:
the budget every method ends at, PEFT AdaLoRA's regulariser actually entering the loss, and the
gradient-spectrum prototype's ranks against its own budget rule."""

import sys
from pathlib import Path

import pytest
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python" / "experiments"))

import minilm  # noqa: E402
import rank_experiment as experiment  # noqa: E402


@pytest.fixture(scope="module")
def batches():
    return minilm.Batches("authorship")


def test_splits_are_fixed_disjoint_and_balanced():
    train, validation, test = minilm.splits("authorship")
    assert (len(train), len(validation), len(test)) == minilm.SIZES
    assert sum(label for _, label in test) == len(test) // 2
    texts = [set(text for text, _ in split) for split in (train, validation, test)]
    assert not (texts[0] & texts[1]) and not (texts[0] & texts[2]) and not (texts[1] & texts[2])
    assert minilm.splits("authorship")[2] == test
    assert len(minilm.splits("milton-mlm")[0]) == minilm.SIZES[0]


@torch.no_grad()
def test_adalora_regulariser_enters_the_loss_only_through_base_model(batches):
    ids, attention, labels = next(batches.training(1, 8))
    losses = {}
    for method in ("adalora", "adalora-noorth"):
        model = experiment.build("authorship", method, 2, 1, batches)
        losses[method] = (float(model(input_ids=ids, attention_mask=attention, labels=labels).loss),
                          float(model.base_model(input_ids=ids, attention_mask=attention, labels=labels).loss))
    # PeftModel.forward on a custom module skips AdaLoraModel.forward (no regulariser): the trap the
    # experiment avoids by calling model.base_model.
    assert losses["adalora"][0] == pytest.approx(losses["adalora-noorth"][0])
    assert losses["adalora"][1] > losses["adalora-noorth"][1] + 0.1
    assert losses["adalora-noorth"][1] == pytest.approx(losses["adalora-noorth"][0])


def test_gradient_spectrum_ranks_fill_the_budget_greedily(batches):
    ranks = experiment.gradient_ranks("authorship", 2, 1, batches)
    assert len(ranks) == 36 and min(ranks.values()) >= 1
    costs = {name: (384 + 1536 if "intermediate" in name or name.endswith("output.dense") and "attention" not in name else 768) for name in ranks}
    budget = 2 * sum(costs.values())
    used = sum(ranks[n] * costs[n] for n in ranks)
    assert used <= budget and budget - used < max(costs.values())
    assert ranks == experiment.gradient_ranks("authorship", 2, 1, batches)


@pytest.mark.parametrize("method", ["allot-elastic", "gradient-spectrum", "lora"])
def test_a_short_run_stays_within_the_parameter_budget(method, monkeypatch):
    monkeypatch.setattr(experiment, "WARMUP", 2)
    monkeypatch.setattr(experiment, "FINAL", 2)
    monkeypatch.setattr(experiment, "INTERVAL", 2)
    monkeypatch.setattr(minilm, "SIZES", (64, 16, 16))
    result = experiment.run("authorship", method, 2, 1, 1e-3, steps=6, splits=("validation",))
    assert 0 <= result["validation"] <= 1
    assert result["parameters"] <= 2 * (24 * 768 + 12 * 1920)
    assert len(result["ranks"]) == 36 and min(result["ranks"].values()) >= 1
