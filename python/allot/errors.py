"""Typed errors carrying what the Allot CLI would say: the message with the field path, and the exit
class the same failure has on the command line (2: bad input, 1: runtime failure)."""


class AllotError(Exception):
    """Any error the Allot service reported."""

    def __init__(self, message, code=None, exit_class=None, path=None, source=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.exit_class = exit_class
        self.path = path
        self.source = source


class AllotInputError(AllotError, ValueError):
    """Bad input (exit class 2): the message names the field (``path``) and what was expected."""


class AllotRuntimeError(AllotError, RuntimeError):
    """A runtime failure (exit class 1): a file that cannot be written, a service that went away."""


class ProtocolError(AllotRuntimeError):
    """The service speaks another protocol version, or answered something that is not JSON-RPC."""


class TrialPruned(Exception):
    """Raised inside an objective to stop a trial the study pruned (``trial.should_prune()``)."""


def from_response(error):
    """The exception for a JSON-RPC error object."""
    data = error.get("data") or {}
    exit_class = data.get("exitClass")
    kind = AllotInputError if exit_class == 2 else AllotRuntimeError
    return kind(error.get("message", "unknown error"), code=error.get("code"), exit_class=exit_class,
                path=data.get("path"), source=data.get("source"))
