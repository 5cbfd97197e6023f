"""What a new store starts with: platform presets, settings, the URSSAF figures table and the
rule figures of the other statuses (storage/data/rules)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import Platform, Setting, UrssafYear

# name, fee (basis points, None = the user enters it), clearance days, tips charged, currency
PLATFORM_PRESETS: list[tuple[str, int | None, int, bool, str]] = [
    ("Fiverr", 2000, 14, True, "USD"),
    ("Upwork", 1000, 5, False, "USD"),
    ("Malt", 1000, 0, False, "EUR"),
    ("ComeUp", None, 0, False, "EUR"),
    ("Direct", 0, 0, False, "EUR"),
]


def _euros(n: int) -> int:
    return n * 100


def _year(year: int, services: int, sales: int, vat: tuple[int, int, int, int],
          rates: tuple[int, int, int, int]) -> UrssafYear:
    return UrssafYear(
        year=year,
        ceiling_services_minor=_euros(services), ceiling_sales_minor=_euros(sales),
        vat_services_minor=_euros(vat[0]), vat_services_tolerance_minor=_euros(vat[1]),
        vat_sales_minor=_euros(vat[2]), vat_sales_tolerance_minor=_euros(vat[3]),
        rate_sales_bp=rates[0], rate_services_bic_bp=rates[1],
        rate_bnc_ssi_bp=rates[2], rate_bnc_cipav_bp=rates[3],
        vl_sales_bp=100, vl_services_bic_bp=170, vl_bnc_bp=220,
    )


VAT_2025_ON = (37_500, 41_250, 85_000, 93_500)
VAT_BEFORE_2025 = (36_800, 39_100, 91_900, 101_000)


def urssaf_presets() -> list[UrssafYear]:
    """Shipped figures; the user edits them in Settings when URSSAF publishes new ones.

    The 2026 rates are the reference; 2027–2028 repeat them until the user updates them.
    """
    rates_2026 = (1230, 2120, 2560, 2320)
    return [
        _year(2023, 77_700, 188_700, VAT_BEFORE_2025, (1230, 2120, 2110, 2320)),
        _year(2024, 77_700, 188_700, VAT_BEFORE_2025, (1230, 2120, 2310, 2320)),
        _year(2025, 77_700, 188_700, VAT_2025_ON, (1230, 2120, 2460, 2320)),
        _year(2026, 83_600, 203_100, VAT_2025_ON, rates_2026),
        _year(2027, 83_600, 203_100, VAT_2025_ON, rates_2026),
        _year(2028, 83_600, 203_100, VAT_2025_ON, rates_2026),
    ]


def system_timezone() -> str:
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # an odd system configuration must not stop a store from opening
        return "UTC"


def default_settings() -> dict[str, str]:
    return {
        "home_currency": "EUR",
        "timezone": system_timezone(),
        "activity": "services_bic",
        "urssaf_period": "quarter",
        "urssaf_bnc_fund": "ssi",
        "versement_liberatoire": "no",
        "due_soon_hours": "48",
        # The logo printed on quotes and invoices: an image file, relative to the data dir
        # (or absolute); "" for none
        "logo_path": "",
        # The freelancer's status (storage/status.py): "" until the first-run set-up chose
        # fr_micro, ma_auto, qc_self or other.
        "status": "",
        "setup_done": "",
        "next_steps_hidden": "",  # "yes": Today's first steps (a gig, an order) were hidden
        "ma_activity": "services",  # Morocco: services or commerce
        "ma_period": "quarter",  # Morocco: the DGI declaration, month or quarter
        "qc_gst": "small_supplier",  # Québec: small_supplier or registered
        "qc_quick_method": "no",
        "qc_filing": "year",  # Québec GST/QST filing period: month, quarter or year
        "qc_registered_on": "",  # ISO date the GST/QST registration took effect
        # The identity printed on documents
        "legal_name": "",
        "ei_mention": "yes",  # France: "EI" after the name (required since 2022)
        "siret": "",
        "ice": "",
        "if_number": "",
        "gst_number": "",
        "qst_number": "",
        "address": "",
        "platforms_used": "",  # ids of the platforms ticked in the set-up, comma-separated
        # Invoices (storage/invoicing): the numbers' format ({year}, {n}: the place in the
        # year's continuous series), France's VAT regime (franchise: art. 293 B du CGI) and
        # the VAT number of a VAT-registered seller
        "invoice_number_format": "{year}-{n:04d}",
        "quote_number_format": "D{year}-{n:04d}",
        "vat_regime": "franchise",
        "vat_number": "",
        "email": "",  # the seller's email, printed and in the e-invoice (BT-34)
        # The inbox (storage.matching): the installed embedding model its vectors come from
        # ("": keyword ranking only)
        "embedding_model": "",
        # Inference servers (storage.engines): the engine and model each task runs on
        # ("": the local model)
        **{f"engine_{what}_{task}": "" for task in ("draft", "rewrite", "brainstorm",
                                                     "translate", "embed")
           for what in ("route", "model")},
        # An order's plan (storage/plans.py): the hours a day the person works, which caps
        # the working time left before a due date
        "work_hours_per_day": "6",
    }


def seed_defaults(s: Session) -> None:
    existing = set(s.scalars(select(Platform.name)))
    for name, fee, clearance, tips, currency in PLATFORM_PRESETS:
        if name not in existing:
            s.add(Platform(name=name, fee_bp=fee, fee_fixed_minor=0, tips_charged=tips,
                           clearance_days=clearance, default_currency=currency, preset=True))
    keys = set(s.scalars(select(Setting.key)))
    for key, value in default_settings().items():
        if key not in keys:
            s.add(Setting(key=key, value=value))
    years = set(s.scalars(select(UrssafYear.year)))
    for row in urssaf_presets():
        if row.year not in years:
            s.add(row)
    from storage.rules import seed_rules

    seed_rules(s)
