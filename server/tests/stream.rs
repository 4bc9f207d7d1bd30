//! The sandbox's Stream API over real WebSockets: events, logs and exec.

use serde_json::Value;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::Message;

use crate::common::{text, Server};
use crate::streams::*;

const CONTAINERS: &str = "/api/app/v1/container/";
const SERVICES: &str = "/api/app/v1/service/";

fn demo() -> Server {
    Server::start(&["--seed", "demo"])
}

/// Sends a REST operation that must be accepted; returns the reply.
fn operate(sb: &Server, method: &str, path: &str) -> Reply {
    let reply = rest(sb, method, path);
    assert!(
        reply.status < 300,
        "{method} {path}: {} {}",
        reply.status,
        reply.body
    );
    reply
}

/// Follows the log (`logs`, after its URI) of the first running object of `list`, stops
/// the object and reads the next log line; returns the stream, the URI and the line.
fn stop_following(sb: &Server, list: &str, logs: &str) -> (Ws, String, Value) {
    let running = first_in_state(sb, list, "Running");
    let uri = text(&running, "resource_uri").to_string();
    let mut ws = connect(sb, &format!("{uri}{logs}"));
    operate(sb, "POST", &format!("{uri}stop/"));
    let line = next_json(&mut ws);
    assert_eq!(line["type"], "log");
    (ws, uri, line)
}

fn is_event_for(message: &Value, uri: &str, state: &str) -> bool {
    message["resource_uri"] == uri && message["state"] == state
}

#[test]
fn events_start_with_auth_then_report_rest_changes() {
    let sb = demo();
    let mut ws = connect(&sb, "/api/audit/v1/events");
    let auth = next_json(&mut ws);
    assert_eq!(auth["type"], "auth");
    assert_eq!(auth["user"], crate::common::USER);
    ws.send(Message::Ping("keep-alive".into())).expect("ping");
    loop {
        match ws.read().expect("pong") {
            Message::Pong(payload) => break assert_eq!(&payload[..], b"keep-alive"),
            other => assert!(!other.is_close(), "{other:?}"),
        }
    }

    let container = first_in_state(&sb, CONTAINERS, "Running");
    let uri = text(&container, "resource_uri");
    operate(&sb, "POST", &format!("{uri}stop/"));
    let event = next_matching(&mut ws, |m| is_event_for(m, uri, "Stopped"));
    assert_eq!(event["type"], "container");
    assert_eq!(event["action"], "update");
    assert!(event["parents"].as_array().is_some_and(|p| !p.is_empty()));
    assert!(text(&event, "datetime").ends_with('Z'), "{event}");
    assert!(!text(&event, "uuid").is_empty());
    let action = next_matching(&mut ws, |m| m["type"] == "action");
    assert!(action["parents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == uri));
}

#[test]
fn event_filters_select_type_object_and_parent() {
    let sb = demo();
    let service = first_in_state(&sb, SERVICES, "Running");
    let uri = text(&service, "resource_uri");
    let mut by_type = connect(&sb, "/api/audit/v1/events/?type=service");
    let mut by_object = connect(
        &sb,
        &format!("/api/audit/v1/{}/events?object={uri}", crate::common::USER),
    );
    let mut by_parent = connect(&sb, &format!("/api/audit/v1/events?parents={uri}"));
    for ws in [&mut by_type, &mut by_object, &mut by_parent] {
        assert_eq!(next_json(ws)["type"], "auth");
    }
    operate(&sb, "POST", &format!("{uri}stop/"));

    let stopped = |m: &Value| is_event_for(m, uri, "Stopped");
    loop {
        let m = next_json(&mut by_type);
        assert_eq!(m["type"], "service", "{m}");
        if stopped(&m) {
            break;
        }
    }
    loop {
        let m = next_json(&mut by_object);
        assert_eq!(m["resource_uri"], uri, "{m}");
        if stopped(&m) {
            break;
        }
    }
    loop {
        let m = next_json(&mut by_parent);
        assert!(
            m["parents"].as_array().unwrap().iter().any(|p| p == uri),
            "{m}"
        );
        if m["type"] == "container" && m["state"] == "Stopped" {
            break;
        }
    }
}

#[test]
fn handshakes_are_refused_without_credentials_or_access() {
    let sb = demo();
    let container = first_in_state(&sb, CONTAINERS, "Running");
    let logs = sub_path(&container, "logs/");
    let exec = sub_path(&container, "exec/");
    for path in ["/api/audit/v1/events/", logs.as_str()] {
        assert_eq!(refused_status(try_connect(&sb, path, false)), 401, "{path}");
    }
    // Exec says so in-band: the original CLI cannot survive a refused upgrade.
    let mut ws = try_connect(&sb, &exec, false).expect("exec upgrade accepted");
    let (messages, end) = until_end(&mut ws);
    let unauthorized =
        serde_json::json!([{"type": "error", "data": {"errorMessage": "UNAUTHORIZED"}}]);
    assert_eq!((Value::from(messages), end), (unauthorized, End::Normal));
    let bad_key = "/api/audit/v1/events/?user=tester&token=wrong";
    assert_eq!(refused_status(try_connect(&sb, bad_key, false)), 401);
    let other_ns = try_connect(&sb, "/api/audit/v1/somebody-else/events/", true);
    assert!(matches!(refused_status(other_ns), 403 | 404));
    let unknown = "/api/app/v1/container/00000000-0000-4000-8000-000000000000/logs/";
    assert_eq!(refused_status(try_connect(&sb, unknown, true)), 404);

    // The query forms of api.md §1.2 are accepted instead of the header.
    let by_query = format!(
        "/api/audit/v1/events?user={}&token={}",
        crate::common::USER,
        crate::common::APIKEY
    );
    let mut ws = try_connect(&sb, &by_query, false).expect("user+token accepted");
    assert_eq!(next_json(&mut ws)["type"], "auth");
    let auth = Server::basic_auth().replace(' ', "%20").replace('=', "%3D");
    let mut ws = try_connect(&sb, &format!("/api/audit/v1/events?auth={auth}"), false)
        .expect("auth accepted");
    assert_eq!(next_json(&mut ws)["type"], "auth");
    // go-dockercloud's exec URL: no `/api` prefix, credentials in the query.
    let go_sdk = format!(
        "/app/v1/container/{}/exec/?user={}&token={}&command=hostname",
        text(&container, "uuid"),
        crate::common::USER,
        crate::common::APIKEY
    );
    let mut ws = try_connect(&sb, &go_sdk, false).expect("go SDK exec URL accepted");
    let hostname = format!("{}\n", text(&container, "name"));
    assert_eq!(next_json(&mut ws)["output"], hostname.as_str());
}

/// Stops and starts a container so that its log has new lines; returns its URI.
fn container_with_log(sb: &Server) -> Value {
    let container = first_in_state(sb, CONTAINERS, "Running");
    let uri = text(&container, "resource_uri");
    operate(sb, "POST", &format!("{uri}stop/"));
    operate(sb, "POST", &format!("{uri}start/"));
    container
}

#[test]
fn container_logs_send_the_tail_and_close_without_follow() {
    let sb = demo();
    let container = container_with_log(&sb);
    let path = sub_path(&container, "logs/");
    let (last_two, end) = until_end(&mut connect(&sb, &format!("{path}?tail=2&follow=false")));
    assert_eq!(end, End::Normal);
    assert_eq!(last_two.len(), 2, "{last_two:?}");
    let (all, end) = until_end(&mut connect(&sb, &format!("{path}?follow=false&tail=1000")));
    assert_eq!(end, End::Normal);
    assert!(all.len() >= 2, "expected a few log lines, got {all:?}");
    for m in &all {
        assert_eq!(m["type"], "log");
        assert!(text(m, "log").ends_with('\n'), "{m}");
        assert!(matches!(text(m, "streamType"), "stdout" | "stderr"), "{m}");
        assert!(m["timestamp"].is_i64(), "{m}");
        assert!(m.get("source").is_none(), "{m}");
    }
    // Lines may have been logged in between: the tail is a run of the whole log.
    assert!(
        all.windows(2).any(|w| w == last_two),
        "{last_two:?} not in {all:?}"
    );
}

#[test]
fn followed_container_logs_get_new_lines_and_end_with_the_container() {
    let sb = demo();
    let (mut ws, uri, _) = stop_following(&sb, CONTAINERS, "logs?tail=0");
    operate(&sb, "DELETE", &uri);
    let (_, end) = until_end(&mut ws);
    assert_eq!(end, End::Normal);
}

#[test]
fn service_logs_name_their_source_container() {
    let sb = demo();
    let (_, uri, line) = stop_following(&sb, SERVICES, "logs/?tail=0");
    let names: Vec<String> = rest(&sb, "GET", &format!("{CONTAINERS}?service={uri}&limit=100"))
        .body["objects"]
        .as_array()
        .expect("container list")
        .iter()
        .map(|c| text(c, "name").to_string())
        .collect();
    assert!(
        names.iter().any(|n| n == text(&line, "source")),
        "{line} not from {names:?}"
    );
}

#[test]
fn action_logs_replay_a_finished_action_and_close() {
    let sb = demo();
    let container = first_in_state(&sb, CONTAINERS, "Running");
    let reply = operate(
        &sb,
        "POST",
        &format!("{}stop/", text(&container, "resource_uri")),
    );
    let action = reply.action_uri.expect("action header");
    let uuid = action.trim_end_matches('/').rsplit('/').next().unwrap();
    let namespaced = format!("/api/audit/v1/{}/action/{uuid}/logs/", crate::common::USER);
    for path in [format!("{action}logs/"), namespaced] {
        // `--speed instant`: the action has finished, so even a follow ends after the log.
        let (lines, end) = until_end(&mut connect(&sb, &path));
        assert_eq!(end, End::Normal, "{path}");
        assert!(!lines.is_empty(), "{path}");
        for m in &lines {
            assert_eq!(m["type"], "log");
            assert!(
                m["timestamp"].is_i64() && m.get("streamType").is_none(),
                "{m}"
            );
        }
    }
}

/// Runs an exec session: sends `stdin` frames, returns (stdout, stderr, exit code).
fn exec(sb: &Server, query: &str, stdin: &[&str]) -> (String, String, i64) {
    let container = first_in_state(sb, CONTAINERS, "Running");
    let mut ws = connect(sb, &format!("{}{query}", sub_path(&container, "exec/")));
    for text in stdin {
        ws.send(Message::text(*text)).expect("send stdin");
    }
    let (messages, end) = until_end(&mut ws);
    let End::Exit(code) = end else {
        panic!("no exit status: {end:?}")
    };
    let (mut out, mut err) = (String::new(), String::new());
    for m in &messages {
        assert_eq!(m["type"], "exec", "{m}");
        match text(m, "streamType") {
            "stdout" => out.push_str(text(m, "output")),
            "stderr" => err.push_str(text(m, "output")),
            other => panic!("stream type {other}"),
        }
    }
    (out, err, code)
}

#[test]
fn exec_runs_one_shot_commands() {
    let sb = demo();
    let hello = exec(&sb, "?command=echo+hello+world", &[]);
    assert_eq!(hello, ("hello world\n".into(), String::new(), 0));
    let (_, err, code) = exec(&sb, "?command=no-such-tool", &[]);
    assert_eq!((err.as_str(), code), ("sh: no-such-tool: not found\n", 127));
    let (_, _, code) = exec(&sb, "?command=sh%20-c%20%22exit%207%22", &[]);
    assert_eq!(code, 7);
}

#[test]
fn exec_reads_piped_stdin_until_eot() {
    let sb = demo();
    let cat = exec(&sb, "?command=cat", &["line one\n", "line two\n", "\u{4}"]);
    assert_eq!(cat, ("line one\nline two\n".into(), String::new(), 0));
    let big = format!("{}\n", "x".repeat(100_000));
    let (out, _, code) = exec(&sb, "?command=cat", &[&big, "\u{4}"]);
    assert_eq!((out.len(), code), (big.len(), 0));
    // No command: an interactive `sh` answering each line.
    let (out, err, code) = exec(&sb, "", &["echo $HOME\nls /nowhere\n", "exit 3\n"]);
    assert_eq!(out, "/root\n");
    assert_eq!(err, "ls: /nowhere: No such file or directory\n");
    assert_eq!(code, 3);
}

#[test]
fn exec_needs_a_running_container() {
    let sb = demo();
    let container = first_in_state(&sb, CONTAINERS, "Running");
    let uri = text(&container, "resource_uri");
    operate(&sb, "POST", &format!("{uri}stop/"));
    // The upgrade is accepted, the error comes in-band, then a normal close.
    let mut ws = connect(&sb, &format!("{uri}exec/?command=hostname"));
    let (messages, end) = until_end(&mut ws);
    let error = serde_json::json!([
        {"type": "error", "data": {"errorMessage": "container is not running"}}
    ]);
    assert_eq!((Value::from(messages), end), (error, End::Normal));
}

#[test]
fn exec_keeps_to_the_documented_frames_and_shell_redirections() {
    let sb = demo();
    let both = exec(
        &sb,
        "?command=sh+-c+%22echo+out%3B+echo+err+%3E%262%22",
        &[],
    );
    assert_eq!(both, ("out\n".into(), "err\n".into(), 0));
}

#[test]
fn a_client_writing_after_the_close_gets_no_reset() {
    use std::io::{Read, Write};
    let sb = demo();
    let container = first_in_state(&sb, CONTAINERS, "Running");
    let mut ws = connect(&sb, &sub_path(&container, "exec/?command=hostname"));
    let (_, end) = until_end(&mut ws);
    assert_eq!(end, End::Exit(0));
    // The close reply goes out at once, as the original client's does.
    ws.flush().expect("close reply sent");
    // Like the original CLI without a terminal: it goes on sending EOT after the close
    // handshake, a frame at a time, until it reads the end of the connection.
    let MaybeTlsStream::Plain(tcp) = ws.get_mut() else {
        panic!("plain TCP")
    };
    let eot = [0x81, 0x81, 1, 2, 3, 4, 5];
    for _ in 0..3 {
        std::thread::sleep(std::time::Duration::from_millis(150));
        tcp.write_all(&eot).expect("the server still reads");
    }
    let mut rest = Vec::new();
    tcp.read_to_end(&mut rest)
        .expect("the connection ends without a reset");
    assert!(rest.is_empty());
}
