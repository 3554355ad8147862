"""Bandit policies (``allot policies`` lists them): choose arms, learn from rewards, checkpoint."""

from ._client import Handle, client as default_client, request


class Policy(Handle):
    """A bandit policy over ``arms`` arms, held by the Allot service.

    >>> policy = Policy("thompson", arms=3, seed=1)
    >>> arm = policy.select()
    >>> policy.update(arm, reward=1.0)

    ``params`` are the policy's parameters (``exploration`` for ``ucb1``, ...), checked by the service:
    a bad one raises :class:`allot.AllotInputError` naming it. With ``path``, the policy is saved there
    on :meth:`save`, :meth:`close` and at exit, and resumed from there when the file exists.
    """

    kind = "policy"

    def __init__(self, name, arms, seed=0, horizon=None, path=None, client=None, **params):
        client = client or default_client()
        answer = client.call("policy.create", **request(name=name, arms=arms, seed=seed, horizon=horizon,
                                                        path=path, parameters=params or None))
        super().__init__(client, answer["handle"])
        self.name = answer["policy"]
        self.parameters = answer.get("parameters", {})
        self.arms = answer["arms"]

    def select(self, k=1):
        """The arm to play (k = 1), or a list of k distinct arms, best first."""
        arms = self._call("select", k=k)["arms"] if k != 1 else self._call("select")["arms"]
        return arms[0] if k == 1 else arms

    def update(self, arm, reward, cost=1.0, probability=None):
        """Learns from one pull of ``arm``. ``probability``: the probability the arm was drawn with, for
        a reward logged elsewhere; EXP3 and EXP3-IX otherwise use the one they recorded at selection,
        so delayed and batched rewards are weighted right."""
        extra = {}
        if cost != 1.0:
            extra["cost"] = cost
        if probability is not None:
            extra["probability"] = probability
        self._call("update", arm=arm, reward=reward, **extra)

    def step(self, updates=(), k=1):
        """Several updates (``(arm, reward)`` or ``(arm, reward, cost)``) then a selection, in one call."""
        observations = [{"arm": u[0], "reward": u[1], **({"cost": u[2]} if len(u) > 2 else {})} for u in updates]
        arms = self._call("step", updates=observations, k=k)["arms"]
        return arms[0] if k == 1 else arms

    def add_arm(self):
        """Adds an arm (a new prompt, a new configuration); returns its index."""
        answer = self._call("addArm")
        self.arms = answer["arms"]
        return answer["arm"]

    def state_dict(self):
        """The policy's snapshot (format ``allot-policy``): JSON-serialisable, for your checkpoint."""
        return self._call("snapshot")["state"]

    def load_state_dict(self, state):
        """Continues from a snapshot exactly where it was taken."""
        answer = self._client.call("policy.restore", state=state)
        old, self._handle = self._handle, answer["handle"]
        if old is not None:
            self._client.call("close", handle=old)
        self.name, self.arms = answer["policy"], answer["arms"]
