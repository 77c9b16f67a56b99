"""Coded errors, as spaCy does it: each problem a user can fix has a code, a meaning and the usual fix.

The message of a `ConsultError` names the file, the row or entry, and the fix; the code says what kind of problem
it is, so tests and scripts can check the kind without matching prose. The README's table of codes is kept in step
with `CODES` by a test.
"""

from __future__ import annotations

# code -> (what went wrong, the usual fix); the README lists the same table
CODES: dict[str, tuple[str, str]] = {
    # the consultation folder
    "E100": ("A file or folder that was named does not exist.", "Check the path."),
    "E101": (
        "A path is the wrong kind: a file where a folder is needed, or the other way round.",
        "Pass a consultation folder such as corpora/NAME, or a file where a file is asked for.",
    ),
    "E102": (
        "A YAML file cannot be read: bad syntax, wrong encoding, repeated keys, or not a mapping.",
        "Fix the file at the line the message names and save it as UTF-8.",
    ),
    "E103": ("consultation.yaml breaks its schema.", "Fix the entry the message names (see the README's schema)."),
    "E104": ("codebook.yaml breaks its schema.", "Fix the category and field the message names."),
    "E105": (
        "A CSV file cannot be read: wrong encoding, empty, unparseable, or a control character.",
        "Save it as UTF-8 CSV with a header row, or run `consult-nlp ingest` on it.",
    ),
    "E106": ("A table lacks a column it needs.", "Rename or add the column, or say which column it is in a mapping."),
    "E107": ("A response id is empty, repeated, or differs only by spaces.", "Give every response one unique id."),
    "E108": (
        "labels.csv names a category or a response that does not exist.",
        "Fix the id, or add the category to codebook.yaml.",
    ),
    # ingest
    "E200": ("The ingest mapping file is wrong.", "Fix the mapping entry the message names (see the README)."),
    "E201": (
        "An input is not a kind of file ingest reads.",
        "Give a .csv, .xlsx or .jsonl export, or a folder of .txt, .docx, .pdf or .eml letters.",
    ),
    "E202": ("An input's text encoding cannot be decided or is wrong.", "Save it as UTF-8, or set `encoding:`."),
    "E203": ("An input holds no responses.", "Export the survey again, with its header row and responses."),
    "E204": (
        "Inputs clash: the same input twice, ids shared between inputs, or --out is an input.",
        "Pass each input once, give each export its own ids, and write somewhere else.",
    ),
    # coding by people: labels, samples, review workbooks
    "E300": ("A decision names a category that is not in the codebook.", "Use the codebook's ids, or 'none'."),
    "E301": ("A decision names a response that is not in responses.csv.", "Fix the id or remove the row."),
    "E302": ("Two decisions about the same response disagree.", "Make them agree."),
    "E303": ("A decision cell is not understood.", "Choose confirm or reject, or write codebook ids."),
    "E304": ("A filled-in sample or workbook cannot be read.", "Save it again as .xlsx or UTF-8 CSV."),
    "E305": (
        "Nothing is coded yet, so there is nothing to learn from.",
        "Code a sample in labels.csv (`consult-nlp sample` picks one).",
    ),
    "E306": ("An option is out of range.", "Use a value in the range the message gives."),
    # the model cache
    "E400": (
        "A saved model or embedding cache is damaged or from an incompatible version.",
        "Delete the file the message names; it is rebuilt on the next run.",
    ),
    # counting, rendering and outputs
    "E500": (
        "A counts or breakdown file is not what `consult-nlp count` writes.",
        "Write it again with `consult-nlp count`, or fix the row the message names.",
    ),
    "E501": ("A classifier_errors.json file is not what `consult-nlp run` writes.", "Re-run `consult-nlp run`."),
    "E502": ("An output format or option is unknown.", "Use one of the values the message lists."),
    "E503": (
        "An output path cannot be written: it is a folder where a file is needed, or a file where a folder is.",
        "Choose another --out.",
    ),
    "E504": ("A run's outputs are missing or out of date.", "Run `consult-nlp run` again."),
    # theme discovery
    "E600": ("Too little text to discover themes in.", "Add responses, or code this consultation by hand."),
    # anything else
    "E900": ("An unexpected error (a bug).", "Report it with the log file the message names."),
}


class ConsultError(ValueError):
    """A problem the user can fix: `code` says its kind (see CODES); the message names the file, entry and fix."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}; add it to consult_nlp.errors.CODES")
        self.code = code
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"

    def __reduce__(self):  # picklable across processes (Dask workers), with both arguments
        return (type(self), (self.code, self.message))
