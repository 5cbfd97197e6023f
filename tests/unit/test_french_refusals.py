"""Real refusals of assistants/ and storage/ come out whole in French, values in place.

The French here is a small catalogue given to `phrase_text` (the app's comes from the
compiled .qm, see tests/gui/test_french_refusals.py); what is checked is that each refusal
carries its template and values (and its reasons as templates too), so no English is left.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from assistants.errors import ModelRefused
from assistants.installed import check_name
from assistants.loading import safetensors_parameters, validate_model_dir
from desktop.jobs import phrase_text
from storage.errors import ValidationError
from storage.money import parse_amount
from storage.templates import default_template

FRENCH = {
    "“{name}” cannot name a model: Windows keeps that name for a device. Choose another name.":
        "« {name} » ne peut pas nommer un modèle : Windows réserve ce nom à un périphérique. "
        "Choisissez un autre nom.",
    "{file} is not a valid safetensors file ({why}): the file is damaged or incomplete. "
    "Download or copy it again.":
        "{file} n’est pas un fichier safetensors valide ({why}) : il est abîmé ou incomplet. "
        "Téléchargez-le ou copiez-le de nouveau.",
    "its header announces {n} bytes": "son en-tête annonce {n} octets",
    "The folder {folder} cannot be used: it holds entries that are not regular files "
    "({entries}). Atelier reads only the files that are inside a model's folder, never what a "
    "link points to.":
        "Le dossier {folder} est inutilisable : il contient des éléments qui ne sont pas des "
        "fichiers ordinaires ({entries}). Atelier ne lit que les fichiers qui se trouvent dans "
        "le dossier d’un modèle, jamais la cible d’un lien.",
    "{entry} ({kind})": "{entry} ({kind})",
    "a link": "un lien",
    "There is no template “{template}”. Known templates: {known} (and yours, listed by "
    "`atelier templates list`).":
        "Il n’y a pas de modèle « {template} ». Modèles connus : {known} (et les vôtres, "
        "listés par `atelier templates list`).",
    "“{text}” is not an amount.": "« {text} » n’est pas un montant.",
}


def french(_context: str, text: str) -> str:
    return FRENCH.get(text, text)


def refusal(call: Callable[[], object]) -> str:
    with pytest.raises((ModelRefused, ValidationError)) as caught:
        call()
    error = caught.value
    context = "assistants" if isinstance(error, ModelRefused) else "storage"
    return phrase_text(error.message, context, french)


def test_a_reserved_model_name_is_refused_in_french() -> None:
    assert refusal(lambda: check_name("con")) == (
        "« con » ne peut pas nommer un modèle : Windows réserve ce nom à un périphérique. "
        "Choisissez un autre nom.")


def test_a_damaged_safetensors_header_is_refused_in_french(tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(struct.pack("<Q", 10**6) + json.dumps({}).encode())
    assert refusal(lambda: safetensors_parameters(weights)) == (
        "model.safetensors n’est pas un fichier safetensors valide (son en-tête annonce "
        "1000000 octets) : il est abîmé ou incomplet. Téléchargez-le ou copiez-le de nouveau.")


def test_a_model_folder_with_a_link_is_refused_in_french(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    try:
        (folder / "weights.safetensors").symlink_to(tmp_path / "elsewhere.bin")
    except OSError:
        pytest.skip("this system cannot make a link")
    assert refusal(lambda: validate_model_dir(folder)) == (
        "Le dossier tiny est inutilisable : il contient des éléments qui ne sont pas des "
        "fichiers ordinaires (weights.safetensors (un lien)). Atelier ne lit que les fichiers "
        "qui se trouvent dans le dossier d’un modèle, jamais la cible d’un lien.")


def test_an_unknown_template_is_refused_in_french() -> None:
    text = refusal(lambda: default_template("no-such-template"))
    assert text.startswith("Il n’y a pas de modèle « no-such-template ». Modèles connus : ")
    assert text.endswith("(et les vôtres, listés par `atelier templates list`).")


def test_a_word_that_is_not_an_amount_is_refused_in_french() -> None:
    assert refusal(lambda: parse_amount("abc", "EUR")) == "« abc » n’est pas un montant."
