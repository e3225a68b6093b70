from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from hub.cli import main
from hub.store import normalize_code
from tests.hub.conftest import TEST_CATALOG
from tests.hub.helpers import make_submission, post, session_for, valid_answers

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_kiosk_prints_a_code_that_provisions(hub, capsys):
    code, out, _ = run(capsys, "add-kiosk", "--data", hub.data_dir, "--label", "Hall 2")
    assert code == 0
    printed = out.strip()
    assert normalize_code(printed) is not None and printed[4] == "-"
    response = requests.post(
        hub.base_url + "/provision", json={"code": printed, "kiosk_version": "0.1.0"}, timeout=10
    )
    assert response.status_code == 201
    assert hub.kiosks()[0].label == "Hall 2"


def test_add_kiosk_ttl(hub, capsys):
    code, out, _ = run(capsys, "add-kiosk", "--data", hub.data_dir, "--ttl-hours", "0.000001")
    assert code == 0
    response = requests.post(
        hub.base_url + "/provision",
        json={"code": out.strip(), "kiosk_version": "0.1.0"},
        timeout=10,
    )
    assert response.status_code == 410
    assert run(capsys, "add-kiosk", "--data", hub.data_dir, "--ttl-hours", "0")[0] == 1


def test_kiosks_lists_nothing_yet(hub, capsys):
    code, out, _ = run(capsys, "kiosks", "--data", hub.data_dir)
    assert code == 0 and "no kiosks" in out
    assert json.loads(run(capsys, "kiosks", "--data", hub.data_dir, "--json")[1]) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["kiosks"],
        ["submissions"],
        ["revoke", "kiosk-1"],
        ["set-status", "7Q4M-K2XD-9B8T", "completed"],
    ],
)
def test_operator_commands_on_a_directory_without_a_hub(tmp_path, capsys, argv):
    code, _, err = run(capsys, argv[0], "--data", tmp_path / "typo", *argv[1:])
    assert code == 1 and "no hub data" in err
    assert not (tmp_path / "typo").exists()


def test_submissions_shows_unsealed_answers(hub, client, capsys):
    body = make_submission(hub)
    assert post(client, hub.base_url + "/submissions", body).status_code == 201

    code, out, _ = run(capsys, "submissions", "--data", hub.data_dir, "--json")
    assert code == 0
    [row] = json.loads(out)
    assert row["reference"] == body["reference"] and row["answers"] == valid_answers()

    code, out, _ = run(capsys, "submissions", "--data", hub.data_dir)
    assert code == 0
    assert body["reference"] in out and "900101300126" in out and "Айгүл" in out


def test_submissions_without_a_key_is_an_error(tmp_path, capsys):
    assert run(capsys, "add-kiosk", "--data", tmp_path)[0] == 0  # a database, but no key yet
    code, _, err = run(capsys, "submissions", "--data", tmp_path)
    assert code == 1 and "no hub key" in err


def test_set_status_with_one_message(hub, client, capsys):
    body = make_submission(hub)
    post(client, hub.base_url + "/submissions", body)
    ref = body["reference"].lower()

    code, _, _ = run(
        capsys, "set-status", "--data", hub.data_dir, ref, "in_progress", "--message", "Қаралуда"
    )
    assert code == 0
    answer = client.get(f"{hub.base_url}/submissions/{body['reference']}").json()
    assert answer["status"] == "in_progress"
    assert answer["message"] == {"kk": "Қаралуда", "ru": "Қаралуда", "en": "Қаралуда"}


def test_set_status_per_language(hub, client, capsys):
    body = make_submission(hub)
    post(client, hub.base_url + "/submissions", body)
    code, _, _ = run(
        capsys,
        "set-status",
        "--data",
        hub.data_dir,
        body["reference"],
        "rejected",
        "--message",
        "Rejected",
        "--message-kk",
        "Қабылданбады",
        "--message-ru",
        "Отклонено",
    )
    assert code == 0
    answer = client.get(f"{hub.base_url}/submissions/{body['reference']}").json()
    assert answer["message"] == {"kk": "Қабылданбады", "ru": "Отклонено", "en": "Rejected"}

    code, _, err = run(
        capsys,
        "set-status",
        "--data",
        hub.data_dir,
        body["reference"],
        "rejected",
        "--message-kk",
        "only kk",
    )
    assert code == 1 and "--message-ru" in err


def test_set_status_errors(hub, capsys):
    code, _, err = run(capsys, "set-status", "--data", hub.data_dir, "7Q4M-K2XD-9B8T", "completed")
    assert code == 1 and "no submission" in err
    code, _, err = run(capsys, "set-status", "--data", hub.data_dir, "nope", "completed")
    assert code == 1 and "not a reference" in err
    with pytest.raises(SystemExit) as exit_:
        main(["set-status", "--data", str(hub.data_dir), "7Q4M-K2XD-9B8T", "done"])
    assert exit_.value.code == 2


def test_revoke(hub, kiosk, capsys):
    code, out, _ = run(capsys, "revoke", "--data", hub.data_dir, kiosk[0])
    assert code == 0 and kiosk[0] in out
    assert session_for(kiosk[1]).get(hub.base_url + "/catalog").status_code == 401
    code, out, _ = run(capsys, "kiosks", "--data", hub.data_dir)
    assert "(revoked)" in out
    code, _, err = run(capsys, "revoke", "--data", hub.data_dir, "kiosk-nope")
    assert code == 1 and "no kiosk" in err


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2


def test_serve_refuses_an_invalid_catalog(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kiosk-catalog/1", "version": "x"}', "utf-8")
    code, _, err = run(capsys, "serve", "--data", tmp_path / "hub", "--catalog", bad)
    assert code == 1 and "not valid" in err and "languages" in err
    code, _, err = run(
        capsys, "serve", "--data", tmp_path / "hub", "--catalog", tmp_path / "missing.json"
    )
    assert code == 1 and "cannot read" in err


def test_serve_on_port_0_prints_its_url_and_serves(tmp_path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub",
            "serve",
            "--data",
            str(tmp_path / "hub"),
            "--port",
            "0",
            "--catalog",
            str(TEST_CATALOG),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v1")
        assert not url.endswith(":0/api/v1")
        response = requests.get(url + "/catalog", timeout=10)
        assert response.status_code == 401  # it serves; a token is needed
        assert (
            requests.get(url.removesuffix("/api/v1") + "/openapi.json", timeout=10).status_code
            == 200
        )
    finally:
        proc.terminate()
        proc.wait(timeout=15)
