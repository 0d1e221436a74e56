"""Language knowledge shared by stages (no models, no project imports but types)."""
