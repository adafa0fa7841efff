"""gunicorn settings: `gunicorn --config gunicorn.conf.py --bind HOST:PORT --workers N wsgi:app`.

Two things matter on a small machine running torch and FAISS:

* No `preload_app`. Torch and FAISS start thread pools (OpenMP) when they are first used; a pool
  created in the master does not survive fork(), and a worker that then calls into FAISS can hang
  for ever. So the master imports neither; each worker loads the app, the model and the index
  itself, after the fork. `careers bench` measures the other way too (docs/benchmarks.md): with
  one torch and one FAISS thread, `--preload` and the model and index loaded in the master did
  not hang and used about a third less memory in all (PSS), but it needs the master to load the
  engine (a `when_ready` hook), every inherited database connection disposed of after the fork,
  and nothing in the master ever running torch with more than one thread. We keep it off.
* One compute thread per worker. With 2 cores and 2 workers, torch's and FAISS's default of one
  thread per core would run 4 busy threads on 2 cores. Each worker sets its own pools to
  CAREERS_TORCH_THREADS (default 1), and the OMP/MKL variables are set before anything reads them.

Each worker then warms the match engine (loads the model and the index, and runs one throwaway
match) before it takes requests, so the first person to search does not wait for it.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

_THREADS = os.environ.get("CAREERS_TORCH_THREADS", "1")
for _name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_name, _THREADS)
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

wsgi_app = "wsgi:app"
preload_app = False
worker_class = "sync"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# The slowest legitimate request must finish well inside this: a worker's start-up (the model and
# the index), the preview check of the largest upload (10 MB), a match that first applies a large
# batch of catalogue changes. Long work (imports, batch matches) runs on the task queue instead.
timeout = int(os.environ.get("CAREERS_GUNICORN_TIMEOUT", "120"))
# gunicorn's control socket (gunicornc): off, unless CAREERS_GUNICORN_CONTROL_SOCKET names a path
# for this instance (one per instance: two instances on a host must never share one).
_control_socket = os.environ.get("CAREERS_GUNICORN_CONTROL_SOCKET", "")
if _control_socket:
    control_socket = _control_socket
    control_socket_mode = 0o600
else:
    control_socket_disable = True
# Behind a proxy, werkzeug's ProxyFix (CAREERS_TRUSTED_PROXIES, careers/__init__.py) reads the
# client's address from X-Forwarded-For (docs/deploy.md).
graceful_timeout = 20
accesslog = "-" if os.environ.get("CAREERS_ACCESS_LOG") else None
# Never log query strings or bodies: what young people type stays private.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


def post_fork(server: Any, worker: Any) -> None:
    """In the new worker, before the app loads: size torch's and FAISS's thread pools."""
    threads = int(_THREADS)
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    try:
        if os.environ.get("CAREERS_ENCODER", "minilm") == "fake":  # tests: no torch at all
            raise ImportError
        import torch

        torch.set_num_threads(threads)
        with contextlib.suppress(RuntimeError):  # already set in this process
            torch.set_num_interop_threads(1)
    except ImportError:
        pass
    try:
        import faiss

        faiss.omp_set_num_threads(1)
    except ImportError:
        pass


def post_worker_init(worker: Any) -> None:
    """The app is loaded in this worker: build or load its matcher's engine before serving."""
    from careers.extensions import db, matcher

    app = worker.wsgi
    try:
        with app.app_context():
            matcher().warm_up(db.session())
            _first_match()
    except Exception:  # a worker that cannot warm up still serves; the first match warms it
        worker.log.exception("Could not warm up the match engine")


def _first_match() -> None:
    """One throwaway match, so the engine's per-pathway arrays and the BM25 postings of common
    words are built now (about a second per 10,000 pathways), not on someone's first search."""
    from careers.extensions import db, matcher
    from careers.services.profiles import parse_profile

    session = db.session()
    try:
        profile = parse_profile({"about": "I like helping people and working in a team"})
        matcher().match(session, profile)
    finally:
        session.rollback()
