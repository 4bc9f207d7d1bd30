//! The Tutum dialect, translated at the edge: a Tutum request (`/api/v1/<resource>/...`)
//! is mapped to the Docker Cloud path of the same object in the caller's own namespace
//! (Tutum has no namespaces), handled by the normal REST code, and its reply is rewritten
//! to the Tutum form (api.md §6):
//!
//! - every resource URI (`/api/app/v1/<ns>/service/x/` → `/api/v1/service/x/`, external
//!   repositories → `/api/v1/image/...`), `meta.next` / `meta.previous` included;
//! - registry: `is_tutum_registry` and `icon_url` instead of `is_docker_registry`;
//! - service and container: `image_tag` (URI of the image tag); container and node:
//!   `last_metric` {`cpu`, `memory`, `disk`}; action: `body` (the request body as JSON
//!   text) instead of `user`;
//! - host names `*.tutum.io`, `dashboard.tutum.co`, `stream.tutum.co`, and `TUTUM_`
//!   instead of `DOCKERCLOUD_` in environment variable names (`<NAME>_TUTUM_API_URL`);
//! - the `X-Tutum-Action-URI` header instead of `X-DockerCloud-Action-URI`.
//!
//! Request bodies and query values may carry Tutum URIs; they are mapped inward the same
//! way. Event messages of the Tutum stream go through [`event_message`].

use serde_json::{Map, Value};

use crate::kind::{Kind, Resource};
use crate::store::Store;

/// The path prefix of the Tutum REST API.
pub const PREFIX: &str = "/api/v1/";

/// The Docker Cloud subsystem serving a Tutum resource (Tutum names repositories `image`
/// and availability zones `az` only).
fn subsystem(resource: &str) -> Option<&'static str> {
    if matches!(resource, "repository" | "availabilityzone") {
        return None;
    }
    Resource::from_segment(resource)?.subsystem()
}

/// The Tutum name of a Docker Cloud resource.
fn tutum_resource(resource: &str) -> &str {
    match resource {
        "repository" => "image",
        "availabilityzone" => "az",
        other => other,
    }
}

/// Whether a path segment names a Docker Cloud resource (rather than a namespace).
fn is_resource(segment: &str) -> bool {
    matches!(
        segment,
        "repository" | "availabilityzone" | "events" | "trigger"
    ) || subsystem(segment).is_some()
}

/// The Docker Cloud path for a Tutum path (`/api/v1/service/x/` →
/// `/api/app/v1/service/x/`), or `None` when `path` is not a Tutum resource path.
pub fn inward_path(path: &str) -> Option<String> {
    let rest = path.strip_prefix(PREFIX)?;
    let resource = rest.split('/').find(|s| !s.is_empty())?;
    let subsystem = subsystem(resource)?;
    Some(format!("/api/{subsystem}/v1/{rest}"))
}

/// Maps every Tutum URI string inside `value` to its Docker Cloud form.
pub fn inward(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let Some(p) = inward_path(s) {
                *s = p;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(inward),
        Value::Object(m) => m.values_mut().for_each(inward),
        _ => {}
    }
}

/// A query string with Tutum URI values mapped inward.
pub fn inward_query(query: &str) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        let v = inward_path(&v).unwrap_or_else(|| v.into_owned());
        out.append_pair(&k, &v);
    }
    out.finish()
}

/// The Tutum form of a Docker Cloud URI (query string kept), or `None` when `uri` is
/// not one.
pub fn outward_uri(uri: &str) -> Option<String> {
    let (path, query) = match uri.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (uri, None),
    };
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if parts.len() < 4
        || parts[0] != "api"
        || parts[2] != "v1"
        || !matches!(parts[1], "app" | "infra" | "repo" | "audit")
    {
        return None;
    }
    let at = if is_resource(parts[3]) { 3 } else { 4 };
    let resource = tutum_resource(parts.get(at)?);
    let mut out = format!("{PREFIX}{resource}/");
    for p in &parts[at + 1..] {
        out.push_str(p);
        out.push('/');
    }
    if let Some(q) = query {
        let mut pairs = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in url::form_urlencoded::parse(q.as_bytes()) {
            let v = outward_uri(&v).unwrap_or_else(|| v.into_owned());
            pairs.append_pair(&k, &v);
        }
        out.push('?');
        out.push_str(&pairs.finish());
    }
    Some(out)
}

/// The Tutum form of any string: URIs, public URLs and host names.
fn outward_string(s: &str) -> Option<String> {
    if s.starts_with("/api/") {
        return outward_uri(s);
    }
    let s = outward_hosts(s)?;
    Some(match s.find("/api/") {
        Some(i) => match outward_uri(&s[i..]) {
            Some(uri) => format!("{}{uri}", &s[..i]),
            None => s,
        },
        None => s,
    })
}

/// A text with its Docker Cloud host names in the Tutum form (none when it has none).
fn outward_hosts(s: &str) -> Option<String> {
    if !s.contains("dockerapp.io") && !s.contains("cloud.docker.com") {
        return None;
    }
    Some(
        s.replace(".dockerapp.io", ".tutum.io")
            .replace("ws.cloud.docker.com", "stream.tutum.co")
            .replace("//cloud.docker.com", "//dashboard.tutum.co")
            .replace(".cloud.docker.com", ".tutum.co"),
    )
}

/// The Tutum form of a line the server wrote to an action log: Tutum host names.
pub fn action_log_line(line: &str) -> String {
    outward_hosts(line).unwrap_or_else(|| line.to_string())
}

/// The Tutum name of an environment variable.
fn outward_env_name(name: &str) -> Option<String> {
    name.contains("DOCKERCLOUD_")
        .then(|| name.replace("DOCKERCLOUD_", "TUTUM_"))
}

/// Rewrites a reply body to the Tutum form (see the module documentation).
pub fn outward(value: &mut Value, st: &Store) {
    match value {
        Value::String(s) => {
            if let Some(t) = outward_string(s) {
                *s = t;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| outward(v, st)),
        Value::Object(m) => {
            fields(m, st);
            let renamed: Vec<String> = m
                .keys()
                .filter(|k| k.contains("DOCKERCLOUD_"))
                .cloned()
                .collect();
            for key in renamed {
                if let (Some(v), Some(new)) = (m.remove(&key), outward_env_name(&key)) {
                    m.insert(new, v);
                }
            }
            for (k, v) in m.iter_mut() {
                match v {
                    Value::String(s) if k == "key" => {
                        if let Some(new) = outward_env_name(s) {
                            *s = new;
                        }
                    }
                    _ => outward(v, st),
                }
            }
        }
        _ => {}
    }
}

/// The field differences of one object, recognised by its (Docker Cloud) resource URI.
fn fields(m: &mut Map<String, Value>, st: &Store) {
    let Some(uri) = m.get("resource_uri").and_then(Value::as_str) else {
        return;
    };
    let parts: Vec<&str> = uri.split('/').filter(|s| !s.is_empty()).collect();
    let Some(at) = parts.iter().skip(3).position(|p| is_resource(p)) else {
        return;
    };
    let kind = Kind::from_segment(parts[at + 3]);
    let id = parts[at + 4..].join("/");
    match kind {
        Some(Kind::Registry) => {
            let docker = m.remove("is_docker_registry");
            m.insert(
                "is_tutum_registry".into(),
                docker.unwrap_or(Value::Bool(false)),
            );
            let host = m.get("host").and_then(Value::as_str).unwrap_or_default();
            let icon = format!("https://{host}/favicon.ico");
            m.insert("icon_url".into(), Value::String(icon));
        }
        Some(Kind::Service | Kind::Container) => {
            if let Some(image) = m.get("image_name").and_then(Value::as_str) {
                let tag = image_tag_uri(image);
                m.insert("image_tag".into(), Value::String(tag));
            }
            if kind == Some(Kind::Container) {
                m.insert("last_metric".into(), last_metric(&id, m));
            }
        }
        Some(Kind::Node) => {
            let metric = last_metric(&id, m);
            m.insert("last_metric".into(), metric);
        }
        Some(Kind::Action) => {
            m.remove("user");
            let body = st.action_body(&id).unwrap_or_default().to_string();
            m.insert("body".into(), Value::String(body));
        }
        _ => {}
    }
}

/// The Tutum URI of an image tag, from an image reference (`name[:tag]`).
pub fn image_tag_uri(image: &str) -> String {
    let last_slash = image.rfind('/').map_or(0, |i| i + 1);
    let (name, tag) = match image[last_slash..].rfind(':') {
        Some(i) => (&image[..last_slash + i], &image[last_slash + i + 1..]),
        None => (image, "latest"),
    };
    format!("{PREFIX}image/{name}/tag/{tag}/")
}

/// A plausible, stable `last_metric` for a container or node: zero unless it runs, some CPU
/// (0.1 to 40%) when it does.
fn last_metric(id: &str, m: &Map<String, Value>) -> Value {
    let running = matches!(
        m.get("state").and_then(Value::as_str),
        Some("Running" | "Deployed")
    );
    let seed = id
        .bytes()
        .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(b.into()));
    let (cpu, memory, disk) = if running {
        (
            (1 + seed % 400) as f64 / 10.0,
            (32 + seed % 480) * 1024 * 1024,
            (200 + seed % 2000) * 1024 * 1024,
        )
    } else {
        (0.0, 0, 0)
    };
    serde_json::json!({ "cpu": cpu, "memory": memory, "disk": disk })
}

/// The Tutum form of an event message: Tutum URIs, no `uuid` / `datetime`.
pub fn event_message(json: &str) -> String {
    let Ok(Value::Object(mut m)) = serde_json::from_str::<Value>(json) else {
        return json.to_string();
    };
    m.remove("uuid");
    m.remove("datetime");
    m.values_mut().for_each(uris_outward);
    Value::Object(m).to_string()
}

/// Maps a URI string, or the URI strings of a list, to the Tutum form.
fn uris_outward(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let Some(t) = outward_uri(s) {
                *s = t;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(uris_outward),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{image_tag_uri, inward_path, outward_uri};

    #[test]
    fn paths_map_both_ways() {
        assert_eq!(
            inward_path("/api/v1/service/x/start/").as_deref(),
            Some("/api/app/v1/service/x/start/")
        );
        assert_eq!(inward_path("/api/v1/nothing/"), None);
        assert_eq!(
            outward_uri("/api/app/v1/demo/service/x/").as_deref(),
            Some("/api/v1/service/x/")
        );
        assert_eq!(
            outward_uri("/api/repo/v1/demo/repository/a/b/?limit=2").as_deref(),
            Some("/api/v1/image/a/b/?limit=2")
        );
        assert_eq!(
            outward_uri("/api/infra/v1/region/digitalocean/lon1/").as_deref(),
            Some("/api/v1/region/digitalocean/lon1/")
        );
    }

    #[test]
    fn image_tags_default_to_latest() {
        assert_eq!(
            image_tag_uri("tutum/hello-world"),
            "/api/v1/image/tutum/hello-world/tag/latest/"
        );
        assert_eq!(
            image_tag_uri("registry:5000/a/b:v1"),
            "/api/v1/image/registry:5000/a/b/tag/v1/"
        );
    }
}
