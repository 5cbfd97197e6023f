"""Developer tools that are not part of the app: not installed (pyproject's packages.find
lists only storage, assistants and desktop), not bundled (packaging/atelier.spec excludes
them), never imported by the app (an import-linter contract)."""
