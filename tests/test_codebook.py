import pytest
import yaml

from consult_nlp import ConsultError
from consult_nlp.codebook import label_sets, load_consultation


def test_loads_example(example_dir):
    c = load_consultation(example_dir)
    assert c.codebook.ids == ["evening-hours", "children-activities", "digital-access", "staffing"]
    assert c.facts.action_areas[2].startswith("Where we have listened")
    assert c.facts.responses_received == 36
    assert len(c.responses) == 36
    sets = label_sets(c.labels)
    assert sets["R06"] == {"evening-hours", "digital-access"}
    assert sets["R05"] == set()  # coded, no category


def _edit(path, fn):
    data = yaml.safe_load(path.read_text())
    fn(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_unknown_key_names_file_entry_and_fix(example_dir):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][1].update(colour="red"))
    with pytest.raises(ConsultError) as e:
        load_consultation(example_dir)
    msg = str(e.value)
    assert "codebook.yaml" in msg and "children-activities" in msg and "colour" in msg and "unknown key" in msg


def test_duplicate_id(example_dir):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][2].update(id="evening-hours"))
    with pytest.raises(ConsultError, match=r"category #3 repeats id 'evening-hours'.*unique"):
        load_consultation(example_dir)


def test_action_area_outside_consultation(example_dir):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][0].update(action_areas=[2, 5]))
    with pytest.raises(ConsultError, match=r"evening-hours.*\[5\].*defines only \[1, 2\]"):
        load_consultation(example_dir)


def test_empty_action_areas_rejected(example_dir):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][0].update(action_areas=[]))
    with pytest.raises(ConsultError, match="action_areas"):
        load_consultation(example_dir)


def test_labels_unknown_category_names_line(example_dir):
    with open(example_dir / "labels.csv", "a") as f:
        f.write("R22,opening-days\n")
    with pytest.raises(ConsultError, match=r"labels.csv: line \d+ names unknown category 'opening-days'"):
        load_consultation(example_dir)


def test_labels_unknown_response(example_dir):
    with open(example_dir / "labels.csv", "a") as f:
        f.write("R99,staffing\n")
    with pytest.raises(ConsultError, match=r"response 'R99', which is not in responses.csv"):
        load_consultation(example_dir)


def test_duplicate_response_id(example_dir):
    with open(example_dir / "responses.csv", "a") as f:
        f.write("R01,again,Resident\n")
    with pytest.raises(ConsultError, match=r"row 38 repeats response_id 'R01'"):
        load_consultation(example_dir)


def test_missing_file(example_dir):
    (example_dir / "consultation.yaml").unlink()
    with pytest.raises(ConsultError, match="consultation.yaml: file not found"):
        load_consultation(example_dir)


@pytest.mark.parametrize(
    "see, message",
    [
        ("opening-days", r"'see' names 'opening-days', which is not a category here"),
        ("staffing", r"'see' names itself"),
    ],
)
def test_see_must_name_another_category(example_dir, see, message):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][3].update(see=see))
    with pytest.raises(ConsultError, match=rf"category #4 \(id: staffing\) field {message}") as e:
        load_consultation(example_dir)
    assert e.value.code == "E104" and "evening-hours" in str(e.value)  # the ids it could name


def test_see_is_an_answer(example_dir):
    _edit(example_dir / "codebook.yaml", lambda d: d["categories"][2].update(see="evening-hours"))
    book = load_consultation(example_dir).codebook
    assert book.get("digital-access").answered and book.get("digital-access").see == "evening-hours"


def test_appendix_settings_are_optional_and_checked(example_dir):
    assert load_consultation(example_dir).facts.appendix.count == "estimated"
    _edit(example_dir / "consultation.yaml", lambda d: d.update(appendix={"count": "coded", "order": "codebook"}))
    facts = load_consultation(example_dir).facts
    assert (facts.appendix.count, facts.appendix.order, facts.appendix.breakdown) == ("coded", "codebook", False)
    _edit(example_dir / "consultation.yaml", lambda d: d.update(appendix={"count": "guessed"}))
    with pytest.raises(ConsultError, match=r"appendix.count") as e:
        load_consultation(example_dir)
    assert e.value.code == "E103"
