"""Realistic demo and benchmark data, deterministic for a seed: one branch's year
(profiles.py), or the whole city on the hub (city.py).
"""
