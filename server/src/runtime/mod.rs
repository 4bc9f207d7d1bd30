//! The seam between the API layer and what carries operations out.
//!
//! The API layer (store, actions, events, validation) decides what an operation does to
//! which containers; a [`Runtime`] makes it so, then records what it observed in the
//! store, so that state and events come from one place whatever the runtime:
//! - [`sim`]: the simulation (the default), which needs nothing installed;
//! - [`docker`]: real containers on the Docker Engine of the server's machine;
//! - [`swarm`]: swarm services on the Docker Swarm the engine manages, one task per container.

pub mod docker;
mod engine;
pub mod sim;
pub mod swarm;

use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use serde_json::{Map, Value};
use tokio::sync::mpsc;

use crate::args::Args;
use crate::machine::Move;
use crate::state::AppState;
use crate::store::Store;

/// One output chunk of an exec session: `stdout` or `stderr`, and the text.
pub type ExecOutput = (&'static str, String);

/// A running exec session: what the process writes, what it reads, and how it ended.
pub struct ExecSession {
    /// Output chunks, in order; closed when the process has exited.
    pub output: mpsc::Receiver<ExecOutput>,
    /// Input for the process's stdin; `None` ends its input.
    pub input: mpsc::Sender<Option<String>>,
    /// The exit status, once `output` is closed.
    pub exit: tokio::sync::oneshot::Receiver<i64>,
}

/// What carries operations out: the simulation, a Docker Engine, ...
pub trait Runtime: Send + Sync {
    /// The runtime's name (`sim`, `docker`).
    fn name(&self) -> &'static str;

    /// The runtime and its settings, for the banner (`sim, speed instant`).
    fn describe(&self) -> String;

    /// Whether container moves complete inside the request (the instant simulation), through
    /// [`Runtime::apply_now`].
    fn instant(&self) -> bool {
        false
    }

    /// The pause before each step of an action (the simulation's pacing).
    fn pace(&self) -> Duration {
        Duration::ZERO
    }

    /// Carries out `mv` on container `uuid` at once, under the store lock; only runtimes
    /// that are [`Runtime::instant`] are asked. The error is why the move failed.
    fn apply_now(&self, _st: &mut Store, _uuid: &str, _mv: Move) -> Result<(), String> {
        Ok(())
    }

    /// Carries out `mv` on container `uuid` for `action`, then records what it observed in
    /// the store. The error is the reason the move failed, for the action log.
    fn apply(
        &self,
        app: Arc<AppState>,
        uuid: String,
        mv: Move,
        action: String,
    ) -> BoxFuture<'static, Result<(), String>>;

    /// Refuses service definitions the runtime cannot honour: the message names the field.
    fn check_service(&self, _service: &Map<String, Value>) -> Result<(), String> {
        Ok(())
    }

    /// Whether node clusters and nodes can be provisioned (`None`) or why not.
    fn refuses_nodes(&self) -> Option<&'static str> {
        None
    }

    /// Why single containers cannot be started, stopped, redeployed or terminated, if so.
    fn refuses_container_moves(&self) -> Option<&'static str> {
        None
    }

    /// Why operation `op` (`terminate`, `docker-upgrade`, `health-check`) on node `node`
    /// cannot be carried out, if so.
    fn refuses_node_op(&self, _st: &Store, _node: &str, _op: &str) -> Option<String> {
        None
    }

    /// The reply to a node token request (`node byo`) when the runtime has its own: the
    /// token and the command that joins a machine.
    fn join_token(&self) -> Option<Value> {
        None
    }

    /// Starts an exec session running `command` in the container (its REST object).
    fn exec(
        &self,
        container: &Value,
        command: &str,
    ) -> BoxFuture<'static, Result<ExecSession, String>>;

    /// Starts the runtime's background work (watching the engine) once the state exists.
    fn start(&self, _app: Arc<AppState>) {}
}

/// The runtime the command line asks for (`docker` connects to the engine first).
pub async fn connect(args: &Args) -> Result<Arc<dyn Runtime>, String> {
    match args.runtime.as_str() {
        "docker" => Ok(Arc::new(docker::Docker::connect(&args.instance).await?)),
        "swarm" => Ok(Arc::new(swarm::Swarm::connect(&args.instance).await?)),
        _ => Ok(Arc::new(sim::Sim {
            speed: sim::Speed::parse(&args.speed)?,
        })),
    }
}
