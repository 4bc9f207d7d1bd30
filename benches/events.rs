//! Event stream benchmark: how fast `docker-cloud event --json` renders events to a pipe,
//! and how long a change takes to show up as an event line. Run with
//! `cargo bench --bench events`.
//!
//! Throughput: a minimal WebSocket server in this file (loopback) greets the client with
//! the `auth` message, sends a burst of pre-serialised events and closes; the figure is
//! events per second counted on the client's stdout pipe. Latency: against the server,
//! from a REST POST (service stop/start) to the first event line of that change; median.

mod support;

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const CLI: &str = env!("CARGO_BIN_EXE_docker-cloud");
const USER: &str = "bench";
const APIKEY: &str = "bench-apikey";
/// Events in the throughput burst.
const BURST: usize = 200_000;
/// Changes timed for the latency figure.
const CHANGES: usize = 15;
/// Upper bound for any wait.
const PATIENCE: Duration = Duration::from_secs(60);

fn main() {
    throughput();
    latency();
}

/// `docker-cloud event --json` against `stream`, stdout piped.
fn subscribe(rest: &str, stream: &str, debug: bool) -> Child {
    let mut command = Command::new(CLI);
    command
        .arg("event")
        .arg("--json")
        .env_clear()
        .env("HOME", std::env::temp_dir())
        .env("DOCKERCLOUD_REST_HOST", rest)
        .env("DOCKERCLOUD_STREAM_HOST", stream)
        .env("DOCKERCLOUD_USER", USER)
        .env("DOCKERCLOUD_APIKEY", APIKEY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(if debug { Stdio::piped() } else { Stdio::null() });
    if debug {
        command.arg("--debug");
    }
    command.spawn().expect("start docker-cloud event")
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn throughput() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let events: Vec<String> = (0..BURST)
        .map(|i| {
            format!(
                r#"{{"type":"container","action":"update","parents":["/api/app/v1/{USER}/service/5f0c2bd4-0000-4000-8000-000000000000/"],"resource_uri":"/api/app/v1/{USER}/container/8c1d7a52-0000-4000-8000-{i:012}/","state":"Running","uuid":"00000000-0000-4000-8000-{i:012}","datetime":"2026-11-23T20:31:07Z"}}"#
            )
        })
        .collect();
    let server = std::thread::spawn(move || {
        let (tcp, _) = listener.accept().expect("accept");
        let mut ws = tungstenite::accept(tcp).expect("handshake");
        let auth = format!(r#"{{"type":"auth","user":"{USER}","namespace":"{USER}"}}"#);
        ws.send(tungstenite::Message::text(auth)).expect("send");
        for event in events {
            ws.write(tungstenite::Message::text(event)).expect("send");
        }
        ws.flush().expect("flush");
        let _ = ws.close(None);
        let _ = ws.flush();
        // The client reconnects after the close: refuse by going away.
    });
    let url = format!("http://127.0.0.1:{port}");
    let mut child = subscribe(&url, &format!("ws://127.0.0.1:{port}"), false);
    let mut stdout = child.stdout.take().expect("stdout");
    let start = Instant::now();
    let mut first = None;
    let mut lines = 0;
    let mut buffer = vec![0u8; 1 << 16];
    while lines < BURST && start.elapsed() < PATIENCE {
        let n = match stdout.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        first.get_or_insert_with(Instant::now);
        lines += buffer[..n].iter().filter(|b| **b == b'\n').count();
    }
    let end = Instant::now();
    stop(child);
    let _ = server.join();
    let first = first.unwrap_or(end);
    let rate = lines as f64 / (end - first).as_secs_f64().max(1e-9);
    println!(
        "event --json throughput: {lines} events in {:.3} s after the first ({:.0} events/s; {:.3} s from start)",
        (end - first).as_secs_f64(),
        rate,
        (end - start).as_secs_f64()
    );
}

/// Lines of a reader on a channel.
fn lines_of(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                return;
            }
        }
    });
    receiver
}

fn latency() {
    let user = format!("{USER}:{APIKEY}");
    let mut server = Command::new(support::server_bin())
        .args([
            "--port", "0", "--speed", "instant", "--seed", "demo", "--user", &user,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let out = lines_of(server.stdout.take().expect("stdout"));
    let url = loop {
        let line = out.recv_timeout(PATIENCE).expect("server listening");
        if let Some(url) = line.strip_prefix("listening on ") {
            break url.trim().to_string();
        }
    };
    std::thread::spawn(move || for _ in out {});
    let http = reqwest::blocking::Client::new();
    let services: serde_json::Value = http
        .get(format!("{url}/api/app/v1/service/?name=web"))
        .basic_auth(USER, Some(APIKEY))
        .send()
        .and_then(|r| r.json())
        .expect("list services");
    let uri = services["objects"][0]["resource_uri"]
        .as_str()
        .expect("the demo's web service")
        .to_string();

    let mut child = subscribe(&url, &url.replacen("http", "ws", 1), true);
    let events = lines_of(child.stdout.take().expect("stdout"));
    let traces = lines_of(child.stderr.take().expect("stderr"));
    while !traces
        .recv_timeout(PATIENCE)
        .expect("event connects")
        .contains("< 101")
    {}
    let mut samples = Vec::new();
    for i in 0..CHANGES {
        let operation = if i % 2 == 0 { "stop" } else { "start" };
        let start = Instant::now();
        http.post(format!("{url}{uri}{operation}/"))
            .basic_auth(USER, Some(APIKEY))
            .send()
            .expect("POST");
        let line = events.recv_timeout(PATIENCE).expect("an event");
        samples.push(start.elapsed());
        // Let the rest of this change's events arrive before the next one.
        while events.recv_timeout(Duration::from_millis(200)).is_ok() {}
        assert!(line.contains("\"type\""), "not an event: {line}");
    }
    stop(child);
    let _ = server.kill();
    let _ = server.wait();
    samples.sort();
    println!(
        "change to event line latency: median {:.2} ms, min {:.2} ms, max {:.2} ms over {CHANGES} changes (includes the POST)",
        samples[CHANGES / 2].as_secs_f64() * 1e3,
        samples[0].as_secs_f64() * 1e3,
        samples[CHANGES - 1].as_secs_f64() * 1e3
    );
}
