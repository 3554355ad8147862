"""The Python tests run against the Allot build in this repository (`swift build` first): the debug
build unless ALLOT_BINARY says otherwise."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

if "ALLOT_BINARY" not in os.environ:
    for configuration in ("debug", "release"):
        candidate = ROOT / ".build" / configuration / "allot"
        if candidate.exists():
            os.environ["ALLOT_BINARY"] = str(candidate)
            break


@pytest.fixture(params=["library", "process"])
def client(request):
    """A client over each transport: liballot in this process, and an `allot serve` child."""
    import allot
    connection = allot.Client(transport=request.param)
    yield connection
    connection.close()
