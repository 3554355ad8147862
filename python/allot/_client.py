"""The connection to the Allot service: in-process through liballot (ctypes), or an ``allot serve``
child process speaking newline-delimited JSON-RPC 2.0. Both carry the same messages."""

import ctypes
import json
import operator
import os
import shutil
import subprocess
import threading
from pathlib import Path

from .errors import ProtocolError, AllotRuntimeError, from_response

PROTOCOL_VERSION = 1
LIBRARY_NAME = "libAllotFFI.so"


def _candidates():
    """Where to look for the service, in order: the environment, PATH, then build folders."""
    library = os.environ.get("ALLOT_LIBRARY")
    if library:
        yield "library", library
    binary = os.environ.get("ALLOT_BINARY") or shutil.which("allot")
    if binary:
        yield "library", str(Path(binary).resolve().parent / LIBRARY_NAME)
        yield "process", binary
    roots = [Path(__file__).resolve().parent, Path.cwd()]
    for root in roots:
        for folder in [root, *root.parents]:
            # The newer of the two builds (release on a tie): a release left from last week must not
            # shadow the debug build made an hour ago from newer sources.
            builds = sorted((folder / ".build" / configuration for configuration in ("release", "debug")), key=_built_at, reverse=True)
            for build in builds:
                yield "library", str(build / LIBRARY_NAME)
                yield "process", str(build / "allot")


def _built_at(build):
    """When the service in a build folder was last built (0 if it has none)."""
    times = [path.stat().st_mtime for path in (build / LIBRARY_NAME, build / "allot") if path.is_file()]
    return max(times, default=0.0)


def locate(transport=None):
    """The (transport, path) to connect with; ``transport`` or ALLOT_TRANSPORT forces "library" or "process"."""
    transport = transport or os.environ.get("ALLOT_TRANSPORT") or None
    if transport not in (None, "library", "process"):
        raise ValueError(f"transport must be 'library' or 'process', got {transport!r}")
    for kind, path in _candidates():
        if (transport is None or kind == transport) and os.path.isfile(path):
            if kind == "process" and not os.access(path, os.X_OK):
                continue
            return kind, path
    raise AllotRuntimeError(
        "cannot find the Allot service: set ALLOT_BINARY to the allot executable (or ALLOT_LIBRARY to "
        f"{LIBRARY_NAME}), put allot on PATH, or build it with `swift build -c release` in the repository")


class _Library:
    """liballot in this process: one C call per message, no pipe and no second process."""

    def __init__(self, path):
        # The service does little linear algebra; OpenBLAS threads would only compete with the trainer's.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        self.path = path
        self.lib = ctypes.CDLL(path)
        self.lib.allot_service_new.restype = ctypes.c_void_p
        self.lib.allot_service_call.restype = ctypes.c_void_p
        self.lib.allot_service_call.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.lib.allot_service_shutdown.restype = ctypes.c_void_p
        self.lib.allot_service_shutdown.argtypes = [ctypes.c_void_p]
        self.lib.allot_service_free.argtypes = [ctypes.c_void_p]
        self.lib.allot_string_free.argtypes = [ctypes.c_void_p]
        self.service = self.lib.allot_service_new()

    def exchange(self, line):
        pointer = self.lib.allot_service_call(self.service, line.encode())
        if not pointer:
            return None
        try:
            return ctypes.string_at(pointer).decode()
        finally:
            self.lib.allot_string_free(pointer)

    def close(self):
        if self.service:
            pointer = self.lib.allot_service_shutdown(self.service)
            failures = json.loads(ctypes.string_at(pointer).decode()) if pointer else []
            if pointer:
                self.lib.allot_string_free(pointer)
            self.lib.allot_service_free(self.service)
            self.service = None
            if failures:
                raise AllotRuntimeError("could not save: " + "; ".join(failures))


class _Process:
    """An ``allot serve`` child: one line out, one line back."""

    def __init__(self, path):
        self.path = path
        self.process = subprocess.Popen([path, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.reader = self.process.stdout

    def exchange(self, line):
        try:
            self.process.stdin.write(line.encode() + b"\n")
        except BrokenPipeError as error:
            raise AllotRuntimeError(f"the allot service ({self.path}) has exited") from error
        answer = self.reader.readline()
        if not answer:
            raise AllotRuntimeError(f"the allot service ({self.path}) has exited with status {self.process.poll()}")
        return answer.decode()

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            status = self.process.wait(timeout=60)
            if status != 0:
                raise AllotRuntimeError(f"allot serve exited with status {status} (an object could not be saved)")


class Client:
    """A connection to one service. Thread-safe: calls are serialised."""

    def __init__(self, transport=None, path=None):
        if path is None:
            transport, path = locate(transport)
        elif transport is None:
            transport = "library" if path.endswith(".so") else "process"
        self.transport = transport
        self._connection = _Library(path) if transport == "library" else _Process(path)
        self._lock = threading.Lock()
        self._next_id = 0
        hello = self.call("hello")
        if hello.get("protocol") != PROTOCOL_VERSION:
            raise ProtocolError(f"the Allot service at {path} speaks protocol {hello.get('protocol')}, "
                                f"this package speaks {PROTOCOL_VERSION}: upgrade the one that is older")

    def call(self, method, **params):
        """One request; returns the result or raises the typed error."""
        with self._lock:
            self._next_id += 1
            request = {"jsonrpc": "2.0", "id": self._next_id, "method": method}
            if params:
                request["params"] = params
            answer = self._connection.exchange(_ENCODER.encode(request))
        try:
            response = json.loads(answer)
        except (TypeError, ValueError) as error:
            raise ProtocolError(f"the service answered something that is not JSON: {answer!r}") from error
        if "error" in response:
            raise from_response(response["error"])
        return response["result"]

    def close(self):
        """Saves every object that has a file and ends the service."""
        with self._lock:
            if self._connection is not None:
                connection, self._connection = self._connection, None
                connection.close()


_default = None
_default_lock = threading.Lock()


def _plain(value):
    """A numpy or torch value as the JSON it holds (a reward that is a 0-d tensor, an arm that is a numpy
    integer, an array of sensitivities), for ``json.dumps``; anything else is its TypeError."""
    if hasattr(value, "tolist"):
        return value.tolist()
    try:
        return operator.index(value)
    except TypeError:
        pass
    if hasattr(value, "__float__"):
        return float(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# One encoder for every call: json.dumps with any non-default option builds a new one each time.
_ENCODER = json.JSONEncoder(allow_nan=True, default=_plain)


def request(**fields):
    """A create request's parameters: the fields given, without those left at None (the service's
    defaults apply), paths (``pathlib`` or any ``os.PathLike``) as strings."""
    return {key: os.fspath(value) if isinstance(value, os.PathLike) else value for key, value in fields.items() if value is not None}


def client():
    """The shared client every object uses unless given another (created on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Client()
            import atexit
            atexit.register(_default.close)
        return _default


class Handle:
    """An object the service holds for this client; closing it saves its file, if it has one."""

    kind = ""

    def __init__(self, client, handle):
        self._client = client
        self._handle = handle

    def _call(self, verb, **params):
        if self._handle is None:
            raise AllotRuntimeError(f"this {self.kind} object is closed")
        return self._client.call(f"{self.kind}.{verb}", handle=self._handle, **params)

    def save(self):
        """Writes the object's file now (it is written on close and when the service ends, too)."""
        self._client.call("save", handle=self._handle)

    def close(self):
        if self._handle is not None and self._client._connection is not None:
            self._client.call("close", handle=self._handle)
        self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
