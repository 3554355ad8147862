import os
import subprocess
import sys
from pathlib import Path


def test_pip_install_of_the_package_works_outside_the_repository(tmp_path):
    """`pip install ./python` (not editable): the installed copy imports and reaches the service."""
    source = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--target", str(tmp_path / "site"), str(source)], check=True, capture_output=True)
    script = "import allot; p = allot.Policy('ucb1', arms=2); p.update(p.select(), 1.0); print(allot.__file__)"
    environment = dict(os.environ, PYTHONPATH=str(tmp_path / "site"))
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(tmp_path / "site"))
