"""Event dates beyond the trigger's own clause, on hand-built articles published on Friday
2026-01-23: the temporal adjective and relative clause of an event noun, the attribution of a
quoted act, the reference time of the paragraph and the lede, and what stays unknown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kronika.extract.coder import code_events
from kronika.types import Event, EventDatePrecision, Modality, Quote, QuoteKind, SegmentKind

from .conftest import PAST, PRESENT, build
from .test_coder import FACTS, NOM, mentioned

TUESDAY = dt.date(2026, 1, 20)
SUNDAY = dt.date(2026, 1, 18)
UNKNOWN = (None, None, EventDatePrecision.NONE)
#: The FEATS of a noun one thing of which is his or hers (``tárgyalásáról``).
OWNED = "Number[psor]=Sing|Person[psor]=3"

TALKS = f"Putyin/Putyin/{NOM} tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
ON_TUESDAY = f"Putyin/Putyin/{NOM} kedden/kedd/NOUN/Case=Sup Moszkvába/Moszkva/PROPN/Case=Ill "
ON_TUESDAY += f"érkezett/érkezik/VERB/{PAST} ."
PEOPLE = (("Putyin", "PER", "Q7747"), ("Witkoff-fal", "PER", "kronika:steve-witkoff"))


def talks(*segments: str | tuple[SegmentKind, str]) -> Event:
    """The one CONSULT event of an article whose every Putyin and Witkoff is linked."""
    article = build(*segments)
    names = []
    for word in article.text.split():
        if word.startswith("Putyin"):
            names.append(("Putyin", "PER", "Q7747"))
        elif word.startswith("Witkoff"):
            names.append((word.rstrip("."), "PER", "kronika:steve-witkoff"))
    [event] = [e for e in code_events(mentioned(article, *names), FACTS) if e.type == "CONSULT"]
    return event


def dated(event: Event) -> tuple[dt.date | None, dt.date | None, EventDatePrecision]:
    return event.date, event.end_date, event.date_precision


def test_a_past_event_takes_the_date_of_the_sentence_before_it_in_the_paragraph() -> None:
    event = talks(f"{ON_TUESDAY} {TALKS}")
    assert dated(event) == (TUESDAY, None, EventDatePrecision.DAY)


def test_the_reference_time_does_not_reach_past_the_previous_sentence() -> None:
    between = (
        f"A/a/DET tárgyalóterem/tárgyalóterem/NOUN/Case=Nom kicsi/kicsi/ADJ volt/van/VERB/{PAST} ."
    )
    assert dated(talks(f"{ON_TUESDAY} {between} {TALKS}")) == UNKNOWN


def test_the_reference_time_stays_in_its_paragraph() -> None:
    assert dated(talks(ON_TUESDAY, TALKS)) == UNKNOWN


def test_a_vague_time_keeps_the_event_unknown() -> None:
    earlier = f"Korábban/korábban/ADV {TALKS}"
    assert dated(talks(f"{ON_TUESDAY} {earlier}")) == UNKNOWN


def test_a_date_of_a_subordinate_clause_sets_no_reference_time() -> None:
    arrived = (
        f"Putyin/Putyin/{NOM} nyilatkozott/nyilatkozik/VERB/{PAST} , "
        f"miután/miután/SCONJ kedden/kedd/NOUN/Case=Sup megérkezett/megérkezik/VERB/{PAST} ."
    )
    assert dated(talks(f"{arrived} {TALKS}")) == UNKNOWN


def test_a_present_tense_body_event_inherits_nothing() -> None:
    present = TALKS.replace(f"tárgyalt/tárgyal/VERB/{PAST}", f"tárgyal/tárgyal/VERB/{PRESENT}")
    assert dated(talks(f"{ON_TUESDAY} {present}")) == UNKNOWN


def test_the_headline_is_dated_by_the_one_past_date_of_the_lede() -> None:
    lede = (
        f"Vasárnap/vasárnap/NOUN/Case=Nom ülésezett/ülésezik/VERB/{PAST} "
        "a/a/DET Biztonsági/biztonsági/ADJ Tanács/tanács/NOUN/Case=Nom ."
    )
    event = talks((SegmentKind.HEADLINE, TALKS), (SegmentKind.LEDE, lede))
    assert dated(event) == (SUNDAY, None, EventDatePrecision.DAY)


def test_a_when_clause_dates_the_lede_as_its_main_clause_would() -> None:
    # ``Ketten meghaltak, amikor vasárnap felrobbant egy bomba``: what the main clause tells
    # happened on that day too (a ``miután`` clause's day, above, sets no reference).
    lede = (
        f"Ketten/kettő/NUM meghaltak/meghal/VERB/{PAST} , amikor/amikor/SCONJ "
        f"vasárnap/vasárnap/NOUN/Case=Nom felrobbant/felrobban/VERB/{PAST} egy/egy/DET "
        "bomba/bomba/NOUN/Case=Nom ."
    )
    event = talks((SegmentKind.HEADLINE, TALKS), (SegmentKind.LEDE, lede))
    assert dated(event) == (SUNDAY, None, EventDatePrecision.DAY)


def test_a_lede_with_two_dates_leaves_the_headline_to_the_news_of_the_day() -> None:
    lede = (
        f"Vasárnap/vasárnap/NOUN/Case=Nom ülésezett/ülésezik/VERB/{PAST} a/a/DET "
        f"tanács/tanács/NOUN/Case=Nom , kedden/kedd/NOUN/Case=Sup szavazott/szavaz/VERB/{PAST} ."
    )
    event = talks((SegmentKind.HEADLINE, TALKS), (SegmentKind.LEDE, lede))
    assert dated(event) == (dt.date(2026, 1, 22), dt.date(2026, 1, 23), EventDatePrecision.RANGE)


def test_a_weekend_in_the_clause_before_dates_the_coordinated_clause() -> None:
    text = (
        f"Putyin/Putyin/{NOM} a/a/DET hét/hét/NOUN végén/vég/NOUN/Case=Sup "
        f"pihent/pihen/VERB/{PAST} , és/és/CCONJ tárgyalt/tárgyal/VERB/{PAST} "
        "Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    event = talks(text)
    assert dated(event) == (dt.date(2026, 1, 17), SUNDAY, EventDatePrecision.RANGE)


def test_a_temporal_adjective_dates_its_event_noun_not_the_clause() -> None:
    text = (
        f"Csütörtökön/csütörtök/NOUN/Case=Sup Putyin/Putyin/{NOM} a/a/DET "
        "múlt/múlt/ADJ heti/heti/ADJ "
        f"tárgyalásáról/tárgyalás/NOUN/Case=Del|{OWNED} "
        f"beszélt/beszél/VERB/{PAST} ."
    )
    article = mentioned(build(text), ("Putyin", "PER", "Q7747"))
    consults = [e for e in code_events(article, FACTS) if e.type == "CONSULT"]
    talk = next(e for e in consults if "tárgyalás" in article.text[e.evidence[0].start :])
    assert talk.date == dt.date(2026, 1, 12) and talk.end_date == dt.date(2026, 1, 18)


def test_a_relative_clause_dates_the_event_noun_before_it() -> None:
    text = (
        f"Putyin/Putyin/{NOM} csütörtökön/csütörtök/NOUN/Case=Sup "
        f"ismertette/ismertet/VERB/{PAST} a/a/DET tárgyalást/tárgyalás/NOUN/Case=Acc , "
        "amely/amely/PRON/Case=Nom|PronType=Rel kedden/kedd/NOUN/Case=Sup "
        f"Witkoff-fal/Witkoff/PROPN/Case=Ins zajlott/zajlik/VERB/{PAST} ."
    )
    assert dated(talks(text)) == (TUESDAY, None, EventDatePrecision.DAY)


def quoted_rejection(verb: str, when: str) -> Event:
    """``„Putyin elutasítja a tervet.” – mondta Peszkov kedden.``, with the quote recorded."""
    text = (
        f"„ Putyin/Putyin/{NOM} {verb} a/a/DET tervet/terv/NOUN/Case=Acc . ” "
        f"– mondta/mond/VERB/{PAST} Peszkov/Peszkov/{NOM} {when} ."
    )
    article = mentioned(build(text), ("Putyin", "PER", "Q7747"), ("Peszkov", "PER", "nil:t:p"))
    start, end = article.text.index("„"), article.text.index("”") + 1
    cue, speaker = article.text.index("mondta"), article.text.index("Peszkov")
    quote = Quote(
        start, end, QuoteKind.DIRECT, "mond", cue, cue + 6, "nil:t:p", speaker, speaker + 7
    )
    [event] = code_events(replace(article, quotes=(quote,)), FACTS)
    return event


def test_an_act_told_in_the_present_in_a_quote_happened_when_it_was_said() -> None:
    present = f"elutasítja/elutasít/VERB/{PRESENT}"
    event = quoted_rejection(present, "kedden/kedd/NOUN/Case=Sup")
    assert dated(event) == (TUESDAY, None, EventDatePrecision.DAY)
    assert dated(quoted_rejection(present, "")) == UNKNOWN


def test_a_past_event_a_quote_narrates_is_not_dated_by_the_attribution() -> None:
    event = quoted_rejection(f"elutasította/elutasít/VERB/{PAST}", "kedden/kedd/NOUN/Case=Sup")
    assert dated(event) == UNKNOWN


def test_a_caption_event_takes_no_date_from_the_paragraph_before() -> None:
    event = talks(ON_TUESDAY, (SegmentKind.CAPTION, TALKS))
    assert dated(event) == UNKNOWN


def test_a_background_clause_inherits_no_reference_time() -> None:
    # ``…, amikor tárgyalt Witkoff-fal``: an adverbial clause tells background, not the
    # story line the sentence before set the time of.
    background = (
        f"Putyin/Putyin/{NOM} hallgatott/hallgat/VERB/{PAST} , amikor/amikor/ADV/PronType=Rel "
        f"tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    assert dated(talks(f"{ON_TUESDAY} {background}")) == UNKNOWN


def test_a_plan_is_not_dated_by_the_day_another_clause_announced_it() -> None:
    announced = (
        f"Putyin/Putyin/{NOM} kedden/kedd/NOUN/Case=Sup azt/az/PRON/Case=Acc "
        f"mondta/mond/VERB/{PAST} , hogy/hogy/SCONJ tárgyalni/tárgyal/VERB/VerbForm=Inf "
        f"tervez/tervez/VERB/{PRESENT} Witkoff-fal/Witkoff/PROPN/Case=Ins ."
    )
    event = talks(announced)
    assert event.modality is Modality.PLANNED
    assert dated(event) == UNKNOWN
    done = announced.replace(
        "tárgyalni/tárgyal/VERB/VerbForm=Inf tervez/tervez/VERB/",
        "tárgyalt/tárgyal/VERB/",
    ).replace(f"{PRESENT} Witkoff", f"{PAST} Witkoff")
    assert dated(talks(done)) == (TUESDAY, None, EventDatePrecision.DAY)


def test_a_possible_event_is_not_dated_by_the_day_its_attribution_names() -> None:
    # ``Putyin esetleges tárgyalása Witkoff-fal – mondta tegnap Peszkov``: one clause, and
    # yesterday is when the possibility was told, not when the talks happen.
    text = (
        f"Putyin/Putyin/{NOM} esetleges/esetleges/ADJ "
        "tárgyalása/tárgyalás/NOUN/Case=Nom|Number[psor]=Sing|Person[psor]=3 "
        "Witkoff-fal/Witkoff/PROPN/Case=Ins "
        f"– mondta/mond/VERB/{PAST} tegnap/tegnap/ADV Peszkov/Peszkov/{NOM} ."
    )
    article = mentioned(
        build(text),
        ("Putyin", "PER", "Q7747"),
        ("Witkoff-fal", "PER", "kronika:steve-witkoff"),
        ("Peszkov", "PER", "nil:t:p"),
    )
    cue = article.text.index("mondta")
    quote = Quote(0, article.text.index(" –"), QuoteKind.INDIRECT, "mond", cue, cue + 6)
    [event] = [
        e for e in code_events(replace(article, quotes=(quote,)), FACTS) if e.type == "CONSULT"
    ]
    assert event.modality is Modality.HYPOTHETICAL
    assert dated(event) == UNKNOWN


def test_a_day_on_a_participle_dates_the_event_noun_it_modifies() -> None:
    # ``a kedden tartott tárgyalásáról beszélt csütörtökön``: Tuesday is the talks' day,
    # Thursday the day he spoke of them.
    text = (
        f"Csütörtökön/csütörtök/NOUN/Case=Sup Putyin/Putyin/{NOM} a/a/DET "
        "kedden/kedd/NOUN/Case=Sup tartott/tartott/ADJ/VerbForm=PartPast "
        f"tárgyalásáról/tárgyalás/NOUN/Case=Del|{OWNED} beszélt/beszél/VERB/{PAST} ."
    )
    article = mentioned(build(text), ("Putyin", "PER", "Q7747"))
    consults = [e for e in code_events(article, FACTS) if e.type == "CONSULT"]
    talk = next(e for e in consults if "tárgyalás" in article.text[e.evidence[0].start :])
    assert dated(talk) == (TUESDAY, None, EventDatePrecision.DAY)


def headline_attack(words: str) -> Event:
    article = mentioned(
        build((SegmentKind.HEADLINE, words)),
        ("Putyin", "PER", "Q7747"),
        ("Witkoff", "PER", "kronika:steve-witkoff"),
    )
    [event] = [e for e in code_events(article, FACTS) if e.type == "ASSAULT"]
    return event


def test_a_past_participle_in_the_headline_is_background_not_the_news_of_the_day() -> None:
    # ``A Putyin által megtámadott Witkoff felépült``: the attack came before the news.
    described = (
        f"A/a/DET Putyin/Putyin/{NOM} által/által/ADP "
        "megtámadott/megtámad/ADJ/VerbForm=PartPast Witkoff/Witkoff/PROPN/Case=Nom "
        f"felépült/felépül/VERB/{PAST}"
    )
    assert dated(headline_attack(described)) == UNKNOWN
    told = f"Putyin/Putyin/{NOM} megtámadta/megtámad/VERB/{PAST} Witkoffot/Witkoff/PROPN/Case=Acc"
    assert dated(headline_attack(told)) == (
        dt.date(2026, 1, 22),
        dt.date(2026, 1, 23),
        EventDatePrecision.RANGE,
    )


def test_a_day_ahead_in_another_clause_does_not_date_a_past_event() -> None:
    # ``Putyin tárgyalt Witkoff-fal, a döntés jövő héten születik meg``.
    text = (
        f"Putyin/Putyin/{NOM} tárgyalt/tárgyal/VERB/{PAST} Witkoff-fal/Witkoff/PROPN/Case=Ins , "
        "a/a/DET döntés/döntés/NOUN/Case=Nom jövő/jövő/ADJ héten/hét/NOUN/Case=Sup "
        f"születik/születik/VERB/{PRESENT} meg/meg/ADV ."
    )
    assert dated(talks(text)) == UNKNOWN


def test_later_breaks_the_reference_time_of_the_paragraph() -> None:
    later = f"Később/később/ADV {TALKS}"
    assert dated(talks(f"{ON_TUESDAY} {later}")) == UNKNOWN


def test_a_clause_timed_by_another_event_takes_neither_the_reference_nor_the_news_day() -> None:
    # ``a beszéde után tárgyalt``: after a speech whose day this sentence does not give.
    after = TALKS.replace(
        f"tárgyalt/tárgyal/VERB/{PAST}",
        f"a/a/DET beszéde/beszéd/NOUN/Case=Nom|{OWNED} után/után/ADP tárgyalt/tárgyal/VERB/{PAST}",
    )
    assert dated(talks(f"{ON_TUESDAY} {after}")) == UNKNOWN
    assert dated(talks((SegmentKind.HEADLINE, after))) == UNKNOWN
    # The talks' own noun times what follows them, not the talks (``a tárgyalások után``).
    own = (
        f"Putyin/Putyin/{NOM} és/és/CCONJ Witkoff/Witkoff/PROPN/Case=Nom "
        f"tárgyalása/tárgyalás/NOUN/Case=Nom|{OWNED} után/után/ADP csend/csend/NOUN/Case=Nom "
        f"lett/lesz/VERB/{PAST} ."
    )
    own_talks = talks((SegmentKind.HEADLINE, own))
    assert own_talks.date_precision is EventDatePrecision.RANGE
    # In front of a name, ``előtt`` is a place (``Moszkva előtt``), not a time.
    before = TALKS.replace(
        f"tárgyalt/tárgyal/VERB/{PAST}",
        f"Moszkva/Moszkva/PROPN/Case=Nom előtt/előtt/ADP tárgyalt/tárgyal/VERB/{PAST}",
    )
    assert dated(talks(f"{ON_TUESDAY} {before}")) == (TUESDAY, None, EventDatePrecision.DAY)


def test_a_temporal_adjective_dates_its_noun_across_a_comma_and_a_participle() -> None:
    # ``a februári, rosszul sikerült tárgyalásáról``: the tagger reads the participle as the
    # finite past verb of the same form; February is the one before, not the one ahead.
    text = (
        f"Csütörtökön/csütörtök/NOUN/Case=Sup Putyin/Putyin/{NOM} a/a/DET "
        "februári/februári/ADJ ,/,/PUNCT rosszul/rossz/ADJ "
        f"sikerült/sikerül/VERB/{PAST} tárgyalásáról/tárgyalás/NOUN/Case=Del|{OWNED} "
        f"beszélt/beszél/VERB/{PAST} ."
    )
    article = mentioned(build(text), ("Putyin", "PER", "Q7747"))
    consults = [e for e in code_events(article, FACTS) if e.type == "CONSULT"]
    talk = next(e for e in consults if "tárgyalás" in article.text[e.evidence[0].start :])
    assert dated(talk) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28), EventDatePrecision.MONTH)


def dash_attributed_demand(verb: str) -> Event:
    """``<verb> Witkoffot – mondta Putyin, aki kedden nyilatkozott.``"""
    text = (
        f"{verb} Witkoffot/Witkoff/PROPN/Case=Acc – mondta/mond/VERB/{PAST} "
        f"Putyin/Putyin/{NOM} , aki/aki/PRON/Case=Nom|PronType=Rel "
        f"kedden/kedd/NOUN/Case=Sup nyilatkozott/nyilatkozik/VERB/{PAST} ."
    )
    article = mentioned(
        build(text), ("Witkoffot", "PER", "kronika:steve-witkoff"), ("Putyin", "PER", "Q7747")
    )
    [demand] = [e for e in code_events(article, FACTS) if e.type == "REQUEST"]
    return demand


def test_a_performative_act_a_dash_attributes_happened_when_the_speaker_spoke() -> None:
    # The day of the relative clause on the speaker is the day the demand was made by
    # saying it; a past act the statement narrates (``Felszólítottam``) came before.
    first_singular = "Number=Sing|Person=1"
    now = dash_attributed_demand(f"Felszólítom/felszólít/VERB/{first_singular}|{PRESENT}")
    assert dated(now) == (TUESDAY, None, EventDatePrecision.DAY)
    before = dash_attributed_demand(f"Felszólítottam/felszólít/VERB/{first_singular}|{PAST}")
    assert dated(before) == UNKNOWN


def test_a_present_tense_framing_lede_leaves_the_headline_to_its_second_sentence() -> None:
    # ``Összegyűjtjük a hét híreit. Vasárnap ülésezett a tanács.``: the framing tells nothing
    # past, so the day of the news is the second sentence's; a lede that opens on a past
    # event without a date keeps the headline to the news of the day.
    sunday = (
        f"Vasárnap/vasárnap/NOUN/Case=Nom ülésezett/ülésezik/VERB/{PAST} "
        "a/a/DET tanács/tanács/NOUN/Case=Nom ."
    )
    framing = (
        f"Összegyűjtjük/összegyűjt/VERB/{PRESENT} a/a/DET hét/hét/NOUN/Case=Nom "
        "híreit/hír/NOUN/Case=Acc ."
    )
    event = talks((SegmentKind.HEADLINE, TALKS), (SegmentKind.LEDE, f"{framing} {sunday}"))
    assert dated(event) == (SUNDAY, None, EventDatePrecision.DAY)
    past = f"A/a/DET tanács/tanács/NOUN/Case=Nom ülésezett/ülésezik/VERB/{PAST} ."
    event = talks((SegmentKind.HEADLINE, TALKS), (SegmentKind.LEDE, f"{past} {sunday}"))
    assert dated(event) == (dt.date(2026, 1, 22), dt.date(2026, 1, 23), EventDatePrecision.RANGE)


def arrests(*segments: str | tuple[SegmentKind, str]) -> list[Event]:
    """The COERCE events of an article in which the police arrest Kovács and Szabó."""
    article = build(*segments)
    names = [
        (word.rstrip("."), "PER", f"kronika:{word[:5].lower()}")
        for word in article.text.split()
        if word.startswith(("Kovács", "Szabó"))
    ]
    events = code_events(mentioned(article, *names), FACTS)
    return sorted((e for e in events if e.type == "COERCE"), key=lambda e: e.start)


ARRESTED_KOVACS = (
    "A/a/DET rendőrség/rendőrség/NOUN/Case=Nom kedden/kedd/NOUN/Case=Sup "
    f"letartóztatta/letartóztat/VERB/{PAST} Kovácsot/Kovács/PROPN/Case=Acc ."
)
SQUARE = f"A/a/DET tér/tér/NOUN/Case=Nom üres/üres/ADJ volt/van/VERB/{PAST} ."


def test_a_body_act_of_the_ledes_story_takes_its_day() -> None:
    # ``A rendőrség Szabót is letartóztatta a helyszínen``: another arrest of the story the
    # lede dates, which stays its own event (another counterpart).
    szabo = (
        "A/a/DET rendőrség/rendőrség/NOUN/Case=Nom Szabót/Szabó/PROPN/Case=Acc "
        f"is/is/ADV letartóztatta/letartóztat/VERB/{PAST} a/a/DET "
        "helyszínen/helyszín/NOUN/Case=Sup ."
    )
    lede, body = arrests((SegmentKind.LEDE, ARRESTED_KOVACS), f"{SQUARE} {szabo}")
    assert dated(lede) == dated(body) == (TUESDAY, None, EventDatePrecision.DAY)
    # Another actor's act is not the story's; a time word or another event times an act
    # by itself.
    army = szabo.replace("rendőrség/rendőrség", "hadsereg/hadsereg")
    earlier = szabo.replace("is/is/ADV", "korábban/korábban/ADV")
    after = szabo.replace(
        "is/is/ADV", f"a/a/DET tüntetése/tüntetés/NOUN/Case=Nom|{OWNED} után/után/ADP"
    )
    for other in (army, earlier, after):
        _, body = arrests((SegmentKind.LEDE, ARRESTED_KOVACS), f"{SQUARE} {other}")
        assert dated(body) == UNKNOWN, other


def headline_criticism(*days: str) -> Event:
    """The ACCUSE of a headline (``Putyin bírálta Witkoffot``) whose body quotes Putyin once
    per day in ``days`` (an empty string: a quote with no day)."""
    headline = f"Putyin/Putyin/{NOM} bírálta/bírál/VERB/{PAST} Witkoffot/Witkoff/PROPN/Case=Acc"
    paragraphs = [
        f"Putyin/Putyin/{NOM} {day} azt/az/PRON/Case=Acc mondta/mond/VERB/{PAST} : "
        "„ Sok/sok/ADJ a/a/DET munka/munka/NOUN/Case=Nom . ”"
        for day in days
    ]
    article = build((SegmentKind.HEADLINE, headline), *paragraphs)
    names = [("Putyin", "PER", "Q7747"), ("Witkoff", "PER", "kronika:steve-witkoff")]
    names += [("Putyin", "PER", "Q7747")] * len(days)
    article = mentioned(article, *names)
    quotes = []
    position = 0
    for _ in days:
        start = article.text.index("„", position)
        end = position = article.text.index("”", start) + 1
        cue = article.text.rindex("mondta", 0, start)
        speaker = article.text.rindex("Putyin", 0, cue)
        quotes.append(
            Quote(start, end, QuoteKind.DIRECT, "mond", cue, cue + 6, "Q7747", speaker, speaker + 6)
        )
    [event] = [
        e for e in code_events(replace(article, quotes=tuple(quotes)), FACTS) if e.type == "ACCUSE"
    ]
    return event


def test_a_headline_criticism_is_dated_by_the_day_its_critic_was_quoted_in_the_body() -> None:
    # ``Putyin bírálta Witkoffot`` over ``Putyin kedden azt mondta: „…”``: saying the words
    # was the criticism the headline sums up.
    assert dated(headline_criticism("kedden/kedd/NOUN/Case=Sup")) == (
        TUESDAY,
        None,
        EventDatePrecision.DAY,
    )
    news = (dt.date(2026, 1, 22), dt.date(2026, 1, 23), EventDatePrecision.RANGE)
    # Quotes with no day, or on two different days, leave it to the news of the day.
    assert dated(headline_criticism("")) == news
    two_days = headline_criticism("kedden/kedd/NOUN/Case=Sup", "vasárnap/vasárnap/NOUN/Case=Nom")
    assert dated(two_days) == news
