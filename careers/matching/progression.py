"""Progression routes: the shortest chain of next_steps links from a pathway the person can
start now to the one they were matched to."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping

from careers.matching.types import PathwayRecord

MAX_DEPTH = 5


def shortest_route(
    target_id: int,
    records: Mapping[int, PathwayRecord],
    previous: Mapping[int, list[int]],
    can_start_now: Callable[[PathwayRecord], bool],
    preference: Callable[[PathwayRecord], float] = lambda r: 0.0,
) -> list[int]:
    """Pathway ids from a startable step to target_id, both ends included. [target_id] when the
    person can start the target now; [] when no startable step leads to it.

    Breadth-first over the reversed links, so the route is the shortest; among equally short
    routes, the start with the lowest `preference` (e.g. distance) wins."""
    target = records.get(target_id)
    if target is None:
        return []
    if can_start_now(target):
        return [target_id]
    came_from: dict[int, int] = {target_id: target_id}
    frontier: deque[int] = deque([target_id])
    for _depth in range(MAX_DEPTH):
        next_frontier: deque[int] = deque()
        starts: list[int] = []
        while frontier:
            node = frontier.popleft()
            for prev in previous.get(node, ()):
                if prev in came_from or prev not in records:
                    continue
                came_from[prev] = node
                next_frontier.append(prev)
                if can_start_now(records[prev]):
                    starts.append(prev)
        if starts:
            start = min(starts, key=lambda i: (preference(records[i]), records[i].ref))
            route = [start]
            while route[-1] != target_id:
                route.append(came_from[route[-1]])
            return route
        if not next_frontier:
            break
        frontier = next_frontier
    return []
