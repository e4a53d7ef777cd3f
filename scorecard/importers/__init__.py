"""Importers: files and pages other people publish, turned into pending evidence for review.

Every importer validates its whole input first and inserts in one transaction (nothing is
half-imported), gives each evidence row an id derived from its source, institution and stance (so
importing the same input again adds nothing), and reports the names it could not link.
"""
