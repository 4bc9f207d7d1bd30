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
use crate::kind::Kind;
use crate::machine::{self, Move, Step};
use crate::store::{Locked, Store};

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

/// One container move of an action, which [`Runtime::apply`] carries out.
pub struct Job {
    /// The container's uuid.
    pub uuid: String,
    /// What to do with the container.
    pub mv: Move,
    /// The uuid of the action the move belongs to.
    pub action: String,
}

/// Work a runtime carries out in the background: what it comes to, or why it failed.
pub type Pending<T> = BoxFuture<'static, Result<T, String>>;

/// Refuses the fields of one service (API or stack-file form) that a runtime cannot honour:
/// the message names the field.
pub type FieldCheck = fn(&Map<String, Value>) -> Result<(), String>;

/// What a runtime is given by the server: the store, and the runtime itself for the actions
/// it starts on its own (an automatic redeploy).
pub trait Host: Send + Sync {
    /// The store, locked; what changed is committed when the lock is released.
    fn lock(&self) -> Locked<'_>;

    /// The runtime that carries operations out.
    fn runtime(&self) -> &dyn Runtime;

    /// The namespaces of the server's users (a node of the engine is registered in each).
    fn namespaces(&self) -> Vec<String>;
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

    /// Carries out a container move, then records what it observed in the store. The error
    /// is the reason the move failed, for the action log.
    fn apply(&self, app: Arc<dyn Host>, job: Job) -> Pending<()>;

    /// For a runtime that runs containers on a Docker Engine (`docker`, `swarm`), its own
    /// refusals of a service's fields, beside those of every engine runtime; `None` for the
    /// simulation.
    fn engine_fields(&self) -> Option<FieldCheck> {
        None
    }

    /// Whether the runtime has its engine choose the outer port of a port published without
    /// one, at every (re)deployment of a container, and records the port chosen: until
    /// then the container's port has no outer port. Otherwise (the simulation) the server
    /// picks one at random, which a redeployed container keeps.
    fn chooses_ports(&self) -> bool {
        self.engine_fields().is_some()
    }

    /// Refuses service definitions the runtime cannot honour: the message names the field.
    fn check_service(&self, service: &Map<String, Value>) -> Result<(), String> {
        match self.engine_fields() {
            Some(own) => engine::check_service(service, own),
            None => Ok(()),
        }
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
    fn exec(&self, container: &Value, command: &str) -> Pending<ExecSession>;

    /// Starts the runtime's background work (watching the engine) once the state exists.
    fn start(&self, _app: Arc<dyn Host>) {}
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

/// Runs the later steps of an action: now (the instant simulation) or in a background task
/// that asks the runtime to carry out each container move.
pub fn run(host: Arc<dyn Host>, st: &mut Store, action: String, steps: Vec<Step>) {
    if host.runtime().instant() {
        let mut ok = true;
        for step in steps {
            ok &= apply_now(host.runtime(), st, step);
        }
        machine::finish_action(st, &action, ok);
        return;
    }
    st.running.insert(action.clone());
    tokio::spawn(async move {
        let mut ok = true;
        let mut canceled = false;
        for step in steps {
            if !canceled {
                tokio::time::sleep(host.runtime().pace()).await;
                // A canceled action still settles its objects, without pauses.
                canceled = host.lock().state(Kind::Action, &action) == "Canceling";
            }
            for part in flatten(step) {
                ok &= carry_out(&host, part).await;
            }
        }
        let mut st = host.lock();
        if canceled {
            machine::end_canceled(&mut st, &action);
        } else {
            machine::finish_action(&mut st, &action, ok);
        }
        st.running.remove(&action);
    });
}

/// A step's parts in order (batches opened).
fn flatten(step: Step) -> Vec<Step> {
    match step {
        Step::Batch(list) => list.into_iter().flat_map(flatten).collect(),
        other => vec![other],
    }
}

/// Applies a step at once, under the lock: every step of the instant simulation, and the
/// store steps of any runtime; `false` when a container move failed.
pub fn apply_now(runtime: &dyn Runtime, st: &mut Store, step: Step) -> bool {
    match step {
        Step::Store(f) => {
            f(st);
            true
        }
        Step::Containers(moves) => {
            let mut ok = true;
            for (c, mv) in &moves.list {
                let result = runtime.apply_now(st, c, *mv);
                ok &= result.is_ok();
                machine::moved(st, &moves, c, result);
            }
            ok
        }
        Step::Batch(list) => list
            .into_iter()
            .fold(true, |ok, s| apply_now(runtime, st, s) & ok),
    }
}

/// Carries out one part of a step; `false` when a container move failed.
async fn carry_out(host: &Arc<dyn Host>, step: Step) -> bool {
    let moves = match step {
        Step::Containers(moves) => moves,
        other => return apply_now(host.runtime(), &mut host.lock(), other),
    };
    let mut ok = true;
    let apply = |(uuid, mv): &(String, Move)| {
        let job = Job {
            uuid: uuid.clone(),
            mv: *mv,
            action: moves.action.clone(),
        };
        host.runtime().apply(host.clone(), job)
    };
    if moves.sequential {
        for part in &moves.list {
            let result = apply(part).await;
            ok &= result.is_ok();
            machine::moved(&mut host.lock(), &moves, &part.0, result);
        }
    } else {
        let all = moves.list.iter().map(apply);
        let results = futures_util::future::join_all(all).await;
        let mut st = host.lock();
        for ((c, _), result) in moves.list.iter().zip(results) {
            ok &= result.is_ok();
            machine::moved(&mut st, &moves, c, result);
        }
    }
    ok
}
