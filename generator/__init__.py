"""Build tooling around ``openapi.yaml``: client generation, drift check and HTML docs.

Run from the repository root:

* ``python -m generator``          regenerate ``generated_client/`` from ``openapi.yaml``
* ``python -m generator --check``  fail (exit 1) when ``generated_client/`` is stale or edited
* ``python -m generator docs``     build the offline HTML API reference into ``docs/``
"""
