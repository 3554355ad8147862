"""python/experiments/grpo_arithmetic.py at toy sizes: the prompt sets, the loss's log-probabilities,
every allocator inside the real GRPO loop (budgets spent, history used, same seed → same run), and the
grid → summary → recording path the docs/rollouts.md tables come from."""

import json
import math
import sys
from pathlib import Path

import pytest
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python" / "experiments"))

import grpo_arithmetic as grpo  # noqa: E402


@pytest.fixture
def toy(monkeypatch):
    """Minutes of CPU become seconds: a short warm start, a small pool, few steps."""
    for name, value in {"SFT_STEPS": 30, "POOL": 64, "HELD_OUT": 40, "STEPS": 6, "EVAL_EVERY": 2, "BATCH": 16, "EVAL_SAMPLES": 2}.items():
        monkeypatch.setattr(grpo, name, value)


def test_prompt_sets_are_fixed_disjoint_and_graded():
    pool, held = grpo.prompts()
    assert (len(pool), len(held)) == (grpo.POOL, grpo.HELD_OUT)
    assert not {(a, b) for a, b, _ in pool} & {(a, b) for a, b, _ in held}
    assert {d for _, _, d in pool} == set(grpo.DIGITS)
    assert all(len(str(a)) == d and len(str(b)) == d for a, b, d in pool + held)
    assert grpo.prompts() == (pool, held)


def test_log_probabilities_are_over_what_generation_can_emit():
    torch.manual_seed(0)
    model = grpo.TinyGPT()
    rows = [grpo.encode_prompt(12, 34), grpo.encode_prompt(123, 456)]
    answers = grpo.generate(model, rows, greedy=False, generator=torch.Generator().manual_seed(0))
    assert all(token not in grpo.FORBIDDEN for answer in answers for token in answer)
    total, count = grpo.logprobs(model, rows, answers)
    assert torch.isfinite(total).all() and (total <= 0).all()
    assert count.tolist() == [len(a) for a in answers]
    # The first token's probability, by hand, over the allowed tokens only.
    with torch.no_grad():
        logits = model(torch.tensor([rows[0]]))[0, -1]
        allowed = [t for t in range(grpo.VOCAB) if t not in grpo.FORBIDDEN]
        expected = torch.log_softmax(logits[allowed], -1)[allowed.index(answers[0][0])]
        first, _ = grpo.logprobs(model, [rows[0]], [answers[0][:1]])
    assert float(first[0]) == pytest.approx(float(expected), abs=1e-5)


@pytest.mark.parametrize("policy", grpo.POLICIES)
def test_every_allocator_runs_the_grpo_loop_and_spends_its_budget(toy, tmp_path, policy):
    result = grpo.run(policy, "token-mean", 1, steps=grpo.STEPS, cache=tmp_path)
    assert len(result["curve"]) == grpo.STEPS // grpo.EVAL_EVERY + 1
    assert all(0 <= x <= 1 for x in result["curve"]) and result["final"] == result["curve"][-1]
    if policy == "cost":
        assert result["tokens_per_step"] <= grpo.PER_PROMPT * grpo.BATCH * grpo.MAX_ANSWER
    else:
        assert result["rollouts_per_step"] == grpo.PER_PROMPT * grpo.BATCH
    if policy == "uniform":
        assert result["effective_rollouts"] == result["effective_groups"]


def test_the_allocator_plans_with_last_epochs_rewards_and_a_seed_repeats_the_run(toy, tmp_path):
    """The pool is visited 16 prompts at a time, so a prompt's rewards arrive one step before other
    prompts are planned: knapsack-rl must still have them when the prompt comes back (the second epoch,
    steps 5 and 6 of 6), and the same seed must give the same run."""
    first = grpo.run("knapsack-rl", "group-mean", 2, steps=grpo.STEPS, cache=tmp_path)
    again = grpo.run("knapsack-rl", "group-mean", 2, steps=grpo.STEPS, cache=tmp_path)
    assert {k: v for k, v in first.items() if "seconds" not in k} == {k: v for k, v in again.items() if "seconds" not in k}
    assert first["planned_with_history"] == pytest.approx(2 / 6)


def test_grid_summary_and_recording(toy, tmp_path, capsys):
    out = tmp_path / "results.jsonl"
    grpo.main(["grid", "--seeds", "2", "--out", str(out)])
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2 * len(grpo.LOSSES) * (len(grpo.POLICIES) + len(grpo.UNIFORM_BUDGETS))
    grpo.main(["grid", "--seeds", "2", "--out", str(out)])          # resumes: nothing left to run
    assert len(out.read_text().splitlines()) == len(rows)
    csv, swift = tmp_path / "runs.csv", tmp_path / "Runs.swift"
    capsys.readouterr()
    grpo.main(["summary", "--out", str(out), "--csv", str(csv), "--swift", str(swift)])
    table = capsys.readouterr().out
    assert "| knapsack-rl |" in table and "| uniform-16 |" in table and "group-mean, seeds [1, 2]" in table
    lines = csv.read_text().splitlines()
    assert lines[0] == "group,method,seed,score,parameters,seconds" and len(lines) == len(rows) + 1
    assert 'name: "grpo-arithmetic"' in swift.read_text() and "enum GRPOArithmeticRuns" in swift.read_text()
    final = {(r["loss"], grpo.method_name(r), r["seed"]): r["final"] for r in rows}
    assert all(math.isclose(float(line.split(",")[3]), final[(line.split(",")[0], line.split(",")[1], int(line.split(",")[2]))], abs_tol=1e-5)
               for line in lines[1:])
