"""Submission packages, signing, outbox, transports and the hub server."""
