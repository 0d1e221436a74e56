"""Hungarian transcriptions of Russian and Ukrainian names.

Hungarian newsrooms write Russian and Ukrainian names in the Hungarian academic transcription
(``Владимир Путин`` → ``Vlagyimir Putyin``, ``Зеленський`` → ``Zelenszkij``), so a knowledge base
that only knows ``Vladimir Putin`` misses most Hungarian mentions. Two routes lead there:

* :func:`cyrillic_to_hungarian` transcribes Cyrillic spelling by the Hungarian rules: ``с`` →
  ``sz``, ``ш`` → ``s``, ``ж`` → ``zs``, ``ч`` → ``cs``, ``щ`` → ``scs``, ``х`` → ``h``, ``ц`` →
  ``c``, ``й`` → ``j``, iotated vowels ``ja/ju/je/jo``, and ``д/т/н`` palatalised to
  ``gy/ty/ny`` before a soft vowel or the soft sign (Russian ``е``, ``и``, ``ё``, ``ю``, ``я``;
  Ukrainian ``і``, ``ї``, ``є``, ``ю``, ``я``, where ``е`` and ``и`` are hard).
* :func:`romanised_to_hungarian` starts from the English romanisation that the Wikidata-derived
  tables carry (``Dmitry Peskov``, ``Denys Shmyhal``). English spelling loses some distinctions
  (``y`` is ``и``, ``ы``, ``й`` or an iotation), so it resolves them by position and keeps a
  short table of given names whose English form is not a transliteration at all
  (``Alexander``, ``Yuri``).

Soft ``ль`` is written ``l`` as the Hungarian rules do (``Кремль`` → ``Kreml``, ``Ольга`` →
``Olga``); only ``дь``, ``ть`` and ``нь`` leave a mark (``gy``, ``ty``, ``ny``).
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["ru", "uk"]

_PLAIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ж": "zs",
    "з": "z",
    "и": "i",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "sz",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "cs",
    "ш": "s",
    "щ": "scs",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ґ": "g",
    "і": "i",
}
_PALATAL = {"д": "gy", "т": "ty", "н": "ny"}
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a", "є": "e", "ї": "i"}
_HUSHING = frozenset("жчшщ")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")
_SOFT = {"ru": frozenset("еёиюяь"), "uk": frozenset("іїєюяь")}


def cyrillic_to_hungarian(text: str, language: Language = "ru") -> str:
    """Transcribe Russian (``ru``) or Ukrainian (``uk``) Cyrillic text into Hungarian spelling.

    Characters that are not Cyrillic pass through unchanged, so mixed strings keep their
    punctuation and Latin parts.
    """
    plain = dict(_PLAIN)
    if language == "uk":
        plain.update({"г": "h", "и": "i", "е": "e"})
    soft = _SOFT[language]
    out: list[str] = []
    lower = text.lower()
    for i, char in enumerate(lower):
        before = lower[i - 1] if i else ""
        after = lower[i + 1] if i + 1 < len(lower) else ""
        piece = _transcribe_letter(char, before, after, plain, soft, language)
        if piece is None:
            out.append(text[i])
            continue
        if text[i].isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
    return "".join(out)


def _transcribe_letter(
    char: str,
    before: str,
    after: str,
    plain: dict[str, str],
    soft: frozenset[str],
    language: Language,
) -> str | None:
    """One Cyrillic letter in context, or None for a character that is not Cyrillic."""
    if char in _PALATAL and after in soft:
        return _PALATAL[char]
    if char == "ь":
        # A soft sign only softens the consonant before it, which Hungarian writes for д/т/н
        # alone; before a vowel it is heard as j, which an iotated vowel writes itself
        # (Татьяна → Tatyjana) and и, having no iotated form, needs written (Ильин → Iljin).
        return "j" if after == "и" else ""
    if char in _IOTATED:
        return _iotated_vowel(char, before, language)
    return plain.get(char)


def _iotated_vowel(char: str, before: str, language: Language) -> str:
    """``е ё ю я є ї``: with a ``j`` at a word start or after a vowel, otherwise bare."""
    vowel = _IOTATED[char]
    if char == "е" and language == "uk":
        return "e"
    if char == "ї":
        return "ji"
    iotated = not before or not before.isalpha() or before in _CYRILLIC_VOWELS or before in "ъь"
    if iotated:
        return "j" + vowel
    if before in _PALATAL or before in _HUSHING or before == "ц":
        return vowel
    # After any other consonant Hungarian keeps the j of ё, ю, я (Пётр → Pjotr, Вяче → Vjacse)
    # but not of е, whose softness it does not write (Лебедь → Lebegy, not Ljebegy).
    return vowel if char == "е" else "j" + vowel


# Given names whose English form is not a transliteration of the Cyrillic one.
_GIVEN_NAMES = {
    "alexander": "Alekszandr",
    "aleksandr": "Alekszandr",
    "alexandr": "Alekszandr",
    "alexey": "Alekszej",
    "alexei": "Alekszej",
    "aleksei": "Alekszej",
    "aleksey": "Alekszej",
    "yuri": "Jurij",
    "yury": "Jurij",
    "yuriy": "Jurij",
    "yurii": "Jurij",
    "dmitri": "Dmitrij",
    "georgy": "Georgij",
    "georgi": "Georgij",
    "yevgeny": "Jevgenyij",
    "evgeny": "Jevgenyij",
    "evgeniy": "Jevgenyij",
    "pyotr": "Pjotr",
    "fyodor": "Fjodor",
    "vitali": "Vitalij",
    "vasili": "Vaszilij",
    "sergei": "Szergej",
    "andrei": "Andrej",
    "nikita": "Nyikita",
    "natalia": "Natalja",
    "natalya": "Natalja",
    "tatiana": "Tatyjana",
    "tatyana": "Tatyjana",
}

# ``iy``/``ii`` are a final ``-ий``/``-ій`` only before a consonant or the end (Matviyenko is
# Матвиенко: ``i`` + ``ye``).
_ROMAN_TOKENS = re.compile(
    r"shch|tsch|zh|kh|ch|sh|ts|ya|yu|ye|yo|yi|iy(?![aeiou])|yy|ii(?![aeiou])|ie|ia|.", re.S
)
_LATIN_VOWELS = frozenset("aeiouy")


def romanised_to_hungarian(name: str, language: Language = "ru") -> str:
    """Transcribe an English-romanised Russian or Ukrainian name into Hungarian spelling.

    ``Vladimir Putin`` → ``Vlagyimir Putyin``; ``Volodymyr Zelenskyy`` → ``Volodimir
    Zelenszkij`` (``uk``: ``e`` and ``y`` do not palatalise). Words are transcribed one by one;
    hyphens and spaces are kept.
    """
    return re.sub(r"[A-Za-z']+", lambda m: _romanised_word(m.group(0), language), name)


def _romanised_word(word: str, language: Language) -> str:
    """One romanised word in Hungarian spelling, keeping its initial capital."""
    known = _GIVEN_NAMES.get(word.lower())
    if known is not None:
        return known if word[0].isupper() else known.lower()
    lower = word.lower().replace("'", "")
    tokens = _ROMAN_TOKENS.findall(lower)
    result = "".join(_romanised_token(tokens, i, language) for i in range(len(tokens)))
    return result[0].upper() + result[1:] if word[0].isupper() and result else result


_ROMAN_MULTI = {
    "shch": "scs",
    "tsch": "cs",
    "zh": "zs",
    "kh": "h",
    "ch": "cs",
    "sh": "s",
    "ts": "c",
    "ie": "ije",
    "ia": "ija",
    "yi": "ji",
}
_ROMAN_SINGLE = {"s": "sz", "x": "ksz", "w": "v", "q": "k"}


def _romanised_token(tokens: list[str], i: int, language: Language) -> str:
    """Token ``i`` of a romanised word (a letter or a multi-letter unit) in Hungarian spelling."""
    token = tokens[i]
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    last = i + 1 == len(tokens)
    if token in {"iy", "yy", "ii"} or (token == "yi" and last):
        return "ij"
    if token in {"ya", "yu", "ye", "yo"}:
        return "j" + token[1]
    if token == "y":
        if not before or before[-1] in _LATIN_VOWELS:
            return "j"
        return "ij" if last else "i"
    if token == "i" and before == "a" and _closes_syllable(tokens, i):
        return "j"
    if token in {"d", "t", "n"} and _softens(after, language):
        return {"d": "gy", "t": "ty", "n": "ny"}[token]
    if token in _ROMAN_MULTI:
        return _ROMAN_MULTI[token]
    return _ROMAN_SINGLE.get(token, token)


def _closes_syllable(tokens: list[str], i: int) -> bool:
    """Whether the ``i`` of ``a`` + ``i`` is a ``й``: word-final (Nikolai) or before a consonant
    that opens the next syllable (Mykhailo); ``Mikhail`` keeps its two vowels."""
    rest = tokens[i + 1 :]
    if not rest:
        return True
    return rest[0][0] not in _LATIN_VOWELS and len(rest) > 1 and rest[1][0] in _LATIN_VOWELS


def _softens(after: str, language: Language) -> bool:
    """Whether the next token makes ``d``/``t``/``n`` palatal in Hungarian transcription."""
    if not after:
        return False
    if language == "uk":
        # Ukrainian е and и are hard; only і (written i) and iotated vowels soften.
        return after[0] == "i" or after in {"ya", "yu", "yi"}
    return after[0] in "ie" or after in {"ya", "yu", "ye", "yo"}
