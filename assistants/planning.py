"""Planning an order with a chat model: the prompt that breaks a brief into small tasks with
minutes, and a tolerant, safe parser of the model's answer.

The answer is untrusted text: each title is cleaned (storage.cleantext), trimmed of list
marks, bounded to 300 characters; an estimate is read from "45 min", "1h30", "1 h 30",
"2 heures", "1.5 hours", "90 minutes"… and clamped to 5 minutes – 16 hours (a task with no
estimate gets the median of the others, or 30 minutes). A list with no task is an error the
person can read (``PlanParseError``).

The flow (the order panel and ``atelier plan`` share it):

    messages = plan_messages(title, brief)
    text = generate(messages)                    # the model, on the model thread
    drafts = parse_tasks(text)                   # raises PlanParseError
    storage.plans.keep_drafted_plan(s, order_id, drafts)

``draft_plan(title, brief, generate)`` runs the first three steps in one call.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from statistics import median

from assistants.errors import AssistantError
from storage.cleantext import clean
from storage.plans import TaskDraft

Message = dict[str, str]

MIN_TASKS, MAX_TASKS = 3, 12
TITLE_MAX = 300
ESTIMATE_MIN, ESTIMATE_MAX = 5, 16 * 60
DEFAULT_ESTIMATE = 30
#: The answer is read up to this many characters (a runaway model cannot fill memory).
ANSWER_MAX = 20_000
#: Tokens asked for: a dozen short lines.
MAX_NEW_TOKENS = 400


class PlanParseError(AssistantError):
    """The model's answer holds no task."""


# --- the prompt -------------------------------------------------------------------------------

_FRENCH = re.compile(r"\b(le|la|les|des|une|un|pour|avec|est|et|du|de|je|vous|nous|mon|"
                     r"ma|mes|sur|dans|qui|que|pas)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(the|a|an|for|with|is|and|of|to|i|you|we|my|on|in|who|that|"
                      r"not|need|please)\b", re.IGNORECASE)


def brief_language(text: str, default: str = "en") -> str:
    """"fr" or "en", from the brief's common words; ``default`` when it cannot tell."""
    fr, en = len(_FRENCH.findall(text)), len(_ENGLISH.findall(text))
    if fr == en:
        return default
    return "fr" if fr > en else "en"


_SYSTEM = {
    "en": ("You plan freelance orders. Break the order below into {low} to {high} small, "
           "concrete tasks, in the order they are done. Write one task per line, as "
           "“- task — minutes”, for example “- Read the brief and list questions — 15 min”. "
           "Write the tasks in English. Write nothing else."),
    "fr": ("Tu planifies des commandes de freelance. Découpe la commande ci-dessous en "
           "{low} à {high} petites tâches concrètes, dans l’ordre où elles se font. Écris une "
           "tâche par ligne, sous la forme « - tâche — minutes », par exemple « - Lire le "
           "brief et lister les questions — 15 min ». Écris les tâches en français. "
           "N’écris rien d’autre."),
}
_USER = {"en": "Order: {title}\n\nBrief:\n{brief}", "fr": "Commande : {title}\n\nBrief :\n{brief}"}


def plan_messages(title: str, brief: str, language: str | None = None) -> list[Message]:
    """Chat messages asking for the order's tasks, in the brief's language (French or
    English; ``language`` forces one)."""
    lang = language if language in _SYSTEM else brief_language(f"{title}\n{brief}")
    return [
        {"role": "system", "content": _SYSTEM[lang].format(low=MIN_TASKS, high=MAX_TASKS)},
        {"role": "user", "content": _USER[lang].format(title=title.strip(),
                                                       brief=brief.strip() or title.strip())},
    ]


# --- the parser -------------------------------------------------------------------------------

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_HOURS = r"(?:h|hr|hrs|hours?|heures?)"
_MINUTES = r"(?:m|mn|mins?|minutes?)"
# "1h30", "1 h 30", "1 hour 30 minutes", "2 heures", "1.5 h", "45 min", "~20 minutes"
_DURATION = re.compile(
    rf"(?<![\w.,]){_NUMBER}\s*{_HOURS}\.?(?:\s*(?:and\s+|et\s+)?(\d{{1,2}})\s*(?:{_MINUTES}\b\.?)?)?"
    rf"(?![\w])|(?<![\w.,]){_NUMBER}\s*{_MINUTES}\b\.?",
    re.IGNORECASE)
_MARK = re.compile(r"^\s*(?:[-*•·–—>]+|\(?\d{1,2}[.)\]:]|\[[ xX]?\]|(?:step|étape|task|"
                   r"tâche)\s*\d{1,2}\s*[:.)-])\s*", re.IGNORECASE)
_EDGES = " \t-–—:;,.·•|()[]*_~≈"


def _minutes(match: re.Match[str]) -> float:
    hours, extra, mins = match.group(1), match.group(2), match.group(3)
    if hours is not None:
        total = float(hours.replace(",", ".")) * 60
        return total + (int(extra) if extra else 0)
    return float(mins.replace(",", "."))


def read_minutes(text: str) -> int | None:
    """Minutes a person typed: "45", "45 min", "1h30", "1:30", "2 heures"; None when it is
    not a duration."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 6:
        return int(text)
    clock = re.fullmatch(r"(\d{1,3}):(\d{2})", text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    found = _DURATION.fullmatch(text)
    return round(_minutes(found)) if found else None


def _json_tasks(text: str) -> list[tuple[str, float | None]] | None:
    start, stop = text.find("["), text.rfind("]")
    if start < 0 or stop <= start:
        return None
    try:
        data = json.loads(text[start:stop + 1])
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    out: list[tuple[str, float | None]] = []
    for item in data:
        if isinstance(item, dict):
            title = item.get("title") or item.get("task") or item.get("tâche") or ""
            minutes = item.get("minutes", item.get("estimate_minutes", item.get("estimate")))
            number = minutes if isinstance(minutes, int | float) and not isinstance(
                minutes, bool) else None
            if number is None and isinstance(minutes, str):
                found = _DURATION.search(minutes)
                number = _minutes(found) if found else None
            if isinstance(title, str):
                out.append((title, number))
    return out


def _line_task(line: str) -> tuple[str, float | None] | None:
    marked = _MARK.match(line)
    found = list(_DURATION.finditer(line))
    if not marked and not found:
        return None  # a heading or a sentence around the list
    body = line[marked.end():] if marked else line
    minutes = None
    if found:
        last = found[-1]
        minutes = _minutes(last)
        offset = marked.end() if marked else 0
        start, end = last.start() - offset, last.end() - offset
        if start >= 0:
            body = body[:start] + body[end:]
    return body, minutes


def _title(text: str) -> str:
    text = " ".join(clean(text).replace("**", "").split()).strip(_EDGES)
    text = re.sub(r"\s*\(\s*\)", "", text).strip(_EDGES)
    return text[:TITLE_MAX].rstrip()


def parse_tasks(text: str) -> list[TaskDraft]:
    """The tasks in a model's answer (see the module doc). Raises PlanParseError when none."""
    text = clean(text or "")[:ANSWER_MAX]
    found = _json_tasks(text)
    if not found:
        found = [t for line in text.splitlines() if (t := _line_task(line)) is not None]
    tasks: list[tuple[str, float | None]] = []
    seen: set[str] = set()
    for raw_title, minutes in found:
        title = _title(raw_title)
        if not title or not any(c.isalpha() for c in title) or title.casefold() in seen:
            continue
        seen.add(title.casefold())
        tasks.append((title, minutes))
        if len(tasks) >= 30:
            break
    if not tasks:
        raise PlanParseError("The model's answer holds no task: try again, or add the tasks "
                             "by hand.")
    given = [m for _, m in tasks if m is not None and m > 0]
    fallback = median(given) if given else DEFAULT_ESTIMATE
    return [TaskDraft(title, round(min(max(m if m and m > 0 else fallback, ESTIMATE_MIN),
                                       ESTIMATE_MAX)))
            for title, m in tasks]


def draft_plan(title: str, brief: str, generate: Callable[[list[Message]], str],
               language: str | None = None) -> list[TaskDraft]:
    """Ask ``generate`` (the model) for the order's tasks and read them."""
    return parse_tasks(generate(plan_messages(title, brief, language)))


__all__ = ["MAX_NEW_TOKENS", "PlanParseError", "brief_language", "draft_plan", "parse_tasks",
           "plan_messages"]
