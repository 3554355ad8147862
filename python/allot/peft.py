"""LoRA rank allocation on a real PEFT model: each adapted matrix's rank follows how much it matters,
under a parameter budget, with Allot choosing the pattern (docs/python.md, docs/ranks.md).

Works on plain ``LoraConfig`` models (a component k of a matrix is row k of ``lora_A`` and column k of
``lora_B``) and on AdaLoRA layers (component k is ``lora_E[k]`` with its rows of ``lora_A`` and
``lora_B``). Sensitivities are computed in torch on the model's device and accumulated between calls,
so the service sees one request per reallocation point, not one per step. Pruned components are held
at exactly zero after every optimizer step, with their gradients and optimizer moments cleared, so
nothing revives them; :meth:`RankAllocator.check` raises if the model and Allot ever disagree.
"""

import math

import torch

from ._client import Handle, client as default_client, request
from .errors import AllotInputError, AllotRuntimeError


class _Matrix:
    """One adapted matrix of the model: its LoRA tensors and its active-component mask."""

    def __init__(self, name, module, adapter):
        self.name = name
        self.module = module
        if hasattr(module, "lora_E") and adapter in module.lora_E:
            self.kind = "adalora"
            self.A = module.lora_A[adapter]
            self.B = module.lora_B[adapter]
            self.E = module.lora_E[adapter]
        else:
            self.kind = "lora"
            layer_a, layer_b = module.lora_A[adapter], module.lora_B[adapter]
            if not isinstance(layer_a, torch.nn.Linear) or not isinstance(layer_b, torch.nn.Linear):
                raise TypeError(f"{name}: only Linear LoRA layers are supported, got {type(layer_a).__name__}")
            self.A = layer_a.weight
            self.B = layer_b.weight
            self.E = None
        self.slots = self.A.shape[0]
        self.input = self.A.shape[1]
        self.output = self.B.shape[0]
        self.mask = torch.ones(self.slots, dtype=self.A.dtype, device=self.A.device)
        self.total = torch.zeros(self.slots, dtype=torch.float64, device=self.A.device)

    @property
    def parameters(self):
        return [p for p in (self.A, self.B, self.E) if p is not None]

    @torch.no_grad()
    def sensitivity(self):
        """s_k = mean_j |A_kj ∂A_kj| + mean_j |B_jk ∂B_jk| (+ |E_k ∂E_k| for AdaLoRA), 0 where inactive."""
        if self.A.grad is None or self.B.grad is None:
            return None
        score = (self.A * self.A.grad).abs().mean(1) + (self.B * self.B.grad).abs().mean(0)
        if self.E is not None and self.E.grad is not None:
            score = score + (self.E * self.E.grad).abs().squeeze(1)
        return score * self.mask

    @torch.no_grad()
    def mask_gradients(self):
        if self.A.grad is not None:
            self.A.grad.mul_(self.mask[:, None])
        if self.B.grad is not None:
            self.B.grad.mul_(self.mask[None, :])
        if self.E is not None and self.E.grad is not None:
            self.E.grad.mul_(self.mask[:, None])

    @torch.no_grad()
    def enforce(self, optimizer):
        """Holds inactive components at zero: weights and, when given, the optimizer's moments."""
        if self.E is not None:
            self.E.mul_(self.mask[:, None])
            tensors = [(self.E, self.mask[:, None])]
        else:
            self.A.mul_(self.mask[:, None])
            self.B.mul_(self.mask[None, :])
            tensors = [(self.A, self.mask[:, None]), (self.B, self.mask[None, :])]
        if optimizer is not None:
            for parameter, mask in tensors:
                for value in optimizer.state.get(parameter, {}).values():
                    if torch.is_tensor(value) and value.shape == parameter.shape:
                        value.mul_(mask)

    @torch.no_grad()
    def activate(self, slots, generator):
        """Turns on new slots: a plain LoRA slot restarts as PEFT initialises one (A row like nn.Linear's
        Kaiming-uniform, B column 0, so the function does not change); an AdaLoRA slot restarts at E = 0."""
        for k in slots:
            if self.E is None:
                bound = 1 / math.sqrt(self.input)
                row = torch.empty(self.input, dtype=torch.float32).uniform_(-bound, bound, generator=generator)
                self.A[k].copy_(row.to(self.A.dtype))
                self.B[:, k].zero_()
            else:
                self.E[k].zero_()

    def violations(self):
        """Inactive components that are not exactly zero (what a revived slot looks like)."""
        inactive = self.mask == 0
        if not bool(inactive.any()):
            return 0
        if self.E is not None:
            return int((self.E[inactive] != 0).sum())
        return int((self.A[inactive] != 0).any(1).sum() + (self.B[:, inactive] != 0).any(0).sum())


def lora_matrices(model, adapter_name="default"):
    """The adapted matrices of a PEFT model, in module order: (name, module) pairs."""
    found = []
    for name, module in model.named_modules():
        lora_a = getattr(module, "lora_A", None)
        if isinstance(lora_a, (torch.nn.ModuleDict, torch.nn.ParameterDict)) and adapter_name in lora_a:
            found.append((name.removeprefix("base_model.model."), module))
    if not found:
        raise ValueError(f"the model has no LoRA layers with adapter {adapter_name!r}: wrap it with peft.get_peft_model first")
    return found


class RankAllocator(Handle):
    """Allot's rank allocation on a PEFT model under a budget of ``average_rank`` components per matrix
    (counted in parameters: a component of a matrix costs its input + output width).

    In a plain loop call :meth:`step` after every ``optimizer.step()`` (before ``zero_grad``); under
    ``transformers.Trainer`` add :class:`allot.hf.RankCallback` instead. ``allocator`` is
    ``bandit-knapsack`` (Allot's), ``adalora``, ``elastic`` or ``uniform``; the schedule is AdaLoRA's:
    no reallocation for ``warmup_steps``, one every ``interval`` steps, the pattern fixed for the last
    ``final_steps``.
    """

    kind = "ranks"

    def __init__(self, model, total_steps, average_rank=4, allocator="bandit-knapsack", warmup_steps=None,
                 final_steps=None, interval=100, seed=0, optimizer=None, adapter_name="default", client=None, **params):
        client = client or default_client()
        matrices = [_Matrix(name, module, adapter_name) for name, module in lora_matrices(model, adapter_name)]
        # A matrix whose LoRA tensors the user froze cannot learn: it is left as it is and its share of
        # the budget goes to the matrices that train.
        self.frozen = [m.name for m in matrices if not any(p.requires_grad for p in m.parameters)]
        self.matrices = [m for m in matrices if m.name not in self.frozen]
        if not self.matrices:
            raise AllotInputError(f"every LoRA matrix of adapter {adapter_name!r} is frozen (requires_grad=False): nothing to allocate",
                                  exit_class=2, path="model")
        self.model, self.adapter_name = model, adapter_name
        self.optimizer = optimizer
        self.seed = seed
        self._generator = torch.Generator().manual_seed(seed)
        matrices = [{"name": m.name, "input": m.input, "output": m.output, "maxRank": m.slots} for m in self.matrices]
        answer = client.call("ranks.create", **request(matrices=matrices, totalSteps=total_steps, averageRank=average_rank,
                                                       allocator=allocator, interval=interval, seed=seed, warmupSteps=warmup_steps,
                                                       finalSteps=final_steps, parameters=params or None))
        super().__init__(client, answer["handle"])
        self._refuse_live_pruned_slots(answer)
        self.schedule = answer["schedule"]
        self._observed = 0
        self._with_gradients = 0   # accumulations that found LoRA gradients (none: step came after zero_grad)
        # Passes whose sensitivities were all finite, and the others (an fp16 overflow: the scaler skipped
        # that optimizer step, so the allocation skips it too). Tensors, so no step waits for the device.
        device = self.matrices[0].A.device
        self._finite = torch.zeros((), dtype=torch.float64, device=device)
        self._overflowed = torch.zeros((), dtype=torch.float64, device=device)
        # With every matrix on one device (the usual case) the totals are views of one buffer, so a step
        # adds every matrix's sensitivities in one kernel rather than two per matrix.
        self._flat = None
        if len({m.A.device for m in self.matrices}) == 1:
            self._flat = torch.zeros(sum(m.slots for m in self.matrices), dtype=torch.float64, device=device)
            offset = 0
            for matrix in self.matrices:
                matrix.total = self._flat[offset:offset + matrix.slots]
                offset += matrix.slots
        self._accumulated_step = None
        self._apply(answer)

    @torch.no_grad()
    def _refuse_live_pruned_slots(self, answer):
        """The first pattern switches slots off; a slot that already carries part of the function (B's column
        not zero: PiSSA, OLoRA, LoftQ or CorDA initialisation moves the base weight's top components into
        the adapter) would change the model when zeroed. Refused, instead of silently changing it."""
        live = []
        for matrix in self.matrices:
            off = sorted(set(range(matrix.slots)) - set(answer["active"][matrix.name]))
            if not off:
                continue
            carried = matrix.E[off] if matrix.E is not None else matrix.B[:, off]
            if bool((carried != 0).any()):
                live.append(matrix.name)
        if live:
            self.close()
            raise AllotInputError(
                f"{len(live)} adapted matrices ({live[0]}{', ...' if len(live) > 1 else ''}) have components that already change the "
                "model (their lora_B columns are not zero), so switching them off would change its outputs: the LoRA layers were "
                "initialised from the base weights (init_lora_weights='pissa', 'olora', 'loftq', 'corda', ...) or trained before. "
                "Rank allocation starts from adapters that are zero: use init_lora_weights=True (PEFT's default) or 'gaussian'; "
                "to resume, create the allocator on the fresh model, then load the adapter weights and its load_state_dict",
                exit_class=2, path="init_lora_weights")

    # -- the training loop ------------------------------------------------------------------------------

    @torch.no_grad()
    def accumulate(self, step=None):
        """Adds this backward pass's sensitivities (call after backward, before the optimizer step, or let
        :meth:`step` do it) and clears inactive components' gradients."""
        scores = [matrix.sensitivity() for matrix in self.matrices]
        found = any(score is not None for score in scores)
        if found:
            finite = self._add(scores)
            self._finite.add_(finite)
            self._overflowed.add_(~finite)
        for matrix in self.matrices:
            matrix.mask_gradients()
        self._observed += 1
        self._with_gradients += found
        self._accumulated_step = step

    def _add(self, scores):
        """Adds a pass's sensitivities to the totals unless one is not finite; returns whether all were
        (a 0-d tensor, so no step waits for the device). One kernel over the shared buffer when every
        matrix has a score and they share a device, else matrix by matrix."""
        if self._flat is not None and all(score is not None for score in scores):
            flat = torch.cat(scores).to(torch.float64)
            finite = torch.isfinite(flat).all()
            self._flat.add_(torch.where(finite, flat, 0.0))
            return finite
        pairs = [(matrix, score.to(torch.float64)) for matrix, score in zip(self.matrices, scores) if score is not None]
        finite = torch.stack([torch.isfinite(score).all().to(self._finite.device) for _, score in pairs]).all()
        for matrix, score in pairs:
            matrix.total.add_(torch.where(finite.to(score.device), score, 0.0))
        return finite

    def step(self, step, optimizer=None):
        """After ``optimizer.step()`` at training step ``step`` (0-based): holds pruned components at zero
        and, once a reallocation point has passed, sends the accumulated sensitivities and applies the
        pattern Allot returns. Returns True when the pattern changed."""
        optimizer = optimizer or self.optimizer
        if self._accumulated_step != step:
            # A plain loop: the optimizer has already used unmasked gradients, so hold the pattern by hand.
            # (After `accumulate` masked them, inactive weights and moments stay exactly zero by themselves.)
            self.accumulate(step)
            for matrix in self.matrices:
                matrix.enforce(optimizer)
        changed = False
        if self.next is not None and step >= self.next:
            if self._observed and not self._with_gradients:
                raise AllotRuntimeError(f"no LoRA layer had a gradient in the {self._observed} steps up to step {step}: call step() after "
                                        "optimizer.step() and before optimizer.zero_grad() (which sets gradients to None), "
                                        "or the allocation would be made from no information")
            observed = int(self._finite.item())
            if observed == 0:
                return False        # every pass since the last point overflowed: decide at the next finite one
            sensitivities = {m.name: (m.total / observed).tolist() for m in self.matrices}
            answer = self._call("step", step=step, sensitivities=sensitivities)
            for matrix in self.matrices:
                matrix.total.zero_()
            self._observed = self._with_gradients = 0
            self._finite.zero_()
            changed = self._apply(answer, optimizer)
            self.check()
        return changed

    # -- the pattern ------------------------------------------------------------------------------------

    def _apply(self, answer, optimizer=None):
        self.answer = answer
        self.next = answer["next"]
        self.ranks = answer["ranks"]
        self.budget = answer["budget"]
        self.reported_parameters = answer["parameters"]
        changed = False
        for matrix in self.matrices:
            active = answer["active"][matrix.name]
            mask = torch.zeros(matrix.slots, dtype=matrix.mask.dtype)
            mask[active] = 1
            mask = mask.to(matrix.mask.device)
            added = [k for k in active if matrix.mask[k] == 0]
            if added or not torch.equal(mask, matrix.mask):
                changed = True
                matrix.mask = mask
                matrix.activate(added, self._generator)
                matrix.enforce(optimizer)
                if optimizer is not None and added:
                    self._clear_moments(matrix, added, optimizer)
        return changed

    @torch.no_grad()
    def _clear_moments(self, matrix, slots, optimizer):
        for parameter in matrix.parameters:
            for value in optimizer.state.get(parameter, {}).values():
                if torch.is_tensor(value) and value.shape == parameter.shape:
                    if parameter is matrix.B:
                        value[:, slots] = 0
                    else:
                        value[slots] = 0

    @property
    def overflowed_passes(self):
        """Backward passes left out of the allocation because a sensitivity was not finite (an fp16 step
        whose gradients overflowed, which the gradient scaler skipped too)."""
        return int(self._overflowed.item())

    def active_parameters(self):
        """Adapter parameters of active components in the model: Σ active components × (input + output)."""
        return int(sum(int(m.mask.sum()) * (m.input + m.output) for m in self.matrices))

    def check(self):
        """Raises unless the model holds exactly the pattern Allot reported: inactive components at zero,
        and the active parameter count equal to Allot's (never above the budget)."""
        revived = {m.name: m.violations() for m in self.matrices}
        revived = {name: count for name, count in revived.items() if count}
        if revived:
            raise AllotRuntimeError(f"pruned components are no longer zero in {revived}: something updated them outside the optimizer step")
        count = self.active_parameters()
        if count != self.reported_parameters or count > self.budget:
            raise AllotRuntimeError(f"the model has {count} active adapter parameters, Allot reported {self.reported_parameters} "
                                    f"(budget {self.budget})")

    def save_adapter(self, path):
        """Writes the adapter at its allocated ranks to the folder ``path`` as a plain PEFT LoRA adapter:
        each matrix's active components only, its rank in ``rank_pattern`` and the alpha that keeps PEFT's
        scale in ``alpha_pattern``; a matrix at rank 0 is left out. ``PeftModel.from_pretrained(base, path)``
        loads it without Allot and gives the trained model's outputs. Returns the ``LoraConfig`` written."""
        from .adapter_export import save_compact_adapter

        self.check()
        return save_compact_adapter(self.model, self.matrices, self.adapter_name, path)

    # -- checkpoints -------------------------------------------------------------------------------------

    FORMAT = "allot-peft-ranks"
    VERSION = 1

    def state_dict(self):
        """Allot's allocator state, the masks' source, the accumulated sensitivities and the seed stream
        (format ``allot-peft-ranks``, version 1; docs/formats.md)."""
        return {"format": self.FORMAT, "version": self.VERSION, "ranks": self._call("snapshot")["state"], "observed": int(self._finite.item()),
                "totals": {m.name: m.total.tolist() for m in self.matrices},
                "generator": self._generator.get_state().tolist(), "answer": self.answer}

    def load_state_dict(self, state):
        """Restores a :meth:`state_dict`; a document of another format, version or model is refused."""
        if not isinstance(state, dict) or state.get("format") != self.FORMAT:
            raise AllotInputError(f"not an {self.FORMAT} document (format: {state.get('format') if isinstance(state, dict) else type(state).__name__!r})",
                                  exit_class=2, path="format")
        if state.get("version") != self.VERSION:
            raise AllotInputError(f"{self.FORMAT} version {state.get('version')!r}: this package reads version {self.VERSION}", exit_class=2, path="version")
        missing = [key for key in ("ranks", "observed", "totals", "generator", "answer") if key not in state]
        if missing:
            raise AllotInputError(f"{self.FORMAT}: missing {', '.join(missing)}", exit_class=2, path=missing[0])
        names = sorted(m.name for m in self.matrices)
        if sorted(state["totals"]) != names or sorted(state["answer"].get("active", {})) != names:
            raise AllotInputError(f"{self.FORMAT}: the document describes other matrices than this model's", exit_class=2, path="totals")
        for matrix in self.matrices:
            if len(state["totals"][matrix.name]) != matrix.slots:
                raise AllotInputError(f"{self.FORMAT}: totals.{matrix.name} has {len(state['totals'][matrix.name])} slots, the model {matrix.slots}",
                                      exit_class=2, path=f"totals.{matrix.name}")
        answer = self._client.call("ranks.restore", state=state["ranks"])
        old, self._handle = self._handle, answer["handle"]
        if old is not None:
            self._client.call("close", handle=old)
        self._observed = self._with_gradients = state["observed"]
        self._finite.fill_(state["observed"])
        for matrix in self.matrices:
            matrix.total.copy_(torch.tensor(state["totals"][matrix.name], dtype=torch.float64))
        self._generator.set_state(torch.tensor(state["generator"], dtype=torch.uint8))
        saved = dict(state["answer"])
        for matrix in self.matrices:
            mask = torch.zeros(matrix.slots, dtype=matrix.mask.dtype)
            mask[saved["active"][matrix.name]] = 1
            matrix.mask = mask.to(matrix.mask.device)
        self.answer, self.next, self.ranks = saved, saved["next"], saved["ranks"]
        self.budget, self.reported_parameters = saved["budget"], saved["parameters"]
