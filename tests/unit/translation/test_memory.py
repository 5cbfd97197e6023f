"""The translation memory: exact and fuzzy matches, TMX 1.4 in and out (inline codes as
placeholders), malformed files refused with nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import Store
from storage.errors import ValidationError
from storage.tables import TranslationUnit
from storage.translation import memory as sm
from storage.translation.memory import TmxError, TranslationMemory, normalize_source


def test_normalisation_keeps_case_punctuation_and_placeholders() -> None:
    assert normalize_source("  Le\u00a0devis\n est  prêt ! ") == "Le devis est prêt !"
    assert normalize_source("L’offre") == normalize_source("L'offre")
    tm = TranslationMemory("fr", "en")
    tm.add(1, "Le ⟨1⟩devis⟨/1⟩ est prêt.", "The ⟨1⟩quote⟨/1⟩ is ready.")
    assert tm.exact("Le  ⟨1⟩devis⟨/1⟩ est prêt.").target == "The ⟨1⟩quote⟨/1⟩ is ready."
    assert tm.exact("Le devis est prêt.") is None
    assert tm.exact("le ⟨1⟩devis⟨/1⟩ est prêt.") is None


def test_fuzzy_scores_threshold_and_order() -> None:
    tm = TranslationMemory("fr", "en")
    tm.add(1, "La facture sera envoyée lundi.", "The invoice will be sent on Monday.")
    tm.add(2, "La facture sera envoyée lundi matin.", "The invoice will be sent Monday morning.")
    tm.add(3, "Rien à voir avec le reste.", "Nothing to do with the rest.")
    tm.add(4, "la facture sera envoyée mardi.", "The invoice will be sent on Tuesday.")
    found = tm.fuzzy("La facture sera envoyée mardi.")
    assert [m.unit_id for m in found] == [4, 1, 2]
    assert found[0].score == 99  # differs only in case
    assert all(75 <= m.score <= 99 for m in found)
    assert tm.fuzzy("Une phrase complètement différente.") == []
    # Inflected words still find their match (stems are indexed, not whole words).
    tm.add(5, "La facture est envoyée.", "The invoice is sent.")
    assert tm.fuzzy("Les factures sont envoyées.")[0].unit_id == 5
    assert tm.fuzzy("La facture sera envoyée mardi.", threshold=95, limit=1)[0].unit_id == 4
    assert [m.score for m in tm.lookup("La facture sera envoyée lundi.")][:1] == [100]
    # Replacing a unit keeps the index right.
    tm.add(4, "Autre chose entièrement.", "Something else.")
    assert 4 not in [m.unit_id for m in tm.fuzzy("La facture sera envoyée mardi.")]
    tm.remove(1)
    assert len(tm) == 4


def test_fuzzy_finds_the_match_among_many_units() -> None:
    tm = TranslationMemory("fr", "en")
    for n in range(5000):
        tm.add(n, f"Le client numéro {n} a payé la facture de {n * 7} euros le {n % 28 + 1} mai.",
               f"Client {n} paid")
    tm.add(99999, "Merci pour votre commande de traductions techniques.", "Thanks")
    [best, *_] = tm.fuzzy("Merci pour votre commande de traduction technique.")
    assert best.unit_id == 99999 and best.score >= 90
    found = tm.fuzzy("Le client numéro 1234 a payé sa facture de 8638 euros le 3 mai.")
    assert found[0].unit_id == 1234 and found[0].score >= 95


def test_units_in_the_store(tstore: Store) -> None:
    with tstore.transaction() as s:
        u = sm.add_unit(s, "fr-FR", "en-GB", "Bonjour.", "Hello.")
        assert (u.source_lang, u.target_lang) == ("fr", "en")
        sm.add_unit(s, "fr", "en", "Bonjour.", "Hi.")
        assert sm.count_units(s, "fr", "en") == 1
        assert sm.exact_match(s, "fr-CA", "en", " Bonjour. ").target == "Hi."
        sm.add_unit(s, "fr", "en", "Bonjour Madame.", "Hello Madam.")
        assert sm.fuzzy_matches(s, "fr", "en", "Bonjour Madame !")[0].target == "Hello Madam."
        assert [x.target for x in sm.list_units(s, "fr", "en", search="madam")] == [
            "Hello Madam."]
        for args in (("", "x"), ("x", " ")):
            with pytest.raises(ValidationError):
                sm.add_unit(s, "fr", "en", *args)
        sm.delete_unit(s, u.id)
        assert sm.count_units(s, "fr", "en") == 1


FOREIGN_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT"
          adminlang="EN-US" srclang="fr-FR" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Cliquez sur <bpt i="1" x="1">&lt;b&gt;</bpt>Enregistrer<ept
        i="1">&lt;/b&gt;</ept> <ph x="2">&lt;img/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Click <ph x="2">&lt;img/&gt;</ph> <bpt i="7"
        x="1">&lt;b&gt;</bpt>Save<ept i="7">&lt;/b&gt;</ept>.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="FR"><seg>Texte <hi type="em">important</hi> ici.</seg></tuv>
      <tuv lang="EN"><seg>Important text here.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr"><seg>Codes qui ne vont pas <bpt i="1">[</bpt>ensemble<ept
        i="1">]</ept>.</seg></tuv>
      <tuv xml:lang="en"><seg>Codes that <ph x="9">{x}</ph> do not fit.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="fr"><seg>Seulement en français.</seg></tuv>
        <tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
    <tu><tuv xml:lang="fr"><seg>Vide.</seg></tuv><tuv xml:lang="en"><seg> </seg></tuv></tu>
    <tu><tuv xml:lang="fr"><seg>Deux fois.</seg></tuv>
        <tuv xml:lang="en"><seg>Once.</seg></tuv></tu>
    <tu><tuv xml:lang="fr"><seg>Deux fois.</seg></tuv>
        <tuv xml:lang="en"><seg>Twice.</seg></tuv></tu>
  </body>
</tmx>
""".encode()


def test_tmx_import_maps_inline_codes_to_placeholders(tstore: Store) -> None:
    with tstore.transaction() as s:
        r = sm.import_tmx(s, FOREIGN_TMX, "fr", "en", name="omegat.tmx")
        assert (r.added, r.updated, r.unchanged, r.skipped) == (4, 0, 0, 3)
        units = {u.source: u for u in s.scalars(select(TranslationUnit))}
    assert units["Cliquez sur ⟨1⟩Enregistrer⟨/1⟩ ⟨2/⟩."].target == "Click ⟨2/⟩ ⟨1⟩Save⟨/1⟩."
    assert units["Texte important ici."].target == "Important text here."
    # Codes that do not fit: both sides as plain text (native code dropped).
    assert units["Codes qui ne vont pas ensemble."].target == "Codes that  do not fit."
    assert units["Deux fois."].target == "Twice."
    assert units["Deux fois."].origin == "tmx:omegat.tmx"


def test_tmx_round_trip(tstore: Store, tmp_path: Path) -> None:
    pairs = {"Le ⟨1⟩devis⟨/1⟩ est ⟨2/⟩ prêt.": "The ⟨1⟩quote⟨/1⟩ is ⟨2/⟩ ready.",
             "  Espaces  gardés ": "Spaces kept",
             "Ça & <ça> « guillemets »": "This & <that> “quotes”"}
    with tstore.transaction() as s:
        for source, target in pairs.items():
            sm.add_unit(s, "fr", "en", source, target)
        assert sm.export_tmx(s, "fr", "en", tmp_path / "out.tmx") == 3
    data = (tmp_path / "out.tmx").read_bytes()
    assert b'<tmx version="1.4">' in data and b'xml:lang="fr"' in data
    assert b'<bpt i="1" x="1">\xe2\x9f\xa81\xe2\x9f\xa9</bpt>' in data
    read, skipped = sm.read_tmx(data, "out.tmx", "fr", "en")
    assert skipped == 0 and dict(read) == pairs
    # Importing it again changes nothing.
    with tstore.transaction() as s:
        r = sm.import_tmx(s, tmp_path / "out.tmx", "fr", "en")
        assert (r.added, r.updated, r.unchanged) == (0, 0, 3)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "not well-formed XML"),
    (b"<tmx><body><tu>", "not well-formed XML"),
    (b"\xff\xfe\x00garbage", "XML"),
    (b"<xliff version='1.2'/>", "root element is <xliff>"),
    (b"<tmx version='1.4'><header/></tmx>", "no <body>"),
    (b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]>'
     b"<tmx><body><tu><tuv xml:lang='fr'><seg>&a;</seg></tuv></tu></body></tmx>", "entities"),
])
def test_malformed_tmx_is_refused_and_nothing_is_imported(
        tstore: Store, data: bytes, message: str) -> None:
    with tstore.transaction() as s:
        sm.add_unit(s, "fr", "en", "Déjà là.", "Already there.")
    with pytest.raises(TmxError, match=message) as err, tstore.transaction() as s:
        sm.import_tmx(s, data, "fr", "en", name="broken.tmx")
    assert str(err.value).startswith("broken.tmx")
    with tstore.session() as s:
        assert s.scalar(select(func.count(TranslationUnit.id))) == 1


def test_tmx_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(TmxError, match=r"memory\.tmx, line 3"):
        sm.read_tmx(b"<tmx>\n<body>\n<tu></tuv>\n</body></tmx>", "memory.tmx", "fr", "en")
    with pytest.raises(TmxError, match="file not found"):
        sm.import_tmx(None, tmp_path / "absent.tmx", "fr", "en")  # type: ignore[arg-type]
