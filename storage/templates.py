"""Writing templates: the prompts that ask a local model for a first draft.

The templates that ship with Atelier (gig description, proposal, client reply, delivery
message, article, product description, SEO title and meta description) are data, in English
and French, in ``storage/data/templates.json``; their ids are stable (``gig-description``…).
What the user changes lives in the store (table ``templates``): a row with a shipped id
replaces that template's text in that language (``reset_template`` deletes it, so the shipped
text, improved in later versions, comes back); the user's own templates get ids that start
with ``my-``.

A template's text holds variables in braces: ``{brief}``, ``{language}``, ``{tone}``,
``{length}``, ``{keywords}``, ``{client_name}``, ``{gig_title}``, ``{order_title}``,
``{platform}``, ``{message}``… Their values come, in this order of precedence, from what the
person typed, from the order (or gig) and its client, and from the template's defaults.
``render`` turns a template and its values into the chat messages of
``assistants.generation.stream_generate``; a variable without a value is a ValidationError
named after the variable, so a form can show it by that variable's field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.phrases import Phrase
from storage.tables import Gig, Order, PromptTemplate

SUPPORTED_LANGUAGES = ("en", "fr")
USER_PREFIX = "my-"
TITLE_MAX = 300
TEXT_MAX = 20_000

_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Language codes a client's language may be stored as, named in each template language.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "anglais"},
    "fr": {"en": "French", "fr": "français"},
    "es": {"en": "Spanish", "fr": "espagnol"},
    "de": {"en": "German", "fr": "allemand"},
    "it": {"en": "Italian", "fr": "italien"},
    "pt": {"en": "Portuguese", "fr": "portugais"},
    "nl": {"en": "Dutch", "fr": "néerlandais"},
    "ar": {"en": "Arabic", "fr": "arabe"},
}


@dataclass(frozen=True)
class Template:
    """One template in one language, as the person sees it (their edit, or the shipped text)."""

    id: str
    language: str
    """The language of this template's own text (the language of the text it asks for is the
    ``{language}`` variable)."""
    title: str
    description: str
    system: str
    prompt: str
    defaults: Mapping[str, str] = field(default_factory=dict)
    builtin: bool = True
    """Its id ships with Atelier (it can be reset, not deleted)."""
    edited: bool = False
    """The person changed the shipped text in this language."""

    @property
    def variables(self) -> tuple[str, ...]:
        """The variables the template uses, in order of first appearance."""
        return template_variables(self.system + "\n" + self.prompt)


def template_variables(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_VARIABLE.findall(text)))


# --- shipped data ----------------------------------------------------------------------------


@cache
def _data() -> dict[str, Any]:
    text = resources.files("storage").joinpath("data/templates.json").read_text(encoding="utf-8")
    return json.loads(text)


def builtin_ids() -> tuple[str, ...]:
    """The ids of the templates that ship with Atelier, in their display order."""
    return tuple(t["id"] for t in _data()["templates"])


def variable_label(name: str, lang: str = "en") -> str:
    """A short label for a variable's field ("Keywords", "Mots-clés"); the name if unknown."""
    labels = _data()["variables"].get(name)
    return labels[_lang(lang)] if labels else name


def known_variables() -> tuple[str, ...]:
    """The variables that shipped templates use and that orders, gigs and clients can fill."""
    return tuple(_data()["variables"])


def _lang(lang: str) -> str:
    lang = (lang or "en").lower()[:2]
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def _check_lang(lang: str) -> str:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValidationError("language", Phrase(
            "Templates are written in English or French (en, fr), not “{language}”.",
            language=lang))
    return lang


def _common_defaults(lang: str) -> dict[str, str]:
    return dict(_data()["common"]["defaults"][lang])


def _builtin(template_id: str, lang: str) -> Template | None:
    for t in _data()["templates"]:
        if t["id"] == template_id:
            system = t.get("system", _data()["common"]["system"])
            return Template(
                id=template_id, language=lang, title=t["title"][lang],
                description=t["description"][lang], system=system[lang],
                prompt=t["prompt"][lang],
                defaults={**_common_defaults(lang), **t["defaults"].get(lang, {})},
            )
    return None


def default_template(template_id: str, lang: str = "en") -> Template:
    """The shipped text of a template (what ``reset_template`` brings back)."""
    found = _builtin(template_id, _lang(lang))
    if found is None:
        raise _unknown(template_id)
    return found


def _unknown(template_id: str) -> ValidationError:
    return ValidationError("template", Phrase(
        "There is no template “{template}”. Known templates: {known} (and yours, listed by "
        "`atelier templates list`).", template=template_id, known=", ".join(builtin_ids())))


# --- the store's templates -----------------------------------------------------------------


def _from_row(row: PromptTemplate) -> Template:
    shipped = _builtin(row.key, row.language) if row.language in SUPPORTED_LANGUAGES else None
    if shipped is not None:
        return Template(
            id=row.key, language=row.language, title=row.title,
            description=shipped.description, system=row.system, prompt=row.prompt,
            defaults=shipped.defaults, builtin=True, edited=True,
        )
    return Template(
        id=row.key, language=row.language, title=row.title, description="",
        system=row.system, prompt=row.prompt, defaults=_common_defaults(_lang(row.language)),
        builtin=False, edited=False,
    )


def list_templates(s: Session, lang: str = "en") -> list[Template]:
    """Every template in ``lang``: the shipped ones first (as edited, if they were), then the
    person's own by title. A template of theirs that exists only in the other language is
    listed in that language."""
    lang = _lang(lang)
    rows: dict[str, dict[str, PromptTemplate]] = {}
    for row in s.scalars(select(PromptTemplate)):
        rows.setdefault(row.key, {})[row.language] = row
    out = []
    for template_id in builtin_ids():
        row = rows.pop(template_id, {}).get(lang)
        out.append(_from_row(row) if row else default_template(template_id, lang))
    own = []
    for by_lang in rows.values():
        row = by_lang.get(lang) or next(iter(by_lang.values()))
        own.append(_from_row(row))
    out.extend(sorted(own, key=lambda t: (t.title.casefold(), t.id)))
    return out


def get_template(s: Session, template_id: str, lang: str = "en") -> Template:
    """One template in ``lang`` (the person's own template in its other language when it has
    no text in ``lang``); ValidationError("template") when there is none by that id."""
    lang = _lang(lang)
    rows = {r.language: r for r in s.scalars(
        select(PromptTemplate).where(PromptTemplate.key == template_id))}
    if lang in rows:
        return _from_row(rows[lang])
    shipped = _builtin(template_id, lang)
    if shipped is not None:
        return shipped
    if rows:
        return _from_row(next(iter(rows.values())))
    raise _unknown(template_id)


def _validate_text(title: str, system: str, prompt: str) -> tuple[str, str, str]:
    title = (title or "").strip()
    if not title:
        raise ValidationError("title", "A template needs a title.")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    prompt = (prompt or "").strip()
    if not prompt:
        raise ValidationError("prompt", "A template needs instructions for the model.")
    system = (system or "").strip()
    for name, value in (("system", system), ("prompt", prompt)):
        if len(value) > TEXT_MAX:
            raise ValidationError(name, Phrase("This text is too long ({count} characters at "
                                               "most).", count=TEXT_MAX))
    return title, system, prompt


def save_template(
    s: Session, template_id: str, lang: str, *, title: str, system: str, prompt: str
) -> Template:
    """Save the person's text of a template in ``lang`` (a shipped one or their own)."""
    lang = _check_lang(lang)
    title, system, prompt = _validate_text(title, system, prompt)
    row = s.scalar(select(PromptTemplate).where(
        PromptTemplate.key == template_id, PromptTemplate.language == lang))
    if row is None:
        exists = _builtin(template_id, lang) is not None or s.scalar(
            select(PromptTemplate.id).where(PromptTemplate.key == template_id).limit(1))
        if not exists:
            raise _unknown(template_id)
        row = PromptTemplate(key=template_id, language=lang, title=title, system=system,
                             prompt=prompt)
        s.add(row)
    else:
        row.title, row.system, row.prompt = title, system, prompt
    s.flush()
    return _from_row(row)


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:40].rstrip("-") or "template"


def add_template(
    s: Session, lang: str, *, title: str, system: str = "", prompt: str
) -> Template:
    """A new template of the person's own, in ``lang``; its id is ``my-`` and its title's
    slug (``my-newsletter``, ``my-newsletter-2``…). An empty ``system`` takes the shipped
    one ("You are a writing assistant… Write in {language}…")."""
    lang = _check_lang(lang)
    if not (system or "").strip():
        system = _data()["common"]["system"][lang]
    title, system, prompt = _validate_text(title, system, prompt)
    base = USER_PREFIX + _slug(title)
    taken = set(s.scalars(select(PromptTemplate.key).where(PromptTemplate.key.like(f"{base}%"))))
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    row = PromptTemplate(key=key, language=lang, title=title, system=system, prompt=prompt)
    s.add(row)
    s.flush()
    return _from_row(row)


def reset_template(s: Session, template_id: str, lang: str | None = None) -> None:
    """Bring back the shipped text of a template, in ``lang`` or in every language."""
    if template_id not in builtin_ids():
        raise ValidationError("template", Phrase(
            "“{template}” is one of your own templates: there is no shipped text to go back to "
            "(delete it instead).", template=template_id))
    query = delete(PromptTemplate).where(PromptTemplate.key == template_id)
    if lang is not None:
        query = query.where(PromptTemplate.language == _check_lang(lang))
    s.execute(query)


def delete_template(s: Session, template_id: str) -> None:
    """Delete one of the person's own templates (every language)."""
    if template_id in builtin_ids():
        raise ValidationError("template", Phrase(
            "“{template}” ships with Atelier and cannot be deleted; reset it to bring back its "
            "original text.", template=template_id))
    if s.execute(delete(PromptTemplate).where(PromptTemplate.key == template_id)).rowcount == 0:
        raise _unknown(template_id)


# --- variables -------------------------------------------------------------------------------


def language_name(code_or_name: str, lang: str = "en") -> str:
    """A client's language ("fr", "fr-CA", "FR") named for a prompt in ``lang`` ("French",
    "français"); anything else (a name typed by hand) is kept as it is."""
    value = (code_or_name or "").strip()
    code = re.split(r"[-_]", value.lower())[0] if value else ""
    names = LANGUAGE_NAMES.get(code)
    return names[_lang(lang)] if names else value


def _clean(values: Mapping[str, str | None]) -> dict[str, str]:
    return {k: v.strip() for k, v in values.items() if v is not None and v.strip()}


def variables_for_order(s: Session, order_id: int, *, lang: str = "en") -> dict[str, str]:
    """What an order says about the variables: its brief and title, its client's name and
    language, its gig's title and tags (as keywords), its platform. Blank fields are left
    out (the template's defaults or the person fill them)."""
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    values: dict[str, str | None] = {
        "brief": order.brief,
        "order_title": order.title,
        "client_name": order.client.name,
        "language": language_name(order.client.language, lang),
        "platform": order.platform.name,
    }
    if order.gig is not None:
        values.update(_gig_values(order.gig))
    return _clean(values)


def variables_for_gig(s: Session, gig_id: int, *, lang: str = "en") -> dict[str, str]:
    """What a gig says about the variables (for its description): title, description as the
    brief, tags as keywords, platform."""
    gig = s.get(Gig, gig_id)
    if gig is None:
        raise ValidationError("gig", Phrase("There is no gig #{id}.", id=gig_id))
    return _clean({"brief": gig.description, **_gig_values(gig)})


def _gig_values(gig: Gig) -> dict[str, str | None]:
    return {"gig_title": gig.title, "keywords": gig.tags,
            "platform": gig.platform.name if gig.platform else None}


def resolve_variables(
    s: Session,
    template: Template,
    *,
    order_id: int | None = None,
    gig_id: int | None = None,
    overrides: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The value of every variable ``template`` uses ("" when nothing gives one): the
    template's defaults, then the gig's, then the order's values, then ``overrides`` (what
    the person typed; a blank override clears the value)."""
    values = dict(template.defaults)
    if gig_id is not None:
        values.update(variables_for_gig(s, gig_id, lang=template.language))
    if order_id is not None:
        values.update(variables_for_order(s, order_id, lang=template.language))
    for name, value in (overrides or {}).items():
        values[name] = (value or "").strip()
    return {name: values.get(name, "") for name in template.variables}


def resolve_variables_offline(template: Template,
                              overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """The value of every variable ``template`` uses from its defaults and ``overrides``
    alone (what the person typed), when the store cannot give the order's (it is gone)."""
    values = {**template.defaults, **(overrides or {})}
    return {name: values.get(name, "") for name in template.variables}


def missing_variables(template: Template, values: Mapping[str, str | None]) -> list[str]:
    """The variables of ``template`` with no value (absent or blank), in order."""
    return [n for n in template.variables if not (values.get(n) or "").strip()]


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """``text`` with every ``{variable}`` replaced (one pass: values are not filled again)."""
    def value(match: re.Match[str]) -> str:
        found = values.get(match.group(1))
        if found is None or not found.strip():
            raise ValidationError(match.group(1), Phrase("Give a value for {variable}.",
                                                         variable=f"{{{match.group(1)}}}"))
        return found.strip()

    return _VARIABLE.sub(value, text)


def render(template: Template, values: Mapping[str, str | None]) -> list[dict[str, str]]:
    """The chat messages for ``assistants.generation.stream_generate``: the system message
    (left out when the template has none) and the user's request, every variable filled.

    A variable without a value raises ValidationError(<its name>, …) naming all the missing
    ones."""
    missing = missing_variables(template, values)
    if missing:
        names = ", ".join(f"{{{n}}}" for n in missing)
        raise ValidationError(missing[0], Phrase(
            "The template “{template}” needs a value for {names}.", template=template.id,
            names=names))
    messages = []
    if template.system.strip():
        messages.append({"role": "system", "content": fill(template.system, values)})
    messages.append({"role": "user", "content": fill(template.prompt, values)})
    return messages
