from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from hub.keys import KEY_NAME, KeyFileError, load_existing, load_or_create, make_kid
from kiosk.sealing import open_sealed, seal_answers

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_the_key_file_is_private_pkcs8_pem(tmp_path):
    key = load_or_create(tmp_path, NOW)
    path = tmp_path / KEY_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pem = path.read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    loaded = load_pem_private_key(pem, None)
    assert loaded.private_bytes_raw() == key.private_key.private_bytes_raw()


def test_the_key_is_private_even_under_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        load_or_create(tmp_path, NOW)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / KEY_NAME).stat().st_mode) == 0o600


def test_the_kid_names_month_and_key(tmp_path):
    key = load_or_create(tmp_path, NOW)
    assert key.kid == make_kid(key.public_key, NOW)
    assert key.kid.startswith("hub-2026-11-") and len(key.kid) == len("hub-2026-11-") + 8


def test_a_later_start_loads_the_same_key_and_kid(tmp_path):
    first = load_or_create(tmp_path, NOW)
    later = load_or_create(tmp_path, datetime(2027, 3, 1, tzinfo=UTC))
    assert later.public_key == first.public_key and later.kid == first.kid
    sealed = seal_answers({"a": 1}, public_key=first.public_key, kid=first.kid, submission_id="x")
    assert open_sealed(sealed, private_key=later.private_key, submission_id="x") == {"a": 1}


def test_two_starts_at_once_agree_on_one_key(tmp_path):
    keys = []
    threads = [
        threading.Thread(target=lambda: keys.append(load_or_create(tmp_path, NOW)))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({k.public_key for k in keys}) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_broken_key_file_is_a_clear_error(tmp_path):
    (tmp_path / KEY_NAME).write_text("garbage")
    with pytest.raises(KeyFileError, match="not a PEM private key"):
        load_or_create(tmp_path, NOW)


def test_operator_commands_need_an_existing_key(tmp_path):
    with pytest.raises(KeyFileError, match="no hub key"):
        load_existing(tmp_path)
    assert not (tmp_path / KEY_NAME).exists()


def test_the_running_hubs_key_file_is_0600(hub):
    assert stat.S_IMODE((hub.data_dir / KEY_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((hub.data_dir / "hub.sqlite3").stat().st_mode) == 0o600
