"""The hub: the FastAPI app over one Hall, its writer, its event stream, its routes."""
