"""`python -m consult_nlp` runs the command line."""

from .cli import app

app(prog_name="consult-nlp")
