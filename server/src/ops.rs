//! What the REST endpoints do to the store, independent of HTTP: creates, updates,
//! operations recorded as actions, stack export, tags and triggers.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use crate::kind::Kind;
use crate::machine::{self, Ctx, Step};
use crate::model;
use crate::obj::Obj;
use crate::reply::ApiError;
use crate::store::{field, new_uuid, now, uri_id, Store};

/// A creation's outcome: the new object's uuid and the uuid of the action recording it.
pub type Created = Result<(String, String), ApiError>;

/// An operation's outcome: the action uuid and the steps still to run.
pub struct Started {
    /// Uuid of the action recording the operation.
    pub action: String,
    /// What is left to do (see [`crate::runtime::run`]).
    pub steps: Vec<Step>,
}

fn live(st: &Store, kind: Kind, id: &str) -> bool {
    live_state(&st.state(kind, id))
}

/// Whether an object in `state` is neither terminated nor terminating.
fn live_state(state: &str) -> bool {
    state != "Terminated" && state != "Terminating"
}

/// Turns a service reference (URI, `name` or `name.stack`) into a service URI: a name is
/// looked up in `stack` (a uuid) first, then in the whole namespace. The error says where
/// it was looked for.
pub fn resolve_service(
    st: &Store,
    ns: &str,
    stack: Option<&str>,
    reference: &str,
) -> Result<String, String> {
    let missing = || match (reference.split_once('.'), stack) {
        _ if reference.starts_with("/api/") => format!("'{reference}' not found"),
        (Some((name, other)), _) => format!("'{name}' not found in stack '{other}'"),
        (None, Some(here)) => format!(
            "'{reference}' not found in stack '{}' nor elsewhere in namespace '{ns}'",
            st.str_of(Kind::Stack, here, "name")
        ),
        (None, None) => format!("'{reference}' not found in namespace '{ns}'"),
    };
    if reference.starts_with("/api/") {
        return match st.by_uri(reference) {
            Some((Kind::Service, o))
                if st.namespace(Kind::Service, uri_id(reference)) == Some(ns) =>
            {
                Ok(o["resource_uri"].as_str().unwrap_or_default().to_string())
            }
            _ => Err(missing()),
        };
    }
    let (name, stack_name) = match reference.split_once('.') {
        Some((n, s)) => (n, Some(s)),
        None => (reference, None),
    };
    let stack_of = |o: &Value| {
        let uri = o["stack"].as_str().unwrap_or_default();
        (
            uri_id(uri).to_string(),
            st.str_of(Kind::Stack, uri_id(uri), "name"),
        )
    };
    let mut found: Option<String> = None;
    for o in st.visible(Kind::Service, ns) {
        let v = &o.object;
        if v["name"] != name || !live(st, Kind::Service, &o.id) {
            continue;
        }
        let (stack_id, sname) = stack_of(v);
        let uri = v["resource_uri"].as_str().unwrap_or_default().to_string();
        match (stack_name, stack) {
            (Some(want), _) if sname == want => return Ok(uri),
            (Some(_), _) => {}
            (None, Some(here)) if stack_id == here => return Ok(uri),
            _ => {
                found.get_or_insert(uri);
            }
        }
    }
    found.ok_or_else(missing)
}

/// Validates and normalises a service body (API or stack-file keys).
fn service_body(body: &Map<String, Value>, create: bool) -> Result<Map<String, Value>, ApiError> {
    let api = model::from_stackfile(body)?;
    if create && !matches!(api.get("image"), Some(Value::String(s)) if !s.trim().is_empty()) {
        return Err(ApiError::bad("'image' is required"));
    }
    Ok(api)
}

fn service_name(api: &Map<String, Value>) -> Result<String, ApiError> {
    let name = match api.get("name") {
        Some(Value::String(n)) if !n.is_empty() => n.clone(),
        Some(Value::String(_)) | None | Some(Value::Null) => {
            model::name_from_image(api.get("image").and_then(Value::as_str).unwrap_or_default())
        }
        Some(_) => return Err(ApiError::bad("'name' must be a string")),
    };
    if !model::valid_name(&name) {
        return Err(ApiError::bad(format!(
            "invalid name '{name}' (letters, digits, '-' and '_' only)"
        )));
    }
    Ok(name)
}

/// The name and normalised body of a new service.
fn new_service(body: &Map<String, Value>) -> Result<(String, Map<String, Value>), ApiError> {
    let api = service_body(body, true)?;
    let name = service_name(&api)?;
    Ok((name, api))
}

/// Inserts an empty service (definition applied afterwards by [`define_service`]).
fn service_shell(st: &mut Store, ns: &str, name: &str, stack: Option<&str>) -> String {
    let uuid = new_uuid();
    let mut map = model::service_template(ns, &uuid, name, &now());
    if let Some(k) = stack {
        map.insert(
            "stack".into(),
            json!(format!("/api/app/v1/{ns}/stack/{k}/")),
        );
    }
    st.insert(Kind::Service, Obj::owned(&uuid, ns, Value::Object(map)));
    if let Some(k) = stack {
        let uri = format!("/api/app/v1/{ns}/service/{uuid}/");
        st.modify(Kind::Stack, k, |m| {
            if let Some(Value::Array(list)) = m.get_mut("services") {
                list.push(json!(uri));
            }
        });
    }
    uuid
}

/// Applies a normalised body to a stored service and recomputes derived fields.
/// Returns whether the container definition changed.
fn define_service(st: &mut Store, uuid: &str, api: &Map<String, Value>) -> Result<bool, ApiError> {
    let ns = st
        .namespace(Kind::Service, uuid)
        .unwrap_or_default()
        .to_string();
    let Some(Value::Object(mut map)) = st.object(Kind::Service, uuid).cloned() else {
        return Err(ApiError::not_found("service"));
    };
    let stack = uri_id(field(&map, "stack").as_str().unwrap_or_default()).to_string();
    let stack = (!stack.is_empty()).then_some(stack);
    let before = model::definition(&map);
    let old_targets: Vec<String> = link_targets(&map);
    model::apply_service(&mut map, api, &|r| {
        resolve_service(st, &ns, stack.as_deref(), r)
    })
    .map_err(|e| {
        let name = field(&map, "name").as_str().unwrap_or_default();
        ApiError::bad(format!("service '{name}': {e}"))
    })?;
    let name = field(&map, "name").as_str().unwrap_or_default().to_string();
    let dns = field(&map, "public_dns")
        .as_str()
        .unwrap_or_default()
        .to_string();
    if let Some(ports) = map.get_mut("container_ports") {
        model::endpoints(ports, &dns, false);
    }
    let uri = field(&map, "resource_uri")
        .as_str()
        .unwrap_or_default()
        .to_string();
    let vars = model::link_variables(
        &name,
        field(&map, "container_ports"),
        field(&map, "container_envvars"),
        &uri,
    );
    map.insert("link_variables".into(), Value::Object(vars));
    let linked: Vec<(String, Value)> = field(&map, "linked_to_service")
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| {
            let target = uri_id(l["to_service"].as_str().unwrap_or_default());
            let vars = st
                .object(Kind::Service, target)
                .map(|t| t["link_variables"].clone())
                .unwrap_or(Value::Null);
            (l["name"].as_str().unwrap_or_default().to_string(), vars)
        })
        .collect();
    map.insert(
        "calculated_envvars".into(),
        model::calculated_envvars(&map, &linked),
    );
    let changed = model::definition(&map) != before;
    if changed && field(&map, "current_num_containers").as_u64().unwrap_or(0) > 0 {
        map.insert("synchronized".into(), json!(false));
    }
    let new_targets = link_targets(&map);
    let links = field(&map, "linked_to_service").clone();
    st.modify(Kind::Service, uuid, |m| *m = map);
    for t in old_targets.iter().chain(new_targets.iter()) {
        let t = uri_id(t).to_string();
        let mine: Vec<Value> = links
            .as_array()
            .into_iter()
            .flatten()
            .filter(|l| uri_id(l["to_service"].as_str().unwrap_or_default()) == t)
            .cloned()
            .collect();
        st.modify(Kind::Service, &t, |m| {
            if let Some(Value::Array(from)) = m.get_mut("linked_from_service") {
                from.retain(|l| l["from_service"] != uri.as_str());
                from.extend(mine);
            }
        });
    }
    if let Some(k) = stack {
        machine::refresh_stack(st, &k, false);
    }
    Ok(changed)
}

fn link_targets(map: &Map<String, Value>) -> Vec<String> {
    map.get("linked_to_service")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|l| l["to_service"].as_str().map(str::to_string))
        .collect()
}

fn name_taken(st: &Store, kind: Kind, ns: &str, name: &str, stack: Option<&str>) -> bool {
    st.visible(kind, ns).any(|o| {
        o.object["name"] == name
            && live(st, kind, &o.id)
            && stack.is_none_or(|k| uri_id(o.object["stack"].as_str().unwrap_or_default()) == k)
            && (stack.is_some() || kind != Kind::Service || o.object["stack"].is_null())
    })
}

/// Fails with 409 when a live `kind` of namespace `ns` (for services: a standalone one)
/// already has this name; the error calls it "a `what`".
fn name_free(st: &Store, kind: Kind, what: &str, ns: &str, name: &str) -> Result<(), ApiError> {
    if name_taken(st, kind, ns, name, None) {
        return Err(ApiError(
            409,
            format!("a {what} named '{name}' already exists"),
        ));
    }
    Ok(())
}

/// Creates an Action that is already over (creates and updates).
fn record(st: &mut Store, ctx: &Ctx, uri: &str, name: &str) -> String {
    let action = new_uuid();
    machine::begin_action(st, ctx, &action, uri, name);
    machine::finish_action(st, &action, true);
    action
}

/// [`record`] on the `resource_uri` of a stored object.
fn record_on(st: &mut Store, ctx: &Ctx, kind: Kind, id: &str, name: &str) -> String {
    let uri = st.str_of(kind, id, "resource_uri");
    record(st, ctx, &uri, name)
}

/// Records the update of an object's definition: the action begins, the object's
/// `update` event follows, then the action ends.
fn record_update(st: &mut Store, ctx: &Ctx, kind: Kind, id: &str, name: &str) -> String {
    let action = new_uuid();
    let uri = st.str_of(kind, id, "resource_uri");
    machine::begin_action(st, ctx, &action, &uri, name);
    st.updated(kind, id);
    machine::finish_action(st, &action, true);
    action
}

/// Stores a new stack or node cluster of namespace `ctx.ns`: a fresh uuid and its URI, the
/// name, the body's `nickname` (else the name), then `fields`, not yet deployed or
/// destroyed. Returns the uuid.
fn insert_new(
    st: &mut Store,
    ctx: &Ctx,
    kind: Kind,
    name: &str,
    body: &Map<String, Value>,
    fields: Value,
) -> String {
    let uuid = new_uuid();
    let ns = &ctx.ns;
    let subsystem = kind.subsystem().unwrap_or_default();
    let head = json!({
        "uuid": uuid,
        "resource_uri": format!("/api/{subsystem}/v1/{ns}/{kind}/{uuid}/"),
        "name": name,
        "nickname": body.get("nickname").and_then(Value::as_str).unwrap_or(name),
    });
    let tail = json!({"deployed_datetime": null, "destroyed_datetime": null});
    let object = [head, fields, tail]
        .into_iter()
        .flat_map(|part| match part {
            Value::Object(part) => part,
            _ => Map::new(),
        })
        .collect();
    st.insert(kind, Obj::owned(&uuid, ns, Value::Object(object)));
    uuid
}

/// Fails unless the object is live, naming it `what` in the error.
fn updatable(st: &Store, kind: Kind, what: &str, id: &str) -> Result<(), ApiError> {
    if live(st, kind, id) {
        return Ok(());
    }
    let state = st.state(kind, id);
    Err(ApiError::bad(format!(
        "cannot update a {what} in state '{state}'"
    )))
}

/// `POST service/`: a new service, not started.
pub fn create_service(st: &mut Store, ctx: &Ctx, body: &Map<String, Value>) -> Created {
    let (name, api) = new_service(body)?;
    name_free(st, Kind::Service, "service", &ctx.ns, &name)?;
    // Validate references before anything is stored.
    let mut scratch = model::service_template(&ctx.ns, "check", &name, "");
    model::apply_service(&mut scratch, &api, &|r| {
        resolve_service(st, &ctx.ns, None, r)
    })
    .map_err(|e| ApiError::bad(format!("service '{name}': {e}")))?;
    add_service(st, ctx, &name, &api)
}

/// Stores a validated standalone service and records its creation.
fn add_service(st: &mut Store, ctx: &Ctx, name: &str, api: &Map<String, Value>) -> Created {
    let uuid = service_shell(st, &ctx.ns, name, None);
    define_service(st, &uuid, api)?;
    let action = record_on(st, ctx, Kind::Service, &uuid, "Service Create");
    Ok((uuid, action))
}

/// Creates a service without the uniqueness and reference checks (bulk seeding, where
/// names are known to be unique and there are no links).
pub fn seed_service(st: &mut Store, ctx: &Ctx, body: &Map<String, Value>) -> Created {
    let (name, api) = new_service(body)?;
    add_service(st, ctx, &name, &api)
}

/// `PATCH service/<uuid>/`: updates the definition (`synchronized` turns false when
/// running containers are out of date).
pub fn patch_service(
    st: &mut Store,
    ctx: &Ctx,
    uuid: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    updatable(st, Kind::Service, "service", uuid)?;
    let api = service_body(body, false)?;
    define_service(st, uuid, &api)?;
    Ok(record_update(
        st,
        ctx,
        Kind::Service,
        uuid,
        "Service Update",
    ))
}

fn stack_services(body: &Map<String, Value>) -> Result<Vec<Map<String, Value>>, ApiError> {
    let list = match body.get("services") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(k, v)| {
                let mut v = v.clone();
                if let Value::Object(o) = &mut v {
                    o.entry("name").or_insert(json!(k));
                }
                v
            })
            .collect(),
        Some(_) => return Err(ApiError::bad("'services' must be a list")),
    };
    let mut out: Vec<Map<String, Value>> = Vec::new();
    for item in list {
        let Value::Object(m) = item else {
            return Err(ApiError::bad("each service must be an object"));
        };
        out.push(m);
    }
    Ok(out)
}

/// Creates or updates the services of a stack from stack-file or API entries.
fn stack_define(
    st: &mut Store,
    ctx: &Ctx,
    stack: &str,
    entries: &[Map<String, Value>],
) -> Result<(), ApiError> {
    let existing: Vec<(String, String)> = st
        .visible(Kind::Service, &ctx.ns)
        .filter(|o| uri_id(o.object["stack"].as_str().unwrap_or_default()) == stack)
        .filter(|o| live(st, Kind::Service, &o.id))
        .map(|o| {
            (
                o.object["name"].as_str().unwrap_or_default().to_string(),
                o.id.clone(),
            )
        })
        .collect();
    let mut plan = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for entry in entries {
        let has_image = existing
            .iter()
            .all(|(n, _)| entry.get("name") != Some(&json!(n)));
        let api = service_body(entry, has_image)?;
        let name = service_name(&api)?;
        if names.contains(&name) {
            return Err(ApiError::bad(format!("service '{name}' appears twice")));
        }
        names.push(name.clone());
        plan.push((name, api));
    }
    // Check references: names of this stack's services (old or new) or other services.
    for (name, api) in &plan {
        let mut scratch = model::service_template(&ctx.ns, "check", "check", "");
        model::apply_service(&mut scratch, api, &|r| {
            if names.iter().any(|n| n == r) {
                Ok(String::new())
            } else {
                resolve_service(st, &ctx.ns, Some(stack), r)
            }
        })
        .map_err(|e| ApiError::bad(format!("service '{name}': {e}")))?;
    }
    let mut ids = Vec::new();
    for (name, api) in &plan {
        let id = match existing.iter().find(|(n, _)| n == name) {
            Some((_, id)) => id.clone(),
            None => service_shell(st, &ctx.ns, name, Some(stack)),
        };
        ids.push((id, api));
    }
    for (id, api) in &ids {
        define_service(st, id, api)?;
    }
    // Again, now that every linked service has its link variables.
    for (id, _) in &ids {
        define_service(st, id, &Map::new())?;
    }
    machine::refresh_stack(st, stack, false);
    Ok(())
}

/// `POST stack/`: a new stack with its services, not started.
pub fn create_stack(st: &mut Store, ctx: &Ctx, body: &Map<String, Value>) -> Created {
    let name = match body.get("name") {
        Some(Value::String(n)) if model::valid_name(n) => n.clone(),
        Some(Value::String(n)) => return Err(ApiError::bad(format!("invalid stack name '{n}'"))),
        _ => return Err(ApiError::bad("'name' is required")),
    };
    name_free(st, Kind::Stack, "stack", &ctx.ns, &name)?;
    let entries = stack_services(body)?;
    for e in &entries {
        service_body(e, true)?;
    }
    let stack = json!({
        "state": "Not Running",
        "synchronized": true,
        "services": [],
        "created_datetime": now(),
    });
    let uuid = insert_new(st, ctx, Kind::Stack, &name, body, stack);
    if let Err(e) = stack_define(st, ctx, &uuid, &entries) {
        st.remove(Kind::Stack, &uuid);
        return Err(e);
    }
    let action = record_on(st, ctx, Kind::Stack, &uuid, "Stack Create");
    Ok((uuid, action))
}

/// `PATCH stack/<uuid>/`: updates services by name and adds new ones.
pub fn patch_stack(
    st: &mut Store,
    ctx: &Ctx,
    uuid: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    updatable(st, Kind::Stack, "stack", uuid)?;
    let entries = stack_services(body)?;
    stack_define(st, ctx, uuid, &entries)?;
    if let Some(Value::String(n)) = body.get("nickname") {
        let n = n.clone();
        st.modify(Kind::Stack, uuid, |m| {
            m.insert("nickname".into(), json!(n));
        });
    }
    Ok(record_update(st, ctx, Kind::Stack, uuid, "Stack Update"))
}

/// `GET stack/<uuid>/export/`: the stack in stack-file form, keyed by service name.
pub fn export_stack(st: &Store, uuid: &str) -> Value {
    let mut out = Map::new();
    let services = st
        .object(Kind::Stack, uuid)
        .and_then(|s| s["services"].as_array().cloned())
        .unwrap_or_default();
    let link_name = |uri: &str| {
        let target = st.object(Kind::Service, uri_id(uri));
        let name = target.and_then(|t| t["name"].as_str()).unwrap_or_default();
        let t_stack = target.and_then(|t| t["stack"].as_str()).unwrap_or_default();
        if uri_id(t_stack) == uuid {
            name.to_string()
        } else {
            match st.object(Kind::Stack, uri_id(t_stack)) {
                Some(s) => format!("{name}.{}", s["name"].as_str().unwrap_or_default()),
                None => name.to_string(),
            }
        }
    };
    for uri in services.iter().filter_map(Value::as_str) {
        let id = uri_id(uri);
        let Some(svc) = st
            .object(Kind::Service, id)
            .filter(|_| live(st, Kind::Service, id))
        else {
            continue;
        };
        let name = svc["name"].as_str().unwrap_or_default().to_string();
        out.insert(name, Value::Object(model::export_service(svc, &link_name)));
    }
    Value::Object(out)
}

/// The action name of an operation.
fn action_name(kind: Kind, op: &str) -> String {
    let kind = match kind {
        Kind::NodeCluster => "Node Cluster",
        Kind::Node => "Node",
        Kind::Stack => "Stack",
        Kind::Container => "Container",
        _ => "Service",
    };
    let op = match op {
        "docker-upgrade" => "Docker Upgrade",
        "health-check" => "Health Check",
        "start" => "Start",
        "stop" => "Stop",
        "redeploy" => "Redeploy",
        "scale" => "Scale",
        "deploy" => "Deploy",
        _ => "Terminate",
    };
    format!("{kind} {op}")
}

/// The operations each kind supports (`terminate` is DELETE).
pub fn operations(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Service => &["start", "stop", "redeploy", "scale", "terminate"],
        Kind::Container | Kind::Stack => &["start", "stop", "redeploy", "terminate"],
        Kind::NodeCluster => &["deploy", "scale", "docker-upgrade", "terminate"],
        Kind::Node => &["docker-upgrade", "health-check", "terminate"],
        _ => &[],
    }
}

/// Starts operation `op` on an object and records its action.
pub fn perform(
    st: &mut Store,
    ctx: &Ctx,
    kind: Kind,
    id: &str,
    op: &str,
    reuse_volumes: bool,
    env: &[(String, String)],
) -> Result<Started, ApiError> {
    let action = new_uuid();
    // The object's changes are published after the action's creation, which causes them.
    let mark = st.event_mark();
    let steps = match kind {
        Kind::Service => match op {
            "start" => machine::service_start(st, id, &action),
            "stop" => machine::service_stop(st, id, &action),
            "redeploy" => machine::service_redeploy(st, id, &action, reuse_volumes),
            "scale" => machine::service_scale(st, id, &action, env),
            _ => machine::service_terminate(st, id, &action),
        },
        Kind::Container => machine::container_op(st, id, op, &action),
        Kind::Stack => machine::stack_op(st, id, op, &action, reuse_volumes),
        Kind::NodeCluster => machine::cluster_op(st, id, op, &action),
        _ => machine::node_op(st, id, op, &action),
    };
    let held = st.take_events_since(mark);
    if steps.is_ok() {
        let uri = st.str_of(kind, id, "resource_uri");
        machine::begin_action(st, ctx, &action, &uri, &action_name(kind, op));
    }
    st.publish_events(held);
    Ok(Started {
        action,
        steps: steps?,
    })
}

/// `POST action/<uuid>/retry/`: runs the action's operation again as a new action.
pub fn retry(st: &mut Store, ctx: &Ctx, uuid: &str) -> Result<Started, ApiError> {
    let state = st.state(Kind::Action, uuid);
    if !["Success", "Failed", "Canceled"].contains(&state.as_str()) {
        return Err(ApiError::bad(format!(
            "cannot retry an action in state '{state}'"
        )));
    }
    let Some(old) = st.object(Kind::Action, uuid).cloned() else {
        return Err(ApiError::not_found("action"));
    };
    let object = old["object"].as_str().unwrap_or_default().to_string();
    let method = old["method"].as_str().unwrap_or_default();
    let path = old["path"].as_str().unwrap_or_default();
    let mut ctx = ctx.clone();
    ctx.method = method.to_string();
    ctx.path = path.to_string();
    let kind = st.by_uri(&object).map(|(k, _)| k);
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let op = match (method, kind) {
        ("DELETE", _) => Some("terminate"),
        ("PATCH", Some(Kind::NodeCluster)) => Some("scale"),
        ("POST", Some(k)) => operations(k).iter().copied().find(|o| *o == last),
        _ => None,
    };
    let name = old["action"].as_str().unwrap_or("Action").to_string();
    let id = uri_id(&object).to_string();
    if let (Some(op), Some(kind)) = (op, kind) {
        match perform(st, &ctx, kind, &id, op, true, &[]) {
            Ok(started) => return Ok(started),
            Err(ApiError(_, msg)) => {
                let action = new_uuid();
                machine::begin_action(st, &ctx, &action, &object, &name);
                st.log(
                    &Kind::Action.log_key(&action),
                    &format!("Retry failed: {msg}"),
                    "stderr",
                    None,
                );
                machine::finish_action(st, &action, false);
                return Ok(Started {
                    action,
                    steps: Vec::new(),
                });
            }
        }
    }
    let action = new_uuid();
    machine::begin_action(st, &ctx, &action, &object, &name);
    st.log(
        &Kind::Action.log_key(&action),
        "Nothing left to do",
        "stdout",
        None,
    );
    Ok(Started {
        action,
        steps: Vec::new(),
    })
}

fn catalog_ref(
    st: &Store,
    kind: Kind,
    value: Option<&Value>,
    field: &str,
) -> Result<String, ApiError> {
    let uri = value
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad(format!("'{field}' is required")))?;
    let prefix = format!("/api/infra/v1/{kind}/");
    let id = uri.strip_prefix(&prefix).unwrap_or(uri).trim_matches('/');
    match st.object(kind, id) {
        Some(o) => Ok(o["resource_uri"].as_str().unwrap_or_default().to_string()),
        None => Err(ApiError::bad(format!("unknown {field} '{uri}'"))),
    }
}

/// `POST nodecluster/`: a new node cluster in state `Init`.
pub fn create_cluster(st: &mut Store, ctx: &Ctx, body: &Map<String, Value>) -> Created {
    let name = match body.get("name") {
        Some(Value::String(n)) if model::valid_name(n) => n.clone(),
        Some(_) => return Err(ApiError::bad("invalid node cluster name")),
        None => return Err(ApiError::bad("'name' is required")),
    };
    let node_type = catalog_ref(st, Kind::NodeType, body.get("node_type"), "node_type")?;
    let region = catalog_ref(st, Kind::Region, body.get("region"), "region")?;
    let nt = st
        .object(Kind::NodeType, uri_id_path(&node_type, Kind::NodeType))
        .cloned()
        .unwrap_or(Value::Null);
    let region_object = st
        .object(Kind::Region, uri_id_path(&region, Kind::Region))
        .cloned()
        .unwrap_or(Value::Null);
    // The catalog marks what is closed for new nodes.
    for (what, uri, object) in [
        ("node_type", &node_type, &nt),
        ("region", &region, &region_object),
    ] {
        if object["available"] == false {
            return Err(ApiError::bad(format!("{what} '{uri}' is not available")));
        }
    }
    if !nt["regions"]
        .as_array()
        .is_some_and(|r| r.iter().any(|x| x == region.as_str()))
    {
        return Err(ApiError::bad("node_type is not available in that region"));
    }
    let target = node_count(body)?.unwrap_or(1);
    let disk = match body.get("disk") {
        None | Some(Value::Null) => json!(60),
        Some(v) => match model::as_int(v, "disk")? {
            n if n > 0 => json!(n),
            _ => return Err(ApiError::bad("'disk' must be a positive whole number")),
        },
    };
    let tags = match body.get("tags") {
        None | Some(Value::Null) => json!([]),
        Some(t) => model::norm_tags(t)?,
    };
    let options = match body.get("provider_options") {
        None | Some(Value::Null) => json!({}),
        Some(o @ Value::Object(_)) => o.clone(),
        Some(_) => return Err(ApiError::bad("'provider_options' must be an object")),
    };
    name_free(st, Kind::NodeCluster, "node cluster", &ctx.ns, &name)?;
    let cluster = json!({
        "state": "Init",
        "node_type": node_type,
        "disk": disk,
        "nodes": [],
        "region": region,
        "target_num_nodes": target,
        "current_num_nodes": 0,
        "tags": tags,
        "provider_options": options,
    });
    let uuid = insert_new(st, ctx, Kind::NodeCluster, &name, body, cluster);
    let action = record_on(st, ctx, Kind::NodeCluster, &uuid, "Node Cluster Create");
    Ok((uuid, action))
}

/// `target_num_nodes` of a body, if given (null counts as not given).
fn node_count(body: &Map<String, Value>) -> Result<Option<i64>, ApiError> {
    match body.get("target_num_nodes") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match model::as_int(v, "target_num_nodes") {
            Ok(n) if (0..=100).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::bad("'target_num_nodes' must be from 0 to 100")),
        },
    }
}

fn uri_id_path(uri: &str, kind: Kind) -> &str {
    let prefix_len = format!("/api/infra/v1/{kind}/").len();
    uri.get(prefix_len..)
        .unwrap_or_default()
        .trim_end_matches('/')
}

/// `PATCH nodecluster/<uuid>/`: tags (also on its nodes), nickname, and
/// `target_num_nodes` (scales at once when deployed).
pub fn patch_cluster(
    st: &mut Store,
    ctx: &Ctx,
    uuid: &str,
    body: &Map<String, Value>,
) -> Result<Started, ApiError> {
    updatable(st, Kind::NodeCluster, "node cluster", uuid)?;
    let tags = body.get("tags").map(model::norm_tags).transpose()?;
    let target = node_count(body)?;
    let current = st
        .object(Kind::NodeCluster, uuid)
        .and_then(|o| o["target_num_nodes"].as_i64());
    let state = st.state(Kind::NodeCluster, uuid);
    let scales = target.is_some() && target != current && state != "Init";
    if scales && !["Deployed", "Partly deployed", "Empty cluster"].contains(&state.as_str()) {
        return Err(ApiError::bad(format!(
            "cannot scale a node cluster in state '{state}'"
        )));
    }
    let nickname = body
        .get("nickname")
        .and_then(Value::as_str)
        .map(str::to_string);
    st.modify(Kind::NodeCluster, uuid, |m| {
        if let Some(t) = &tags {
            m.insert("tags".into(), t.clone());
        }
        if let Some(n) = target {
            m.insert("target_num_nodes".into(), json!(n));
        }
        if let Some(n) = nickname {
            m.insert("nickname".into(), json!(n));
        }
    });
    if let Some(t) = tags {
        let nodes: Vec<String> = st
            .object(Kind::NodeCluster, uuid)
            .and_then(|o| o["nodes"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|u| u.as_str().map(|u| uri_id(u).to_string()))
            .collect();
        for n in nodes {
            st.modify(Kind::Node, &n, |m| {
                m.insert("tags".into(), t.clone());
            });
        }
    }
    if scales {
        return perform(st, ctx, Kind::NodeCluster, uuid, "scale", true, &[]);
    }
    Ok(Started {
        action: record_update(st, ctx, Kind::NodeCluster, uuid, "Node Cluster Update"),
        steps: Vec::new(),
    })
}

/// `PATCH node/<uuid>/`: nickname and tags.
pub fn patch_node(
    st: &mut Store,
    ctx: &Ctx,
    uuid: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    let tags = body.get("tags").map(model::norm_tags).transpose()?;
    let nickname = match body.get("nickname") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(ApiError::bad("'nickname' must be a string")),
    };
    st.modify(Kind::Node, uuid, |m| {
        if let Some(t) = tags {
            m.insert("tags".into(), t);
        }
        if let Some(n) = nickname {
            m.insert("nickname".into(), json!(n));
        }
    });
    Ok(record_update(st, ctx, Kind::Node, uuid, "Node Update"))
}

/// `GET tag/`: every tag on the namespace's nodes and clusters, user and system ones.
pub fn tags(st: &Store, ns: &str) -> Vec<Value> {
    let mut found: Vec<(String, &str)> = Vec::new();
    let mut add = |name: String, origin: &'static str| {
        if !found.iter().any(|(n, _)| *n == name) {
            found.push((name, origin));
        }
    };
    for kind in [Kind::Node, Kind::NodeCluster] {
        for o in st.visible(kind, ns).filter(|o| live(st, kind, &o.id)) {
            for t in o.object["tags"].as_array().into_iter().flatten() {
                if let Some(n) = t["name"].as_str() {
                    add(n.to_string(), "user");
                }
            }
            if kind == Kind::Node {
                let region = o.object["region"].as_str().unwrap_or_default();
                let parts: Vec<&str> = region.trim_end_matches('/').rsplit('/').take(2).collect();
                if let [r, p] = parts.as_slice() {
                    add(format!("provider={p}"), "tutum");
                    add(format!("region={r}"), "tutum");
                    add(format!("byon={}", *p == "byon"), "tutum");
                }
            }
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|(name, origin)| json!({"name": name, "origin": origin}))
        .collect()
}

/// `POST service/<uuid>/trigger/`.
pub fn create_trigger(
    st: &mut Store,
    ns: &str,
    service: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    let op = match body.get("operation") {
        None | Some(Value::Null) => "REDEPLOY".to_string(),
        Some(Value::String(s)) if ["REDEPLOY", "SCALEUP"].contains(&s.to_uppercase().as_str()) => {
            s.to_uppercase()
        }
        Some(_) => return Err(ApiError::bad("'operation' must be REDEPLOY or SCALEUP")),
    };
    let name = match body.get("name") {
        None | Some(Value::Null) => op.to_lowercase(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(ApiError::bad("'name' must be a string")),
    };
    Ok(add_trigger(st, ns, service, &name, &op))
}

/// Stores a trigger of a service.
pub fn add_trigger(st: &mut Store, ns: &str, service: &str, name: &str, op: &str) -> String {
    let uuid = new_uuid();
    let uri = format!("/api/app/v1/{ns}/service/{service}/trigger/{uuid}/");
    st.insert(
        Kind::Trigger,
        Obj {
            id: uuid.clone(),
            namespace: Some(ns.to_string()),
            parent: Some(service.to_string()),
            object: json!({
                "uuid": uuid,
                "url": format!("{uri}call/"),
                "name": name,
                "operation": op,
                "resource_uri": uri,
            }),
        },
    );
    uuid
}

/// `POST .../trigger/<uuid>/call/[N/]`: redeploys or scales up the service.
pub fn call_trigger(
    st: &mut Store,
    trigger: &str,
    count: u64,
    payload: &str,
) -> Result<Started, ApiError> {
    let Some(entry) = st.entry(Kind::Trigger, trigger).cloned() else {
        return Err(ApiError::not_found("trigger"));
    };
    let service = entry.parent.unwrap_or_default();
    let ns = entry.namespace.unwrap_or_default();
    let uri = entry.object["url"].as_str().unwrap_or_default().to_string();
    let ctx = Ctx {
        user: "trigger".into(),
        ns,
        method: "POST".into(),
        path: uri,
        user_agent: "trigger".into(),
        ip: "127.0.0.1".into(),
        body: payload.to_string(),
    };
    let env = [("DOCKERCLOUD_TRIGGER_BODY".to_string(), payload.to_string())];
    let state = st.state(Kind::Service, &service);
    if entry.object["operation"] == "SCALEUP" {
        // A running service scales; a stopped one starts with the larger target.
        let op = match state.as_str() {
            "Not running" | "Stopped" => "start",
            _ => "scale",
        };
        let set_target = |st: &mut Store, n: u64| {
            st.modify(Kind::Service, &service, |m| {
                m.insert("target_num_containers".into(), json!(n));
            })
        };
        let before = st
            .object(Kind::Service, &service)
            .and_then(|o| o["target_num_containers"].as_u64())
            .unwrap_or(0);
        set_target(st, before + count);
        let started = perform(st, &ctx, Kind::Service, &service, op, true, &env);
        if started.is_err() {
            set_target(st, before);
        }
        return started;
    }
    let op = if state == "Not running" {
        "start"
    } else {
        "redeploy"
    };
    perform(st, &ctx, Kind::Service, &service, op, true, &env)
}

/// `POST repository/`: registers an external repository.
pub fn create_repository(
    st: &mut Store,
    ns: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    let name = match body.get("name") {
        Some(Value::String(n)) if !n.trim().is_empty() && !n.contains(char::is_whitespace) => {
            n.trim_matches('/').to_string()
        }
        _ => return Err(ApiError::bad("'name' is required")),
    };
    if st.entry(Kind::Repository, &name).is_some() {
        return Err(ApiError(409, format!("repository '{name}' already exists")));
    }
    let first = name.split('/').next().unwrap_or_default();
    let host = if name.contains('/') && (first.contains('.') || first.contains(':')) {
        first.to_string()
    } else {
        "registry-1.docker.io".to_string()
    };
    if st.entry(Kind::Registry, &host).is_none() {
        add_registry(st, ns, &host, &host, false);
    }
    let repo = json!({
        "name": name,
        "registry": format!("/api/repo/v1/{ns}/registry/{host}/"),
        "resource_uri": format!("/api/repo/v1/{ns}/repository/{name}/"),
        "in_use": false,
        "is_private_image": true,
        "username": body.get("username").and_then(Value::as_str),
    });
    st.insert(Kind::Repository, Obj::owned(&name, ns, repo));
    Ok(name)
}

/// Stores a registry of a namespace.
pub fn add_registry(st: &mut Store, ns: &str, host: &str, name: &str, docker: bool) {
    let registry = json!({
        "host": host,
        "is_docker_registry": docker,
        "is_ssl": true,
        "name": name,
        "port": 443,
        "resource_uri": format!("/api/repo/v1/{ns}/registry/{host}/"),
    });
    st.insert(Kind::Registry, Obj::owned(host, ns, registry));
}

/// `PATCH repository/<name>/`: credentials only.
pub fn patch_repository(
    st: &mut Store,
    name: &str,
    body: &Map<String, Value>,
) -> Result<(), ApiError> {
    for key in body.keys() {
        if key != "username" && key != "password" {
            return Err(ApiError::bad(format!("'{key}' cannot be changed")));
        }
    }
    let user = body
        .get("username")
        .and_then(Value::as_str)
        .map(str::to_string);
    st.modify(Kind::Repository, name, |m| {
        if let Some(u) = user {
            m.insert("username".into(), json!(u));
        }
    });
    Ok(())
}

/// The names of the repositories live services of a namespace use, in one pass over the
/// services: an image `name` uses repository `name`, and `host:5000/name:tag` uses every
/// name ending before one of its colons.
pub fn repositories_in_use<'a>(st: &'a Store, ns: &'a str) -> HashSet<&'a str> {
    let mut names = HashSet::new();
    for o in st.visible(Kind::Service, ns) {
        let Some(image) = o.object["image_name"].as_str() else {
            continue;
        };
        if !live_state(o.object["state"].as_str().unwrap_or_default()) {
            continue;
        }
        if image.contains(':') {
            names.extend(image.match_indices(':').map(|(at, _)| &image[..at]));
        } else {
            names.insert(image);
        }
    }
    names
}

/// Checks a Tutum image body: `keys` hold strings (null `build_source` is ignored; the
/// sandbox runs no automated builds). `unknown` words the error for any other key.
fn image_body(
    body: &Map<String, Value>,
    keys: &[&str],
    unknown: fn(&str) -> String,
) -> Result<(), ApiError> {
    for (key, value) in body {
        match key.as_str() {
            "build_source" if value.is_null() => {}
            "build_source" => {
                return Err(ApiError::bad(
                    "'build_source': the server runs no automated builds",
                ))
            }
            k if keys.contains(&k) => {
                if !value.is_string() {
                    return Err(ApiError::bad(format!("'{k}' must be a string")));
                }
            }
            k => return Err(ApiError::bad(unknown(k))),
        }
    }
    Ok(())
}

/// Stores an image body's `description`, when given, on the repository.
fn set_description(st: &mut Store, name: &str, body: &Map<String, Value>) {
    if let Some(d) = body.get("description").and_then(Value::as_str) {
        let d = d.to_string();
        st.modify(Kind::Repository, name, |m| {
            m.insert("description".into(), json!(d));
        });
    }
}

/// `POST image/` (Tutum): registers an external repository, like `POST repository/`,
/// keeping its `description`; 409 when an image or repository has the name.
pub fn create_image(
    st: &mut Store,
    ns: &str,
    body: &Map<String, Value>,
) -> Result<String, ApiError> {
    let keys = ["name", "username", "password", "description"];
    image_body(body, &keys, |k| format!("unknown field '{k}'"))?;
    if let Some(name) = body.get("name").and_then(Value::as_str) {
        let name = name.trim_matches('/');
        if st.entry(Kind::Image, name).is_some() {
            return Err(ApiError(409, format!("image '{name}' already exists")));
        }
    }
    let name = create_repository(st, ns, body)?;
    set_description(st, &name, body);
    Ok(name)
}

/// `PATCH image/<name>/` (Tutum) of a registered repository: credentials and
/// `description`.
pub fn patch_image(st: &mut Store, name: &str, body: &Map<String, Value>) -> Result<(), ApiError> {
    let keys = ["username", "password", "description"];
    image_body(body, &keys, |k| format!("'{k}' cannot be changed"))?;
    let credentials: Map<String, Value> = body
        .iter()
        .filter(|(k, _)| *k == "username" || *k == "password")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    patch_repository(st, name, &credentials)?;
    set_description(st, name, body);
    Ok(())
}
