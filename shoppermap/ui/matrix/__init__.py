"""The value/effort matrix of the POS actions: geometry, scene, view, dock and picture."""
