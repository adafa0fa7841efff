"""The benchmark (`careers bench`): how fast the matcher is, on synthetic catalogues of
realistic pathways.

For each catalogue size it builds a throwaway SQLite database of synthetic pathways (varied
titles, places, organisations, entry rules and descriptions, made from the seed catalogue, the
development catalogue when ../shared is present, and built-in role families), stores their
embeddings, and measures:

* index build from stored embeddings (pathways/s) and, separately, real-model encoding speed;
* single-request latency per stage (encode, search, filter and rank, whole match), p50/p95;
* the process's memory (RSS);
* at the gunicorn size: cold start, throughput at concurrency 8 through gunicorn with two
  workers on 127.0.0.1 (bounded in time), and the time from publishing a pathway (in the
  database, with pathway_changed) to it appearing in matches served by each worker.

Embeddings: the real model encodes a sample of the catalogue's texts (all of them up to the
sample size). The other pathways get the embedding of a sampled pathway from the same role
family, slightly perturbed and renormalised. Queries are always encoded by the real model.

Modules: catalogue (synthetic catalogue, families.json), queries (queries and measures),
in_process, recall, server (gunicorn), report, runner (run, print_tables); evaluation
(`careers eval`: the matcher and two baselines on an evaluation set).
"""
