"""The kiosk's TOML configuration: defaults, and a ConfigError naming the bad key or file."""

from __future__ import annotations

import pytest

from kiosk.config import Config, ConfigError, ShippedKey, check_hub_url, load_config, parse_config
from kiosk.sealing import b64u_encode

KEY32 = b64u_encode(bytes(range(32)))


def write(tmp_path, text: str | bytes, name: str = "kiosk.toml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_there_is_no_file():
    config = load_config(None)
    assert config == Config()
    assert config.hub_url is None
    assert config.hub_key is None
    assert config.default_language == "kk"
    assert config.idle_timeout_s == 90.0
    assert config.contact_line == "1414"
    assert config.full_screen is True


def test_an_empty_file_gives_the_defaults(tmp_path):
    assert load_config(write(tmp_path, "")) == Config()


def test_a_full_valid_file(tmp_path):
    ca = write(tmp_path, "-----BEGIN CERTIFICATE-----\n", "ca.pem")
    path = write(
        tmp_path,
        f"""
hub_url = "https://hub.akimat.kz/"
ca_file = "{ca}"
default_language = "ru"
idle_timeout_s = 120
idle_countdown_s = 30.5
receipt_timeout_s = 60
printer = "/dev/usb/lp0"
contact_line = "109"
sync_interval_s = 15
heartbeat_interval_s = 600
request_timeout_s = 20
connect_timeout_s = 3
full_screen = false
technician_idle_s = 300

[office_name]
kk = "Астана қаласының әкімдігі"
ru = "Акимат города Астаны"

[hub_key]
kid = "hub-2026-11"
public_key = "{KEY32}"
""",
    )
    config = load_config(path)
    assert config.hub_url == "https://hub.akimat.kz"
    assert config.ca_file == str(ca)
    assert config.default_language == "ru"
    assert config.idle_timeout_s == 120.0
    assert isinstance(config.idle_timeout_s, float)
    assert config.idle_countdown_s == 30.5
    assert config.printer == "/dev/usb/lp0"
    assert config.contact_line == "109"
    assert config.full_screen is False
    assert config.technician_idle_s == 300.0
    assert config.office_name == {"kk": "Астана қаласының әкімдігі", "ru": "Акимат города Астаны"}
    assert config.hub_key == ShippedKey(kid="hub-2026-11", public_key=bytes(range(32)))


def _error(data, key):
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="/etc/kiosk/kiosk.toml")
    message = str(info.value)
    assert key in message, message
    assert "/etc/kiosk/kiosk.toml" in message
    return message


@pytest.mark.parametrize("key", ["idle_timeout", "hub", "language", "Idle_timeout_s", "x"])
def test_unknown_key_is_named(key):
    _error({key: 1}, f"'{key}'")


def test_unknown_key_in_a_file_names_key_and_file(tmp_path):
    path = write(tmp_path, "idle_timeout_s = 90\nidel_countdown_s = 20\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "idel_countdown_s" in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("value", [14, 14.9, 3601, 0, -90, 1e9, "90", True, None, [90]])
def test_idle_timeout_out_of_range_or_wrong_type(value):
    _error({"idle_timeout_s": value}, "idle_timeout_s")


@pytest.mark.parametrize("value", [15, 15.0, 90, 3600])
def test_idle_timeout_bounds_are_inclusive(value):
    assert parse_config({"idle_timeout_s": value}).idle_timeout_s == float(value)


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("idle_countdown_s", 5),
        ("receipt_timeout_s", 5),
        ("sync_interval_s", 0),
        ("heartbeat_interval_s", 1),
        ("request_timeout_s", 0.5),
        ("connect_timeout_s", 61),
        ("technician_idle_s", 10),
        ("technician_idle_s", False),
    ],
)
def test_other_durations_out_of_range(key, bad):
    _error({key: bad}, key)


@pytest.mark.parametrize(
    "url",
    [
        "http://hub.akimat.kz",
        "http://10.0.0.5:8080",
        "http://192.168.1.10",
        "http://0.0.0.0:8000",
        "http://127.0.0.1.nip.io",
        "http://localhost.evil.example",
        "ftp://hub.akimat.kz",
        "hub.akimat.kz",
        "https://",
        "https:///path",
        "",
        5,
        None,
    ],
)
def test_bad_hub_url(url):
    _error({"hub_url": url}, "hub_url")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://hub.akimat.kz", "https://hub.akimat.kz"),
        ("https://hub.akimat.kz/", "https://hub.akimat.kz"),
        ("https://10.0.0.5:8443/kiosk", "https://10.0.0.5:8443/kiosk"),
        ("http://127.0.0.1", "http://127.0.0.1"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_good_hub_url(url, expected):
    assert parse_config({"hub_url": url}).hub_url == expected


@pytest.mark.parametrize("url", ["http://[::1", "https://[not-an-ip]/"])
def test_malformed_hub_url_is_a_config_error_naming_the_key(url):
    _error({"hub_url": url}, "hub_url")


def test_check_hub_url_alone():
    assert check_hub_url("https://hub.kz/") == "https://hub.kz"
    with pytest.raises(ConfigError):
        check_hub_url("http://hub.kz")


@pytest.mark.parametrize("value", ["de", "KK", "kz", "", 5, None, ["kk"]])
def test_bad_default_language(value):
    _error({"default_language": value}, "default_language")


@pytest.mark.parametrize("value", ["kk", "ru", "en"])
def test_default_languages(value):
    assert parse_config({"default_language": value}).default_language == value


@pytest.mark.parametrize(
    "value",
    [
        {"kid": "k", "public_key": b64u_encode(bytes(31))},  # short
        {"kid": "k", "public_key": b64u_encode(bytes(33))},  # long
        {"kid": "k", "public_key": "not base64 !!"},
        {"kid": "k", "public_key": "é" * 43},
        {"kid": "k", "public_key": 12},
        {"kid": "k"},
        {"public_key": KEY32},
        {"kid": 5, "public_key": KEY32},
        "hub-2026-11",
        [KEY32],
    ],
)
def test_bad_hub_key(value):
    _error({"hub_key": value}, "hub_key")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("office_name", {"de": "Rathaus"}),
        ("office_name", {"kk": 5}),
        ("office_name", "Әкімдік"),
        ("contact_line", ""),
        ("contact_line", 1414),
        ("printer", "   "),
        ("full_screen", "yes"),
        ("full_screen", 1),
        ("ca_file", "/nonexistent/ca.pem"),
        ("ca_file", ""),
    ],
)
def test_other_bad_keys(key, value):
    _error({key: value}, key)


def test_invalid_toml_names_the_file(tmp_path):
    path = write(tmp_path, "idle_timeout_s = \n[[[")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_non_utf8_file_names_the_file(tmp_path):
    path = write(tmp_path, b'office_name = { kk = "\xff\xfe" }\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_toml_types_reach_the_checks(tmp_path):
    path = write(tmp_path, 'idle_timeout_s = "90"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "idle_timeout_s" in str(info.value)
    assert str(path) in str(info.value)
