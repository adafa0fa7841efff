"""Great-circle distance, the one haversine of the service (scalars or numpy arrays)."""

from __future__ import annotations

from typing import TypeVar

import numpy as np

EARTH_RADIUS_KM = 6371.0088

T = TypeVar("T", float, np.ndarray)


def haversine_km(lat1: float, lon1: float, lat2: T, lon2: T) -> T:
    """Kilometres between (lat1, lon1) and (lat2, lon2); lat2/lon2 may be arrays (NaN stays
    NaN)."""
    p1 = np.radians(lat1)
    p2 = np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(lon2) - np.radians(lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    result = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    if isinstance(result, np.ndarray) and result.ndim:
        return result  # type: ignore[return-value]
    return float(result)  # type: ignore[return-value]
