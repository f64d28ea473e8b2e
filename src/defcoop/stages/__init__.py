"""Pipeline stages, one module each: read, clean, segment, recognize, extract,
resolve, cluster, store. No stage calls the next; :mod:`defcoop.pipeline`
composes them."""
