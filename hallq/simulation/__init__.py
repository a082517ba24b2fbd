"""Simulated days and live demo traffic, for estimates, benchmarks and the demo."""
