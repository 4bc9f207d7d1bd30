//! The state database: confirmed writes survive a kill, one server per state file, finished
//! actions are pruned, slow event subscribers are told what they missed and `since`
//! resumes across restarts, idle connections are closed.

use std::io::Read;
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::{json, Value};

use crate::common::{server_bin, temp_file, text, Server};
use crate::streams::{connect, next_json, until_end, End, Ws};
use tungstenite::stream::MaybeTlsStream;

fn post(http: &Client, sb: &Server, path: &str, body: Value) -> reqwest::Result<Value> {
    http.post(format!("{}{path}", sb.url))
        .header("Authorization", Server::basic_auth())
        .json(&body)
        .send()?
        .error_for_status()?
        .json()
}

fn get(http: &Client, sb: &Server, path: &str) -> Value {
    http.get(format!("{}{path}", sb.url))
        .header("Authorization", Server::basic_auth())
        .send()
        .unwrap()
        .json()
        .unwrap()
}

fn patch(http: &Client, sb: &Server, path: &str, body: Value) {
    let status = http
        .patch(format!("{}{path}", sb.url))
        .header("Authorization", Server::basic_auth())
        .json(&body)
        .send()
        .unwrap()
        .status();
    assert!(status.is_success(), "PATCH {path}: {status}");
}

/// Creates a service; its resource URI.
fn new_service(http: &Client, sb: &Server) -> String {
    let svc = post(http, sb, "/api/app/v1/service/", json!({"image": "redis"})).unwrap();
    text(&svc, "resource_uri").to_string()
}

/// Changes a service's tags `count` times (a saved change and a finished action each).
fn retag(http: &Client, sb: &Server, path: &str, count: usize) {
    for i in 0..count {
        patch(http, sb, path, json!({"tags": [{"name": format!("t{i}")}]}));
    }
}

#[test]
fn every_confirmed_write_survives_a_kill() {
    let (_dir, state) = temp_file("state.db");
    let mut confirmed = Vec::new();
    for round in 0..3 {
        let sb = Server::start(&["--seed", "empty", "--state", &state]);
        let url = sb.url.clone();
        let writer = std::thread::spawn(move || {
            let http = Client::new();
            let mut done = Vec::new();
            for i in 0.. {
                let reply = http
                    .post(format!("{url}/api/app/v1/service/"))
                    .header("Authorization", Server::basic_auth())
                    .json(&json!({"image": "redis", "name": format!("r{round}-{i}")}))
                    .send();
                match reply
                    .and_then(|r| r.error_for_status())
                    .and_then(|r| r.json::<Value>())
                {
                    Ok(body) => done.push(text(&body, "uuid").to_string()),
                    Err(_) => return done,
                }
            }
            done
        });
        // Killed (SIGKILL) while the writes go on.
        std::thread::sleep(Duration::from_millis(300));
        drop(sb);
        let done = writer.join().unwrap();
        assert!(!done.is_empty(), "no write was confirmed in round {round}");
        confirmed.extend(done);
    }
    let sb = Server::start(&["--state", &state]);
    let http = Client::new();
    let listed = get(&http, &sb, "/api/app/v1/service/?limit=0");
    let total = listed["meta"]["total_count"].as_u64().unwrap() as usize;
    assert!(total >= confirmed.len(), "{total} < {}", confirmed.len());
    for uuid in &confirmed {
        let svc = get(&http, &sb, &format!("/api/app/v1/service/{uuid}/"));
        assert_eq!(text(&svc, "uuid"), uuid, "confirmed service {uuid} lost");
    }
}

#[test]
fn an_action_a_killed_server_left_unfinished_ends_failed_and_its_objects_settle() {
    let (_dir, state) = temp_file("state.db");
    let sb = Server::start_at_speed("realistic", &["--seed", "empty", "--state", &state]);
    let http = Client::new();
    let body = json!({"image": "redis", "target_num_containers": 2});
    let svc = post(&http, &sb, "/api/app/v1/service/", body).unwrap();
    let uri = text(&svc, "resource_uri").to_string();
    post(&http, &sb, &format!("{uri}start/"), json!({})).unwrap();
    // Killed while its containers are starting (seconds at this speed).
    drop(sb);
    let sb = Server::start(&["--state", &state]);
    let actions = get(&http, &sb, "/api/audit/v1/action/?limit=0");
    let start = actions["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "Service Start")
        .expect("the start action")
        .clone();
    assert_eq!(start["state"], "Failed", "{start}");
    assert!(!start["end_date"].is_null(), "{start}");
    let svc = get(&http, &sb, &uri);
    assert_eq!(svc["state"], "Stopped", "{svc}");
    for c in svc["containers"].as_array().unwrap() {
        let c = get(&http, &sb, c.as_str().unwrap());
        assert_eq!(c["state"], "Stopped", "{c}");
    }
    // The service moves again.
    post(&http, &sb, &format!("{uri}start/"), json!({})).unwrap();
    assert_eq!(get(&http, &sb, &uri)["state"], "Running");
}

/// Starts the server on a free port with `args`, which must stop at once with status 1
/// and a one-line error; returns the error and what the server printed on stdout.
fn failed_start(args: &[&str]) -> (String, Vec<u8>) {
    let run = Command::new(server_bin())
        .args(["--port", "0"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr).into_owned();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    (err, run.stdout)
}

#[test]
fn a_second_server_on_the_same_state_stops_and_touches_nothing() {
    let (_dir, state) = temp_file("state.db");
    let first = Server::start(&["--seed", "empty", "--state", &state]);
    let http = Client::new();
    let made = post(
        &http,
        &first,
        "/api/app/v1/service/",
        json!({"image": "redis"}),
    )
    .unwrap();
    let (err, out) = failed_start(&["--seed", "empty", "--state", &state]);
    assert!(
        err.contains("in use by another docker-cloud-server"),
        "{err}"
    );
    assert!(out.is_empty(), "the second server listened");
    // The first goes on, with its state intact.
    let uuid = text(&made, "uuid");
    let svc = get(&http, &first, &format!("/api/app/v1/service/{uuid}/"));
    assert_eq!(text(&svc, "uuid"), uuid);
    post(
        &http,
        &first,
        "/api/app/v1/service/",
        json!({"image": "nginx"}),
    )
    .unwrap();
}

#[test]
fn an_old_json_state_file_is_refused_with_a_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(
        &state,
        r#"{"format": "docker-cloud-server/1", "objects": {}}"#,
    )
    .unwrap();
    let (err, _) = failed_start(&["--state", state.to_str().unwrap()]);
    assert!(
        err.contains("JSON state file") && err.contains("afresh"),
        "{err}"
    );
    let kept = std::fs::read_to_string(&state).unwrap();
    assert!(kept.starts_with('{'), "the old file was changed");
}

#[test]
fn finished_actions_beyond_the_limit_are_pruned() {
    let sb = Server::start(&["--seed", "empty", "--keep-actions", "20"]);
    let http = Client::new();
    let path = new_service(&http, &sb);
    retag(&http, &sb, &path, 100);
    let actions = get(&http, &sb, "/api/audit/v1/action/?limit=0");
    let total = actions["meta"]["total_count"].as_u64().unwrap();
    assert!((20..=22).contains(&total), "{total} actions kept");
    // The newest are the ones kept.
    let newest = &actions["objects"][0];
    assert_eq!(newest["state"], "Success");
    let first_left = actions["objects"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert!(first_left["start_date"].is_string());
}

/// An event stream read through a 4 KiB receive buffer, so that a subscriber that stops
/// reading falls behind after a few events rather than megabytes.
fn narrow_event_stream(sb: &Server) -> Ws {
    use tungstenite::client::IntoClientRequest;
    let addr: std::net::SocketAddr = sb.url.trim_start_matches("http://").parse().unwrap();
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&addr.into()).unwrap();
    let stream: std::net::TcpStream = socket.into();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut request = format!("{}/api/audit/v1/events/", sb.ws_url)
        .into_client_request()
        .unwrap();
    let auth = Server::basic_auth().parse().unwrap();
    request.headers_mut().insert("authorization", auth);
    let (ws, _) = tungstenite::client(request, MaybeTlsStream::Plain(stream)).unwrap();
    ws
}

#[test]
fn a_slow_event_subscriber_is_told_of_the_gap_and_closed() {
    let sb = Server::start(&["--seed", "empty", "--event-backlog", "16"]);
    let http = Client::new();
    let mut ws = narrow_event_stream(&sb);
    assert_eq!(next_json(&mut ws)["type"], "auth");
    let path = new_service(&http, &sb);
    // Far more events than fit the socket and the backlog, while nothing is read.
    retag(&http, &sb, &path, 1000);
    let (messages, end) = until_end(&mut ws);
    let gap = messages.iter().position(|m| m["type"] == "gap");
    assert_eq!(gap, Some(messages.len() - 1), "the gap is the last message");
    assert!(
        messages.len() < 1200,
        "{} messages before the gap",
        messages.len()
    );
    assert_eq!(end, End::Normal);
}

#[test]
fn since_resumes_after_a_restart() {
    let (_dir, state) = temp_file("state.db");
    let http = Client::new();
    let (last_seen, missed) = {
        let sb = Server::start(&["--seed", "empty", "--state", &state]);
        let mut ws = connect(&sb, "/api/audit/v1/events/?type=service");
        next_json(&mut ws);
        let path = new_service(&http, &sb);
        let seen = next_json(&mut ws);
        drop(ws);
        // Missed while disconnected.
        retag(&http, &sb, &path, 2);
        (text(&seen, "uuid").to_string(), path)
    };
    let sb = Server::start(&["--state", &state]);
    let mut ws = connect(
        &sb,
        &format!("/api/audit/v1/events/?type=service&since={last_seen}"),
    );
    next_json(&mut ws);
    let replayed: Vec<Value> = (0..2).map(|_| next_json(&mut ws)).collect();
    for e in &replayed {
        assert_eq!(e["resource_uri"], missed.as_str());
        assert_eq!(e["action"], "update");
    }
    assert_ne!(replayed[0]["uuid"], replayed[1]["uuid"]);
}

#[test]
fn a_connection_that_sends_nothing_is_closed() {
    let sb = Server::start(&["--seed", "empty"]);
    let addr = sb.url.trim_start_matches("http://").to_string();
    let mut idle = std::net::TcpStream::connect(&addr).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let start = Instant::now();
    let mut buf = [0u8; 64];
    let n = idle.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "expected the server to close the idle connection");
    assert!(start.elapsed() < Duration::from_secs(25));
    // Others are served meanwhile and after.
    let listed = get(&Client::new(), &sb, "/api/app/v1/service/");
    assert_eq!(listed["meta"]["total_count"], 0);
}
