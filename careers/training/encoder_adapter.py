"""Domain adaptation of the encoder: a LoRA adapter on all-MiniLM-L6-v2, trained contrastively
(in-batch negatives, both directions) on work-domain pairs, so that what people say they can do
and want lands nearer the work that fits it.

Pairs, all built here from files in the repository or ../shared/data (models/README.md is the
model card):
- O*NET 29.2 (CC BY 4.0): three to five task statements of an occupation, as a person might
  list what they can do (whole, or cut to their first clause), and its alternate and reported
  titles, each against the occupation's title and description;
- the pathways of the training sets' catalogues (role "train" in docs/eval/sets.toml): their
  interests and skills, their summary and their role title, each against the pathway's own
  embedded text;
- the training sets' personas: their words against each pathway graded 2 or 3 for them.
Nothing from ESCO (the other-domain check judges ESCO) and nothing from a validation or check
set.

    careers train-encoder ../shared/data/onet --output models/careers-adapter

The adapter is a few MB (`adapter_model.safetensors`); `careers.matching.encoder` folds it into
the model's weights at load, so a query costs what it cost before. Training never runs at
start-up: `make train-encoder` reproduces the shipped adapter (about an hour on two cores).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careers.matching.text import pathway_text, query_text

SEED = 20261207
OPENERS_SKILLS = ("I can ", "I'm good at ", "My skills: ", "", "I have experience: ")
OPENERS_TITLES = ("I want to be a ", "I'd like to work as a ", "", "job as a ", "interested in ")


@dataclass(frozen=True)
class Pair:
    query: str
    document: str
    key: str  # the document's identity: never two in one batch (they would be false negatives)


@dataclass(frozen=True)
class Settings:
    rank: int = 16
    alpha: int = 32
    dropout: float = 0.1
    learning_rate: float = 2e-4
    batch: int = 48
    epochs: float = 1.0
    scale: float = 20.0
    max_seq_length: int = 128
    threads: int = 2
    target_modules: tuple[str, ...] = ("query", "key", "value", "dense")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[0].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def _short_task(task: str) -> str:
    """A task statement cut to its first clause, the way people list skills ("pack goods")."""
    head = re.split(
        r",| to ensure| in order to| such as| using| for the purpose", _lower_first(task)
    )
    return " ".join(head[0].split()[:8])


def onet_pairs(
    onet: Path, rng: random.Random, per_occupation: int = 6, titles: int = 4
) -> list[Pair]:
    tasks: dict[str, list[str]] = defaultdict(list)
    for r in _rows(onet / "onet_29.2_Task_Statements.csv"):
        tasks[r["O*NET-SOC Code"]].append(r["Task"])
    names: dict[str, list[str]] = defaultdict(list)
    for r in _rows(onet / "onet_29.2_Alternate_Titles.csv"):
        names[r["O*NET-SOC Code"]].append(r["Alternate Title"])
    for r in _rows(onet / "onet_29.2_Sample_of_Reported_Titles.csv"):
        names[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    pairs: list[Pair] = []
    for occupation in _rows(onet / "onet_29.2_Occupation_Data.csv"):
        code = occupation["O*NET-SOC Code"]
        own = tasks[code]
        if len(own) < 3:
            continue
        document = f"{occupation['Title']}. {occupation['Description']}"
        for _ in range(per_occupation):
            picked = rng.sample(own, min(len(own), rng.choice((3, 4, 5))))
            shorten = rng.random() < 0.5
            items = [_short_task(t) if shorten else _lower_first(t) for t in picked]
            words = ", ".join(items[:-1]) + " and " + items[-1] + "."
            pairs.append(Pair(rng.choice(OPENERS_SKILLS) + words, document, "onet:" + code))
        for title in rng.sample(names[code], min(len(names[code]), titles)):
            pairs.append(Pair(rng.choice(OPENERS_TITLES) + title, document, "onet:" + code))
    return pairs


def _pathway_document(row: dict[str, Any]) -> str:
    sector = str(row["sector"]).replace("_", " ") if row.get("sector") else None
    return pathway_text(
        row["title"],
        row.get("summary"),
        row.get("description") or "",
        row.get("skills") or [],
        row.get("interests") or [],
        sector,
    )


def pathway_pairs(catalogue: Path, rng: random.Random) -> list[Pair]:
    """A pathway's own short fields against its whole text: the catalogue's language."""
    pairs: list[Pair] = []
    for row in _jsonl(catalogue):
        document = _pathway_document(row)
        key = f"{catalogue}:{row['ref']}"
        bits = [*(row.get("interests") or []), *(row.get("skills") or [])]
        if bits:
            rng.shuffle(bits)
            pairs.append(Pair("I like " + ", ".join(bits[:4]), document, key))
        if row.get("summary"):
            pairs.append(Pair(str(row["summary"]), document, key))
        role = re.split(r"\s[–—-]\s|\(", str(row["title"]))[0].strip().lower()
        opener = rng.choice(("I want to be a ", "", "looking for ", "job as "))
        pairs.append(Pair(opener + role, document, key))
    return pairs


def persona_pairs(personas: Path, catalogue: Path) -> list[Pair]:
    """A training persona's words against each pathway graded 2 or 3 for them."""
    by_ref = {row["ref"]: row for row in _jsonl(catalogue)}
    pairs: list[Pair] = []
    for persona in _jsonl(personas):
        profile = persona["profile"]
        words = query_text(
            profile.get("about") or "", profile.get("skills") or [], profile.get("interests") or []
        )
        for ref, grade in sorted(persona.get("relevance", {}).items()):
            if int(grade) >= 2 and ref in by_ref:
                pairs.append(Pair(words, _pathway_document(by_ref[ref]), f"{catalogue}:{ref}"))
    return pairs


def training_pairs(
    onet: Path | None, sets: Iterable[tuple[Path, Path]], rng: random.Random | None = None
) -> list[Pair]:
    """Every pair, shuffled. `sets` are (personas file, catalogue file) of the training sets.
    One seeded generator (`rng`, default a fresh one from SEED) builds the pairs and then, in
    `train`, orders the batches, so a run is reproduced exactly."""
    rng = rng if rng is not None else random.Random(SEED)
    pairs = onet_pairs(onet, rng) if onet is not None else []
    catalogues: list[Path] = []
    for personas, catalogue in sets:
        if catalogue not in catalogues:
            catalogues.append(catalogue)
            pairs.extend(pathway_pairs(catalogue, rng))
        pairs.extend(persona_pairs(personas, catalogue))
    rng.shuffle(pairs)
    return pairs


def _batches(
    pairs: Sequence[Pair], size: int, steps: int, rng: random.Random
) -> Iterable[list[Pair]]:
    """Batches with no document twice (a second copy would count as a wrong answer): the
    (already shuffled) pairs in order, reshuffled at the end of each pass."""
    order = list(range(len(pairs)))
    at = 0
    for _ in range(steps):
        batch: list[Pair] = []
        seen: set[str] = set()
        while len(batch) < size:
            if at >= len(order):
                rng.shuffle(order)
                at = 0
            pair = pairs[order[at]]
            at += 1
            if pair.key not in seen:
                seen.add(pair.key)
                batch.append(pair)
        yield batch


def train(
    pairs: Sequence[Pair],
    model_dir: Path,
    output: Path,
    settings: Settings = Settings(),
    progress: Callable[[str], None] | None = None,
    rng: random.Random | None = None,
) -> Path:
    """Train the adapter and save it (peft's format) under output; returns the weights file.
    `rng`: the generator that built the pairs (it goes on to order the batches)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(SEED)
    torch.set_num_threads(settings.threads)
    rng = rng if rng is not None else random.Random(SEED)
    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    model.max_seq_length = settings.max_seq_length
    config = LoraConfig(
        r=settings.rank,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=list(settings.target_modules),
    )
    base: Any = model[0].auto_model
    adapted = get_peft_model(base, config)
    model[0].auto_model = adapted
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=settings.learning_rate, weight_decay=0.01)
    steps = max(1, int(len(pairs) * settings.epochs / settings.batch))
    warm = 0.1 * steps + 1
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps)
    )
    model.train()
    labels = torch.arange(settings.batch)
    started = time.perf_counter()
    for step, batch in enumerate(_batches(pairs, settings.batch, steps, rng), start=1):
        q = model(model.preprocess([p.query for p in batch]))["sentence_embedding"]
        d = model(model.preprocess([p.document for p in batch]))["sentence_embedding"]
        logits = (
            settings.scale
            * torch.nn.functional.normalize(q, dim=1)
            @ (torch.nn.functional.normalize(d, dim=1).T)
        )
        loss = (
            torch.nn.functional.cross_entropy(logits, labels)
            + torch.nn.functional.cross_entropy(logits.T, labels)
        ) / 2
        loss.backward()
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        if progress and (step % 20 == 0 or step == steps):
            seconds = time.perf_counter() - started
            progress(f"step {step}/{steps}, loss {loss.item():.3f}, {seconds:.0f} s")
    output.mkdir(parents=True, exist_ok=True)
    adapted.save_pretrained(str(output))
    return output / "adapter_model.safetensors"


def manifest_entry(weights: Path, models_dir: Path, settings: Settings) -> dict[str, Any]:
    """What models/manifest.json says of an adapter: where, its checksum, its scale."""
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    return {
        "file": str(weights.resolve().relative_to(models_dir.resolve())),
        "sha256": digest,
        "rank": settings.rank,
        "alpha": settings.alpha,
    }
