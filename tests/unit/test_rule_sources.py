"""Every shipped legal figure names a public source: a web address (https) on an official or
well-known host, or, for Atelier's own settings, the words "not a legal figure"."""

from __future__ import annotations

from urllib.parse import urlparse

from storage.rules import shipped_figures

# hosts checked by hand on 2026-12-07 (DGI / Ministry of Finance, CNSS, Revenu Québec, CRA;
# fiscamaroc and lesimulatoronline carry the CGI and the DGI's note circulaire 733)
KNOWN_HOSTS = {"www.tax.gov.ma", "www.finances.gov.ma", "fiscamaroc.com", "www.cnss.ma",
               "www.lesimulatoronline.com", "www.revenuquebec.ca", "www.canada.ca"}


def test_every_shipped_figure_has_a_plausible_source() -> None:
    figures = shipped_figures()
    assert figures
    for f in figures:
        if "not a legal figure" in f.source.casefold():
            continue
        url = f.source.split()[0]
        parsed = urlparse(url)
        assert parsed.scheme == "https", (f.jurisdiction, f.key, f.source)
        assert parsed.netloc in KNOWN_HOSTS, (f.jurisdiction, f.key, parsed.netloc)
        assert f.checked_on is not None, (f.jurisdiction, f.key)
