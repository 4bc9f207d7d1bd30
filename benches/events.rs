//! Stream benchmark: how fast `docker-cloud event --json` and `docker-cloud service logs`
//! render to a pipe, and how long a change takes to show up as an event line. Run with
//! `cargo bench --bench events`.
//!
//! Throughput: a minimal WebSocket server in this file (loopback) sends a burst of
//! pre-serialised messages and closes (events after the `auth` greeting; log lines of two
//! containers, 1,000 a second); the figure is lines per second counted on the client's
//! stdout pipe. `logs` resolves the service on the server (`--seed demo`) and reads the
//! stream from the minimal one. Latency: against the server, from a REST POST (service
//! stop/start) to the first event line of that change; median.

#[path = "../tests/fixtures/lines.rs"]
mod lines;
mod support;

use std::io::Read;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lines::lines_of;

const CLI: &str = env!("CARGO_BIN_EXE_docker-cloud");
const USER: &str = "bench";
const APIKEY: &str = "bench-apikey";
/// Messages in a throughput burst.
const BURST: usize = 200_000;
/// Changes timed for the latency figure.
const CHANGES: usize = 15;
/// Upper bound for any wait.
const PATIENCE: Duration = Duration::from_secs(60);

fn main() {
    let (mut server, url) = start_server();
    throughput();
    logs_throughput(&url);
    latency(&url);
    let _ = server.kill();
    let _ = server.wait();
}

/// `docker-cloud event --json` against `stream`, stdout piped.
fn subscribe(rest: &str, stream: &str, debug: bool) -> Child {
    let mut command = client(rest, stream, &["event", "--json"]);
    if debug {
        command.arg("--debug");
        command.stderr(Stdio::piped());
    }
    command.spawn().expect("start docker-cloud event")
}

/// `docker-cloud args` with the REST and stream hosts, stdout piped, stderr dropped.
fn client(rest: &str, stream: &str, args: &[&str]) -> Command {
    let mut command = Command::new(CLI);
    command
        .args(args)
        .env_clear()
        .env("HOME", std::env::temp_dir())
        .env("DOCKERCLOUD_REST_HOST", rest)
        .env("DOCKERCLOUD_STREAM_HOST", stream)
        .env("DOCKERCLOUD_USER", USER)
        .env("DOCKERCLOUD_APIKEY", APIKEY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    command
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn throughput() {
    let mut messages = vec![format!(
        r#"{{"type":"auth","user":"{USER}","namespace":"{USER}"}}"#
    )];
    messages.extend((0..BURST).map(|i| {
        format!(
            r#"{{"type":"container","action":"update","parents":["/api/app/v1/{USER}/service/5f0c2bd4-0000-4000-8000-000000000000/"],"resource_uri":"/api/app/v1/{USER}/container/8c1d7a52-0000-4000-8000-{i:012}/","state":"Running","uuid":"00000000-0000-4000-8000-{i:012}","datetime":"2026-11-23T20:31:07Z"}}"#
        )
    }));
    let (port, server) = burst_server(messages);
    let url = format!("http://127.0.0.1:{port}");
    let child = subscribe(&url, &format!("ws://127.0.0.1:{port}"), false);
    report("event --json", child, BURST);
    let _ = server.join();
}

/// `service logs web` to a pipe: the service resolved on the server at `url`, its log
/// stream a burst of lines of two containers.
fn logs_throughput(url: &str) {
    let messages: Vec<String> = (0..BURST)
        .map(|i| {
            format!(
                r#"{{"type":"log","log":"10.0.0.{} - - \"GET /items/{i} HTTP/1.1\" 200 {}\n","streamType":"stdout","timestamp":{},"source":"web-{}"}}"#,
                i % 250,
                i % 5000,
                1_795_000_000 + i / 1000,
                i % 2 + 1
            )
        })
        .collect();
    let (port, server) = burst_server(messages);
    let child = client(
        url,
        &format!("ws://127.0.0.1:{port}"),
        &["service", "logs", "web"],
    )
    .spawn()
    .expect("start docker-cloud service logs");
    report("service logs", child, BURST);
    let _ = server.join();
}

/// A WebSocket server on loopback for one connection: sends `messages` as fast as it can,
/// then closes and goes away. Its port, and the thread to join.
fn burst_server(messages: Vec<String>) -> (u16, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let server = std::thread::spawn(move || {
        let (tcp, _) = listener.accept().expect("accept");
        let mut ws = tungstenite::accept(tcp).expect("handshake");
        for message in messages {
            ws.write(tungstenite::Message::text(message)).expect("send");
        }
        ws.flush().expect("flush");
        let _ = ws.close(None);
        let _ = ws.flush();
        // A client that reconnects after the close is refused: the listener is gone.
    });
    (port, server)
}

/// Counts the lines `child` writes to its stdout pipe, up to `expected`, then stops it and
/// prints the rate from the first byte on.
fn report(name: &str, mut child: Child, expected: usize) {
    let mut stdout = child.stdout.take().expect("stdout");
    let start = Instant::now();
    let mut first = None;
    let mut lines = 0;
    let mut buffer = vec![0u8; 1 << 16];
    while lines < expected && start.elapsed() < PATIENCE {
        let n = match stdout.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        first.get_or_insert_with(Instant::now);
        lines += buffer[..n].iter().filter(|b| **b == b'\n').count();
    }
    let end = Instant::now();
    let _ = child.kill();
    let cpu = cpu_time(child).as_secs_f64();
    let first = first.unwrap_or(end);
    let rate = lines as f64 / (end - first).as_secs_f64().max(1e-9);
    println!(
        "{name} throughput: {lines} lines in {:.3} s after the first ({:.0} lines/s; {:.3} s from start); client CPU {cpu:.3} s ({:.0} lines per CPU second)",
        (end - first).as_secs_f64(),
        rate,
        (end - start).as_secs_f64(),
        lines as f64 / cpu.max(1e-9)
    );
}

/// The user + sys time `child` used, once it has ended (it is reaped here).
// The child is reaped by `wait4`, which also reports its CPU time.
#[allow(clippy::zombie_processes)]
fn cpu_time(child: Child) -> Duration {
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 writes into the two locals.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(rc, pid, "wait4 failed");
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// The server with the demo data, and its URL.
fn start_server() -> (Child, String) {
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
    (server, url)
}

fn latency(url: &str) {
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

    let mut child = subscribe(url, &url.replacen("http", "ws", 1), true);
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
    samples.sort();
    println!(
        "change to event line latency: median {:.2} ms, min {:.2} ms, max {:.2} ms over {CHANGES} changes (includes the POST)",
        samples[CHANGES / 2].as_secs_f64() * 1e3,
        samples[0].as_secs_f64() * 1e3,
        samples[CHANGES - 1].as_secs_f64() * 1e3
    );
}
