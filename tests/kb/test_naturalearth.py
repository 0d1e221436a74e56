"""Natural Earth importers on hand-written rows in the kb-seed column layout.

The rows are invented for the tests (names and codes of real places, but not copied rows).
"""

from __future__ import annotations

from pathlib import Path

from kronika.kb import naturalearth as ne
from kronika.types import EntityType

from .conftest import WriteTable

NE = "natural-earth"


def _countries(write_table: WriteTable) -> None:
    base = {
        "ADMIN": "",
        "NAME": "",
        "NAME_LONG": "",
        "FORMAL_EN": "",
        "NAME_ALT": "",
        "BRK_NAME": "",
        "ISO_A2": "",
        "ISO_A2_EH": "",
        "ISO_A3": "",
        "ISO_A3_EH": "",
    }
    write_table(
        f"{NE}/ne_10m_admin_0_countries.csv",
        [
            base
            | {
                "ADMIN": "Ukraine",
                "NAME": "Ukraine",
                "NAME_EN": "Ukraine",
                "NAME_HU": "Ukrajna",
                "ISO_A2": "UA",
                "ISO_A3": "UKR",
                "ADM0_A3": "UKR",
                "WIKIDATAID": "Q212",
            },
            base
            | {
                "ADMIN": "Russia",
                "NAME": "Russia",
                "NAME_EN": "Russia",
                "NAME_HU": "Oroszország",
                "ISO_A2": "RU",
                "ISO_A3": "RUS",
                "ADM0_A3": "RUS",
                "WIKIDATAID": "Q159",
            },
            base
            | {
                "ADMIN": "France",
                "NAME": "France",
                "NAME_EN": "France",
                "NAME_HU": "Franciaország",
                "ISO_A2": "-99",
                "ISO_A3": "-99",
                "ISO_A3_EH": "FRA",
                "ADM0_A3": "FRA",
                "WIKIDATAID": "Q142",
            },
        ],
    )


def test_countries_get_alpha3_hungarian_names_and_cldr_aliases(
    seed_root: Path, write_table: WriteTable
) -> None:
    _countries(write_table)
    found = {e.id: e for e in ne.countries(seed_root / NE, {"UA": "Ukrajna", "RU": "Oroszo."})}
    assert found["Q212"].name_hu == "Ukrajna" and found["Q212"].country == "UKR"
    assert found["Q142"].country == "FRA"  # ISO_A3 is -99 for France in Natural Earth
    assert "Oroszo." in found["Q159"].aliases
    assert all(e.type is EntityType.COUNTRY for e in found.values())


def test_admin1_drops_documented_wrong_qids_and_repeated_ones(
    seed_root: Path, write_table: WriteTable
) -> None:
    _countries(write_table)
    row = {
        "name": "",
        "name_en": "",
        "name_hu": "",
        "name_alt": "",
        "iso_3166_2": "",
        "adm0_a3": "",
        "adm1_code": "",
        "wikidataid": "",
        "latitude": "",
        "longitude": "",
    }
    write_table(
        f"{NE}/ne_10m_admin_1_states_provinces.csv",
        [
            row
            | {
                "name": "Kiev",
                "name_en": "Kyiv Oblast",
                "iso_3166_2": "UA-32",
                "adm0_a3": "UKR",
                "adm1_code": "UKR-1",
                "wikidataid": "Q1899",
            },
            row
            | {
                "name": "Kiev City",
                "name_en": "Kyiv",
                "name_hu": "Kijev",
                "iso_3166_2": "UA-30",
                "adm0_a3": "UKR",
                "adm1_code": "UKR-2",
                "wikidataid": "Q1899",
            },
            row
            | {
                "name": "Crimea",
                "name_en": "Crimea",
                "iso_3166_2": "UA-43",
                "adm0_a3": "RUS",
                "adm1_code": "RUS-1",
                "wikidataid": "Q756294",
            },
            row
            | {
                "name": "A",
                "name_en": "A",
                "iso_3166_2": "RU-A",
                "adm0_a3": "RUS",
                "adm1_code": "RUS-2",
                "wikidataid": "Q9",
            },
            row
            | {
                "name": "B",
                "name_en": "B",
                "iso_3166_2": "RU-B",
                "adm0_a3": "RUS",
                "adm1_code": "RUS-3",
                "wikidataid": "Q9",
                "latitude": "55.5",
            },
        ],
    )
    codes = ne.read_country_codes(seed_root / NE)
    regions = {e.name_en: e for e in ne.admin1(seed_root / NE, codes)}
    assert regions["Kyiv Oblast"].qid is None  # the README's known error
    assert regions["Kyiv"].qid == "Q1899"  # once the wrong row is gone the QID is unique
    assert regions["Crimea"].country == "UKR"  # from its ISO 3166-2 code, not adm0_a3
    assert regions["A"].qid is None and regions["B"].qid is None
    assert regions["B"].latitude == 55.5
    assert regions["A"].id != regions["B"].id


def test_populated_places_carry_exonyms_and_capital_roles(
    seed_root: Path, write_table: WriteTable
) -> None:
    _countries(write_table)
    write_table(
        f"{NE}/ne_50m_populated_places.csv",
        [
            {
                "NAME": "Moscow",
                "NAME_EN": "Moscow",
                "NAME_HU": "Moszkva",
                "NAMEASCII": "Moscow",
                "NAMEALT": "Moskva|Mosc£",
                "FEATURECLA": "Admin-0 capital",
                "ADM0_A3": "RUS",
                "LATITUDE": "55.75",
                "LONGITUDE": "37.62",
                "WIKIDATAID": "Q649",
            },
            {
                "NAME": "Kharkiv",
                "NAME_EN": "Kharkiv",
                "NAME_HU": "Harkov",
                "NAMEASCII": "Kharkiv",
                "NAMEALT": "",
                "FEATURECLA": "Admin-1 capital",
                "ADM0_A3": "UKR",
                "LATITUDE": "50",
                "LONGITUDE": "36.25",
                "WIKIDATAID": "Q42308",
            },
        ],
    )
    codes = ne.read_country_codes(seed_root / NE)
    cities = {e.id: e for e in ne.populated_places(seed_root / NE, codes)}
    moscow = cities["Q649"]
    assert (moscow.name_hu, moscow.country, moscow.type) == ("Moszkva", "RUS", EntityType.CITY)
    assert moscow.aliases == ("Moskva",)  # the mis-encoded variant is not a name
    assert [(r.office, r.of) for r in moscow.roles] == [("capital", "Q159")]
    assert cities["Q42308"].roles == ()


def test_hungarian_name_in_another_script_is_not_taken() -> None:
    assert ne.hungarian_name("Kijev") == "Kijev"
    assert ne.hungarian_name("Москва") is None
    assert ne.hungarian_name("Gədəbəyi járás") is None
