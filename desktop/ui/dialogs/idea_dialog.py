"""Edit a brainstorm card by hand: title, concept, palette (one "#hex role" a line), fonts,
layout, imagery, mood, rationale. A raw card becomes a structured one."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from assistants.brainstorm import Idea, validate_idea
from desktop.changes import Changed
from desktop.context import AppContext
from desktop.ui.forms import FormDialog
from storage import brainstorm as sb
from storage.errors import ValidationError

_LINE = re.compile(r"^\s*(#?[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)\b[\s,:;-]*(.*)$")


def palette_text(idea: Idea | None) -> str:
    return "\n".join(f"{s.hex} {s.role}" for s in idea.palette) if idea else ""


class IdeaDialog(FormDialog):
    """Edits one card; ``save()`` writes it (marked edited by hand) and returns its id."""

    def __init__(self, ctx: AppContext, idea_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.idea_id = idea_id
        with ctx.store.session() as s:
            row = sb.get_idea(s, idea_id)
            data = sb.idea_data(row)
            raw = row.raw_text
        idea = Idea.from_dict(data) if data is not None else None
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(idea.title if idea else "")
        self.concept_edit = QPlainTextEdit(idea.concept if idea else raw)
        self.concept_edit.setTabChangesFocus(True)
        self.concept_edit.setFixedHeight(90)
        self.palette_edit = QPlainTextEdit(palette_text(idea))
        self.palette_edit.setTabChangesFocus(True)
        self.palette_edit.setFixedHeight(110)
        self.heading_edit = QLineEdit(idea.heading_font if idea else "")
        self.body_edit = QLineEdit(idea.body_font if idea else "")
        self.layout_edit = QPlainTextEdit(idea.layout if idea else "")
        self.layout_edit.setTabChangesFocus(True)
        self.layout_edit.setFixedHeight(60)
        self.imagery_edit = QLineEdit(", ".join(idea.imagery) if idea else "")
        self.mood_edit = QLineEdit(", ".join(idea.mood) if idea else "")
        self.rationale_edit = QPlainTextEdit(idea.rationale if idea else "")
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setFixedHeight(60)
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("concept", self.tr("Concept"), self.concept_edit)
        self.add_row("palette", self.tr("Palette"), self.palette_edit)
        self.add_row("heading", self.tr("Heading font"), self.heading_edit)
        self.add_row("body", self.tr("Body font"), self.body_edit)
        self.add_row("layout", self.tr("Layout"), self.layout_edit)
        self.add_row("imagery", self.tr("Imagery"), self.imagery_edit)
        self.add_row("mood", self.tr("Mood"), self.mood_edit)
        self.add_row("rationale", self.tr("Why it fits"), self.rationale_edit)
        self.setWindowTitle(self.tr("Edit idea"))
        self.palette_edit.setPlaceholderText(self.tr("#F5F1E8 background\n#1F2A44 text\n"
                                                     "#C8553D accent"))
        self.palette_edit.setToolTip(self.tr(
            "One colour a line: a hex code, then its role (background, surface, primary, "
            "secondary, accent, text, muted)"))
        self.imagery_edit.setPlaceholderText(self.tr("Comma-separated keywords"))
        self.mood_edit.setPlaceholderText(self.tr("Comma-separated keywords"))

    def _palette(self) -> list[dict[str, str]]:
        colours = []
        for line in self.palette_edit.toPlainText().splitlines():
            if not line.strip():
                continue
            m = _LINE.match(line)
            if m is None:
                raise ValidationError("palette", self.tr(
                    "Write each colour as a hex code and a role, for example “#1F2A44 "
                    "text”: “{line}” is not one.").format(line=line.strip()))
            colours.append({"hex": m.group(1), "role": m.group(2).strip()})
        return colours

    def data(self) -> dict:
        """The form as an idea's fields (validated like a model's answer)."""
        raw = {
            "title": self.title_edit.text().strip(),
            "concept": self.concept_edit.toPlainText().strip(),
            "palette": self._palette(),
            "typography": {"heading": self.heading_edit.text().strip(),
                           "body": self.body_edit.text().strip()},
            "layout": self.layout_edit.toPlainText().strip(),
            "imagery": self.imagery_edit.text(),
            "mood": self.mood_edit.text(),
            "rationale": self.rationale_edit.toPlainText().strip(),
        }
        if not raw["title"]:
            raise ValidationError("title", "An idea needs a title.")
        idea = validate_idea(raw)
        assert idea is not None  # it has a title
        return idea.to_dict()

    def save(self) -> int:
        data = self.data()
        self.ctx.write(Changed.BRAINSTORM,
                       lambda s: sb.edit_idea(s, self.idea_id, data, now=self.ctx.clock.now()))
        return self.idea_id
