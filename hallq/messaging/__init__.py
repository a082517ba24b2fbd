"""Delivering the hall's messages to customers: SMS over SMPP 3.4, an HTTPS webhook, and the
sender that works through the outbox beside the hub's commands."""
