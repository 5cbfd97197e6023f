"""Fixed, well-formed brainstorm ideas (English and French) for screenshots and tests: a board
on an order in progress, as a model would have filled it, with pinned cards, a note and an
unparsed answer."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

BRIEFS = {
    "en": ("A logo, a menu card and an Instagram kit for a small beach café in Essaouira that "
           "serves breakfast and fresh juice to surfers and families.",
           "surfers, families, tourists", "sunny, handmade, relaxed",
           "avoid pink; must work in one colour on stamps"),
    "fr": ("Un logo, une carte et un kit Instagram pour un petit café de plage à Essaouira qui "
           "sert petits-déjeuners et jus frais aux surfeurs et aux familles.",
           "surfeurs, familles, touristes", "solaire, fait main, détendu",
           "pas de rose ; doit marcher en une couleur sur un tampon"),
}

IDEAS: dict[str, list[dict[str, Any]]] = {
    "en": [
        {"title": "Tide Table", "concept": "A calm, editorial identity built like a tide "
         "chart: thin rules, generous white space and a sun-bleached blue. The logo is a "
         "wave drawn as a single line that doubles as a coffee steam curl.",
         "palette": [{"hex": "#F6F1E7", "role": "background"},
                     {"hex": "#1F3B57", "role": "text"},
                     {"hex": "#3C7EA6", "role": "primary"},
                     {"hex": "#E9A23B", "role": "accent"},
                     {"hex": "#D9D2C3", "role": "muted"}],
         "typography": {"heading": "Playfair Display", "body": "Source Sans 3"},
         "layout": "Header with logo left, full-bleed hero photo of the bay, three-column "
                   "grid of breakfast plates, footer with opening hours.",
         "imagery": ["morning light on the bay", "hand-thrown cups"],
         "mood": ["calm", "airy", "editorial"],
         "rationale": "Families and tourists read it at a glance; the single-line wave "
                      "prints well as a one-colour stamp."},
        {"title": "Surf Shack Sign Painter", "concept": "Hand-lettered shop signs and chunky "
         "stamps, like the painted boards of the harbour. Bold, joyful and a little rough, "
         "for a café that feels like the surfers' living room.",
         "palette": [{"hex": "#FFF8E8", "role": "background"},
                     {"hex": "#2B2118", "role": "text"},
                     {"hex": "#E4572E", "role": "primary"},
                     {"hex": "#17BEBB", "role": "accent"}],
         "typography": {"heading": "Pacifico", "body": "DejaVu Sans"},
         "layout": "Big hero with the hand-painted logo, two columns: menu and story, "
                   "call to action to order ahead, footer.",
         "imagery": ["painted wood textures", "surfboards on the sand"],
         "mood": ["playful", "warm", "handmade"],
         "rationale": "Speaks to surfers first without scaring families; the orange and "
                      "teal stay away from pink."},
        {"title": "Medina Tiles", "concept": "Zellige geometry simplified into a modular "
         "pattern system: each juice gets its own tile colour. Clean sans-serif type keeps "
         "it modern.",
         "palette": [{"hex": "#FFFFFF", "role": "background"},
                     {"hex": "#0E5E6F", "role": "primary"},
                     {"hex": "#3A8891", "role": "secondary"},
                     {"hex": "#F2B705", "role": "accent"},
                     {"hex": "#777777", "role": "text"}],
         "typography": {"heading": "Montserrat", "body": "Montserrat"},
         "layout": "Navigation bar, grid of 4 tiles for the juices, sidebar on the right "
                   "with the map, footer.",
         "imagery": ["zellige close-ups", "citrus halves"],
         "mood": ["fresh", "geometric", "local"],
         "rationale": "Rooted in Essaouira's craft; the tile system scales from menu to "
                      "Instagram stories. The grey text needs darkening for small sizes."},
        {"title": "Golden Hour Zine", "concept": "A photocopied-zine look with grainy "
         "sunset photos and typewriter captions: the café as a diary of the day's waves.",
         "palette": [{"hex": "#1C1C1C", "role": "background"},
                     {"hex": "#F4EBDD", "role": "text"},
                     {"hex": "#F29E4C", "role": "accent"}],
         "typography": {"heading": "Courier Prime", "body": "DejaVu Serif"},
         "layout": "Header, gallery of sunset photos, article with the day's surf report, "
                   "newsletter form, footer.",
         "imagery": ["grain", "sunsets", "polaroids"],
         "mood": ["nostalgic", "intimate"],
         "rationale": "Gives the Instagram kit a strong recognisable voice for the evening "
                      "crowd."},
    ],
    "fr": [
        {"title": "Table des marées", "concept": "Une identité calme et éditoriale, construite "
         "comme une table des marées : filets fins, beaucoup d'air et un bleu délavé par le "
         "soleil. Le logo est une vague d'un seul trait qui devient la vapeur du café.",
         "palette": [{"hex": "#F6F1E7", "role": "background"},
                     {"hex": "#1F3B57", "role": "text"},
                     {"hex": "#3C7EA6", "role": "primary"},
                     {"hex": "#E9A23B", "role": "accent"},
                     {"hex": "#D9D2C3", "role": "muted"}],
         "typography": {"heading": "Playfair Display", "body": "Source Sans 3"},
         "layout": "En-tête avec logo à gauche, grande photo de la baie (hero), grille de "
                   "3 colonnes de petits-déjeuners, pied de page avec les horaires.",
         "imagery": ["lumière du matin sur la baie", "tasses tournées à la main"],
         "mood": ["calme", "aérien", "éditorial"],
         "rationale": "Familles et touristes la lisent d'un coup d'œil ; la vague d'un trait "
                      "s'imprime bien en tampon une couleur."},
        {"title": "Peintre d'enseignes", "concept": "Des enseignes peintes à la main et des "
         "tampons épais, comme les panneaux du port. Gai, franc et un peu brut, pour un café "
         "qui ressemble au salon des surfeurs.",
         "palette": [{"hex": "#FFF8E8", "role": "background"},
                     {"hex": "#2B2118", "role": "text"},
                     {"hex": "#E4572E", "role": "primary"},
                     {"hex": "#17BEBB", "role": "accent"}],
         "typography": {"heading": "Pacifico", "body": "DejaVu Sans"},
         "layout": "Grande bannière avec le logo peint, deux colonnes : carte et histoire, "
                   "bouton pour commander, pied de page.",
         "imagery": ["bois peint", "planches sur le sable"],
         "mood": ["joyeux", "chaleureux", "fait main"],
         "rationale": "Parle d'abord aux surfeurs sans effrayer les familles ; l'orange et "
                      "le turquoise évitent le rose."},
        {"title": "Zellige de la médina", "concept": "La géométrie du zellige simplifiée en "
         "un système de motifs : chaque jus a sa couleur de carreau. Une linéale nette garde "
         "l'ensemble moderne.",
         "palette": [{"hex": "#FFFFFF", "role": "background"},
                     {"hex": "#0E5E6F", "role": "primary"},
                     {"hex": "#3A8891", "role": "secondary"},
                     {"hex": "#F2B705", "role": "accent"},
                     {"hex": "#777777", "role": "text"}],
         "typography": {"heading": "Montserrat", "body": "Montserrat"},
         "layout": "Menu de navigation, grille 4 x 1 de carreaux pour les jus, barre latérale "
                   "à droite avec le plan, pied de page.",
         "imagery": ["gros plans de zellige", "agrumes coupés"],
         "mood": ["frais", "géométrique", "local"],
         "rationale": "Ancré dans l'artisanat d'Essaouira ; le système de carreaux va de la "
                      "carte aux stories. Le gris du texte doit être foncé pour les petits "
                      "corps."},
        {"title": "Fanzine heure dorée", "concept": "Un look de fanzine photocopié, photos "
         "de coucher de soleil granuleuses et légendes à la machine à écrire : le café comme "
         "journal des vagues du jour.",
         "palette": [{"hex": "#1C1C1C", "role": "background"},
                     {"hex": "#F4EBDD", "role": "text"},
                     {"hex": "#F29E4C", "role": "accent"}],
         "typography": {"heading": "Courier Prime", "body": "DejaVu Serif"},
         "layout": "En-tête, galerie de photos du soir, article avec le bulletin de surf, "
                   "formulaire de newsletter, pied de page.",
         "imagery": ["grain", "couchers de soleil", "polaroïds"],
         "mood": ["nostalgique", "intime"],
         "rationale": "Donne au kit Instagram une voix forte et reconnaissable pour le "
                      "public du soir."},
    ],
}

NOTES = {"en": "Client liked the wave — try it in orange too.",
         "fr": "La cliente aime la vague — l'essayer aussi en orange."}
RAW = ('Here are some ideas for the café: 1. "Sunrise" with yellow and blue colours, '
       'rounded font, {"title": "Sunrise", "palette": ["#FFD23F", ')


def seed_brainstorm(store: Any, now: datetime) -> dict[str, int]:
    """A board per language on an order in progress, with a round of four ideas (two pinned,
    the first with a note) and a round whose answer could not be read. Returns {lang: board
    id}."""
    from sqlalchemy import select

    from storage import brainstorm as sb
    from storage.tables import Order, OrderStatus

    boards: dict[str, int] = {}
    with store.transaction() as s:
        orders = list(s.scalars(select(Order).where(Order.status == OrderStatus.IN_PROGRESS)
                                .order_by(Order.due_at.desc()).limit(2)))
        for (lang, ideas), o in zip(IDEAS.items(), orders, strict=False):
            brief, audience, style, constraints = BRIEFS[lang]
            board = sb.create_board(s, brief, order_id=o.id, audience=audience, style=style,
                                    constraints=constraints, now=now - timedelta(hours=1))
            outputs = json.dumps([{"purpose": "ideas", "seed": 42,
                                   "text": json.dumps({"ideas": ideas}, ensure_ascii=False)}],
                                 ensure_ascii=False)
            rnd = sb.add_round(s, board.id, model="Qwen2.5-1.5B-Instruct", temperature=0.9,
                               seed=42, requested=4, dropped=1, raw_output=outputs,
                               now=now - timedelta(minutes=50))
            ids = [sb.add_idea(s, board.id, idea, round_id=rnd.id,
                               now=now - timedelta(minutes=50)).id for idea in ideas]
            sb.set_pinned(s, ids[0], True, now=now - timedelta(minutes=45))
            sb.set_notes(s, ids[0], NOTES[lang], now=now - timedelta(minutes=44))
            sb.set_pinned(s, ids[2], True, now=now - timedelta(minutes=43))
            raw_round = sb.add_round(s, board.id, model="Qwen2.5-0.5B-Instruct",
                                     temperature=1.2, seed=7, requested=2,
                                     raw_output=json.dumps([{"purpose": "ideas", "seed": 7,
                                                             "text": RAW}]),
                                     now=now - timedelta(minutes=20))
            sb.add_idea(s, board.id, raw_text=RAW, round_id=raw_round.id,
                        now=now - timedelta(minutes=20))
            boards[lang] = board.id
    return boards
