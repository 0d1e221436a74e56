"""Offices: canonical keys for the positions the tables name, and their Hungarian words.

The tables spell one office many ways (``President``, ``President of Russia``, ``Federal
Chancellor of Germany``, ``United States Secretary of State``). A linker that resolves
``az orosz elnök`` or ``a kormányfő`` by the article's date needs one key per kind of office and
the country (or body) it is held *of*; :func:`office_key` gives that key and
:data:`HUNGARIAN_ROLE_WORDS` maps Hungarian role nouns to the keys they can denote.
Offices without a key keep their English label (``Minister of Agriculture``).
"""

from __future__ import annotations

import re

# Order matters: the first pattern that matches a label wins. Head-of-state and government
# patterns are anchored at both ends, so that "President of the Sakha Republic" or "Vice
# President of the International Court of Justice" keep their labels instead of becoming the
# country's president; strip the polity first (see ``office_key``). Deputies keep their labels.
_OFFICE_PATTERNS: tuple[tuple[str, str | None], ...] = (
    (
        r"deputy prime minister|vice[- ]premier|deputy chairman of the government",
        "deputy_prime_minister",
    ),
    (r"deputy|^under secretary|^assistant|^vice[- ]chair", None),
    (r"^vice[- ]president$", "vice_president"),
    (r"^president of the european commission$", "commission_president"),
    (r"^president of the european council$", "european_council_president"),
    (r"^president of the european parliament$", "parliament_president"),
    (r"^president of the european central bank$", "central_bank_governor"),
    (r"^president of the (government|council of ministers)$", "prime_minister"),
    (
        r"^(chairman|president) of the (state duma|verkhovna rada|federation council|national "
        r"assembly)$|^speaker of the (national assembly|house of representatives|state duma)$|"
        r"^speaker$",
        "speaker",
    ),
    (r"^(president|chairman of the presidency|captain regent)$", "president"),
    (r"^(prime minister|premier|taoiseach|chief minister)$", "prime_minister"),
    (r"^(federal )?chancellor$", "chancellor"),
    (
        r"^(monarch|king|queen|emperor|emir|sultan|prince|french co-prince|episcopal co-prince|"
        r"grand duke|druk gyalpo|ngwenyama|yang di-pertuan agong|o le ao o le malo|pope)$",
        "monarch",
    ),
    (r"^supreme leader$", "supreme_leader"),
    (r"^governor-general$", "governor_general"),
    (r"security (and defen[cs]e )?council", "security_council_secretary"),
    (
        r"foreign affairs|external relations|external affairs|foreign minister|foreign secretary|"
        r"^(united states )?secretary of state$",
        "foreign_minister",
    ),
    (
        r"^(minister|secretary) of (national )?defen[cs]e|^(united states )?secretary of "
        r"(defense|war)$|defen[cs]e minister",
        "defence_minister",
    ),
    (r"^minister of (the )?(interior|internal affairs|interior affairs)$", "interior_minister"),
    (r"^minister of finance$|^(united states )?secretary of the treasury$", "finance_minister"),
    (r"^secretary[- ]general", "secretary_general"),
    (r"press secretary|spokes(person|man|woman)|spokeperson", "spokesperson"),
    (
        r"^member of the national assembly|^people's deputy|^member of the state duma|"
        r"^member of the federation council",
        "legislator",
    ),
    (r"^(united states )?senator$", "senator"),
    (r"^(united states )?representative$", "representative"),
    (
        r"^head of the office of the president$|^chief of staff of the presidential executive "
        r"office$|^white house chief of staff$",
        "chief_of_staff",
    ),
    (r"^chief of (the )?general staff|^chairman of the joint chiefs", "chief_of_general_staff"),
    (
        r"^governor of the (central|national) bank$|^chair of the federal reserve$",
        "central_bank_governor",
    ),
    (r"^prosecutor[- ]general$|^chief prosecutor$|^attorney general$", "prosecutor_general"),
)
_COMPILED = tuple((re.compile(pattern, re.I), key) for pattern, key in _OFFICE_PATTERNS)

#: Offices one person holds at a time for a given country or body: a later holder's start ends
#: an earlier holder's open term (the tables are snapshots and never record the end).
SINGLE_HOLDER_OFFICES = frozenset(
    {
        "president",
        "vice_president",
        "prime_minister",
        "chancellor",
        "monarch",
        "supreme_leader",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "speaker",
        "commission_president",
        "european_council_president",
        "parliament_president",
        "secretary_general",
        "central_bank_governor",
        "prosecutor_general",
        "chief_of_staff",
        "chief_of_general_staff",
        "security_council_secretary",
        "high_representative",
    }
)

#: Office kinds that make their holder the head of state or of government.
HEAD_OF_STATE = frozenset({"president", "monarch", "supreme_leader"})
HEAD_OF_GOVERNMENT = frozenset({"prime_minister", "chancellor"})

#: Hungarian role nouns (nominative, lower case) → the office keys they can denote. "Elnök" is
#: also a party's or a body's president; the linker narrows by the adjective (``orosz``) or the
#: body named with it. A president who leads the government (US) is found through "elnök".
HUNGARIAN_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "elnök": (
        "president",
        "party_leader",
        "commission_president",
        "european_council_president",
        "parliament_president",
    ),
    "államfő": ("president", "monarch", "supreme_leader"),
    "köztársasági elnök": ("president",),
    "alelnök": ("vice_president",),
    "miniszterelnök": ("prime_minister",),
    "kormányfő": ("prime_minister", "chancellor"),
    "kancellár": ("chancellor",),
    "miniszterelnök-helyettes": ("deputy_prime_minister",),
    "király": ("monarch",),
    "uralkodó": ("monarch",),
    "legfelsőbb vezető": ("supreme_leader",),
    "külügyminiszter": ("foreign_minister",),
    "külügyér": ("foreign_minister",),
    "védelmi miniszter": ("defence_minister",),
    "honvédelmi miniszter": ("defence_minister",),
    "hadügyminiszter": ("defence_minister",),
    "belügyminiszter": ("interior_minister",),
    "pénzügyminiszter": ("finance_minister",),
    "házelnök": ("speaker",),
    "főtitkár": ("secretary_general",),
    "szóvivő": ("spokesperson",),
    "sajtótitkár": ("spokesperson",),
    "képviselő": ("legislator", "representative"),
    "országgyűlési képviselő": ("legislator",),
    "szenátor": ("senator",),
    "különmegbízott": ("special_envoy",),
    "különleges megbízott": ("special_envoy",),
    "különküldött": ("special_envoy",),
    "haditudósító": ("war_correspondent",),
    "pártelnök": ("party_leader",),
    "elnökségi vezető": ("chief_of_staff",),
    "kabinetfőnök": ("chief_of_staff",),
    "vezérkari főnök": ("chief_of_general_staff",),
    "jegybankelnök": ("central_bank_governor",),
    "főügyész": ("prosecutor_general",),
    "legfőbb ügyész": ("prosecutor_general",),
    "biztonsági tanács titkára": ("security_council_secretary",),
    "kül- és biztonságpolitikai főképviselő": ("high_representative",),
    "főképviselő": ("high_representative",),
    "tanácsadó": ("adviser",),
    "vő": ("son_in_law",),
    "meny": ("daughter_in_law",),
    "feleség": ("spouse",),
    "férj": ("spouse",),
    "házastárs": ("spouse",),
    "lány": ("child",),
    "fiú": ("child",),
    "gyermek": ("child",),
}


def office_key(label: str, polity: str | None = None) -> str:
    """The canonical key of an office label, or the label itself when it has none.

    ``polity`` is the country or body the office belongs to, as the table names it; a trailing
    ``of <polity>`` is removed first (``President of Russia`` → ``president``). Without a
    polity, labels are read as they are: ``Minister of Agriculture`` stays as it is.
    """
    text = re.sub(r"\s*\(.*\)$", "", " ".join(label.split()))
    if polity:
        text = re.sub(rf"\s+of\s+(the\s+)?{re.escape(polity)}$", "", text, flags=re.I)
    for pattern, key in _COMPILED:
        if pattern.search(text):
            return key or label
    return label


def polity_office_key(label: str) -> str:
    """The key of an office label whose last ``of …`` names its polity, however the polity is
    worded (``Prime Minister of the Netherlands``); the label itself when it has no key."""
    key = office_key(label)
    if key != label or " of " not in label:
        return key
    stripped = office_key(re.sub(r"\s+of\s+(?!.*\sof\s).*$", "", label))
    return label if stripped == re.sub(r"\s+of\s+(?!.*\sof\s).*$", "", label) else stripped


def hungarian_words(office: str) -> tuple[str, ...]:
    """The Hungarian role nouns that can denote ``office`` (``president`` → ``elnök``, …)."""
    return tuple(word for word, keys in HUNGARIAN_ROLE_WORDS.items() if office in keys)
