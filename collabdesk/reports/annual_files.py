"""The annual report's file by its suffix: the one place the command line,
the window's worker and the benchmark choose PDF or XLSX."""

from __future__ import annotations

from collabdesk.services.annual_report import AnnualReport


def annual_bytes(report: AnnualReport, lang: str, suffix: str) -> bytes:
    """The finished file for `suffix` (".pdf" or ".xlsx")."""
    if suffix == ".xlsx":
        from collabdesk.reports.annual_xlsx import build_annual_xlsx

        return build_annual_xlsx(report, lang)
    from collabdesk.reports.annual_pdf import build_annual_pdf

    return build_annual_pdf(report, lang)
