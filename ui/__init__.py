"""Qt widgets of hallq: one module a role, thin over HallClient."""

from ui.refcount_fix import immortalize_singletons

# PySide6 6.12 on CPython 3.11 leaks references to None/True/False on every void call and
# emit; a window that runs all day would abort. Every Qt user of hallq imports ui first.
immortalize_singletons()
