//! The state machine: operations on services, containers, stacks, nodes and node clusters,
//! each recorded as an Action and broken into steps, which [`crate::runtime::run`] carries
//! out; and what the runtimes record of the containers they observe.

use serde_json::{json, Map, Value};

use crate::kind::Kind;
use crate::model;
use crate::obj::Obj;
use crate::store::{field, new_uuid, now, uri_id, Store};

/// One later part of an operation.
pub enum Step {
    /// A change to the store alone, applied under the store lock.
    Store(Box<dyn FnOnce(&mut Store) + Send>),
    /// Containers the runtime moves; each is recorded in the store and the action log.
    Containers(Moves),
    /// Steps on several objects, carried out together.
    Batch(Vec<Step>),
}

/// What the runtime is asked to do with one container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Create it where it does not exist yet, then start it.
    Start,
    /// Stop it, keeping it.
    Stop,
    /// Remove it with its anonymous volumes (terminate).
    Remove,
    /// Recreate it from its current definition, keeping its volumes when `reuse_volumes`.
    Redeploy { reuse_volumes: bool },
}

/// Container moves of one step.
pub struct Moves {
    /// The action they belong to.
    pub action: String,
    /// Container uuids and what to do with each.
    pub list: Vec<(String, Move)>,
    /// The past participle for the action log (`started`).
    pub verb: &'static str,
    /// One container after the other (`sequential_deployment`) rather than all at once.
    pub sequential: bool,
}

/// Who asked for an operation, for the Action record.
#[derive(Clone, Debug, Default)]
pub struct Ctx {
    /// Authenticated user (`trigger` for trigger calls).
    pub user: String,
    /// Namespace the request works in.
    pub ns: String,
    /// HTTP method of the call.
    pub method: String,
    /// HTTP path of the call.
    pub path: String,
    /// Caller's `User-Agent`.
    pub user_agent: String,
    /// Caller's address.
    pub ip: String,
    /// The request body as JSON text ("" without one).
    pub body: String,
}

/// A refused operation: the message of a 400 reply.
pub type OpResult = Result<Vec<Step>, String>;

const DOCKER_VERSION: &str = "1.11.1-cs1";

/// States in which an object is moving and accepts no operation.
const TRANSITIONAL: &[&str] = &[
    "Starting",
    "Stopping",
    "Redeploying",
    "Scaling",
    "Terminating",
];

fn refuse(what: &str, op: &str, state: &str) -> String {
    format!("cannot {op} a {what} in state '{state}'")
}

/// Records the outcome of one container move in the action log and the service counters.
pub fn moved(st: &mut Store, moves: &Moves, c: &str, result: Result<(), String>) {
    let name = st.str_of(Kind::Container, c, "name");
    match result {
        Ok(()) => action_log(
            st,
            &moves.action,
            &format!("Container {name} {}", moves.verb),
        ),
        Err(e) => {
            st.log(
                &Kind::Action.log_key(&moves.action),
                &format!("Container {name}: {e}"),
                "stderr",
                None,
            );
        }
    }
    let service = uri_id(&st.str_of(Kind::Container, c, "service")).to_string();
    refresh_service(st, &service, false);
}

/// Records Action `uuid` (`Pending`, then `In progress`) for an operation on `object_uri`.
pub fn begin_action(st: &mut Store, ctx: &Ctx, uuid: &str, object_uri: &str, name: &str) {
    let action = json!({
        "resource_uri": format!("/api/audit/v1/action/{uuid}/"),
        "uuid": uuid,
        "object": object_uri,
        "action": name,
        "method": ctx.method,
        "path": ctx.path,
        "user": ctx.user,
        "user_agent": ctx.user_agent,
        "start_date": now(),
        "end_date": null,
        "state": "Pending",
        "ip": ctx.ip,
        "location": "Localhost",
        "is_user_action": ctx.user != "trigger",
        "can_be_canceled": true,
        "can_be_retried": false,
    });
    st.insert(Kind::Action, Obj::owned(uuid, &ctx.ns, action));
    if !ctx.body.is_empty() {
        st.set_action_body(uuid, &ctx.body);
    }
    st.set_state(Kind::Action, uuid, "In progress");
    st.log(
        &Kind::Action.log_key(uuid),
        &format!("{name}: requested by {}", ctx.user),
        "stdout",
        None,
    );
}

/// Ends an action in `Success` or `Failed`; an action that already ended stays as it is.
pub fn finish_action(st: &mut Store, action: &str, ok: bool) {
    if ["Success", "Failed", "Canceled"].contains(&st.state(Kind::Action, action).as_str()) {
        return;
    }
    let state = if ok { "Success" } else { "Failed" };
    st.log(
        &Kind::Action.log_key(action),
        &format!("Action finished: {state}"),
        "stdout",
        None,
    );
    end_action(st, action, state);
}

fn end_action(st: &mut Store, action: &str, state: &str) {
    st.modify(Kind::Action, action, |m| {
        m.insert("state".into(), json!(state));
        m.insert("end_date".into(), json!(now()));
        m.insert("can_be_canceled".into(), json!(false));
        m.insert("can_be_retried".into(), json!(true));
    });
}

/// Cancels an action in `Pending` or `In progress`.
pub fn cancel_action(st: &mut Store, action: &str) -> Result<(), String> {
    let state = st.state(Kind::Action, action);
    if state != "Pending" && state != "In progress" {
        return Err(refuse("action", "cancel", &state));
    }
    if st.running.contains(action) {
        st.set_state(Kind::Action, action, "Canceling");
    } else {
        st.set_state(Kind::Action, action, "Canceling");
        end_canceled(st, action);
    }
    Ok(())
}

/// Ends a canceled action.
pub fn end_canceled(st: &mut Store, action: &str) {
    action_log(st, action, "Action canceled by user");
    end_action(st, action, "Canceled");
}

/// Settles what a server that stopped mid-action left moving (its remaining steps died
/// with it): unfinished actions end `Failed` (a cancel asked for ends `Canceled`),
/// containers leave their moving states (`Starting` and `Stopping` become `Stopped`,
/// `Terminating` `Terminated`), then services and stacks settle. A runtime that watches
/// an engine corrects the containers' states from what the engine runs.
pub fn settle_interrupted(st: &mut Store) {
    let actions: Vec<String> = st.ids(Kind::Action).cloned().collect();
    for a in actions {
        match st.state(Kind::Action, &a).as_str() {
            "Canceling" => end_canceled(st, &a),
            "Pending" | "In progress" => {
                st.log(
                    &Kind::Action.log_key(&a),
                    "The server stopped before the action finished",
                    "stderr",
                    None,
                );
                finish_action(st, &a, false);
            }
            _ => {}
        }
    }
    let containers: Vec<String> = st.ids(Kind::Container).cloned().collect();
    let mut services = Vec::new();
    for c in containers {
        match st.state(Kind::Container, &c).as_str() {
            "Starting" | "Stopping" => {
                container_stopped(st, &c, None, "The server stopped during the move")
            }
            "Terminating" => container_terminated(st, &c),
            _ => continue,
        }
        services.push(uri_id(&st.str_of(Kind::Container, &c, "service")).to_string());
    }
    let moving: Vec<String> = st
        .ids(Kind::Service)
        .filter(|s| TRANSITIONAL.contains(&st.state(Kind::Service, s).as_str()))
        .cloned()
        .collect();
    services.extend(moving);
    services.sort_unstable();
    services.dedup();
    for s in &services {
        refresh_service(st, s, true);
    }
    let stacks: Vec<String> = st
        .ids(Kind::Stack)
        .filter(|k| TRANSITIONAL.contains(&st.state(Kind::Stack, k).as_str()))
        .cloned()
        .collect();
    for k in stacks {
        refresh_stack(st, &k, true);
    }
}

fn action_log(st: &Store, action: &str, text: &str) {
    st.log(&Kind::Action.log_key(action), text, "stdout", None);
}

/// Runs steps index by index across several lists (parallel work on several objects).
pub fn merge(lists: Vec<Vec<Step>>) -> Vec<Step> {
    let len = lists.iter().map(Vec::len).max().unwrap_or(0);
    let mut iters: Vec<_> = lists.into_iter().map(Vec::into_iter).collect();
    (0..len)
        .map(|_| Step::Batch(iters.iter_mut().filter_map(Iterator::next).collect()))
        .collect()
}

fn step(f: impl FnOnce(&mut Store) + Send + 'static) -> Step {
    Step::Store(Box::new(f))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// Uuids of a service's containers that are not terminated.
pub fn live_containers(st: &Store, service: &str) -> Vec<String> {
    live_children(st, Kind::Service, service, "containers", Kind::Container)
}

/// Uuids listed in `field` of an object (URIs of `child` objects), minus terminated ones.
fn live_children(st: &Store, kind: Kind, id: &str, field: &str, child: Kind) -> Vec<String> {
    strings(st.object(kind, id).and_then(|o| o.get(field)))
        .iter()
        .map(|uri| uri_id(uri).to_string())
        .filter(|c| {
            let s = st.state(child, c);
            s != "Terminated" && s != "Terminating"
        })
        .collect()
}

/// Copies a service's current definition onto one of its containers (redeploy): its
/// shared fields, ports (a port published without an outer port keeps the one the
/// container had, unless the runtime chooses it again), volumes and link variables.
fn redefine_container(st: &mut Store, c: &str, svc: &Value) {
    st.container_log(c, "Redeploying container", "stdout");
    let Some(old) = st.object(Kind::Container, c).cloned() else {
        return;
    };
    let public_dns = old["public_dns"].as_str().unwrap_or_default();
    let ports = container_ports(st, svc, public_dns, &old["container_ports"]);
    let name = old["name"].as_str().unwrap_or_default();
    let uri = old["resource_uri"].as_str().unwrap_or_default();
    let vars = model::link_variables(name, &ports, &svc["container_envvars"], uri);
    st.modify(Kind::Container, c, |m| {
        for f in model::SHARED_FIELDS {
            m.insert(f.to_string(), svc.get(*f).cloned().unwrap_or(Value::Null));
        }
        m.insert("container_ports".into(), ports);
        m.insert("bindings".into(), container_bindings(svc));
        m.insert("link_variables".into(), Value::Object(vars));
        m.insert("synchronized".into(), json!(true));
        m.insert("deployed_datetime".into(), json!(now()));
    });
}

/// The ports of a container of service `svc` answering at `public_dns`: a published port
/// without an outer port takes the one `old` (the container's previous ports) has for it,
/// else an ephemeral one; when the runtime chooses those ports
/// ([`Store::runtime_chooses_ports`]), it stays without one until the runtime records it.
fn container_ports(st: &Store, svc: &Value, public_dns: &str, old: &Value) -> Value {
    let mut ports = svc["container_ports"].clone();
    let same = |a: &Value, b: &Value| {
        a["inner_port"] == b["inner_port"]
            && a["protocol"].as_str().unwrap_or("tcp") == b["protocol"].as_str().unwrap_or("tcp")
    };
    let dynamic = ports.as_array_mut().into_iter().flatten();
    let dynamic = dynamic.filter(|p| p["published"] == true && p["outer_port"].is_null());
    for p in dynamic.filter(|_| !st.runtime_chooses_ports) {
        let outer = old
            .as_array()
            .into_iter()
            .flatten()
            .find(|o| o["published"] == true && same(o, p))
            .and_then(|kept| kept["outer_port"].as_i64())
            .unwrap_or_else(|| fastrand::i64(32768..61000));
        p["outer_port"] = json!(outer);
    }
    model::endpoints(&mut ports, public_dns, true);
    ports
}

/// The volumes of a container of service `svc`.
fn container_bindings(svc: &Value) -> Value {
    let bindings: Vec<Value> = svc["bindings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|b| {
            json!({
                "volume": null,
                "host_path": b["host_path"],
                "container_path": b["container_path"],
                "rewritable": b["rewritable"],
            })
        })
        .collect();
    Value::Array(bindings)
}

/// Deploys a new container of a service (state `Starting`) on the emptiest node.
fn new_container(st: &mut Store, service: &str, action: &str, env: &[(String, String)]) -> String {
    let Some(svc) = st.object(Kind::Service, service).cloned() else {
        return String::new();
    };
    let ns = st
        .namespace(Kind::Service, service)
        .unwrap_or_default()
        .to_string();
    let svc_name = svc["name"].as_str().unwrap_or_default().to_string();
    let index = strings(svc.get("containers"))
        .iter()
        .filter_map(|uri| st.object(Kind::Container, uri_id(uri)))
        .filter_map(|c| c["name"].as_str()?.rsplit('-').next()?.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let name = format!("{svc_name}-{index}");
    let node = pick_node(st, &ns, &svc);
    let uuid = new_uuid();
    let uri = format!("/api/app/v1/{ns}/container/{uuid}/");
    let public_dns = format!("{name}.{ns}.cont.dockerapp.io");
    let mut c = Map::new();
    for f in model::SHARED_FIELDS {
        c.insert(f.to_string(), svc.get(*f).cloned().unwrap_or(Value::Null));
    }
    if !env.is_empty() {
        if let Some(Value::Array(vars)) = c.get_mut("container_envvars") {
            for (k, v) in env {
                vars.push(json!({"key": k, "value": v}));
            }
        }
    }
    let ports = container_ports(st, &svc, &public_dns, &Value::Null);
    let bindings = container_bindings(&svc);
    let links = container_links(st, &svc, &uri);
    let vars = model::link_variables(&name, &ports, &svc["container_envvars"], &uri);
    let extra = json!({
        "uuid": uuid,
        "resource_uri": uri,
        "name": name,
        "node": node.as_ref().map(|(_, u)| u.clone()),
        "service": svc["resource_uri"],
        "public_dns": public_dns,
        "state": "Starting",
        "synchronized": true,
        "exit_code": null,
        "exit_code_msg": null,
        "private_ip": format!("10.7.{}.{}", fastrand::u8(0..255), fastrand::u8(1..255)),
        "container_ports": ports,
        "bindings": bindings,
        "linked_to_container": links,
        "link_variables": vars,
        "created_datetime": now(),
        "deployed_datetime": now(),
        "started_datetime": null,
        "stopped_datetime": null,
        "destroyed_datetime": null,
    });
    if let Value::Object(m) = extra {
        c.extend(m);
    }
    st.insert(Kind::Container, Obj::owned(&uuid, &ns, Value::Object(c)));
    st.modify(Kind::Service, service, |m| {
        if let Some(Value::Array(list)) = m.get_mut("containers") {
            list.push(json!(uri));
        }
    });
    match &node {
        Some((n, _)) => {
            bump_node(st, n, 1);
            let fqdn = st.str_of(Kind::Node, n, "external_fqdn");
            action_log(
                st,
                action,
                &format!("Deploying container {name} on node {fqdn}"),
            );
        }
        None if tag_names(&svc["tags"]).is_empty() => action_log(
            st,
            action,
            &format!(
                "Deploying container {name} (no deployed node available: placed without a node)"
            ),
        ),
        None => action_log(
            st,
            action,
            &format!("Deploying container {name}: no deployed node carries its deploy tags"),
        ),
    }
    uuid
}

/// The links of a container of service `svc` (its `resource_uri` is `from`): one to each
/// live container of each service it links to, named `<ALIAS>_<n>`.
fn container_links(st: &Store, svc: &Value, from: &str) -> Vec<Value> {
    let mut links = Vec::new();
    for l in svc["linked_to_service"].as_array().into_iter().flatten() {
        let target = uri_id(l["to_service"].as_str().unwrap_or_default()).to_string();
        let alias = l["name"].as_str().unwrap_or_default();
        for (i, tc) in live_containers(st, &target).iter().enumerate() {
            let Some(t) = st.object(Kind::Container, tc) else {
                continue;
            };
            let ip = t["private_ip"].as_str().unwrap_or_default();
            let mut endpoints = Map::new();
            for p in t["container_ports"].as_array().into_iter().flatten() {
                let (port, proto) = (&p["inner_port"], p["protocol"].as_str().unwrap_or("tcp"));
                endpoints.insert(
                    format!("{port}/{proto}"),
                    json!(format!("{proto}://{ip}:{port}")),
                );
            }
            links.push(json!({
                "name": format!("{}_{}", model::env_prefix(alias), i + 1),
                "from_container": from,
                "to_container": t["resource_uri"],
                "endpoints": endpoints,
            }));
        }
    }
    links
}

/// Recomputes `linked_to_container` of the live containers of service `s` and of the
/// services linking to it (their targets' containers come and go).
fn refresh_links(st: &mut Store, s: &str) {
    let mut services = vec![s.to_string()];
    if let Some(svc) = st.object(Kind::Service, s) {
        services.extend(
            svc["linked_from_service"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|l| l["from_service"].as_str())
                .map(|u| uri_id(u).to_string()),
        );
    }
    for service in services {
        let Some(svc) = st.object(Kind::Service, &service).cloned() else {
            continue;
        };
        for c in live_containers(st, &service) {
            let from = st.str_of(Kind::Container, &c, "resource_uri");
            let links = container_links(st, &svc, &from);
            st.modify(Kind::Container, &c, |m| {
                m.insert("linked_to_container".into(), json!(links));
            });
        }
    }
}

/// The emptiest deployed node of the namespace that carries the service's deploy tags
/// (with `EVERY_NODE`, among those without a container of the service yet).
fn pick_node(st: &Store, ns: &str, svc: &Value) -> Option<(String, String)> {
    let tags = tag_names(&svc["tags"]);
    let service = svc["uuid"].as_str().unwrap_or_default();
    let taken: Vec<String> = if svc["deployment_strategy"] == "EVERY_NODE" {
        live_containers(st, service)
            .iter()
            .map(|c| st.str_of(Kind::Container, c, "node"))
            .collect()
    } else {
        Vec::new()
    };
    st.visible(Kind::Node, ns)
        .filter(|o| o.namespace.as_deref() == Some(ns) && o.object["state"] == "Deployed")
        .filter(|o| carries(&o.object, &tags))
        .filter(|o| !taken.iter().any(|t| o.object["resource_uri"] == t.as_str()))
        .min_by_key(|o| o.object["current_num_containers"].as_i64().unwrap_or(0))
        .map(|o| {
            (
                o.id.clone(),
                o.object["resource_uri"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
}

/// Records a container as being on `node` (the runtime placed it there).
pub fn move_container(st: &mut Store, c: &str, node: &str) {
    let old = st.str_of(Kind::Container, c, "node");
    if !old.is_empty() {
        bump_node(st, uri_id(&old), -1);
    }
    let uri = st.str_of(Kind::Node, node, "resource_uri");
    st.modify(Kind::Container, c, |m| {
        m.insert("node".into(), json!(uri));
    });
    bump_node(st, node, 1);
}

fn bump_node(st: &mut Store, node: &str, delta: i64) {
    st.modify(Kind::Node, node, |m| {
        let n = field(m, "current_num_containers").as_i64().unwrap_or(0) + delta;
        m.insert("current_num_containers".into(), json!(n.max(0)));
    });
}

/// Records container `c` in `state` with `fields`, unless it is terminated already;
/// whether it was recorded.
fn container_state<const N: usize>(
    st: &mut Store,
    c: &str,
    state: &str,
    fields: [(&str, Value); N],
) -> bool {
    if st.state(Kind::Container, c) == "Terminated" {
        return false;
    }
    st.modify(Kind::Container, c, |m| {
        m.insert("state".into(), json!(state));
        for (key, value) in fields {
            m.insert(key.into(), value);
        }
    });
    true
}

/// Records a container as `Running`.
pub fn container_running(st: &mut Store, c: &str) {
    let fields = [
        ("started_datetime", json!(now())),
        ("exit_code", Value::Null),
        ("exit_code_msg", Value::Null),
    ];
    container_state(st, c, "Running", fields);
}

/// Records a container as `Stopped` with its exit code (none when it never ran).
pub fn container_stopped(st: &mut Store, c: &str, exit_code: Option<i64>, message: &str) {
    let fields = [
        ("stopped_datetime", json!(now())),
        ("exit_code", json!(exit_code)),
        ("exit_code_msg", json!(message)),
    ];
    container_state(st, c, "Stopped", fields);
}

/// Records a container as `Terminated` (removed).
pub fn container_terminated(st: &mut Store, c: &str) {
    if !container_state(st, c, "Terminated", [("destroyed_datetime", json!(now()))]) {
        return;
    }
    let node = st.str_of(Kind::Container, c, "node");
    if !node.is_empty() {
        bump_node(st, uri_id(&node), -1);
    }
}

/// Recomputes a service's container counters and, when `settle`, its state; then its
/// stack's.
pub fn refresh_service(st: &mut Store, service: &str, settle: bool) {
    let states: Vec<String> = live_containers(st, service)
        .iter()
        .map(|c| st.state(Kind::Container, c))
        .collect();
    let running = states.iter().filter(|s| *s == "Running").count();
    let stopped = states.iter().filter(|s| *s == "Stopped").count();
    let current = states.len();
    let old = st.state(Kind::Service, service);
    let new_state = if !settle || old == "Terminated" {
        old.clone()
    } else if old == "Terminating" && current == 0 {
        "Terminated".to_string()
    } else if current > 0 && running == current {
        "Running".into()
    } else if running > 0 {
        "Partly running".into()
    } else if stopped > 0 {
        "Stopped".into()
    } else if old == "Not running" || old == "Starting" && current == 0 {
        "Not running".into()
    } else {
        "Stopped".into()
    };
    st.modify(Kind::Service, service, |m| {
        m.insert("current_num_containers".into(), json!(current));
        m.insert("running_num_containers".into(), json!(running));
        m.insert("stopped_num_containers".into(), json!(stopped));
        if new_state != old {
            let stamp = match new_state.as_str() {
                "Running" => Some("started_datetime"),
                "Stopped" => Some("stopped_datetime"),
                "Terminated" => Some("destroyed_datetime"),
                _ => None,
            };
            if let Some(f) = stamp {
                m.insert(f.into(), json!(now()));
            }
            if new_state == "Running" && field(m, "deployed_datetime").is_null() {
                m.insert("deployed_datetime".into(), json!(now()));
            }
            m.insert("state".into(), json!(new_state));
        }
    });
    let stack = st.str_of(Kind::Service, service, "stack");
    if !stack.is_empty() {
        refresh_stack(st, uri_id(&stack), settle);
    }
}

/// Recomputes a stack's `synchronized` and, when `settle`, its state from its services.
pub fn refresh_stack(st: &mut Store, stack: &str, settle: bool) {
    let services: Vec<String> = strings(
        st.object(Kind::Stack, stack)
            .and_then(|s| s.get("services")),
    )
    .iter()
    .map(|u| uri_id(u).to_string())
    .collect();
    let states: Vec<String> = services
        .iter()
        .map(|s| st.state(Kind::Service, s))
        .collect();
    let synced = services.iter().all(|s| {
        st.object(Kind::Service, s)
            .is_none_or(|o| o["synchronized"] != false)
    });
    let live: Vec<&String> = states.iter().filter(|s| *s != "Terminated").collect();
    let old = st.state(Kind::Stack, stack);
    let new_state = if !settle || old == "Terminated" {
        old.clone()
    } else if old == "Terminating" && live.is_empty() {
        "Terminated".to_string()
    } else if live.iter().any(|s| TRANSITIONAL.contains(&s.as_str())) {
        old.clone()
    } else if !live.is_empty() && live.iter().all(|s| *s == "Running") {
        "Running".into()
    } else if live
        .iter()
        .any(|s| *s == "Running" || *s == "Partly running")
    {
        "Partly running".into()
    } else if live.iter().all(|s| *s == "Not running") {
        "Not Running".into()
    } else {
        "Stopped".into()
    };
    st.modify(Kind::Stack, stack, |m| {
        m.insert("synchronized".into(), json!(synced));
        if new_state != old {
            if new_state == "Terminated" {
                m.insert("destroyed_datetime".into(), json!(now()));
            }
            if new_state == "Running" {
                m.insert("deployed_datetime".into(), json!(now()));
            }
            m.insert("state".into(), json!(new_state));
        }
    });
}

/// Starts a service: stopped containers restart, missing ones are deployed.
pub fn service_start(st: &mut Store, s: &str, action: &str) -> OpResult {
    let state = st.state(Kind::Service, s);
    if !["Not running", "Stopped", "Partly running"].contains(&state.as_str()) {
        return Err(refuse("service", "start", &state));
    }
    st.set_state(Kind::Service, s, "Starting");
    let mut targets = Vec::new();
    for c in live_containers(st, s) {
        if st.state(Kind::Container, &c) == "Stopped" {
            st.set_state(Kind::Container, &c, "Starting");
            targets.push(c);
        }
    }
    targets.extend(deploy_missing(st, s, action, &[]));
    refresh_service(st, s, false);
    Ok(finish_containers(
        st,
        s,
        all(targets, Move::Start),
        "started",
        action,
    ))
}

/// Deploys containers until the service has `target_num_containers` live ones (with
/// `EVERY_NODE`: one on each deployed node carrying its tags).
fn deploy_missing(st: &mut Store, s: &str, action: &str, env: &[(String, String)]) -> Vec<String> {
    let Some(svc) = st.object(Kind::Service, s) else {
        return Vec::new();
    };
    let target = if svc["deployment_strategy"] == "EVERY_NODE" {
        let ns = st
            .namespace(Kind::Service, s)
            .unwrap_or_default()
            .to_string();
        let tags = tag_names(&svc["tags"]);
        st.visible(Kind::Node, &ns)
            .filter(|o| o.object["state"] == "Deployed" && carries(&o.object, &tags))
            .count()
    } else {
        svc["target_num_containers"].as_u64().unwrap_or(0) as usize
    };
    let have = live_containers(st, s).len();
    (have..target)
        .map(|_| new_container(st, s, action, env))
        .collect()
}

/// The names of a tag list (`[{"name": ...}]`).
fn tag_names(tags: &Value) -> Vec<String> {
    tags.as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str().map(str::to_string))
        .collect()
}

/// Whether a node carries every one of `tags`.
fn carries(node: &Value, tags: &[String]) -> bool {
    let has = tag_names(&node["tags"]);
    tags.iter().all(|t| has.contains(t))
}

/// Steps that have the runtime carry out `moves`, then settle the service.
fn finish_containers(
    st: &Store,
    s: &str,
    moves: Vec<(String, Move)>,
    verb: &'static str,
    action: &str,
) -> Vec<Step> {
    let sequential = st
        .object(Kind::Service, s)
        .is_some_and(|o| o["sequential_deployment"] == true);
    let (s, action) = (s.to_string(), action.to_string());
    vec![
        Step::Containers(Moves {
            action: action.clone(),
            list: moves,
            verb,
            sequential,
        }),
        step(move |st| {
            refresh_service(st, &s, true);
            refresh_links(st, &s);
            let name = st.str_of(Kind::Service, &s, "name");
            let state = st.state(Kind::Service, &s);
            action_log(st, &action, &format!("Service {name} is {state}"));
        }),
    ]
}

/// Pairs each container with the same move.
fn all(containers: Vec<String>, mv: Move) -> Vec<(String, Move)> {
    containers.into_iter().map(|c| (c, mv)).collect()
}

/// A step that removes `containers` (scaled down or beyond a redeploy's target).
fn removals(containers: Vec<String>, action: &str) -> Step {
    Step::Containers(Moves {
        action: action.to_string(),
        list: all(containers, Move::Remove),
        verb: "terminated",
        sequential: false,
    })
}

/// Stops a service's running containers.
pub fn service_stop(st: &mut Store, s: &str, action: &str) -> OpResult {
    let state = st.state(Kind::Service, s);
    if state != "Running" && state != "Partly running" {
        return Err(refuse("service", "stop", &state));
    }
    st.set_state(Kind::Service, s, "Stopping");
    let mut targets = Vec::new();
    for c in live_containers(st, s) {
        if st.state(Kind::Container, &c) != "Stopped" {
            st.set_state(Kind::Container, &c, "Stopping");
            targets.push(c);
        }
    }
    Ok(finish_containers(
        st,
        s,
        all(targets, Move::Stop),
        "stopped",
        action,
    ))
}

/// Redeploys a service: every container is recreated from the current definition and
/// the service is scaled to its target.
pub fn service_redeploy(st: &mut Store, s: &str, action: &str, reuse_volumes: bool) -> OpResult {
    let state = st.state(Kind::Service, s);
    if !["Running", "Partly running", "Stopped"].contains(&state.as_str()) {
        return Err(refuse("service", "redeploy", &state));
    }
    redeploy_now(st, s, action, reuse_volumes, &[])
}

fn redeploy_now(
    st: &mut Store,
    s: &str,
    action: &str,
    reuse_volumes: bool,
    env: &[(String, String)],
) -> OpResult {
    st.set_state(Kind::Service, s, "Redeploying");
    if !reuse_volumes {
        action_log(st, action, "Volumes will not be reused");
    }
    let svc = st.object(Kind::Service, s).cloned().unwrap_or(Value::Null);
    let target = svc["target_num_containers"].as_u64().unwrap_or(0) as usize;
    let live = live_containers(st, s);
    let (keep, extra) = live.split_at(target.min(live.len()));
    for c in keep {
        redefine_container(st, c, &svc);
        st.set_state(Kind::Container, c, "Starting");
    }
    for c in extra {
        st.set_state(Kind::Container, c, "Terminating");
    }
    let mut moves = all(keep.to_vec(), Move::Redeploy { reuse_volumes });
    moves.extend(all(deploy_missing(st, s, action, env), Move::Start));
    refresh_service(st, s, false);
    st.modify(Kind::Service, s, |m| {
        m.insert("synchronized".into(), json!(true));
        m.insert("deployed_datetime".into(), json!(now()));
    });
    let mut steps = vec![removals(extra.to_vec(), action)];
    steps.extend(finish_containers(st, s, moves, "redeployed", action));
    Ok(steps)
}

/// Scales a running service to its `target_num_containers` (a stopped one takes its new
/// target when it starts).
pub fn service_scale(st: &mut Store, s: &str, action: &str, env: &[(String, String)]) -> OpResult {
    let state = st.state(Kind::Service, s);
    if !["Running", "Partly running"].contains(&state.as_str()) {
        return Err(refuse("service", "scale", &state));
    }
    st.set_state(Kind::Service, s, "Scaling");
    let target = st
        .object(Kind::Service, s)
        .and_then(|o| o["target_num_containers"].as_u64())
        .unwrap_or(0) as usize;
    let live = live_containers(st, s);
    let extra: Vec<String> = live.iter().skip(target).rev().cloned().collect();
    for c in &extra {
        st.set_state(Kind::Container, c, "Terminating");
    }
    let new = deploy_missing(st, s, action, env);
    refresh_service(st, s, false);
    let mut steps = vec![removals(extra, action)];
    steps.extend(finish_containers(
        st,
        s,
        all(new, Move::Start),
        "started",
        action,
    ));
    Ok(steps)
}

/// Terminates a service and its containers.
pub fn service_terminate(st: &mut Store, s: &str, action: &str) -> OpResult {
    let state = st.state(Kind::Service, s);
    if !["Not running", "Running", "Partly running", "Stopped"].contains(&state.as_str()) {
        return Err(refuse("service", "terminate", &state));
    }
    st.set_state(Kind::Service, s, "Terminating");
    let live = live_containers(st, s);
    for c in &live {
        st.set_state(Kind::Container, c, "Terminating");
    }
    Ok(finish_containers(
        st,
        s,
        all(live, Move::Remove),
        "terminated",
        action,
    ))
}

/// Operations on one container.
pub fn container_op(st: &mut Store, c: &str, op: &str, action: &str) -> OpResult {
    let state = st.state(Kind::Container, c);
    let service = uri_id(&st.str_of(Kind::Container, c, "service")).to_string();
    let (allowed, transitional, mv): (&[&str], &str, Move) = match op {
        "start" => (&["Stopped"], "Starting", Move::Start),
        "stop" => (&["Running"], "Stopping", Move::Stop),
        "redeploy" => (
            &["Running", "Stopped"],
            "Starting",
            Move::Redeploy {
                reuse_volumes: true,
            },
        ),
        _ => (
            &["Running", "Stopped", "Starting"],
            "Terminating",
            Move::Remove,
        ),
    };
    if !allowed.contains(&state.as_str()) {
        return Err(refuse("container", op, &state));
    }
    if op == "redeploy" {
        let svc = st
            .object(Kind::Service, &service)
            .cloned()
            .unwrap_or(Value::Null);
        redefine_container(st, c, &svc);
    }
    if op == "terminate" {
        st.modify(Kind::Service, &service, |m| {
            let n = field(m, "target_num_containers").as_i64().unwrap_or(1) - 1;
            m.insert("target_num_containers".into(), json!(n.max(0)));
        });
    }
    st.set_state(Kind::Container, c, transitional);
    let verb = match op {
        "start" => "started",
        "stop" => "stopped",
        "redeploy" => "redeployed",
        _ => "terminated",
    };
    Ok(finish_containers(
        st,
        &service,
        vec![(c.to_string(), mv)],
        verb,
        action,
    ))
}

/// Operations on a stack: applied to each of its services.
pub fn stack_op(st: &mut Store, k: &str, op: &str, action: &str, reuse: bool) -> OpResult {
    let state = st.state(Kind::Stack, k);
    let allowed: &[&str] = match op {
        "start" => &["Not Running", "Stopped", "Partly running"],
        "stop" => &["Running", "Partly running"],
        "redeploy" => &["Running", "Partly running", "Stopped"],
        _ => &["Not Running", "Running", "Partly running", "Stopped"],
    };
    if !allowed.contains(&state.as_str()) {
        return Err(refuse("stack", op, &state));
    }
    let transitional = match op {
        "start" => "Starting",
        "stop" => "Stopping",
        "redeploy" => "Redeploying",
        _ => "Terminating",
    };
    st.set_state(Kind::Stack, k, transitional);
    let services: Vec<String> = strings(st.object(Kind::Stack, k).and_then(|o| o.get("services")))
        .iter()
        .map(|u| uri_id(u).to_string())
        .collect();
    let mut lists = Vec::new();
    for s in services {
        let svc_state = st.state(Kind::Service, &s);
        let result = match (op, svc_state.as_str()) {
            (_, "Terminated") => continue,
            ("start", _) => service_start(st, &s, action),
            ("stop", _) => service_stop(st, &s, action),
            ("redeploy", "Not running") => service_start(st, &s, action),
            ("redeploy", _) => service_redeploy(st, &s, action, reuse),
            _ => service_terminate(st, &s, action),
        };
        // Services already in the wanted state are left alone.
        if let Ok(steps) = result {
            lists.push(steps);
        }
    }
    let k = k.to_string();
    let mut steps = merge(lists);
    steps.push(step(move |st| refresh_stack(st, &k, true)));
    Ok(steps)
}

/// A new node of a cluster, in state `Deploying`.
pub fn new_node(
    st: &mut Store,
    ns: &str,
    cluster: Option<&str>,
    node_type: &str,
    region: &str,
) -> String {
    let uuid = new_uuid();
    let spec = st.object(
        Kind::NodeType,
        node_type
            .trim_start_matches("/api/infra/v1/nodetype/")
            .trim_end_matches('/'),
    );
    let (cpu, memory, disk) = spec
        .map(|t| (t["cpu"].clone(), t["memory"].clone(), t["disk"].clone()))
        .unwrap_or((json!(1), json!(1024), json!(30)));
    let (cluster_uri, tags, az, cluster_disk) =
        match cluster.and_then(|c| st.object(Kind::NodeCluster, c)) {
            Some(c) => (
                c["resource_uri"].clone(),
                c["tags"].clone(),
                c.get("provider_options")
                    .and_then(|p| p.get("availability_zone"))
                    .cloned()
                    .unwrap_or(Value::Null),
                c["disk"].clone(),
            ),
            None => (Value::Null, json!([]), Value::Null, Value::Null),
        };
    let az = if az.is_null() && region.contains("/aws/") {
        let r = region
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default();
        json!(format!("/api/infra/v1/az/aws/{r}/{r}a/"))
    } else {
        az
    };
    let fqdn = format!("{}-{ns}.node.dockerapp.io", &uuid[..8]);
    let node = json!({
        "availability_zone": az,
        "uuid": uuid,
        "resource_uri": format!("/api/infra/v1/{ns}/node/{uuid}/"),
        "external_fqdn": fqdn,
        "state": "Deploying",
        "node_cluster": cluster_uri,
        "node_type": node_type,
        "region": region,
        "docker_execdriver": "native-0.2",
        "docker_graphdriver": "aufs",
        "docker_version": DOCKER_VERSION,
        "cpu": cpu,
        "disk": if cluster_disk.is_null() { disk } else { cluster_disk },
        "memory": memory,
        "current_num_containers": 0,
        "last_seen": null,
        "public_ip": format!("{}.{}.{}.{}", fastrand::u8(40..200), fastrand::u8(0..255), fastrand::u8(0..255), fastrand::u8(1..255)),
        "tunnel": null,
        "deployed_datetime": null,
        "destroyed_datetime": null,
        "tags": tags,
        "nickname": fqdn,
        "private_ips": [{"name": "eth1", "cidr": format!("10.130.{}.{}/16", fastrand::u8(0..255), fastrand::u8(1..255))}],
    });
    st.insert(Kind::Node, Obj::owned(&uuid, ns, node));
    if let Some(c) = cluster {
        st.modify(Kind::NodeCluster, c, |m| {
            if let Some(Value::Array(nodes)) = m.get_mut("nodes") {
                nodes.push(json!(format!("/api/infra/v1/{ns}/node/{uuid}/")));
            }
        });
    }
    uuid
}

fn node_deployed(st: &mut Store, n: &str) {
    st.modify(Kind::Node, n, |m| {
        m.insert("state".into(), json!("Deployed"));
        m.insert("deployed_datetime".into(), json!(now()));
        m.insert("last_seen".into(), json!(now()));
    });
}

/// The live containers on a node, with their service uuids.
fn containers_on(st: &Store, n: &str) -> Vec<(String, String)> {
    let uri = st.str_of(Kind::Node, n, "resource_uri");
    let ns = st.namespace(Kind::Node, n).unwrap_or_default();
    st.visible(Kind::Container, ns)
        .filter(|o| o.object["node"] == uri.as_str() && o.object["state"] != "Terminated")
        .map(|o| {
            (
                o.id.clone(),
                uri_id(o.object["service"].as_str().unwrap_or_default()).to_string(),
            )
        })
        .collect()
}

/// Terminates a node and the containers on it.
fn node_terminated(st: &mut Store, n: &str) {
    for (c, s) in containers_on(st, n) {
        container_terminated(st, &c);
        refresh_service(st, &s, true);
    }
    st.modify(Kind::Node, n, |m| {
        m.insert("state".into(), json!("Terminated"));
        m.insert("destroyed_datetime".into(), json!(now()));
        m.insert("current_num_containers".into(), json!(0));
    });
}

/// Live nodes of a cluster.
fn cluster_nodes(st: &Store, c: &str) -> Vec<String> {
    live_children(st, Kind::NodeCluster, c, "nodes", Kind::Node)
}

/// Recomputes a cluster's node count and, when `settle`, its state.
fn refresh_cluster(st: &mut Store, c: &str, settle: bool) {
    let nodes = cluster_nodes(st, c);
    let deployed = nodes
        .iter()
        .filter(|n| st.state(Kind::Node, n) == "Deployed")
        .count();
    let old = st.state(Kind::NodeCluster, c);
    let new_state = if !settle || old == "Terminated" || old == "Init" {
        old.clone()
    } else if old == "Terminating" {
        "Terminated".into()
    } else if nodes.is_empty() {
        "Empty cluster".into()
    } else if deployed == nodes.len() {
        "Deployed".into()
    } else {
        "Partly deployed".into()
    };
    st.modify(Kind::NodeCluster, c, |m| {
        m.insert("current_num_nodes".into(), json!(nodes.len()));
        if new_state != old {
            if new_state == "Deployed" && field(m, "deployed_datetime").is_null() {
                m.insert("deployed_datetime".into(), json!(now()));
            }
            if new_state == "Terminated" {
                m.insert("destroyed_datetime".into(), json!(now()));
            }
            m.insert("state".into(), json!(new_state));
        }
    });
}

/// Brings a cluster's nodes to `target_num_nodes` (deploy and scale).
fn cluster_scale(st: &mut Store, c: &str, action: &str, transitional: &str) -> Vec<Step> {
    st.set_state(Kind::NodeCluster, c, transitional);
    let obj = st
        .object(Kind::NodeCluster, c)
        .cloned()
        .unwrap_or(Value::Null);
    let ns = st
        .namespace(Kind::NodeCluster, c)
        .unwrap_or_default()
        .to_string();
    let target = obj["target_num_nodes"].as_u64().unwrap_or(0) as usize;
    let nodes = cluster_nodes(st, c);
    let extra: Vec<String> = nodes.iter().skip(target).cloned().collect();
    for n in &extra {
        st.set_state(Kind::Node, n, "Terminating");
    }
    let new: Vec<String> = (nodes.len()..target)
        .map(|_| {
            new_node(
                st,
                &ns,
                Some(c),
                obj["node_type"].as_str().unwrap_or_default(),
                obj["region"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    action_log(
        st,
        action,
        &format!(
            "Deploying {} node(s), terminating {}",
            new.len(),
            extra.len()
        ),
    );
    let (c1, c2, action) = (c.to_string(), c.to_string(), action.to_string());
    vec![
        step(move |st| {
            for n in &new {
                node_deployed(st, n);
                let fqdn = st.str_of(Kind::Node, n, "external_fqdn");
                action_log(st, &action, &format!("Node {fqdn} deployed"));
            }
            for n in &extra {
                node_terminated(st, n);
            }
            refresh_cluster(st, &c1, false);
        }),
        step(move |st| refresh_cluster(st, &c2, true)),
    ]
}

/// Operations on a node cluster: `deploy`, `scale` (after a PATCH), `terminate`,
/// `docker-upgrade`.
pub fn cluster_op(st: &mut Store, c: &str, op: &str, action: &str) -> OpResult {
    let state = st.state(Kind::NodeCluster, c);
    let allowed: &[&str] = match op {
        "deploy" => &["Init"],
        "scale" => &["Deployed", "Partly deployed", "Empty cluster"],
        "docker-upgrade" => &["Deployed"],
        _ => &["Init", "Deployed", "Partly deployed", "Empty cluster"],
    };
    if !allowed.contains(&state.as_str()) {
        return Err(refuse("node cluster", op, &state));
    }
    match op {
        "deploy" => {
            st.set_state(Kind::NodeCluster, c, "Deploying");
            Ok(cluster_scale(st, c, action, "Deploying"))
        }
        "scale" => Ok(cluster_scale(st, c, action, "Scaling")),
        "docker-upgrade" => {
            let lists = cluster_nodes(st, c)
                .iter()
                .filter_map(|n| node_op(st, n, "docker-upgrade", action).ok())
                .collect();
            Ok(merge(lists))
        }
        _ => {
            st.set_state(Kind::NodeCluster, c, "Terminating");
            let nodes = cluster_nodes(st, c);
            for n in &nodes {
                st.set_state(Kind::Node, n, "Terminating");
            }
            let c = c.to_string();
            Ok(vec![step(move |st| {
                for n in &nodes {
                    node_terminated(st, n);
                }
                refresh_cluster(st, &c, true);
            })])
        }
    }
}

/// Operations on a node: `docker-upgrade`, `health-check`, `terminate`.
pub fn node_op(st: &mut Store, n: &str, op: &str, action: &str) -> OpResult {
    let state = st.state(Kind::Node, n);
    let allowed: &[&str] = match op {
        "docker-upgrade" => &["Deployed"],
        "health-check" => &["Unreachable"],
        _ => &["Deployed", "Unreachable"],
    };
    if !allowed.contains(&state.as_str()) {
        return Err(refuse("node", op, &state));
    }
    let fqdn = st.str_of(Kind::Node, n, "external_fqdn");
    let n = n.to_string();
    let action = action.to_string();
    match op {
        "docker-upgrade" => {
            st.set_state(Kind::Node, &n, "Upgrading");
            action_log(
                st,
                &action,
                &format!("Upgrading Docker on {fqdn} to {DOCKER_VERSION}"),
            );
            Ok(vec![step(move |st| {
                st.modify(Kind::Node, &n, |m| {
                    m.insert("docker_version".into(), json!(DOCKER_VERSION));
                    m.insert("state".into(), json!("Deployed"));
                    m.insert("last_seen".into(), json!(now()));
                });
                action_log(st, &action, &format!("Docker upgraded on {fqdn}"));
                // The daemon restart restarts the containers on the node.
                for c in containers_on(st, &n) {
                    if st.state(Kind::Container, &c.0) == "Running" {
                        st.container_log(
                            &c.0,
                            "Docker daemon restarted: container restarted",
                            "stderr",
                        );
                    }
                }
            })])
        }
        "health-check" => {
            action_log(st, &action, &format!("Checking connectivity to {fqdn}"));
            Ok(vec![step(move |st| {
                node_deployed(st, &n);
                action_log(st, &action, &format!("Node {fqdn} is reachable"));
            })])
        }
        _ => {
            st.set_state(Kind::Node, &n, "Terminating");
            Ok(vec![step(move |st| {
                node_terminated(st, &n);
                let cluster = st.str_of(Kind::Node, &n, "node_cluster");
                if !cluster.is_empty() {
                    let c = uri_id(&cluster).to_string();
                    st.modify(Kind::NodeCluster, &c, |m| {
                        let t = field(m, "target_num_nodes").as_i64().unwrap_or(1) - 1;
                        m.insert("target_num_nodes".into(), json!(t.max(0)));
                    });
                    refresh_cluster(st, &c, true);
                }
                action_log(st, &action, &format!("Node {fqdn} terminated"));
            })])
        }
    }
}

/// Emits an occasional log line from a random running container (realistic speed).
pub fn chatter(st: &Store) {
    let total = st.count(Kind::Container);
    if total == 0 {
        return;
    }
    for _ in 0..5 {
        let Some(id) = st.ids(Kind::Container).nth(fastrand::usize(0..total)) else {
            return;
        };
        if st.state(Kind::Container, id) == "Running" {
            let line = match fastrand::u8(0..3) {
                0 => format!(
                    "GET / HTTP/1.1 200 {} \"-\" \"curl/7.47.0\"",
                    fastrand::u16(200..5000)
                ),
                1 => "health check ok".to_string(),
                _ => format!(
                    "processed {} requests in the last minute",
                    fastrand::u16(1..500)
                ),
            };
            st.container_log(id, &line, "stdout");
            return;
        }
    }
}
