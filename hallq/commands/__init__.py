"""The `hallq` subcommands, one module a group; each has register(subparsers)."""
