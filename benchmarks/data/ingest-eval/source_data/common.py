"""Tiny helper shared by the consultation modules.

Each module does:
    from common import Collector
    C = Collector("planning")
    r = C.add
    r("resident", '''text''', pd=[("person", "Ann Lee")], keep=[("Aldershaw", "town")], camp=("x", "exact"))
"""


class Collector:
    def __init__(self, consultation):
        self.consultation = consultation
        self.items = []

    def add(self, rtype, text, pd=(), keep=(), camp=None, raw=False, near=None):
        if not raw:
            if text.startswith("\n"):
                text = text[1:]
            if text.endswith("\n"):
                text = text[:-1]
        self.items.append(dict(rtype=rtype, text=text, pd=list(pd), keep=list(keep), camp=camp, near=near))
