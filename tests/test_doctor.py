"""`kiosk doctor`, in-process, against a real hub on loopback: a good setup passes, and each kind
of fault is reported as a failed check (with what to do) and exit code 1."""

from __future__ import annotations

import json
import os
import socket
import ssl
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import cli.doctor
from cli.kiosk_main import main
from kiosk.paths import DataDir
from offline_cache.store import Store, open_store
from tests.support.clock import ManualClock
from tests.support.hub_server import RunningHub, start_hub

MINI = Path(__file__).resolve().parent / "support" / "mini-catalog.json"


@pytest.fixture(autouse=True)
def _xcb(monkeypatch):
    """The Qt platform check looks at what the kiosk would use on a screen: xcb."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)


def write_config(path: Path, text: str = 'contact_line = "1414"\n') -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def provision(hub: RunningHub, data: Path, config: Path) -> None:
    common = ["--data-dir", str(data), "--config", str(config)]
    assert main(["provision", *common, "--hub", hub.base_url, "--code", hub.add_kiosk()]) == 0
    assert main(["sync", "--once", *common]) == 0


def doctor(capsys, data: Path, config: Path) -> tuple[int, dict[str, dict]]:
    capsys.readouterr()
    code = main(["doctor", "--json", "--data-dir", str(data), "--config", str(config)])
    checks = json.loads(capsys.readouterr().out)
    assert all(set(c) == {"check", "status", "detail", "hint"} for c in checks)
    return code, {c["check"]: c for c in checks}


def failed(checks: dict[str, dict]) -> list[str]:
    return [name for name, c in checks.items() if c["status"] == "FAIL"]


@pytest.fixture
def hub(tmp_path):
    running = start_hub(tmp_path / "hub", MINI)
    yield running
    running.stop()


@pytest.fixture
def config(tmp_path):
    return write_config(tmp_path / "kiosk.toml")


@pytest.fixture
def kiosk_dir(tmp_path, hub, config):
    data = tmp_path / "kiosk"
    provision(hub, data, config)
    return data


# -- a good setup --------------------------------------------------------------------------------
def test_good_setup_every_check_passes(tmp_path, hub, kiosk_dir, capsys):
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    config = write_config(tmp_path / "good.toml", f'printer = "{receipts / "receipt.pdf"}"\n')
    capsys.readouterr()
    code = main(["doctor", "--data-dir", str(kiosk_dir), "--config", str(config)])
    lines = capsys.readouterr().out.splitlines()
    print("\n".join(lines))
    assert code == 0
    assert lines and all(line.startswith(("OK   ", "WARN ")) for line in lines)
    names = [line[5:].split(":")[0] for line in lines]
    for name in (
        "config",
        "data dir",
        "disk space",
        "database",
        "queue",
        "quarantine",
        "catalog",
        "provisioning",
        "hub dns",
        "hub connect",
        "hub token",
        "clock",
        "printer",
        "fonts",
        "qt platform",
    ):
        assert name in names
    text = "\n".join(lines)
    assert "plain HTTP" in text and "42 Kazakh letters" in text and "xcb" in text


def test_json_lists_every_check(kiosk_dir, config, capsys):
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 0 and failed(checks) == []
    assert checks["hub token"]["status"] == "OK"
    assert checks["clock"]["status"] == "OK"


# -- each failure kind ---------------------------------------------------------------------------
def test_invalid_config_key_is_a_failed_check_not_an_early_exit(tmp_path, kiosk_dir, capsys):
    bad = write_config(tmp_path / "bad.toml", 'contact_line = "1414"\ncolour = "red"\n')
    code, checks = doctor(capsys, kiosk_dir, bad)
    assert code == 1
    assert failed(checks) == ["config"]
    assert "'colour'" in checks["config"]["detail"]
    assert "bad.toml" in checks["config"]["hint"]
    assert checks["hub token"]["status"] == "OK"  # the other checks still ran


def test_out_of_range_value_names_the_key(tmp_path, kiosk_dir, capsys):
    bad = write_config(tmp_path / "bad.toml", "idle_timeout_s = 1\n")
    code, checks = doctor(capsys, kiosk_dir, bad)
    assert code == 1 and failed(checks) == ["config"]
    assert "idle_timeout_s" in checks["config"]["detail"]


def test_unwritable_data_dir(kiosk_dir, config, capsys, monkeypatch):
    real_probe = cli.doctor.write_probe
    if os.geteuid() == 0:  # root writes through 0500: stand in for the kernel's refusal

        def refuse(folder: Path) -> None:
            if folder == kiosk_dir:
                raise PermissionError(13, "Permission denied")
            real_probe(folder)

        monkeypatch.setattr(cli.doctor, "write_probe", refuse)
    kiosk_dir.chmod(0o500)
    try:
        code, checks = doctor(capsys, kiosk_dir, config)
    finally:
        kiosk_dir.chmod(0o700)
    assert code == 1
    assert failed(checks) == ["data dir"]
    assert "cannot write" in checks["data dir"]["detail"]
    assert "chown" in checks["data dir"]["hint"]


def test_data_dir_under_a_regular_file(tmp_path, config, capsys):
    (tmp_path / "plain-file").write_text("not a folder")
    code, checks = doctor(capsys, tmp_path / "plain-file" / "data", config)
    assert code == 1
    assert "data dir" in failed(checks) and "provisioning" in failed(checks)


@pytest.mark.parametrize(("free", "status"), [(10 * 2**20, "FAIL"), (200 * 2**20, "WARN")])
def test_low_disk_space(kiosk_dir, config, capsys, monkeypatch, free, status):
    monkeypatch.setattr(cli.doctor, "free_bytes", lambda folder: free)
    code, checks = doctor(capsys, kiosk_dir, config)
    assert checks["disk space"]["status"] == status
    assert code == (1 if status == "FAIL" else 0)


def test_corrupt_database_is_reported_not_quarantined(tmp_path, config, capsys):
    data = DataDir(tmp_path / "corrupt").create()
    garbage = b"this is not an SQLite database\n" * 200
    data.database.write_bytes(garbage)
    code, checks = doctor(capsys, data.root, config)
    assert code == 1
    assert "database" in failed(checks)
    assert "not a usable database" in checks["database"]["detail"]
    assert "quarantine" in checks["database"]["hint"]
    assert data.database.read_bytes() == garbage  # doctor changed nothing
    assert list(data.quarantine.iterdir()) == []


def test_quarantine_warning_is_a_warning(tmp_path, kiosk_dir, config, capsys):
    store = Store.open(kiosk_dir / "kiosk.db")
    store.meta.set(quarantine_warning="kiosk-20261123T101500.db: quick_check failed")
    store.close()
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 0
    assert checks["quarantine"]["status"] == "WARN"
    assert "kiosk-20261123T101500.db" in checks["quarantine"]["detail"]


def test_not_provisioned(tmp_path, config, capsys):
    data = DataDir(tmp_path / "fresh").create()
    open_store(data, datetime.now(UTC)).close()
    code, checks = doctor(capsys, data.root, config)
    assert code == 1
    assert failed(checks) == ["provisioning"]
    assert "kiosk provision" in checks["provisioning"]["hint"]
    assert checks["database"]["status"] == "OK"


def test_hub_down(hub, kiosk_dir, config, capsys):
    hub.stop()
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 1
    assert failed(checks) == ["hub connect"]
    assert "refused" in checks["hub connect"]["detail"]


def test_unresolvable_hub_name(tmp_path, capsys):
    data = DataDir(tmp_path / "fresh").create()
    config = write_config(tmp_path / "k.toml", 'hub_url = "https://hub.nonexistent.invalid/api"\n')
    code, checks = doctor(capsys, data.root, config)
    assert code == 1
    assert checks["hub dns"]["status"] == "FAIL"
    assert "hub.nonexistent.invalid" in checks["hub dns"]["detail"]


def test_revoked_token(hub, kiosk_dir, config, capsys):
    store = Store.open(kiosk_dir / "kiosk.db")
    kiosk_id = store.meta.identity().kiosk_id
    store.close()
    hub.revoke(kiosk_id)
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 1
    assert failed(checks) == ["hub token"]
    assert "revoked" in checks["hub token"]["detail"]
    assert "re-provision" in checks["hub token"]["hint"]
    # With no heartbeat answer the clock is still compared, by the 401's Date header.
    assert "Date header" in checks["clock"]["detail"]


@pytest.mark.parametrize(
    ("ahead", "status", "code"),
    [(timedelta(hours=3), "FAIL", 1), (timedelta(minutes=5), "WARN", 0)],
)
def test_clock_skew(tmp_path, config, capsys, ahead, status, code):
    hub = start_hub(tmp_path / "skewed-hub", MINI, clock=ManualClock(datetime.now(UTC) + ahead))
    try:
        provision(hub, tmp_path / "kiosk", config)
        got, checks = doctor(capsys, tmp_path / "kiosk", config)
    finally:
        hub.stop()
    assert got == code
    assert checks["clock"]["status"] == status
    assert "behind the hub" in checks["clock"]["detail"]
    assert "timedatectl" in checks["clock"]["hint"]


def test_missing_printer(tmp_path, kiosk_dir, capsys):
    config = write_config(tmp_path / "p.toml", 'printer = "Receipt-Printer-That-Is-Not-There"\n')
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 1
    assert failed(checks) == ["printer"]
    assert "not found" in checks["printer"]["detail"]
    assert "lpstat" in checks["printer"]["hint"]


def test_pdf_printer_in_a_missing_folder(tmp_path, kiosk_dir, capsys):
    config = write_config(tmp_path / "p.toml", f'printer = "{tmp_path / "nowhere" / "r.pdf"}"\n')
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 1 and failed(checks) == ["printer"]


def test_missing_qt_libraries(kiosk_dir, config, capsys, monkeypatch):
    fake = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)\n"
    )
    monkeypatch.setattr(cli.doctor, "run_ldd", lambda library: fake)
    code, checks = doctor(capsys, kiosk_dir, config)
    assert code == 1
    assert failed(checks) == ["qt platform"]
    qt = checks["qt platform"]
    assert "libxcb-cursor.so.0" in qt["detail"] and "libxkbcommon-x11.so.0" in qt["detail"]
    assert qt["hint"] == "apt-get install libxcb-cursor0 libxkbcommon-x11-0"


def test_debian_package_names():
    assert cli.doctor.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert cli.doctor.debian_package("libfoo-bar.so.2") == "libfoo-bar2"
    assert cli.doctor.debian_package("libgtk3.so.0") == "libgtk3-0"


# -- TLS -----------------------------------------------------------------------------------------
def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=90))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "hub.pem", folder / "hub.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def tls_server(tmp_path):
    """A TLS listener on localhost that completes handshakes and hangs up."""
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], cert_file
    stop.set()
    thread.join(5)
    listener.close()


@pytest.mark.parametrize("trusted", [False, True])
def test_tls_is_verified(tmp_path, capsys, tls_server, trusted):
    port, cert_file = tls_server
    data = DataDir(tmp_path / "fresh").create()
    text = f'hub_url = "https://localhost:{port}/api/v1"\n'
    if trusted:
        text += f'ca_file = "{cert_file}"\n'
    code, checks = doctor(capsys, data.root, write_config(tmp_path / "k.toml", text))
    assert code == 1  # not provisioned either way
    connect = checks["hub connect"]
    if trusted:
        assert connect["status"] == "OK" and "certificate verified" in connect["detail"]
        assert checks["hub token"]["status"] == "WARN"
    else:
        assert connect["status"] == "FAIL" and "not trusted" in connect["detail"]
        assert "ca_file" in connect["hint"]
