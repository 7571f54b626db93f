"""Writing aids: spelling, dates in the text, citations, abbreviations, unchanged parts.

Everything here is plain Python over strings and drafts; the checks runner and the
`qcdc check` command report its findings, and ui/spell_highlight.py underlines the
same spelling verdicts as the drafter types.
"""
