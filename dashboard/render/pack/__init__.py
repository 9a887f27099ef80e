"""The briefing pack: a narrative as a deck (PDF with matplotlib, PPTX with python-pptx),
a title page, one page per step drawn by the briefing figure from the step's scene, and
the sources every step cites. Made only on request: the page never imports it."""

from dashboard.render.pack.content import PackError
from dashboard.render.pack.make import pack_pdf, pack_pptx

__all__ = ["PackError", "pack_pdf", "pack_pptx"]
