"""The contract's endpoints, one module each, mounted under /api/v1 by hub.app."""
