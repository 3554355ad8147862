"""Two workers on one experiment grid (one counting seeds up, one down) claim each run before starting
it, so they do not both run the one they meet at; a claim holds its worker's process id."""

import os


def claim(path):
    """Whether this process may run what ``path`` names: it created the claim (holding its process id),
    or the claim's owner is no longer running (a worker that was killed), whose claim it takes over."""
    try:
        with open(path, "x") as file:
            file.write(str(os.getpid()))
        return True
    except FileExistsError:
        pass
    try:
        os.kill(int(path.read_text().strip()), 0)
        return False
    except PermissionError:          # alive, another user's
        return False
    except (ValueError, ProcessLookupError):
        path.write_text(str(os.getpid()))
        return True
