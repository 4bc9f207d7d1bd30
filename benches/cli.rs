//! Client benchmark: wall time, HTTP requests and peak memory of `docker-cloud` commands
//! against a local server. Run with `cargo bench --bench cli`.
//!
//! Scenarios: `service ps` over 25 and 10,000 services, `service inspect <name>`, and
//! `service scale <name> N --sync`. Requests are counted from the server's `--log` lines;
//! peak RSS comes from `wait4`.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CLI: &str = env!("CARGO_BIN_EXE_docker-cloud");
const USER: &str = "bench";
const APIKEY: &str = "bench-apikey";

/// A server whose request log is counted as it arrives.
struct Server {
    child: Child,
    url: String,
    requests: Arc<AtomicUsize>,
}

impl Server {
    fn start(seed: &str) -> Server {
        let user = format!("{USER}:{APIKEY}");
        let mut child = Command::new(support::server_bin())
            .args([
                "--port", "0", "--speed", "instant", "--log", "--seed", seed, "--user", &user,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let url = loop {
            let line = lines
                .next()
                .expect("server exited")
                .expect("read server stdout");
            if let Some(url) = line.strip_prefix("listening on ") {
                break url.trim().to_string();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = requests.clone();
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.contains(" /api/") {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        Server {
            child,
            url,
            requests,
        }
    }

    /// Requests logged so far, after letting the log reader catch up.
    fn requests(&self) -> usize {
        std::thread::sleep(Duration::from_millis(30));
        self.requests.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One run of the client: wall time, peak RSS in KiB, exit status.
struct Run {
    wall: Duration,
    max_rss_kib: i64,
    success: bool,
}

// The child is reaped by `wait4`, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
fn run_cli(server: &Server, args: &[&str]) -> Run {
    let home = std::env::temp_dir().join("docker-cloud-bench-home");
    let _ = std::fs::create_dir_all(&home);
    let start = Instant::now();
    let child = Command::new(CLI)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &home)
        .env("DOCKER_CONFIG", &home)
        .env("DOCKERCLOUD_REST_HOST", &server.url)
        .env("DOCKERCLOUD_USER", USER)
        .env("DOCKERCLOUD_APIKEY", APIKEY)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start docker-cloud");
    let (status, usage) = wait_with_usage(child.id() as libc::pid_t);
    Run {
        wall: start.elapsed(),
        max_rss_kib: usage.ru_maxrss,
        success: libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
    }
}

fn wait_with_usage(pid: libc::pid_t) -> (libc::c_int, libc::rusage) {
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 writes into the two locals.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(rc, pid, "wait4 failed");
    (status, usage)
}

struct Report {
    name: String,
    median: Duration,
    requests: f64,
    max_rss_kib: i64,
}

fn measure(server: &Server, name: &str, args: &[&str], runs: usize) -> Report {
    let _ = run_cli(server, args); // warm-up: page cache, server allocations
    let before = server.requests();
    let mut walls = Vec::with_capacity(runs);
    let mut max_rss_kib = 0;
    for _ in 0..runs {
        let run = run_cli(server, args);
        assert!(run.success, "{name}: docker-cloud {args:?} failed");
        walls.push(run.wall);
        max_rss_kib = max_rss_kib.max(run.max_rss_kib);
    }
    let requests = (server.requests() - before) as f64 / runs as f64;
    walls.sort();
    Report {
        name: name.to_string(),
        median: walls[walls.len() / 2],
        requests,
        max_rss_kib,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters scenarios by name.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let mut reports = Vec::new();

    if wanted("25") || wanted("inspect") || wanted("scale") {
        let server = Server::start("scale:25");
        if wanted("25") {
            reports.push(measure(
                &server,
                "service ps (25 services)",
                &["service", "ps"],
                30,
            ));
        }
        if wanted("inspect") {
            let args = ["service", "inspect", "svc-00007"];
            reports.push(measure(&server, "service inspect <name>", &args, 30));
        }
        if wanted("scale") {
            let args = ["service", "scale", "svc-00003", "2", "--sync"];
            reports.push(measure(&server, "service scale --sync", &args, 15));
        }
    }
    if wanted("10000") {
        let server = Server::start("scale:10000");
        let args = ["service", "ps"];
        reports.push(measure(&server, "service ps (10,000 services)", &args, 5));
    }

    println!(
        "{:<32} {:>12} {:>10} {:>14}",
        "scenario", "median", "requests", "peak RSS"
    );
    for r in &reports {
        println!(
            "{:<32} {:>9.2} ms {:>10.1} {:>10.1} MiB",
            r.name,
            r.median.as_secs_f64() * 1000.0,
            r.requests,
            r.max_rss_kib as f64 / 1024.0
        );
    }
}
