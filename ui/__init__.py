"""Qt widgets of hallq: one module a role, thin over HallClient."""

from ui.refcount_fix import immortalize_singletons

# PySide6 6.12.0 on CPython 3.11 loses a reference to None on every void call; a window that
# runs all day would abort. Every Qt user of hallq imports ui first; the work-around applies
# itself only to the PySide6 versions that need it (see ui/refcount_fix.py).
immortalize_singletons()
