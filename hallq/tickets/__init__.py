"""The printed ticket: layout, ESC/POS bytes, PDF, picture, and the printers."""
