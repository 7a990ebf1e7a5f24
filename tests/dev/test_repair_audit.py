import pytest

from pipeline.dev import repair_audit


def test_only_names_repairs_it_knows(capsys):
    with pytest.raises(SystemExit):
        repair_audit.main(["--only", "split_at_line_breaks", "no_such_repair"])
    assert "no such repair: no_such_repair" in capsys.readouterr().err


def test_only_audits_the_repairs_named(tmp_path, monkeypatch):
    switched_off = []

    def scores(gold, resources, repairs):
        switched_off.append(
            {r.__name__ for r in repair_audit.REPAIRS} - {r.__name__ for r in repairs}
        )
        return {"PER": 1.0}

    monkeypatch.setattr(repair_audit, "scores", scores)
    monkeypatch.setattr(repair_audit, "load_resources", lambda: None)
    repair_audit.main(["--only", "drop_things", "--out", str(tmp_path / "r.json")])
    corpora = len(repair_audit.CORPORA)
    assert switched_off == [set()] * corpora + [{"drop_things"}] * corpora
