//! The swarm runtime: services run as Docker Swarm services on the swarm whose manager is
//! the engine the server talks to (`DOCKER_HOST`, else the default socket).
//!
//! - An API service is a swarm service named `<name>-<first 8 of its uuid>`, labelled with
//!   the server instance, namespace, service and stack uuids and, in a stack,
//!   `com.docker.stack.namespace=<stack name>` (so that `docker stack ls/ps` see it).
//!   `target_num_containers` is its replica count, `EVERY_NODE` makes it global, deploy tags
//!   are placement constraints `node.labels.<tag>==true`, `sequential_deployment` is an
//!   update parallelism of 1, `autorestart` its restart condition; published ports are
//!   published in host mode (one container per node and port, as on Docker Cloud). An
//!   update that fails is rolled back by swarm; a server that starts scales down the swarm
//!   services that run more replicas than their services have containers.
//! - An API container is one task of its service: each container is bound to a task (the
//!   task of its own slot when there is one) and takes its state, node, ports and exit code
//!   from it; when swarm replaces a task, the container is bound to the replacement.
//!   Swarm moves tasks only through their service: a single container cannot be started,
//!   stopped, redeployed or terminated ([`Runtime::refuses_container_moves`]).
//! - Services of a stack (or the standalone services of a namespace) share one overlay
//!   network, with DNS round robin by service name and link alias (no virtual IPs: swarm's
//!   load balancer needs IPVS in the kernel).
//! - Every swarm node is a node of every namespace; node tags are node labels with the
//!   value `true`, both ways; nodes labelled `dockercloud.nodecluster=NAME` make up node
//!   cluster NAME; `node byo` answers the swarm's join command.
//!
//! The swarm is polled every second, and every move reads the tasks of its service until
//! its container got where it was going, so state and events come from the store.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bollard::models::{
    EndpointPortConfig, EndpointPortConfigProtocolEnum, EndpointPortConfigPublishModeEnum,
    EndpointSpec, EndpointSpecModeEnum, Limit, LocalNodeState, Mount, MountType,
    NetworkAttachmentConfig, NetworkCreateRequest, Node, NodeSpecAvailabilityEnum, NodeState,
    ServiceSpec, ServiceSpecMode, ServiceSpecModeReplicated, ServiceSpecRollbackConfig,
    ServiceSpecUpdateConfig, ServiceSpecUpdateConfigFailureActionEnum,
    ServiceUpdateStatusStateEnum, Task, TaskSpec, TaskSpecContainerSpec,
    TaskSpecContainerSpecDnsConfig, TaskSpecPlacement, TaskSpecResources, TaskSpecRestartPolicy,
    TaskSpecRestartPolicyConditionEnum, TaskState,
};
use bollard::query_parameters::{
    DeleteNodeOptionsBuilder, ListNetworksOptionsBuilder, ListServicesOptionsBuilder,
    ListTasksOptionsBuilder, UpdateNodeOptionsBuilder, UpdateServiceOptionsBuilder,
};
use serde_json::{json, Map, Value};

use super::Host;
use super::{engine, ExecSession, FieldCheck, Job, Pending, Runtime};
use crate::kind::Kind;
use crate::machine::{self, Move};
use crate::model;
use crate::obj::Obj;
use crate::store::{now, uri_id, Store};

/// Label: the server instance that owns a swarm service or network.
const LABEL_SERVER: &str = "dockercloud.server";
/// Label: the namespace of a service.
const LABEL_NAMESPACE: &str = "dockercloud.namespace";
/// Label: the API uuid of a service.
const LABEL_SERVICE: &str = "dockercloud.service";
/// Label: the API uuid of a service's stack (empty for a standalone service).
const LABEL_STACK: &str = "dockercloud.stack";
/// Node label: the node cluster a swarm node belongs to.
const LABEL_NODE_CLUSTER: &str = "dockercloud.nodecluster";
/// Label `docker stack` groups services by.
const LABEL_STACK_NAMESPACE: &str = "com.docker.stack.namespace";
/// How long a move waits for its container's task.
const MOVE_TIMEOUT: Duration = Duration::from_secs(120);
/// How long after its start a task that fails makes swarm roll its update back.
const UPDATE_MONITOR: Duration = Duration::from_secs(5);
/// How often a move reads its service's tasks.
const MOVE_POLL: Duration = Duration::from_millis(250);
/// Container states of a move in progress, which records its own outcome.
const TRANSITIONAL: &[&str] = &["Starting", "Stopping", "Terminating"];
/// Why one container cannot be moved alone.
const ONE_CONTAINER: &str = "the swarm runtime runs a service's containers as the tasks of one \
swarm service, which moves them together: start, stop, redeploy or terminate the service, or \
scale it";

/// A swarm manager's engine, as one server instance.
pub struct Swarm {
    inner: Arc<Inner>,
}

/// What the moves and the background work share.
struct Inner {
    api: bollard::Docker,
    instance: String,
    version: String,
    /// The swarm node id of the engine the server talks to.
    local_node: String,
    /// The task each container is bound to (its last one).
    bindings: Mutex<HashMap<String, String>>,
    /// Containers with a move in progress.
    moving: Mutex<HashSet<String>>,
    /// The last change of each swarm service: the action that made it and the forced-update
    /// counter the service's tasks then have.
    forced: Mutex<HashMap<String, (String, u64)>>,
    /// Held while a swarm service is read and written: one change at a time.
    updates: tokio::sync::Mutex<()>,
    /// The API node of each swarm node in each namespace: (namespace, node id) -> uuid.
    nodes: Mutex<HashMap<(String, String), String>>,
    /// The tags both sides last agreed on, per swarm node.
    agreed_tags: Mutex<HashMap<String, BTreeSet<String>>>,
    /// The `node byo` reply: the worker token and the join command.
    join: Mutex<Option<Value>>,
    /// Tasks whose logs are being copied.
    followed: Mutex<HashSet<String>>,
}

/// Locks a mutex, whatever a panicking holder left.
fn hold<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Swarm {
    /// Connects to the engine, which must be a manager of an active swarm.
    pub async fn connect(instance: &str) -> Result<Swarm, String> {
        let (api, version) = engine::connect().await?;
        let info = api.info().await.map_err(engine::engine_error)?;
        let swarm = info.swarm.unwrap_or_default();
        let active = swarm.local_node_state == Some(LocalNodeState::ACTIVE);
        if !active || swarm.control_available != Some(true) {
            return Err("the swarm runtime needs the engine to be a swarm manager: \
                 `docker swarm init` makes it one"
                .into());
        }
        Ok(Swarm {
            inner: Arc::new(Inner {
                api,
                instance: instance.to_string(),
                version,
                local_node: swarm.node_id.unwrap_or_default(),
                bindings: Mutex::default(),
                moving: Mutex::default(),
                forced: Mutex::default(),
                updates: tokio::sync::Mutex::default(),
                nodes: Mutex::default(),
                agreed_tags: Mutex::default(),
                join: Mutex::default(),
                followed: Mutex::default(),
            }),
        })
    }
}

impl Runtime for Swarm {
    fn name(&self) -> &'static str {
        "swarm"
    }

    fn describe(&self) -> String {
        engine::describe(self.name(), &self.inner.version, &self.inner.instance)
    }

    fn apply(&self, app: Arc<dyn Host>, job: Job) -> Pending<()> {
        let inner = self.inner.clone();
        Box::pin(async move {
            let uuid = &job.uuid;
            hold(&inner.moving).insert(uuid.clone());
            let result = inner.apply(&app, &job).await;
            hold(&inner.moving).remove(uuid);
            if let Err(e) = &result {
                // Its task's state, once read again, corrects this. A container running
                // again after swarm rolled its update back stays running.
                let mut st = app.lock();
                if st.state(Kind::Container, uuid) != "Running" {
                    machine::container_stopped(&mut st, uuid, None, e);
                }
            }
            result
        })
    }

    fn engine_fields(&self) -> Option<FieldCheck> {
        Some(check_fields)
    }

    fn refuses_nodes(&self) -> Option<&'static str> {
        Some(
            "the swarm runtime provisions no machines: join yours to the swarm with the \
             command `docker-cloud node byo` prints",
        )
    }

    fn refuses_container_moves(&self) -> Option<&'static str> {
        Some(ONE_CONTAINER)
    }

    fn refuses_node_op(&self, st: &Store, node: &str, op: &str) -> Option<String> {
        let local = hold(&self.inner.nodes)
            .iter()
            .any(|((_, id), uuid)| uuid == node && *id == self.inner.local_node);
        match op {
            "terminate" if local => Some(
                "this node is the swarm manager the server runs on: it cannot leave its own swarm"
                    .into(),
            ),
            "docker-upgrade" | "health-check" => Some(format!(
                "the swarm runtime does not {op} nodes: {} reports its own state",
                st.str_of(Kind::Node, node, "external_fqdn")
            )),
            _ => None,
        }
    }

    fn join_token(&self) -> Option<Value> {
        hold(&self.inner.join).clone()
    }

    fn exec(&self, container: &Value, command: &str) -> Pending<ExecSession> {
        let inner = self.inner.clone();
        let uuid = container["uuid"].as_str().unwrap_or_default().to_string();
        let name = container["name"].as_str().unwrap_or_default().to_string();
        let command = command.to_string();
        Box::pin(async move {
            let task = hold(&inner.bindings).get(&uuid).cloned();
            let task = match task {
                Some(id) => inner.api.inspect_task(&id).await.ok(),
                None => None,
            }
            .filter(|t| t.status.as_ref().and_then(|s| s.state) == Some(TaskState::RUNNING))
            .ok_or_else(|| format!("container {name} has no running task"))?;
            let node = task.node_id.clone().unwrap_or_default();
            if node != inner.local_node {
                let host = match inner.api.inspect_node(&node).await {
                    Ok(n) => n.description.and_then(|d| d.hostname).unwrap_or(node),
                    Err(_) => node,
                };
                return Err(format!(
                    "container {name} runs on node {host}: exec reaches only the containers \
                     of the node the server runs on"
                ));
            }
            let id = task
                .status
                .and_then(|s| s.container_status)
                .and_then(|c| c.container_id)
                .ok_or_else(|| format!("container {name} has no engine container yet"))?;
            engine::exec(&inner.api, &id, &command).await
        })
    }

    fn start(&self, app: Arc<dyn Host>) {
        let inner = self.inner.clone();
        let watched = app.clone();
        tokio::spawn(async move {
            loop {
                inner.sync_nodes(&watched).await;
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        });
        let inner = self.inner.clone();
        tokio::spawn(async move {
            let mut outage = engine::Outage::default();
            let mut trimmed = false;
            loop {
                let mut result = inner.sync_services(&app).await;
                if result.is_ok() && !trimmed {
                    result = inner.trim_replicas(&app).await;
                    trimmed = result.is_ok();
                }
                outage.report(result, "reading the swarm");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        });
    }
}

/// Refuses the fields of one service that a swarm service cannot have.
fn check_fields(s: &Map<String, Value>) -> Result<(), String> {
    let text = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or_default();
    if !["", "bridge"].contains(&text("net")) {
        return Err(format!(
            "'net': '{}' is not supported by the swarm runtime (services join their stack's \
             overlay network)",
            text("net")
        ));
    }
    if !["", "none"].contains(&text("pid")) {
        return Err(format!(
            "'pid': '{}' is not supported by the swarm runtime",
            text("pid")
        ));
    }
    if s.get("privileged") == Some(&Value::Bool(true)) {
        return Err("'privileged': swarm services cannot run privileged".into());
    }
    let volumes_from = engine::list_field(s, "bindings").any(|b| !b["volumes_from"].is_null())
        || engine::list_field(s, "volumes_from").next().is_some();
    if volumes_from {
        return Err("'volumes_from': swarm services cannot share another service's volumes".into());
    }
    Ok(())
}

/// What a move waits for.
#[derive(Clone, Copy, PartialEq)]
enum Want {
    /// Bound to a running task (of at least this forced update).
    Running(u64),
    /// Its task has ended.
    Stopped,
    /// Swarm runs no more tasks than the service wants.
    Gone,
}

/// Where the update a move made stands.
enum Update {
    /// Swarm is carrying it out.
    Going,
    /// It failed and swarm rolled the service back to its previous definition: why.
    RolledBack(String),
    /// It failed and swarm paused it: why.
    Paused(String),
    /// No update since the move began, or one that completed.
    Other,
}

/// One task, as the binding and recording need it.
#[derive(Clone, Debug)]
struct TaskView {
    id: String,
    slot: Option<i64>,
    node: String,
    state: Option<TaskState>,
    /// Whether swarm wants it running (not being shut down or replaced).
    current: bool,
    exit_code: Option<i64>,
    error: String,
    force: u64,
    /// Published ports: (target port, protocol, published port).
    ports: Vec<(i64, String, i64)>,
}

impl TaskView {
    fn of(t: &Task) -> TaskView {
        let status = t.status.clone().unwrap_or_default();
        let ports = status
            .port_status
            .and_then(|p| p.ports)
            .into_iter()
            .flatten()
            .map(|p| {
                let proto = match p.protocol {
                    Some(EndpointPortConfigProtocolEnum::UDP) => "udp",
                    _ => "tcp",
                };
                (
                    p.target_port.unwrap_or(0),
                    proto.to_string(),
                    p.published_port.unwrap_or(0),
                )
            })
            .collect();
        TaskView {
            id: t.id.clone().unwrap_or_default(),
            slot: t.slot,
            node: t.node_id.clone().unwrap_or_default(),
            state: status.state,
            current: t.desired_state == Some(TaskState::RUNNING),
            exit_code: status.container_status.and_then(|c| c.exit_code),
            error: status
                .err
                .filter(|e| !e.is_empty())
                .or(status.message)
                .unwrap_or_default(),
            force: t.spec.as_ref().and_then(|s| s.force_update).unwrap_or(0),
            ports,
        }
    }

    fn running(&self) -> bool {
        self.state == Some(TaskState::RUNNING)
    }

    fn ended(&self) -> bool {
        matches!(
            self.state,
            Some(
                TaskState::COMPLETE
                    | TaskState::SHUTDOWN
                    | TaskState::FAILED
                    | TaskState::REJECTED
                    | TaskState::ORPHANED
                    | TaskState::REMOVE
            )
        )
    }

    /// Why the task cannot run, when swarm has given up on it or cannot place it.
    fn failure(&self) -> Option<String> {
        let unplaceable =
            self.state == Some(TaskState::PENDING) && self.error.contains("no suitable node");
        let failed = matches!(self.state, Some(TaskState::FAILED | TaskState::REJECTED));
        (unplaceable || failed).then(|| format!("swarm says: {}", self.error))
    }

    fn exit_message(&self) -> String {
        let code = format!("Exit code {}", self.exit_code.unwrap_or(-1));
        match self.error.as_str() {
            "" | "finished" | "shutdown" => code,
            e => format!("{code}: {e}"),
        }
    }
}

/// The number in a container's name (`web-3` -> 3).
fn index(st: &Store, c: &str) -> Option<i64> {
    st.str_of(Kind::Container, c, "name")
        .rsplit('-')
        .next()?
        .parse()
        .ok()
}

impl Inner {
    /// Carries out one move: the service first, then waits for the container's task.
    async fn apply(&self, app: &Arc<dyn Host>, job: &Job) -> Result<(), String> {
        let (uuid, mv, action) = (job.uuid.as_str(), job.mv, job.action.as_str());
        let service = {
            let st = app.lock();
            if st.object(Kind::Container, uuid).is_none() {
                return Err("the container is gone".into());
            }
            uri_id(&st.str_of(Kind::Container, uuid, "service")).to_string()
        };
        if mv == Move::Start {
            self.sync_labels(app).await;
        }
        let began = chrono::Utc::now();
        let force = self
            .converge(app, &service, action, matches!(mv, Move::Redeploy { .. }))
            .await?;
        let want = match mv {
            Move::Start | Move::Redeploy { .. } => Want::Running(force),
            Move::Stop => Want::Stopped,
            Move::Remove => Want::Gone,
        };
        self.wait(app, uuid, &service, want, began).await
    }

    /// Makes the swarm service agree with the API service: created, scaled, updated
    /// (`force`: a redeploy, once per action), or removed. Returns the forced-update counter
    /// the service's tasks must have.
    async fn converge(
        &self,
        app: &Arc<dyn Host>,
        service: &str,
        action: &str,
        force: bool,
    ) -> Result<u64, String> {
        let _one_at_a_time = self.updates.lock().await;
        let (name, mut spec, wanted, global, gone) = {
            let st = app.lock();
            let wanted = machine::live_containers(&st, service)
                .iter()
                .filter(|c| {
                    ["Running", "Starting"].contains(&st.state(Kind::Container, c).as_str())
                })
                .count() as i64;
            let state = st.state(Kind::Service, service);
            let (name, spec) = self.spec(&st, service, wanted)?;
            let global = spec.mode.as_ref().is_some_and(|m| m.global.is_some());
            (name, spec, wanted, global, state.starts_with("Terminat"))
        };
        for attempt in 0.. {
            let existing = match self.api.inspect_service(&name, None).await {
                Ok(s) => Some(s),
                Err(e) if engine::status(&e) == Some(404) => None,
                Err(e) => return Err(engine::engine_error(e)),
            };
            let Some(existing) = existing else {
                if wanted == 0 {
                    return Ok(0);
                }
                self.ensure_network(&spec).await?;
                engine::note(
                    app,
                    action,
                    &format!("Creating swarm service {name} ({})", mode_text(&spec)),
                );
                self.api
                    .create_service(spec.clone(), None)
                    .await
                    .map_err(engine::engine_error)?;
                hold(&self.forced).insert(service.to_string(), (action.to_string(), 0));
                return Ok(0);
            };
            let version = existing.version.and_then(|v| v.index).unwrap_or(0);
            let current = existing.spec.unwrap_or_default();
            let counter = current
                .task_template
                .as_ref()
                .and_then(|t| t.force_update)
                .unwrap_or(0);
            if wanted == 0 && (gone || global) {
                engine::note(app, action, &format!("Removing swarm service {name}"));
                match self.api.delete_service(&name).await {
                    Err(e) if engine::status(&e) != Some(404) => {
                        return Err(engine::engine_error(e))
                    }
                    _ => {}
                }
                self.prune_networks(app).await;
                return Ok(counter);
            }
            let replicas = |s: &ServiceSpec| {
                s.mode
                    .as_ref()
                    .and_then(|m| m.replicated.as_ref())
                    .and_then(|r| r.replicas)
            };
            let already = hold(&self.forced)
                .get(service)
                .filter(|(a, _)| a == action)
                .map(|(_, n)| *n);
            let update = if let Some(n) = already {
                // Another container of this action asked already.
                if global || replicas(&current) == Some(wanted) {
                    return Ok(n);
                }
                let mut same = current.clone();
                set_replicas(&mut same, wanted);
                same
            } else if force || (replicas(&current) == Some(wanted) && !global && !gone) {
                // A redeploy, or a start that changes no count: new tasks from the current
                // definition.
                if let Some(t) = spec.task_template.as_mut() {
                    t.force_update = Some(counter + 1);
                }
                self.ensure_network(&spec).await?;
                engine::note(app, action, &format!("Updating swarm service {name}"));
                spec.clone()
            } else if global || replicas(&current) == Some(wanted) {
                return Ok(counter);
            } else {
                engine::note(
                    app,
                    action,
                    &format!("Scaling swarm service {name} to {wanted}"),
                );
                let mut same = current.clone();
                set_replicas(&mut same, wanted);
                same
            };
            let forced = update
                .task_template
                .as_ref()
                .and_then(|t| t.force_update)
                .unwrap_or(0);
            let options = UpdateServiceOptionsBuilder::default()
                .version(version as i32)
                .build();
            match self.api.update_service(&name, update, options, None).await {
                Ok(_) => {
                    // The other moves of this action find the service done.
                    hold(&self.forced).insert(service.to_string(), (action.to_string(), forced));
                    return Ok(forced);
                }
                // The service moved meanwhile (out of sequence): read it again.
                Err(e) if attempt < 5 && engine::status(&e).is_some_and(|s| s >= 500) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => return Err(engine::engine_error(e)),
            }
        }
        unreachable!("the retry loop returns")
    }

    /// Reads the service's tasks until the container got where `want` says, or the update
    /// the move (begun at `began`) made failed. When swarm rolls a failed update back, the
    /// move waits for the container's task of the restored definition, records it, and
    /// fails with swarm's reason.
    async fn wait(
        &self,
        app: &Arc<dyn Host>,
        uuid: &str,
        service: &str,
        want: Want,
        began: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), String> {
        let deadline = Instant::now() + MOVE_TIMEOUT;
        let mut rolled_back: Option<String> = None;
        loop {
            let tasks = self.tasks(app, service).await?;
            let done = {
                let mut st = app.lock();
                self.bind(&mut st, service, &tasks);
                let task = hold(&self.bindings)
                    .get(uuid)
                    .and_then(|id| tasks.iter().find(|t| t.id == *id))
                    .cloned();
                match want {
                    Want::Running(force) => {
                        // The restored definition's tasks have the previous counter.
                        let force = if rolled_back.is_some() { 0 } else { force };
                        match task {
                            Some(t) if t.current && t.running() && t.force >= force => {
                                self.record(&mut st, uuid, &t);
                                Some(Ok(Some(t.id)))
                            }
                            Some(t) if t.current && t.force >= force => t.failure().map(Err),
                            _ => None,
                        }
                    }
                    Want::Stopped => match task {
                        Some(t) if t.ended() => {
                            machine::container_stopped(
                                &mut st,
                                uuid,
                                t.exit_code,
                                &t.exit_message(),
                            );
                            Some(Ok(None))
                        }
                        None if !tasks.iter().any(|t| t.current) => {
                            machine::container_stopped(&mut st, uuid, None, "Stopped");
                            Some(Ok(None))
                        }
                        _ => None,
                    },
                    Want::Gone => {
                        let wanted = machine::live_containers(&st, service)
                            .iter()
                            .filter(|c| st.state(Kind::Container, c) != "Terminating")
                            .count();
                        let running = tasks.iter().filter(|t| t.running()).count();
                        (running <= wanted).then(|| {
                            machine::container_terminated(&mut st, uuid);
                            hold(&self.bindings).remove(uuid);
                            Ok(None)
                        })
                    }
                }
            };
            let updating = matches!(want, Want::Running(f) if f > 0) && rolled_back.is_none();
            let failed = match done {
                Some(Ok(Some(task))) => {
                    self.follow_logs(app, uuid, &task);
                    return rolled_back.map_or(Ok(()), Err);
                }
                Some(Err(why)) if updating => Some(why),
                Some(result) => return result.map(|_| ()),
                None if Instant::now() > deadline => {
                    return Err(format!(
                        "swarm did not get the task there within {} s",
                        MOVE_TIMEOUT.as_secs()
                    ))
                }
                None => None,
            };
            if updating {
                match self.update_state(app, service, began, &tasks).await {
                    Update::RolledBack(why) => rolled_back = Some(why),
                    Update::Paused(why) => return Err(why),
                    // A task of the update failed: swarm is about to roll it back.
                    Update::Going if failed.is_some() && self.bound_task_failed(uuid, &tasks) => {
                        tokio::time::sleep(MOVE_POLL).await;
                        continue;
                    }
                    Update::Going | Update::Other => {}
                }
            }
            if let (Some(why), None) = (failed, &rolled_back) {
                return Err(why);
            }
            tokio::time::sleep(MOVE_POLL).await;
        }
    }

    /// Where an update of the service begun at or after `began` stands; a failed one with
    /// the error of the task that failed (an image no node has, ...), else swarm's message.
    async fn update_state(
        &self,
        app: &Arc<dyn Host>,
        service: &str,
        began: chrono::DateTime<chrono::Utc>,
        tasks: &[TaskView],
    ) -> Update {
        let name = swarm_name(&app.lock(), service);
        let Some(status) = self
            .api
            .inspect_service(&name, None)
            .await
            .ok()
            .and_then(|s| s.update_status)
        else {
            return Update::Other;
        };
        let started = status
            .started_at
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok());
        if started.is_none_or(|t| t < began) {
            return Update::Other;
        }
        let failed = tasks
            .iter()
            .filter(|t| matches!(t.state, Some(TaskState::REJECTED | TaskState::FAILED)))
            .max_by_key(|t| t.force)
            .filter(|t| !t.error.is_empty());
        let why = match failed {
            Some(t) => format!("swarm says: {}", t.error),
            None => format!("swarm says: {}", status.message.unwrap_or_default()),
        };
        match status.state {
            Some(ServiceUpdateStatusStateEnum::UPDATING) => Update::Going,
            Some(
                ServiceUpdateStatusStateEnum::ROLLBACK_STARTED
                | ServiceUpdateStatusStateEnum::ROLLBACK_COMPLETED,
            ) => Update::RolledBack(format!(
                "{why} (swarm rolled the service back to its previous definition)"
            )),
            Some(
                ServiceUpdateStatusStateEnum::PAUSED
                | ServiceUpdateStatusStateEnum::ROLLBACK_PAUSED,
            ) => Update::Paused(why),
            _ => Update::Other,
        }
    }

    /// Whether the task a container is bound to failed or was rejected (rather than found
    /// no node).
    fn bound_task_failed(&self, uuid: &str, tasks: &[TaskView]) -> bool {
        hold(&self.bindings)
            .get(uuid)
            .and_then(|id| tasks.iter().find(|t| t.id == *id))
            .is_some_and(|t| matches!(t.state, Some(TaskState::REJECTED | TaskState::FAILED)))
    }

    /// The tasks of an API service's swarm service (none when it has none).
    async fn tasks(&self, app: &Arc<dyn Host>, service: &str) -> Result<Vec<TaskView>, String> {
        let name = {
            let st = app.lock();
            swarm_name(&st, service)
        };
        let filters = HashMap::from([("service", vec![name])]);
        let options = ListTasksOptionsBuilder::default().filters(&filters).build();
        match self.api.list_tasks(Some(options)).await {
            Ok(tasks) => Ok(tasks.iter().map(TaskView::of).collect()),
            Err(e) if engine::status(&e) == Some(404) => Ok(Vec::new()),
            Err(e) => Err(engine::engine_error(e)),
        }
    }

    /// Binds the service's containers to its tasks: a container keeps a task swarm still
    /// wants; one without takes a free task, of its own slot when there is one. Containers
    /// being terminated let their task go (swarm may have stopped another one instead).
    fn bind(&self, st: &mut Store, service: &str, tasks: &[TaskView]) {
        let mut bindings = hold(&self.bindings);
        let mut live = machine::live_containers(st, service);
        live.sort_by_key(|c| index(st, c));
        let held = |bindings: &HashMap<String, String>, c: &String| {
            bindings
                .get(c)
                .is_some_and(|id| tasks.iter().any(|t| t.id == *id && t.current))
        };
        bindings.retain(|c, _| !st.state(Kind::Container, c).starts_with("Terminat"));
        let mut taken: HashSet<String> = live
            .iter()
            .filter(|c| held(&bindings, c))
            .filter_map(|c| bindings.get(c).cloned())
            .collect();
        for c in &live {
            let state = st.state(Kind::Container, c);
            if !["Running", "Starting", "Stopped"].contains(&state.as_str()) || held(&bindings, c) {
                continue;
            }
            let slot = index(st, c);
            let free = tasks
                .iter()
                .filter(|t| t.current && !taken.contains(&t.id))
                .min_by_key(|t| (t.slot != slot, t.slot));
            if let Some(t) = free {
                taken.insert(t.id.clone());
                bindings.insert(c.clone(), t.id.clone());
            }
        }
    }

    /// Records a running task as its container: running, on the task's node, with the
    /// task's published ports.
    fn record(&self, st: &mut Store, uuid: &str, task: &TaskView) {
        if st.state(Kind::Container, uuid) != "Running" {
            machine::container_running(st, uuid);
        }
        let ns = st
            .namespace(Kind::Container, uuid)
            .unwrap_or_default()
            .to_string();
        let node = hold(&self.nodes)
            .get(&(ns.clone(), task.node.clone()))
            .cloned();
        if let Some(node) = node {
            let uri = st.str_of(Kind::Node, &node, "resource_uri");
            if st.str_of(Kind::Container, uuid, "node") != uri {
                machine::move_container(st, uuid, &node);
            }
        }
        let node = uri_id(&st.str_of(Kind::Container, uuid, "node")).to_string();
        let host = Some(st.str_of(Kind::Node, &node, "public_ip"))
            .filter(|ip| !ip.is_empty())
            .unwrap_or_else(|| st.str_of(Kind::Container, uuid, "public_dns"));
        st.modify(Kind::Container, uuid, |m| {
            let mut ports = m.get("container_ports").cloned().unwrap_or(json!([]));
            for p in ports.as_array_mut().into_iter().flatten() {
                let inner = p["inner_port"].as_i64().unwrap_or(0);
                let proto = p["protocol"].as_str().unwrap_or("tcp").to_string();
                if let Some((_, _, outer)) = task
                    .ports
                    .iter()
                    .find(|(target, pr, _)| *target == inner && *pr == proto)
                {
                    p["outer_port"] = json!(outer);
                }
            }
            model::endpoints(&mut ports, &host, false);
            m.insert("container_ports".into(), ports);
        });
    }

    /// The swarm services of this server instance.
    async fn own_services(&self) -> Result<Vec<bollard::models::Service>, String> {
        let filters = HashMap::from([("label", vec![format!("{LABEL_SERVER}={}", self.instance)])]);
        let options = ListServicesOptionsBuilder::default()
            .filters(&filters)
            .build();
        self.api
            .list_services(Some(options))
            .await
            .map_err(engine::engine_error)
    }

    /// Folds what swarm runs into the store: every settled container of every service takes
    /// the state of its task, and swarm services of this instance the store does not know
    /// (or has terminated) are removed.
    async fn sync_services(&self, app: &Arc<dyn Host>) -> Result<(), String> {
        let listed = self.own_services().await?;
        let mut on_swarm = HashSet::new();
        for s in listed {
            let labels = s
                .spec
                .as_ref()
                .and_then(|s| s.labels.clone())
                .unwrap_or_default();
            let uuid = labels.get(LABEL_SERVICE).cloned().unwrap_or_default();
            let known = {
                let st = app.lock();
                !["", "Terminated"].contains(&st.state(Kind::Service, &uuid).as_str())
            };
            if known {
                on_swarm.insert(uuid);
            } else if let Some(id) = s.id {
                let _ = self.api.delete_service(&id).await;
            }
        }
        let services: Vec<String> = {
            let st = app.lock();
            st.ids(Kind::Service)
                .filter(|s| {
                    !["Terminated", "Not running"].contains(&st.state(Kind::Service, s).as_str())
                })
                .cloned()
                .collect()
        };
        for service in services {
            let tasks = if on_swarm.contains(&service) {
                self.tasks(app, &service).await?
            } else {
                Vec::new()
            };
            let follow = self.observe(&mut app.lock(), &service, &tasks);
            for (uuid, task) in follow {
                self.follow_logs(app, &uuid, &task);
            }
        }
        self.prune_networks(app).await;
        Ok(())
    }

    /// Scales each replicated swarm service of this instance that runs more replicas than
    /// its API service has live containers down to that count: a task without a container
    /// is one the API never shows (a server stopped during a scale-down leaves them).
    /// Services with a move in progress are left to it.
    async fn trim_replicas(&self, app: &Arc<dyn Host>) -> Result<(), String> {
        let _one_at_a_time = self.updates.lock().await;
        let listed = self.own_services().await?;
        let moving = hold(&self.moving).clone();
        for s in listed {
            let (Some(id), Some(mut spec)) = (s.id, s.spec) else {
                continue;
            };
            let Some(replicas) = spec
                .mode
                .as_ref()
                .and_then(|m| m.replicated.as_ref())
                .and_then(|r| r.replicas)
            else {
                continue;
            };
            let uuid = spec
                .labels
                .as_ref()
                .and_then(|l| l.get(LABEL_SERVICE))
                .cloned()
                .unwrap_or_default();
            let live = {
                let st = app.lock();
                let settled = |c: &String| {
                    !moving.contains(c)
                        && !TRANSITIONAL.contains(&st.state(Kind::Container, c).as_str())
                };
                let live = machine::live_containers(&st, &uuid);
                let known = !["", "Terminated"].contains(&st.state(Kind::Service, &uuid).as_str());
                (known && live.iter().all(settled)).then_some(live.len() as i64)
            };
            let Some(live) = live.filter(|n| *n < replicas) else {
                continue;
            };
            eprintln!(
                "docker-cloud-server: swarm service {} ran {replicas} replicas for {live} \
                 containers: scaled to {live}",
                spec.name.as_deref().unwrap_or(&id)
            );
            set_replicas(&mut spec, live);
            let version = s.version.and_then(|v| v.index).unwrap_or(0);
            let options = UpdateServiceOptionsBuilder::default()
                .version(version as i32)
                .build();
            self.api
                .update_service(&id, spec, options, None)
                .await
                .map_err(engine::engine_error)?;
        }
        Ok(())
    }

    /// Records the state of the service's settled containers from their tasks; returns the
    /// running (container, task) pairs.
    fn observe(&self, st: &mut Store, service: &str, tasks: &[TaskView]) -> Vec<(String, String)> {
        self.bind(st, service, tasks);
        let moving = hold(&self.moving).clone();
        let mut running = Vec::new();
        let mut changed = false;
        for c in machine::live_containers(st, service) {
            let state = st.state(Kind::Container, &c);
            if moving.contains(&c) || TRANSITIONAL.contains(&state.as_str()) {
                continue;
            }
            let task = hold(&self.bindings)
                .get(&c)
                .and_then(|id| tasks.iter().find(|t| t.id == *id))
                .cloned();
            match task {
                Some(t) if t.current && t.running() => {
                    if state != "Running" {
                        changed = true;
                    }
                    self.record(st, &c, &t);
                    running.push((c, t.id));
                }
                Some(t) if state == "Running" && (t.ended() || !t.current) => {
                    machine::container_stopped(st, &c, t.exit_code, &t.exit_message());
                    changed = true;
                }
                None if state == "Running" => {
                    machine::container_stopped(st, &c, None, "swarm runs no task for it");
                    changed = true;
                }
                _ => {}
            }
        }
        if changed {
            machine::refresh_service(st, service, true);
        }
        running
    }

    /// Copies a task's log into its container's log (once per task), from after the lines
    /// the store holds.
    fn follow_logs(&self, app: &Arc<dyn Host>, uuid: &str, task: &str) {
        if !hold(&self.followed).insert(task.to_string()) {
            return;
        }
        let (api, app, uuid, task) = (
            self.api.clone(),
            app.clone(),
            uuid.to_string(),
            task.to_string(),
        );
        tokio::spawn(async move {
            let open = |options| Box::pin(api.task_logs(&task, Some(options)));
            engine::copy_log(&app, &uuid, open).await;
        });
    }

    /// The swarm service spec of an API service with `replicas` replicas, and its name.
    fn spec(
        &self,
        st: &Store,
        service: &str,
        replicas: i64,
    ) -> Result<(String, ServiceSpec), String> {
        let s = st
            .object(Kind::Service, service)
            .ok_or("the service is gone")?
            .clone();
        let ns = st
            .namespace(Kind::Service, service)
            .unwrap_or_default()
            .to_string();
        let stack_id = uri_id(s["stack"].as_str().unwrap_or_default()).to_string();
        let stack_name = st.str_of(Kind::Stack, &stack_id, "name");
        let text = |k: &str| engine::text(&s, k);
        let strings = |k: &str| engine::texts(&s, k);
        let mut labels: HashMap<String, String> = HashMap::from([
            (LABEL_SERVER.to_string(), self.instance.clone()),
            (LABEL_NAMESPACE.to_string(), ns.clone()),
            (LABEL_SERVICE.to_string(), service.to_string()),
            (LABEL_STACK.to_string(), stack_id.clone()),
        ]);
        if !stack_name.is_empty() {
            labels.insert(LABEL_STACK_NAMESPACE.to_string(), stack_name);
        }
        let mut container_labels = engine::labels(&s);
        container_labels.extend(labels.clone());

        let mut mounts = Vec::new();
        for b in s["bindings"].as_array().into_iter().flatten() {
            let Some(target) = b["container_path"].as_str() else {
                continue;
            };
            let host = b["host_path"].as_str().filter(|h| !h.is_empty());
            mounts.push(Mount {
                target: Some(target.to_string()),
                source: host.map(str::to_string),
                typ: Some(if host.is_some() {
                    MountType::BIND
                } else {
                    MountType::VOLUME
                }),
                read_only: Some(b["rewritable"] == false),
                ..Default::default()
            });
        }
        let ports: Vec<EndpointPortConfig> = s["container_ports"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["published"] == true)
            .map(|p| EndpointPortConfig {
                protocol: Some(if p["protocol"] == "udp" {
                    EndpointPortConfigProtocolEnum::UDP
                } else {
                    EndpointPortConfigProtocolEnum::TCP
                }),
                target_port: p["inner_port"].as_i64(),
                published_port: p["outer_port"].as_i64(),
                publish_mode: Some(EndpointPortConfigPublishModeEnum::HOST),
                ..Default::default()
            })
            .collect();
        let restart = match s["autorestart"].as_str() {
            Some("ALWAYS") => TaskSpecRestartPolicyConditionEnum::ANY,
            Some("ON_FAILURE") => TaskSpecRestartPolicyConditionEnum::ON_FAILURE,
            _ => TaskSpecRestartPolicyConditionEnum::NONE,
        };
        let constraints: Vec<String> = s["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t["name"].as_str())
            .map(|t| format!("node.labels.{t}==true"))
            .collect();
        let name = s["name"].as_str().unwrap_or_default().to_string();
        // Swarm writes extra hosts as `IP NAME`; the API as `NAME:IP`.
        let hosts = strings("extra_hosts").map(|list| {
            list.iter()
                .map(|h| match h.split_once(':') {
                    Some((host, ip)) => format!("{ip} {host}"),
                    None => h.clone(),
                })
                .collect()
        });
        let dns = strings("dns");
        let dns_search = strings("dns_search");
        let container = TaskSpecContainerSpec {
            image: text("image_name"),
            labels: Some(container_labels),
            command: text("entrypoint").map(|e| engine::shell_words(&e)),
            args: text("run_command").map(|c| engine::shell_words(&c)),
            hostname: Some(if s["deployment_strategy"] == "EVERY_NODE" {
                format!("{name}-{{{{.Node.Hostname}}}}")
            } else {
                format!("{name}-{{{{.Task.Slot}}}}")
            }),
            env: Some(engine::environment(&s, &Value::Null)),
            dir: text("working_dir"),
            user: text("user"),
            tty: s["tty"].as_bool(),
            open_stdin: s["stdin_open"].as_bool(),
            read_only: s["read_only"].as_bool(),
            mounts: (!mounts.is_empty()).then_some(mounts),
            hosts,
            dns_config: (dns.is_some() || dns_search.is_some()).then(|| {
                TaskSpecContainerSpecDnsConfig {
                    nameservers: dns,
                    search: dns_search,
                    ..Default::default()
                }
            }),
            capability_add: strings("cap_add"),
            capability_drop: strings("cap_drop"),
            ..Default::default()
        };
        let memory = s["memory"]
            .as_i64()
            .filter(|m| *m > 0)
            .map(|m| m * 1024 * 1024);
        let mut aliases = vec![name.clone()];
        aliases.extend(engine::link_aliases(st, &ns, service));
        let network = network_name(&self.instance, &ns, &stack_id);
        let task = TaskSpec {
            container_spec: Some(container),
            resources: memory.map(|m| TaskSpecResources {
                limits: Some(Limit {
                    memory_bytes: Some(m),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            restart_policy: Some(TaskSpecRestartPolicy {
                condition: Some(restart),
                ..Default::default()
            }),
            placement: (!constraints.is_empty()).then(|| TaskSpecPlacement {
                constraints: Some(constraints),
                ..Default::default()
            }),
            networks: Some(vec![NetworkAttachmentConfig {
                target: Some(network),
                aliases: Some(aliases),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let mode = if s["deployment_strategy"] == "EVERY_NODE" {
            ServiceSpecMode {
                global: Some(HashMap::new()),
                ..Default::default()
            }
        } else {
            ServiceSpecMode {
                replicated: Some(ServiceSpecModeReplicated {
                    replicas: Some(replicas),
                }),
                ..Default::default()
            }
        };
        let spec = ServiceSpec {
            name: Some(swarm_name(st, service)),
            labels: Some(labels),
            task_template: Some(task),
            mode: Some(mode),
            // An update that fails (a task rejected or ended within the monitor period)
            // is rolled back: the tasks of the previous definition run again, all at once.
            update_config: Some(ServiceSpecUpdateConfig {
                parallelism: Some(if s["sequential_deployment"] == true {
                    1
                } else {
                    0
                }),
                failure_action: Some(ServiceSpecUpdateConfigFailureActionEnum::ROLLBACK),
                monitor: Some(UPDATE_MONITOR.as_nanos() as i64),
                max_failure_ratio: Some(0.0),
                ..Default::default()
            }),
            rollback_config: Some(ServiceSpecRollbackConfig {
                parallelism: Some(0),
                monitor: Some(UPDATE_MONITOR.as_nanos() as i64),
                ..Default::default()
            }),
            endpoint_spec: Some(EndpointSpec {
                mode: Some(EndpointSpecModeEnum::DNSRR),
                ports: (!ports.is_empty()).then_some(ports),
            }),
            ..Default::default()
        };
        Ok((swarm_name(st, service), spec))
    }

    /// Creates the overlay network a service spec attaches to, unless it exists.
    async fn ensure_network(&self, spec: &ServiceSpec) -> Result<(), String> {
        let Some(network) = spec
            .task_template
            .as_ref()
            .and_then(|t| t.networks.as_ref())
            .and_then(|n| n.first())
            .and_then(|n| n.target.clone())
        else {
            return Ok(());
        };
        if self.api.inspect_network(&network, None).await.is_ok() {
            return Ok(());
        }
        let labels = spec.labels.clone().unwrap_or_default();
        let request = NetworkCreateRequest {
            name: network,
            driver: Some("overlay".into()),
            attachable: Some(true),
            labels: Some(HashMap::from_iter(
                [LABEL_SERVER, LABEL_NAMESPACE, LABEL_STACK]
                    .iter()
                    .filter_map(|k| Some((k.to_string(), labels.get(*k)?.clone()))),
            )),
            ..Default::default()
        };
        match self.api.create_network(request).await {
            Err(e) if engine::status(&e) != Some(409) => Err(engine::engine_error(e)),
            _ => Ok(()),
        }
    }

    /// Removes this instance's networks that no swarm service of it attaches to.
    async fn prune_networks(&self, _app: &Arc<dyn Host>) {
        let filters = HashMap::from([("label", vec![format!("{LABEL_SERVER}={}", self.instance)])]);
        let Ok(networks) = self
            .api
            .list_networks(Some(
                ListNetworksOptionsBuilder::default()
                    .filters(&filters)
                    .build(),
            ))
            .await
        else {
            return;
        };
        let Ok(services) = self.own_services().await else {
            return;
        };
        let used: HashSet<String> = services
            .iter()
            .filter_map(|s| s.spec.as_ref()?.task_template.as_ref()?.networks.clone())
            .flatten()
            .filter_map(|n| n.target)
            .collect();
        for network in networks {
            let (Some(id), Some(name)) = (network.id, network.name) else {
                continue;
            };
            if !used.contains(&name) && !used.contains(&id) {
                let _ = self.api.remove_network(&id).await;
            }
        }
    }

    /// Pushes node tags changed through the API to the swarm's node labels, and labels
    /// changed on the swarm to the API's tags.
    async fn sync_labels(&self, app: &Arc<dyn Host>) {
        let Ok(nodes) = self.api.list_nodes(None).await else {
            return;
        };
        for node in nodes {
            let id = node.id.clone().unwrap_or_default();
            let spec = node.spec.clone().unwrap_or_default();
            let labels: BTreeSet<String> = spec
                .labels
                .iter()
                .flatten()
                .filter(|(_, v)| v.as_str() == "true")
                .map(|(k, _)| k.clone())
                .collect();
            let api_nodes: Vec<String> = hold(&self.nodes)
                .iter()
                .filter(|((_, n), _)| *n == id)
                .map(|(_, uuid)| uuid.clone())
                .collect();
            let api_tags: BTreeSet<String> = {
                let st = app.lock();
                api_nodes
                    .iter()
                    .filter_map(|n| st.object(Kind::Node, n))
                    .flat_map(|o| {
                        o["tags"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|t| t["name"].as_str().map(str::to_string))
                            .collect::<Vec<_>>()
                    })
                    .collect()
            };
            let agreed = hold(&self.agreed_tags).get(&id).cloned();
            let Some(agreed) = agreed else {
                // First sight: the swarm's labels win.
                self.set_api_tags(app, &api_nodes, &labels);
                hold(&self.agreed_tags).insert(id, labels);
                continue;
            };
            if api_tags != agreed {
                let mut spec = spec;
                let mut all = spec.labels.take().unwrap_or_default();
                all.retain(|k, v| v != "true" || api_tags.contains(k));
                for t in &api_tags {
                    all.insert(t.clone(), "true".into());
                }
                spec.labels = Some(all);
                let version = node.version.and_then(|v| v.index).unwrap_or(0);
                let options = UpdateNodeOptionsBuilder::default()
                    .version(version as i64)
                    .build();
                if self.api.update_node(&id, spec, options).await.is_ok() {
                    self.set_api_tags(app, &api_nodes, &api_tags);
                    hold(&self.agreed_tags).insert(id, api_tags);
                }
            } else if labels != agreed {
                self.set_api_tags(app, &api_nodes, &labels);
                hold(&self.agreed_tags).insert(id, labels);
            }
        }
    }

    fn set_api_tags(&self, app: &Arc<dyn Host>, nodes: &[String], tags: &BTreeSet<String>) {
        let mut st = app.lock();
        let value: Vec<Value> = tags.iter().map(|t| json!({ "name": t })).collect();
        for n in nodes {
            let same = st
                .object(Kind::Node, n)
                .is_some_and(|o| o["tags"] == Value::Array(value.clone()));
            if !same {
                st.modify(Kind::Node, n, |m| {
                    m.insert("tags".into(), Value::Array(value.clone()));
                });
            }
        }
    }

    /// Makes the API's nodes those of the swarm, in every namespace: registered with their
    /// facts, `Deployed` while ready, `Unreachable` while down, `Terminated` once gone; a
    /// node terminated through the API is drained and removed from the swarm. Keeps the
    /// join command current.
    async fn sync_nodes(&self, app: &Arc<dyn Host>) {
        let Ok(nodes) = self.api.list_nodes(None).await else {
            return;
        };
        let namespaces = app.namespaces();
        let mut seen = HashSet::new();
        for node in &nodes {
            let id = node.id.clone().unwrap_or_default();
            seen.insert(id.clone());
            let mut removed = false;
            for ns in &namespaces {
                let uuid = self.api_node(app, ns, node);
                let terminated = app.lock().state(Kind::Node, &uuid) == "Terminated";
                if terminated && id != self.local_node && !removed {
                    self.remove_node(node).await;
                    removed = true;
                }
            }
        }
        {
            let mut st = app.lock();
            let mut nodes_map = hold(&self.nodes);
            nodes_map.retain(|(_, id), uuid| {
                let keep = seen.contains(id);
                if !keep && st.state(Kind::Node, uuid) != "Terminated" {
                    // Its tasks are swarm's to replace: the containers stay.
                    st.set_state(Kind::Node, uuid, "Terminated");
                    st.modify(Kind::Node, uuid, |m| {
                        m.insert("destroyed_datetime".into(), json!(now()));
                    });
                }
                keep
            });
        }
        self.sync_labels(app).await;
        let manager = nodes
            .iter()
            .find(|n| n.id.as_deref() == Some(self.local_node.as_str()))
            .and_then(|n| n.manager_status.as_ref()?.addr.clone());
        if let (Ok(swarm), Some(addr)) = (self.api.inspect_swarm().await, manager) {
            if let Some(token) = swarm.join_tokens.and_then(|t| t.worker) {
                *hold(&self.join) = Some(json!({
                    "token": token,
                    "command": format!("docker swarm join --token {token} {addr}"),
                }));
            }
        }
    }

    /// The API node of a swarm node in a namespace, registered or refreshed with its facts.
    fn api_node(&self, app: &Arc<dyn Host>, ns: &str, node: &Node) -> String {
        let id = node.id.clone().unwrap_or_default();
        let description = node.description.clone().unwrap_or_default();
        let hostname = description.hostname.clone().unwrap_or_else(|| id.clone());
        let key = (ns.to_string(), id.clone());
        let mut st = app.lock();
        let known = hold(&self.nodes).get(&key).cloned();
        let uuid = match known {
            Some(uuid) => uuid,
            None => {
                let mapped: HashSet<String> = hold(&self.nodes).values().cloned().collect();
                // A restarted server finds its nodes by host name.
                let existing = st
                    .visible(Kind::Node, ns)
                    .find(|o| {
                        o.object["external_fqdn"] == hostname.as_str()
                            && o.object["state"] != "Terminated"
                            && !mapped.contains(&o.id)
                    })
                    .map(|o| o.id.clone());
                let uuid = existing.unwrap_or_else(|| machine::new_node(&mut st, ns, None, "", ""));
                hold(&self.nodes).insert(key, uuid.clone());
                uuid
            }
        };
        if st.state(Kind::Node, &uuid) == "Terminated" {
            return uuid;
        }
        let status = node.status.clone().unwrap_or_default();
        let resources = description.resources.clone().unwrap_or_default();
        let address = status.addr.clone().unwrap_or_default();
        let facts = engine::NodeFacts {
            hostname: hostname.clone(),
            cpus: resources.nano_cpus.unwrap_or(0) / 1_000_000_000,
            memory_mb: resources.memory_bytes.unwrap_or(0) / (1024 * 1024),
            docker_version: description
                .engine
                .as_ref()
                .and_then(|e| e.engine_version.clone())
                .unwrap_or_default(),
            graph_driver: None,
            public_ip: if address.is_empty() || address == "0.0.0.0" {
                engine::public_ip(&hostname)
            } else {
                address
            },
        };
        let ready = status.state == Some(NodeState::READY)
            && node.spec.as_ref().and_then(|s| s.availability)
                != Some(NodeSpecAvailabilityEnum::DRAIN);
        let state = if ready { "Deployed" } else { "Unreachable" };
        engine::describe_node(&mut st, &uuid, &facts, ready);
        let cluster = node
            .spec
            .as_ref()
            .and_then(|s| s.labels.as_ref())
            .and_then(|l| l.get(LABEL_NODE_CLUSTER))
            .filter(|c| !c.is_empty())
            .map(|name| cluster_named(&mut st, ns, name));
        join_cluster(&mut st, &uuid, cluster.as_deref());
        if st.state(Kind::Node, &uuid) != state {
            st.set_state(Kind::Node, &uuid, state);
        }
        uuid
    }

    /// Drains a swarm node, then removes it from the swarm.
    async fn remove_node(&self, node: &Node) {
        let id = node.id.clone().unwrap_or_default();
        let mut spec = node.spec.clone().unwrap_or_default();
        spec.availability = Some(NodeSpecAvailabilityEnum::DRAIN);
        let version = node.version.as_ref().and_then(|v| v.index).unwrap_or(0);
        let options = UpdateNodeOptionsBuilder::default()
            .version(version as i64)
            .build();
        let _ = self.api.update_node(&id, spec, options).await;
        let options = DeleteNodeOptionsBuilder::default().force(true).build();
        let _ = self.api.delete_node(&id, Some(options)).await;
    }
}

/// The node cluster `name` of a namespace, made (as `Deployed`, of no provider) when the
/// first node carrying it in its label shows up.
fn cluster_named(st: &mut Store, ns: &str, name: &str) -> String {
    let existing = st
        .visible(Kind::NodeCluster, ns)
        .find(|o| o.object["name"] == name && o.object["state"] != "Terminated")
        .map(|o| o.id.clone());
    if let Some(id) = existing {
        return id;
    }
    let uuid = crate::store::new_uuid();
    let cluster = json!({
        "uuid": uuid,
        "resource_uri": format!("/api/infra/v1/{ns}/nodecluster/{uuid}/"),
        "name": name,
        "nickname": name,
        "state": "Deployed",
        "node_type": null,
        "disk": null,
        "nodes": [],
        "region": null,
        "target_num_nodes": 0,
        "current_num_nodes": 0,
        "deployed_datetime": now(),
        "destroyed_datetime": null,
        "tags": [],
        "provider_options": {},
    });
    st.insert(Kind::NodeCluster, Obj::owned(&uuid, ns, cluster));
    uuid
}

/// Puts an API node in node cluster `cluster` (none: in none), keeping both clusters'
/// node lists and counts; a cluster left without nodes is terminated.
fn join_cluster(st: &mut Store, node: &str, cluster: Option<&str>) {
    let uri = st.str_of(Kind::Node, node, "resource_uri");
    let old = uri_id(&st.str_of(Kind::Node, node, "node_cluster")).to_string();
    if Some(old.as_str()) == cluster || (old.is_empty() && cluster.is_none()) {
        return;
    }
    let cluster_uri = cluster.map(|c| st.str_of(Kind::NodeCluster, c, "resource_uri"));
    st.modify(Kind::Node, node, |m| {
        m.insert("node_cluster".into(), json!(cluster_uri));
    });
    let recount = |st: &mut Store, c: &str, add: bool| {
        st.modify(Kind::NodeCluster, c, |m| {
            let mut nodes: Vec<Value> = m
                .get("nodes")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            nodes.retain(|n| n != uri.as_str());
            if add {
                nodes.push(json!(uri));
            }
            m.insert("current_num_nodes".into(), json!(nodes.len()));
            m.insert("target_num_nodes".into(), json!(nodes.len()));
            m.insert("nodes".into(), Value::Array(nodes));
        });
    };
    if !old.is_empty() {
        recount(st, &old, false);
        if st
            .object(Kind::NodeCluster, &old)
            .is_some_and(|c| c["current_num_nodes"] == 0)
        {
            st.set_state(Kind::NodeCluster, &old, "Terminated");
        }
    }
    if let Some(c) = cluster {
        recount(st, c, true);
    }
}

/// The swarm service name of an API service: `<name>-<first 8 of its uuid>`.
fn swarm_name(st: &Store, service: &str) -> String {
    let name = st.str_of(Kind::Service, service, "name");
    format!("{name}-{}", &service[..service.len().min(8)])
}

/// The overlay network of a namespace's stack (`stack` empty: its standalone services).
fn network_name(instance: &str, ns: &str, stack: &str) -> String {
    if stack.is_empty() {
        format!("dockercloud-{instance}-ns-{ns}")
    } else {
        format!("dockercloud-{instance}-{stack}")
    }
}

fn set_replicas(spec: &mut ServiceSpec, replicas: i64) {
    spec.mode = Some(ServiceSpecMode {
        replicated: Some(ServiceSpecModeReplicated {
            replicas: Some(replicas),
        }),
        ..Default::default()
    });
}

/// `global` or `N replicas`, for the action log.
fn mode_text(spec: &ServiceSpec) -> String {
    match spec.mode.as_ref().and_then(|m| m.replicated.as_ref()) {
        Some(r) => format!("{} replicas", r.replicas.unwrap_or(0)),
        None => "global".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_a_swarm_service_cannot_have_are_refused_by_name() {
        let refused = [
            (json!({"net": "host"}), "'net'"),
            (json!({"pid": "host"}), "'pid'"),
            (json!({"privileged": true}), "'privileged'"),
            (
                json!({"bindings": [{"volumes_from": "/api/app/v1/service/x/"}]}),
                "'volumes_from'",
            ),
            (
                json!({"services": [{"volumes_from": ["db"]}]}),
                "'volumes_from'",
            ),
        ];
        let accepted = json!({"net": "bridge", "privileged": false});
        engine::assert_checks(check_fields, &refused, accepted);
    }

    #[test]
    fn a_task_that_cannot_be_placed_or_failed_says_why() {
        let task = |state, err: &str| TaskView {
            id: "t".into(),
            slot: Some(1),
            node: String::new(),
            state: Some(state),
            current: true,
            exit_code: Some(2),
            error: err.into(),
            force: 0,
            ports: Vec::new(),
        };
        let pending = task(
            TaskState::PENDING,
            "no suitable node (scheduling constraints)",
        );
        assert!(pending.failure().unwrap().contains("no suitable node"));
        assert!(task(TaskState::PENDING, "").failure().is_none());
        assert!(task(TaskState::FAILED, "task: non-zero exit (2)")
            .failure()
            .is_some());
        assert_eq!(
            task(TaskState::COMPLETE, "finished").exit_message(),
            "Exit code 2"
        );
        assert_eq!(
            task(TaskState::FAILED, "task: non-zero exit (2)").exit_message(),
            "Exit code 2: task: non-zero exit (2)"
        );
    }
}
