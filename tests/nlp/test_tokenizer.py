"""Krónika's tokenizer on the shapes of Hungarian news text (spaCy's Hungarian rules plus
Krónika's tuning), without a trained model."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from kronika.nlp.tokenizer import tune_tokenizer  # noqa: E402


@pytest.fixture(scope="module")
def tokenize():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp)
    return lambda text: [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("2025. augusztus 15-én", ["2025.", "augusztus", "15-én"]),
        ("Witkoff-fal és Abu-Dzabiban", ["Witkoff-fal", "és", "Abu-Dzabiban"]),
        ("„A háttéralku elmarad”", ["„", "A", "háttéralku", "elmarad", "”"]),
        ("– fogalmazott Koc.", ["–", "fogalmazott", "Koc", "."]),
        ("kb. 10%-kal, stb.", ["kb.", "10%-kal", ",", "stb."]),
        ("Jan. 23-án", ["Jan.", "23-án"]),
        ("Kb. 300 ember", ["Kb.", "300", "ember"]),
        ("a NATO-t és az EU-t", ["a", "NATO-t", "és", "az", "EU-t"]),
        ("12:30-kor az 1990-es években", ["12:30-kor", "az", "1990-es", "években"]),
        ("a Fidesz–KDNP-nek", ["a", "Fidesz–KDNP-nek"]),
        ("áll-e. Az", ["áll", "-e", ".", "Az"]),
        # A sentence glued to the next keeps its question particle apart all the same.
        ("áll-e.Az", ["áll", "-e", ".", "Az"]),
        ("tudja-e,hogy", ["tudja", "-e", ",", "hogy"]),
        # An article glued to the capital after it, and what that name is glued to in turn.
        ("írta azRTL szerint", ["írta", "az", "RTL", "szerint"]),
        ("aCapitolium ostroma", ["a", "Capitolium", "ostroma"]),
        ("azEU-t", ["az", "EU-t"]),
        ("aBBCa Guardian", ["a", "BBC", "a", "Guardian"]),
        ("a NATO-t", ["a", "NATO-t"]),
        # A preverb glued to the capital after it: a headline run into the text, a name.
        ("buktatta leA lövöldözés", ["buktatta", "le", "A", "lövöldözés"]),
        ("szólította megEurópa vezetőit", ["szólította", "meg", "Európa", "vezetőit"]),
        ("az eBay és a LeBron", ["az", "eBay", "és", "a", "LeBron"]),
        # A name glued to the lower-case part of a hyphenated word; hyphenated names stay.
        ("a Facebook-oldalánKovács Péter", ["a", "Facebook-oldalán", "Kovács", "Péter"]),
        ("Kovács-Szabó Anna", ["Kovács-Szabó", "Anna"]),
        ("a magyar-Ukrán", ["a", "magyar-Ukrán"]),
    ],
)
def test_news_shapes_tokenize_as_hungarian_readers_expect(
    tokenize, text: str, tokens: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert tokenize(text) == tokens


def test_tuning_adds_capitalised_abbreviations_only_once() -> None:
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp)
    count = len(nlp.tokenizer.rules)
    tune_tokenizer(nlp)
    assert len(nlp.tokenizer.rules) == count


#: Word forms as NerKor's list would have them (counts), written for these tests.
FORMS = {
    "tárgyalások": 40, "után": 800, "az": 9000, "ukrajnai": 30, "forrásból": 3,
    "biztosítja": 12, "stratégiáról": 2, "is": 5000, "béke": 50, "tárgyalás": 60,
    "a": 20000, "kétnapos": 4, "nyolcvan": 9, "egy": 7000, "melyikkel": 3, "mas": 2,
    "ami": 400, "szent": 30, "endre": 6, "csapások": 5, "érték": 20, "csapás": 9,
    "kormány": 100, "levél": 30, "levelek": 6, "jogi": 25, "ok": 40,
    "gábor": 12, "Gábor": 12, "kérte": 28, "hétfőn": 60, "iroda": 20, "ház": 300,
    "irodaház": 2, "cseh": 40, "Cseh": 24, "ország": 500, "országgal": 20, "malmö": 3,
    "Malmö": 3, "szerint": 900, "fenn": 20, "akadás": 5, "ennek": 50, "hajót": 8,
    "tettem": 22, "tavasz": 10, "kert": 10, "Ferenc": 9, "tegnap": 80, "márta": 1,
    "blackberry": 5, "black": 14, "mondta": 300, "idézte": 25, "korea": 9, "ritka": 3,
    "utána": 40, "átírta": 2, "aTyr": 2, "eljuttatott": 1, "Donald": 9, "Trump": 14,
    "trump": 14, "elnök": 122, "csúcs": 30, "óta": 200, "csúcsra": 6, "utalt": 15,
    "előre": 40, "lépés": 30, "elő": 50,
}  # fmt: skip


@pytest.fixture(scope="module")
def tokenize_with_forms():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp, forms=FORMS)
    return lambda text: [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("tárgyalásokután", ["tárgyalások", "után"]),
        ("azukrajnai", ["az", "ukrajnai"]),
        ("forrásbólbiztosítja", ["forrásból", "biztosítja"]),
        ("stratégiárólis", ["stratégiáról", "is"]),
        ("Akétnapos", ["A", "kétnapos"]),
        # Compounds, numerals, relative pronouns and names stay whole.
        ("béketárgyalás", ["béketárgyalás"]),
        ("nyolcvanegy", ["nyolcvanegy"]),
        ("amelyikkel", ["amelyikkel"]),
        ("Masami", ["Masami"]),
        ("Szentendre", ["Szentendre"]),
        # A plural or possessive of a known form of six letters or more before a word.
        ("csapásokérték", ["csapások", "érték"]),
        ("kormányaiérték", ["kormányai", "érték"]),
        ("fennakadás", ["fennakadás"]),
        # A known name before a common word.
        ("Gáborkérte", ["Gábor", "kérte"]),
        ("Gáborhétfőn", ["Gábor", "hétfőn"]),
        # A foreign name no list knows before a common word, unless the run has an accent,
        # is two known forms, or the word may be its case suffix (below).
        ("Kowalczykkérte", ["Kowalczyk", "kérte"]),
        ("Csinosítettem", ["Csinosítettem"]),
        ("Tavaszkertszerint", ["Tavaszkertszerint"]),
        # Compounds at the start of a sentence and place names stay whole.
        ("Irodaház", ["Irodaház"]),
        ("Csehországgal", ["Csehországgal"]),
        ("Debrecennek", ["Debrecennek"]),
        # A preverb glued to the article after it, in lower case only.
        ("vezették kia hajót", ["vezették", "ki", "a", "hajót"]),
        ("tette közzéaz", ["tette", "közzé", "az"]),
        ("kedves Bea", ["kedves", "Bea"]),
        ("idea", ["idea"]),
        # The article glued to a common form ending in a vowel; a rare form, a word the
        # list has (``Korea`` is its own word) and a capital stay whole.
        ("mondtaa", ["mondta", "a"]),
        ("idéztea", ["idézte", "a"]),
        ("ritkaa", ["ritkaa"]),
        ("korea", ["korea"]),
        ("Mondtaa", ["Mondtaa"]),
        # A function word with the article glued on; one that is a word itself stays.
        ("szerinta", ["szerint", "a"]),
        ("szerintaz", ["szerint", "az"]),
        ("hogya", ["hogy", "a"]),
        ("utána", ["utána"]),
        # A dash glued to the word after it, which may be glued itself.
        ("„Jó” –mondta", ["„", "Jó", "”", "–", "mondta"]),
        ("„Jó” –mondtaa", ["„", "Jó", "”", "–", "mondta", "a"]),
        ("„Jó” –mondtaGábor", ["„", "Jó", "”", "–", "mondta", "Gábor"]),
        # After a dash a rare past verb still sheds a glued article; elsewhere it stays.
        ("„Jó” –átírtaa", ["„", "Jó", "”", "–", "átírta", "a"]),
        ("átírtaa", ["átírtaa"]),
        ("„Jó” –ritkaa", ["„", "Jó", "”", "–", "ritkaa"]),
        ("2–3", ["2–3"]),
        # A quote's last word, its closing mark, a dash and the attribution glued together.
        ("„Jó vége”–mondtaa", ["„", "Jó", "vége", "”", "–", "mondta", "a"]),
        ("„új korszakot”jósolt", ["„", "új", "korszakot", "”", "jósolt"]),
        ("„Jó”-nak", ["„", "Jó", "”", "-nak"]),
        # A colon announcing a quote, glued to the word before and the quote after it.
        ("hangsúlyozták:„Ilyen", ["hangsúlyozták", ":", "„", "Ilyen"]),
        ("12:30-kor", ["12:30-kor"]),
        # A dash glued to the end of the word before it, also past a closing mark.
        ("biztosítja– ezekből", ["biztosítja", "–", "ezekből"]),
        ("is elkészült”– írta", ["is", "elkészült", "”", "–", "írta"]),
        # A known form is never split.
        ("tárgyalás", ["tárgyalás"]),
        # A capitalised word NerKor knows glued to the next capitalised one (a sentence's
        # last name and the next sentence's first word); camel-case brands stay whole.
        ("FerencTegnap", ["Ferenc", "Tegnap"]),
        # The rest after that capital may be glued itself (a name and a title).
        ("DonaldTrumpelnök", ["Donald", "Trump", "elnök"]),
        ("BlackBerry", ["BlackBerry"]),
        ("MártaTegnap", ["MártaTegnap"]),
        # An article glued to a name that is glued to the next sentence; a camel-case name
        # the list has whole stays.
        ("aFerencTegnap", ["a", "Ferenc", "Tegnap"]),
        ("aTyr", ["aTyr"]),
        # A name with its case ending glued to a word the list has, however rarely; without
        # a case ending the run stays whole.
        ("Telexhezeljuttatott", ["Telexhez", "eljuttatott"]),
        ("Telexeljuttatott", ["Telexeljuttatott"]),
        # A glued capital starts a word that may be glued to the next itself; a name alone
        # after the glue stays whole.
        ("mondtaGáborkérte", ["mondta", "Gábor", "kérte"]),
        ("mondtaKowalczyk", ["mondta", "Kowalczyk"]),
        ("tegnapCsehországgal", ["tegnap", "Csehországgal"]),
        # The same after punctuation glued on before it; a lower-case word after it stays.
        ("tették,mondtaGábor", ["tették", ",", "mondta", "Gábor"]),
        ("bejelentette:elutasítjaKovács", ["bejelentette", ":", "elutasítja", "Kovács"]),
        ("tették,mondta", ["tették", ",", "mondta"]),
        # The last part of a hyphenated word glued to the next word, also after a
        # sublative; a known last part stays whole, and so do a plain compound after a
        # sublative and a compound with an adverb in -re after a hyphen.
        ("EU-csúcsóta", ["EU-csúcs", "óta"]),
        ("NATO-csúcsrautalt", ["NATO-csúcsra", "utalt"]),
        ("NATO-csúcsra utalt", ["NATO-csúcsra", "utalt"]),
        ("előrelépés", ["előrelépés"]),
        ("EU-előrelépés", ["EU-előrelépés"]),
    ],
)
def test_lower_case_glue_splits_only_between_words(
    tokenize_with_forms, text: str, tokens: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert tokenize_with_forms(text) == tokens


def test_without_a_word_list_lower_case_glue_stays() -> None:
    nlp = spacy.blank("hu")
    tune_tokenizer(nlp, forms={})
    assert [t.text for t in nlp("tárgyalásokután")] == ["tárgyalásokután"]
