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


def test_the_newer_build_is_found_first(tmp_path, monkeypatch):
    import time
    from allot import _client
    monkeypatch.delenv("ALLOT_LIBRARY", raising=False)
    monkeypatch.delenv("ALLOT_BINARY", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(_client, "__file__", str(tmp_path / "pkg" / "_client.py"))
    for configuration, age in (("release", 3600), ("debug", 0)):
        folder = tmp_path / ".build" / configuration
        folder.mkdir(parents=True)
        library = folder / _client.LIBRARY_NAME
        library.write_bytes(b"")
        stamp = time.time() - age
        os.utime(library, (stamp, stamp))
    assert _client.locate() == ("library", str(tmp_path / ".build" / "debug" / _client.LIBRARY_NAME))
    newer = tmp_path / ".build" / "release" / _client.LIBRARY_NAME
    os.utime(newer, None)                                           # rebuilt just now: release again
    assert _client.locate() == ("library", str(newer))
