"""Outreach campaigns: ask campuses directly, follow up, and turn replies and silences into evidence.

``campaigns`` keeps the campaign state in the store, ``letters`` writes each campus its letter,
``mailer`` sends through SMTP, ``deadlines`` does the date arithmetic, ``laws`` and ``contacts``
read the two data files the letters need, ``publish`` puts the public facts into the published
database. The click group lives in ``scorecard.cli.outreach``.
"""
