"""Figures for docs/performance.md: ask + tell on a shared PostgreSQL study, Allot next to Optuna 5.0's
RDBStorage on the same server, in the same run, with 1 and with 8 worker processes.

    swift build -c release
    scripts/postgres-cluster.sh start /tmp/allot-bench-pg
    python3 -m venv .build/bench-venv
    .build/bench-venv/bin/pip install optuna==5.0.0 psycopg2-binary==2.9.13 sqlalchemy==2.1.9 -e ./python
    ALLOT_LIBRARY=.build/release/libAllotFFI.so .build/bench-venv/bin/python python/benchmarks/postgres_bench.py /tmp/allot-bench-pg

Each worker is its own process with its own connection; it asks for a trial (one float parameter,
random sampling), tells a value, and repeats. Printed per library and worker count: the median and
90th-percentile latency of one ask + tell as a worker sees it, and the total throughput (ask + tell
pairs per second across all workers). Optuna and psycopg2 are benchmark-only dependencies.
"""

import multiprocessing
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

SCRIPT = str(Path(__file__).resolve().parents[2] / "scripts" / "postgres-cluster.sh")


def database(cluster):
    name = "bench_" + uuid.uuid4().hex[:8]
    return subprocess.run(["bash", SCRIPT, "createdb", cluster, name], check=True, capture_output=True, text=True).stdout.strip()


def allot_worker(url, owner, count, start, results):
    import allot
    study = allot.Study([{"name": "x", "type": "float", "low": 0.0, "high": 1.0}], storage=url, name="bench",
                        scheduler="random", scheduler_params={"trials": 1_000_000, "resource": 1}, owner=owner)
    start.wait()
    latencies = []
    for _ in range(count):
        began = time.perf_counter()
        trial = study.ask()
        study.tell(trial, (trial.params["x"] - 0.3) ** 2)
        latencies.append(time.perf_counter() - began)
    results.put(latencies)


def optuna_worker(url, owner, count, start, results):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # psycopg2 takes libpq's URL with the socket folder as host=; SQLAlchemy wants the same form.
    storage = optuna.storages.RDBStorage(url.replace("postgresql://", "postgresql+psycopg2://"))
    study = optuna.create_study(study_name="bench", storage=storage, load_if_exists=True, sampler=optuna.samplers.RandomSampler())
    distributions = {"x": optuna.distributions.FloatDistribution(0.0, 1.0)}
    start.wait()
    latencies = []
    for _ in range(count):
        began = time.perf_counter()
        trial = study.ask(distributions)
        study.tell(trial, (trial.params["x"] - 0.3) ** 2)
        latencies.append(time.perf_counter() - began)
    results.put(latencies)


def measure(worker, url, workers, count):
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(workers + 1), context.Queue()
    processes = [context.Process(target=worker, args=(url, "w%d" % number, count, start, results)) for number in range(workers)]
    # The first worker creates the study (schema and all) before the others race to open it.
    processes[0].start()
    time.sleep(3)
    for process in processes[1:]:
        process.start()
    start.wait()
    began = time.perf_counter()
    latencies = [value for _ in processes for value in results.get()]
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join()
    latencies.sort()
    return statistics.median(latencies), latencies[int(0.9 * len(latencies))], workers * count / elapsed


def main():
    cluster = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rows = []
    for workers in (1, 8):
        for name, worker in (("allot", allot_worker), ("optuna", optuna_worker)):
            median, p90, throughput = measure(worker, database(cluster), workers, count)
            rows.append((name, workers, median, p90, throughput))
            print("%-7s %d worker%s: ask+tell median %.2f ms, p90 %.2f ms; %.0f pairs/s in all"
                  % (name, workers, "" if workers == 1 else "s", median * 1e3, p90 * 1e3, throughput), flush=True)
    for workers in (1, 8):
        ours = next(row for row in rows if row[0] == "allot" and row[1] == workers)
        theirs = next(row for row in rows if row[0] == "optuna" and row[1] == workers)
        print("%d worker%s: Allot %.1f× Optuna's throughput" % (workers, "" if workers == 1 else "s", ours[4] / theirs[4]))


if __name__ == "__main__":
    main()
