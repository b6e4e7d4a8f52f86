"""The shared runtime of the generated clients."""
