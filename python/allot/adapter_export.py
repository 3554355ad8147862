"""The trained adapter at its allocated ranks, as a plain PEFT LoRA adapter that loads without Allot.

During training every matrix keeps PEFT's ``r`` slots and the pruned ones are held at zero, so
``model.save_pretrained`` writes ``r`` slots everywhere and a loaded model computes them all. This
writes what the allocation decided instead: each matrix's active components only, its rank in
``rank_pattern`` and the alpha that keeps PEFT's scale in ``alpha_pattern``, so
``PeftModel.from_pretrained`` builds a model with the same outputs at the allocated ranks (PEFT's AdaLoRA
trims its saved adapter the same way). AdaLoRA layers become plain LoRA ones: A ← E ⊙ A.
"""

import math
import os

import torch

from .errors import AllotInputError

WEIGHTS = "adapter_model.safetensors"


def _scale(module, adapter):
    """The factor PEFT multiplies the layer's B·A by, read from the layer itself (so set_scale and rsLoRA count)."""
    if hasattr(module, "lora_E") and adapter in module.lora_E:
        return float(module.scaling[adapter]) / (float(module.ranknum[adapter]) + 1e-5)
    return float(module.scaling[adapter])


def _alpha(scale, rank, rslora):
    """The lora_alpha that gives ``scale`` at ``rank`` under PEFT's rule (alpha / r, or alpha / √r)."""
    return scale * (math.sqrt(rank) if rslora else rank)


def compact_adapter(model, matrices, adapter):
    """(config, tensors) of a LoRA adapter holding only the active components of ``matrices`` (``_Matrix``)."""
    from peft import LoraConfig, get_peft_model_state_dict

    config = model.peft_config[adapter]
    adalora = any(m.E is not None for m in matrices)
    state = {key: value.detach() for key, value in get_peft_model_state_dict(model, adapter_name=adapter).items()}
    rslora = bool(getattr(config, "use_rslora", False)) and not adalora
    ranks, alphas = {}, {}
    for matrix in matrices:
        prefix = f"base_model.model.{matrix.name}"
        a_key, b_key = (f"{prefix}.lora_A", f"{prefix}.lora_B") if adalora else (f"{prefix}.lora_A.weight", f"{prefix}.lora_B.weight")
        if a_key not in state or b_key not in state:
            raise AllotInputError(f"PEFT's state dict has no {a_key}: this PEFT version names adapter tensors differently", path="model")
        for key in (a_key, b_key, f"{prefix}.lora_E", f"{prefix}.ranknum"):
            state.pop(key, None)
        active = torch.nonzero(matrix.mask, as_tuple=True)[0]
        # A matrix switched off entirely is left out, unless the layer carries more than A and B (DoRA's
        # magnitude, lora_bias): then it keeps one zero component, so what it carries still applies.
        carries = any(key.startswith(f"{prefix}.") for key in state)
        if len(active) == 0 and not carries:
            continue
        rank = max(len(active), 1)
        weight_a = matrix.A.detach() if matrix.E is None else (matrix.A * matrix.E).detach()
        a = torch.zeros(rank, matrix.input, dtype=weight_a.dtype, device=weight_a.device)
        b = torch.zeros(matrix.output, rank, dtype=matrix.B.dtype, device=matrix.B.device)
        a[:len(active)] = weight_a[active]
        b[:, :len(active)] = matrix.B.detach()[:, active]
        state[f"{prefix}.lora_A.weight"], state[f"{prefix}.lora_B.weight"] = a, b
        ranks[matrix.name] = rank
        alphas[matrix.name] = _alpha(_scale(matrix.module, adapter), rank, rslora)
    if not ranks:
        raise AllotInputError("every adapted matrix has rank 0: there is no adapter to save", path="ranks")
    # LoRA layers the allocator does not manage (an embedding's, a convolution's) keep their rank and
    # alpha, or the loaded model would silently lack them.
    for name, rank, alpha in _unmanaged_layers(model, {m.name for m in matrices}, adapter):
        if adalora:
            raise AllotInputError(f"{name}: an AdaLoRA model with a LoRA layer the allocator does not manage cannot be "
                                  "written as one LoRA adapter", path="model")
        ranks[name], alphas[name] = rank, alpha

    fields = {"r": max(ranks.values()), "lora_alpha": alphas[max(ranks, key=ranks.get)], "target_modules": sorted(ranks),
              "rank_pattern": ranks, "alpha_pattern": alphas, "use_rslora": rslora, "lora_dropout": config.lora_dropout,
              "fan_in_fan_out": config.fan_in_fan_out, "bias": config.bias, "modules_to_save": config.modules_to_save,
              "task_type": config.task_type, "base_model_name_or_path": config.base_model_name_or_path,
              "revision": config.revision, "inference_mode": True}
    if not adalora:
        fields.update(use_dora=config.use_dora, lora_bias=config.lora_bias)
    # Every field not set here (init, layer selection, exclusions) describes how PEFT chose or initialised
    # the layers; the explicit module list and the saved weights replace it.
    compact = LoraConfig(**fields)
    return compact, {key: value.to("cpu").contiguous() for key, value in state.items()}


def _unmanaged_layers(model, managed, adapter):
    """(name, r, lora_alpha) of every PEFT LoRA layer of ``adapter`` that is not in ``managed``."""
    from peft.tuners.lora import LoraLayer

    for name, module in model.named_modules():
        name = name.removeprefix("base_model.model.")
        if isinstance(module, LoraLayer) and adapter in module.r and name not in managed:
            yield name, module.r[adapter], module.lora_alpha[adapter]


def save_compact_adapter(model, matrices, adapter, path):
    """Writes ``adapter_config.json`` and ``adapter_model.safetensors`` (PEFT's file names) into ``path``;
    the weights go through a temporary file and a rename, so an interrupted save leaves no half file."""
    from safetensors.torch import save_file

    config, tensors = compact_adapter(model, matrices, adapter)
    os.makedirs(path, exist_ok=True)
    config.save_pretrained(path)
    temporary = os.path.join(path, f".{WEIGHTS}.partial")
    save_file(tensors, temporary, metadata={"format": "pt"})
    os.replace(temporary, os.path.join(path, WEIGHTS))
    return config
