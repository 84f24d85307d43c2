"""Realistic demo and benchmark data, deterministic for a seed: one branch's year or a Đoàn cơ
sở's (profiles.py, the entry point), or the whole city on the hub (city.py).
"""
