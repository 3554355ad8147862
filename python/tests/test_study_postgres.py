"""allot.Study on a PostgreSQL storage: workers in several processes share one study through a real
server (the one .ci/run started, ALLOT_TEST_POSTGRES_DIR, else a throwaway cluster started here with
scripts/postgres-cluster.sh from Debian's postgresql package)."""

import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import time
import uuid

import pytest

import allot

from conftest import ROOT

SCRIPT = str(ROOT / "scripts" / "postgres-cluster.sh")
SPACE = [{"name": "x", "type": "float", "low": 0.0, "high": 1.0}]


@pytest.fixture(scope="session")
def cluster():
    given = os.environ.get("ALLOT_TEST_POSTGRES_DIR")
    if given:
        yield given
        return
    folder = tempfile.mkdtemp(prefix="allot-pytest-pg-")
    subprocess.run(["bash", SCRIPT, "start", folder], check=True, capture_output=True)
    try:
        yield folder
    finally:
        subprocess.run(["bash", SCRIPT, "stop", folder], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def url(cluster):
    name = "py_" + uuid.uuid4().hex[:8]
    result = subprocess.run(["bash", SCRIPT, "createdb", cluster, name], check=True, capture_output=True, text=True)
    return result.stdout.strip()


def value(trial):
    return 1 - (trial.suggest_float("x", 0.0, 1.0) - 0.3) ** 2 - 0.5 / trial.resource


def work(url, owner, start, results, space):
    """One worker process: its own liballot, its own owner name, the shared study; all start together
    and each job takes a little time, as training would. Without a space, each worker opens the study
    or creates it (whichever comes first) and the suggest calls define it."""
    study = allot.Study(space, storage=url, name="shared", scheduler="hyperband",
                        scheduler_params={"maxResource": 9, "eta": 3}, owner=owner, lease=30)
    start.wait()
    while True:
        trial = study.ask()
        if trial is None:
            if study.finished:
                break
            continue
        results.put((owner, trial.number, trial._job["rung"], trial._job["bracket"]))
        time.sleep(0.01)
        study.tell(trial, value(trial))


@pytest.mark.parametrize("space", [SPACE, None], ids=["given", "defined-by-run"])
def test_three_processes_share_one_hyperband_study(url, space):
    context = multiprocessing.get_context("spawn")
    results, start = context.Queue(), context.Barrier(3)
    workers = [context.Process(target=work, args=(url, "worker-%d" % number, start, results, space)) for number in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert all(worker.exitcode == 0 for worker in workers)
    jobs = []
    while not results.empty():
        jobs.append(results.get())
    keys = [job[1:] for job in jobs]
    assert len(keys) == len(set(keys)), "a job was handed to two workers"
    assert len({job[0] for job in jobs}) >= 2, "the work was shared"

    # What the CLI reads from the same database is what the workers wrote.
    listing = subprocess.run([os.environ["ALLOT_BINARY"], "study", "best", "--storage", url, "--name", "shared"],
                             check=True, capture_output=True, text=True)
    study = allot.Study(storage=url, name="shared")
    assert study.finished
    best = study.best_trial
    assert json.loads(listing.stdout)["id"] == best["id"]
    top = max(trial["resource"] for trial in study.trials if trial.get("value") is not None)
    implied = max((trial for trial in study.trials if trial.get("resource") == top), key=lambda trial: trial["value"])
    assert implied["id"] == best["id"]
    assert all(set(trial["configuration"]) == {"x"} for trial in study.trials)


def test_heartbeat_keeps_a_job_and_an_expired_lease_frees_it(url):
    a = allot.Study(SPACE, storage=url, name="leases", scheduler="random", scheduler_params={"trials": 2, "resource": 1},
                    owner="a", lease=1)
    b = allot.Study(storage=url, name="leases", owner="b", lease=30)
    first = a.ask()
    assert a.heartbeat(lease=30) == 1        # renewed: b cannot take it
    second = b.ask()
    assert second.number != first.number
    assert b.ask() is None                   # both trials are out
    b.tell(second, 0.5)
    a.tell(first, 0.9)
    assert b.finished and b.best_trial["id"] == first.number
    first.set_user_attr("test_accuracy", 0.87)          # after tell, from one worker; the other lists it
    assert b.best_trial["attributes"] == {"test_accuracy": 0.87}


def test_a_bad_url_is_an_input_error_at_once():
    with pytest.raises(allot.AllotInputError) as raised:
        allot.Study(SPACE, storage="postgresql://nobody@127.0.0.1:1/allot", name="s")
    assert "cannot connect to PostgreSQL" in str(raised.value)
