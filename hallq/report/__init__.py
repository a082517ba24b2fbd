"""The daily report: figures from the event log, charts, PDF/CSV, staffing advice."""
