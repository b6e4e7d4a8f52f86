"""comptoir: typed clients for EBP, Seqino PDP, seven.io and facturare.md, with a small hand-written overlay."""
