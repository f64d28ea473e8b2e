"""Readers of the container formats of the read stage (feeds)."""
