//! Client benchmark: CPU time (user + sys), wall time, HTTP requests and peak memory of
//! `docker-cloud` commands against a local server. Run with `cargo bench --bench cli`
//! (arguments filter the scenarios by name).
//!
//! Scenarios: `service ps` over 25 services, `service inspect <name>`, `service scale <name>
//! N --sync`, and every list command over 100, 1,000 and 10,000 objects (the server's
//! `scale:N` seed gives the services, containers and actions; stacks, repositories, node
//! clusters and nodes are created through the API first). Requests are counted from the
//! server's `--log` lines; CPU time and peak RSS come from `wait4`. Each line gives the
//! median and, in brackets, the lowest and highest of the runs. The client and the floor
//! program below run from copies, as installed binaries do (see `installed`).
//!
//! `original`: the same three commands' CPU against the original Python CLI on the same
//! server, and against a floor: this bench binary making the same requests with reqwest's
//! blocking client and nothing else. The original is run two ways, each when its variable
//! names an executable (skipped otherwise): `ORIGINAL_DOCKER_CLOUD`, an install with its
//! bytecode compiled (as a normal install is; run without `PYTHONDONTWRITEBYTECODE`, its
//! warm-up run compiles whatever is missing), and `ORIGINAL_DOCKER_CLOUD_UNCOMPILED`, an
//! install without compiled bytecode run with `PYTHONDONTWRITEBYTECODE=1`, so that Python
//! compiles its modules on every run.

mod support;
#[path = "../tests/fixtures/tls_config.rs"]
mod tls_config;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where cargo built the client; runs use its [`installed`] copy.
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

/// One run of the client: wall and CPU time, peak RSS in KiB, exit status.
struct Run {
    wall: Duration,
    cpu: Duration,
    max_rss_kib: i64,
    success: bool,
}

// The child is reaped by `wait4`, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
fn run_cli(server: &Server, args: &[&str]) -> Run {
    run_cli_at(&server.url, &[], args)
}

/// One run of the client against `url`, with `env` added.
fn run_cli_at(url: &str, env: &[(&str, &str)], args: &[&str]) -> Run {
    static CLIENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| installed(CLI));
    run_program(&CLIENT, url, env, args)
}

/// A copy of the executable `path` in a directory of the bench's own, as `cargo install`
/// leaves a binary: a file the linker has just written sits in the page cache in small
/// pieces, so that every start of it takes more page faults (about 30 more for
/// `docker-cloud`) than the same file copied, or read from disk, does.
fn installed(path: &str) -> String {
    let dir = std::env::temp_dir().join("docker-cloud-bench-bin");
    std::fs::create_dir_all(&dir).expect("bench bin directory");
    let name = std::path::Path::new(path).file_name().expect("binary name");
    let copy = dir.join(name);
    std::fs::copy(path, &copy).unwrap_or_else(|e| panic!("copy {path}: {e}"));
    copy.to_str().expect("copy path as text").to_string()
}

/// One run of `program` with the client's environment for `url`, and `env` added.
#[allow(clippy::zombie_processes)]
fn run_program(program: &str, url: &str, env: &[(&str, &str)], args: &[&str]) -> Run {
    let home = std::env::temp_dir().join("docker-cloud-bench-home");
    let _ = std::fs::create_dir_all(&home);
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &home)
        .env("DOCKER_CONFIG", &home)
        .env("DOCKERCLOUD_REST_HOST", url)
        .envs(env.iter().copied())
        .env("DOCKERCLOUD_USER", USER)
        .env("DOCKERCLOUD_APIKEY", APIKEY)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("start {program}: {e}"));
    let (status, usage) = wait_with_usage(child.id() as libc::pid_t);
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall: start.elapsed(),
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
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

/// The median, lowest and highest of a series of durations.
struct Spread {
    median: Duration,
    low: Duration,
    high: Duration,
}

impl Spread {
    fn of(mut values: Vec<Duration>) -> Spread {
        values.sort();
        Spread {
            median: values[values.len() / 2],
            low: values[0],
            high: values[values.len() - 1],
        }
    }
}

impl std::fmt::Display for Spread {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let text = format!(
            "{:.1} ({:.1}-{:.1})",
            ms(self.median),
            ms(self.low),
            ms(self.high)
        );
        write!(f, "{text:>22}")
    }
}

/// Runs `args` `runs` times (after one warm-up run) and prints one line of figures.
fn measure(server: &Server, name: &str, args: &[&str], runs: usize) {
    let _ = run_cli(server, args); // warm-up: page cache, server allocations
    let before = server.requests();
    let (mut walls, mut cpus) = (Vec::new(), Vec::new());
    let mut max_rss_kib = 0;
    for _ in 0..runs {
        let run = run_cli(server, args);
        assert!(run.success, "{name}: docker-cloud {args:?} failed");
        walls.push(run.wall);
        cpus.push(run.cpu);
        max_rss_kib = max_rss_kib.max(run.max_rss_kib);
    }
    let requests = (server.requests() - before) as f64 / runs as f64;
    println!(
        "{name:<34} {} {} {requests:>9.1} {:>6.1} MiB",
        Spread::of(cpus),
        Spread::of(walls),
        max_rss_kib as f64 / 1024.0
    );
}

/// A loopback server answering every request with an empty list, over TLS (the test
/// authority's certificate, tests/fixtures/tls) or plain HTTP; its URL.
fn canned_server(tls: bool) -> String {
    use std::io::Write;

    let config = tls_config::server_config();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let scheme = if tls { "https" } else { "http" };
    let url = format!("{scheme}://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        let body = r#"{"meta": {"next": null, "total_count": 0}, "objects": []}"#;
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        );
        for tcp in listener.incoming().flatten() {
            let serve = |stream: &mut dyn ReadWrite| {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                let _ = stream.write_all(reply.as_bytes());
                let _ = stream.flush();
            };
            if tls {
                let Ok(connection) = rustls::ServerConnection::new(config.clone()) else {
                    continue;
                };
                let mut stream = rustls::StreamOwned::new(connection, tcp);
                serve(&mut stream);
                stream.conn.send_close_notify();
                let _ = stream.flush();
            } else {
                let mut tcp = tcp;
                serve(&mut tcp);
            }
        }
    });
    url
}

/// What a canned server's connection is.
trait ReadWrite: std::io::Read + std::io::Write {}
impl<T: std::io::Read + std::io::Write> ReadWrite for T {}

/// Client CPU of `service ps -q` over https against the same over http (canned servers:
/// only the client's cost differs). The client trusts the test authority through
/// `SSL_CERT_FILE`; then with `SSL_CERT_DIR` naming the system's certificate directory too,
/// as some environments set both; then with `SSL_CERT_FILE` naming the system's bundle with
/// the authority added, which costs what trusting the system's anchors costs.
fn measure_tls(runs: usize) {
    let ca = format!("{}/tests/fixtures/tls/ca.pem", env!("CARGO_MANIFEST_DIR"));
    let system = openssl_probe::probe();
    let mut bundle = system
        .cert_file
        .and_then(|file| std::fs::read(file).ok())
        .unwrap_or_default();
    bundle.extend(std::fs::read(&ca).expect("test authority"));
    let bundle_file = std::env::temp_dir().join("docker-cloud-bench-bundle.pem");
    std::fs::write(&bundle_file, bundle).expect("bundle file");
    let bundle_file = bundle_file.to_str().expect("bundle path as text");
    let system_dir = system
        .cert_dir
        .first()
        .and_then(|dir| dir.to_str())
        .unwrap_or("");
    let args = ["service", "ps", "-q"];
    let https = canned_server(true);
    for (name, url, env) in [
        ("service ps -q over http", canned_server(false), vec![]),
        (
            "service ps -q over https",
            https.clone(),
            vec![("SSL_CERT_FILE", ca.as_str())],
        ),
        (
            "  and SSL_CERT_DIR set",
            https.clone(),
            vec![("SSL_CERT_FILE", ca.as_str()), ("SSL_CERT_DIR", system_dir)],
        ),
        (
            "  the system's bundle",
            https,
            vec![("SSL_CERT_FILE", bundle_file)],
        ),
    ] {
        let _ = run_cli_at(&url, &env, &args);
        let (mut walls, mut cpus) = (Vec::new(), Vec::new());
        let mut max_rss_kib = 0;
        for _ in 0..runs {
            let run = run_cli_at(&url, &env, &args);
            assert!(run.success, "{name} failed");
            walls.push(run.wall);
            cpus.push(run.cpu);
            max_rss_kib = max_rss_kib.max(run.max_rss_kib);
        }
        println!(
            "{name:<34} {} {} {:>9} {:>6.1} MiB",
            Spread::of(cpus),
            Spread::of(walls),
            "1",
            max_rss_kib as f64 / 1024.0
        );
    }
}

/// A way the `original` scenario runs the original Python CLI.
struct Way {
    /// The variable naming the executable.
    variable: &'static str,
    /// The label of its results.
    label: &'static str,
    /// The environment it runs with.
    env: &'static [(&'static str, &'static str)],
}

/// The ways the original is run: with its bytecode compiled, and without.
const ORIGINALS: [Way; 2] = [
    Way {
        variable: "ORIGINAL_DOCKER_CLOUD",
        label: "original, bytecode compiled",
        env: &[],
    },
    Way {
        variable: "ORIGINAL_DOCKER_CLOUD_UNCOMPILED",
        label: "original, no bytecode, PYTHONDONTWRITEBYTECODE=1",
        env: &[("PYTHONDONTWRITEBYTECODE", "1")],
    },
];
/// Set, to the URLs to fetch (space-separated), when this binary runs as the floor program.
const FLOOR: &str = "DOCKER_CLOUD_BENCH_FLOOR";

/// The floor program: fetches each URL in `urls` with reqwest's blocking client (the
/// credentials of the client's environment) and writes the bodies to stdout.
fn floor(urls: &str) {
    use std::io::Write;

    let user = std::env::var("DOCKERCLOUD_USER").expect("DOCKERCLOUD_USER");
    let apikey = std::env::var("DOCKERCLOUD_APIKEY").expect("DOCKERCLOUD_APIKEY");
    let http = reqwest::blocking::Client::builder()
        .tls_built_in_root_certs(false)
        .build()
        .expect("client");
    let mut out = std::io::stdout().lock();
    for url in urls.split(' ') {
        let reply = http
            .get(url)
            .basic_auth(&user, Some(&apikey))
            .send()
            .and_then(reqwest::blocking::Response::error_for_status)
            .expect("floor request");
        out.write_all(&reply.bytes().expect("floor body"))
            .expect("write");
    }
}

/// The client's CPU per command against the floor program making the same requests, runs
/// interleaved so that the load of the machine weighs on both alike; then against each way
/// of running the original on the same server and work, its runs right after (a run of the
/// original leaves the caches cold for whatever runs next, so it runs apart). The ratio is of
/// the medians, with the lowest and highest ratio of the runs paired in order in brackets.
fn measure_original(server: &Server, originals: &[(String, &Way)], runs: usize) {
    let floor_exe = std::env::current_exe().expect("bench binary path");
    let floor_exe = installed(floor_exe.to_str().expect("bench binary path as text"));
    let floor_exe = floor_exe.as_str();
    let api = |query: &str| format!("{}/api/app/v1/service/{query}", server.url);
    let scenarios: [(&str, &[&str], Vec<String>); 3] = [
        // The seed's services belong to no stack: the table reads no stack names.
        (
            "service ps (25 services)",
            &["service", "ps"],
            vec![api("?limit=250")],
        ),
        (
            "service ps -q",
            &["service", "ps", "-q"],
            vec![api("?limit=250")],
        ),
        (
            "service inspect <name>",
            &["service", "inspect", "svc-00007"],
            vec![
                api("?uuid__startswith=svc-00007&limit=2"),
                api("?name=svc-00007&limit=2"),
            ],
        ),
    ];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (name, args, urls) in scenarios {
        let urls = urls.join(" ");
        let floor_env = [(FLOOR, urls.as_str())];
        let (mut ours, mut floors) = (vec![], vec![]);
        for run in 0..=runs {
            let mine = run_cli(server, args);
            let base = run_program(floor_exe, &server.url, &floor_env, &[]);
            assert!(mine.success && base.success, "{name} failed");
            if run > 0 {
                ours.push(mine.cpu);
                floors.push(base.cpu);
            }
        }
        // The runs in order, for the ratios of the pairs.
        let in_order = ours.clone();
        let ours = Spread::of(ours);
        let floors = Spread::of(floors);
        println!(
            "{name:<34} {ours} floor {floors} {:.2}x",
            ms(ours.median) / ms(floors.median)
        );
        for (program, way) in originals {
            let mut theirs = vec![];
            for run in 0..=runs {
                let other = run_program(program, &server.url, way.env, args);
                assert!(other.success, "{name}: the {} failed", way.label);
                if run > 0 {
                    theirs.push(other.cpu);
                }
            }
            let ratios: Vec<f64> = theirs
                .iter()
                .zip(&in_order)
                .map(|(other, mine)| other.as_secs_f64() / mine.as_secs_f64())
                .collect();
            let theirs = Spread::of(theirs);
            let low = ratios.iter().copied().fold(f64::INFINITY, f64::min);
            let high = ratios.iter().copied().fold(0.0, f64::max);
            println!(
                "  {:<51} {theirs} {:.0}x ({low:.0}-{high:.0})",
                way.label,
                ms(theirs.median) / ms(ours.median)
            );
        }
    }
}

/// Creates `n` stacks, `n` repositories and `n` node clusters, `n / 100` of them (at least
/// one) deployed with 100 nodes each, so that every list command has `n` objects (or more).
fn populate(server: &Server, n: usize) {
    let http = reqwest::blocking::Client::new();
    let post = |path: &str, body: serde_json::Value| {
        let reply = http
            .post(format!("{}{path}", server.url))
            .basic_auth(USER, Some(APIKEY))
            .json(&body)
            .send()
            .expect("populate request");
        assert!(
            reply.status().is_success(),
            "POST {path}: {}",
            reply.status()
        );
        reply.json().unwrap_or(serde_json::Value::Null)
    };
    for i in 0..n {
        post(
            "/api/app/v1/stack/",
            serde_json::json!({ "name": format!("stack-{i:05}") }),
        );
        post(
            "/api/repo/v1/repository/",
            serde_json::json!({ "name": format!("bench/repo-{i:05}") }),
        );
    }
    let deployed = (n / 100).max(1);
    // The seed made one cluster of its own.
    for i in 1..n {
        let nodes = if i <= deployed { 100 } else { 0 };
        let cluster = post(
            "/api/infra/v1/nodecluster/",
            serde_json::json!({
                "name": format!("cluster-{i:05}"),
                "node_type": "/api/infra/v1/nodetype/aws/m4.large/",
                "region": "/api/infra/v1/region/aws/us-east-1/",
                "target_num_nodes": nodes,
            }),
        );
        if nodes > 0 {
            let uri = cluster["resource_uri"].as_str().expect("cluster uri");
            post(&format!("{uri}deploy/"), serde_json::json!({}));
        }
    }
}

fn main() {
    if let Ok(urls) = std::env::var(FLOOR) {
        floor(&urls);
        return;
    }
    // `cargo bench` passes `--bench`; any other argument filters scenarios by name.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average: {}", load.trim());
    if wanted("original") {
        println!(
            "{:<34} {:>22} {:>28} {:>5}   then CPU ms of the original, ratio (lowest-highest of run pairs)",
            "client CPU against the original", "ours ms (low-high)", "floor ms (low-high)", "ratio"
        );
        let mut originals = vec![];
        for way in &ORIGINALS {
            match std::env::var(way.variable) {
                Ok(program) => originals.push((program, way)),
                Err(_) => println!(
                    "  ({} skipped: set {} to its docker-cloud)",
                    way.label, way.variable
                ),
            }
        }
        measure_original(&Server::start("scale:25"), &originals, 30);
    }
    println!(
        "{:<34} {:>22} {:>22} {:>9} {:>10}",
        "scenario", "CPU ms (low-high)", "wall ms (low-high)", "requests", "peak RSS"
    );

    if wanted("25") || wanted("inspect") || wanted("scale") {
        let server = Server::start("scale:25");
        if wanted("25") {
            measure(&server, "service ps (25 services)", &["service", "ps"], 30);
        }
        if wanted("inspect") {
            let args = ["service", "inspect", "svc-00007"];
            measure(&server, "service inspect <name>", &args, 30);
        }
        if wanted("scale") {
            let args = ["service", "scale", "svc-00003", "2", "--sync"];
            measure(&server, "service scale --sync", &args, 15);
        }
    }
    if wanted("https") || wanted("http") {
        measure_tls(30);
    }
    for (n, runs) in [(100, 20), (1000, 10), (10_000, 5)] {
        let last = n.to_string();
        let commands: [(&str, Vec<&str>); 9] = [
            ("service ps", vec!["service", "ps"]),
            ("container ps", vec!["container", "ps"]),
            ("container ps --json", vec!["container", "ps", "--json"]),
            ("container ps -q", vec!["container", "ps", "-q"]),
            ("node ls", vec!["node", "ls"]),
            ("nodecluster ls", vec!["nodecluster", "ls"]),
            ("action ls --last N", vec!["action", "ls", "--last", &last]),
            ("stack ls", vec!["stack", "ls"]),
            ("repository ls", vec!["repository", "ls"]),
        ];
        let named: Vec<_> = commands
            .into_iter()
            .map(|(name, args)| (format!("{name} ({n})"), args))
            .filter(|(name, _)| wanted(name))
            .collect();
        if named.is_empty() {
            continue;
        }
        let server = Server::start(&format!("scale:{n}"));
        let created = ["node", "stack", "repository"];
        if named
            .iter()
            .any(|(name, _)| created.iter().any(|c| name.starts_with(c)))
        {
            populate(&server, n);
        }
        for (name, args) in named {
            measure(&server, &name, &args, runs);
        }
    }
}
