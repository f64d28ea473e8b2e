"""Helpers of the cluster stage: MinHash signatures and LSH buckets for near
duplicates, salient-term features and an inverted index for stories, the
fingerprint format, and the merging of one story's events.
"""
