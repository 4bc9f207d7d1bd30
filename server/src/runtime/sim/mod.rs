//! The simulation runtime: transitions paced by `--speed`, startup output by image, and an
//! emulated shell behind exec. Nothing runs.

mod shell;

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{mpsc, oneshot};

use super::{ExecSession, Job, Pending, Runtime};
use crate::kind::Kind;
use crate::machine::{self, Move};
use crate::model;
use crate::runtime::Host;
use crate::store::Store;
use shell::{Machine, Session};

/// How long each step of a transition takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Speed {
    /// Whole transitions happen before the response is sent (tests).
    Instant,
    /// About 100 ms per step.
    Fast,
    /// One to three seconds per step (demos).
    Realistic,
}

impl Speed {
    /// Parses `instant`, `fast` or `realistic`.
    pub fn parse(s: &str) -> Result<Speed, String> {
        match s {
            "instant" => Ok(Speed::Instant),
            "fast" => Ok(Speed::Fast),
            "realistic" => Ok(Speed::Realistic),
            _ => Err(format!(
                "invalid --speed '{s}' (expected instant, fast or realistic)"
            )),
        }
    }

    fn delay(self) -> Duration {
        match self {
            Speed::Instant => Duration::ZERO,
            Speed::Fast => Duration::from_millis(100),
            Speed::Realistic => Duration::from_millis(fastrand::u64(1000..3000)),
        }
    }
}

/// The simulation at a given speed.
pub struct Sim {
    /// How long transitions take.
    pub speed: Speed,
}

impl Runtime for Sim {
    fn name(&self) -> &'static str {
        "sim"
    }

    fn describe(&self) -> String {
        format!("sim, speed {:?}", self.speed)
    }

    fn instant(&self) -> bool {
        self.speed == Speed::Instant
    }

    fn pace(&self) -> Duration {
        self.speed.delay()
    }

    fn apply_now(&self, st: &mut Store, uuid: &str, mv: Move) -> Result<(), String> {
        settle(st, uuid, mv)
    }

    fn apply(&self, app: Arc<dyn Host>, job: Job) -> Pending<()> {
        Box::pin(async move { settle(&mut app.lock(), &job.uuid, job.mv) })
    }

    fn exec(&self, container: &Value, command: &str) -> Pending<ExecSession> {
        let machine = machine(container);
        let command = command.to_string();
        Box::pin(async move { Ok(emulate(machine, command)) })
    }
}

/// The simulated outcome of a move, recorded at once. A container of a service with deploy
/// tags that was placed on no node (none carries the tags) cannot start: it stays
/// `Stopped` and the move fails.
pub fn settle(st: &mut Store, c: &str, mv: Move) -> Result<(), String> {
    match mv {
        Move::Start | Move::Redeploy { .. } => {
            if let Some(tags) = unplaceable(st, c) {
                machine::container_stopped(st, c, None, "no suitable node");
                return Err(format!(
                    "no suitable node: no deployed node carries the tags {tags}"
                ));
            }
            machine::container_running(st, c);
            let image = st.str_of(Kind::Container, c, "image_name");
            let name = st.str_of(Kind::Container, c, "name");
            for line in startup_lines(&image, &name) {
                st.container_log(c, &line, "stdout");
            }
        }
        Move::Stop => {
            st.container_log(c, "Received SIGTERM, shutting down", "stderr");
            machine::container_stopped(st, c, Some(0), "Exit code 0");
        }
        Move::Remove => machine::container_terminated(st, c),
    }
    Ok(())
}

/// The deploy tags (comma-separated) of a container's service when the container has no
/// node to run on.
fn unplaceable(st: &Store, c: &str) -> Option<String> {
    if !st.str_of(Kind::Container, c, "node").is_empty() {
        return None;
    }
    let service = st.str_of(Kind::Container, c, "service");
    let tags: Vec<&str> = st
        .by_uri(&service)
        .and_then(|(_, s)| s["tags"].as_array())
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    (!tags.is_empty()).then(|| tags.join(", "))
}

/// Startup output of a container, by image.
fn startup_lines(image: &str, name: &str) -> Vec<String> {
    let base = model::name_from_image(image);
    let lines: Vec<&str> = match base.as_str() {
        "mysql" => vec![
            "=> Starting MySQL ...",
            "Initializing database",
            "[Note] InnoDB: 128 rollback segment(s) are active.",
            "[Note] mysqld: ready for connections. Version: '5.6.27'  port: 3306",
        ],
        "wordpress" | "wordpress-stackable" => vec![
            "WordPress not found in /app - copying now...",
            "Complete! WordPress has been successfully copied to /app",
            "AH00558: apache2: Could not reliably determine the server's fully qualified domain name",
            "[mpm_prefork:notice] Apache/2.4.10 (Debian) PHP/5.6.18 configured -- resuming normal operations",
        ],
        "redis" => vec![
            "* Server started, Redis version 3.0.7",
            "* DB loaded from disk: 0.000 seconds",
            "* The server is now ready to accept connections on port 6379",
        ],
        "haproxy" => vec![
            "INFO:haproxy:dockercloud/haproxy 1.2.1 is running outside Docker Cloud",
            "INFO:haproxy:Launching HAProxy",
            "INFO:haproxy:HAProxy has been launched(PID: 12)",
        ],
        "grafana" => vec![
            "t=info msg=\"Starting Grafana\" logger=main version=2.6.0",
            "t=info msg=\"Server Listening\" logger=server address=0.0.0.0:3000",
        ],
        "influxdb" => vec![
            "[run] InfluxDB starting, version 0.10.1",
            "[httpd] Starting HTTP service on port 8086",
        ],
        "hello-world" | "nginx" => vec![
            "nginx: starting worker processes",
            "Serving the hello world page on port 80",
        ],
        _ => vec!["Starting up ...", "Ready."],
    };
    let mut out = vec![format!("Starting container {name} ({image})")];
    out.extend(lines.iter().map(|l| l.to_string()));
    out
}

/// The emulated inside of a container, from its REST object.
fn machine(container: &Value) -> Machine {
    let text = |key: &str| container[key].as_str().filter(|s| !s.is_empty());
    let hostname = text("hostname")
        .or(text("name"))
        .unwrap_or("localhost")
        .to_string();
    let mut env = vec![
        (
            "PATH".to_string(),
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_string(),
        ),
        ("HOSTNAME".to_string(), hostname.clone()),
    ];
    let pairs = container["container_envvars"]
        .as_array()
        .into_iter()
        .flatten();
    env.extend(pairs.filter_map(|pair| {
        Some((
            pair["key"].as_str()?.to_string(),
            pair["value"].as_str()?.to_string(),
        ))
    }));
    env.push(("HOME".to_string(), "/root".to_string()));
    Machine {
        hostname,
        env,
        workdir: text("working_dir").unwrap_or("/").to_string(),
    }
}

/// Runs the emulated shell as an exec session.
fn emulate(machine: Machine, command: String) -> ExecSession {
    let (out_tx, output) = mpsc::channel(64);
    let (input, mut in_rx) = mpsc::channel::<Option<String>>(64);
    let (exit_tx, exit) = oneshot::channel();
    tokio::spawn(async move {
        let (mut session, mut status) = Session::start(machine, &command);
        loop {
            for (stream, text) in session.take_output() {
                if out_tx.send((stream.name(), text)).await.is_err() {
                    return;
                }
            }
            if let Some(code) = status {
                drop(out_tx);
                let _ = exit_tx.send(i64::from(code));
                return;
            }
            status = match in_rx.recv().await {
                Some(Some(text)) => session.input(&text),
                Some(None) => session.input("\u{4}"),
                None => return,
            };
        }
    });
    ExecSession {
        output,
        input,
        exit,
    }
}
