"""PayPal: the "Activity download" (Activity › Statements › Activity download, CSV) and the
monthly or custom "Statement" CSV, with their headers in English, French, German, Spanish,
Italian, Dutch or Portuguese.

What a row means comes from its type ("Website Payment", "Allgemeine Währungsumrechnung",
"Pago estándar"…) and the sign of its gross: a payment received is income, a payment sent is
an expense; refunds, reversals, withdrawals, bank deposits, conversions and holds have their
own kinds. "Balance Impact" (Credit/Debit/Memo) marks the memo rows, which move no money.
The fee is what PayPal kept, ``gross − net`` (PayPal writes it negative; some exports
positive: the gross and the net say which).

A currency conversion is two rows (one leg per currency) that PayPal links through the
"Reference Txn ID" (to each other, or both to the withdrawal or payment that needed them);
each leg carries the rate applied, in units of the other leg's currency per unit of its own.
"""

from __future__ import annotations

import functools
import itertools
import operator
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal

from storage.imports.bulk import paused_gc
from storage.imports.model import (
    ImportProblem,
    RowKind,
    RowStatus,
    SourceRow,
    Table,
)
from storage.imports.reading import (
    column_index,
    detect_conventions,
    normalise_name,
    parse_amount,
    parse_date,
)
from storage.money import CURRENCY_EXPONENTS

SOURCE = "paypal"
_BATCH = 1000  # rows read with the cyclic collector paused

# Each column by the names PayPal gives it (English, French, German, Spanish, Italian, Dutch,
# Portuguese). English, French and German are from beancount-paypal's lang.py and the samples;
# Spanish from OCA's statement fixture; the others from PayPal's localised sites.
DATE = ("Date", "Datum", "Fecha", "Data")
TIME = ("Time", "Heure", "Uhrzeit", "Hora", "Ora", "Tijd")
ZONE = ("TimeZone", "Time Zone", "Fuseau horaire", "Zeitzone", "Zona horaria", "Fuso orario",
        "Tijdzone", "Fuso horário")
NAME = ("Name", "Nom", "Nombre", "Nome", "Naam")
TYPE = ("Type", "Typ", "Tipo")
DESCRIPTION = ("Description", "Descripción", "Beschreibung", "Descrizione", "Beschrijving",
               "Descrição")
STATUS = ("Status", "État", "Etat", "Estado", "Stato")
CURRENCY = ("Currency", "Devise", "Währung", "Divisa", "Valuta", "Moeda", "Moneda")
GROSS = ("Gross", "Avant commission", "Brutto", "Bruto", "Lordo")
FEE = ("Fee", "Commission", "Gebühr", "Entgelt", "Comisión", "Tariffa", "Commissione", "Kosten",
       "Taxa", "Tarifa")
NET = ("Net", "Netto", "Neto", "Líquido")
FROM = ("From Email Address", "De l'adresse email", "Absender E-Mail-Adresse",
        "Correo electrónico del remitente", "Indirizzo email mittente", "Van e-mailadres",
        "Do endereço de e-mail")
TO = ("To Email Address", "À l'adresse email", "Empfänger E-Mail-Adresse",
      "Correo electrónico del destinatario", "Indirizzo email destinatario", "Naar e-mailadres",
      "Para o endereço de e-mail")
TXN = ("Transaction ID", "Numéro de transaction", "Transaktionscode", "Id. de transacción",
       "Id de transacción", "Codice transazione", "Transactiereferentie", "Código da transação")
REF = ("Reference Txn ID", "Numéro de la transaction de référence",
       "Zugehöriger Transaktionscode", "Id. de referencia de trans.",
       "Codice transazione di riferimento", "Referentie transactie-ID",
       "Código de referência da transação")
INVOICE = ("Invoice Number", "Invoice ID", "Numéro de facture", "Rechnungsnummer",
           "Id. de factura", "Número de factura", "Numero fattura", "Factuurnummer",
           "Número da fatura")
SUBJECT = ("Subject", "Objet", "Betreff", "Asunto", "Oggetto", "Onderwerp", "Assunto")
ITEM = ("Item Title", "Titre de l'objet", "Artikelbezeichnung", "Título del artículo",
        "Titolo oggetto")
NOTE = ("Note", "Remarque", "Hinweis", "Nota", "Notitie", "Observação")
BALANCE = ("Balance", "Solde", "Guthaben", "Saldo")
IMPACT = ("Balance Impact", "Impact sur le solde", "Auswirkung auf Guthaben",
          "Impacto en el saldo", "Impatto sul saldo", "Effect op saldo", "Impacto no saldo")
BANK = ("Bank Name", "Nombre del banco", "Nom de la banque", "Name der Bank")

_ENGLISH = {normalise_name(n) for n in ("Date", "Gross", "Net", "Currency")}
_COLUMNS = {"date": DATE, "time": TIME, "zone": ZONE, "name": NAME, "type": TYPE,
            "description": DESCRIPTION, "status": STATUS, "currency": CURRENCY,
            "gross": GROSS, "fee": FEE, "net": NET, "from": FROM, "to": TO, "txn": TXN,
            "ref": REF, "invoice": INVOICE, "subject": SUBJECT, "item": ITEM, "note": NOTE,
            "impact": IMPACT, "bank": BANK}


def _words(text: str) -> str:
    return " " + normalise_name_spaced(text) + " "


def normalise_name_spaced(text: str) -> str:
    """Lower case, accents and punctuation removed, words kept apart by one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


# Type words (lower case, accents off) → kind, checked in this order: a "Payment Hold" is a
# hold, a "Payment Refund" a refund, before either is a payment.
_KINDS: tuple[tuple[RowKind | str, tuple[str, ...]], ...] = (
    (RowKind.CONVERSION, ("currency conversion", "wahrungsumrechnung", "conversion de devise",
                          "conversion de divisa", "conversion de moneda", "conversione di valuta",
                          "valutaomrekening", "conversao de moeda", "conversao de moedas",
                          "conversion de devises")),
    (RowKind.HOLD, ("hold", "release", "reserve", "authorization", "authorisation",
                    "einbehaltung", "freigabe", "zuruckbehaltung", "autorisierung", "reservierung",
                    "blocage", "deblocage", "retenue", "autorisation", "liberation",
                    "retencion", "liberacion", "autorizacion", "trattenuta", "sblocco",
                    "autorizzazione", "blokkering", "vrijgave", "autorisatie", "retencao",
                    "autorizacao")),
    (RowKind.REFUND, ("refund", "ruckzahlung", "erstattung", "ruckerstattung", "remboursement",
                      "reembolso", "devolucion", "rimborso", "terugbetaling")),
    (RowKind.CHARGEBACK, ("chargeback", "reversal", "ruckbuchung", "zahlungsruckbuchung",
                          "storno", "annulation de paiement", "retrofacturation", "contracargo",
                          "cancelacion de pago", "storno di pagamento", "terugboeking",
                          "estorno")),
    ("withdrawal", ("withdrawal", "abbuchung", "auszahlung", "abhebung", "retrait",
                    "virement vers", "vers un compte bancaire", "vers le compte bancaire",
                    "vers compte bancaire", "retirada", "retiro", "prelievo", "opname",
                    "saque")),
    (RowKind.TRANSFER_IN, ("bank deposit", "deposit to pp", "add funds", "funds added",
                           "transfer from bank", "bankgutschrift", "guthaben aufladen",
                           "virement bancaire sur le compte", "ajout de fonds", "approvisionnement",
                           "deposito bancario", "agregar fondos", "ricarica", "storting",
                           "deposito")),
    (RowKind.FEE, ("fee", "gebuhr", "entgelt", "frais", "comision", "commissione", "tariffa",
                   "kosten", "tarifa", "taxa")),
)
_PAYMENT = ("payment", "zahlung", "paiement", "pago", "pagamento", "betaling", "purchase",
            "einkauf", "achat", "compra", "acquisto", "aankoop", "send money", "money sent",
            "geld senden", "envoi d argent", "envio de dinero", "invio di denaro",
            "subscription", "abonnement", "suscripcion", "abbonamento", "invoice", "rechnung",
            "facture", "factura", "fattura", "factuur", "fatura", "donation", "spende", "don",
            "donacion", "transfer", "uberweisung", "virement", "transferencia", "bonifico",
            "overboeking", "transferencia")
_STATUS = {
    **dict.fromkeys(("pending", "ausstehend", "offen", "en attente", "pendiente",
                     "in sospeso", "in attesa", "in behandeling", "pendente", "unclaimed",
                     "nicht abgeholt", "non reclame", "no reclamado", "held", "on hold"),
                    RowStatus.PENDING),
    **dict.fromkeys(("denied", "abgelehnt", "refuse", "denegado", "rechazado", "negato",
                     "rifiutato", "geweigerd", "negado", "recusado", "canceled", "cancelled",
                     "storniert", "annule", "cancelado", "annullato", "geannuleerd", "failed",
                     "fehlgeschlagen", "echoue", "fallido", "non riuscito", "mislukt", "falhou",
                     "expired", "abgelaufen", "expire", "caducado", "scaduto", "verlopen",
                     "expirado", "voided"), RowStatus.DENIED),
}
_MEMO = {"memo", "memo ", "nota", "promemoria", "memorandum", "vermerk"}


@functools.lru_cache(maxsize=1024)
def _kind_of(type_text: str, positive: bool, zero: bool = False) -> RowKind:
    """The kind of a row of type ``type_text`` whose gross is positive (or not, or zero)."""
    words = _words(type_text)
    for kind, names in _KINDS:
        if any(f" {name} " in words or (len(name) > 6 and name in words) for name in names):
            if kind == "withdrawal":
                return RowKind.TRANSFER_IN if positive else RowKind.TRANSFER_OUT
            if kind == RowKind.CHARGEBACK and positive:
                return RowKind.OTHER  # a reversal in the person's favour: say so, ask
            return kind  # type: ignore[return-value]
    if any(f" {name} " in words or (len(name) > 6 and name in words) for name in _PAYMENT):
        return RowKind.INCOME if positive else RowKind.OTHER if zero else RowKind.EXPENSE
    return RowKind.OTHER


@functools.lru_cache(maxsize=256)
def _status_of(text: str) -> RowStatus:
    return _STATUS.get(normalise_name_spaced(text), RowStatus.COMPLETED)


@functools.lru_cache(maxsize=64)
def _is_memo(text: str) -> bool:
    return normalise_name_spaced(text) in _MEMO


_IMPACT = _MEMO | {"credit", "debit", "haben", "soll", "credito", "debito", "abono", "cargo",
                   "accredito", "addebito", "bij", "af"}


@functools.lru_cache(maxsize=64)
def _is_impact(text: str) -> bool:
    """A Balance Impact word (Credit, Debit, Memo, Haben, Soll, Crédit…)."""
    return normalise_name_spaced(text) in _IMPACT


@dataclass(frozen=True)
class _Leg:
    id: str
    currency: str
    gross: int
    link: str
    moment: str


def _rate(source: _Leg, target: _Leg) -> Decimal:
    """Units of ``target.currency`` per unit of ``source.currency``, as the legs say."""
    amount_from = Decimal(abs(source.gross)).scaleb(-CURRENCY_EXPONENTS[source.currency])
    amount_to = Decimal(abs(target.gross)).scaleb(-CURRENCY_EXPONENTS[target.currency])
    return Context(prec=10).divide(amount_to, amount_from).normalize()


class PayPal:
    """A PayPal activity download (``layout="activity"``: Type and Status columns) or statement
    (``layout="statement"``: a Description column, no Type)."""

    source = SOURCE

    def __init__(self, layout: str) -> None:
        self.layout = layout
        self.name = f"paypal-{layout}"

    # ---------------------------------------------------------------- recognising

    def score(self, header: Sequence[str]) -> float:
        has = [column_index(header, *names) is not None for names in (
            DATE, CURRENCY, GROSS, NET, TXN, ZONE)]
        if not all(has):
            return 0.0
        has_type = column_index(header, *TYPE) is not None
        has_description = column_index(header, *DESCRIPTION) is not None
        if self.layout == "activity" and not has_type:
            return 0.0
        if self.layout == "statement" and (has_type or not has_description):
            return 0.0
        optional = [column_index(header, *names) is not None for names in (
            TIME, NAME, FEE, FROM, REF, BALANCE)]
        return 0.8 + 0.2 * sum(optional) / len(optional)

    # ---------------------------------------------------------------- reading

    def rows(self, table: Table) -> Iterator[SourceRow]:
        english = len(_ENGLISH & {normalise_name(h) for h in table.header}) >= 3
        view = _View(table, self.layout)
        legs: list[tuple[int, list[str]]] = []  # the conversion legs, kept on the first pass

        def keep(line: int, cells: list[str]) -> None:
            if _is_conversion(view.get(cells, "kind")):
                legs.append((line, cells))

        with paused_gc():
            detect_conventions(table, [*_present(table, GROSS, FEE, NET, BALANCE)],
                               [*_present(table, DATE)],
                               prefer_date_order="MDY" if english else "DMY", each=keep)
            rates, twins = _conversions(view, legs)
        legs.clear()  # not held while the rows are read
        records = table.rows()
        while True:  # rows made a batch at a time with the collector paused (never while yielding)
            with paused_gc():
                batch = [_row(view, line, cells, rates, twins)
                         for line, cells in itertools.islice(records, _BATCH)]
            if not batch:
                return
            yield from batch


class _View:
    """Where each column is in one table (found once, not once per record)."""

    def __init__(self, table: Table, layout: str) -> None:
        self.table = table
        self.at = {key: column_index(table.header, *names) for key, names in _COLUMNS.items()}
        self.at["kind"] = self.at["type" if layout == "activity" else "description"]
        # A record's cells for _row in one call (a missing column reads the "" put last).
        self.width = max((i + 1 for i in self.at.values() if i is not None), default=0)
        self.pick = operator.itemgetter(*(-1 if self.at[key] is None else self.at[key]
                                          for key in _PICKED))

    def get(self, cells: list[str], key: str) -> str:
        i = self.at[key]
        return cells[i] if i is not None and i < len(cells) else ""

    def picked(self, cells: list[str]) -> tuple[str, ...]:
        """The _PICKED cells of a record, "" for a column it lacks."""
        return self.pick([*cells, *[""] * (self.width - len(cells)), ""])

    def column(self, key: str) -> str | None:
        i = self.at[key]
        return self.table.header[i] if i is not None else None

    def amount(self, line: int, cells: list[str], key: str, currency: str) -> int:
        return self.parse(line, self.get(cells, key), key, currency)

    def parse(self, line: int, text: str, key: str, currency: str) -> int:
        return parse_amount(text, self.table.conventions, currency,
                            file=self.table.file_name, line=line, column=self.column(key))


_PICKED = ("currency", "gross", "net", "fee", "kind", "impact", "txn", "ref", "subject", "item",
           "note", "date", "time", "zone", "status", "from", "to", "name", "bank", "invoice")


def _conversions(view: _View, records: Iterable[tuple[int, list[str]]]) -> \
        tuple[dict[str, tuple[Decimal, str]], set[str]]:
    """The conversion legs (`records`, from the first pass): each leg's rate (by its
    transaction id and currency), and the ids that more than one leg carries."""
    by_moment: dict[str, list[_Leg]] = defaultdict(list)
    seen: set[str] = set()
    twins: set[str] = set()
    get = view.get
    for line, cells in records:
        if not _is_conversion(get(cells, "kind")):
            continue
        currency = get(cells, "currency").upper()
        if currency not in CURRENCY_EXPONENTS:
            continue
        try:
            gross = view.amount(line, cells, "gross", currency)
        except ImportProblem:
            continue  # said when the row itself is read
        own, ref = get(cells, "txn"), get(cells, "ref")
        if own in seen:
            twins.add(own)
        seen.add(own)
        moment = get(cells, "date") + " " + get(cells, "time")
        by_moment[moment].append(_Leg(own, currency, gross, ref, moment))
    rates: dict[str, tuple[Decimal, str]] = {}
    for legs in (group for moment in by_moment.values() for group in _linked(moment)):
        out = [leg for leg in legs if leg.gross < 0]
        into = [leg for leg in legs if leg.gross > 0]
        if len(out) == 1 and len(into) == 1 and out[0].currency != into[0].currency:
            source, target = out[0], into[0]
            rates[f"{source.id}|{source.currency}"] = (_rate(source, target), target.currency)
            rates[f"{target.id}|{target.currency}"] = (_rate(target, source), source.currency)
    return rates, twins


def _row(view: _View, line: int, cells: list[str], rates: dict[str, tuple[Decimal, str]],
         twins: set[str]) -> SourceRow:
    table = view.table
    file = table.file_name
    (currency, gross_text, net_text, fee_text, type_text, impact, own, ref, subject, item, note,
     date_text, time_text, zone_text, status, sender, receiver, name, bank,
     invoice) = view.picked(cells)
    currency = sys.intern(currency.upper())  # repeated cells shared: 100,000 rows held 83 MB
    if not currency:
        raise ImportProblem(file, "The currency is missing.", line=line,
                            column=view.column("currency"))
    if currency not in CURRENCY_EXPONENTS:
        raise ImportProblem(file, "“{code}” is not a currency Atelier knows.", line=line,
                            column=view.column("currency"), code=currency)
    gross = view.parse(line, gross_text, "gross", currency)
    net = view.parse(line, net_text, "net", currency) if net_text else gross
    fee = gross - net  # PayPal writes the fee negative, some exports positive
    if fee_text and abs(view.parse(line, fee_text, "fee", currency)) != abs(fee):
        raise ImportProblem(file, "The net ({net}) is not the gross less the fee.", line=line,
                            column=view.column("net"), net=net_text)
    kind = _kind_of(type_text, gross > 0, gross == 0)
    if note and _is_impact(note):  # a record one cell short (the German sample): its
        impact, note = impact or note, ""  # Balance Impact read as the Note, never a memo
    if _is_memo(impact):
        kind = RowKind.HOLD  # a memo moves no money: shown, never counted
    if kind == RowKind.FEE:
        gross, fee = 0, -net
    rate, rate_to = rates.get(f"{own}|{currency}", (None, ""))
    incoming = net > 0 or (net == 0 and gross > 0)
    mine, theirs = (receiver, sender) if incoming else (sender, receiver)
    memo = " — ".join(t for t in (subject, item, note) if t) or type_text
    return SourceRow(
        line=line, source=SOURCE,
        occurred_at=parse_date(date_text, table.conventions, time_text, zone_text, file=file,
                               line=line, column=view.column("date")),
        kind=kind, currency=currency, gross_minor=gross, fee_minor=fee, net_minor=net,
        status=_status_of(status),
        source_id=(f"{own}:{currency}" if own in twins else own) or None,
        account=sys.intern(mine),
        counterparty=sys.intern(name or bank),
        counterparty_email=sys.intern(theirs),
        reference=invoice,
        memo=memo,
        related_id=ref if ref and ref != own else None,
        rate=rate, rate_to=rate_to)


def _present(table: Table, *columns: Sequence[str]) -> Iterator[int]:
    for names in columns:
        index = column_index(table.header, *names)
        if index is not None:
            yield index


@functools.lru_cache(maxsize=1024)
def _is_conversion(type_text: str) -> bool:
    words = _words(type_text)
    return any(name in words for name in _KINDS[0][1])


def _linked(legs: list[_Leg]) -> list[list[_Leg]]:
    """Legs of the same moment grouped by the ids they share: legs that name each other
    (TID2 → TID3, TID3 → TID2), or both the row that needed them (→ TID11)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for leg in legs:
        if leg.link:
            parent[root(leg.id)] = root(leg.link)
    groups: dict[str, list[_Leg]] = defaultdict(list)
    for leg in legs:
        groups[root(leg.id)].append(leg)
    return list(groups.values())


PROFILES = (PayPal("activity"), PayPal("statement"))
