//! The command line of `docker-cloud-server`.

use crate::fault;

/// A self-hosted Docker Cloud: the REST and Stream API, for real use, demos and tests.
#[derive(clap::Parser, Debug)]
#[command(name = "docker-cloud-server", version)]
pub struct Args {
    /// Port to listen on (127.0.0.1 only); 0 picks a free port.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,

    /// What runs the services: `sim` (a simulation, nothing installed), `docker` (real
    /// containers on the Docker Engine that `DOCKER_HOST` or the default socket names) or
    /// `swarm` (swarm services on the swarm that engine manages).
    #[arg(long, default_value = "sim", value_parser = ["sim", "docker", "swarm"])]
    pub runtime: String,

    /// Initial data: `demo`, `empty`, or `scale:N` (N services with their containers).
    /// Default: `demo` with the simulation, `empty` with a real runtime (which seeds nothing).
    #[arg(long)]
    pub seed: Option<String>,

    /// Name of this server on the engine: its containers and networks carry it as a label,
    /// so that several servers can share one engine and a restarted server adopts its own.
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub instance: String,

    /// Load the initial data from a JSON seed file (see the README for its format).
    #[arg(long, value_name = "FILE")]
    pub seed_file: Option<std::path::PathBuf>,

    /// Keep the state in the SQLite database FILE (made if missing, loaded if not): every
    /// change is saved before it is answered. Without it, state lives in memory.
    #[arg(long, value_name = "FILE")]
    pub state: Option<std::path::PathBuf>,

    /// How many events an event stream may fall behind before it gets `{"type":"gap"}` and
    /// is closed (it resumes with `since`).
    #[arg(long, default_value_t = 4_096, value_name = "N")]
    pub event_backlog: usize,

    /// How many finished actions are kept; older ones are pruned.
    #[arg(long, default_value_t = 1_000, value_name = "N")]
    pub keep_actions: usize,

    /// A user allowed in with HTTP Basic, as NAME:APIKEY (repeatable). Default: a demo user.
    #[arg(long = "user", value_name = "NAME:APIKEY")]
    pub users: Vec<String>,

    /// A verbatim Authorization header value accepted for a user, as NAME=VALUE (repeatable).
    #[arg(long = "token", value_name = "NAME=VALUE")]
    pub tokens: Vec<String>,

    /// How long simulated transitions take: `instant` (tests), `fast`, or `realistic` (demos).
    #[arg(long, default_value = "realistic")]
    pub speed: String,

    /// A fault injection rule (repeatable); see the README.
    #[arg(long = "fault", value_name = "RULE")]
    pub faults: Vec<fault::Rule>,

    /// Log each request on stderr.
    #[arg(long)]
    pub log: bool,

    /// Print, once listening, the shell lines that point the clients at the server
    /// (`export DOCKERCLOUD_REST_HOST=...`, `_STREAM_HOST`, `_USER`, `_APIKEY`, the first
    /// user's), with the listening line as a comment, so that stdout can be sourced.
    #[arg(long)]
    pub print_env: bool,
}
