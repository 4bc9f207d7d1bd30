//! The Docker runtime: services run as real containers on the Docker Engine of the server's
//! machine (`DOCKER_HOST`, else the default socket).
//!
//! Each API container is one engine container named `<name>.<first 8 of its uuid>`, with
//! the hostname `<name>` and labels naming the server instance, namespace, stack, service
//! and container. Services of a stack (or the standalone services of a namespace) share one
//! user-defined network, where each container answers to its service's name and to the
//! aliases other services link to it with. The engine's events keep the store current; a
//! full resync runs at start-up and whenever the event stream comes back.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bollard::models::{
    ContainerCreateBody, ContainerInspectResponse, EndpointSettings, EventMessage, HostConfig,
    NetworkCreateRequest, NetworkingConfig, PortBinding, RestartPolicy, RestartPolicyNameEnum,
};
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, CreateImageOptionsBuilder, EventsOptionsBuilder,
    ListContainersOptionsBuilder, ListNetworksOptionsBuilder, RemoveContainerOptionsBuilder,
    RemoveVolumeOptions, StopContainerOptionsBuilder,
};
use futures_util::StreamExt;
use serde_json::{json, Map, Value};

use super::Host;
use super::{engine, ExecSession, FieldCheck, Job, Pending, Runtime};
use crate::kind::Kind;
use crate::machine::{self, Ctx, Move};
use crate::model;
use crate::ops;
use crate::store::{now, uri_id, Store};

/// Label: the server instance that owns a container or network.
const LABEL_SERVER: &str = "dockercloud.server";
/// Label: the namespace of a container.
const LABEL_NAMESPACE: &str = "dockercloud.namespace";
/// Label: the API uuid of a container.
const LABEL_CONTAINER: &str = "dockercloud.container";
/// Label: the API uuid of a container's service.
const LABEL_SERVICE: &str = "dockercloud.service";
/// Label: the API uuid of a container's stack (empty for standalone services).
const LABEL_STACK: &str = "dockercloud.stack";
/// Container states of a move in progress, which records its own outcome.
const TRANSITIONAL: &[&str] = &["Starting", "Stopping", "Terminating"];
/// How long `stop` waits before the engine kills the process.
const STOP_TIMEOUT_SECONDS: i32 = 10;

/// A connection to one Docker Engine, as one server instance.
pub struct Docker {
    engine: Engine,
    version: String,
}

/// What the background work shares: the engine client and the instance name.
#[derive(Clone)]
struct Engine {
    api: bollard::Docker,
    instance: String,
    /// Containers whose logs are being followed.
    logs: Arc<Mutex<HashSet<String>>>,
    /// Held while a network is looked up and created: the engine allows two of one name.
    networks: Arc<tokio::sync::Mutex<()>>,
}

impl Docker {
    /// Connects to the engine (`DOCKER_HOST`, else the default socket) and negotiates the
    /// API version, so that an older engine is spoken to in its own version.
    pub async fn connect(instance: &str) -> Result<Docker, String> {
        let (api, version) = engine::connect().await?;
        Ok(Docker {
            engine: Engine {
                api,
                instance: instance.to_string(),
                logs: Arc::default(),
                networks: Arc::default(),
            },
            version,
        })
    }
}

impl Runtime for Docker {
    fn name(&self) -> &'static str {
        "docker"
    }

    fn describe(&self) -> String {
        engine::describe(self.name(), &self.version, &self.engine.instance)
    }

    fn apply(&self, app: Arc<dyn Host>, job: Job) -> Pending<()> {
        let engine = self.engine.clone();
        Box::pin(async move {
            let result = engine.apply(&app, &job).await;
            if let Err(e) = &result {
                engine.settle_failed(&app, &job.uuid, job.mv, e).await;
            }
            result
        })
    }

    fn engine_fields(&self) -> Option<FieldCheck> {
        Some(check_fields)
    }

    fn refuses_nodes(&self) -> Option<&'static str> {
        Some("the docker runtime runs services on the server's own machine: it provisions no nodes")
    }

    fn exec(&self, container: &Value, command: &str) -> Pending<ExecSession> {
        let engine = self.engine.clone();
        let name = engine_name(container);
        let command = command.to_string();
        Box::pin(async move { engine.exec(&name, &command).await })
    }

    fn start(&self, app: Arc<dyn Host>) {
        let engine = self.engine.clone();
        let registered = app.clone();
        tokio::spawn(async move { engine.register_nodes(&registered).await });
        let engine = self.engine.clone();
        let watched = app.clone();
        tokio::spawn(async move { engine.watch_containers(watched).await });
        let engine = self.engine.clone();
        tokio::spawn(async move { engine.watch_images(app).await });
    }
}

/// Refuses the fields of one service (API or stack-file form) the engine cannot honour.
fn check_fields(s: &Map<String, Value>) -> Result<(), String> {
    let text = |k: &str| s.get(k).and_then(Value::as_str);
    if let Some(net) = text("net").filter(|n| !["bridge", "host"].contains(n)) {
        return Err(format!(
            "'net': '{net}' is not supported by the docker runtime (bridge or host)"
        ));
    }
    if let Some(pid) = text("pid").filter(|p| !["none", "host"].contains(p)) {
        return Err(format!(
            "'pid': '{pid}' is not supported by the docker runtime (none or host)"
        ));
    }
    Ok(())
}

/// The engine name of an API container: `<name>.<first 8 of its uuid>`.
fn engine_name(container: &Value) -> String {
    let name = container["name"].as_str().unwrap_or_default();
    let uuid = container["uuid"].as_str().unwrap_or_default();
    format!("{name}.{}", &uuid[..uuid.len().min(8)])
}

/// Everything the engine needs to create one container, read from the store.
struct Spec {
    name: String,
    config: ContainerCreateBody,
    network: Option<(String, HashMap<String, String>)>,
    aliases: Vec<String>,
    /// Volume mounts of the container being replaced (redeploy keeping volumes).
    kept_volumes: Vec<String>,
}

impl Engine {
    /// Carries out one move and records the outcome.
    async fn apply(&self, app: &Arc<dyn Host>, job: &Job) -> Result<(), String> {
        let (uuid, action) = (job.uuid.as_str(), job.action.as_str());
        let container = app
            .lock()
            .object(Kind::Container, uuid)
            .cloned()
            .ok_or("the container is gone")?;
        let name = engine_name(&container);
        match job.mv {
            Move::Start => {
                if self.inspect(&name).await?.is_none() {
                    let spec = self.spec(app, uuid, Vec::new())?;
                    self.create(app, action, spec).await?;
                }
                self.start_and_observe(app, uuid, &name).await
            }
            Move::Stop => {
                let options = StopContainerOptionsBuilder::default()
                    .t(STOP_TIMEOUT_SECONDS)
                    .build();
                self.api
                    .stop_container(&name, Some(options))
                    .await
                    .or_else(not_modified)
                    .map_err(engine::engine_error)?;
                self.observe(app, uuid, &name).await
            }
            Move::Remove => {
                self.remove(&name, true).await?;
                machine::container_terminated(&mut app.lock(), uuid);
                self.prune_networks(app, false).await;
                Ok(())
            }
            Move::Redeploy { reuse_volumes } => {
                let kept = match self.inspect(&name).await? {
                    Some(old) if reuse_volumes => volume_mounts(&old),
                    _ => Vec::new(),
                };
                let spec = self.spec(app, uuid, kept)?;
                // The image first: an image the engine cannot get leaves the old container.
                self.pull(
                    app,
                    action,
                    spec.config.image.as_deref().unwrap_or_default(),
                )
                .await?;
                self.remove(&name, !reuse_volumes).await?;
                self.create(app, action, spec).await?;
                self.start_and_observe(app, uuid, &name).await
            }
        }
    }

    /// Records what the engine has of a container whose move failed: its state when the
    /// engine has the container, `Terminated` when a removal left nothing, else `Stopped`
    /// with the error (corrected by the resync once the engine answers again).
    async fn settle_failed(&self, app: &Arc<dyn Host>, uuid: &str, mv: Move, error: &str) {
        let Some(container) = app.lock().object(Kind::Container, uuid).cloned() else {
            return;
        };
        let name = engine_name(&container);
        match self.inspect(&name).await {
            Ok(Some(inspected)) => {
                if record(&mut app.lock(), uuid, &inspected) {
                    self.follow_logs(app.clone(), uuid.to_string(), name);
                }
            }
            Ok(None) if mv == Move::Remove => machine::container_terminated(&mut app.lock(), uuid),
            _ => machine::container_stopped(&mut app.lock(), uuid, None, error),
        }
    }

    async fn inspect(&self, name: &str) -> Result<Option<ContainerInspectResponse>, String> {
        match self.api.inspect_container(name, None).await {
            Ok(c) => Ok(Some(c)),
            Err(e) if engine::status(&e) == Some(404) => Ok(None),
            Err(e) => Err(engine::engine_error(e)),
        }
    }

    /// Removes a container, with its anonymous volumes when `volumes`: those the engine
    /// made for it, and those a redeploy kept (mounted by name, which the engine's own
    /// removal keeps).
    async fn remove(&self, name: &str, volumes: bool) -> Result<(), String> {
        let kept = match self.inspect(name).await {
            Ok(Some(c)) if volumes => volume_mounts(&c),
            _ => Vec::new(),
        };
        let options = RemoveContainerOptionsBuilder::default()
            .force(true)
            .v(volumes)
            .build();
        match self.api.remove_container(name, Some(options)).await {
            Err(e) if engine::status(&e) != Some(404) => return Err(engine::engine_error(e)),
            _ => {}
        }
        for volume in kept
            .iter()
            .filter_map(|k| k.split_once(':'))
            .map(|(v, _)| v)
        {
            if anonymous_volume(volume) {
                // Refused while another container uses it.
                let _ = self
                    .api
                    .remove_volume(volume, None::<RemoveVolumeOptions>)
                    .await;
            }
        }
        Ok(())
    }

    async fn start_and_observe(
        &self,
        app: &Arc<dyn Host>,
        uuid: &str,
        name: &str,
    ) -> Result<(), String> {
        self.api
            .start_container(name, None)
            .await
            .or_else(not_modified)
            .map_err(engine::engine_error)?;
        self.observe(app, uuid, name).await
    }

    /// Reads the container back from the engine and records its state, address and ports.
    async fn observe(&self, app: &Arc<dyn Host>, uuid: &str, name: &str) -> Result<(), String> {
        let inspected = self
            .inspect(name)
            .await?
            .ok_or("the engine no longer has the container")?;
        let running = record(&mut app.lock(), uuid, &inspected);
        if running {
            self.follow_logs(app.clone(), uuid.to_string(), name.to_string());
        }
        Ok(())
    }

    /// The creation request of a container, from its API object, service and stack.
    fn spec(
        &self,
        app: &Arc<dyn Host>,
        uuid: &str,
        kept_volumes: Vec<String>,
    ) -> Result<Spec, String> {
        let st = app.lock();
        let c = st
            .object(Kind::Container, uuid)
            .ok_or("the container is gone")?;
        let ns = st
            .namespace(Kind::Container, uuid)
            .unwrap_or_default()
            .to_string();
        let service_id = uri_id(c["service"].as_str().unwrap_or_default()).to_string();
        let service = st
            .object(Kind::Service, &service_id)
            .cloned()
            .unwrap_or(Value::Null);
        let stack_id = uri_id(service["stack"].as_str().unwrap_or_default()).to_string();
        let text = |k: &str| engine::text(c, k);
        let mut labels = engine::labels(c);
        labels.insert(LABEL_SERVER.into(), self.instance.clone());
        labels.insert(LABEL_NAMESPACE.into(), ns.clone());
        labels.insert(LABEL_CONTAINER.into(), uuid.to_string());
        labels.insert(LABEL_SERVICE.into(), service_id.clone());
        labels.insert(LABEL_STACK.into(), stack_id.clone());

        let mut exposed = Vec::new();
        let mut bindings = HashMap::new();
        for p in c["container_ports"].as_array().into_iter().flatten() {
            let (Some(inner), proto) = (
                p["inner_port"].as_i64(),
                p["protocol"].as_str().unwrap_or("tcp"),
            ) else {
                continue;
            };
            let key = format!("{inner}/{proto}");
            exposed.push(key.clone());
            if p["published"] == true {
                let host_port = p["outer_port"]
                    .as_i64()
                    .map(|o| o.to_string())
                    .unwrap_or_default();
                bindings.insert(
                    key,
                    Some(vec![PortBinding {
                        host_ip: None,
                        host_port: Some(host_port),
                    }]),
                );
            }
        }

        let anonymous: Vec<String> = service["bindings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|b| {
                b["host_path"].as_str().is_none_or(str::is_empty) && b["volumes_from"].is_null()
            })
            .filter_map(|b| b["container_path"].as_str())
            .map(str::to_string)
            .collect();

        // Only the anonymous volumes are kept: a named volume or host path is bound again
        // from the service's bindings.
        let kept_volumes: Vec<String> = kept_volumes
            .into_iter()
            .filter(|k| {
                k.split_once(':')
                    .is_some_and(|(_, path)| anonymous.iter().any(|a| a == path))
            })
            .collect();
        let mut binds = kept_volumes.clone();
        let mut volumes_from = Vec::new();
        for b in service["bindings"].as_array().into_iter().flatten() {
            if let Some(from) = b["volumes_from"].as_str() {
                let from_service = uri_id(from);
                for other in machine::live_containers(&st, from_service) {
                    if let Some(o) = st.object(Kind::Container, &other) {
                        volumes_from.push(engine_name(o));
                    }
                }
                continue;
            }
            let Some(path) = b["container_path"].as_str() else {
                continue;
            };
            let mode = if b["rewritable"] == false { "ro" } else { "rw" };
            // Without a host path it is an anonymous volume (declared below), or the kept
            // volume mounted at the same path.
            if let Some(host) = b["host_path"].as_str().filter(|h| !h.is_empty()) {
                binds.push(format!("{host}:{path}:{mode}"));
            }
        }
        let env = engine::environment(&service, c);
        let restart = match c["autorestart"].as_str() {
            Some("ALWAYS") => RestartPolicyNameEnum::ALWAYS,
            Some("ON_FAILURE") => RestartPolicyNameEnum::ON_FAILURE,
            _ => RestartPolicyNameEnum::NO,
        };
        let strings = |k: &str| engine::texts(c, k);
        let host_net = c["net"] == "host";
        let host = HostConfig {
            binds: (!binds.is_empty()).then_some(binds),
            volumes_from: (!volumes_from.is_empty()).then_some(volumes_from),
            port_bindings: (!bindings.is_empty() && !host_net).then_some(bindings),
            restart_policy: Some(RestartPolicy {
                name: Some(restart),
                maximum_retry_count: None,
            }),
            privileged: c["privileged"].as_bool(),
            cpu_shares: c["cpu_shares"].as_i64(),
            memory: c["memory"]
                .as_i64()
                .filter(|m| *m > 0)
                .map(|m| m * 1024 * 1024),
            memory_swap: c["memory_swap"]
                .as_i64()
                .filter(|m| *m > 0)
                .map(|m| m * 1024 * 1024),
            network_mode: host_net.then(|| "host".to_string()),
            pid_mode: (c["pid"] == "host").then(|| "host".to_string()),
            dns: strings("dns"),
            dns_search: strings("dns_search"),
            cap_add: strings("cap_add"),
            cap_drop: strings("cap_drop"),
            extra_hosts: strings("extra_hosts"),
            security_opt: strings("security_opt"),
            readonly_rootfs: c["read_only"].as_bool(),
            cgroup_parent: text("cgroup_parent"),
            cpuset_cpus: text("cpuset"),
            ..Default::default()
        };
        let name = c["name"].as_str().unwrap_or_default().to_string();
        let config = ContainerCreateBody {
            image: text("image_name"),
            hostname: (!host_net).then(|| text("hostname").unwrap_or_else(|| name.clone())),
            domainname: text("domainname"),
            user: text("user"),
            working_dir: text("working_dir"),
            env: Some(env),
            cmd: text("run_command").map(|c| engine::shell_words(&c)),
            entrypoint: text("entrypoint").map(|e| engine::shell_words(&e)),
            labels: Some(labels),
            exposed_ports: (!exposed.is_empty()).then_some(exposed),
            volumes: (!anonymous.is_empty()).then_some(anonymous),
            tty: c["tty"].as_bool(),
            open_stdin: c["stdin_open"].as_bool(),
            host_config: Some(host),
            ..Default::default()
        };
        let network = (!host_net).then(|| self.network(&ns, &stack_id));
        let mut aliases = vec![service["name"].as_str().unwrap_or_default().to_string()];
        aliases.extend(engine::link_aliases(&st, &ns, &service_id));
        Ok(Spec {
            name: engine_name(c),
            config,
            network,
            aliases,
            kept_volumes,
        })
    }

    /// Pulls `image` unless the engine has it, logging it in the action.
    async fn pull(&self, app: &Arc<dyn Host>, action: &str, image: &str) -> Result<(), String> {
        if self.api.inspect_image(image).await.is_ok() {
            return Ok(());
        }
        engine::note(app, action, &format!("Pulling image {image}"));
        let options = CreateImageOptionsBuilder::default()
            .from_image(image)
            .build();
        let mut pull = self.api.create_image(Some(options), None, None);
        while let Some(step) = pull.next().await {
            step.map_err(|e| format!("cannot pull image {image}: {}", engine::engine_message(&e)))?;
        }
        Ok(())
    }

    /// Creates a container (its network and image first), logging each step in the action.
    async fn create(&self, app: &Arc<dyn Host>, action: &str, spec: Spec) -> Result<(), String> {
        self.pull(
            app,
            action,
            spec.config.image.as_deref().unwrap_or_default(),
        )
        .await?;
        let mut config = spec.config;
        if let Some((network, labels)) = &spec.network {
            self.ensure_network(network, labels).await?;
            config.networking_config = Some(NetworkingConfig {
                endpoints_config: Some(HashMap::from([(
                    network.clone(),
                    EndpointSettings {
                        aliases: Some(spec.aliases.clone()),
                        ..Default::default()
                    },
                )])),
            });
        }
        if !spec.kept_volumes.is_empty() {
            engine::note(app, action, "Reusing the volumes of the previous container");
        }
        engine::note(app, action, &format!("Creating container {}", spec.name));
        let options = CreateContainerOptionsBuilder::default()
            .name(&spec.name)
            .build();
        self.api
            .create_container(Some(options), config)
            .await
            .map_err(engine::engine_error)?;
        Ok(())
    }

    async fn ensure_network(
        &self,
        name: &str,
        labels: &HashMap<String, String>,
    ) -> Result<(), String> {
        let _one_at_a_time = self.networks.lock().await;
        if self.api.inspect_network(name, None).await.is_ok() {
            return Ok(());
        }
        let request = NetworkCreateRequest {
            name: name.to_string(),
            driver: Some("bridge".into()),
            labels: Some(labels.clone()),
            ..Default::default()
        };
        match self.api.create_network(request).await {
            // Created meanwhile by a concurrent move.
            Err(e) if engine::status(&e) == Some(409) => Ok(()),
            other => other.map(|_| ()).map_err(engine::engine_error),
        }
    }

    /// Removes this instance's networks that no live container of the store belongs to;
    /// a namespace's network for standalone services only when `namespaces` (at resync),
    /// since the next `run` would make it again.
    async fn prune_networks(&self, app: &Arc<dyn Host>, namespaces: bool) {
        let filters = HashMap::from([("label", vec![format!("{LABEL_SERVER}={}", self.instance)])]);
        let options = ListNetworksOptionsBuilder::default()
            .filters(&filters)
            .build();
        let Ok(networks) = self.api.list_networks(Some(options)).await else {
            return;
        };
        let used: HashSet<String> = {
            let st = app.lock();
            st.ids(Kind::Container)
                .filter(|c| st.state(Kind::Container, c) != "Terminated")
                .filter_map(|c| st.object(Kind::Container, c))
                .map(|c| {
                    let (ns, stack) = placement(&st, c);
                    self.network(&ns, &stack).0
                })
                .collect()
        };
        for network in networks {
            let standalone = network
                .labels
                .as_ref()
                .and_then(|l| l.get(LABEL_STACK))
                .is_none_or(String::is_empty);
            if standalone && !namespaces {
                continue;
            }
            if let Some(name) = network.name.filter(|n| !used.contains(n)) {
                let _ = self.api.remove_network(&name).await;
            }
        }
    }

    /// The network of a namespace's stack (`stack` empty: its standalone services), with
    /// its labels.
    fn network(&self, ns: &str, stack: &str) -> (String, HashMap<String, String>) {
        let key = if stack.is_empty() {
            format!("ns-{ns}")
        } else {
            stack.to_string()
        };
        let labels = HashMap::from([
            (LABEL_SERVER.to_string(), self.instance.clone()),
            (LABEL_NAMESPACE.to_string(), ns.to_string()),
            (LABEL_STACK.to_string(), stack.to_string()),
        ]);
        (format!("dockercloud-{}-{key}", self.instance), labels)
    }

    /// Follows a running container's engine log into the store's logs (once per container),
    /// from after the lines the store holds.
    fn follow_logs(&self, app: Arc<dyn Host>, uuid: String, name: String) {
        if !self
            .logs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(uuid.clone())
        {
            return;
        }
        let engine = self.clone();
        tokio::spawn(async move {
            engine::copy_log(&app, &uuid, |options| engine.api.logs(&name, Some(options))).await;
            let mut logs = engine.logs.lock().unwrap_or_else(|e| e.into_inner());
            logs.remove(&uuid);
        });
    }

    /// Starts `command` (through `sh -c`) in a container with its stdin attached.
    async fn exec(&self, name: &str, command: &str) -> Result<ExecSession, String> {
        engine::exec(&self.api, name, command).await
    }

    /// Registers the engine's machine as a node in every namespace, then keeps its state:
    /// `Deployed` while the engine answers, `Unreachable` when it does not.
    async fn register_nodes(&self, app: &Arc<dyn Host>) {
        let mut reachable = None;
        loop {
            let info = self.api.info().await.ok();
            if reachable != Some(info.is_some()) {
                let mut st = app.lock();
                match &info {
                    Some(info) => {
                        for ns in app.namespaces() {
                            register_node(&mut st, &ns, info);
                        }
                    }
                    None => {
                        for id in local_nodes(&st) {
                            st.set_state(Kind::Node, &id, "Unreachable");
                        }
                    }
                }
                reachable = Some(info.is_some());
            }
            if reachable == Some(true) {
                let mut st = app.lock();
                for id in local_nodes(&st) {
                    st.modify(Kind::Node, &id, |m| {
                        m.insert("last_seen".into(), json!(now()));
                    });
                }
            }
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    }

    /// Folds the engine's container events into the store, resyncing on every (re)connect.
    async fn watch_containers(&self, app: Arc<dyn Host>) {
        let mut outage = engine::Outage::default();
        loop {
            let filters = HashMap::from([
                ("type", vec!["container".to_string()]),
                ("label", vec![format!("{LABEL_SERVER}={}", self.instance)]),
            ]);
            let options = EventsOptionsBuilder::default().filters(&filters).build();
            let mut events = self.api.events(Some(options));
            outage.report(self.resync(&app).await, "resync with the engine");
            while let Some(Ok(event)) = events.next().await {
                self.container_event(&app, &event).await;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }

    /// One engine event about one of this instance's containers.
    async fn container_event(&self, app: &Arc<dyn Host>, event: &EventMessage) {
        let attrs = event
            .actor
            .as_ref()
            .and_then(|a| a.attributes.clone())
            .unwrap_or_default();
        let Some(uuid) = attrs.get(LABEL_CONTAINER).cloned() else {
            return;
        };
        let action = event.action.as_deref().unwrap_or_default();
        let name = attrs.get("name").cloned().unwrap_or_default();
        let destroy = {
            let mut st = app.lock();
            let state = st.state(Kind::Container, &uuid);
            // A move in progress records its own outcome.
            if state.is_empty() || state == "Terminated" || TRANSITIONAL.contains(&state.as_str()) {
                return;
            }
            let service = uri_id(&st.str_of(Kind::Container, &uuid, "service")).to_string();
            let mut destroy = false;
            match action {
                "die" if state == "Running" => {
                    let code = attrs.get("exitCode").and_then(|c| c.parse::<i64>().ok());
                    let message = format!("Exit code {}", code.unwrap_or(-1));
                    machine::container_stopped(&mut st, &uuid, code, &message);
                    destroy = match st.str_of(Kind::Container, &uuid, "autodestroy").as_str() {
                        "ALWAYS" => true,
                        "ON_SUCCESS" => code == Some(0),
                        _ => false,
                    };
                }
                "start" if state == "Stopped" => machine::container_running(&mut st, &uuid),
                "destroy" => machine::container_terminated(&mut st, &uuid),
                _ => return,
            }
            machine::refresh_service(&mut st, &service, true);
            destroy
        };
        if action == "start" {
            // Address and ports may have changed; logs resume.
            let _ = self.observe(app, &uuid, &name).await;
        }
        if destroy {
            let _ = self.remove(&name, true).await;
            let mut st = app.lock();
            let service = uri_id(&st.str_of(Kind::Container, &uuid, "service")).to_string();
            machine::container_terminated(&mut st, &uuid);
            machine::refresh_service(&mut st, &service, true);
        }
    }

    /// Makes the store agree with the engine: states of known containers, containers gone
    /// from the engine, and engine containers the store does not know (removed).
    async fn resync(&self, app: &Arc<dyn Host>) -> Result<(), String> {
        let filters = HashMap::from([("label", vec![format!("{LABEL_SERVER}={}", self.instance)])]);
        let options = ListContainersOptionsBuilder::default()
            .all(true)
            .filters(&filters)
            .build();
        // Only what the store held before the listing can be missing from it, and a move in
        // progress records its own outcome.
        let before: HashSet<String> = {
            let st = app.lock();
            st.ids(Kind::Container)
                .filter(|c| !TRANSITIONAL.contains(&st.state(Kind::Container, c).as_str()))
                .cloned()
                .collect()
        };
        let listed = self
            .api
            .list_containers(Some(options))
            .await
            .map_err(engine::engine_error)?;
        let mut on_engine = HashMap::new();
        for c in listed {
            let labels = c.labels.clone().unwrap_or_default();
            let (Some(uuid), Some(id)) = (labels.get(LABEL_CONTAINER).cloned(), c.id.clone())
            else {
                continue;
            };
            on_engine.insert(uuid, id);
        }
        let (known, orphans) = {
            let mut st = app.lock();
            let live: Vec<String> = st
                .ids(Kind::Container)
                .filter(|c| st.state(Kind::Container, c) != "Terminated")
                .cloned()
                .collect();
            let mut services = HashSet::new();
            for c in &live {
                let settled = !TRANSITIONAL.contains(&st.state(Kind::Container, c).as_str());
                if before.contains(c) && settled && !on_engine.contains_key(c) {
                    machine::container_terminated(&mut st, c);
                    services.insert(uri_id(&st.str_of(Kind::Container, c, "service")).to_string());
                }
            }
            for s in services {
                machine::refresh_service(&mut st, &s, true);
            }
            let live: HashSet<String> = live.into_iter().collect();
            let (known, orphans): (Vec<_>, Vec<_>) = on_engine
                .into_iter()
                .partition(|(uuid, _)| live.contains(uuid));
            (known, orphans)
        };
        for (_, id) in orphans {
            let _ = self.remove(&id, true).await;
        }
        self.prune_networks(app, true).await;
        for (uuid, id) in known.into_iter().filter(|(uuid, _)| before.contains(uuid)) {
            let Ok(Some(inspected)) = self.inspect(&id).await else {
                continue;
            };
            let running = {
                let mut st = app.lock();
                let running = record(&mut st, &uuid, &inspected);
                let service = uri_id(&st.str_of(Kind::Container, &uuid, "service")).to_string();
                machine::refresh_service(&mut st, &service, true);
                running
            };
            if running {
                let name = inspected.name.unwrap_or_default();
                self.follow_logs(app.clone(), uuid, name.trim_start_matches('/').to_string());
            }
        }
        Ok(())
    }

    /// Redeploys the services with `autoredeploy` whose image tag got a new image.
    async fn watch_images(&self, app: Arc<dyn Host>) {
        loop {
            let filters = HashMap::from([("type", vec!["image".to_string()])]);
            let options = EventsOptionsBuilder::default().filters(&filters).build();
            let mut events = self.api.events(Some(options));
            while let Some(Ok(event)) = events.next().await {
                let action = event.action.as_deref().unwrap_or_default();
                if !["tag", "import", "pull", "load"].contains(&action) {
                    continue;
                }
                let attrs = event
                    .actor
                    .as_ref()
                    .and_then(|a| a.attributes.clone())
                    .unwrap_or_default();
                let id = event
                    .actor
                    .as_ref()
                    .and_then(|a| a.id.clone())
                    .unwrap_or_default();
                let image = attrs.get("name").cloned().unwrap_or(id);
                autoredeploy(&app, &model::image_with_tag(&image));
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}

/// Starts a redeploy of every running service with `autoredeploy` on `image` (with tag).
fn autoredeploy(app: &Arc<dyn Host>, image: &str) {
    let mut st = app.lock();
    let services: Vec<(String, String)> = st
        .ids(Kind::Service)
        .filter_map(|id| {
            let s = st.object(Kind::Service, id)?;
            let wanted = s["autoredeploy"] == true
                && model::image_with_tag(s["image_name"].as_str().unwrap_or_default()) == image
                && ["Running", "Partly running"].contains(&s["state"].as_str().unwrap_or_default());
            wanted.then(|| {
                (
                    id.clone(),
                    st.namespace(Kind::Service, id)
                        .unwrap_or_default()
                        .to_string(),
                )
            })
        })
        .collect();
    for (id, ns) in services {
        let ctx = Ctx {
            user: "autoredeploy".into(),
            ns: ns.clone(),
            method: "POST".into(),
            path: format!("/api/app/v1/{ns}/service/{id}/redeploy/"),
            ..Default::default()
        };
        if let Ok(started) = ops::perform(&mut st, &ctx, Kind::Service, &id, "redeploy", true, &[])
        {
            super::run(app.clone(), &mut st, started.action, started.steps);
        }
    }
}

/// Records an inspected container: `Running` with its address and ports, or `Stopped`
/// with its exit code. Returns whether it runs.
fn record(st: &mut Store, uuid: &str, inspected: &ContainerInspectResponse) -> bool {
    let state = inspected.state.clone().unwrap_or_default();
    let running = state.running == Some(true);
    if running {
        machine::container_running(st, uuid);
    } else {
        let code = state.exit_code;
        let mut message = format!("Exit code {}", code.unwrap_or(-1));
        if let Some(error) = state.error.filter(|e| !e.is_empty()) {
            message = format!("{message}: {error}");
        }
        machine::container_stopped(st, uuid, code, &message);
    }
    let settings = inspected.network_settings.clone().unwrap_or_default();
    let ip = settings
        .networks
        .unwrap_or_default()
        .values()
        .find_map(|n| n.ip_address.clone().filter(|ip| !ip.is_empty()));
    let published = settings.ports.unwrap_or_default();
    // Published ports answer on the node's address.
    let node = uri_id(&st.str_of(Kind::Container, uuid, "node")).to_string();
    let host = Some(st.str_of(Kind::Node, &node, "public_ip"))
        .filter(|ip| !ip.is_empty())
        .unwrap_or_else(|| st.str_of(Kind::Container, uuid, "public_dns"));
    st.modify(Kind::Container, uuid, |m| {
        if let Some(ip) = &ip {
            m.insert("private_ip".into(), json!(ip));
        }
        let mut ports = m.get("container_ports").cloned().unwrap_or(json!([]));
        for p in ports.as_array_mut().into_iter().flatten() {
            let key = format!(
                "{}/{}",
                p["inner_port"].as_i64().unwrap_or(0),
                p["protocol"].as_str().unwrap_or("tcp")
            );
            // The engine may choose different ports for IPv4 and IPv6: the node's address
            // is IPv4.
            let bindings = published.get(&key).and_then(|b| b.as_ref());
            let outer = bindings
                .and_then(|b| {
                    b.iter()
                        .find(|b| !b.host_ip.as_deref().unwrap_or_default().contains(':'))
                        .or(b.first())
                })
                .and_then(|b| b.host_port.as_deref())
                .and_then(|p| p.parse::<i64>().ok());
            if let Some(outer) = outer {
                p["outer_port"] = json!(outer);
            }
        }
        model::endpoints(&mut ports, &host, false);
        m.insert("container_ports".into(), ports);
    });
    running
}

/// The named volumes mounted in a container, as `name:destination` binds.
fn volume_mounts(c: &ContainerInspectResponse) -> Vec<String> {
    c.mounts
        .iter()
        .flatten()
        .filter(|m| m.typ.as_deref() == Some("volume"))
        .filter_map(|m| {
            Some(format!(
                "{}:{}",
                m.name.as_deref()?,
                m.destination.as_deref()?
            ))
        })
        .collect()
}

/// Whether a volume name is one the engine made up for an anonymous volume (64 hex digits).
fn anonymous_volume(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Registers (or refreshes) the engine's machine as a node of namespace `ns`.
fn register_node(st: &mut Store, ns: &str, info: &bollard::models::SystemInfo) {
    let hostname = info.name.clone().unwrap_or_else(|| "localhost".into());
    let existing = st
        .visible(Kind::Node, ns)
        .find(|o| {
            o.object["external_fqdn"] == hostname.as_str() && o.object["state"] != "Terminated"
        })
        .map(|o| o.id.clone());
    let id = match existing {
        Some(id) => id,
        None => machine::new_node(st, ns, None, "", ""),
    };
    let facts = engine::NodeFacts {
        public_ip: engine::public_ip(&hostname),
        hostname,
        cpus: info.ncpu.unwrap_or(1),
        memory_mb: info.mem_total.unwrap_or(0) / (1024 * 1024),
        docker_version: info.server_version.clone().unwrap_or_default(),
        graph_driver: info.driver.clone(),
    };
    engine::describe_node(st, &id, &facts, true);
    st.set_state(Kind::Node, &id, "Deployed");
}

/// The nodes that stand for the engine's machine.
fn local_nodes(st: &Store) -> Vec<String> {
    st.ids(Kind::Node)
        .filter(|n| {
            st.object(Kind::Node, n)
                .is_some_and(|o| o["node_cluster"].is_null())
        })
        .cloned()
        .collect()
}

/// The namespace and stack uuid (empty for a standalone service) of a container.
fn placement(st: &Store, container: &Value) -> (String, String) {
    let uuid = container["uuid"].as_str().unwrap_or_default();
    let ns = st
        .namespace(Kind::Container, uuid)
        .unwrap_or_default()
        .to_string();
    let service = uri_id(container["service"].as_str().unwrap_or_default());
    let stack = uri_id(&st.str_of(Kind::Service, service, "stack")).to_string();
    (ns, stack)
}

/// An engine answer of 304 (already started or stopped) is success.
fn not_modified(e: bollard::errors::Error) -> Result<(), bollard::errors::Error> {
    if engine::status(&e) == Some(304) {
        Ok(())
    } else {
        Err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_the_engine_cannot_honour_are_refused_by_name() {
        let refused = [
            (json!({"net": "weird"}), "'net'"),
            (json!({"pid": "weird"}), "'pid'"),
            (json!({"roles": ["global"]}), "'roles'"),
            (
                json!({"bindings": [{"host_path": "/var/run/docker.sock", "container_path": "/s"}]}),
                "'bindings': /var/run/docker.sock is the Docker socket",
            ),
            (
                json!({"volumes": ["/run/docker.sock:/s"]}),
                "'bindings': /run/docker.sock is the Docker socket",
            ),
            (
                json!({"services": [{"name": "a", "net": "weird"}]}),
                "'net'",
            ),
        ];
        let accepted = json!({"net": "host", "pid": "none", "roles": []});
        engine::assert_checks(check_fields, &refused, accepted);
    }
}
