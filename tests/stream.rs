//! Integration tests for the stream commands: `event`, `logs` (tail and follow) and `exec`,
//! against the sandbox over loopback WebSocket.

use std::collections::HashSet;
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use crate::common::{demo, demo_in, run_with_stdin, Cli, Dialect, Run, Server};
use crate::lines::lines_of;
use serde_json::Value;

/// Upper bound for anything a test waits for; never a timing assertion.
const PATIENCE: Duration = Duration::from_secs(30);

/// A running `docker-cloud` whose stdout and stderr lines arrive on channels.
struct Spawned {
    child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
    err_seen: Vec<String>,
}

impl Spawned {
    fn start(cli: &Cli, args: &[&str]) -> Spawned {
        let mut child = cli.spawn(args);
        let stdout = lines_of(child.stdout.take().expect("stdout"));
        let stderr = lines_of(child.stderr.take().expect("stderr"));
        Spawned {
            child,
            stdout,
            stderr,
            err_seen: Vec::new(),
        }
    }

    /// Waits for a stdout line; panics (after killing the process) when none comes.
    fn line(&mut self) -> String {
        match self.stdout.recv_timeout(PATIENCE) {
            Ok(line) => line,
            Err(_) => self.fail("no stdout line came"),
        }
    }

    /// Stdout lines up to and including the first one that `last` accepts.
    fn lines_until(&mut self, last: impl Fn(&str) -> bool) -> Vec<String> {
        let mut lines = Vec::new();
        loop {
            let line = self.line();
            let done = last(&line);
            lines.push(line);
            if done {
                return lines;
            }
        }
    }

    /// Waits until `count` stderr lines so far contain `text`.
    fn wait_stderr(&mut self, text: &str, count: usize) {
        let deadline = Instant::now() + PATIENCE;
        while self.err_seen.iter().filter(|l| l.contains(text)).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) => self.err_seen.push(line),
                Err(_) => self.fail(&format!("stderr never showed {text:?} {count} time(s)")),
            }
        }
    }

    /// Sends SIGINT and returns the exit status.
    fn interrupt(&mut self) -> i32 {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: signals a child process this test started and still owns.
        unsafe {
            libc::kill(pid, libc::SIGINT);
        }
        self.wait()
    }

    /// Waits for the exit status.
    fn wait(&mut self) -> i32 {
        match exit_status(&mut self.child) {
            Some(code) => code,
            None => self.fail("the process did not end (or was killed by a signal)"),
        }
    }

    /// All stderr lines so far, after the process ended.
    fn stderr_lines(&mut self) -> Vec<String> {
        self.err_seen.extend(self.stderr.try_iter());
        while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(2)) {
            self.err_seen.push(line);
        }
        self.err_seen.clone()
    }

    fn fail(&mut self, what: &str) -> ! {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.err_seen.extend(self.stderr.try_iter());
        panic!("{what}; stderr: {:#?}", self.err_seen);
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The exit status of `child` once it ends within the test's patience; `None` if it does
/// not (or a signal ended it).
fn exit_status(child: &mut Child) -> Option<i32> {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// `event --json --debug`, connected (the `--debug` trace shows the upgrade).
fn subscribe(cli: &Cli) -> Spawned {
    let mut events = Spawned::start(cli, &["event", "--json", "--debug"]);
    events.wait_stderr("< 101", 1);
    events
}

fn parse(line: &str) -> Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

/// Whether the line is the event of an action reaching Success.
fn action_succeeded(line: &str) -> bool {
    let event = parse(line);
    event["type"] == "action" && event["state"] == "Success"
}

fn uuid_of(line: &str) -> String {
    parse(line)["uuid"].as_str().unwrap_or_default().to_string()
}

/// Runs a command that must end by itself within the test's patience.
pub fn run_bounded(cli: &Cli, args: &[&str]) -> Run {
    let mut spawned = Spawned::start(cli, args);
    let code = spawned.wait();
    // Every line, up to the end of the output: the reader may still be passing lines on.
    let mut lines = Vec::new();
    while let Ok(line) = spawned.stdout.recv_timeout(PATIENCE) {
        lines.push(line);
    }
    let stdout = lines.join("\n");
    let stderr = spawned.stderr_lines().join("\n");
    Run {
        code,
        stdout,
        stderr,
    }
}

fn event_json_prints_changes_made_by_another_command_and_ctrl_c_exits_0(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let mut events = subscribe(&cli);
    let web = cli.run(&["service", "inspect", "web"]).json();
    cli.run(&["service", "stop", "web"]).ok();
    let lines = events.lines_until(action_succeeded);
    let uri = web["resource_uri"].as_str().unwrap_or_default();
    assert!(
        lines
            .iter()
            .map(|l| parse(l))
            .any(|e| e["type"] == "service" && e["resource_uri"] == uri && e["state"] == "Stopped"),
        "{lines:#?}"
    );
    assert!(lines.iter().all(|l| parse(l)["type"] != "auth"));
    assert_eq!(events.interrupt(), 0);
    let stderr = events.stderr_lines();
    assert!(
        !stderr.iter().any(|l| l.contains("reconnecting")),
        "{stderr:#?}"
    );
    assert!(!stderr.iter().any(|l| l.contains("tester-apikey")));
}

/// A demo sandbox with the `--fault` `rule`.
fn demo_with_fault(rule: &str) -> Server {
    Server::start(&["--seed", "demo", "--fault", rule])
}

#[test]
fn event_reconnects_after_a_drop_and_then_misses_nothing() {
    let sb = demo_with_fault("ws-drop=2,count=1,path=/api/audit/v1/events*");
    let cli = Cli::new(&sb);
    // The first subscriber gets the fault (after the auth message and one event); the
    // second one sees everything and is the reference.
    let mut dropped = subscribe(&cli);
    let mut reference = subscribe(&cli);
    cli.run(&["service", "stop", "web"]).ok();
    let stopped = reference.lines_until(action_succeeded);
    let before = dropped.line();
    dropped.wait_stderr("reconnecting in", 1);
    // Made while the client waits to reconnect (its first back-off is at least 250 ms): the
    // new connection asks for the events since the last one it printed.
    cli.run(&["service", "start", "web"]).ok();
    let started = reference.lines_until(action_succeeded);

    let mut after = vec![before];
    after.extend(dropped.lines_until(action_succeeded));
    assert_eq!(after, stopped);
    assert_eq!(dropped.lines_until(action_succeeded), started);
    let uuids: Vec<String> = stopped.iter().chain(&started).map(|l| uuid_of(l)).collect();
    assert_eq!(uuids.iter().collect::<HashSet<_>>().len(), uuids.len());
    assert_eq!(dropped.interrupt(), 0);
    assert_eq!(reference.interrupt(), 0);
    let notes = dropped.stderr_lines();
    assert!(!notes.iter().any(|l| l.contains("missed")), "{notes:#?}");
}

#[test]
fn event_says_when_a_reconnect_may_have_missed_events() {
    // A restarted server no longer knows the last event the client saw: it announces a gap.
    let first = Server::start(&["--seed", "demo"]);
    let port = first.url.rsplit(':').next().and_then(|p| p.parse().ok());
    let port: u16 = port.unwrap_or_else(|| panic!("no port in {}", first.url));
    let cli = Cli::new(&first);
    let mut events = subscribe(&cli);
    cli.run(&["service", "stop", "web"]).ok();
    events.lines_until(action_succeeded);
    drop(first);
    events.wait_stderr("reconnecting in", 1);
    let _second = Server::start_on(port, "instant", &["--seed", "demo"]);
    events.wait_stderr(
        "events published while disconnected may have been missed",
        1,
    );
    assert_eq!(events.interrupt(), 0);
}

#[test]
fn event_fails_at_once_when_the_first_connection_cannot_be_made() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let cli = Cli::for_url(
        &format!("http://127.0.0.1:{port}"),
        &format!("ws://127.0.0.1:{port}"),
    )
    .with("DOCKERCLOUD_USER", "tester")
    .with("DOCKERCLOUD_APIKEY", "tester-apikey");
    let run = run_bounded(&cli, &["event", "--json"]);
    let stderr = run.fails(3);
    assert!(stderr.contains("cannot connect"), "{run:#?}");
    assert!(!stderr.contains("reconnecting"), "{run:#?}");
}

#[test]
fn event_reconnects_with_back_off_once_a_stream_worked() {
    let server = Server::start(&["--seed", "demo"]);
    let cli = Cli::new(&server);
    let mut events = subscribe(&cli);
    drop(server);
    events.wait_stderr("reconnecting in", 1);
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(events.interrupt(), 0);
    let attempts = events
        .stderr_lines()
        .iter()
        .filter(|l| l.contains("reconnecting in"))
        .count();
    // Back-off from 0.5 s doubling: at most a handful of attempts in ~3 s, never a storm.
    assert!((1..=8).contains(&attempts), "{attempts} attempts");
}

/// A forwarding HTTP proxy on loopback: `CONNECT host:port` opens a tunnel, any other
/// request (absolute form) is passed to its host as it is. Returns its URL and the request
/// lines it saw.
fn proxy() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::Write;
    use std::net::{TcpListener, TcpStream};

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        for mut client in listener.incoming().flatten() {
            let head = crate::common::read_until(&mut client, "\r\n\r\n");
            let line = head.lines().next().unwrap_or_default().to_string();
            record.lock().unwrap().push(line.clone());
            let target = match line.split_whitespace().collect::<Vec<_>>()[..] {
                ["CONNECT", target, _] => target.to_string(),
                [_, uri, _] => uri
                    .trim_start_matches("http://")
                    .split('/')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                _ => continue,
            };
            let Ok(mut server) = TcpStream::connect(&target) else {
                continue;
            };
            if line.starts_with("CONNECT") {
                let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            } else {
                let _ = server.write_all(head.as_bytes());
            }
            let (mut back, mut forth) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut back, &mut forth);
                let _ = forth.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut server, &mut client);
                let _ = client.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    (url, seen)
}

#[test]
fn streams_go_through_the_proxy_unless_no_proxy_names_the_host() {
    let (server, cli) = demo();
    let (proxy_url, seen) = proxy();
    let stream_host = server.ws_url.trim_start_matches("ws://").to_string();
    let proxied = cli.clone().with("HTTP_PROXY", &proxy_url);
    let run = run_bounded(&proxied, &["container", "logs", "web-1", "--tail", "2"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout.lines().count(), 2, "{run:#?}");
    let lines = seen.lock().unwrap().clone();
    assert!(
        lines.contains(&format!("CONNECT {stream_host} HTTP/1.1")),
        "{lines:#?}"
    );
    seen.lock().unwrap().clear();
    let direct = proxied.with("NO_PROXY", "127.0.0.1");
    let run = run_bounded(&direct, &["container", "logs", "web-1", "--tail", "2"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:#?}",
        seen.lock().unwrap()
    );
    // A proxy that cannot be reached is the stream's error (exit 3), its password never shown.
    let broken = cli.with("HTTP_PROXY", "http://u:s3cret@127.0.0.1:9");
    let run = run_bounded(&broken, &["event"]);
    assert!(run.fails(3).contains("through the proxy"), "{run:#?}");
    assert!(!run.stderr.contains("s3cret"), "{run:#?}");
}

fn event_with_bad_credentials_is_an_auth_error(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let cli = cli.with(d.apikey_var(), "wrong");
    let run = run_bounded(&cli, &["event"]);
    let stderr = run.fails(2);
    assert!(stderr.contains("Not authorized"), "{stderr}");
    assert!(!stderr.contains("wrong"));
}

fn event_jq_prints_what_the_filter_makes_of_each_event(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let web = cli.run(&["service", "inspect", "web"]).json();
    let args = [
        "event",
        "--debug",
        "--type",
        "service",
        "--state",
        "stopped",
        "--jq",
        ".resource_uri",
    ];
    let mut events = Spawned::start(&cli, &args);
    events.wait_stderr("< 101", 1);
    cli.run(&["service", "stop", "web", "--sync"]).ok();
    assert_eq!(
        events.line(),
        web["resource_uri"].as_str().unwrap_or_default()
    );
    events.interrupt();
}

fn event_filters_by_type_object_and_state(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let web = cli.run(&["service", "inspect", "web"]).json();
    let args = [
        "event", "--json", "--debug", "--type", "service", "--object", "web", "--state", "stopped",
    ];
    let mut events = Spawned::start(&cli, &args);
    events.wait_stderr("< 101", 1);
    cli.run(&["service", "stop", "db", "--sync"]).ok();
    cli.run(&["service", "stop", "web", "--sync"]).ok();
    // The first event shown is web's Stopped: nothing about db, containers or actions, and
    // not web's Stopping.
    let first = parse(&events.line());
    assert_eq!(first["type"], "service", "{first}");
    assert_eq!(first["state"], "Stopped", "{first}");
    assert_eq!(first["resource_uri"], web["resource_uri"], "{first}");
    events.interrupt();
    // An unknown type is a usage error.
    let bad = cli.run(&["event", "--type", "volume"]);
    bad.usage_error_naming(&["event", "--type", "volume"], "volume");
}

fn logs_since_and_timestamps(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let all = cli.run(&["container", "logs", "db-1"]);
    assert!(all.ok().lines().count() > 2, "{all:#?}");
    // The demo's lines are days old; stopping the container logs one now (on stderr).
    assert_eq!(
        cli.run(&["container", "logs", "db-1", "--since", "1h"])
            .ok(),
        ""
    );
    cli.run(&["container", "stop", "db-1", "--sync"]).ok();
    let recent = cli.run(&["container", "logs", "db-1", "--since", "10m", "--json"]);
    let recent: Vec<&str> = recent.ok().lines().collect();
    assert_eq!(recent.len(), 1, "{recent:#?}");
    let stamped = cli.run(&["container", "logs", "db-1", "--timestamps", "--tail", "3"]);
    for line in stamped.ok().lines() {
        let (time, _) = line.split_once(' ').unwrap();
        assert!(
            time.len() == 20 && time.as_bytes()[10] == b'T' && time.ends_with('Z'),
            "{line}"
        );
        assert!(chrono::DateTime::parse_from_rfc3339(time).is_ok(), "{line}");
    }
    let bad = cli.run(&["container", "logs", "db-1", "--since", "soon"]);
    bad.usage_error_naming(&["--since", "soon"], "soon");
}

fn logs_with_tail_end_after_the_backlog(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let run = run_bounded(&cli, &["container", "logs", "web-1", "--tail", "2"]);
    let out = run.ok();
    assert!(!out.is_empty() && out.lines().count() <= 2, "{out}");

    let run = run_bounded(&cli, &["service", "logs", "web", "-t", "3"]);
    assert!(
        run.ok()
            .lines()
            .all(|l| l.starts_with("web-1 | ") || l.starts_with("web-2 | ")),
        "{run:#?}"
    );
    assert!(!run.stdout.contains('\x1b'), "no colours on a pipe");

    let run = run_bounded(
        &cli,
        &["container", "logs", "--json", "web-1", "--tail", "1"],
    );
    assert_eq!(parse(run.ok())["type"], "log");
}

fn logs_follow_prints_new_lines_and_ends_with_the_container(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let mut logs = Spawned::start(&cli, &["container", "logs", "web-1", "-f", "--tail", "1"]);
    logs.line();
    cli.run(&["container", "stop", "web-1"]).ok();
    // The stop notice is a stderr line of the container.
    logs.wait_stderr("SIGTERM", 1);
    cli.run(&["container", "terminate", "web-1"]).ok();
    assert_eq!(logs.wait(), 0);
}

fn logs_follow_ends_with_0_on_ctrl_c(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let mut logs = Spawned::start(&cli, &["service", "logs", "--follow", "web", "-t", "1"]);
    logs.line();
    assert_eq!(logs.interrupt(), 0);
}

fn exec_sends_piped_stdin_and_exits_with_the_remote_status(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let run = run_with_stdin(&cli, &["exec", "web-1"], "echo hello\nexit 7\n");
    assert_eq!(run.code, 7, "{run:#?}");
    assert_eq!(run.stdout, "hello\n");

    let run = run_with_stdin(&cli, &["container", "exec", "web-1", "cat"], "one\ntwo");
    assert_eq!(run.ok(), "one\ntwo");
}

fn exec_quotes_the_command_and_takes_everything_after_the_container(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let args = [
        "exec",
        "web-1",
        "--",
        "sh",
        "-c",
        "echo \"$HOSTNAME\" 'it''s' a\\b $0",
    ];
    let run = run_bounded(&cli, &args);
    // The remote shell gets the script as one word: its quotes and `$` are its own.
    assert_eq!(run.ok(), "web-1 its ab ");

    let run = run_bounded(&cli, &["exec", "web-1", "echo", "-n", "it's $HOME"]);
    assert_eq!(run.ok(), "it's $HOME");

    let run = run_bounded(&cli, &["exec", "web-1", "ls", "/nonexistent"]);
    assert_ne!(run.code, 0);
    assert!(!run.stderr.is_empty(), "{run:#?}");
}

fn exec_into_a_stopped_container_fails_with_one_line(d: Dialect) {
    let (_sb, cli) = demo_in(d);
    let run = run_bounded(&cli, &["exec", "grafana-1", "ls"]);
    let stderr = run.fails(3);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn sync_wait_interrupted_by_ctrl_c_exits_130() {
    let sb = Server::start_at_speed("realistic", &["--seed", "demo"]);
    let cli = Cli::new(&sb);
    let mut stop = Spawned::start(&cli, &["service", "stop", "web", "--sync", "--debug"]);
    // The wait has begun once the action is polled; at this speed it lasts seconds.
    stop.wait_stderr(&format!("> GET {}/api/audit/v1/action/", sb.url), 1);
    assert_eq!(stop.interrupt(), 130);
}

/// Local echo and line editing of the terminal `fd`.
fn cooked(fd: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: reads the attributes of an open terminal into a zeroed structure we own.
    let mut attributes: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(
        unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut attributes) },
        0
    );
    attributes.c_lflag & (libc::ECHO | libc::ICANON) == (libc::ECHO | libc::ICANON)
}

/// Reads the terminal until `text` shows, within the test's patience.
fn expect_shown(terminal: &std::fs::File, text: &str) -> String {
    let mut reader = terminal.try_clone().expect("clone terminal");
    let text = text.to_string();
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        let _ = sender.send(crate::common::read_until(&mut reader, &text));
    });
    receiver
        .recv_timeout(PATIENCE)
        .expect("the terminal showed it")
}

#[test]
fn exec_on_a_terminal_runs_raw_and_restores_the_terminal_on_every_exit() {
    use std::io::Write;
    let (_sb, cli) = demo();
    for interrupt in [false, true] {
        let (mut terminal, slave) = crate::common::pty(80);
        let mut command = cli.command(&["exec", "web-1"]);
        command
            .stdin(slave.try_clone().expect("clone"))
            .stdout(slave.try_clone().expect("clone"))
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("spawn exec");
        drop(command);
        // What the terminal itself may echo does not contain the remote output `hi`.
        terminal.write_all(b"echo h''i\r").expect("type");
        expect_shown(&terminal, "hi");
        assert!(!cooked(&slave), "raw mode while the session runs");
        if interrupt {
            // SAFETY: signals the child this test started.
            unsafe {
                libc::kill(child.id() as libc::pid_t, libc::SIGINT);
            }
        } else {
            terminal.write_all(b"exit 3\r").expect("type");
        }
        let status = exit_status(&mut child);
        let _ = child.kill();
        assert_eq!(status, Some(if interrupt { 130 } else { 3 }));
        assert!(cooked(&slave), "terminal restored (interrupt: {interrupt})");
    }
}

#[test]
fn logs_follow_resumes_after_a_drop_without_repeating_lines() {
    let sb = demo_with_fault("ws-drop=3,count=2,path=/api/app/v1/container/*/logs*");
    let cli = Cli::new(&sb);
    // Without --follow a broken stream is an error, not a silent success.
    let broken = run_bounded(&cli, &["container", "logs", "web-1"]);
    assert!(broken.fails(3).contains("broke"), "{broken:#?}");
    follow_across_a_drop(&cli, None);
}

/// Follows `web-1`'s logs (the last `tail` lines first) across the server's drop, and checks
/// that exactly the backlog's last lines show, once each, and nothing more until the
/// container ends.
fn follow_across_a_drop(cli: &Cli, tail: Option<usize>) {
    let mut args = vec!["container", "logs", "web-1", "-f"];
    let tail_text = tail.map(|n| n.to_string()).unwrap_or_default();
    if tail.is_some() {
        args.extend(["--tail", &tail_text]);
    }
    let mut logs = Spawned::start(cli, &args);
    logs.wait_stderr("reconnecting in", 1);
    // The faults are used up and nothing is logged meanwhile: the backlog is the reference.
    let backlog = cli.run(&["container", "logs", "web-1"]);
    let backlog: Vec<&str> = backlog.ok().lines().collect();
    let shown = tail.unwrap_or(backlog.len());
    assert!(backlog.len() > tail.unwrap_or(3), "{backlog:#?}");
    let lines: Vec<String> = (0..shown).map(|_| logs.line()).collect();
    assert_eq!(lines, backlog[backlog.len() - shown..]);
    cli.run(&["container", "terminate", "web-1"]).ok();
    assert_eq!(logs.wait(), 0);
    assert!(logs
        .stdout
        .try_iter()
        .all(|l| !backlog.contains(&l.as_str())));
}

#[test]
fn logs_follow_with_a_tail_resumes_after_the_last_line_printed() {
    let sb = demo_with_fault("ws-drop=3,count=1,path=/api/app/v1/container/*/logs*");
    // The reconnect replays far more than the 4 lines asked for: none of the older ones
    // shows, and none of the 4 twice.
    follow_across_a_drop(&Cli::new(&sb), Some(4));
}

#[test]
fn logs_with_tail_0_print_nothing() {
    let sb = Server::start(&["--seed", "demo"]);
    let cli = Cli::new(&sb);
    assert_eq!(
        cli.run(&["container", "logs", "web-1", "--tail", "0"]).ok(),
        ""
    );
    assert_eq!(cli.run(&["service", "logs", "web", "-t", "0"]).ok(), "");
}

both_dialects!(
    event_json_prints_changes_made_by_another_command_and_ctrl_c_exits_0,
    event_with_bad_credentials_is_an_auth_error,
    logs_with_tail_end_after_the_backlog,
    logs_since_and_timestamps,
    event_filters_by_type_object_and_state,
    event_jq_prints_what_the_filter_makes_of_each_event,
    logs_follow_prints_new_lines_and_ends_with_the_container,
    logs_follow_ends_with_0_on_ctrl_c,
    exec_sends_piped_stdin_and_exits_with_the_remote_status,
    exec_quotes_the_command_and_takes_everything_after_the_container,
    exec_into_a_stopped_container_fails_with_one_line,
);
