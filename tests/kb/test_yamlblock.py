"""The block-YAML subset reader used for the congress-legislators files."""

from __future__ import annotations

import pytest

from kronika.errors import FormatError
from kronika.kb.yamlblock import parse_block_yaml

SNIPPET = """\
- id:
    bioguide: X000001
    fec:
    - S0XX00001
    wikidata: Q100
  name:
    first: Ann
    last: Example
    official_full: Ann Example
  terms:
  - type: rep
    start: '2023-01-03'
    end: '2025-01-03'
    party: Independent # a comment
  - type: sen
    start: "2025-01-03"
    url: http://example.org/a:b
"""


def test_block_sequences_and_mappings_nest() -> None:
    data = parse_block_yaml(SNIPPET)
    assert isinstance(data, list)
    person = data[0]
    assert isinstance(person, dict)
    assert person["id"] == {"bioguide": "X000001", "fec": ["S0XX00001"], "wikidata": "Q100"}
    assert person["terms"] == [
        {"type": "rep", "start": "2023-01-03", "end": "2025-01-03", "party": "Independent"},
        {"type": "sen", "start": "2025-01-03", "url": "http://example.org/a:b"},
    ]


def test_flow_collections_are_refused_not_misread() -> None:
    with pytest.raises(FormatError):
        parse_block_yaml("key: [a, b]\n")
