//! What the engine runtimes (`docker`, `swarm`) share: the connection, the environment
//! and aliases of a service's containers, exec sessions, log pumping and engine errors.

use std::collections::HashMap;
use std::sync::Arc;

use bollard::container::LogOutput;
use bollard::models::ExecConfig;
use bollard::query_parameters::{LogsOptions, LogsOptionsBuilder};
use futures_util::{Stream, StreamExt};
use serde_json::{json, Map, Value};
use tokio::io::AsyncWriteExt;
use tokio::sync::{mpsc, oneshot};

use super::Host;
use super::{ExecSession, FieldCheck};
use crate::kind::Kind;
use crate::store::{now, uri_id, Store};

/// Host paths of the Docker socket, which is never mounted into a container.
const DOCKER_SOCKETS: &[&str] = &["/var/run/docker.sock", "/run/docker.sock"];

/// Connects to the engine (`DOCKER_HOST`, else the default socket) and negotiates the API
/// version, so that an older engine is spoken to in its own version.
pub async fn connect() -> Result<(bollard::Docker, String), String> {
    let unreachable = |e: bollard::errors::Error| unreachable_message(&e);
    let api = bollard::Docker::connect_with_defaults().map_err(unreachable)?;
    let api = api.negotiate_version().await.map_err(unreachable)?;
    let version = api.version().await.map_err(unreachable)?;
    Ok((api, version.version.unwrap_or_default()))
}

/// The items of list field `key` of a service (none when it is not a list).
pub fn list_field<'a>(s: &'a Map<String, Value>, key: &str) -> impl Iterator<Item = &'a Value> {
    s.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The texts of list field `key` of a container or service, when it holds any.
pub fn texts(object: &Value, key: &str) -> Option<Vec<String>> {
    let list: Vec<String> = object[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    (!list.is_empty()).then_some(list)
}

/// Text field `key` of a container or service, unless empty.
pub fn text(object: &Value, key: &str) -> Option<String> {
    object[key]
        .as_str()
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The labels of a container or service that have text values.
pub fn labels(object: &Value) -> HashMap<String, String> {
    object["labels"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
        .collect()
}

/// Asserts that [`check_service`] with a runtime's `own` checks refuses each service of
/// `refused` with a message that starts with the text beside it, and accepts `accepted`.
#[cfg(test)]
pub fn assert_checks(own: FieldCheck, refused: &[(Value, &str)], accepted: Value) {
    let check = |service: &Value| check_service(service.as_object().expect("an object"), own);
    for (service, start) in refused {
        let message = check(service).expect_err("refused");
        assert!(message.starts_with(start), "{service}: {message}");
    }
    assert_eq!(check(&accepted), Ok(()));
}

/// An engine runtime for the banner: its name, the engine's version and the server instance.
pub fn describe(runtime: &str, version: &str, instance: &str) -> String {
    format!("{runtime}, engine {version}, instance {instance}")
}

/// Refuses what no engine runtime honours in a service (API or stack-file form), and the
/// nested services of a stack: `roles` and any bind of the Docker socket; `extra` adds the
/// runtime's own refusals.
pub fn check_service(service: &Map<String, Value>, extra: FieldCheck) -> Result<(), String> {
    let nested = list_field(service, "services").filter_map(Value::as_object);
    for s in std::iter::once(service).chain(nested) {
        check_common(s)?;
        extra(s)?;
    }
    Ok(())
}

fn check_common(s: &Map<String, Value>) -> Result<(), String> {
    if list_field(s, "roles").next().is_some() {
        return Err("'roles': containers get no API access from this runtime".into());
    }
    let host_paths = list_field(s, "bindings")
        .filter_map(|b| b["host_path"].as_str())
        .chain(
            list_field(s, "volumes")
                .filter_map(Value::as_str)
                .map(|v| v.split(':').next().unwrap_or_default()),
        );
    for path in host_paths {
        if DOCKER_SOCKETS.contains(&path.trim_end_matches('/')) {
            return Err(format!(
                "'bindings': {path} is the Docker socket, which is never mounted into a container"
            ));
        }
    }
    Ok(())
}

/// Where copying a container's engine log resumes: the second of the last line its log
/// holds, and the lines of that second (which the engine sends again).
struct Resume {
    /// Unix seconds: the engine's log is read from there.
    since: i64,
    /// The lines of that second already held: (stream, text).
    held: Vec<(String, String)>,
}

impl Resume {
    /// After the lines container `uuid`'s log already holds (from before a restart too).
    fn after_held(st: &Store, uuid: &str) -> Resume {
        let held = st.container_log_last_second(uuid);
        Resume {
            since: held.first().map_or(0, |l| l.timestamp),
            held: held.into_iter().map(|l| (l.stream_type, l.log)).collect(),
        }
    }

    /// Whether a line the engine sends (stamped `stamp` in unix ns) is one the log holds;
    /// each held line is matched once.
    fn holds(&mut self, stamp: i64, kind: &str, text: &str) -> bool {
        if stamp.div_euclid(1_000_000_000) > self.since {
            return false;
        }
        if stamp != 0 && stamp.div_euclid(1_000_000_000) < self.since {
            return true;
        }
        match self.held.iter().position(|(k, t)| k == kind && t == text) {
            Some(i) => {
                self.held.remove(i);
                true
            }
            None => false,
        }
    }
}

/// Copies an engine log into container `uuid`'s log, from after the lines the log holds:
/// `open` follows the engine's log, with timestamps, from where the options it is given say.
pub async fn copy_log<S>(app: &Arc<dyn Host>, uuid: &str, open: impl FnOnce(LogsOptions) -> S)
where
    S: Stream<Item = Result<LogOutput, bollard::errors::Error>> + Unpin,
{
    let resume = Resume::after_held(&app.lock(), uuid);
    let options = LogsOptionsBuilder::default()
        .follow(true)
        .stdout(true)
        .stderr(true)
        .timestamps(true)
        .since(resume.since as i32)
        .build();
    pump_logs(app, uuid, open(options), resume).await;
}

/// Copies an engine log stream (with timestamps) into container `uuid`'s log, skipping
/// the lines `resume` says the log holds.
async fn pump_logs(
    app: &Arc<dyn Host>,
    uuid: &str,
    mut stream: impl Stream<Item = Result<LogOutput, bollard::errors::Error>> + Unpin,
    mut resume: Resume,
) {
    let mut partial: HashMap<&'static str, String> = HashMap::new();
    while let Some(Ok(chunk)) = stream.next().await {
        let (kind, bytes) = match chunk {
            LogOutput::StdErr { message } => ("stderr", message),
            LogOutput::StdOut { message } | LogOutput::Console { message } => ("stdout", message),
            _ => continue,
        };
        let buffer = partial.entry(kind).or_default();
        buffer.push_str(&String::from_utf8_lossy(&bytes));
        while let Some(end) = buffer.find('\n') {
            let line: String = buffer.drain(..=end).collect();
            let (stamp, text) = split_timestamp(&line);
            if resume.holds(stamp, kind, text) {
                continue;
            }
            app.lock()
                .container_log_at(uuid, text, kind, stamp.div_euclid(1_000_000_000));
        }
    }
}

/// Starts `command` (through `sh -c`) in a container with its stdin attached.
pub async fn exec(api: &bollard::Docker, name: &str, command: &str) -> Result<ExecSession, String> {
    let cmd = if command.trim().is_empty() {
        vec!["sh".to_string()]
    } else {
        vec!["sh".to_string(), "-c".to_string(), command.to_string()]
    };
    let config = ExecConfig {
        attach_stdin: Some(true),
        attach_stdout: Some(true),
        attach_stderr: Some(true),
        cmd: Some(cmd),
        ..Default::default()
    };
    let id = api
        .create_exec(name, config)
        .await
        .map_err(engine_error)?
        .id;
    let started = api.start_exec(&id, None).await.map_err(engine_error)?;
    let bollard::exec::StartExecResults::Attached {
        mut output,
        mut input,
    } = started
    else {
        return Err("the engine did not attach the exec session".into());
    };
    let (out_tx, out_rx) = mpsc::channel(64);
    let (in_tx, mut in_rx) = mpsc::channel::<Option<String>>(64);
    let (exit_tx, exit_rx) = oneshot::channel();
    tokio::spawn(async move {
        while let Some(text) = in_rx.recv().await {
            match text {
                Some(text) => {
                    if input.write_all(text.as_bytes()).await.is_err() {
                        break;
                    }
                    let _ = input.flush().await;
                }
                None => {
                    let _ = input.shutdown().await;
                    break;
                }
            }
        }
    });
    let api = api.clone();
    tokio::spawn(async move {
        while let Some(Ok(chunk)) = output.next().await {
            let (kind, bytes) = match chunk {
                bollard::container::LogOutput::StdErr { message } => ("stderr", message),
                bollard::container::LogOutput::StdOut { message }
                | bollard::container::LogOutput::Console { message } => ("stdout", message),
                _ => continue,
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if out_tx.send((kind, text)).await.is_err() {
                break;
            }
        }
        drop(out_tx);
        let code = match api.inspect_exec(&id).await {
            Ok(i) => i.exit_code.unwrap_or(-1),
            Err(_) => -1,
        };
        let _ = exit_tx.send(code);
    });
    Ok(ExecSession {
        output: out_rx,
        input: in_tx,
        exit: exit_rx,
    })
}

/// The environment of a container: its service's calculated variables (without the image
/// defaults, which the real image has), then the container's own.
pub fn environment(service: &Value, container: &Value) -> Vec<String> {
    let mut env: Vec<(String, String)> = Vec::new();
    let mut set = |k: &str, v: &str| match env.iter_mut().find(|(key, _)| key == k) {
        Some(pair) => pair.1 = v.to_string(),
        None => env.push((k.to_string(), v.to_string())),
    };
    for e in service["calculated_envvars"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if e["origin"] != "image" {
            set(
                e["key"].as_str().unwrap_or_default(),
                e["value"].as_str().unwrap_or_default(),
            );
        }
    }
    for e in container["container_envvars"]
        .as_array()
        .into_iter()
        .flatten()
    {
        set(
            e["key"].as_str().unwrap_or_default(),
            e["value"].as_str().unwrap_or_default(),
        );
    }
    env.into_iter()
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| format!("{k}={v}"))
        .collect()
}

/// The aliases other services of the namespace link to `service` with.
pub fn link_aliases(st: &Store, ns: &str, service: &str) -> Vec<String> {
    let mut out = Vec::new();
    for other in st.visible(Kind::Service, ns) {
        for link in other.object["linked_to_service"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let alias = link["name"].as_str().unwrap_or_default();
            if uri_id(link["to_service"].as_str().unwrap_or_default()) == service
                && !alias.is_empty()
                && !out.iter().any(|a| a == alias)
            {
                out.push(alias.to_string());
            }
        }
    }
    out
}

/// The machine's address as its host name resolves locally (no packet is sent), else
/// loopback.
pub fn public_ip(hostname: &str) -> String {
    use std::net::ToSocketAddrs;
    (hostname, 0)
        .to_socket_addrs()
        .into_iter()
        .flatten()
        .map(|a| a.ip())
        .find(|ip| ip.is_ipv4() && !ip.is_loopback())
        .map_or_else(|| "127.0.0.1".to_string(), |ip| ip.to_string())
}

/// Appends a step to an action's log.
pub fn note(app: &Arc<dyn Host>, action: &str, text: &str) {
    app.lock()
        .log(&Kind::Action.log_key(action), text, "stdout", None);
}

/// Splits the engine's RFC 3339 timestamp off a log line: (unix nanoseconds, text).
pub fn split_timestamp(line: &str) -> (i64, &str) {
    match line.split_once(' ') {
        Some((stamp, text)) => match chrono::DateTime::parse_from_rfc3339(stamp) {
            Ok(t) => (t.timestamp_nanos_opt().unwrap_or(0), text),
            Err(_) => (0, line),
        },
        None => (0, line),
    }
}

/// Splits a command line into words as a POSIX shell would (quotes and backslashes).
pub fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => {
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '\\') => {
                if let Some(next) = chars.next() {
                    word.push(next);
                    in_word = true;
                }
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The HTTP status of an engine error, if it has one.
pub fn status(e: &bollard::errors::Error) -> Option<u16> {
    match e {
        bollard::errors::Error::DockerResponseServerError { status_code, .. } => Some(*status_code),
        _ => None,
    }
}

/// The engine's own message of an error, or why the engine could not be reached.
pub fn engine_message(e: &bollard::errors::Error) -> String {
    match e {
        bollard::errors::Error::DockerResponseServerError { message, .. } => message.clone(),
        other => unreachable_message(other),
    }
}

/// An error as the action log and the API show it: what the engine answered, or that it
/// could not be reached and why.
pub fn engine_error(e: bollard::errors::Error) -> String {
    match e {
        bollard::errors::Error::DockerResponseServerError { message, .. } => {
            format!("the engine says: {message}")
        }
        other => unreachable_message(&other),
    }
}

/// `cannot reach the Docker Engine: ` and the innermost cause of a transport error (the
/// system's "Connection refused" rather than the HTTP client's wrapping of it).
fn unreachable_message(e: &bollard::errors::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(source) = cause.source() {
        cause = source;
    }
    format!("cannot reach the Docker Engine: {cause}")
}

/// Whether a repeated piece of background work is failing: its failure is reported on
/// stderr once, when it starts, and its recovery once, not every round.
#[derive(Default)]
pub struct Outage {
    failing: bool,
}

impl Outage {
    /// Reports the outcome of one round of `what` when it differs from the last one.
    pub fn report(&mut self, result: Result<(), String>, what: &str) {
        match result {
            Err(e) if !self.failing => {
                eprintln!("docker-cloud-server: {what} failed (retrying every second): {e}");
                self.failing = true;
            }
            Ok(()) if self.failing => {
                eprintln!("docker-cloud-server: {what} works again");
                self.failing = false;
            }
            _ => {}
        }
    }
}

/// What an engine tells of its machine, for its API node.
pub struct NodeFacts {
    pub hostname: String,
    pub cpus: i64,
    pub memory_mb: i64,
    pub docker_version: String,
    pub graph_driver: Option<String>,
    pub public_ip: String,
}

/// Writes a machine's facts into its API node; `seen` marks it seen now.
pub fn describe_node(st: &mut Store, id: &str, facts: &NodeFacts, seen: bool) {
    st.modify(Kind::Node, id, |m| {
        m.insert("external_fqdn".into(), json!(facts.hostname));
        m.insert("nickname".into(), json!(facts.hostname));
        m.insert("node_type".into(), Value::Null);
        m.insert("region".into(), Value::Null);
        m.insert("private_ips".into(), json!([]));
        m.insert("docker_execdriver".into(), json!("runc"));
        m.insert("docker_graphdriver".into(), json!(facts.graph_driver));
        m.insert("cpu".into(), json!(facts.cpus.max(1)));
        m.insert("memory".into(), json!(facts.memory_mb));
        m.insert("docker_version".into(), json!(facts.docker_version));
        m.insert("public_ip".into(), json!(facts.public_ip));
        if seen {
            m.insert("last_seen".into(), json!(now()));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_split_as_a_shell_would() {
        assert_eq!(shell_words("httpd -f -p 80"), ["httpd", "-f", "-p", "80"]);
        assert_eq!(
            shell_words(r#"sh -c 'echo "a b"; exit 3'"#),
            ["sh", "-c", r#"echo "a b"; exit 3"#]
        );
        assert_eq!(shell_words(r#"echo "x\"y" a\ b"#), ["echo", "x\"y", "a b"]);
        assert_eq!(shell_words("  "), Vec::<String>::new());
        assert_eq!(shell_words("''"), [""]);
    }

    #[test]
    fn a_resumed_log_skips_the_lines_held_once_each() {
        let line = |text: &str| ("stdout".to_string(), text.to_string());
        let mut resume = Resume {
            since: 100,
            held: vec![line("a\n"), line("a\n")],
        };
        let at = |s: i64| s * 1_000_000_000 + 5;
        assert!(resume.holds(at(99), "stdout", "old\n"));
        assert!(resume.holds(at(100), "stdout", "a\n"));
        assert!(!resume.holds(at(100), "stderr", "a\n"));
        assert!(resume.holds(at(100), "stdout", "a\n"));
        assert!(
            !resume.holds(at(100), "stdout", "a\n"),
            "held twice, sent three times"
        );
        assert!(!resume.holds(at(101), "stdout", "b\n"));
    }

    #[test]
    fn log_lines_lose_their_engine_timestamp() {
        let (stamp, text) = split_timestamp("2026-12-05T10:00:00.000000001Z hello\n");
        assert_eq!(text, "hello\n");
        assert_eq!(stamp % 1_000_000_000, 1);
        assert_eq!(split_timestamp("no stamp\n"), (0, "no stamp\n"));
    }
}
