"""Office labels to canonical keys, and the Hungarian words that denote them."""

from __future__ import annotations

import pytest

from kronika.kb.offices import HUNGARIAN_ROLE_WORDS, hungarian_words, office_key


@pytest.mark.parametrize(
    ("label", "polity", "key"),
    [
        ("President", None, "president"),
        ("President of Russia", "Russia", "president"),
        ("President of the Government of Spain", "Spain", "prime_minister"),
        ("Federal Chancellor of Germany", "Germany", "chancellor"),
        ("monarch of the United Kingdom", "United Kingdom", "monarch"),
        ("Prime Minister (King)", None, "prime_minister"),
        ("Secretary of State", None, "foreign_minister"),
        ("Minister of Foreign Affairs of Slovenia", None, "foreign_minister"),
        ("Secretary of Defence", None, "defence_minister"),
        (
            "Secretary of the National Security and Defense Council",
            None,
            "security_council_secretary",
        ),
        ("Chairman of the State Duma", None, "speaker"),
        ("Foreign Ministry Spokeperson", None, "spokesperson"),
    ],
)
def test_office_labels_get_canonical_keys(label: str, polity: str | None, key: str) -> None:
    assert office_key(label, polity) == key


@pytest.mark.parametrize(
    "label",
    [
        "President of the Sakha Republic",
        "Vice President of the International Court of Justice",
        "Deputy Minister of Foreign Affairs",
        "Deputy Chairman of the Security Council",
        "Minister of Agriculture",
    ],
)
def test_offices_that_are_not_the_head_keep_their_label(label: str) -> None:
    assert office_key(label) == label


def test_hungarian_role_words_cover_the_heads_and_ministers() -> None:
    assert "elnök" in hungarian_words("president")
    assert {"miniszterelnök", "kormányfő"} <= set(hungarian_words("prime_minister"))
    assert "kormányfő" in hungarian_words("chancellor")
    assert "külügyminiszter" in hungarian_words("foreign_minister")
    assert "haditudósító" in hungarian_words("war_correspondent")
    assert HUNGARIAN_ROLE_WORDS["vő"] == ("son_in_law",)
