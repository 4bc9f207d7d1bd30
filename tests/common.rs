//! Helpers shared by the integration tests: a server on a free port and the client binary.
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};

pub use crate::server::{spawn_server, stop_and_read_stderr, text, Server, APIKEY, USER};

#[path = "../benches/support/mod.rs"]
mod support;

/// The `docker-cloud-server` binary ([`support::server_bin`]), which must exist.
pub fn server_bin() -> std::path::PathBuf {
    let bin = support::server_bin();
    assert!(
        bin.exists(),
        "{} is missing: run the tests from the workspace root (`cargo test`), or build it with `cargo build -p docker-cloud-server`",
        bin.display()
    );
    bin
}

/// The API dialect a client test speaks; command suites run in both (see
/// [`both_dialects!`](crate::both_dialects)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// The Docker Cloud API, configured with `DOCKERCLOUD_*` variables.
    DockerCloud,
    /// The Tutum API, configured with `TUTUM_*` variables only.
    Tutum,
}

impl Dialect {
    /// The variable holding the REST host in this dialect.
    pub fn rest_host_var(self) -> &'static str {
        match self {
            Dialect::DockerCloud => "DOCKERCLOUD_REST_HOST",
            Dialect::Tutum => "TUTUM_REST_HOST",
        }
    }

    /// The variable holding the API key in this dialect.
    pub fn apikey_var(self) -> &'static str {
        match self {
            Dialect::DockerCloud => "DOCKERCLOUD_APIKEY",
            Dialect::Tutum => "TUTUM_APIKEY",
        }
    }

    /// A Docker Cloud API path as this dialect writes it: Tutum drops the subsystem
    /// (`/api/app/v1/service/` → `/api/v1/service/`) and calls repositories images.
    pub fn path(self, docker_cloud: &str) -> String {
        match self {
            Dialect::DockerCloud => docker_cloud.to_string(),
            Dialect::Tutum => {
                let rest = docker_cloud
                    .strip_prefix("/api/")
                    .and_then(|rest| rest.split_once("/v1/"))
                    .map_or(docker_cloud, |(_, rest)| rest);
                let rest = rest
                    .strip_prefix("repository/")
                    .map_or(rest.to_string(), |r| format!("image/{r}"));
                format!("/api/v1/{rest}")
            }
        }
    }
}

/// Generates, for each named `fn name(d: Dialect)`, the tests `dockercloud::name` and
/// `tutum::name`.
#[macro_export]
macro_rules! both_dialects {
    ($($name:ident),* $(,)?) => {
        mod dockercloud {
            $(#[test] fn $name() { super::$name($crate::common::Dialect::DockerCloud) })*
        }
        mod tutum {
            $(#[test] fn $name() { super::$name($crate::common::Dialect::Tutum) })*
        }
    };
}

/// The outcome of one `docker-cloud` run.
#[derive(Debug)]
pub struct Run {
    /// Exit status (-1 when killed by a signal).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts exit status 0 and returns stdout.
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "expected success: {self:#?}");
        &self.stdout
    }

    /// Asserts the exit status and returns stderr.
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(self.code, code, "unexpected exit status: {self:#?}");
        &self.stderr
    }

    /// Asserts a usage error (exit 2) of `args`: one stderr line that contains `shown`, and
    /// nothing on stdout.
    pub fn usage_error_naming(&self, args: &[&str], shown: &str) {
        let err = self.fails(2);
        assert_eq!(err.lines().count(), 1, "{args:?}: {self:#?}");
        assert!(
            err.contains(shown),
            "{args:?} should name {shown}: {self:#?}"
        );
        assert!(self.stdout.is_empty());
    }

    /// Asserts exit status 3 and, as all of stderr, `Cannot find <what> with the identifier
    /// '<id>'` (`what`: `a service`).
    pub fn not_found(&self, what: &str, id: &str) {
        let expected = format!("Cannot find {what} with the identifier '{id}'\n");
        assert_eq!(self.fails(3), expected);
    }

    /// Asserts the refusal of an identifier that several `label`s match (exit 3): one stderr
    /// line, `More than one <label> matches '...`, ending with how to name one (`... uuid`).
    pub fn ambiguous(&self, label: &str) {
        let err = self.fails(3);
        let start = format!("More than one {label} matches '");
        assert!(
            err.starts_with(&start) && err.trim_end().ends_with("uuid"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }

    /// Asserts success with one uuid on stdout (a created or changed object's), and returns
    /// it.
    pub fn uuid(&self) -> String {
        let uuid = self.ok().trim().to_string();
        assert_eq!(uuid.len(), 36, "{self:#?}");
        uuid
    }

    /// Stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.ok()).unwrap_or_else(|e| panic!("bad JSON ({e}): {self:#?}"))
    }
}

/// Runs `docker-cloud` with a clean environment: a private HOME and DOCKER_CONFIG, the
/// server's hosts and (by default) the test user's API key.
#[derive(Clone)]
pub struct Cli {
    /// The private home directory (holds `.docker/config.json` when a test writes one),
    /// shared by clones.
    pub home: std::rc::Rc<tempfile::TempDir>,
    env: Vec<(String, String)>,
}

impl Cli {
    /// A client for `server` authenticated with the test user's API key.
    pub fn new(server: &Server) -> Cli {
        Cli::for_url(&server.url, &server.ws_url)
            .with("DOCKERCLOUD_USER", USER)
            .with("DOCKERCLOUD_APIKEY", APIKEY)
    }

    /// A client for `server` speaking `dialect`, authenticated with the test user's API key:
    /// Docker Cloud as [`Cli::new`]; Tutum with `TUTUM_USER`, `TUTUM_APIKEY`,
    /// `TUTUM_REST_HOST` and `TUTUM_STREAM_HOST` and no `DOCKERCLOUD_*` variable.
    pub fn in_dialect(server: &Server, dialect: Dialect) -> Cli {
        match dialect {
            Dialect::DockerCloud => Cli::new(server),
            Dialect::Tutum => Cli::for_url(&server.url, &server.ws_url)
                .without("DOCKERCLOUD_REST_HOST")
                .without("DOCKERCLOUD_STREAM_HOST")
                .with("TUTUM_REST_HOST", &server.url)
                .with("TUTUM_STREAM_HOST", &server.ws_url)
                .with("TUTUM_USER", USER)
                .with("TUTUM_APIKEY", APIKEY),
        }
    }

    /// A client for these hosts without credentials.
    pub fn for_url(rest: &str, stream: &str) -> Cli {
        let home = tempfile::tempdir().expect("temp home");
        let path = home.path().display().to_string();
        Cli {
            env: vec![
                ("HOME".into(), path.clone()),
                ("DOCKER_CONFIG".into(), format!("{path}/.docker")),
                ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
                ("DOCKERCLOUD_REST_HOST".into(), rest.into()),
                ("DOCKERCLOUD_STREAM_HOST".into(), stream.into()),
            ],
            home: std::rc::Rc::new(home),
        }
    }

    /// A client with credentials whose every request fails (nothing listens): exit 2 with it
    /// proves that the command stopped before its first request (a failed request exits 3).
    pub fn offline() -> Cli {
        Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
            .with("DOCKERCLOUD_USER", "u")
            .with("DOCKERCLOUD_APIKEY", "k")
    }

    /// Sets (or replaces) an environment variable.
    pub fn with(mut self, name: &str, value: &str) -> Cli {
        self.env.retain(|(k, _)| k != name);
        self.env.push((name.into(), value.into()));
        self
    }

    /// Removes an environment variable.
    pub fn without(mut self, name: &str) -> Cli {
        self.env.retain(|(k, _)| k != name);
        self
    }

    /// The command, ready to run.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_docker-cloud"));
        command.env_clear().args(args).stdin(Stdio::null());
        for (k, v) in &self.env {
            command.env(k, v);
        }
        command
    }

    /// Starts `docker-cloud ARGS` with its stdout and stderr piped.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        self.command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run docker-cloud")
    }

    /// Runs `docker-cloud ARGS` and collects its output.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = self.command(args).output().expect("run docker-cloud");
        Run::from(output)
    }
}

impl Run {
    /// The requests a `--debug` run traced, as `METHOD URL` (the `> ` lines naming a method).
    pub fn requests(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter_map(|line| line.strip_prefix("> "))
            .filter(|line| {
                ["GET ", "POST ", "PATCH ", "DELETE "]
                    .iter()
                    .any(|method| line.starts_with(method))
            })
            .collect()
    }

    /// The `method` (`PATCH`) requests a `--debug` run traced (see [`Run::requests`]).
    pub fn sent(&self, method: &str) -> Vec<&str> {
        let start = format!("{method} ");
        self.requests()
            .into_iter()
            .filter(|r| r.starts_with(&start))
            .collect()
    }

    /// Whether a `--debug` run sent nothing but GET requests.
    pub fn only_read(&self) -> bool {
        self.requests().iter().all(|r| r.starts_with("GET "))
    }

    /// Stdout of a successful run as a sequence of JSON documents (one per `inspect` id).
    pub fn json_docs(&self) -> Vec<serde_json::Value> {
        serde_json::Deserializer::from_str(self.ok())
            .into_iter()
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("bad JSON ({e}): {self:#?}"))
    }
}

/// Runs `docker-cloud ARGS` with `input` on stdin (a pipe, not a terminal).
pub fn run_with_stdin(cli: &Cli, args: &[&str], input: &str) -> Run {
    use std::io::Write;
    let mut child = cli
        .command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run docker-cloud");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write stdin");
    drop(stdin);
    let output = child.wait_with_output().expect("wait for docker-cloud");
    Run::from(output)
}

/// A server with the demo data and a Docker Cloud client for it.
pub fn demo() -> (Server, Cli) {
    demo_in(Dialect::DockerCloud)
}

/// A server with the demo data and a client for it speaking `dialect`.
pub fn demo_in(dialect: Dialect) -> (Server, Cli) {
    start_in(dialect, &["--seed", "demo"])
}

/// A server started with `args` (`--speed instant` is implied) and a client for it
/// speaking `dialect`.
pub fn start_in(dialect: Dialect, args: &[&str]) -> (Server, Cli) {
    let server = Server::start(args);
    let cli = Cli::in_dialect(&server, dialect);
    (server, cli)
}

/// Runs `docker-cloud ARGS` with `dir` as the working directory.
pub fn run_in(cli: &Cli, dir: &std::path::Path, args: &[&str]) -> Run {
    let output = cli
        .command(args)
        .current_dir(dir)
        .output()
        .expect("run docker-cloud");
    Run::from(output)
}

/// The JSON bodies a `--debug` run sent, in order.
pub fn bodies(run: &Run) -> Vec<serde_json::Value> {
    run.stderr
        .lines()
        .filter_map(|line| line.strip_prefix("> {"))
        .map(|body| serde_json::from_str(&format!("{{{body}")).expect("traced JSON body"))
        .collect()
}

/// The `name` of each object of a JSON list.
pub fn names_of(list: &serde_json::Value) -> Vec<&str> {
    let objects = list.as_array().expect("a JSON list");
    objects.iter().map(|object| text(object, "name")).collect()
}

/// A first digit that two or more of `uuids` share: 17 or more uuids over 16 hex digits
/// always have one.
pub fn shared_first_digit<S: AsRef<str>>(uuids: &[S]) -> String {
    let firsts: Vec<char> = uuids
        .iter()
        .map(|u| u.as_ref().chars().next().unwrap())
        .collect();
    firsts
        .iter()
        .find(|c| firsts.iter().filter(|d| d == c).count() > 1)
        .expect("a shared first digit")
        .to_string()
}

/// The uuid at the end of a resource URI.
pub fn uri_uuid(uri: &str) -> &str {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
}

/// A pseudo-terminal `columns` wide: the master side, to read what a program shows and type
/// into it, and the slave side, to hand to the program as its terminal.
pub fn pty(columns: u16) -> (std::fs::File, std::fs::File) {
    use std::os::fd::FromRawFd;
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: plain out-parameters and a fully initialised window size.
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(opened, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned by these files alone.
    unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::fs::File::from_raw_fd(slave),
        )
    }
}

/// Runs `docker-cloud ARGS` with stdout on a fresh pseudo-terminal `columns` wide (stdin
/// empty, stderr piped) and returns what the terminal showed, without carriage returns.
pub fn run_on_terminal(cli: &Cli, args: &[&str], columns: u16) -> Run {
    run_with_terminal(cli, args, columns, false)
}

/// Runs `docker-cloud ARGS` with stderr on a fresh pseudo-terminal (stdin empty, stdout
/// piped) and returns what the terminal showed as `stderr`, without carriage returns.
pub fn run_with_terminal_stderr(cli: &Cli, args: &[&str]) -> Run {
    run_with_terminal(cli, args, 120, true)
}

/// Runs `docker-cloud ARGS` with stdout, or stderr when `stderr`, on a pseudo-terminal and
/// the other stream piped.
fn run_with_terminal(cli: &Cli, args: &[&str], columns: u16, stderr: bool) -> Run {
    use std::io::Read;
    let (mut terminal, slave) = pty(columns);
    let mut command = cli.command(args);
    if stderr {
        command.stdout(Stdio::piped()).stderr(Stdio::from(slave));
    } else {
        command.stdout(Stdio::from(slave)).stderr(Stdio::piped());
    }
    let child = command.spawn().expect("run docker-cloud");
    // The terminal ends (EIO) once the program and every copy of its side are gone.
    drop(command);
    let mut shown = Vec::new();
    let _ = terminal.read_to_end(&mut shown);
    let output = child.wait_with_output().expect("wait for docker-cloud");
    let shown = String::from_utf8_lossy(&shown).replace('\r', "");
    let (stdout, stderr) = if stderr {
        (String::from_utf8_lossy(&output.stdout).into_owned(), shown)
    } else {
        (shown, String::from_utf8_lossy(&output.stderr).into_owned())
    };
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout,
        stderr,
    }
}

/// A PATH with the `docker-cloud` under test first, through a link in `dir/bin` (for the
/// shells and scripts that run it by name).
pub fn path_with_client(dir: &std::path::Path) -> String {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_docker-cloud"), bin.join("docker-cloud"))
        .unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Starts `docker-cloud ARGS` with a terminal (`columns` wide) as stdin, for prompts; stdout
/// and stderr are pipes. Returns the terminal's other side, the child and its stderr.
pub fn spawn_with_terminal_stdin(
    cli: &Cli,
    args: &[&str],
    columns: u16,
) -> (std::fs::File, Child, std::process::ChildStderr) {
    let (terminal, slave) = pty(columns);
    let mut command = cli.command(args);
    command
        .stdin(Stdio::from(slave))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("run docker-cloud");
    drop(command);
    let stderr = child.stderr.take().unwrap();
    (terminal, child, stderr)
}

/// Reads from `from` one byte at a time until `text` has been seen or the input ends, and
/// returns what was read.
pub fn read_until(from: &mut impl std::io::Read, text: &str) -> String {
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains(text) {
        match from.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&seen).into_owned()
}

/// What a terminal (the master side of [`pty`]) has shown and not yet been read, without
/// waiting for more.
pub fn shown_so_far(terminal: &mut std::fs::File) -> String {
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let fd = terminal.as_raw_fd();
    // SAFETY: `fd` is an open descriptor owned by `terminal`; only its flags change.
    unsafe {
        libc::fcntl(
            fd,
            libc::F_SETFL,
            libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK,
        );
    }
    let mut shown = Vec::new();
    let _ = terminal.read_to_end(&mut shown);
    String::from_utf8_lossy(&shown).into_owned()
}
