"""The rating keypad at a counter."""
