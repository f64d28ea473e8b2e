"""Helpers of the recognize stage: patterns, the automaton pass, context rules, people, references."""
