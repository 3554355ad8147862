#!/usr/bin/env bash
# Creates (or refreshes) the test virtual environment in .build/venv from python/requirements-test.txt,
# with the allot package of python/ installed editable (the tests always see the current sources).
# Never touches the system site-packages. Prints the interpreter's path. Re-running is cheap: the
# environment is rebuilt only when the requirements file changed.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s python/requirements-test.txt "$stamp"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r python/requirements-test.txt >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -e ./python >&2
  cp python/requirements-test.txt "$stamp"
fi
echo "$PWD/$venv/bin/python"
