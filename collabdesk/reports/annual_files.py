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


def prepare_writer(suffix: str) -> None:
    """Load the writer for `suffix` (reportlab and the fonts, or xlsxwriter):
    the command line does it while the database reads the figures."""
    if suffix == ".xlsx":
        import xlsxwriter  # noqa: F401

        return
    from collabdesk.reports import annual_pdf  # noqa: F401
    from collabdesk.reports.fonts import register_fonts

    register_fonts()
