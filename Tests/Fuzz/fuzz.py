#!/usr/bin/env python3
"""The standing fuzz harness: every interface of the `allot` binary that reads what a user hands it.

Structure-aware mutations (each JSON number negated, made huge, fractional, NaN or Infinity; each
array shortened, lengthened or emptied; each member removed, retyped or renamed; deep nesting; long
strings) and byte-level ones (flips, insertions, deletions, truncation) of the documented examples,
for: allocate rollouts and ranks with and without state files, study create/ask/tell on mutated and
foreign SQLite files, scenario files, space files, curves CSV (tune replay, tune ceiling), brackets, objective
digits, and report on mutated saved results.

Every outcome must be exit 0 with the interface's invariants held (allocations sum to the budget and
respect the bounds, rank parameters within the budget, every output number finite), or exit 1 or 2
with a message on stderr. A signal, a trap, a hang past the timeout or a broken invariant is a
failure: the case is written to --failures as a reproducer, and the run exits 1.

Before the random cases, every case in the regression corpus (Tests/Fuzz/corpus/*.json, crashes
found before) is replayed. Standard library only. It runs the release build, the binary users run: a
debug build is up to ten times slower, and a large but legal request (a snapshot of ten million arms)
would look like a hang.

    python3 Tests/Fuzz/fuzz.py --allot .build/release/allot --seconds 180 --seed 1
"""

import argparse
import base64
import copy
import errno
import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 20.0

# ---------------------------------------------------------------------------------------------------
# Documented examples the mutations start from.

SPACE = {"parameters": [
    {"name": "learning_rate", "type": "float", "low": 0.001, "high": 1.0, "log": True},
    {"name": "width", "type": "int", "low": 16, "high": 256, "step": 16},
    {"name": "optimizer", "type": "categorical", "choices": ["sgd", "adam"]},
    {"name": "momentum", "type": "float", "low": 0, "high": 0.99, "condition": {"parent": "optimizer", "values": ["sgd"]}},
]}

ROLLOUTS = {"prompts": [
    {"id": "q1", "rewards": [0, 0, 0, 0]},
    {"id": "q2", "successes": 4, "trials": 4},
    {"id": "q3", "rewards": [1, 0, 1, 1], "lengths": [120, 80, 300, 40]},
    {"id": 7, "successes": 1, "trials": 8, "meanLength": 250},
    {"id": "new"},
]}

MATRICES = {"matrices": [
    {"name": "layers.0.q_proj", "input": 32, "output": 32, "maxRank": 6},
    {"name": "layers.0.v_proj", "input": 32, "output": 32, "maxRank": 6},
    {"name": "layers.0.fc1", "input": 32, "output": 64, "maxRank": 6},
]}

SCENARIO = {
    "version": 1, "name": "fuzz", "description": "fuzzed",
    "environment": {"kind": "bernoulli", "means": [0.6, 0.5, 0.4]},
    "policies": ["thompson", "ucb1", {"name": "epsilon-greedy", "parameters": {"epsilon": 0.1}}],
    "horizon": 200, "replications": 2, "seed": 1,
}

OTHER_SCENARIOS = [
    {"version": 1, "name": "fuzz-grpo", "environment": {"kind": "grpo", "prompts": 24, "batchSize": 8, "rolloutsPerPrompt": 4},
     "policies": ["uniform", "knapsack-rl", "posterior"], "horizon": 3, "replications": 1, "seed": 2},
    {"version": 1, "name": "fuzz-ranks", "environment": {"kind": "rank-allocation", "layers": 1, "width": 8, "maxRank": 4, "averageRank": 2},
     "policies": ["uniform", "adalora", "bandit-knapsack"], "horizon": 40, "replications": 1, "seed": 3},
    {"version": 1, "name": "fuzz-contextual", "environment": {"kind": "linear-contextual", "arms": 3, "dimension": 2},
     "policies": ["linucb"], "horizon": 50, "replications": 1, "seed": 4},
    {"version": 1, "name": "fuzz-adversarial", "environment": {"kind": "adversarial", "arms": 3},
     "policies": ["exp3", "exp3-ix"], "horizon": 100, "replications": 1, "seed": 5},
    {"version": 1, "name": "fuzz-functions", "environment": {"kind": "function-tuning", "function": "branin", "maxResource": 9, "budget": 180},
     "policies": ["tpe", "bohb", "asha-tpe"], "horizon": 1, "replications": 1, "seed": 6},
    {"version": 1, "name": "fuzz-recorded", "environment": {"kind": "recorded-runs", "recording": "minilm-authorship-ranks", "group": "r2"},
     "policies": ["lora", "allot-elastic"], "horizon": 1, "replications": 3, "seed": 7},
]

ASSIGNMENT = {"trial": 0, "rung": 0, "bracket": 0, "resource": 1, "resumeFrom": None, "checkpoint": None,
              "configuration": {"learning_rate": 0.05, "width": 16, "weight_decay": 0.0001, "batch_size": 32}}

SPECIAL_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "9223372036854775807", "18446744073709551616",
                   "-9223372036854775809", "1e18", "1e300", "-0", "0.5", "-1", "0", "4294967296", "1e-320"]


def dumps(value):
    """JSON text that may hold NaN and Infinity (as Python writes them) — exactly what users send."""
    return json.dumps(value, allow_nan=True)


# ---------------------------------------------------------------------------------------------------
# Mutations.

def json_mutations(rng, value):
    """One structure-aware mutation of a JSON value (returned as text)."""
    paths = []

    def walk(node, path):
        paths.append((path, node))
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, path + [key])
        elif isinstance(node, list):
            for index, child in enumerate(node[:8]):
                walk(child, path + [index])

    walk(value, [])
    path, node = rng.choice(paths)
    mutated = copy.deepcopy(value)

    def set_at(root, path, replacement):
        if not path:
            return replacement
        target = root
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = replacement
        return root

    def remove_at(root, path):
        if not path:
            return root
        target = root
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
        return root

    choice = rng.random()
    token = None
    if isinstance(node, bool) or node is None:
        replacement = rng.choice([1, "true", [], {}, 0])
    elif isinstance(node, (int, float)):
        if choice < 0.4:
            token = rng.choice(SPECIAL_NUMBERS)
            replacement = "__TOKEN__"
        else:
            replacement = rng.choice([-node - 1, node * 1e6, node + 0.5, 2 ** 62, -2 ** 62, 10 ** 7, "12", None, [node]])
    elif isinstance(node, str):
        replacement = rng.choice(["", node + "x", node * 300, "../" + node, "a/b", "\u0000", "\udcff"[:0] + "é" * 50, 12, None,
                                  node.upper(), node[:-1]])
    elif isinstance(node, list):
        if choice < 0.25 and node:
            replacement = node[:-1]
        elif choice < 0.5 and node:
            replacement = node + [copy.deepcopy(node[-1])] * rng.choice([1, 3, 1000])
        elif choice < 0.6:
            replacement = []
        elif choice < 0.7:
            replacement = [node] * 2
        else:
            replacement = {"0": node}
    else:  # dict
        keys = list(node.keys())
        if choice < 0.3 and keys:
            return dumps(remove_at(mutated, path + [rng.choice(keys)]))
        if choice < 0.5 and keys:
            key = rng.choice(keys)
            node2 = dict(node)
            node2[key + rng.choice(["s", "_", "X", ""])[:1] + "typo"] = node2.pop(key)
            replacement = node2
        elif choice < 0.6:
            replacement = []
        else:
            node2 = dict(node)
            node2[rng.choice(["extra", "", "a" * 2000])] = rng.choice([1, "x", None])
            replacement = node2
    text = dumps(set_at(mutated, path, replacement))
    if token is not None:
        text = text.replace('"__TOKEN__"', token)
    return text


def byte_mutation(rng, text):
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(rng.choice([1, 1, 2, 5])):
        if not data:
            data = bytearray(b"{")
        kind = rng.random()
        position = rng.randrange(len(data))
        if kind < 0.3:
            data[position] ^= 1 << rng.randrange(8)
        elif kind < 0.5:
            data.insert(position, rng.choice(b'{}[],:"\\0123456789eE.-+ \n\x00\xff'))
        elif kind < 0.7:
            del data[position]
        elif kind < 0.85:
            data = data[:position]
        else:
            data[position:position] = rng.choice([b",", b"]]]]", b"[" * 300, b'"\\u', b"\xc3", b"NaN", b"1e999"])
    return bytes(data)


def mutate_text(rng, value):
    """Mostly structure-aware, sometimes byte-level, occasionally pathological."""
    roll = rng.random()
    if roll < 0.65:
        return json_mutations(rng, value).encode()
    if roll < 0.9:
        return byte_mutation(rng, dumps(value))
    return rng.choice([b"", b"[" * 100000, b'{"a":' * 5000, b" ", b"null", b"{}", b"[]", dumps(value).encode() + b" {}",
                       b'{"prompts": [' + b'{"id": "x"},' * 20000 + b'{"id": "x"}]}'])


# ---------------------------------------------------------------------------------------------------
# Running a case and judging it.

class Case:
    def __init__(self, interface, args, stdin=b"", files=None, check=None):
        self.interface = interface
        self.args = args
        self.stdin = stdin
        self.files = files or {}        # name → bytes, created in a fresh folder
        self.check = check              # invariant on a successful run: (stdout, files-dir, case) → message or None

    def record(self):
        return {"interface": self.interface, "args": self.args, "stdin": base64.b64encode(self.stdin).decode(),
                "files": {name: base64.b64encode(data).decode() for name, data in self.files.items()}}


def run(binary, case, workdir):
    folder = tempfile.mkdtemp(dir=workdir)
    try:
        for name, data in case.files.items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
        try:
            process = subprocess.Popen([binary] + case.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder,
                                       env=dict(os.environ, OPENBLAS_NUM_THREADS="1"))
        except OSError as error:
            if error.errno == errno.E2BIG:
                # The kernel refuses to start any program with arguments this long (a mutated huge value):
                # allot never sees them, so there is nothing of Allot's to test.
                return None
            raise
        try:
            stdout, stderr = process.communicate(case.stdin, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            # A long simulation is legitimate work: it must stop on Ctrl-C, keep what it finished, and exit 130.
            process.send_signal(2)
            try:
                stdout, stderr = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                return "hang: no answer after %.0f s, nor 10 s after SIGINT" % TIMEOUT
            if process.returncode == 130 and case.interface == "simulate":
                return None
            # A service busy with a large but legal object (a policy of millions of arms) is not a hang
            # if it still stops cleanly on the signal.
            if process.returncode == 0 and case.interface == "serve":
                return None
            return "hang: no answer after %.0f s (then exit %d on SIGINT)" % (TIMEOUT, process.returncode)
        result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        code = result.returncode
        stderr = result.stderr.decode("utf-8", "replace")
        if code < 0:
            return "crash: signal %d; stderr %r" % (-code, stderr[-400:])
        if code in (1, 2):
            if not stderr.strip():
                return "exit %d without a message" % code
            if "Fatal error" in stderr or "Stack dump" in stderr:
                return "crash report on exit %d: %r" % (code, stderr[-400:])
            return None
        if code != 0:
            return "unexpected exit %d: %r" % (code, stderr[-400:])
        if case.check:
            try:
                problem = case.check(result.stdout, folder, case)
            except Exception as error:  # a check that cannot read the output is a failure too
                problem = "invariant check failed on the output: %r (stdout %r)" % (error, result.stdout[:300])
            if problem:
                return "invariant: " + problem
        return None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def finite_numbers(value, path="$"):
    if isinstance(value, float) and not math.isfinite(value):
        return path
    if isinstance(value, dict):
        for key, child in value.items():
            found = finite_numbers(child, path + "." + key)
            if found:
                return found
    if isinstance(value, list):
        for index, child in enumerate(value):
            found = finite_numbers(child, "%s[%d]" % (path, index))
            if found:
                return found
    return None


def parse_output(stdout):
    text = stdout.decode("utf-8")
    value = json.loads(text, parse_constant=lambda token: float(token))
    bad = finite_numbers(value)
    if bad:
        raise ValueError("non-finite number at " + bad)
    return value


def rollout_check(budget, minimum, maximum):
    def check(stdout, folder, case):
        output = parse_output(stdout)
        counts = list(output["allocation"].values())
        if output["budgetUnit"] == "rollouts":
            if sum(counts) != budget:
                return "allocation sums to %d, budget %d" % (sum(counts), budget)
        elif output["spent"] > budget:
            return "spent %d tokens of a budget of %d" % (output["spent"], budget)
        if any(c < minimum or c > maximum for c in counts):
            return "a count outside [%d, %d]: %r" % (minimum, maximum, counts[:20])
        return None
    return check


def rank_check(stdout, folder, case):
    output = parse_output(stdout)
    if output["parameters"] > output["budget"]:
        return "parameters %d over the budget %d" % (output["parameters"], output["budget"])
    if sorted(output["ranks"]) != sorted(output["active"]):
        return "ranks and active name different matrices"
    for name, slots in output["active"].items():
        if len(set(slots)) != len(slots) or output["ranks"][name] != len(slots):
            return "matrix %s: ranks %r but slots %r" % (name, output["ranks"][name], slots)
    return None


def json_check(stdout, folder, case):
    text = stdout.decode("utf-8").strip()
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{") or line.startswith("["):
            parse_output(line.encode())
    return None


def serve_check(stdout, folder, case):
    """Every answer is JSON-RPC with finite numbers, allocations keep their budget, and the service
    survived to answer the last request."""
    lines = [line for line in stdout.decode("utf-8").splitlines() if line.strip()]
    if not lines:
        return "no answer at all"
    for line in lines:
        value = parse_output(line.encode())
        for answer in value if isinstance(value, list) else [value]:
            if answer.get("jsonrpc") != "2.0" or ("result" in answer) == ("error" in answer):
                return "not a JSON-RPC response: %r" % line[:200]
            result = answer.get("result")
            if isinstance(result, dict) and "allocation" in result and result.get("budgetUnit") == "rollouts":
                if sum(result["allocation"].values()) != result["budget"]:
                    return "an allocation does not sum to its budget: %r" % line[:200]
            if isinstance(result, dict) and "parameters" in result and "budget" in result and isinstance(result["parameters"], (int, float)):
                if result["parameters"] > result["budget"]:
                    return "rank parameters over the budget: %r" % line[:200]
    last = json.loads(lines[-1])
    if not (isinstance(last, dict) and last.get("id") == 999999 and "result" in last):
        return "the service did not answer the final hello: %r" % lines[-1][:200]
    return None


# ---------------------------------------------------------------------------------------------------
# The interfaces.

class Interfaces:
    def __init__(self, binary, workdir, rng):
        self.binary = binary
        self.workdir = workdir
        self.rng = rng
        self.states = {}
        self.database = None

    def valid_state(self, kind, key, args, stdin):
        """A state file written by a valid call (made once per configuration)."""
        if key not in self.states:
            folder = tempfile.mkdtemp(dir=self.workdir)
            subprocess.run([self.binary] + args + ["--state", "state.json"], input=stdin, cwd=folder, capture_output=True, timeout=TIMEOUT)
            path = os.path.join(folder, "state.json")
            self.states[key] = open(path, "rb").read() if os.path.exists(path) else b"{}"
            shutil.rmtree(folder, ignore_errors=True)
        return self.states[key]

    def rollouts(self):
        rng = self.rng
        policy = rng.choice(["uniform", "knapsack-rl", "posterior", "cost"])
        budget = rng.choice([10, 40, 64, 3, 0, 1000, 10 ** 9, 2 ** 62]) if rng.random() < 0.3 else rng.choice([12, 20, 40])
        minimum = rng.choice([2, 1, 0, 3])
        maximum = rng.choice([16, 8, 128, 2 ** 40]) if rng.random() < 0.2 else 16
        if policy == "cost":
            budget = rng.choice([3000, 20000, 10 ** 15, 5])
        args = ["allocate", "rollouts", "--budget", str(budget), "--min", str(minimum), "--max", str(maximum), "--policy", policy]
        if rng.random() < 0.1:
            args += rng.choice([["--confidence", "1.5"], ["--planning", "wild"], ["--window", "0"], ["--discount", "NaN"], ["--no-fallback"],
                                ["--default-length", "1e300"], ["--seed", "18446744073709551615"]])
        stdin = mutate_text(rng, ROLLOUTS) if rng.random() < 0.8 else dumps(ROLLOUTS).encode()
        files = {}
        if rng.random() < 0.5:
            state = self.valid_state("rollouts", policy, ["allocate", "rollouts", "--budget", str(3000 if policy == "cost" else 20),
                                                          "--policy", policy, "--seed", "3"], dumps(ROLLOUTS).encode())
            files["state.json"] = mutate_text(rng, json.loads(state)) if rng.random() < 0.7 else state
            args += ["--state", "state.json"]
        return Case("allocate-rollouts", args, stdin, files, rollout_check(budget, max(minimum, 1), maximum))

    def ranks(self):
        rng = self.rng
        allocator = rng.choice(["uniform", "adalora", "elastic", "bandit-knapsack"])
        create = ["--allocator", allocator, "--average-rank", "2", "--total-steps", "40", "--warmup-steps", "4", "--final-steps", "8", "--interval", "4"]
        if rng.random() < 0.4:
            args = ["allocate", "ranks", "--state", "state.json"] + create
            if rng.random() < 0.2:
                args += rng.choice([["--average-rank", "99"], ["--total-steps", "1e18"], ["--interval", "-1"], ["--strategy", "wild"]])
            return Case("allocate-ranks-create", args, mutate_text(rng, MATRICES), {}, rank_check)
        state = self.valid_state("ranks", allocator, ["allocate", "ranks"] + create, dumps(MATRICES).encode())
        step = rng.choice([0, 5, 12, 39, 41, 1000, 2 ** 53])
        request = {"step": step, "sensitivities": {m["name"]: [round(rng.random(), 3) for _ in range(6)] for m in MATRICES["matrices"]}}
        stdin = mutate_text(rng, request) if rng.random() < 0.6 else dumps(request).encode()
        mutated_state = mutate_text(rng, json.loads(state)) if rng.random() < 0.5 else state
        args = ["allocate", "ranks", "--state", "state.json"]
        if rng.random() < 0.15:
            args += rng.choice([["--allocator", "uniform"], ["--average-rank", "3"], ["--seed", "4"]])
        return Case("allocate-ranks", args, stdin, {"state.json": mutated_state}, rank_check)

    def study_database(self):
        """A valid study database with asked and told trials (made once each): an ASHA study, a finished
        cost-aware-halving one whose journal holds re-evaluations (repetitions) and costs, or one with
        two objectives (definition version 3, tells with values)."""
        roll = self.rng.random()
        if roll < 0.3:
            return self.built_database("reevaluated", ["--scheduler", "cost-aware-halving", "--max-resource", "27", "--trials", "4",
                                                       "--scheduler-parameters", '{"rungBudget": 1000, "keep": 1}'], 40, self.reevaluated_result)
        if roll < 0.45:
            return self.built_database("multi_objective", ["--directions", "minimize,maximize", "--max-resource", "1", "--trials", "20",
                                                           "--sampler", "tpe", "--sampler-parameters", '{"startupTrials": 3}'], 8,
                                       lambda index, message: {**message, "values": [0.1 * index, (index * 7 % 5) / 5]})
        return self.built_database("database", ["--scheduler", "asha", "--max-resource", "9", "--trials", "10"], 6,
                                   lambda index, message: {**message, "value": 0.1 * index} if index < 4 else None)

    @staticmethod
    def reevaluated_result(index, message):
        return {**message, "value": 0.05 * (index % 7) + 0.01 * message.get("repetition", 0), "cost": 0.5 + message["trial"]}

    def built_database(self, name, create, asks, result):
        """The bytes of a study file made by `allot study create` with `create`, then up to `asks` asks, each
        told `result(index, assignment)` (None: left running), until the study is finished; kept as `name`."""
        if getattr(self, name, None) is None:
            folder = tempfile.mkdtemp(dir=self.workdir)
            with open(os.path.join(folder, "space.json"), "w") as handle:
                json.dump(SPACE, handle)
            base = ["--storage", "s.sqlite", "--name", "s"]
            subprocess.run([self.binary, "study", "create"] + base + ["--space", "space.json"] + create, cwd=folder, capture_output=True, timeout=TIMEOUT)
            for index in range(asks):
                asked = subprocess.run([self.binary, "study", "ask"] + base, cwd=folder, capture_output=True, timeout=TIMEOUT).stdout
                message = json.loads(asked or b"{}")
                if "trial" not in message:   # {"finished": true}
                    break
                told = result(index, message)
                if told is not None:
                    subprocess.run([self.binary, "study", "tell"] + base, input=dumps(told).encode(), cwd=folder, capture_output=True, timeout=TIMEOUT)
            setattr(self, name, open(os.path.join(folder, "s.sqlite"), "rb").read())
            shutil.rmtree(folder, ignore_errors=True)
        return getattr(self, name)

    def foreign_database(self):
        """An SQLite file another program wrote: Allot's table names with other columns and types."""
        rng = self.rng
        path = os.path.join(self.workdir, "foreign-%d.sqlite" % rng.randrange(10 ** 9))
        connection = sqlite3.connect(path)
        variant = rng.randrange(5)
        if variant == 0:
            connection.executescript("CREATE TABLE studies (name TEXT, definition BLOB, created INTEGER);"
                                     "CREATE TABLE events (study INTEGER, sequence TEXT, event INTEGER);"
                                     "INSERT INTO studies VALUES ('s', x'00ff', 3); INSERT INTO events VALUES (1, 'x', 7);")
        elif variant == 1:
            connection.executescript("CREATE TABLE studies (name TEXT PRIMARY KEY, definition TEXT NOT NULL, created TEXT NOT NULL);"
                                     "CREATE TABLE events (study TEXT NOT NULL, sequence INTEGER NOT NULL, event TEXT NOT NULL);"
                                     "INSERT INTO studies VALUES ('s', '{\"space\": 1}', 'now'); INSERT INTO events VALUES ('s', 1, '{\"ask\": 3}');")
        elif variant == 2:
            connection.executescript("CREATE TABLE allot_meta (key TEXT, value TEXT); INSERT INTO allot_meta VALUES ('format', 'allot-study-database'), ('schema', '99');")
        elif variant == 3:
            connection.executescript("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('x');")
        else:
            connection.executescript("CREATE TABLE allot_meta (key TEXT, value TEXT); INSERT INTO allot_meta VALUES ('format', 'allot-study-database'), ('schema', '2');"
                                     "CREATE TABLE studies (name TEXT, definition TEXT, created TEXT); CREATE TABLE journal (study TEXT, sequence INTEGER, entry TEXT);"
                                     "INSERT INTO studies VALUES ('s', NULL, NULL); INSERT INTO journal VALUES ('s', 'one', 5), ('s', 1, NULL);")
        connection.commit()
        connection.close()
        data = open(path, "rb").read()
        os.remove(path)
        return data

    def tampered_database(self):
        """The valid database with one journal entry or definition edited by another program."""
        rng = self.rng
        path = os.path.join(self.workdir, "tampered-%d.sqlite" % rng.randrange(10 ** 9))
        with open(path, "wb") as handle:
            handle.write(self.study_database())
        connection = sqlite3.connect(path)
        rows = connection.execute("SELECT sequence, entry FROM journal").fetchall()
        if rows and rng.random() < 0.7:
            sequence, entry = rng.choice(rows)
            connection.execute("UPDATE journal SET entry = ? WHERE sequence = ?", (mutate_text(rng, json.loads(entry)).decode("utf-8", "replace"), sequence))
        else:
            definition = connection.execute("SELECT definition FROM studies").fetchone()[0]
            connection.execute("UPDATE studies SET definition = ?", (mutate_text(rng, json.loads(definition)).decode("utf-8", "replace"),))
        connection.commit()
        connection.close()
        data = open(path, "rb").read()
        os.remove(path)
        return data

    def study(self):
        rng = self.rng
        base = ["--storage", "s.sqlite", "--name", rng.choice(["s", "s", "other", "../x", ""])]
        roll = rng.random()
        if roll < 0.3:
            space = mutate_text(rng, SPACE) if rng.random() < 0.7 else dumps(SPACE).encode()
            scheduler = rng.choice(["hyperband", "asha", "random", "cost-aware-halving", "median"])
            resource = rng.choice(["27", "9", "1e18", "0", "NaN", "1e15", "3"])
            args = ["study", "create"] + base + ["--space", "space.json", "--scheduler", scheduler, "--max-resource", resource]
            if scheduler != "hyperband":
                args += ["--trials", rng.choice(["10", "0", "100000000"])]
            if rng.random() < 0.15:
                args += ["--directions", rng.choice(["minimize,maximize", "maximize", "up,down", ",", ",".join(["minimize"] * 9), "minimize,minimize,minimize"])]
            if rng.random() < 0.3:
                args += ["--eta", rng.choice(["1", "3", "1000000"])]
            if rng.random() < 0.4:
                # The samplers, with parameters that are wrong in every way a user can get them wrong.
                args += ["--sampler", rng.choice(["tpe", "bohb", "gp", "sobol", "random", "tpf"])]
                if rng.random() < 0.6:
                    parameters = rng.choice([{"startupTrials": 0}, {"candidates": 1e12}, {"goodFraction": float("nan")}, {"goodFraction": 2},
                                             {"fidelity": "deepest"}, {"constantLiar": 1}, {"bandwidthFactor": 0}, {"randomFraction": 0.5},
                                             {"seed": -1}, {"priorWeight": 1e300}, {"startupTrials": 3, "candidates": 5},
                                             {"localSearches": 0}, {"maxObservations": 1}, {"minimumNoise": float("inf")}, {"believer": "yes"},
                                             {"startupTrials": 1, "candidates": 1, "localSearches": 1}])
                    text = dumps(parameters) if rng.random() < 0.7 else mutate_text(rng, parameters).decode("utf-8", "replace")
                    args += ["--sampler-parameters", text.replace("\x00", "")]   # an argument cannot hold a NUL
            if scheduler == "median" and rng.random() < 0.6:
                parameters = rng.choice([{"interval": 0}, {"interval": 1e-9}, {"interval": float("nan")}, {"warmup": -1}, {"warmup": 1e308},
                                         {"startupTrials": 0}, {"startupTrials": -3}, {"interval": 3, "warmup": 2}])
                args += ["--scheduler-parameters", dumps(parameters)]
            if scheduler == "cost-aware-halving" and rng.random() < 0.6:
                parameters = rng.choice([{"rungBudget": 0}, {"rungBudget": 1e308}, {"keep": float("nan")}, {"keep": 2}, {"keep": 0.5},
                                         {"trials": 3}, {"minResource": -1}, {"rungBudget": "2"}, {"extra": 1},
                                         {"finalEvaluations": 0}, {"finalEvaluations": 1e9}, {"finalEvaluations": 2.5}, {"finalBudget": 0},
                                         {"finalBudget": float("inf")}, {"finalEvaluations": 100, "finalBudget": 1000}])
                text = dumps(parameters) if rng.random() < 0.7 else mutate_text(rng, parameters).decode("utf-8", "replace")
                args += ["--scheduler-parameters", text.replace("\x00", "")]
            return Case("study-create", args, b"", {"space.json": space}, json_check)
        database = self.study_database()
        variant = rng.random()
        if variant < 0.4:
            files = {"s.sqlite": self.tampered_database()}
        elif variant < 0.55:
            files = {"s.sqlite": self.foreign_database()}
        elif variant < 0.75:
            files = {"s.sqlite": bytes(mutate_bytes(rng, database))}
        else:
            files = {"s.sqlite": database}
        command = rng.choice(["ask", "tell", "enqueue", "add", "trials", "best", "importances", "heartbeat", "copy"])
        if command == "copy":
            # Between two files (the destination fresh, or the same damaged file), or to a server that is not there.
            destination = rng.choice(["t.sqlite", "s.sqlite", "postgresql://nobody@127.0.0.1:1/x"])
            args = ["study", "copy", "--from", "s.sqlite", "--to", destination] + rng.choice([[], ["--name", "s"], ["--name", ""]])
            return Case("study-copy", args, b"", files, json_check)
        args = ["study", command] + base
        if rng.random() < 0.05:
            args[args.index("s.sqlite")] = rng.choice(["postgresql://nobody@127.0.0.1:1/x", "postgresql://", "postgres://%zz@/x?host=/nonexistent"])
        stdin = b""
        if command == "tell":
            message = {"trial": rng.choice([0, 1, 4, 5, 99]), "rung": 0, "bracket": 0, "value": 0.5}
            if rng.random() < 0.2:
                message["repetition"] = rng.choice([1, 4, -1, 1001, 2**63, 0.5, "1"])
            if rng.random() < 0.4:
                message["cost"] = rng.choice([1.5, 0, -1, float("nan"), float("inf"), 1e308, "3", None])
            if rng.random() < 0.2:
                message["constraints"] = rng.choice([[0.5], [-1, 2], [], [float("nan")], "x", [1e308] * 101, None, [[1]]])
            if rng.random() < 0.3:
                message["values"] = rng.choice([[0.5, 0.25], [0.5], [], [float("nan"), 1], [1e308, -1e308], "x", [0.1] * 9, None])
                if rng.random() < 0.7:
                    del message["value"]
            stdin = mutate_text(rng, message) if rng.random() < 0.6 else dumps(message).encode()
        if command == "enqueue":
            message = rng.choice([{"learning_rate": 0.01, "width": 64}, {"optimizer": "sgd", "momentum": 0.9}, {"optimizer": "adam"}, {}])
            stdin = mutate_text(rng, message) if rng.random() < 0.7 else dumps(message).encode()
            args += rng.choice([[], ["--skip-if-exists"]])
        if command == "add":
            message = rng.choice([{"configuration": {"learning_rate": 0.01, "width": 64}, "value": 0.5},
                                  {"configuration": {"optimizer": "sgd", "momentum": 0.9}, "failed": True, "attributes": {"a": 1}},
                                  {"configuration": {}, "value": 1e308}])
            stdin = mutate_text(rng, message) if rng.random() < 0.7 else dumps(message).encode()
        if command == "importances":
            args += rng.choice([[], ["--raw"], ["--global"], ["--target-quantile", rng.choice(["0.2", "0", "NaN", "1e308", "-1"])],
                                ["--region-quantile", rng.choice(["0.5", "0.01", "2"])], ["--resource", rng.choice(["1", "27", "0", "NaN", "-1e308"])],
                                ["--objective", rng.choice(["0", "1", "2", "-1", "99999999999999999999"])]])
        if command in ("ask", "heartbeat"):
            args += rng.choice([[], ["--lease", "60", "--owner", "w"], ["--worker-pid", "1"], ["--lease", "-1"], ["--lease", "NaN", "--owner", "w"]])
        return Case("study-" + command, args, stdin, files, json_check)

    def scenario(self):
        rng = self.rng
        base = rng.choice([SCENARIO] * 3 + OTHER_SCENARIOS)
        text = mutate_text(rng, base)
        args = ["simulate", "fuzz.json", "--out", "out", "--quiet", "--jobs", "1"]
        return Case("simulate", args, b"", {"fuzz.json": text}, None)

    def curves(self):
        rng = self.rng
        lines = CURVES.splitlines()
        header, rows = lines[0], lines[1:]
        choice = rng.random()
        if choice < 0.4:
            rows = list(rows)
            for _ in range(rng.choice([1, 3, 10])):
                index = rng.randrange(len(rows))
                fields = rows[index].split(",")
                column = rng.randrange(len(fields))
                fields[column] = rng.choice(["", "-1", "0", "nan", "inf", "1e308", "99999999999999999999", "x", "0.5", fields[column] * 2])
                rows[index] = ",".join(fields)
            text = "\n".join([header] + rows) + "\n"
        elif choice < 0.6:
            text = "\n".join([header] + rng.sample(rows, rng.randrange(1, len(rows)))) + "\n"
        elif choice < 0.8:
            text = byte_mutation(rng, "\n".join([header] + rows)).decode("latin-1")
        else:
            text = rng.choice(["", header + "\n", "a,b\n1,2\n", "\n".join([header] + [rows[0]] * 3)])
        if rng.random() < 0.25:
            args = ["tune", "ceiling", "--curves", "curves.csv", "--json"]
            args += rng.choice([[], ["--tolerance", "0"], ["--tolerance", "nan"], ["--tolerance", "1e308"], ["--tolerance", "-1"],
                                ["--target", "0"], ["--target", "inf"], ["--target", "1e-300"], ["--dataset", "x"], ["--dataset", "1"]])
            return Case("tune-ceiling", args, b"", {"curves.csv": text.encode("latin-1", "replace")}, json_check)
        scheduler = rng.choice(["random", "successive-halving", "hyperband", "asha", "bandit", "exhaustive", "naive-sh", "cost-aware-halving"])
        args = ["tune", "replay", "--curves", "curves.csv", "--scheduler", scheduler, "--json"]
        if rng.random() < 0.2:
            args += rng.choice([["--eta", "1"], ["--eta", "100000"], ["--workers", "0"], ["--pulls", "-3"], ["--configurations", "0"], ["--dataset", "x"]])
        if rng.random() < 0.3:
            args += rng.choice([["--seeds", "0"], ["--seeds", "3"], ["--seeds", "1001"], ["--min-resource", "-1"], ["--min-resource", "nan"],
                                ["--min-resource", "1e300"], ["--min-resource", "20"], ["--final-evaluations", "0"], ["--final-evaluations", "3"],
                                ["--final-evaluations", "1000"], ["--start", "-1"], ["--start", "99999999999"], ["--start", "2"],
                                ["--step", "0"], ["--step", "9223372036854775807"], ["--step", "1"],
                                ["--rung-budget", "0"], ["--rung-budget", "nan"], ["--rung-budget", "1e308"], ["--rung-budget", "0.3"],
                                ["--keep", "0"], ["--keep", "1.5"], ["--keep", "nan"], ["--keep", "0.01"], ["--keep", "1"],
                                ["--final-budget", "0"], ["--final-budget", "-inf"], ["--final-budget", "1e308"], ["--final-budget", "0.1"]])
        return Case("tune-replay", args, b"", {"curves.csv": text.encode("latin-1", "replace")}, json_check)

    def brackets(self):
        rng = self.rng
        resource = rng.choice(["81", "1", "0.5", "1e18", "1e15", "NaN", "-3", "1e308", "27.5", "inf"])
        eta = rng.choice(["3", "2", "1", "0", "1000", "1001", "99999999999999999999"])
        return Case("brackets", ["brackets", "--max-resource", resource, "--eta", eta], b"", {}, json_check)

    def objective(self):
        rng = self.rng
        stdin = mutate_text(rng, ASSIGNMENT)
        files = {}
        if rng.random() < 0.3:
            files["ck"] = mutate_text(rng, {"hyperparameters": {"learningRate": 0.1, "width": 4, "weightDecay": 0, "batchSize": 8},
                                             "epochsTrained": 1, "parameters": [0.0] * 10, "velocity": [0.0] * 10, "random": {"algorithm": "mt19937"}})
        return Case("objective-digits", ["objective", "digits"], stdin, files, json_check)

    def report(self):
        rng = self.rng
        results = self.saved_results()
        files = dict(results)
        name = rng.choice([n for n in files if n.endswith(".json")])
        files[name] = mutate_text(rng, json.loads(files[name]))
        return Case("report", ["report", "."], b"", files, None)

    def saved_results(self):
        if not hasattr(self, "_results"):
            folder = tempfile.mkdtemp(dir=self.workdir)
            with open(os.path.join(folder, "s.json"), "w") as handle:
                json.dump(dict(SCENARIO, horizon=50, replications=1), handle)
            subprocess.run([self.binary, "simulate", "s.json", "--out", "o", "--quiet"], cwd=folder, capture_output=True, timeout=TIMEOUT)
            files = {}
            for directory, _, names in os.walk(os.path.join(folder, "o", "runs")):
                for name in names:
                    path = os.path.join(directory, name)
                    files[os.path.relpath(path, os.path.join(folder, "o"))] = open(path, "rb").read()
            self._results = files
            shutil.rmtree(folder, ignore_errors=True)
        return self._results

    def serve(self):
        """A session of `allot serve`: valid requests for every object kind, some mutated (structure or
        bytes, newlines removed so a line stays a line), then `hello`, which must still be answered."""
        rng = self.rng
        space = {"parameters": [{"name": "lr", "type": "float", "low": 0.001, "high": 1, "log": True}]}
        requests = [
            {"method": "policy.create", "params": {"name": rng.choice(["ucb1", "thompson", "exp3", "kl-ucb"]), "arms": 3, "seed": 1}},
            {"method": "policy.select", "params": {"handle": 1, "k": rng.choice([1, 2])}},
            {"method": "policy.update", "params": {"handle": 1, "arm": 0, "reward": 1}},
            {"method": "policy.step", "params": {"handle": 1, "updates": [{"arm": 1, "reward": 0.5}], "k": 1}},
            {"method": "rollouts.create", "params": {"policy": rng.choice(["knapsack-rl", "posterior", "uniform"]), "min": 2, "max": 16}},
            {"method": "rollouts.allocate", "params": {"handle": 2, "budget": 24, "prompts": [{"id": "a", "rewards": [0, 1]}, {"id": "b", "rate": 0.3}, {"id": 3}]}},
            {"method": "ranks.create", "params": {"matrices": [{"name": "q", "input": 8, "output": 8, "maxRank": 4}, {"name": "v", "input": 8, "output": 16, "maxRank": 4}],
                                                  "totalSteps": 50, "averageRank": 2, "interval": 5, "allocator": rng.choice(["bandit-knapsack", "adalora", "elastic"])}},
            {"method": "ranks.step", "params": {"handle": 3, "step": 12, "sensitivities": {"q": [0.1, 0.2, 0, 0], "v": [1, 0.5, 0, 0]}}},
            {"method": "study.create", "params": {"space": rng.choice([space, {"parameters": []}]),      # given, or defined by suggest calls
                                                  "scheduler": {"name": "asha", "parameters": {"minResource": 1, "maxResource": 9}}}},
            {"method": "study.enqueue", "params": {"handle": 4, "configuration": {"lr": rng.choice([0.01, 2, -1, 1e308])}, "skipIfExists": rng.choice([True, False])}},
            {"method": "study.ask", "params": {"handle": 4}},
            {"method": "study.suggest", "params": {"handle": 4, "trial": rng.choice([0, 1, 10 ** 9]), "parameter": rng.choice([
                {"name": "w", "type": "int", "low": 1, "high": 4}, {"name": "lr", "type": "float", "low": 0.001, "high": 1, "log": True},
                {"name": "c", "type": "categorical", "choices": []}, {"name": "x", "type": "float", "low": 1e308, "high": -1},
                {"name": "m", "type": "float", "low": 0, "high": 1, "condition": {"parent": "w", "values": ["1"]}}])}},
            {"method": "study.report", "params": {"handle": 4, "trial": 0, "resource": 1, "value": 0.5}},
            {"method": "study.attributes", "params": {"handle": 4}},
            {"method": "study.add", "params": {"handle": 4, "configuration": rng.choice([{"lr": 0.01}, {"lr": -1}, {}, {"w": 2}]),
                                               "value": rng.choice([0.5, None, 1e308]), "failed": rng.choice([None, True]),
                                               "parameters": rng.choice([None, [{"name": "lr", "type": "float", "low": 0.001, "high": 1, "log": True}], [], [{"name": "w"}]]),
                                               "attributes": rng.choice([None, {"source": "x"}, {"": 1}, [1]])}},
            {"method": "study.importances", "params": {"handle": 4, "targetQuantile": rng.choice([0.1, 0, 1, -1, 1e308]),
                                                       "regionQuantile": rng.choice([1, 0.5, 2]), "local": rng.choice([True, False]),
                                                       "resource": rng.choice([None, 1, 9, 0, -3, 1e308]), "normalize": rng.choice([True, False]),
                                                       "params": rng.choice([None, ["lr"], ["missing"], [], [1]])}},
            {"method": "study.set_attribute", "params": {"handle": 4, "trial": rng.choice([0, 1, 10 ** 9, None]), "key": rng.choice(["acc", "", "x" * 2000]),
                                                         "value": rng.choice([0.9, "note", [1, {"a": None}], {"deep": [[[]]]}, True])}},
            {"method": "policy.snapshot", "params": {"handle": 1}},
            {"method": "close", "params": {"handle": 2}},
        ]
        lines = []
        for number, request in enumerate(requests, start=1):
            message = dict({"jsonrpc": "2.0", "id": number}, **request)
            if rng.random() < 0.3:
                text = mutate_text(rng, message)
                text = text if isinstance(text, bytes) else text.encode()
                lines.append(text.replace(b"\n", b" ").replace(b"\r", b" "))
            else:
                lines.append(dumps(message).encode())
        lines.append(b'{"jsonrpc": "2.0", "id": 999999, "method": "hello"}')
        return Case("serve", ["serve"], b"\n".join(lines) + b"\n", {}, serve_check)

    def all(self):
        return [(self.rollouts, 5), (self.ranks, 4), (self.study, 5), (self.scenario, 2), (self.curves, 3), (self.brackets, 1),
                (self.objective, 2), (self.report, 1), (self.serve, 3)]


def mutate_bytes(rng, data):
    data = bytearray(data)
    for _ in range(rng.choice([1, 4, 16])):
        position = rng.randrange(len(data))
        roll = rng.random()
        if roll < 0.6:
            data[position] = rng.randrange(256)
        elif roll < 0.8:
            data = data[: max(100, position)]
        else:
            data[position:position + 16] = bytes(rng.randrange(256) for _ in range(16))
    return data


CURVES_HEADER = "openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test"


def curves_sample():
    path = os.path.join(ROOT, "Tests", "Fuzz", "curves.csv")
    with open(path) as handle:
        return handle.read()


CURVES = None


# ---------------------------------------------------------------------------------------------------

def replay_corpus(binary, workdir, corpus):
    failures = 0
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".json")) if os.path.isdir(corpus) else []
    for name in names:
        with open(os.path.join(corpus, name)) as handle:
            record = json.load(handle)
        case = Case(record["interface"], record["args"], base64.b64decode(record["stdin"]),
                    {k: base64.b64decode(v) for k, v in record["files"].items()})
        problem = run(binary, case, workdir)
        if problem and not problem.startswith("invariant"):
            print("regression %s: %s" % (name, problem))
            failures += 1
    print("regression corpus: %d cases, %d failures" % (len(names), failures))
    return failures


def main():
    global CURVES
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--allot", default=os.path.join(ROOT, ".build", "release", "allot"))
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--corpus", default=os.path.join(HERE, "corpus"))
    parser.add_argument("--failures", default=os.path.join(ROOT, ".build", "fuzz-failures"))
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.allot)
    CURVES = curves_sample()
    workdir = tempfile.mkdtemp(prefix="allot-fuzz-")
    print("fuzzing %s for %.0f s, seed %d" % (binary, arguments.seconds, arguments.seed))
    failures = replay_corpus(binary, workdir, arguments.corpus)
    rng = random.Random(arguments.seed)
    interfaces = Interfaces(binary, workdir, rng)
    generators = [g for g, weight in interfaces.all() for _ in range(weight)]
    deadline = time.time() + arguments.seconds
    counts, found = {}, {}
    os.makedirs(arguments.failures, exist_ok=True)
    while time.time() < deadline:
        case = rng.choice(generators)()
        counts[case.interface] = counts.get(case.interface, 0) + 1
        problem = run(binary, case, workdir)
        if problem:
            failures += 1
            found[case.interface] = found.get(case.interface, 0) + 1
            path = os.path.join(arguments.failures, "%s-%d.json" % (case.interface, failures))
            record = case.record()
            record["problem"] = problem
            with open(path, "w") as handle:
                json.dump(record, handle, indent=1)
            print("FAIL %s: %s -> %s" % (case.interface, problem[:300], path))
    shutil.rmtree(workdir, ignore_errors=True)
    total = sum(counts.values())
    print("%d cases: %s" % (total, ", ".join("%s %d" % item for item in sorted(counts.items()))))
    print("failures: %d %s" % (failures, found if found else ""))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
