//! The REST API: one handler parses every `/api/...` path
//! (optional namespace, trailing slash or not, doubled slashes) and dispatches on the
//! resource table. Tutum paths (`/api/v1/<resource>/...`) are translated to and from
//! that form at the edge (see [`crate::tutum`] and docs/server-tutum.md).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Map, Value};

use crate::filters;
use crate::kind::{Kind, Resource};
use crate::machine::{self, Ctx};
use crate::ops::{self, Started};
use crate::reply::{error, reply, ApiError, ACTION_HEADER, UNAUTHORIZED};
use crate::runtime;
use crate::state::AppState;
use crate::store::{canonical_uri, now, Store};
use crate::tutum;

/// Default page size.
const DEFAULT_LIMIT: usize = 25;
/// Largest page size (`limit=0` asks for it).
const MAX_LIMIT: usize = 1000;

/// The REST API routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new().fallback(rest)
}

/// Adds a request log on stderr when `enabled`.
pub fn with_request_log(router: Router, enabled: bool) -> Router {
    if enabled {
        router.layer(axum::middleware::from_fn(log_request))
    } else {
        router
    }
}

async fn log_request(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let mut target = req.uri().path().to_string();
    if let Some(q) = req.uri().query() {
        let redacted: Vec<String> = url::form_urlencoded::parse(q.as_bytes())
            .map(|(k, v)| match k.as_ref() {
                "token" | "auth" | "apikey" => format!("{k}=***"),
                _ => format!("{k}={v}"),
            })
            .collect();
        target = format!("{target}?{}", redacted.join("&"));
    }
    let reply = next.run(req).await;
    eprintln!(
        "{method} {target} {} {:.1}ms",
        reply.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    reply
}

async fn rest(
    State(app): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(answer) = crate::control::answer(&app, &method, uri.path(), &headers) {
        return answer;
    }
    if is_credential_check(uri.path()) {
        return credential_check(&app, &method, &headers);
    }
    if let Some(path) = tutum::inward_path(uri.path()) {
        return tutum_rest(app, method, uri, path, headers, body).await;
    }
    let req = Req {
        method,
        path: uri.path().to_string(),
        query: uri.query().unwrap_or_default().to_string(),
        headers,
        sent: body.clone(),
        body,
        tutum: false,
    };
    handle(&app, &req).unwrap_or_else(|ApiError(code, msg)| error(code, &msg))
}

/// Whether a path is the clients' credential check: `/auth/` (Docker Cloud SDK, on the
/// REST host) or `/api/v1/auth/` (Tutum SDK and CLI, before every command).
fn is_credential_check(path: &str) -> bool {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    matches!(segs.as_slice(), ["auth"] | ["api", "v1", "auth"])
}

/// `GET` of the credential check: 200 with a one-object list naming the user for good
/// credentials, 401 otherwise.
fn credential_check(app: &AppState, method: &Method, headers: &HeaderMap) -> Response {
    if *method != Method::GET {
        let ApiError(code, message) = not_allowed();
        return error(code, &message);
    }
    match app.authenticate(headers, None) {
        Some(user) => {
            let body = json!({
                "meta": {"limit": DEFAULT_LIMIT, "next": null, "offset": 0, "previous": null,
                         "total_count": 1},
                "objects": [{"username": user}],
            });
            reply(200, &body, None)
        }
        None => error(401, UNAUTHORIZED),
    }
}

/// A Tutum request (see [`tutum`]): translated inward, handled, and its reply rewritten.
async fn tutum_rest(
    app: Arc<AppState>,
    method: Method,
    uri: Uri,
    path: String,
    headers: HeaderMap,
    sent: Bytes,
) -> Response {
    let body = match serde_json::from_slice::<Value>(&sent) {
        Ok(mut v) => {
            tutum::inward(&mut v);
            Bytes::from(v.to_string())
        }
        Err(_) => sent.clone(),
    };
    let req = Req {
        method,
        path,
        query: tutum::inward_query(uri.query().unwrap_or_default()),
        headers,
        body,
        sent,
        tutum: true,
    };
    let r = match handle(&app, &req) {
        Ok(r) => r,
        Err(ApiError(code, msg)) => return error(code, &msg.replace(&req.path, uri.path())),
    };
    let (mut parts, body) = r.into_parts();
    if let Some(action) = parts.headers.remove(ACTION_HEADER) {
        let tutum_uri = action.to_str().ok().and_then(tutum::outward_uri);
        if let Some(v) = tutum_uri.and_then(|u| HeaderValue::from_str(&u).ok()) {
            parts.headers.insert("X-Tutum-Action-URI", v);
        }
    }
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return error(500, "cannot read the reply");
    };
    let body = match serde_json::from_slice::<Value>(&bytes) {
        Ok(mut v) => {
            tutum::outward(&mut v, &app.lock());
            axum::body::Body::from(v.to_string())
        }
        Err(_) => axum::body::Body::from(bytes),
    };
    Response::from_parts(parts, body)
}

/// One REST request.
struct Req {
    method: Method,
    path: String,
    query: String,
    headers: HeaderMap,
    /// The body handled (Tutum URIs mapped inward).
    body: Bytes,
    /// The body as the client sent it (recorded in actions).
    sent: Bytes,
    /// Whether the request came in the Tutum dialect.
    tutum: bool,
}

impl Req {
    /// The JSON object body (empty when there is none).
    fn json(&self) -> Result<Map<String, Value>, ApiError> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Map::new());
        }
        let ctype = self
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json");
        if !ctype.to_ascii_lowercase().contains("json") {
            return Err(ApiError(
                415,
                format!("unsupported content type '{ctype}' (send JSON)"),
            ));
        }
        match serde_json::from_slice::<Value>(&self.body) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(ApiError::bad("the body must be a JSON object")),
            Err(e) => Err(ApiError::bad(format!("invalid JSON body: {e}"))),
        }
    }

    fn pairs(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(self.query.as_bytes())
            .into_owned()
            .collect()
    }

    fn param(&self, key: &str) -> Option<String> {
        self.pairs()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    fn ctx(&self, user: &str, ns: &str) -> Ctx {
        let agent = self
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        Ctx {
            user: user.to_string(),
            ns: ns.to_string(),
            method: self.method.to_string(),
            path: self.path.clone(),
            user_agent: agent.to_string(),
            ip: "127.0.0.1".into(),
            body: String::from_utf8_lossy(self.sent.trim_ascii()).into_owned(),
        }
    }
}

/// Whether a subsystem serves a resource (`image` only in the Tutum dialect).
fn serves(subsystem: &str, tutum: bool, resource: Resource) -> bool {
    resource.subsystem() == Some(subsystem) && (tutum || resource != Resource::Stored(Kind::Image))
}

/// Whether a subsystem exists.
fn is_subsystem(subsystem: &str) -> bool {
    matches!(subsystem, "app" | "infra" | "repo" | "audit")
}

/// Whether a resource's paths may name a namespace (api.md §1.4: the catalog, actions
/// and tags are shared, their paths never carry one).
fn namespaced(resource: Resource) -> bool {
    !matches!(
        resource,
        Resource::Stored(Kind::Provider | Kind::Region | Kind::Az | Kind::NodeType | Kind::Action)
            | Resource::Tag
    )
}

/// How many path segments identify one object of a kind (0: the rest of the path).
fn id_segments(kind: Kind) -> usize {
    match kind {
        Kind::Region | Kind::NodeType => 2,
        Kind::Az => 3,
        Kind::Repository | Kind::Image => 0,
        _ => 1,
    }
}

/// How many path segments of an image path name the image: up to a trailing
/// `tag/` or `tag/<tag>/`.
fn image_name_len(tail: &[&str]) -> usize {
    match tail.iter().rposition(|s| *s == "tag") {
        Some(i) if i > 0 && i + 2 >= tail.len() => i,
        _ => tail.len(),
    }
}

fn not_allowed() -> ApiError {
    ApiError(405, "method not allowed on this endpoint".into())
}

fn handle(app: &Arc<AppState>, req: &Req) -> Result<Response, ApiError> {
    let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    let unknown = || ApiError(404, format!("unknown path {}", req.path));
    if segs.len() < 4 || segs[0] != "api" || segs[2] != "v1" {
        return Err(unknown());
    }
    if !is_subsystem(segs[1]) {
        return Err(unknown());
    }
    let served =
        |segment: &str| Resource::from_segment(segment).filter(|r| serves(segs[1], req.tutum, *r));
    if let Some(i) = segs.iter().position(|s| *s == "trigger") {
        if segs.get(i + 2) == Some(&"call") && i >= 5 && segs[i - 2] == "service" {
            return trigger_call(app, req, segs[i + 1], segs.get(i + 3).copied());
        }
    }
    let user = app
        .authenticate(&req.headers, None)
        .ok_or_else(|| ApiError(401, UNAUTHORIZED.into()))?;
    let mut rest = &segs[3..];
    let ns = if served(rest[0]).is_some() {
        user.clone()
    } else if rest.get(1).and_then(|r| served(r)).is_none() {
        return Err(unknown());
    } else {
        let ns = rest[0].to_string();
        rest = &rest[1..];
        if !app.can_access(&user, &ns) {
            return Err(ApiError(403, format!("no access to namespace '{ns}'")));
        }
        ns
    };
    let Some((segment, tail)) = rest.split_first() else {
        return Err(unknown());
    };
    let explicit_ns = rest.len() < segs.len() - 3;
    let Some(resource) = served(segment) else {
        return Err(unknown());
    };
    if explicit_ns && !namespaced(resource) {
        return Err(unknown());
    }
    let ctx = req.ctx(&user, &ns);
    let kind = match resource {
        Resource::Tag => {
            if req.method != Method::GET || !tail.is_empty() {
                return Err(not_allowed());
            }
            let st = app.lock();
            let tags = ops::tags(&st, &ns);
            return list(&st, resource, tags.iter(), req, &segs, Value::to_string);
        }
        Resource::Token => {
            if req.method != Method::POST {
                return Err(not_allowed());
            }
            let token = app
                .runtime
                .join_token()
                .unwrap_or_else(|| json!({ "token": format!("{:032x}", fastrand::u128(..)) }));
            return Ok(reply(201, &token, None));
        }
        Resource::Stored(kind) => kind,
    };
    let mut st = app.lock();
    // An image name that exists as the whole tail wins over a `tag/...` suffix.
    let n = match id_segments(kind) {
        0 if kind == Kind::Image && image_kind(&st, &tail.join("/")).is_none() => {
            image_name_len(tail)
        }
        0 => tail.len(),
        n => n,
    };
    if !tail.is_empty() && tail.len() < n {
        return Err(unknown());
    }
    let (id, ops_path) = if tail.is_empty() {
        (None, tail)
    } else {
        (Some(tail[..n].join("/")), &tail[n..])
    };
    let result = match id {
        None => collection(app, &mut st, req, &ctx, kind, &segs),
        Some(id) => {
            let kind = match kind {
                Kind::Image => image_kind(&st, &id).unwrap_or(kind),
                _ => kind,
            };
            let visible = st
                .entry(kind, &id)
                .is_some_and(|e| e.namespace.as_deref().is_none_or(|o| o == ns));
            if !visible {
                return Err(ApiError::not_found(kind.as_str()));
            }
            member(app, &mut st, req, &ctx, kind, &id, ops_path)
        }
    };
    st.commit().map_err(ApiError::internal)?;
    result
}

/// What a Tutum image name is stored as: a catalog `image` or an external `repository`
/// (images win when both exist).
fn image_kind(st: &Store, name: &str) -> Option<Kind> {
    [Kind::Image, Kind::Repository]
        .into_iter()
        .find(|kind| st.entry(*kind, name).is_some())
}

/// Refuses, before anything is stored, what the runtime cannot carry out: service fields
/// it cannot honour, and node clusters where it provisions none.
fn runtime_allows(app: &AppState, kind: Kind, body: &Map<String, Value>) -> Result<(), ApiError> {
    match kind {
        Kind::Service | Kind::Stack => app.runtime.check_service(body).map_err(ApiError::bad),
        Kind::NodeCluster => match app.runtime.refuses_nodes() {
            Some(why) => Err(ApiError::bad(why)),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Refuses, before anything changes, an operation the runtime cannot carry out on one
/// container or node.
fn runtime_permits(
    app: &AppState,
    st: &Store,
    kind: Kind,
    id: &str,
    op: &str,
) -> Result<(), ApiError> {
    let why = match kind {
        Kind::Container => app.runtime.refuses_container_moves().map(str::to_string),
        Kind::Node => app.runtime.refuses_node_op(st, id, op),
        _ => None,
    };
    why.map_or(Ok(()), |why| Err(ApiError::bad(why)))
}

fn collection(
    app: &Arc<AppState>,
    st: &mut Store,
    req: &Req,
    ctx: &Ctx,
    kind: Kind,
    segs: &[&str],
) -> Result<Response, ApiError> {
    match req.method {
        Method::GET => {
            let resource = Resource::Stored(kind);
            match kind {
                Kind::Action => list_actions(st, req, &ctx.ns, segs),
                Kind::Image => list(
                    st,
                    resource,
                    images(st, &ctx.ns).iter(),
                    req,
                    segs,
                    Value::to_string,
                ),
                Kind::Repository | Kind::Node => {
                    // The filters these lists take read no field of the moment (both are
                    // stored too): the objects are served for the page only.
                    let in_use = match kind {
                        Kind::Repository => ops::repositories_in_use(st, &ctx.ns),
                        _ => HashSet::new(),
                    };
                    let items = st.visible(kind, &ctx.ns).map(|o| &o.object);
                    let render = |v: &Value| served(kind, v, &in_use).to_string();
                    list(st, resource, items, req, segs, render)
                }
                _ => {
                    let items = st.visible(kind, &ctx.ns).map(|o| &o.object);
                    list(st, resource, items, req, segs, Value::to_string)
                }
            }
        }
        Method::POST => {
            let body = req.json()?;
            runtime_allows(app, kind, &body)?;
            let (id, action) = match kind {
                Kind::Service => ops::create_service(st, ctx, &body)?,
                Kind::Stack => ops::create_stack(st, ctx, &body)?,
                Kind::NodeCluster => ops::create_cluster(st, ctx, &body)?,
                Kind::Repository => {
                    let name = ops::create_repository(st, &ctx.ns, &body)?;
                    return Ok(reply(201, &object(st, Kind::Repository, &name), None));
                }
                Kind::Image => {
                    let name = ops::create_image(st, &ctx.ns, &body)?;
                    return Ok(reply(201, &repository_image(st, &name), None));
                }
                _ => return Err(not_allowed()),
            };
            Ok(reply(201, &object(st, kind, &id), Some(&action)))
        }
        _ => Err(not_allowed()),
    }
}

/// An object as served (see [`served`]).
fn object(st: &Store, kind: Kind, id: &str) -> Value {
    let Some(entry) = st.entry(kind, id) else {
        return Value::Null;
    };
    let in_use = match kind {
        Kind::Repository => {
            ops::repositories_in_use(st, entry.namespace.as_deref().unwrap_or_default())
        }
        _ => HashSet::new(),
    };
    served(kind, &entry.object, &in_use)
}

/// A stored object as served: with the fields that are facts of the moment (whether a
/// repository is in use, by its name in `in_use`; when a deployed node was last seen).
fn served(kind: Kind, stored: &Value, in_use: &HashSet<&str>) -> Value {
    let mut v = stored.clone();
    if let Some(m) = v.as_object_mut() {
        match kind {
            Kind::Repository => {
                let name = m.get("name").and_then(Value::as_str);
                let used = name.is_some_and(|n| in_use.contains(n));
                m.insert("in_use".into(), json!(used));
            }
            // A deployed node's agent reports all the time.
            Kind::Node if m.get("state").and_then(Value::as_str) == Some("Deployed") => {
                m.insert("last_seen".into(), json!(now()));
            }
            _ => {}
        }
    }
    v
}

/// A repository as a Tutum image (api.md §3.16).
fn repository_image(st: &Store, name: &str) -> Value {
    as_image(object(st, Kind::Repository, name))
}

/// A served repository as a Tutum image: its own fields, then the image fields it lacks;
/// an external repository has no builds, stars, categories or tags.
fn as_image(mut v: Value) -> Value {
    if let Some(m) = v.as_object_mut() {
        let defaults = [
            ("description", json!("")),
            ("icon_url", Value::Null),
            ("state", json!("Empty")),
            ("star_count", json!(0)),
            ("jumpstart", json!(false)),
            ("categories", json!([])),
            ("is_private_image", json!(true)),
            ("is_user_image", json!(true)),
            ("public_url", Value::Null),
            ("last_build_date", Value::Null),
            ("build_source", Value::Null),
            ("tags", json!([])),
        ];
        for (key, value) in defaults {
            m.entry(key).or_insert(value);
        }
    }
    v
}

/// The Tutum image list: the catalog images, then the namespace's repositories (those
/// not shadowed by an image of the same name) as images.
fn images(st: &Store, ns: &str) -> Vec<Value> {
    let in_use = ops::repositories_in_use(st, ns);
    let catalog = st.visible(Kind::Image, ns).map(|o| o.object.clone());
    let repositories = st
        .visible(Kind::Repository, ns)
        .filter(|o| st.entry(Kind::Image, &o.id).is_none())
        .map(|o| as_image(served(Kind::Repository, &o.object, &in_use)));
    catalog.chain(repositories).collect()
}

/// Runs an operation's remaining steps and replies 202 with the object.
fn started(app: &Arc<AppState>, st: &mut Store, kind: Kind, id: &str, s: Started) -> Response {
    let Started { action, steps } = s;
    runtime::run(app.clone(), st, action.clone(), steps);
    reply(202, &object(st, kind, id), Some(&action))
}

fn member(
    app: &Arc<AppState>,
    st: &mut Store,
    req: &Req,
    ctx: &Ctx,
    kind: Kind,
    id: &str,
    rest: &[&str],
) -> Result<Response, ApiError> {
    let m = &req.method;
    match rest {
        [] if *m == Method::GET => Ok(if kind == Kind::Repository && req.tutum {
            reply(200, &repository_image(st, id), None)
        } else {
            reply(200, &object(st, kind, id), None)
        }),
        [] if *m == Method::PATCH => {
            let body = req.json()?;
            runtime_allows(app, kind, &body)?;
            let action = match kind {
                Kind::Service => ops::patch_service(st, ctx, id, &body)?,
                Kind::Stack => ops::patch_stack(st, ctx, id, &body)?,
                Kind::NodeCluster => {
                    let s = ops::patch_cluster(st, ctx, id, &body)?;
                    return Ok(started(app, st, kind, id, s));
                }
                Kind::Node => ops::patch_node(st, ctx, id, &body)?,
                Kind::Repository if req.tutum => {
                    ops::patch_image(st, id, &body)?;
                    return Ok(reply(200, &repository_image(st, id), None));
                }
                Kind::Repository => {
                    ops::patch_repository(st, id, &body)?;
                    return Ok(reply(200, &object(st, kind, id), None));
                }
                _ => return Err(not_allowed()),
            };
            Ok(reply(202, &object(st, kind, id), Some(&action)))
        }
        [] if *m == Method::DELETE => match kind {
            Kind::Repository => {
                st.remove(kind, id);
                Ok(StatusCode::NO_CONTENT.into_response())
            }
            _ if ops::operations(kind).contains(&"terminate") => {
                runtime_permits(app, st, kind, id, "terminate")?;
                let s = ops::perform(st, ctx, kind, id, "terminate", true, &[])?;
                Ok(started(app, st, kind, id, s))
            }
            _ => Err(not_allowed()),
        },
        [] => Err(not_allowed()),
        ["export"] if kind == Kind::Stack => match *m {
            Method::GET => Ok(reply(200, &ops::export_stack(st, id), None)),
            _ => Err(not_allowed()),
        },
        [op @ ("cancel" | "retry")] if kind == Kind::Action => {
            if *m != Method::POST {
                return Err(not_allowed());
            }
            if *op == "cancel" {
                machine::cancel_action(st, id)?;
                return Ok(reply(202, &object(st, kind, id), Some(id)));
            }
            let s = ops::retry(st, ctx, id)?;
            let Started { action, steps } = s;
            runtime::run(app.clone(), st, action.clone(), steps);
            Ok(reply(
                202,
                &object(st, Kind::Action, &action),
                Some(&action),
            ))
        }
        ["trigger", trigger @ ..] if kind == Kind::Service => triggers(st, req, ctx, id, trigger),
        ["tag", tag @ ..] if kind == Kind::Image || req.tutum && kind == Kind::Repository => {
            image_tags(st, req, &ctx.ns, id, tag)
        }
        [op] if ops::operations(kind).contains(op)
            && !matches!(*op, "terminate")
            && !(kind == Kind::NodeCluster && *op == "scale") =>
        {
            if *m != Method::POST {
                return Err(not_allowed());
            }
            let reuse = req
                .param("reuse_volumes")
                .is_none_or(|v| !v.eq_ignore_ascii_case("false"));
            runtime_permits(app, st, kind, id, op)?;
            let s = ops::perform(st, ctx, kind, id, op, reuse, &[])?;
            Ok(started(app, st, kind, id, s))
        }
        _ => Err(ApiError(404, format!("unknown path {}", req.path))),
    }
}

fn triggers(
    st: &mut Store,
    req: &Req,
    ctx: &Ctx,
    service: &str,
    rest: &[&str],
) -> Result<Response, ApiError> {
    match (rest, &req.method) {
        ([], &Method::GET) => list_below(st, req, Kind::Trigger, &ctx.ns, service),
        ([], &Method::POST) => {
            let body = req.json()?;
            let id = ops::create_trigger(st, &ctx.ns, service, &body)?;
            Ok(reply(201, &object(st, Kind::Trigger, &id), None))
        }
        ([t], m) => {
            let mine = st
                .entry(Kind::Trigger, t)
                .is_some_and(|e| e.parent.as_deref() == Some(service));
            if !mine {
                return Err(ApiError::not_found("trigger"));
            }
            match *m {
                Method::GET => Ok(reply(200, &object(st, Kind::Trigger, t), None)),
                Method::DELETE => {
                    st.remove(Kind::Trigger, t);
                    Ok(StatusCode::NO_CONTENT.into_response())
                }
                _ => Err(not_allowed()),
            }
        }
        ([], _) => Err(not_allowed()),
        _ => Err(ApiError(404, format!("unknown path {}", req.path))),
    }
}

/// The list of the `kind` objects of namespace `ns` below object `parent` (a service's
/// triggers, an image's tags).
fn list_below(
    st: &Store,
    req: &Req,
    kind: Kind,
    ns: &str,
    parent: &str,
) -> Result<Response, ApiError> {
    let items = st
        .visible(kind, ns)
        .filter(|o| o.parent.as_deref() == Some(parent))
        .map(|o| &o.object);
    let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    list(
        st,
        Resource::Stored(kind),
        items,
        req,
        &segs,
        Value::to_string,
    )
}

/// `image/<name>/tag/` (list) and `image/<name>/tag/<tag>/` (detail), read-only.
fn image_tags(
    st: &Store,
    req: &Req,
    ns: &str,
    image: &str,
    rest: &[&str],
) -> Result<Response, ApiError> {
    if req.method != Method::GET {
        return Err(not_allowed());
    }
    match rest {
        [] => list_below(st, req, Kind::ImageTag, ns, image),
        [tag] => st
            .object(Kind::ImageTag, &format!("{image}:{tag}"))
            .map(|o| reply(200, o, None))
            .ok_or_else(|| ApiError::not_found("image tag")),
        _ => Err(ApiError(404, format!("unknown path {}", req.path))),
    }
}

fn trigger_call(
    app: &Arc<AppState>,
    req: &Req,
    trigger: &str,
    count: Option<&str>,
) -> Result<Response, ApiError> {
    if req.method != Method::POST {
        return Err(not_allowed());
    }
    let count = match count {
        None => 1,
        Some(c) => c
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=100).contains(n))
            .ok_or_else(|| ApiError::bad("the scale-up count must be from 1 to 100"))?,
    };
    let payload = String::from_utf8_lossy(&req.sent).into_owned();
    let mut st = app.lock();
    let s = ops::call_trigger(&mut st, trigger, count, &payload)?;
    let service = st
        .entry(Kind::Trigger, trigger)
        .and_then(|e| e.parent.clone())
        .unwrap_or_default();
    let Started { action, steps } = s;
    runtime::run(app.clone(), &mut st, action.clone(), steps);
    let body = json!({
        "trigger": st.str_of(Kind::Trigger, trigger, "resource_uri"),
        "operation": st.str_of(Kind::Trigger, trigger, "operation"),
        "service": st.str_of(Kind::Service, &service, "resource_uri"),
        "action": format!("/api/audit/v1/action/{action}/"),
    });
    st.commit().map_err(ApiError::internal)?;
    Ok(reply(202, &body, Some(&action)))
}

/// Action list: newest first (so that the first page holds the latest actions, as
/// `action ls --last N` expects), with `object` + `include_related`.
fn list_actions(st: &Store, req: &Req, ns: &str, segs: &[&str]) -> Result<Response, ApiError> {
    let related = match req.param("object") {
        None => None,
        Some(object) => {
            let include = req
                .param("include_related")
                .is_some_and(|v| v.eq_ignore_ascii_case("true"));
            Some(related_uris(st, &object, include))
        }
    };
    let items = st
        .visible(Kind::Action, ns)
        .rev()
        .map(|o| &o.object)
        .filter(|a| {
            related.as_ref().is_none_or(|set| {
                set.contains(&canonical_uri(a["object"].as_str().unwrap_or_default()))
            })
        });
    list(
        st,
        Resource::Stored(Kind::Action),
        items,
        req,
        segs,
        Value::to_string,
    )
}

/// The object and, when asked, its related objects (api.md §3.2), as canonical URIs.
fn related_uris(st: &Store, object: &str, include: bool) -> Vec<String> {
    let mut out = vec![canonical_uri(object)];
    if !include {
        return out;
    }
    let Some((kind, obj)) = st.by_uri(object) else {
        return out;
    };
    let s = |v: &Value, f: &str| v[f].as_str().map(canonical_uri);
    let list = |v: &Value, f: &str| -> Vec<String> {
        v[f].as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(canonical_uri)
            .collect()
    };
    match kind {
        Kind::Container => {
            if let Some(svc) = s(obj, "service") {
                if let Some((_, so)) = st.by_uri(&svc) {
                    out.extend(s(so, "stack"));
                }
                out.push(svc);
            }
        }
        Kind::Service => {
            out.extend(list(obj, "containers"));
            out.extend(s(obj, "stack"));
        }
        Kind::Stack => {
            for svc in list(obj, "services") {
                if let Some((_, so)) = st.by_uri(&svc) {
                    out.extend(list(so, "containers"));
                }
                out.push(svc);
            }
        }
        Kind::Node => out.extend(s(obj, "node_cluster")),
        Kind::NodeCluster => out.extend(list(obj, "nodes")),
        _ => {}
    }
    out
}

/// The list envelope: filters from the query, `limit`/`offset` paging, relative
/// `meta.next` / `meta.previous` carrying the same filters; `render` serves each object of
/// the page.
fn list<'a>(
    st: &Store,
    resource: Resource,
    items: impl Iterator<Item = &'a Value>,
    req: &Req,
    segs: &[&str],
    render: impl Fn(&Value) -> String,
) -> Result<Response, ApiError> {
    let items: Vec<&Value> = items.collect();
    let pairs = req.pairs();
    let number = |key: &str, default: usize| -> Result<usize, ApiError> {
        match pairs.iter().rev().find(|(k, _)| k == key) {
            None => Ok(default),
            Some((_, v)) if v.is_empty() => Ok(default),
            Some((_, v)) => v
                .parse()
                .map_err(|_| ApiError::bad(format!("'{key}' must be a whole number"))),
        }
    };
    let limit = match number("limit", DEFAULT_LIMIT)? {
        0 => MAX_LIMIT,
        n => n.min(MAX_LIMIT),
    };
    let offset = number("offset", 0)?;
    let mut filters: Vec<&(String, String)> = Vec::new();
    for pair in &pairs {
        let (key, _) = pair;
        let paging = matches!(
            key.as_str(),
            "limit" | "offset" | "format" | "object" | "include_related"
        );
        if !paging && filters::check(resource, key, &items)? {
            filters.push(pair);
        }
    }
    let mut total = 0usize;
    let mut page = String::from("[");
    for item in items
        .into_iter()
        .filter(|o| filters.iter().all(|(k, v)| st.matches(o, k, v)))
    {
        if total >= offset && total < offset.saturating_add(limit) {
            if page.len() > 1 {
                page.push(',');
            }
            page.push_str(&render(item));
        }
        total += 1;
    }
    page.push(']');
    let base = format!("/{}/", segs.join("/"));
    let kept: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(k, _)| k != "limit" && k != "offset")
        .collect();
    let link = |off: usize| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &kept {
            q.append_pair(k, v);
        }
        q.append_pair("limit", &limit.to_string());
        q.append_pair("offset", &off.to_string());
        json!(format!("{base}?{}", q.finish()))
    };
    let next = if offset.saturating_add(limit) < total {
        link(offset + limit)
    } else {
        Value::Null
    };
    let previous = if offset > 0 {
        link(offset.saturating_sub(limit))
    } else {
        Value::Null
    };
    let meta = json!({
        "limit": limit,
        "next": next,
        "offset": offset,
        "previous": previous,
        "total_count": total,
    });
    let body = format!("{{\"meta\":{meta},\"objects\":{page}}}");
    let mut r = Response::new(axum::body::Body::from(body));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(r)
}
