"""Etiquette: no gifts, no Facebook, business contacts only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Context, Finding, Rule, Severity, Text, rule_family

rule = rule_family("etiquette")

GIFTS = (
    r"flowers|bouquet|(?:potted )?plants?|gift|gifts|gift ?cards?|vouchers?|chocolates?|"
    r"wine|champagne|cookies|cupcakes|baskets?|hampers?|present"
)
_GIFT = re.compile(
    rf"\b(?:send(?:ing)?|sent|bring(?:ing)?|brought|order(?:ed|ing)?|deliver(?:ed|ing)?|"
    rf"enclos(?:e|ed|ing)|attach(?:ed|ing)?|included?|here (?:is|are)|accept|dropp(?:ed|ing) off|"
    rf"treat you to|buy you|bought you|got you)\b[^.!?\n]{{0,40}}?\b(?P<gift>{GIFTS})\b"
    r"|\b(?P<named>gift ?cards?|gift baskets?|box of chocolates|bottle of wine|bouquet)\b"
    r"|\b(?P<token>a (?:small|little) (?:gift|token|something))\b",
    re.IGNORECASE,
)
NETWORKS = r"facebook|fb|instagram|insta|ig|tiktok|tik tok|snapchat|snap"
_SOCIAL = re.compile(
    rf"\b(?:add(?:ed)?|friend(?:ed)?|follow(?:ed|ing)?|connect(?:ed|ing)?|message[ds]?|"
    rf"dm(?:ed|'d)?|find|found|look(?:ed)? (?:you )?up|reach(?:ed)? out|request(?:ed)?)\b"
    rf"[^.!?\n]{{0,40}}?\b(?:on|via|through|over)\s+(?P<net>{NETWORKS})\b"
    r"|\b(?P<request>friend request)s?\b"
    rf"|\bmy (?P<mine>{NETWORKS})\b",
    re.IGNORECASE,
)
# Mail providers people use privately: a recipient address there is not their business one.
PERSONAL_PROVIDERS = frozenset(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk ymail.com hotmail.com hotmail.co.uk
    outlook.com live.com msn.com icloud.com me.com mac.com aol.com protonmail.com proton.me
    gmx.com gmx.de gmx.net web.de mail.com mail.ru yandex.ru yandex.com qq.com 163.com
    126.com zoho.com fastmail.com tutanota.com hey.com t-online.de orange.fr free.fr
    libero.it
    """.split()
)
_PERSONAL = re.compile(
    r"\b(?:(?:at|to) (?:your|their) (?:home|house|place)(?! page)"
    r"|your home (?:address|phone|number)"
    r"|your (?:personal|private) (?:email|e-mail|phone|number|cell|mobile|address)"
    r"|your (?:cell|mobile)(?: phone| number)?|text(?:ed)? you|stop(?:ped)? by your (?:home|house)"
    r"|(?:call|ring|phone|visit)(?:ed)? you at home)\b",
    re.IGNORECASE,
)


@rule("gift", "FK401", Severity.ERROR, "A gift, which reads as a bribe.")
def gift(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag gifts: flowers, plants, gift cards, chocolates, wine.

    Why: anything beyond a note can read as a bribe and hurts the candidate. Write instead:
    a simple thank-you; your attention to what they said is the gift.
    """
    for match in _GIFT.finditer(text.raw):
        span = next(match.span(g) for g in ("gift", "named", "token") if match.group(g))
        yield rule.finding(
            text,
            span[0],
            span[1],
            f"{text.raw[span[0] : span[1]]!r}: a gift after an interview can read as a bribe; "
            "send only the note",
        )


@rule("social-media", "FK402", Severity.ERROR, "A Facebook, Instagram or TikTok contact.")
def social_media(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag friend requests and messages on Facebook, Instagram, TikTok or Snapchat.

    Why: those are for friends; contacting an interviewer there is out of place. LinkedIn is
    the professional network and is never flagged. Write instead: a LinkedIn connection note.
    """
    for match in _SOCIAL.finditer(text.raw):
        group = next(g for g in ("net", "request", "mine") if match.group(g))
        yield rule.finding(
            text,
            match.start(group),
            match.end(group),
            "connect with interviewers on LinkedIn only; Facebook, Instagram and TikTok are "
            "for friends",
            "LinkedIn" if group != "request" else None,
        )


@rule("personal-contact", "FK403", Severity.ERROR, "A personal address or contact at home.")
def personal_contact(rule: Rule, text: Text, ctx: Context) -> Iterator[Finding]:
    """Flag a recipient address at a personal mail provider, and contact at home.

    Why: personal addresses and phones are for friends; reaching an interviewer at home is an
    unwelcome surprise. Write instead: to their business address, during working hours.
    """
    domain = ctx.email.rpartition("@")[2].lower()
    if domain in PERSONAL_PROVIDERS:
        where = text.raw.find(ctx.email)
        start, end = (where, where + len(ctx.email)) if where >= 0 else (0, 0)
        yield rule.finding(
            text,
            start,
            end,
            f"{ctx.email} is a personal address; send it to their business email instead",
        )
    for match in _PERSONAL.finditer(text.raw):
        yield rule.finding(
            text,
            match.start(),
            match.end(),
            "contact interviewers only through their business email or phone",
        )


RULES = (gift, social_media, personal_contact)
