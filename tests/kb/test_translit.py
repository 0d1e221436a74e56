"""Hungarian transcription of Russian and Ukrainian names, checked on known Hungarian forms."""

from __future__ import annotations

import pytest

from kronika.kb.translit import cyrillic_to_hungarian, romanised_to_hungarian


@pytest.mark.parametrize(
    ("cyrillic", "hungarian"),
    [
        ("Владимир Путин", "Vlagyimir Putyin"),
        ("Дмитрий Песков", "Dmitrij Peszkov"),
        ("Сергей Лавров", "Szergej Lavrov"),
        ("Александр Коц", "Alekszandr Koc"),
        ("Михаил Мишустин", "Mihail Misusztyin"),
        ("Медведев", "Medvegyev"),
        ("Москва", "Moszkva"),
        ("Кремль", "Kreml"),
        ("Ольга", "Olga"),
        ("Татьяна", "Tatyjana"),
        ("Пётр", "Pjotr"),
        ("Ельцин", "Jelcin"),
        ("Юрий Ушаков", "Jurij Usakov"),
        ("Мария Захарова", "Marija Zaharova"),
        ("Щукин", "Scsukin"),
        ("Вячеслав Володин", "Vjacseszlav Vologyin"),
        ("Небензя", "Nyebenzja"),
        ("Шойгу", "Sojgu"),
    ],
)
def test_russian_cyrillic_follows_hungarian_rules(cyrillic: str, hungarian: str) -> None:
    assert cyrillic_to_hungarian(cyrillic, "ru") == hungarian


@pytest.mark.parametrize(
    ("cyrillic", "hungarian"),
    [
        ("Володимир Зеленський", "Volodimir Zelenszkij"),
        ("Денис Шмигаль", "Denisz Smihal"),
        ("Андрій Сибіга", "Andrij Szibiha"),
        ("Юлія Свириденко", "Julija Szviridenko"),
        ("Дніпро", "Dnyipro"),
        ("Київ", "Kijiv"),
        ("Одеса", "Odesza"),
        ("Харків", "Harkiv"),
    ],
)
def test_ukrainian_cyrillic_keeps_hard_e_and_y(cyrillic: str, hungarian: str) -> None:
    assert cyrillic_to_hungarian(cyrillic, "uk") == hungarian


def test_non_cyrillic_characters_pass_through() -> None:
    assert cyrillic_to_hungarian("Путин (2012–)", "ru") == "Putyin (2012–)"


@pytest.mark.parametrize(
    ("english", "hungarian"),
    [
        ("Vladimir Putin", "Vlagyimir Putyin"),
        ("Dmitry Peskov", "Dmitrij Peszkov"),
        ("Sergey Lavrov", "Szergej Lavrov"),
        ("Alexander Kots", "Alekszandr Koc"),
        ("Mikhail Mishustin", "Mihail Misusztyin"),
        ("Dmitry Medvedev", "Dmitrij Medvegyev"),
        ("Yuri Ushakov", "Jurij Usakov"),
        ("Maria Zakharova", "Marija Zaharova"),
        ("Kirill Dmitriev", "Kirill Dmitrijev"),
        ("Nikolai Patrushev", "Nyikolaj Patrusev"),
        ("Valentina Matviyenko", "Valentyina Matvijenko"),
        ("Sergey Shoygu", "Szergej Sojgu"),
        ("Vasily Nebenzya", "Vaszilij Nyebenzja"),
        ("Alexander Lukashenko", "Alekszandr Lukasenko"),
    ],
)
def test_russian_romanisation_becomes_hungarian(english: str, hungarian: str) -> None:
    assert romanised_to_hungarian(english, "ru") == hungarian


@pytest.mark.parametrize(
    ("english", "hungarian"),
    [
        ("Volodymyr Zelenskyy", "Volodimir Zelenszkij"),
        ("Denys Shmyhal", "Denisz Smihal"),
        ("Andrii Sybiha", "Andrij Szibiha"),
        ("Yulia Svyrydenko", "Julija Szviridenko"),
        ("Mykhailo Fedorov", "Mihajlo Fedorov"),
        ("Oleksii Reznikov", "Olekszij Reznyikov"),
        ("Andrii Yermak", "Andrij Jermak"),
        ("Dmytro Kuleba", "Dmitro Kuleba"),
        ("Oleksandr Syrskyi", "Olekszandr Szirszkij"),
        ("Vitali Klitschko", "Vitalij Klicsko"),
        ("Petro Poroshenko", "Petro Porosenko"),
    ],
)
def test_ukrainian_romanisation_does_not_palatalise_e(english: str, hungarian: str) -> None:
    assert romanised_to_hungarian(english, "uk") == hungarian


def test_romanisation_keeps_hyphens_and_spaces() -> None:
    assert romanised_to_hungarian("Rimsky-Korsakov", "ru") == "Rimszkij-Korszakov"
