//! Load benchmark of `docker-cloud-server` (`cargo bench --bench sandbox_load`).
//!
//! Starts the server (`--seed demo --speed instant`, loopback, free port), opens
//! `SUBSCRIBERS` event streams and holds them idle while `CLIENTS` keep-alive connections
//! list services for `LOAD_SECONDS`; then makes one REST change and checks that every
//! subscriber receives its event. Prints subscribers held, events delivered, requests/s
//! and p50/p99 latency. Bounded in count and time; stops the server at the end.

use std::net::TcpStream;
use std::time::{Duration, Instant};

use tungstenite::client::IntoClientRequest;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

mod support;
use support::{basic_auth, resident_memory, start, HttpConnection};

const SUBSCRIBERS: usize = 1_000;
const CLIENTS: usize = 4;
const LOAD_SECONDS: u64 = 5;
const LIST_PATH: &str = "/api/app/v1/service/";

type Subscriber = WebSocket<MaybeTlsStream<TcpStream>>;

fn main() {
    support::main("sandbox_load", run);
}

fn run() -> Result<(), String> {
    let server = start(&["--seed", "demo"])?;
    let auth = basic_auth();
    println!("sandbox_load: server at http://{}", server.addr);

    let started = Instant::now();
    let mut subscribers = Vec::with_capacity(SUBSCRIBERS);
    for i in 0..SUBSCRIBERS {
        let ws = subscribe(&server.addr, &auth).map_err(|e| format!("subscriber {i}: {e}"))?;
        subscribers.push(ws);
    }
    println!(
        "subscribers: {} connected in {:.2} s (auth message received by each); \
         server resident memory {}",
        subscribers.len(),
        started.elapsed().as_secs_f64(),
        resident_memory(server.child.id())
    );

    let (requests, mut latencies, errors) = list_load(&server.addr, &auth)?;
    latencies.sort();
    let seconds = LOAD_SECONDS as f64;
    println!(
        "list load: {CLIENTS} keep-alive clients, {LOAD_SECONDS} s, GET {LIST_PATH}: \
         {requests} requests ({errors} errors), {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms",
        requests as f64 / seconds,
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
    );

    let uri = make_change(&server.addr, &auth)?;
    let started = Instant::now();
    let mut delivered = 0;
    for ws in &mut subscribers {
        delivered += usize::from(wait_for_event(ws, &uri));
    }
    println!(
        "events: {delivered}/{} subscribers still held received the event for {uri} \
         (read in {:.2} s)",
        subscribers.len(),
        started.elapsed().as_secs_f64()
    );
    if delivered != SUBSCRIBERS {
        return Err(format!(
            "only {delivered} of {SUBSCRIBERS} subscribers got the event"
        ));
    }
    Ok(())
}

/// Opens an event stream and reads its `auth` message.
fn subscribe(addr: &str, auth: &str) -> Result<Subscriber, String> {
    let mut request = format!("ws://{addr}/api/audit/v1/events/")
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let value = auth.parse().map_err(|_| "bad header")?;
    request.headers_mut().insert("authorization", value);
    let (mut ws, _) = tungstenite::connect(request).map_err(|e| e.to_string())?;
    if let MaybeTlsStream::Plain(tcp) = ws.get_mut() {
        tcp.set_read_timeout(Some(Duration::from_secs(10)))
            .map_err(|e| e.to_string())?;
    }
    match ws.read() {
        Ok(Message::Text(text)) if text.contains("\"auth\"") => Ok(ws),
        other => Err(format!("expected the auth message, got {other:?}")),
    }
}

/// Reads until the event for `uri` arrives; false on error or timeout.
fn wait_for_event(ws: &mut Subscriber, uri: &str) -> bool {
    loop {
        match ws.read() {
            Ok(Message::Text(text)) if text.contains(uri) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

/// Runs the list load; returns request count, latencies and error count.
fn list_load(addr: &str, auth: &str) -> Result<(usize, Vec<Duration>, usize), String> {
    let deadline = Instant::now() + Duration::from_secs(LOAD_SECONDS);
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (addr, auth) = (addr.to_string(), auth.to_string());
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut errors = 0;
                let mut conn = HttpConnection::open(&addr);
                while Instant::now() < deadline {
                    let t = Instant::now();
                    let ok = match conn.as_mut() {
                        Ok(c) => c.request("GET", LIST_PATH, &auth).map(|(s, _)| s == 200),
                        Err(e) => Err(e.clone()),
                    };
                    match ok {
                        Ok(true) => latencies.push(t.elapsed()),
                        _ => {
                            errors += 1;
                            std::thread::sleep(Duration::from_millis(10));
                            conn = HttpConnection::open(&addr);
                        }
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for worker in workers {
        let (latencies, e) = worker.join().map_err(|_| "a load thread failed")?;
        all.extend(latencies);
        errors += e;
    }
    Ok((all.len(), all, errors))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index].as_secs_f64() * 1000.0
}

/// Stops (or starts) the first service; returns its resource URI.
fn make_change(addr: &str, auth: &str) -> Result<String, String> {
    let mut conn = HttpConnection::open(addr)?;
    let (_, body) = conn.request("GET", LIST_PATH, auth)?;
    let list: serde_json::Value = serde_json::from_slice(&body).map_err(|e| e.to_string())?;
    let service = &list["objects"][0];
    let uri = service["resource_uri"]
        .as_str()
        .ok_or("the demo seed has no service")?;
    let op = if service["state"] == "Running" {
        "stop"
    } else {
        "start"
    };
    let (status, body) = conn.request("POST", &format!("{uri}{op}/"), auth)?;
    if status >= 300 {
        return Err(format!(
            "POST {uri}{op}/ answered {status}: {}",
            String::from_utf8_lossy(&body)
        ));
    }
    Ok(uri.to_string())
}
