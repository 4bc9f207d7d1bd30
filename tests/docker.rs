//! `docker-cloud` against `docker-cloud-server --runtime docker`, each result checked on the
//! Docker Engine itself with the `docker` command.
//!
//! The image is made here: `docker import` of a root filesystem holding Debian's static
//! busybox. Without an engine (or busybox) the tests say they were skipped; with `CI=true`
//! they fail instead. Every server runs as its own instance (`--instance test-<pid>-<n>`),
//! and its containers and networks are removed by label when the test ends, or by the next
//! run when a test process was killed.

use std::io::{BufRead, BufReader};
use std::net::{Shutdown, TcpListener};
use std::os::unix::net::UnixStream;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{run_in, run_with_stdin, Cli, Server};

/// The tag of the test image.
pub const IMAGE: &str = "docker-cloud-test/busybox:latest";
/// The label every container and network of a server instance carries.
pub const INSTANCE_LABEL: &str = "dockercloud.server";
/// How long the engine gets to show an expected state.
const PATIENCE: Duration = Duration::from_secs(20);

/// Runs `docker` and returns its stdout; panics with its stderr when it fails.
pub fn docker(args: &[&str]) -> String {
    let out = Command::new("docker")
        .args(args)
        .output()
        .expect("run docker");
    assert!(
        out.status.success(),
        "docker {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether the tests can run here: an engine that answers and busybox to build the image
/// from. Under `CI=true` a missing one is a failure, elsewhere a skip.
pub fn available() -> bool {
    static READY: OnceLock<Result<(), String>> = OnceLock::new();
    let ready = READY.get_or_init(|| {
        let answers = Command::new("docker")
            .args(["version", "--format", "{{.Server.Version}}"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !answers {
            return Err("no Docker Engine answers".into());
        }
        let busybox = std::env::var("BUSYBOX").unwrap_or_else(|_| "/bin/busybox".into());
        if !std::path::Path::new(&busybox).exists() {
            return Err(format!(
                "{busybox} is missing (apt-get install busybox-static)"
            ));
        }
        remove_leftovers();
        build_image(&busybox, IMAGE, "");
        Ok(())
    });
    match ready {
        Ok(()) => true,
        Err(why) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true, but the Docker runtime tests cannot run: {why}")
        }
        Err(why) => {
            eprintln!("skipped: {why}");
            false
        }
    }
}

/// The label of the images the tests import.
const IMAGE_LABEL: &str = "docker-cloud-test.image";

/// Imports an image `tag`, labelled [`IMAGE_LABEL`]: busybox and its applets, a passwd file,
/// a page to serve and `/marker` holding `marker`. The image `tag` named before is removed
/// when nothing else names or uses it; one still in use then is pruned by the next run.
fn build_image(busybox: &str, tag: &str, marker: &str) {
    let previous = Command::new("docker")
        .args(["image", "inspect", "--format", "{{.Id}}", tag])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let root = tempfile::tempdir().expect("image root");
    let dir = |p: &str| {
        let path = root.path().join(p);
        std::fs::create_dir_all(&path).expect("image dir");
        path
    };
    let bin = dir("bin");
    dir("tmp");
    std::fs::copy(busybox, bin.join("busybox")).expect("copy busybox");
    let list = Command::new(busybox)
        .arg("--list")
        .output()
        .expect("busybox --list");
    for applet in String::from_utf8_lossy(&list.stdout).lines() {
        if applet != "busybox" {
            let _ = std::os::unix::fs::symlink("busybox", bin.join(applet));
        }
    }
    std::fs::write(dir("etc").join("passwd"), "root:x:0:0:root:/root:/bin/sh\n").unwrap();
    std::fs::write(dir("www").join("index.html"), "hello from busybox\n").unwrap();
    std::fs::write(root.path().join("marker"), marker).unwrap();
    let mut tar = Command::new("tar")
        .args(["-C", &root.path().display().to_string(), "-c", "."])
        .stdout(Stdio::piped())
        .spawn()
        .expect("tar");
    let status = Command::new("docker")
        .args(["import", "--change", "CMD [\"sh\"]", "--change"])
        .arg(format!("LABEL {IMAGE_LABEL}=1"))
        .args(["-", tag])
        .stdin(tar.stdout.take().expect("tar stdout"))
        .stdout(Stdio::null())
        .status()
        .expect("docker import");
    assert!(tar.wait().is_ok_and(|s| s.success()), "tar failed");
    assert!(status.success(), "docker import failed");
    if let Some(id) = previous {
        // Refused while another tag names it or a container uses it.
        let _ = Command::new("docker").args(["rmi", &id]).output();
    }
}

/// Whether a server instance belongs to a test process that no longer runs.
pub fn dead(instance: &str) -> bool {
    let pid = instance
        .strip_prefix("test-")
        .and_then(|r| r.split('-').next());
    pid.is_some_and(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
}

/// Removes what servers of test processes that no longer run left on the engine: swarm
/// services first (their tasks would come back), then containers and networks, and the
/// untagged test images nothing uses any more.
fn remove_leftovers() {
    crate::swarm::remove_leftovers();
    let images = format!("label={IMAGE_LABEL}");
    let _ = Command::new("docker")
        .args(["image", "prune", "-f", "--filter", &images])
        .output();
    let format = format!("{{{{.ID}}}} {{{{.Label \"{INSTANCE_LABEL}\"}}}}");
    let filter = format!("label={INSTANCE_LABEL}");
    for line in docker(&["ps", "-a", "--filter", &filter, "--format", &format]).lines() {
        if let Some((id, _)) = line.split_once(' ').filter(|(_, i)| dead(i)) {
            docker(&["rm", "-f", "-v", id]);
        }
    }
    for line in docker(&["network", "ls", "--filter", &filter, "--format", &format]).lines() {
        if let Some((id, _)) = line.split_once(' ').filter(|(_, i)| dead(i)) {
            let _ = Command::new("docker").args(["network", "rm", id]).output();
        }
    }
}

/// A new instance name for a server of this test process: `test-<pid>-<n>`.
fn new_instance() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    format!("test-{}-{n}", std::process::id())
}

/// A server instance keeping its state in a file, for servers a test kills and starts
/// again; declared before them, it outlives them.
pub struct Durable {
    instance: String,
    state: String,
    _dir: tempfile::TempDir,
}

impl Durable {
    /// An instance and its state file, or `None` when the tests are skipped.
    pub fn new() -> Option<Durable> {
        if !available() {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        Some(Durable {
            instance: new_instance(),
            state: dir.path().join("state.db").display().to_string(),
            _dir: dir,
        })
    }

    /// Starts a server of the instance on its state.
    fn start(&self) -> Engine {
        self.start_runtime("docker")
    }

    /// Starts a server of the instance with `runtime` on its state.
    pub fn start_runtime(&self, runtime: &str) -> Engine {
        Engine::on(runtime, self.instance.clone(), &["--state", &self.state])
    }
}

/// A server with the Docker runtime as its own instance; on drop it is stopped and its
/// containers and networks removed.
pub struct Engine {
    server: Option<Server>,
    pub instance: String,
    pub cli: Cli,
}

impl Engine {
    /// Starts a server (`extra` arguments added), or `None` when the tests are skipped.
    fn start(extra: &[&str]) -> Option<Engine> {
        Engine::start_runtime("docker", extra)
    }

    /// Starts a server with `runtime`, or `None` when the tests are skipped.
    pub fn start_runtime(runtime: &str, extra: &[&str]) -> Option<Engine> {
        if !available() {
            return None;
        }
        Some(Engine::on(runtime, new_instance(), extra))
    }

    /// Starts a server with `runtime` for `instance`.
    fn on(runtime: &str, instance: String, extra: &[&str]) -> Engine {
        Engine::on_engine(runtime, instance, extra, &[])
    }

    /// Starts a server with `runtime` for `instance`, `env` added to its environment (a
    /// `DOCKER_HOST`).
    fn on_engine(runtime: &str, instance: String, extra: &[&str], env: &[(&str, &str)]) -> Engine {
        let mut args = vec!["--runtime", runtime, "--instance", &instance];
        args.extend_from_slice(extra);
        let server = Server::start_with_env(0, "instant", &args, env);
        let cli = Cli::new(&server);
        Engine {
            server: Some(server),
            instance,
            cli,
        }
    }

    /// Stops the server (as a crash would: SIGKILL), leaving its containers.
    pub fn kill(&mut self) {
        self.server.take();
    }

    /// Engine containers of this instance (all states), as `docker inspect` objects; one
    /// removed between the listing and its inspection is left out.
    fn containers(&self) -> Vec<Value> {
        let filter = format!("label={INSTANCE_LABEL}={}", self.instance);
        let ids = docker(&["ps", "-a", "-q", "--filter", &filter]);
        ids.split_whitespace()
            .filter_map(|id| {
                let out = Command::new("docker").args(["inspect", id]).output().ok()?;
                let list: Value = serde_json::from_slice(&out.stdout).ok()?;
                list.get(0).cloned()
            })
            .collect()
    }

    /// The engine container of API container `uuid`.
    fn container(&self, uuid: &str) -> Value {
        self.containers()
            .into_iter()
            .find(|c| c["Config"]["Labels"]["dockercloud.container"] == uuid)
            .unwrap_or_else(|| panic!("no engine container for {uuid}"))
    }

    /// Engine container names of this instance, sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .containers()
            .iter()
            .map(|c| {
                c["Name"]
                    .as_str()
                    .unwrap_or_default()
                    .trim_start_matches('/')
                    .to_string()
            })
            .collect();
        names.sort();
        names
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.server.take();
        let filter = format!("label={INSTANCE_LABEL}={}", self.instance);
        crate::swarm::remove_services(Some(&filter));
        let ids = docker(&["ps", "-a", "-q", "--filter", &filter]);
        for id in ids.split_whitespace() {
            let _ = Command::new("docker").args(["rm", "-f", "-v", id]).output();
        }
        let networks = docker(&["network", "ls", "-q", "--filter", &filter]);
        for id in networks.split_whitespace() {
            let _ = Command::new("docker").args(["network", "rm", id]).output();
        }
    }
}

/// A loopback TCP proxy to the engine's socket that a test cuts and restores: a server
/// whose `DOCKER_HOST` it is loses its engine while it is cut.
struct EngineProxy {
    port: u16,
    socket: String,
    cut: Arc<AtomicBool>,
    accepting: Option<std::thread::JoinHandle<()>>,
    /// Connections made, to shut down when the proxy is cut.
    open: Arc<Mutex<Vec<UnixStream>>>,
}

impl EngineProxy {
    /// A proxy on a free port, or `None` when the engine is not on a Unix socket.
    fn start() -> Option<EngineProxy> {
        let socket = match std::env::var("DOCKER_HOST") {
            Ok(host) => host.strip_prefix("unix://")?.to_string(),
            Err(_) => "/var/run/docker.sock".to_string(),
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut proxy = EngineProxy {
            port,
            socket,
            cut: Arc::default(),
            accepting: None,
            open: Arc::default(),
        };
        proxy.restore();
        Some(proxy)
    }

    /// The `DOCKER_HOST` that reaches the engine through the proxy.
    fn host(&self) -> String {
        format!("tcp://127.0.0.1:{}", self.port)
    }

    /// Accepts connections again (on the same port).
    fn restore(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("proxy port");
        listener.set_nonblocking(true).unwrap();
        self.cut.store(false, Ordering::SeqCst);
        let (cut, open, socket) = (self.cut.clone(), self.open.clone(), self.socket.clone());
        self.accepting = Some(std::thread::spawn(move || {
            while !cut.load(Ordering::SeqCst) {
                let Ok((client, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                };
                client.set_nonblocking(false).unwrap();
                let Ok(engine) = UnixStream::connect(&socket) else {
                    continue;
                };
                open.lock().unwrap().push(engine.try_clone().unwrap());
                let (mut from_client, mut to_engine) = (client.try_clone().unwrap(), engine);
                let (mut from_engine, mut to_client) = (to_engine.try_clone().unwrap(), client);
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut from_client, &mut to_engine);
                    let _ = to_engine.shutdown(Shutdown::Write);
                });
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut from_engine, &mut to_client);
                    let _ = to_client.shutdown(Shutdown::Both);
                });
            }
        }));
    }

    /// Refuses new connections and closes the open ones.
    fn cut(&mut self) {
        self.cut.store(true, Ordering::SeqCst);
        if let Some(thread) = self.accepting.take() {
            let _ = thread.join();
        }
        for stream in self.open.lock().unwrap().drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

impl Drop for EngineProxy {
    fn drop(&mut self) {
        self.cut();
    }
}

/// Polls `check` until it holds or the patience runs out.
pub fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `run --name NAME FLAGS -r COMMAND IMAGE --sync`: the new service's uuid.
pub fn run_service(cli: &Cli, name: &str, flags: &[&str], command: &str, image: &str) -> String {
    let mut args = vec!["run", "--name", name];
    args.extend_from_slice(flags);
    args.extend(["-r", command, image, "--sync"]);
    cli.run(&args).ok().trim().to_string()
}

/// The API containers of a service (JSON objects), by name.
pub fn api_containers(cli: &Cli, service: &str) -> Vec<Value> {
    let list = cli
        .run(&["container", "ps", "--service", service, "--json"])
        .json();
    let mut list = list.as_array().cloned().unwrap_or_default();
    list.retain(|c| c["state"] != "Terminated");
    list.sort_by_key(|c| c["name"].as_str().unwrap_or_default().to_string());
    list
}

/// The uuid of the first API container of a service.
fn first_uuid(cli: &Cli, service: &str) -> String {
    api_containers(cli, service)[0]["uuid"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The log of the newest action.
pub fn newest_action_log(cli: &Cli) -> String {
    let list = cli.run(&["action", "ls", "-q"]);
    let action = list.ok().lines().next().expect("an action");
    cli.run(&["action", "logs", action]).ok().to_string()
}

fn short(uuid: &Value) -> String {
    uuid.as_str().unwrap_or_default()[..8].to_string()
}

/// Checks that `port` (`80/tcp`), the first port of API container `c`, is bound with no
/// host port (the engine chose it) and that the API shows the port the engine chose on
/// IPv4.
fn engine_chose_port(engine: &Engine, c: &Value, port: &str) {
    let e = engine.container(c["uuid"].as_str().unwrap());
    let asked = &e["HostConfig"]["PortBindings"][port][0]["HostPort"];
    assert_eq!(*asked, "", "the engine chooses the port: {asked}");
    let chosen = &e["NetworkSettings"]["Ports"][port];
    let ipv4 = chosen
        .as_array()
        .unwrap()
        .iter()
        .find(|b| !b["HostIp"].as_str().unwrap().contains(':'));
    let bound = ipv4.unwrap_or_else(|| panic!("no IPv4 binding: {chosen}"))["HostPort"]
        .as_str()
        .unwrap()
        .to_string();
    let api = &c["container_ports"][0];
    assert_eq!(api["outer_port"].to_string(), bound, "{api}");
    let endpoint = api["endpoint_uri"].as_str().unwrap();
    assert!(endpoint.ends_with(&format!(":{bound}/")), "{endpoint}");
}

#[test]
fn run_and_scale_make_and_remove_labelled_containers() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    let flags = [
        "-e",
        "GREETING=hi",
        "-p",
        "80",
        "-t",
        "2",
        "--autorestart",
        "ALWAYS",
    ];
    let uuid = run_service(cli, "web", &flags, "httpd -f -p 80 -h /www", IMAGE);
    let containers = api_containers(cli, "web");
    assert_eq!(containers.len(), 2);
    let expected: Vec<String> = containers
        .iter()
        .map(|c| format!("{}.{}", c["name"].as_str().unwrap(), short(&c["uuid"])))
        .collect();
    assert_eq!(engine.names(), expected);
    assert!(expected[0].starts_with("web-1.") && expected[1].starts_with("web-2."));
    for c in &containers {
        assert_eq!(c["state"], "Running");
        let e = engine.container(c["uuid"].as_str().unwrap());
        assert_eq!(e["State"]["Running"], true);
        let labels = &e["Config"]["Labels"];
        assert_eq!(labels["dockercloud.service"], uuid.as_str());
        assert_eq!(labels["dockercloud.namespace"], crate::common::USER);
        assert_eq!(labels[INSTANCE_LABEL], engine.instance.as_str());
        let env: Vec<&str> = e["Config"]["Env"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert!(env.contains(&"GREETING=hi"), "{env:?}");
        assert_eq!(e["HostConfig"]["RestartPolicy"]["Name"], "always");
        assert_eq!(e["Config"]["Hostname"], c["name"]);
        engine_chose_port(&engine, c, "80/tcp");
    }

    cli.run(&["service", "scale", "web", "4", "--sync"]).ok();
    assert_eq!(engine.names().len(), 4);
    assert!(engine.names()[3].starts_with("web-4."));
    cli.run(&["service", "scale", "web", "1", "--sync"]).ok();
    let names = engine.names();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("web-1."));
}

#[test]
fn stop_start_redeploy_and_terminate_act_on_the_engine() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    run_service(cli, "app", &[], "sleep 1000", IMAGE);
    let uuid = first_uuid(cli, "app");
    let first_id = engine.container(&uuid)["Id"].clone();

    cli.run(&["service", "stop", "app", "--sync"]).ok();
    assert_eq!(engine.container(&uuid)["State"]["Running"], false);
    assert_eq!(api_containers(cli, "app")[0]["state"], "Stopped");

    cli.run(&["service", "start", "app", "--sync"]).ok();
    assert_eq!(engine.container(&uuid)["State"]["Running"], true);
    assert_eq!(engine.container(&uuid)["Id"], first_id);

    cli.run(&["service", "redeploy", "app", "--sync"]).ok();
    let redeployed = engine.container(&uuid);
    assert_ne!(
        redeployed["Id"], first_id,
        "redeploy recreates the container"
    );
    assert_eq!(redeployed["State"]["Running"], true);

    cli.run(&["service", "terminate", "app", "--sync"]).ok();
    assert!(
        engine.containers().is_empty(),
        "terminate removes the containers"
    );
}

#[test]
fn a_stack_reaches_its_linked_service_by_alias() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let stackfile = format!(
        "db:\n  image: {IMAGE}\n  command: httpd -f -p 8080 -h /www\n  expose:\n    - \"8080\"\n\
         web:\n  image: {IMAGE}\n  command: sleep 1000\n  links:\n    - db:database\n"
    );
    std::fs::write(dir.path().join("docker-cloud.yml"), stackfile).unwrap();
    run_in(
        &engine.cli,
        dir.path(),
        &["stack", "up", "-n", "linked", "--sync"],
    )
    .ok();
    let web = "web.linked";
    let web_1 = &api_containers(&engine.cli, web)[0];
    let exec = engine.cli.run(&[
        "exec",
        web_1["uuid"].as_str().unwrap(),
        "--",
        "sh",
        "-c",
        "wget -qO- http://database:8080/ && wget -qO- http://db:8080/ && echo $DATABASE_PORT",
    ]);
    assert_eq!(
        exec.ok(),
        "hello from busybox\nhello from busybox\ntcp://db:8080\n"
    );
    let networks = docker(&[
        "network",
        "ls",
        "--filter",
        &format!("label={INSTANCE_LABEL}={}", engine.instance),
        "-q",
    ]);
    assert_eq!(
        networks.split_whitespace().count(),
        1,
        "one network per stack"
    );
}

#[test]
fn exec_pipes_stdin_and_returns_the_remote_status() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    run_service(cli, "box", &["-e", "WHO=engine"], "sleep 1000", IMAGE);
    let run = run_with_stdin(
        cli,
        &[
            "exec",
            "box-1",
            "--",
            "sh",
            "-c",
            "tr a-z A-Z; echo $WHO; exit 7",
        ],
        "piped input\n",
    );
    assert_eq!(run.stdout, "PIPED INPUT\nengine\n");
    assert_eq!(run.code, 7);
}

#[test]
fn logs_come_from_the_engine_and_follow() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    let talk = "sh -c 'echo first; echo oops >&2; sleep 2; echo second; sleep 1000'";
    run_service(cli, "talker", &[], talk, IMAGE);
    eventually("the first lines", || {
        let logs = cli.run(&["container", "logs", "talker-1"]);
        logs.stdout.contains("first") && logs.stderr.contains("oops")
    });
    let mut follow = cli
        .command(&["service", "logs", "talker", "-f"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(follow.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    while let Some(Ok(line)) = lines.next() {
        seen.push(line.clone());
        if line.contains("second") {
            break;
        }
    }
    let _ = follow.kill();
    let _ = follow.wait();
    assert!(
        seen.iter()
            .any(|l| l.contains("talker-1") && l.contains("first")),
        "{seen:?}"
    );
    assert!(seen.last().unwrap().contains("second"), "{seen:?}");
}

#[test]
fn a_container_killed_by_hand_shows_up_stopped_with_an_event() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    run_service(cli, "victim", &[], "sleep 1000", IMAGE);
    let c = &api_containers(cli, "victim")[0];
    let uuid = c["uuid"].as_str().unwrap().to_string();
    let mut events = cli
        .command(&["event", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = BufReader::new(events.stdout.take().unwrap()).lines();
    std::thread::sleep(Duration::from_millis(500));
    docker(&["kill", engine.container(&uuid)["Id"].as_str().unwrap()]);
    let mut stopped_event = false;
    for line in lines.map_while(Result::ok) {
        let event: Value = serde_json::from_str(&line).unwrap();
        if event["type"] == "container"
            && event["state"] == "Stopped"
            && event["resource_uri"].as_str().unwrap().contains(&uuid)
        {
            stopped_event = true;
            break;
        }
    }
    let _ = events.kill();
    let _ = events.wait();
    assert!(stopped_event);
    let c = cli.run(&["container", "inspect", &uuid, "--json"]).json();
    assert_eq!(c["state"], "Stopped");
    assert_eq!(c["exit_code"], 137);
    assert_eq!(
        cli.run(&["service", "inspect", "victim", "--json"]).json()["state"],
        "Stopped"
    );
}

#[test]
fn a_restarted_server_adopts_its_containers() {
    // The same instance with persisted state, started twice.
    let Some(durable) = Durable::new() else {
        return;
    };
    let mut first = durable.start();
    run_service(&first.cli, "keep", &["-t", "2"], "sleep 1000", IMAGE);
    let before: Vec<String> = first
        .containers()
        .iter()
        .map(|c| c["Id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(before.len(), 2);
    first.kill();
    let second = durable.start();
    let mut after: Vec<String> = second
        .containers()
        .iter()
        .map(|c| c["Id"].as_str().unwrap().to_string())
        .collect();
    let mut before = before;
    before.sort();
    after.sort();
    assert_eq!(after, before, "no duplicates, no orphans");
    let containers = api_containers(&second.cli, "keep");
    assert_eq!(containers.len(), 2);
    assert!(containers.iter().all(|c| c["state"] == "Running"));
    second
        .cli
        .run(&["service", "scale", "keep", "3", "--sync"])
        .ok();
    assert_eq!(second.containers().len(), 3);
    drop(first);
}

/// The engine state of an API container (`Running` or `Stopped`), as `docker inspect` has it.
fn engine_state(engine: &Engine, uuid: &str) -> &'static str {
    if engine.container(uuid)["State"]["Running"] == true {
        "Running"
    } else {
        "Stopped"
    }
}

#[test]
fn a_server_killed_mid_action_fails_the_action_and_follows_the_engine() {
    let Some(durable) = Durable::new() else {
        return;
    };
    let mut first = durable.start();
    run_service(&first.cli, "slow", &["-t", "2"], "sleep 1000", IMAGE);
    // `sleep` as PID 1 ignores SIGTERM: the engine takes its 10 s to stop it, and the
    // server is killed meanwhile.
    first.cli.run(&["service", "stop", "slow"]).ok();
    first.kill();
    let second = durable.start();
    let cli = &second.cli;
    let actions = cli.run(&["action", "ls", "--json"]).json();
    let stop = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "Service Stop")
        .expect("the stop action");
    assert_eq!(stop["state"], "Failed", "{stop}");
    let log = cli.run(&["action", "logs", stop["uuid"].as_str().unwrap()]);
    assert!(
        log.ok()
            .contains("The server stopped before the action finished"),
        "{log:?}"
    );
    eventually("the containers in the engine's state", || {
        let api = api_containers(cli, "slow");
        api.len() == 2
            && api
                .iter()
                .all(|c| c["state"] == engine_state(&second, c["uuid"].as_str().unwrap()))
    });
    let service = cli.run(&["service", "inspect", "slow", "--json"]).json();
    assert_ne!(service["state"], "Stopping", "{service}");
    // No duplicates, no orphans, and the service moves again.
    assert_eq!(second.containers().len(), 2);
    cli.run(&["service", "redeploy", "slow", "--sync"]).ok();
    let api = api_containers(cli, "slow");
    assert!(api.iter().all(|c| c["state"] == "Running"), "{api:?}");
    assert_eq!(second.containers().len(), 2);
    drop(first);
}

#[test]
fn a_terminate_the_engine_cannot_carry_out_leaves_the_containers_to_retry() {
    if !available() {
        return;
    }
    let Some(mut proxy) = EngineProxy::start() else {
        eprintln!("skipped: the engine is not on a Unix socket");
        return;
    };
    let host = proxy.host();
    let engine = Engine::on_engine("docker", new_instance(), &[], &[("DOCKER_HOST", &host)]);
    let cli = &engine.cli;
    run_service(cli, "cut", &["-t", "2"], "sleep 1000", IMAGE);
    proxy.cut();
    let failed = cli.run(&["service", "terminate", "cut", "--sync"]);
    failed.fails(3);
    let log = newest_action_log(cli);
    assert!(log.contains("cannot reach the Docker Engine"), "{log}");
    // Not terminated: the containers still run, and the service can be terminated again.
    let service = cli.run(&["service", "inspect", "cut", "--json"]).json();
    assert_ne!(service["state"], "Terminated", "{service}");
    let containers = api_containers(cli, "cut");
    assert_eq!(containers.len(), 2);
    assert!(
        containers.iter().all(|c| c["state"] != "Terminating"),
        "{containers:?}"
    );
    proxy.restore();
    eventually("the containers running again", || {
        let api = api_containers(cli, "cut");
        api.len() == 2 && api.iter().all(|c| c["state"] == "Running")
    });
    cli.run(&["service", "terminate", "cut", "--sync"]).ok();
    assert!(engine.containers().is_empty());
}

#[test]
fn a_redeploy_applies_changed_ports_and_environment() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    let flags = ["-p", "80", "-e", "COLOR=red"];
    run_service(cli, "web", &flags, "httpd -f -p 80 -h /www", IMAGE);
    let uuid = first_uuid(cli, "web");
    let set = ["service", "set", "web", "-p", "8080", "-e", "COLOR=blue"];
    cli.run(&[&set[..], &["--redeploy", "--sync"]].concat())
        .ok();
    let e = engine.container(&uuid);
    let ports = e["NetworkSettings"]["Ports"].as_object().unwrap();
    assert!(!ports.contains_key("80/tcp"), "{ports:?}");
    let env = e["Config"]["Env"].as_array().unwrap();
    assert!(env.contains(&Value::from("COLOR=blue")), "{env:?}");
    let c = &api_containers(cli, "web")[0];
    let api_ports = c["container_ports"].as_array().unwrap();
    assert_eq!(api_ports.len(), 1, "{api_ports:?}");
    assert_eq!(api_ports[0]["inner_port"], 8080);
    engine_chose_port(&engine, c, "8080/tcp");
}

#[test]
fn a_port_published_without_an_outer_port_is_one_the_engine_chose() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    run_service(cli, "dyn", &["-p", "80"], "httpd -f -p 80 -h /www", IMAGE);
    engine_chose_port(&engine, &api_containers(cli, "dyn")[0], "80/tcp");
    // A restart and a redeploy have the engine choose again.
    cli.run(&["service", "stop", "dyn", "--sync"]).ok();
    cli.run(&["service", "start", "dyn", "--sync"]).ok();
    engine_chose_port(&engine, &api_containers(cli, "dyn")[0], "80/tcp");
    cli.run(&["service", "redeploy", "dyn", "--sync"]).ok();
    engine_chose_port(&engine, &api_containers(cli, "dyn")[0], "80/tcp");
}

#[test]
fn a_redeploy_to_an_image_the_engine_cannot_get_keeps_the_old_container() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    run_service(cli, "keep", &["-p", "80"], "sleep 1000", IMAGE);
    let uuid = first_uuid(cli, "keep");
    let before = engine.container(&uuid)["Id"].clone();
    let missing = format!("docker-cloud-test/missing:{}", engine.instance);
    let set = ["service", "set", "keep", "--image", &missing, "--redeploy"];
    cli.run(&[&set[..], &["--sync"]].concat()).fails(3);
    let log = newest_action_log(cli);
    assert!(
        log.contains(&format!("cannot pull image {missing}")),
        "{log}"
    );
    let kept = engine.container(&uuid);
    assert_eq!(kept["Id"], before, "the old container is kept");
    assert_eq!(kept["State"]["Running"], true);
    let c = &api_containers(cli, "keep")[0];
    assert_eq!(c["state"], "Running");
    // The API shows the port the old container still has.
    engine_chose_port(&engine, c, "80/tcp");
}

#[test]
fn a_restarted_server_copies_each_log_line_once() {
    let Some(durable) = Durable::new() else {
        return;
    };
    let mut first = durable.start();
    let talk = "sh -c 'echo one; echo one; sleep 2; echo two; sleep 1000'";
    run_service(&first.cli, "talk", &[], talk, IMAGE);
    let logs = |cli: &Cli| cli.run(&["container", "logs", "talk-1"]).ok().to_string();
    eventually("the first lines", || logs(&first.cli) == "one\none\n");
    // `two` is written while no server runs.
    first.kill();
    let second = durable.start();
    eventually("the line written meanwhile", || {
        logs(&second.cli).contains("two")
    });
    assert_eq!(logs(&second.cli), "one\none\ntwo\n");
    drop(first);
}

/// A named volume, removed on drop.
struct NamedVolume(String);

impl Drop for NamedVolume {
    fn drop(&mut self) {
        let _ = Command::new("docker")
            .args(["volume", "rm", "-f", &self.0])
            .output();
    }
}

/// Whether the engine has volume `name`.
fn volume_exists(name: &str) -> bool {
    Command::new("docker")
        .args(["volume", "inspect", name])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn volumes_outlive_a_redeploy_and_anonymous_ones_go_with_the_service() {
    // Declared first, dropped after the server's containers.
    let named = NamedVolume(format!("dockercloud-test-{}-named", std::process::id()));
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    let bind = format!("{}:/named", named.0);
    let write = "sh -c 'echo x >> /data/f; echo y >> /named/g; sleep 1000'";
    run_service(cli, "vol", &["-v", "/data", "-v", &bind], write, IMAGE);
    let uuid = first_uuid(cli, "vol");
    let mounts = engine.container(&uuid)["Mounts"].clone();
    let anonymous = mounts
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["Destination"] == "/data")
        .and_then(|m| m["Name"].as_str())
        .unwrap()
        .to_string();
    cli.run(&["service", "redeploy", "vol", "--sync"]).ok();
    let read = cli.run(&["exec", "vol-1", "--", "cat", "/data/f", "/named/g"]);
    assert_eq!(read.ok(), "x\nx\ny\ny\n");
    cli.run(&["service", "terminate", "vol", "--sync"]).ok();
    assert!(
        !volume_exists(&anonymous),
        "the anonymous volume is removed"
    );
    assert!(volume_exists(&named.0), "the named volume is kept");
}

#[test]
fn a_new_image_for_the_tag_redeploys_autoredeploy_services() {
    let Some(engine) = Engine::start(&[]) else {
        return;
    };
    let cli = &engine.cli;
    let tag = format!("docker-cloud-test/auto:{}", engine.instance);
    docker(&["tag", IMAGE, &tag]);
    run_service(cli, "auto", &["--autoredeploy"], "sleep 1000", &tag);
    let uuid = first_uuid(cli, "auto");
    let before = engine.container(&uuid)["Id"].clone();
    // A new image under the same tag.
    let busybox = std::env::var("BUSYBOX").unwrap_or_else(|_| "/bin/busybox".into());
    build_image(&busybox, &tag, "new");
    eventually("the redeploy", || {
        let e = engine
            .containers()
            .into_iter()
            .find(|c| c["Config"]["Labels"]["dockercloud.container"] == uuid.as_str());
        e.is_some_and(|e| e["Id"] != before && e["State"]["Running"] == true)
    });
    let actions = cli.run(&["action", "ls", "--json"]).json();
    assert!(actions
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["action"] == "Service Redeploy"));
    // Its container goes first, so that the image it used can go with the tag.
    cli.run(&["service", "terminate", "auto", "--sync"]).ok();
    let _ = Command::new("docker").args(["rmi", "-f", &tag]).output();
}
