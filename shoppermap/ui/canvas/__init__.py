"""The journey canvas: a stage/phase grid of touchpoint cards."""
