"""Rank allocation on real PEFT models (tiny BERTs built from a config: random weights, no download)."""

import pytest
import torch
from peft import AdaLoraConfig, LoraConfig, get_peft_model
from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments

import allot
import allot.hf
import allot.peft

CONFIG = dict(vocab_size=64, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
              max_position_embeddings=32)
TARGETS = ["query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense"]


def tiny_bert(seed=0):
    torch.manual_seed(seed)
    return BertForSequenceClassification(BertConfig(**CONFIG))


class Tokens(torch.utils.data.Dataset):
    """Sequences whose label is whether the first token is in the upper half of the vocabulary."""

    def __init__(self, count=256, seed=1):
        generator = torch.Generator().manual_seed(seed)
        self.ids = torch.randint(1, 64, (count, 16), generator=generator)
        self.labels = (self.ids[:, 0] > 32).long()

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, i):
        return {"input_ids": self.ids[i], "labels": self.labels[i]}


class Checked(allot.hf.RankCallback):
    """The callback, plus the invariant after every optimizer step: the model holds exactly the pattern
    Allot reported, within the budget."""

    history = None

    def on_optimizer_step(self, args, state, control, **kwargs):
        super().on_optimizer_step(args, state, control, **kwargs)
        self.allocator.check()
        assert self.allocator.active_parameters() <= self.allocator.budget
        (self.history if self.history is not None else []).append(dict(self.allocator.ranks))


def lora_model(seed=0):
    return get_peft_model(tiny_bert(seed), LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS))


def trainer(model, callback, folder, steps=30, save_steps=None):
    args = TrainingArguments(output_dir=str(folder), max_steps=steps, per_device_train_batch_size=16, learning_rate=5e-3,
                             report_to=[], save_steps=save_steps or steps, save_strategy="steps", logging_steps=100,
                             use_cpu=True, seed=0, disable_tqdm=True)
    return Trainer(model=model, args=args, train_dataset=Tokens(), callbacks=[callback])


def adapter_weights(model):
    return {name: value.detach().clone() for name, value in model.named_parameters() if "lora_" in name}


def test_the_rank_callback_keeps_the_budget_and_moves_ranks(tmp_path):
    model = lora_model()
    ranks = allot.peft.RankAllocator(model, total_steps=30, average_rank=2, warmup_steps=4, final_steps=6, interval=4)
    assert len(ranks.matrices) == 12 and all(m.slots == 6 for m in ranks.matrices)
    callback = Checked(ranks)
    callback.history = []
    trainer(model, callback, tmp_path).train()
    assert len(callback.history) == 30
    assert callback.history[0] == {m.name: 2 for m in ranks.matrices}     # uniform at r̄ = 2 before warmup ends
    assert callback.history[-1] != callback.history[0]                      # ranks moved
    assert ranks.active_parameters() == ranks.reported_parameters <= ranks.budget
    assert callback.history[-1] == callback.history[-6]                     # fixed in the final phase


def test_a_checkpointed_run_resumes_identically(tmp_path):
    reference = lora_model()
    ranks = allot.peft.RankAllocator(reference, total_steps=30, average_rank=2, warmup_steps=4, final_steps=6, interval=4)
    trainer(reference, Checked(ranks), tmp_path / "a", save_steps=15).train()

    resumed = lora_model()
    again = allot.peft.RankAllocator(resumed, total_steps=30, average_rank=2, warmup_steps=4, final_steps=6, interval=4)
    trainer(resumed, Checked(again), tmp_path / "a", save_steps=15).train(resume_from_checkpoint=str(tmp_path / "a" / "checkpoint-15"))

    assert again.ranks == ranks.ranks
    expected, got = adapter_weights(reference), adapter_weights(resumed)
    for name in expected:
        torch.testing.assert_close(got[name], expected[name], rtol=0, atol=0, msg=name)


def train_checked(ranks, optimizer, loss, steps=40):
    """A plain loop: backward, optimizer step, then `ranks.step` before `zero_grad`, with `check()` after
    every step. Returns how many steps changed the pattern."""
    changes = 0
    for step in range(steps):
        loss(step).backward()
        optimizer.step()
        changes += ranks.step(step)
        optimizer.zero_grad()
        ranks.check()
    return changes


def test_adalora_layers_in_a_plain_loop_never_revive():
    """AdaLoRA layers, driven by hand: `step` after every optimizer step. AdamW would revive a zeroed λ
    on the next step (its moments and the gradient through P and Q are not zero); the helper clears
    them, and `check` would raise if anything were revived."""
    model = get_peft_model(tiny_bert(), AdaLoraConfig(init_r=6, target_r=2, total_step=40, target_modules=TARGETS))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    ranks = allot.peft.RankAllocator(model, total_steps=40, average_rank=2, allocator="adalora", warmup_steps=5,
                                     final_steps=10, interval=5, optimizer=optimizer)
    assert all(m.kind == "adalora" for m in ranks.matrices)
    data = Tokens()

    def loss(step):
        batch = data[slice(16 * (step % 16), 16 * (step % 16) + 16)]
        return model(input_ids=batch["input_ids"], labels=batch["labels"]).loss

    assert train_checked(ranks, optimizer, loss) > 0
    assert ranks.active_parameters() == ranks.reported_parameters <= ranks.budget
    # A revived component is caught.
    pruned = next(m for m in ranks.matrices if (m.mask == 0).any())
    with torch.no_grad():
        pruned.E[int((pruned.mask == 0).nonzero()[0])] = 0.5
    with pytest.raises(allot.AllotRuntimeError, match="no longer zero"):
        ranks.check()


def train(model, learning_rate, steps=40):
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=learning_rate)
    data = Tokens()
    for step in range(steps):
        batch = data[slice(16 * (step % 16), 16 * (step % 16) + 16)]
        model(input_ids=batch["input_ids"], labels=batch["labels"]).loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    return model


def adapter_change(model):
    """‖ΔW‖ over every adapted matrix: how far the adapters moved the model's weights."""
    total = 0.0
    for _, module in allot.peft.lora_matrices(model):
        with torch.no_grad():
            if hasattr(module, "lora_E") and "default" in module.lora_E:
                delta = module.lora_B["default"] @ (module.lora_A["default"] * module.lora_E["default"]) \
                    * module.scaling["default"] / (module.ranknum["default"] + 1e-5)
            else:
                delta = module.lora_B["default"].weight @ module.lora_A["default"].weight * module.scaling["default"]
        total += float(delta.norm()) ** 2
    return total ** 0.5


def adalora_model():
    return get_peft_model(tiny_bert(), AdaLoraConfig(init_r=6, target_r=6, total_step=40, target_modules=TARGETS, orth_reg_weight=0))


def test_the_recommended_learning_rates():
    """docs/python.md: AdaLoRA layers start with λ = 0 and P, Q ~ N(0, 0.02²), plain LoRA with B = 0 and A
    Kaiming-uniform, so under AdamW (steps of about the learning rate per parameter) AdaLoRA moves the
    weights far less at the same rate and needs about 10× plain LoRA's (PEFT's defaults otherwise)."""
    plain = adapter_change(train(lora_model(), 1e-3))
    same = adapter_change(train(adalora_model(), 1e-3))
    tenfold = adapter_change(train(adalora_model(), 1e-2))
    assert same < plain / 20
    assert plain / 10 < tenfold < plain * 20


def test_a_rank_checkpoint_of_another_model_or_format_is_refused():
    model = lora_model()
    ranks = allot.peft.RankAllocator(model, total_steps=30, average_rank=2, warmup_steps=4, final_steps=6, interval=4)
    state = ranks.state_dict()
    assert state["format"] == "allot-peft-ranks" and state["version"] == 1
    for broken, path in [({**state, "format": "other"}, "format"), ({**state, "version": 2}, "version"),
                         ({k: v for k, v in state.items() if k != "totals"}, "totals"),
                         ({**state, "totals": {**state["totals"], "extra": [0.0]}}, "totals")]:
        with pytest.raises(allot.AllotInputError) as error:
            ranks.load_state_dict(broken)
        assert error.value.path == path
    wrong_slots = {**state, "totals": {name: values[:-1] for name, values in state["totals"].items()}}
    with pytest.raises(allot.AllotInputError):
        ranks.load_state_dict(wrong_slots)
    ranks.load_state_dict(state)      # the real one still loads


def tiny_gpt2():
    from transformers import GPT2Config, GPT2LMHeadModel
    torch.manual_seed(0)
    return GPT2LMHeadModel(GPT2Config(vocab_size=64, n_embd=32, n_layer=2, n_head=2, n_positions=32, bos_token_id=0, eos_token_id=0))


def causal_lm(kind):
    """Tiny causal LMs of the two other families users adapt: GPT-2 (its projections are transformers'
    Conv1D, stored transposed: PEFT sets fan_in_fan_out) and Llama (grouped-query attention, gated MLP)."""
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    if kind == "gpt2":
        return get_peft_model(tiny_gpt2(), LoraConfig(r=6, lora_alpha=12, target_modules=["c_attn", "c_proj", "c_fc"],
                                               fan_in_fan_out=True))
    base = LlamaForCausalLM(LlamaConfig(vocab_size=64, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                                        num_key_value_heads=1, intermediate_size=64, max_position_embeddings=32))
    return get_peft_model(base, LoraConfig(r=6, lora_alpha=12, target_modules="all-linear"))


@pytest.mark.parametrize("kind", ["gpt2", "llama"])
def test_causal_lms_of_other_families_keep_the_budget(kind):
    """Matrices of unequal shapes (GPT-2's fused QKV is 32 → 96, Llama's K/V 32 → 16): every component's
    cost is its own input + output, and the budget holds while ranks move."""
    model = causal_lm(kind)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-3)
    ranks = allot.peft.RankAllocator(model, total_steps=40, average_rank=2, warmup_steps=5, final_steps=10, interval=5,
                                     optimizer=optimizer)
    shapes = {(m.input, m.output) for m in ranks.matrices}
    assert len(shapes) >= 3, shapes
    ids = torch.randint(0, 64, (8, 16), generator=torch.Generator().manual_seed(2))
    assert train_checked(ranks, optimizer, lambda step: model(input_ids=ids, labels=ids).loss) > 0
    assert ranks.active_parameters() == ranks.reported_parameters <= ranks.budget


def test_step_after_zero_grad_is_refused_not_allocated_from_nothing():
    """`zero_grad()` sets gradients to None (torch's default); a loop that calls `step` after it would
    reallocate from no sensitivities at all. It is told so at the first reallocation point."""
    model = causal_lm("gpt2")
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-3)
    ranks = allot.peft.RankAllocator(model, total_steps=40, average_rank=2, warmup_steps=5, final_steps=10, interval=5,
                                     optimizer=optimizer)
    first = ranks.next
    ids = torch.randint(0, 64, (8, 16), generator=torch.Generator().manual_seed(2))
    with pytest.raises(allot.AllotRuntimeError, match="before optimizer.zero_grad"):
        for step in range(40):
            model(input_ids=ids, labels=ids).loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            ranks.step(step)
    assert step == first    # the first reallocation point, not the end of training


@pytest.mark.parametrize("init", ["pissa", "olora"])
def test_adapters_initialised_from_the_base_weights_are_refused_not_silently_cut(init):
    """PiSSA and OLoRA move the base weight's top components into the adapter (lora_B is not zero), so
    the first pattern would change the model's outputs by switching them off. Refused, naming the
    option; PEFT's default initialisation leaves the outputs exactly as they were."""
    ids = torch.randint(1, 64, (2, 16), generator=torch.Generator().manual_seed(2))
    model = get_peft_model(tiny_bert(), LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS, init_lora_weights=init)).eval()
    with torch.no_grad():
        before = model(input_ids=ids).logits.clone()
    with pytest.raises(allot.AllotInputError, match="init_lora_weights=True") as error:
        allot.peft.RankAllocator(model, total_steps=40, average_rank=2, warmup_steps=5, final_steps=10, interval=5)
    assert error.value.path == "init_lora_weights"
    with torch.no_grad():
        assert torch.equal(model(input_ids=ids).logits, before)
    plain = lora_model().eval()
    with torch.no_grad():
        before = plain(input_ids=ids).logits.clone()
    allot.peft.RankAllocator(plain, total_steps=40, average_rank=2, warmup_steps=5, final_steps=10, interval=5)
    with torch.no_grad():
        assert torch.equal(plain(input_ids=ids).logits, before)


def exported_model(kind):
    """A model of each kind save_adapter handles, trained in a plain loop, with the allocator: plain LoRA;
    DoRA with rsLoRA's scale (whose matrices at rank 0 still carry a trained magnitude); AdaLoRA layers;
    GPT-2's transposed Conv1D projections; a LoRA layer on the embeddings, which the allocator does not
    manage and the saved adapter must keep as it is."""
    if kind == "gpt2":
        model, base = causal_lm("gpt2"), tiny_gpt2
    else:
        config = {"lora": LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS, task_type="SEQ_CLS"),
                  "dora-rslora": LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS, task_type="SEQ_CLS", use_dora=True,
                                            use_rslora=True),
                  "embedding": LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS + ["word_embeddings"], task_type="SEQ_CLS"),
                  "adalora": AdaLoraConfig(init_r=6, target_r=2, total_step=40, target_modules=TARGETS, task_type="SEQ_CLS")}[kind]
        model, base = get_peft_model(tiny_bert(), config), tiny_bert
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-2)
    ranks = allot.peft.RankAllocator(model, total_steps=40, average_rank=2, warmup_steps=4, final_steps=6, interval=4,
                                     optimizer=optimizer, allocator="bandit-knapsack" if kind in ("lora", "embedding") else "adalora")
    data = Tokens()
    batch = lambda step: slice(step * 16 % 256, step * 16 % 256 + 16)
    if kind == "gpt2":
        loss = lambda step: model(input_ids=data.ids[batch(step)], labels=data.ids[batch(step)]).loss
    else:
        loss = lambda step: model(input_ids=data.ids[batch(step)], labels=data.labels[batch(step)]).loss
    train_checked(ranks, optimizer, loss)
    return model, ranks, base


@pytest.mark.parametrize("kind", ["lora", "dora-rslora", "adalora", "gpt2", "embedding"])
def test_the_adapter_saved_at_its_allocated_ranks_loads_in_plain_peft_with_the_same_outputs(kind, tmp_path):
    """`save_adapter` writes only the active components, with PEFT's rank_pattern and the alpha_pattern
    that keeps each layer's scale; PeftModel.from_pretrained (no Allot involved) rebuilds a model at those
    ranks whose outputs are the trained model's, classifier head included."""
    from peft import PeftModel

    model, ranks, base = exported_model(kind)
    config = ranks.save_adapter(tmp_path / "compact")
    model.save_pretrained(tmp_path / "full")
    loaded = PeftModel.from_pretrained(base(), tmp_path / "compact").eval()
    model.eval()
    ids = Tokens(count=32, seed=5).ids
    with torch.no_grad():
        expected, got = model(input_ids=ids).logits, loaded(input_ids=ids).logits
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5)
    with torch.no_grad():
        untrained = base().eval()(input_ids=ids).logits
    assert (expected - untrained).abs().max() > 1e-3        # the adapter matters: the comparison is not vacuous

    loaded_ranks = {name.removeprefix("base_model.model.").removesuffix(".lora_A.default.weight"): value.shape[0]
                    for name, value in loaded.named_parameters() if name.endswith("lora_A.default.weight")}
    allocated = ranks.ranks
    assert min(allocated.values()) == 0 or kind not in ("adalora", "dora-rslora"), "the case meant to cover rank 0 has none"
    if kind == "dora-rslora":   # a matrix at rank 0 keeps one zero component: its trained magnitude still applies
        assert loaded_ranks == {name: max(rank, 1) for name, rank in allocated.items()}
    else:                       # a matrix at rank 0 is left out
        assert loaded_ranks == {name: rank for name, rank in allocated.items() if rank > 0}
    unmanaged = {"bert.embeddings.word_embeddings": 6} if kind == "embedding" else {}
    assert config.rank_pattern == {**loaded_ranks, **unmanaged}
    compact, full = ((tmp_path / folder / "adapter_model.safetensors").stat().st_size for folder in ("compact", "full"))
    assert compact < 0.7 * full
    assert not list((tmp_path / "compact").glob(".*partial"))


def overflow_run(overflow_steps, skip_backward=False, steps=24):
    """A plain loop on a tiny BERT without dropout, where the steps in ``overflow_steps`` overflow as an
    fp16 step does (the gradients are inf, the scaler skips the optimizer step) or, with
    ``skip_backward``, have no gradients at all. Returns the allocator, the final adapter and the steps
    at which the service was asked for a pattern."""
    torch.manual_seed(0)
    base = BertForSequenceClassification(BertConfig(**CONFIG, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0))
    model = get_peft_model(base, LoraConfig(r=6, lora_alpha=12, target_modules=TARGETS))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    ranks = allot.peft.RankAllocator(model, total_steps=steps, average_rank=2, warmup_steps=4, final_steps=4, interval=4,
                                     optimizer=optimizer)
    data, asked, last = Tokens(), [], ranks.answer
    for step in range(steps):
        batch = slice(step * 16 % 256, step * 16 % 256 + 16)
        model(input_ids=data.ids[batch], labels=data.labels[batch]).loss.backward()
        if step in overflow_steps:
            if skip_backward:
                optimizer.zero_grad()
            else:
                next(m for m in ranks.matrices).A.grad[0, 0] = float("inf")
        else:
            optimizer.step()
        ranks.step(step)
        optimizer.zero_grad()
        if ranks.answer is not last:
            asked.append(step)
            last = ranks.answer
    return ranks, adapter_weights(model), asked


def test_an_overflowed_fp16_step_is_left_out_of_the_allocation_not_a_crash():
    """Under fp16 a step whose gradients overflow is skipped by the gradient scaler; its sensitivities are
    inf. The allocator leaves that pass out (it used to send inf and stop training with an error at the
    next reallocation), so the run allocates exactly as one where that step had no gradients at all."""
    overflowed, weights, asked = overflow_run({5, 9})
    reference, expected, reference_asked = overflow_run({5, 9}, skip_backward=True)
    assert overflowed.overflowed_passes == 2 and reference.overflowed_passes == 0
    assert overflowed.ranks == reference.ranks and asked == reference_asked
    for name in expected:
        torch.testing.assert_close(weights[name], expected[name], rtol=0, atol=0, msg=name)


def test_an_interval_that_only_overflowed_postpones_the_reallocation():
    """Every pass between two reallocation points overflowed: nothing to allocate from, so the point
    waits for the next finite pass instead of allocating from zeros."""
    _, _, regular = overflow_run(set())
    ranks, _, asked = overflow_run({8, 9, 10, 11, 12, 13})
    assert ranks.overflowed_passes == 6
    assert 12 in regular and 12 not in asked and 14 in asked


@pytest.mark.parametrize("how", ["frozen", "off-path"])
def test_a_matrix_that_cannot_learn_takes_no_budget(how):
    """A LoRA matrix the user froze is not managed: it keeps its slots untouched and the budget is the
    others'. One off the loss's path (its gradients are always zero) is managed, and keeps rank 1 (the
    floor that keeps each arm observed): Allot's bandit-knapsack used to read its zero sensitivities as
    "never observed" and give it every slot at the first reallocation, budget taken from matrices that
    learn."""
    model = lora_model()
    frozen = "bert.encoder.layer.0.attention.self.query"
    if how == "frozen":
        for name, parameter in model.named_parameters():
            if f"{frozen}.lora_" in name:
                parameter.requires_grad_(False)
    else:
        layer = dict(model.named_modules())[f"base_model.model.{frozen}"]
        layer.register_forward_hook(lambda module, inputs, output: output.detach())   # nothing flows back through it
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    ranks = allot.peft.RankAllocator(model, total_steps=40, average_rank=2, warmup_steps=4, final_steps=4, interval=4,
                                     optimizer=optimizer)
    learning = [m for m in ranks.matrices if m.name != frozen]
    assert ranks.budget == 2 * sum(m.input + m.output for m in learning) + (0 if how == "frozen" else 2 * (32 + 32))
    data = Tokens()
    history = []
    for step in range(40):
        model(input_ids=data.ids[:16], labels=data.labels[:16]).loss.backward()
        optimizer.step()
        ranks.step(step)
        optimizer.zero_grad()
        history.append(ranks.ranks.get(frozen))
    if how == "frozen":
        assert ranks.frozen == [frozen] and set(history) == {None}
        layer = dict(model.named_modules())[f"base_model.model.{frozen}"]
        assert bool((layer.lora_A["default"].weight != 0).all())                      # untouched: every slot as PEFT made it
    else:
        assert ranks.frozen == [] and history[0] == 2 and set(history[8:]) == {1}, history
