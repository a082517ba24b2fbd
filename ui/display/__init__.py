"""The hall display and the counter display, with the voice that calls numbers."""
