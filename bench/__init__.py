"""Benchmarks of the kiosk: `python -m bench` (see bench/__main__.py).

Every figure is measured against a floor taken in the same run, interleaved with it, so a
noisy machine moves both alike and the ratio stays meaningful. Keep this module empty of
imports: `python -m bench.startup_child` loads it before its clock-sensitive work.
"""
