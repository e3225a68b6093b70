"""Endurance and fault tests: a real hub on loopback, misbehaving servers, the real window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
