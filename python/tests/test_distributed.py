"""allot.distributed under a real torch.distributed job: two ranks (gloo, CPU) started by torchrun, as a
user starts DDP training."""

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "scripts" / "ddp_study.py"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def torchrun(out, script=SCRIPT):
    return subprocess.run([sys.executable, "-m", "torch.distributed.run", "--nproc-per-node", "2", "--master-addr", "127.0.0.1",
                           "--master-port", str(free_port()), str(script), str(out)],
                          capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])


@pytest.mark.parametrize("space", ["given", "defined-by-run"])
def test_every_rank_trains_the_same_trials_and_stops_at_the_same_report(tmp_path, space):
    """Both ranks see the same trials, configurations, epochs and decisions (so no collective is left
    waiting); rank 0's study finishes, with pruned and completed trials and a best one at full resource.
    The same when the objective's suggest calls define the space: rank 0 asks the study and every rank
    gets the value."""
    script = SCRIPT
    if space == "defined-by-run":
        script = tmp_path / "by_run.py"
        script.write_text(SCRIPT.read_text().replace("allot.Study(space,", "allot.Study(None,"))
    run = torchrun(tmp_path, script)
    assert run.returncode == 0, run.stderr[-3000:]
    ranks = [json.loads((tmp_path / f"rank-{r}.json").read_text()) for r in (0, 1)]
    assert ranks[0]["seen"] == ranks[1]["seen"] and len(ranks[0]["seen"]) > 10
    decisions = {decision for *_, decision in ranks[0]["seen"]}
    assert {"prune", "complete"} <= decisions
    assert ranks[0]["finished"] and ranks[0]["best"]["resource"] == 9
    assert {width for _, _, width, _, _ in ranks[0]["seen"]} <= {4, 16}
    last_epoch = {}
    for number, _, _, epoch, _ in ranks[0]["seen"]:
        last_epoch[str(number)] = epoch
    assert ranks[0]["epochs"] == last_epoch         # set_user_attr on every rank, recorded once by rank 0


def test_an_error_on_rank_0_is_raised_on_every_rank_not_a_hang(tmp_path):
    """A report rank 0's study refuses (a trial number it never handed out) raises there, and every
    other rank gets an AllotRuntimeError naming it, instead of waiting forever on the broadcast."""
    script = tmp_path / "broken.py"
    script.write_text(SCRIPT.read_text().replace("decision = trial.report(float(loss) / world, epoch)",
                                                 "trial.trial and setattr(trial.trial, '_job', dict(trial.trial._job, trial=999))\n"
                                                 "        decision = trial.report(float(loss) / world, epoch)"))
    run = torchrun(tmp_path, script)
    assert run.returncode != 0
    assert "rank 0 of the study's group failed" in run.stderr and "999" in run.stderr, run.stderr[-3000:]
