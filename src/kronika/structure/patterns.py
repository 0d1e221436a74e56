"""Character classes, word lists and precompiled patterns for reading a news page's layout.

Everything here is compiled once at import: segmentation runs on every ingested article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def _char_class(predicate: Callable[[str], bool], blocks: Iterable[range]) -> str:
    """A regex character-class body listing the code points that satisfy ``predicate``."""
    codes = [code for block in blocks for code in block if predicate(chr(code))]
    parts: list[str] = []
    first = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        parts.append(
            re.escape(chr(first))
            if first == previous
            else f"{re.escape(chr(first))}-{re.escape(chr(previous))}"
        )
        first = previous = code
    return "".join(parts)


def _word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``."""
    return frozenset(words.split())


# Latin (with Hungarian ő/ű and the rest of Latin Extended) and Cyrillic cover the names
# Hungarian news prints; `str.isupper` is the single source of truth for letter case.
_LETTER_BLOCKS = (range(0x41, 0x250), range(0x400, 0x500))
UPPER = _char_class(str.isupper, _LETTER_BLOCKS)
LOWER = _char_class(str.islower, _LETTER_BLOCKS)

#: Characters that end a line: exactly the boundaries `str.splitlines` knows.
LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")

SENTENCE_END = ".!?…"
CLOSERS = '”"’»)\\]'
OPENING_QUOTES = "„“"

# Patterns scanned over whole lines start with a literal or a small character set, so the
# regex engine can skip ahead instead of testing every position (segmentation runs on every
# ingested article).

#: A year (`2025`, `1928-ban`) that starts a sentence.
YEAR_START = r"(?:1[89]|20)\d\d(?!\d)"

# `…mondta.A miniszter…`, `…tovább.”Az…`, `…volt?„Nem…`, `…lényeg.2. Tervezzünk…`,
# `…megsérült.2025 júniusában…`: a paragraph glued after its sentence end, before a capital,
# a numbered heading or a year.  The cut goes after the closing marks.
SENTENCE_GLUE = re.compile(
    rf"[{SENTENCE_END}]+[{CLOSERS}]*"
    rf"(?=[{UPPER}{OPENING_QUOTES}]|\d{{1,2}}\.\s[{UPPER}]|{YEAR_START})"
)
# `…tovább”A miniszter…`: a closing quote with no sentence end still closes a paragraph
# (unless it follows a space or colon, where `”` is being misused as an opening quote).
QUOTE_GLUE = re.compile(rf"”(?=[{UPPER}{OPENING_QUOTES}])")
NOT_BEFORE_CLOSING_QUOTE = frozenset(f":([{OPENING_QUOTES}–—-")
# `…a negyeddöntőbenA délutáni…`: a heading or paragraph with no final stop glued to the next
# one, which starts with an article.  Spaces lost around links inside a sentence (`aNature`,
# `azIndexen`) seldom leave a word of three lowercase letters before a capital article; the
# function words that do (`hogyA`) are excluded in code.
WORD_GLUE = re.compile(
    rf"A(?<=[{LOWER}]{{3}}A)(?=z?\s[{LOWER}\d])|Egy(?<=[{LOWER}]{{3}}Egy)(?=\s[{LOWER}\d])"
)
# Any lowercase-to-capital glue inside a word: the candidates for related-article tails.
CAPITAL_GLUE = re.compile(rf"(?<=[{LOWER}]{{3}})(?=[{UPPER}][{LOWER}])")
# Two or more of these inside one space-free run make a tag run (`OroszországUkrajnaháború`).
TAG_GLUE = re.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}])")

#: Words after which `Word.Capital` is not a sentence end: they stand before a name.
ABBREVIATIONS_BEFORE_NAME = _word_set(
    """dr prof id ifj özv st szt mr mrs ms gen sz pl kb ill ún vö ld ua uo ti br
    őrgy alezr ezr hdgy tbk cs főv ker ford szerk sen jun"""
)
#: Words after which a capital glue is a lost space inside a sentence, not a paragraph end.
FUNCTION_WORDS = _word_set(
    """hogy mint vagy és is az egy de ha meg már még csak pedig sem nem szerint között
    után előtt alatt miatt által című nevű illetve valamint vagyis tehát"""
)
#: Brand and personal names written in camel case; their inner capital is not a glue.
CAMEL_CASE_WORD = re.compile(
    r"(?:Mc|Mac|Di|De|Le|La|O')[A-Z][a-z]+|You[Tt]ube|PlayStation|WhatsApp|LinkedIn|"
    r"PowerPoint|TikTok|iPhone|iPad|iOS|eBay|PayPal|FedEx|GitHub|BlackRock|SpaceX|OpenAI|"
    r"DeepMind|DeepSeek|MasterCard|WikiLeaks|BioNTech|AstraZeneca|JavaScript|MasterChef|"
    r"HarperCollins|SoundCloud|DreamWorks|NurPhoto|GlaxoSmithKline|ExxonMobil|JPMorgan|"
    r"FaceTime|AirPods|MacBook|SharePoint|BlueSky|Bluesky|TotalEnergies|"
    r"ArcelorMittal|MediaMarkt|InterCity|EuroCity|RailJet|OTPdirekt|MOLGroup|ReNew"
)
MAX_CAMEL_CASE_LENGTH = 24
MAX_URL_LENGTH = 256
ROMAN_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
TOP_LEVEL_DOMAIN = re.compile(r"(?i:hu|com|net|org|eu|io|info|sk|ro|uk|ua|ru)\b")

# ---------------------------------------------------------------------------------------
# Credits and bylines: a capitalised label and a colon, looked for only in a short window
# before each colon.  `open` keeps the bracket or dash that introduces an inline credit with
# the credit, not with the caption before it.
CREDIT = re.compile(
    rf"(?<![„“])(?P<open>\(\s*|[–—]\s*|/\s*)?(?P<label>"
    rf"(?P<opening>(?:A\s)?[Nn]yitókép(?:ünk)?(?:\s[{LOWER}]+){{1,3}}\.\s*"
    rf"(?:Fotó|Forrása?)|(?:Nyitókép(?:ünk)?|Borítókép|Címlapkép|Kiemelt\skép)"
    rf"(?:\sforrása|\sés\sfotó)?)"
    rf"|(?P<source>Forrás)"
    rf"|(?P<byline>Szerző|Szerkesztő|Írta)"
    rf"|Fotók?|Kép(?:ek)?|Képünk|Kép\sforrása|Videó|Forrása|Illusztráció|Grafika"
    rf")\s*:"
)
CREDIT_WINDOW = 64
#: The last letters of the labels above: a colon after anything else needs no regex.
CREDIT_LABEL_FINALS = frozenset("ókpsaő")
# Inside a credit: a capital that starts a sentence glued to the credit's last name
# (`… / HírlapA vonat…`); checked further in code.
CREDIT_GLUE = re.compile(
    rf"(?<=[^\s/(–—-])(?=A\s|[{UPPER}][{LOWER}])|(?<=[{LOWER}])(?=\d{{3}}|\d{{1,2}}\.\s)"
)
NUMBERED_HEADING = re.compile(r"\d{1,2}\.\s")
CREDIT_STOP = re.compile(rf"[{SENTENCE_END}]\s+(?=[{UPPER}])|[{OPENING_QUOTES}]")
#: Lowercase words that belong to a credit (`NurPhoto via AFP`, `Kovács és Tóth`).
CREDIT_LOWERCASE_WORDS = _word_set("via és and de di da van von der la le el y")
MAX_CREDIT_LENGTH = 250
MAX_BRACKETED_CREDIT = 200

# ---------------------------------------------------------------------------------------
# Page junk carved out wherever it appears.
_MONTHS = (
    "január|február|március|április|május|június|július|augusztus|szeptember|október|"
    "november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
)
# `2026. január 23. 14:05 CET`, `2026.01.23. 14:05`, `Frissítve: 2026-01-23 14:05`, `14:05
# CEST`: looked for only around a colon between digits.
TIMESTAMP = re.compile(
    rf"(?:(?:Frissítve|Frissítés|Publikálva|Létrehozva|Módosítva|Megjelent|Utolsó\sfrissítés)"
    rf"\s*:?\s*)?"
    rf"(?:(?<!\d)\d{{4}}\.\s?(?:\d{{1,2}}\.?|(?:{_MONTHS})\.?)\s?\d{{1,2}}\.?,?"
    rf"|(?<!\d)\d{{4}}-\d{{2}}-\d{{2}})"
    rf"\s*(?:[–-]\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?CES?T|\s?UTC(?:[+-]\d{{1,2}})?)?"
    rf"(?![\w-])"
    rf"|(?<!\d)\d{{1,2}}:\d{{2}}\s?CES?T\b(?!-)"
)
TIMESTAMP_WINDOW = (60, 20)
#: Gallery widgets and social-media embeds, each scanned for only when its trigger occurs.
EMBEDS = (
    ("gallery control", re.compile(r"[—–-]+\s*gallery\scontrol\s*[—–-]+")),
    (
        "(@",
        re.compile(
            rf"(?:A\sbejegyzés\smegtekintése\saz\sInstagramon\s*)?"
            rf"(?:[{UPPER}][\w'’.-]*\s){{0,4}}\(@[\w.]+\)\s*által\s+megosztott\s+bejegyzés"
            rf"|[—–]\s?[^—–\n()]{{1,60}}\(@\w+\)\s*[A-Z][a-z]+\s\d{{1,2}},\s\d{{4}}"
        ),
    ),
    (
        "Instagram",
        re.compile(r"A\sbejegyzés\smegtekintése\saz\sInstagramon|View\sthis\spost\son\sInstagram"),
    ),
    ("twitter.com", re.compile(r"(?:https?://t\.co/\w+)?pic\.twitter\.com/\w+")),
    ("#", re.compile(r"[@#][^\W_][\w.]*(?:\s?[@#][^\W_][\w.]*)+(?:\s*♬[^\n]{0,120})?")),
)

#: A piece that opens with one of these is page furniture (promos, boxes, embeds, labels).
FURNITURE = re.compile(
    r"(?:Kapcsolódó|Olvasta\smár|Ezt\solvasta\smár|Ajánló\s*(?::|$)|"
    r"Ajánlott\s(?:cikk|tartalom|olvasmány|videó)|Ezt\sis\sajánljuk|"
    r"Ezek?\sis\sérdekelhet|Legolvasottabb|Legfrissebb\shírek|Friss\shírek|Még\stöbb\shír|"
    r"Hírlevél|Iratkozz(?:on|atok)?\sfel|Feliratkoz|Kövess(?:en|etek)?\sminket|"
    r"Támogass(?:on|a|átok)?\s|Ha\smáskor\sis\studni\sszeretne|A\sképre\skattintva\sgaléria|"
    r"Címkék\s*:|Tags?\s*:|Hirdetés\s*$|Megosztás\s*$|Tetszett\sa\scikk|"
    r"A\scikk\sfolytatódik|Cikkünk\sfrissül|No\sTitle"
    r"|\(?(?:MTI|AFP|Reuters|AP|dpa|MTVA)\)?\s*$)"
)
#: Headings of boxes whose short items that follow are furniture too.
BOX_HEADING = re.compile(
    r"(?:Kapcsolódó|Olvasta\smár|Ezt\solvasta\smár|Ajánló|Ajánlott\s\w+|Ezek?\sis\sérdekelhet|"
    r"Legolvasottabb|Legfrissebb\shírek|Friss\shírek|Még\stöbb\shír)[^.]{0,40}$"
)
#: Comment boxes sit at the bottom of a page: everything after their heading is comments.
COMMENT_BOX = re.compile(
    r"(?:Hozzászólások?|Kommentek?)(?:\s*\(\d+\))?\s*:?\s*$"
    r"|(?:A\s)?(?:hozzászólás|komment)\S*\s(?:[^.]*\s)?(?:moderál|írásához|megtekintéséhez)"
)

# ---------------------------------------------------------------------------------------
# Line roles.
ATTRIBUTION = re.compile(rf"[–—-]\s*[{LOWER}]")
INLINE_ATTRIBUTION = re.compile(rf"\s[–—]\s*[{LOWER}]")
MAX_ATTRIBUTION_WORDS = 30
MAX_SUBHEADING_WORDS = 15
MAX_SUBHEADING_CHARS = 140
MAX_CAPTION_WORDS = 60
MAX_CAPTION_SENTENCE_WORDS = 35
MAX_HEADLINE_WORDS = 25
MAX_RELATED_TITLE_WORDS = 30
MAX_RELATED_TITLE_CHARS = 300
MAX_RELATED_TITLE_COMMAS = 2
MAX_BOX_ITEM_WORDS = 25
MAX_FURNITURE_WORDS = 30
MAX_QUOTE_PARAGRAPHS = 12
# Inside a piece: a sentence end followed by the start of the next sentence.
SENTENCE_BREAK = re.compile(rf"[{SENTENCE_END}]+[{CLOSERS}]*\s+(?=[{UPPER}{OPENING_QUOTES}])")
ENDS_SENTENCE = re.compile(rf"[{SENTENCE_END}][{CLOSERS}]*$")
ENDS_STATEMENT = re.compile(rf"[.…:;,][{CLOSERS}]*$")
STARTS_HEADING = re.compile(rf"[{UPPER}\d{OPENING_QUOTES}\"'(]")
ALPHANUMERIC = re.compile(r"[^\W_]")
