"""Cross-document work: near-duplicates now; clusters and timelines later."""
