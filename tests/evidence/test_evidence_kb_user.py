"""The user KB file: merged into load_kb(), `qk kb add|list|show|path`, cache invalidation."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenkritik.evidence.entities import kb as kbmod
from quellenkritik.evidence.entities.kb import UserKBError, add_user_entry, load_kb, user_kb_path
from quellenkritik.evidence.entities.resolve import resolve


@pytest.fixture
def user_file(tmp_path, monkeypatch):
    path = tmp_path / "kb" / "user.jsonl"
    monkeypatch.setenv("QK_USER_KB", str(path))
    kbmod.invalidate()
    yield path
    monkeypatch.delenv("QK_USER_KB")
    kbmod.invalidate()


def _cli():
    import quellenkritik.cli.kb_cmds  # noqa: F401 - registers the command group
    from quellenkritik.cli.app import app

    return app


def test_path_from_env(user_file, monkeypatch):
    assert user_kb_path() == user_file
    monkeypatch.setenv("QK_USER_KB", "")
    assert user_kb_path() is None


def test_add_resolves_at_once_in_same_process(user_file):
    assert not resolve("Hannelore Musterfrau", "PER").kb  # cached as local before the add
    e = add_user_entry("Hannelore Musterfrau", "PER", ["Musterfrau"], country="at", role="Bürgermeisterin")
    assert e.id == "qk:user:per:hannelore-musterfrau" and e.country == "AT"
    r = resolve("Musterfrau", "PER")
    assert r.kb and r.id == e.id and r.method == "exact"
    kb = load_kb()
    assert kb.get(e.id).source == "user" and kb.get(e.id).extra["role"] == "Bürgermeisterin"
    line = json.loads(user_file.read_text("utf-8").splitlines()[0])
    assert line["label"] == "PER" and line["aliases"] == ["Hannelore Musterfrau", "Musterfrau"]
    # the shipped KB object itself is untouched
    assert load_kb(user=False).get(e.id) is None


def test_user_entry_ranks_first_and_overrides_same_id(user_file):
    add_user_entry("Merkel Bau GmbH", "ORG", ["Merkel"])
    assert resolve("Merkel").id == "qk:user:org:merkel-bau-gmbh"  # user entries first
    assert resolve("Merkel", "PER").id == "qk:per:angela-merkel"
    add_user_entry("Angela Dorothea Merkel", "PER", ["Merkel", "AM"], entity_id="qk:per:angela-merkel")
    kb = load_kb()
    e = kb.get("qk:per:angela-merkel")
    assert e.source == "user" and e.canonical == "Angela Dorothea Merkel"
    assert sum(1 for x in kb.entries if x.id == "qk:per:angela-merkel") == 1
    assert resolve("Ангела Меркель", "PER").id != "qk:per:angela-merkel"  # the shipped aliases are gone


def test_extends_line_adds_aliases(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text(json.dumps({"extends": "qk:per:angela-merkel", "aliases": ["Mutti"]}) + "\n", "utf-8")
    kbmod.invalidate()
    assert resolve("Mutti", "PER").id == "qk:per:angela-merkel"


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "X", "label": "PERSON"}, "unknown label"),
    ({"name": "X", "label": "PER", "country": "AUT"}, "country"),
    ({"name": "X", "label": "PER", "entity_id": "Bad Id"}, "bad id"),
    ({"name": " ", "label": "PER"}, "empty"),
])
def test_add_rejects_bad_input(user_file, kwargs, message):
    with pytest.raises(UserKBError, match=message):
        add_user_entry(**kwargs)
    assert not user_file.exists()


def test_add_rejects_duplicate_id(user_file):
    add_user_entry("Erika Beispiel", "PER")
    with pytest.raises(UserKBError, match="already in the user KB"):
        add_user_entry("Erika Beispiel", "PER")


def test_broken_user_file_is_a_clear_error(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text('{"id": "qk:user:per:a", "label": "PER", "canonical": "A"}\nnot json\n', "utf-8")
    kbmod.invalidate()
    with pytest.raises(UserKBError, match=r"user.jsonl:2: not JSON"):
        load_kb()


def test_cli_add_list_show(user_file):
    app, runner = _cli(), CliRunner()
    res = runner.invoke(app, ["kb", "add", "--name", "Max Mustermann", "--label", "PER", "--alias", "Mustermann",
                              "--country", "DE", "--role", "Bürgermeister von Musterstadt"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["id"] == "qk:user:per:max-mustermann"
    res = runner.invoke(app, ["kb", "add", "--name", "Y", "--label", "PERSON"])
    assert res.exit_code == 2 and "unknown label" in res.output
    res = runner.invoke(app, ["kb", "add", "--name", "Max Mustermann", "--label", "PER"])
    assert res.exit_code == 2 and "already in the user KB" in res.output
    res = runner.invoke(app, ["kb", "list", "--user"])
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["qk:user:per:max-mustermann"]
    res = runner.invoke(app, ["kb", "show", "Mustermann"])
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["source"] == "user"
    res = runner.invoke(app, ["kb", "show", "qk:org:outlet:apa"])
    assert json.loads(res.stdout)["canonical"] == "Austria Presse Agentur"
    res = runner.invoke(app, ["kb", "list", "--label", "ORG", "--source", "partyfacts", "--limit", "3"])
    assert len(res.stdout.splitlines()) == 3
    res = runner.invoke(app, ["kb", "show", "Xyzzy Nonexistent Qwerty"])
    assert res.exit_code == 1
    res = runner.invoke(app, ["kb", "path"])
    assert res.stdout.strip() == str(user_file)


def test_registered_in_main():
    from quellenkritik.cli import main

    assert "kb_cmds" in main._COMMAND_MODULES
