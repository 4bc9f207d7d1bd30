//! The state database under a long run (`cargo bench --bench state`).
//!
//! Starts the server with `--state` in a temporary directory and makes `MUTATIONS` changes
//! (PATCH of a service's tags, each one a saved change and a finished action) from
//! `CLIENTS` keep-alive connections. Prints the persisted writes per second, the server's
//! resident memory after a warm-up and at the end, and the latency of the first page of
//! `action ls` and of `service ps` with a short history and at the end. Bounded in count;
//! stops the server at the end. `STATE_BENCH_MUTATIONS=N` changes the count;
//! `STATE_BENCH_MEMORY=1` runs without `--state`, for comparison.

use std::time::Instant;

mod support;
use support::{basic_auth, resident_memory, start, HttpConnection};

const MUTATIONS: usize = 100_000;
const WARM_UP: usize = 2_000;
const CLIENTS: usize = 4;
const SAMPLES: usize = 200;

fn main() {
    support::main("state", run);
}

fn run() -> Result<(), String> {
    let mutations: usize = std::env::var("STATE_BENCH_MUTATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(MUTATIONS);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let state = dir.path().join("state.db");
    let state_arg = state.display().to_string();
    let mut args = vec!["--seed", "empty"];
    if std::env::var_os("STATE_BENCH_MEMORY").is_none() {
        args.extend(["--state", &state_arg]);
    }
    let server = start(&args)?;
    let auth = basic_auth();
    let mut conn = HttpConnection::open(&server.addr)?;
    let (status, body) = conn.send(
        "POST",
        "/api/app/v1/service/",
        &auth,
        r#"{"image": "redis", "name": "bench"}"#,
    )?;
    if status != 201 {
        return Err(format!("service create answered {status}"));
    }
    let service: serde_json::Value = serde_json::from_slice(&body).map_err(|e| e.to_string())?;
    let path = service["resource_uri"]
        .as_str()
        .unwrap_or_default()
        .to_string();

    mutate(&server.addr, &auth, &path, WARM_UP)?;
    let rss_before = resident_memory(server.child.id());
    let early = latencies(&server.addr, &auth)?;

    let started = Instant::now();
    mutate(&server.addr, &auth, &path, mutations)?;
    let elapsed = started.elapsed();
    let rss_after = resident_memory(server.child.id());
    let late = latencies(&server.addr, &auth)?;
    let size = std::fs::metadata(&state).map(|m| m.len()).unwrap_or(0)
        + std::fs::metadata(dir.path().join("state.db-wal")).map_or(0, |m| m.len());

    println!(
        "state: {mutations} writes from {CLIENTS} clients in {:.1} s: {:.0} writes/s",
        elapsed.as_secs_f64(),
        mutations as f64 / elapsed.as_secs_f64()
    );
    println!("state: server RSS after {WARM_UP} writes {rss_before}, after {} writes {rss_after}; state file {:.1} MB",
        WARM_UP + mutations, size as f64 / 1e6);
    println!(
        "state: median latency (ms) after {WARM_UP} / {} writes: action ls {:.2} / {:.2}, service ps {:.2} / {:.2}",
        WARM_UP + mutations,
        early.0,
        late.0,
        early.1,
        late.1
    );
    Ok(())
}

/// `count` PATCHes of the service's tags, spread over [`CLIENTS`] connections.
fn mutate(addr: &str, auth: &str, path: &str, count: usize) -> Result<(), String> {
    let workers: Vec<_> = (0..CLIENTS)
        .map(|w| {
            let (addr, auth, path) = (addr.to_string(), auth.to_string(), path.to_string());
            std::thread::spawn(move || -> Result<(), String> {
                let mut conn = HttpConnection::open(&addr)?;
                for i in (w..count).step_by(CLIENTS) {
                    let body = format!(r#"{{"tags": [{{"name": "t{}"}}]}}"#, i % 7);
                    let (status, _) = conn.send("PATCH", &path, &auth, &body)?;
                    if status != 200 && status != 202 {
                        return Err(format!("PATCH answered {status}"));
                    }
                }
                Ok(())
            })
        })
        .collect();
    for w in workers {
        w.join().map_err(|_| "a client panicked")??;
    }
    Ok(())
}

/// Median milliseconds of the first page of `action ls` and of `service ps`, on a new
/// connection.
fn latencies(addr: &str, auth: &str) -> Result<(f64, f64), String> {
    // A fresh connection: an idle one is closed by the server's header timeout.
    let mut conn = HttpConnection::open(addr)?;
    let mut median = |path: &str| -> Result<f64, String> {
        let mut times = Vec::with_capacity(SAMPLES);
        for _ in 0..SAMPLES {
            let start = Instant::now();
            let (status, _) = conn.request("GET", path, auth)?;
            if status != 200 {
                return Err(format!("GET {path} answered {status}"));
            }
            times.push(start.elapsed());
        }
        times.sort();
        Ok(times[SAMPLES / 2].as_secs_f64() * 1e3)
    };
    let actions = median("/api/audit/v1/action/")?;
    let services = median("/api/app/v1/service/")?;
    Ok((actions, services))
}
