from __future__ import annotations

import json
import socket

import pytest
import requests

from tests.hub.helpers import assert_problem, make_heartbeat, make_submission, post, session_for

MiB = 1024 * 1024


def _big_submission(hub, size):
    body = make_submission(hub)
    body["padding"] = "x" * size
    return body


def test_a_body_over_1_mib_with_content_length_is_413(hub, client):
    body = _big_submission(hub, MiB)
    response = post(client, hub.base_url + "/submissions", body)
    assert_problem(response, 413, "payload-too-large")
    assert hub.submissions() == []


def test_a_chunked_body_over_1_mib_is_413(hub, client):
    data = json.dumps(_big_submission(hub, 2 * MiB)).encode()

    def chunks():
        for i in range(0, len(data), 64 * 1024):
            yield data[i : i + 64 * 1024]

    response = client.post(
        hub.base_url + "/submissions",
        data=chunks(),
        timeout=30,
        headers={"Content-Type": "application/json", "Idempotency-Key": "x"},
    )
    assert response.request.headers.get("Transfer-Encoding") == "chunked"
    assert "Content-Length" not in response.request.headers
    assert_problem(response, 413, "payload-too-large")
    assert hub.submissions() == []


def test_one_huge_chunk_on_a_raw_socket_gets_a_clean_413(hub, kiosk):
    """The limit counts the bytes as they arrive, and the answer still reaches the client."""
    data = b'{"padding": "' + b"x" * (MiB + 10) + b'"}'
    request = (
        f"POST /api/v1/heartbeat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {kiosk[1]}\r\nContent-Type: application/json\r\n"
        f"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode()
    chunk = hex(len(data))[2:].encode() + b"\r\n" + data + b"\r\n0\r\n\r\n"
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(request + chunk)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert b"application/problem+json" in reply


def test_a_body_just_under_the_limit_is_read(hub, client):
    body = _big_submission(hub, MiB - 4096)
    assert post(client, hub.base_url + "/submissions", body).status_code == 201


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer ", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "token"],
)
def test_requests_without_a_valid_token_get_401(hub, kiosk, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    calls = [
        ("GET", "/catalog", None),
        ("POST", "/submissions", make_submission(hub)),
        ("GET", "/submissions/7Q4M-K2XD-9B8T", None),
        ("POST", "/feedback", {}),
        ("POST", "/heartbeat", make_heartbeat()),
        ("GET", "/nowhere", None),
    ]
    for method, path, body in calls:
        response = requests.request(
            method, hub.base_url + path, json=body, headers=headers, timeout=10
        )
        assert_problem(response, 401, "unauthorized")
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_the_token_is_checked_before_the_body(hub):
    response = requests.post(
        hub.base_url + "/submissions",
        data=b"{not json",
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert_problem(response, 401, "unauthorized")


def test_a_revoked_token_gets_401(hub, kiosk, client):
    assert client.post(hub.base_url + "/heartbeat", json=make_heartbeat()).status_code == 200
    hub.revoke(kiosk[0])
    assert_problem(
        client.post(hub.base_url + "/heartbeat", json=make_heartbeat()), 401, "unauthorized"
    )


def test_one_kiosks_revocation_leaves_the_others_working(hub, kiosk):
    _, other_token = hub.provision("other")
    hub.revoke(kiosk[0])
    other = session_for(other_token)
    assert other.get(hub.base_url + "/catalog").status_code == 200
