#!/usr/bin/env python3
"""Recreates a fuzz case (a failure or a corpus entry) in a folder and runs it, printing the command.

    python3 Tests/Fuzz/reproduce.py .build/fuzz-failures/tune-replay-1.json [--allot .build/debug/allot] [--folder DIR]
"""
import argparse, base64, json, os, subprocess, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("case")
parser.add_argument("--allot", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), ".build", "debug", "allot"))
parser.add_argument("--folder")
arguments = parser.parse_args()
record = json.load(open(arguments.case))
folder = arguments.folder or tempfile.mkdtemp(prefix="allot-case-")
for name, data in record["files"].items():
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(base64.b64decode(data))
stdin = base64.b64decode(record["stdin"])
open(os.path.join(folder, "stdin"), "wb").write(stdin)
print("cd %s && %s %s < stdin" % (folder, arguments.allot, " ".join(record["args"])))
if "problem" in record:
    print("recorded problem:", record["problem"][:300])
result = subprocess.run([os.path.abspath(arguments.allot)] + record["args"], input=stdin, cwd=folder, capture_output=True)
print("exit", result.returncode)
sys.stdout.write(result.stdout.decode("utf-8", "replace")[-2000:])
sys.stderr.write(result.stderr.decode("utf-8", "replace")[-3000:])
