"""Rule-table rows for the replies to an outcome (offer, rejection, withdrawal).

tests/test_rules.py adds them to its tables: letters each rule must flag, letters it must pass,
and well-written replies that must raise no error or warning at all.
"""

from __future__ import annotations

PRIYA = {
    "to": "Priya Raman",
    "email": "priya.raman@lumenharbor.example",
    "company": "Lumen Harbor Logistics",
    "role": "Data Analyst",
    "notes": ["the move of weekly reporting from spreadsheets to a SQL warehouse"],
    "names": ["Tomás Okafor", "Mei Lin Chen"],
    "profile": {"name": "Jordan Avery", "value_points": ["trained twelve supervisors"]},
}
ACCEPT = {**PRIYA, "kind": "offer-accept"}
TIME = {**PRIYA, "kind": "offer-time"}
DECLINE = {**PRIYA, "kind": "offer-decline"}
REJECTED = {**PRIYA, "kind": "rejection-reply"}
WITHDRAW = {**PRIYA, "kind": "withdraw"}


def letter(*paragraphs: str) -> str:
    """A reply to Priya around the given paragraphs."""
    return "Dear Priya,\n\n" + "\n\n".join(paragraphs) + "\n\nBest regards,\nJordan Avery\n"


GOOD_ACCEPT = letter(
    "Thank you for calling me on Tuesday with the offer. I am very happy to accept the Data "
    "Analyst position at Lumen Harbor Logistics.",
    "To make sure we have the same understanding: I will start on Monday 4 January 2027, at a "
    "salary of €4,300 a month, with three office days a week. Could you send me the written "
    "offer so that I can sign it?",
    "I am looking forward to the warehouse project and to working with you.",
)
GOOD_TIME = letter(
    "Thank you very much for the offer of the Data Analyst role. I am excited about it and "
    "about joining your team.",
    "Since it would mean moving to Amsterdam, I would like to talk it over with my family "
    "first. Could I give you my answer by Thursday 10 December?",
    "If you need to hear from me sooner, please let me know.",
)
GOOD_DECLINE = letter(
    "Thank you for offering me the Data Analyst role, and for the time everyone at Lumen "
    "Harbor Logistics gave me. After a lot of thought, I have decided to decline the offer.",
    "I very much enjoyed our talk about the SQL warehouse, and I hope our paths cross again.",
)
GOOD_REJECTION = letter(
    "Thank you for letting me know, and for the time you and the team gave me. I am "
    "disappointed, of course, but I enjoyed learning about the move to the SQL warehouse.",
    "If a similar role opens up, I would be glad to be considered. If you have a moment, I "
    "would also value any brief feedback on my interview.",
)
GOOD_WITHDRAW = letter(
    "Thank you for considering me for the Data Analyst role. I have accepted another offer, so "
    "I would like to withdraw my application.",
    "I enjoyed meeting you and the team, and I wish you every success with the warehouse project.",
)

# (rule, text that must be flagged, context)
FLAGGED = [
    ("missing-thanks", letter("I accept the offer, starting 4 January at €4,300 a month."), ACCEPT),
    ("missing-thanks", letter("I understand. Please keep me in mind for future roles."), REJECTED),
    ("missing-interest", letter("Thank you for the offer. Could I answer by Friday?"), TIME),
    ("length", letter("Thank you. I withdraw my application."), WITHDRAW),
    ("terms-unconfirmed", letter("Thank you! I am delighted to accept your offer."), ACCEPT),
    (
        "terms-unconfirmed",
        letter("Thank you. I accept the position, starting on Monday 4 January."),
        ACCEPT,
    ),
    ("answer-date-missing", letter("Thank you. I will think about it and get back to you."), TIME),
    (
        "answer-date-missing",
        letter("Thank you; I am very excited. May I have a few more days to decide?"),
        TIME,
    ),
    (
        "feedback-asked-twice",
        letter("Thank you. Could you share some feedback? What could I have done better?"),
        REJECTED,
    ),
    ("bitterness", letter("Thank you. Frankly, the process was unfair."), REJECTED),
    ("bitterness", letter("Thanks. I wasted two weekends on your case study."), REJECTED),
    ("bitterness", letter("Thank you. It is your loss."), WITHDRAW),
    ("bitterness", letter("Thank you. I really deserved this job."), REJECTED),
    ("disputes-decision", letter("Thank you. Please reconsider my application."), REJECTED),
    ("disputes-decision", letter("Thanks. I meet every requirement you listed."), REJECTED),
    ("ultimatum", letter("Thank you. Unless you match €60,000, I will take another offer."), TIME),
    ("ultimatum", letter("Thank you. My salary is non-negotiable."), ACCEPT),
    ("bridge-burning", letter("Thank you. Your salary band is insulting."), DECLINE),
    ("bridge-burning", letter("Thank you. I found your team disorganised."), DECLINE),
    ("bridge-burning", letter("Thank you. I am joining a more professional company."), WITHDRAW),
]

# (rule, text that must pass that rule, context)
PASSING = [
    ("missing-thanks", GOOD_ACCEPT, ACCEPT),
    ("missing-interest", GOOD_DECLINE, DECLINE),
    ("missing-interest", GOOD_WITHDRAW, WITHDRAW),
    ("missing-interest", GOOD_ACCEPT, ACCEPT),
    ("missing-specific", letter("Thank you. I withdraw my application, with regret."), WITHDRAW),
    ("missing-value", GOOD_REJECTION, REJECTED),
    ("unanswered-concern", GOOD_TIME, {**TIME, "concerns": ["my notice period"]}),
    ("similar-letters", GOOD_REJECTION, {**REJECTED, "others": [GOOD_REJECTION]}),
    ("length", GOOD_WITHDRAW, WITHDRAW),
    ("terms-unconfirmed", GOOD_ACCEPT, ACCEPT),
    ("terms-unconfirmed", letter("Thank you. I have signed and attached the contract."), ACCEPT),
    ("terms-unconfirmed", letter("Thank you! I am delighted to accept your offer."), TIME),
    ("answer-date-missing", GOOD_TIME, TIME),
    ("answer-date-missing", letter("Thank you. Could I reply within three working days?"), TIME),
    ("feedback-asked-twice", GOOD_REJECTION, REJECTED),
    (
        "feedback-asked-twice",
        letter("Thank you for your feedback on the call. Any further pointers would help."),
        REJECTED,
    ),
    ("bitterness", GOOD_REJECTION, REJECTED),
    ("bitterness", letter("Thank you. Our team cut wasted time in the close by half."), REJECTED),
    ("bitterness", letter("Thank you. The process was unfair to nobody: well done."), {**PRIYA}),
    ("disputes-decision", letter("Thank you. Please keep me in mind for future roles."), REJECTED),
    ("disputes-decision", letter("Thank you. Please reconsider the start date."), TIME),
    ("ultimatum", letter("Thank you. Is there any room to move on the salary?"), TIME),
    ("ultimatum", letter("Thank you. I will answer by Friday, unless you need it sooner."), TIME),
    ("bridge-burning", GOOD_DECLINE, DECLINE),
    ("bridge-burning", letter("Thank you. I was impressed by your team and the offer."), DECLINE),
]

# (name, a well-written reply, context): no error, no warning.
WELL_WRITTEN = [
    ("acceptance", GOOD_ACCEPT, ACCEPT),
    ("request for time", GOOD_TIME, TIME),
    ("decline", GOOD_DECLINE, DECLINE),
    ("answer to a rejection", GOOD_REJECTION, REJECTED),
    ("withdrawal", GOOD_WITHDRAW, WITHDRAW),
]
