"""The recap PDF: the partner's version (results against goals, what they
received, pictures, thank-you and next time: recap_partner) or the internal
one (every promise, reasons, make-goods, balance, reliability:
recap_internal). Both read a RecapContent (services/recap_content.py), which
has already cut the partner's version to what a partner may see."""

from __future__ import annotations

from collabdesk.reports.layout import dress_for, make_styles, render
from collabdesk.reports.recap_parts import kicker
from collabdesk.reports.recap_texts import recap_words
from collabdesk.services.recap_content import RecapContent


def build_recap(recap: RecapContent, lang: str = "ru") -> bytes:
    """The recap as PDF bytes, in `lang`; `recap.internal` picks the version."""
    from collabdesk.reports.recap_internal import internal_story
    from collabdesk.reports.recap_partner import partner_story

    content = recap.content
    st = make_styles(content.library.brand_colour)
    story = internal_story(recap, lang, st) if recap.internal else partner_story(recap, lang, st)
    dress = dress_for(content, st, recap_words(lang)["page"], cover=False, lang=lang)
    title = f"{kicker(recap, lang)}: {content.title}"
    return render(story, dress, title=title, author=content.library.name)
