//! Object shapes: service definitions (API and stack-file bodies), containers built from
//! services, derived fields (link variables, calculated env vars, ports) and stack export.

use serde_json::{json, Map, Value};

/// Fields a service shares with its containers (copied when a container is deployed).
pub const SHARED_FIELDS: &[&str] = &[
    "autodestroy",
    "autorestart",
    "cap_add",
    "cap_drop",
    "container_envvars",
    "cpu_shares",
    "cpuset",
    "cgroup_parent",
    "devices",
    "dns",
    "dns_search",
    "domainname",
    "entrypoint",
    "extra_hosts",
    "hostname",
    "image_name",
    "labels",
    "mac_address",
    "memory",
    "memory_swap",
    "net",
    "pid",
    "privileged",
    "read_only",
    "roles",
    "run_command",
    "security_opt",
    "stdin_open",
    "tty",
    "user",
    "working_dir",
];

/// Service fields whose change makes running containers out of date.
const DEFINITION_FIELDS: &[&str] = &[
    "image_name",
    "run_command",
    "entrypoint",
    "container_ports",
    "container_envvars",
    "linked_to_service",
    "bindings",
    "autorestart",
    "autodestroy",
    "roles",
    "privileged",
    "net",
    "pid",
    "working_dir",
    "cpu_shares",
    "memory",
    "memory_swap",
    "cap_add",
    "cap_drop",
    "cgroup_parent",
    "cpuset",
    "devices",
    "dns",
    "dns_search",
    "domainname",
    "extra_hosts",
    "hostname",
    "labels",
    "mac_address",
    "read_only",
    "security_opt",
    "stdin_open",
    "tty",
    "user",
];

/// A new service object in state `Not running` with every documented field.
pub fn service_template(ns: &str, uuid: &str, name: &str, now: &str) -> Map<String, Value> {
    let v = json!({
        "uuid": uuid,
        "resource_uri": format!("/api/app/v1/{ns}/service/{uuid}/"),
        "image_name": "",
        "name": name,
        "nickname": name,
        "public_dns": format!("{name}.{ns}.svc.dockerapp.io"),
        "state": "Not running",
        "net": "bridge",
        "pid": "none",
        "synchronized": true,
        "created_datetime": now,
        "deployed_datetime": null,
        "started_datetime": null,
        "stopped_datetime": null,
        "destroyed_datetime": null,
        "target_num_containers": 1,
        "current_num_containers": 0,
        "running_num_containers": 0,
        "stopped_num_containers": 0,
        "stack": null,
        "containers": [],
        "container_ports": [],
        "container_envvars": [],
        "calculated_envvars": [],
        "labels": {},
        "working_dir": "/",
        "user": "",
        "hostname": "",
        "domainname": "",
        "mac_address": "",
        "cgroup_parent": "",
        "tty": false,
        "stdin_open": false,
        "privileged": false,
        "read_only": false,
        "dns": [],
        "dns_search": [],
        "cap_add": [],
        "cap_drop": [],
        "devices": [],
        "extra_hosts": [],
        "security_opt": [],
        "entrypoint": "",
        "run_command": "",
        "sequential_deployment": false,
        "cpu_shares": null,
        "cpuset": "",
        "memory": null,
        "memory_swap": null,
        "linked_from_service": [],
        "linked_to_service": [],
        "bindings": [],
        "autorestart": "OFF",
        "autodestroy": "OFF",
        "deployment_strategy": "EMPTIEST_NODE",
        "roles": [],
        "link_variables": {},
        "tags": [],
        "autoredeploy": false,
    });
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// The definition part of a service, to tell whether a change needs a redeploy.
pub fn definition(service: &Map<String, Value>) -> Vec<Value> {
    DEFINITION_FIELDS
        .iter()
        .map(|f| service.get(*f).cloned().unwrap_or(Value::Null))
        .collect()
}

/// `image` with a tag (`latest` when none is given).
pub fn image_with_tag(image: &str) -> String {
    let image = image.trim();
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        Some((_, "")) => format!("{image}latest"),
        Some(_) => image.to_string(),
        None => format!("{image}:latest"),
    }
}

/// The default service name for an image: its last path part without the tag.
pub fn name_from_image(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    let base = last.split(':').next().unwrap_or(last);
    let name: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = name.trim_matches('-').to_lowercase();
    if name.is_empty() {
        "service".into()
    } else {
        name
    }
}

/// Whether `name` is a valid service/stack/cluster name.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !name.starts_with('-')
}

/// The env var prefix for a service or container name (`web-1` → `WEB_1`).
pub fn env_prefix(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn as_bool(v: &Value, field: &str) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(format!("'{field}' must be true or false")),
    }
}

/// A whole number given as a JSON number or a numeric string (as the original SDK sends
/// counts and sizes).
pub fn as_int(v: &Value, field: &str) -> Result<i64, String> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| format!("'{field}' must be a whole number"))
}

fn opt_int(v: &Value, field: &str) -> Result<Value, String> {
    match v {
        Value::Null => Ok(Value::Null),
        Value::String(s) if s.is_empty() => Ok(Value::Null),
        _ => as_int(v, field).map(Value::from),
    }
}

fn as_string(v: &Value, field: &str) -> Result<String, String> {
    match v {
        Value::Null => Ok(String::new()),
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Array(items) => {
            let parts: Result<Vec<String>, String> =
                items.iter().map(|i| as_string(i, field)).collect();
            Ok(parts?.join(" "))
        }
        Value::Object(_) => Err(format!("'{field}' must be a string")),
    }
}

fn string_list(v: &Value, field: &str) -> Result<Value, String> {
    match v {
        Value::Null => Ok(json!([])),
        Value::String(s) => Ok(json!([s])),
        Value::Array(items) => items
            .iter()
            .map(|i| as_string(i, field).map(Value::from))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::from),
        _ => Err(format!("'{field}' must be a list of strings")),
    }
}

fn enum_value(v: &Value, field: &str, allowed: &[&str]) -> Result<Value, String> {
    let s = as_string(v, field)?.to_uppercase().replace('-', "_");
    if allowed.contains(&s.as_str()) {
        Ok(json!(s))
    } else {
        Err(format!("'{field}' must be one of {}", allowed.join(", ")))
    }
}

/// Tags as `[{"name": ..}]`, from strings or `{name}` objects.
pub fn norm_tags(v: &Value) -> Result<Value, String> {
    let Value::Array(items) = v else {
        return Err("'tags' must be a list".into());
    };
    let mut out: Vec<Value> = Vec::new();
    for item in items {
        let name = match item {
            Value::String(s) => s.clone(),
            Value::Object(m) => match m.get("name") {
                Some(Value::String(s)) => s.clone(),
                _ => return Err("each tag needs a 'name'".into()),
            },
            _ => return Err("each tag must be a string or {\"name\": ...}".into()),
        };
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err("tag names cannot be empty".into());
        }
        if !out.iter().any(|t| t["name"] == name) {
            out.push(json!({ "name": name }));
        }
    }
    Ok(Value::Array(out))
}

/// The well-known name of a port (`http` for 80...).
fn port_name(port: i64) -> &'static str {
    match port {
        80 | 8080 | 8000 | 3000 | 5000 => "http",
        443 | 8443 => "https",
        22 => "ssh",
        3306 => "mysql",
        5432 => "postgresql",
        6379 => "redis",
        27017 => "mongodb",
        8086 => "influxdb",
        9200 => "elasticsearch",
        11211 => "memcache",
        5672 => "amqp",
        _ => "",
    }
}

fn uri_protocol(port: i64, protocol: &str) -> &'static str {
    match (port_name(port), protocol) {
        (_, "udp") => "udp",
        ("http", _) => "http",
        ("https", _) => "https",
        _ => "tcp",
    }
}

fn norm_port(v: &Value) -> Result<Value, String> {
    let Value::Object(m) = v else {
        return Err("each port must be an object".into());
    };
    let inner = as_int(
        m.get("inner_port")
            .ok_or("each port needs an 'inner_port'")?,
        "inner_port",
    )?;
    if !(1..=65535).contains(&inner) {
        return Err("'inner_port' must be from 1 to 65535".into());
    }
    let protocol = match m.get("protocol") {
        None | Some(Value::Null) => "tcp".to_string(),
        Some(p) => as_string(p, "protocol")?.to_lowercase(),
    };
    if protocol != "tcp" && protocol != "udp" {
        return Err("'protocol' must be tcp or udp".into());
    }
    let outer = match m.get("outer_port") {
        None => Value::Null,
        Some(o) => opt_int(o, "outer_port")?,
    };
    if let Some(o) = outer.as_i64() {
        if !(1..=65535).contains(&o) {
            return Err("'outer_port' must be from 1 to 65535".into());
        }
    }
    let published = match m.get("published") {
        None | Some(Value::Null) => !outer.is_null(),
        Some(p) => as_bool(p, "published")?,
    };
    Ok(json!({
        "endpoint_uri": null,
        "inner_port": inner,
        "outer_port": outer,
        "port_name": port_name(inner),
        "protocol": protocol,
        "published": published,
    }))
}

/// Parses a stack-file port: `80`, `8080:80`, `127.0.0.1:8080:80`, `500/udp`.
fn stackfile_port(v: &Value, published: bool) -> Result<Value, String> {
    let text = as_string(v, "ports")?;
    let (spec, protocol) = match text.split_once('/') {
        Some((s, p)) => (s.to_string(), p.to_string()),
        None => (text.clone(), "tcp".to_string()),
    };
    let parts: Vec<&str> = spec.split(':').collect();
    let bad = || format!("invalid port '{text}'");
    let inner = parts.last().ok_or_else(bad)?.trim();
    let outer = if parts.len() >= 2 {
        Value::from(
            parts[parts.len() - 2]
                .trim()
                .parse::<i64>()
                .map_err(|_| bad())?,
        )
    } else {
        Value::Null
    };
    norm_port(&json!({
        "inner_port": inner,
        "outer_port": outer,
        "protocol": protocol,
        "published": published,
    }))
    .map_err(|e| format!("invalid port '{text}': {e}"))
}

fn envvars(v: &Value) -> Result<Value, String> {
    let pair = |k: &str, val: String| json!({ "key": k, "value": val });
    match v {
        Value::Null => Ok(json!([])),
        Value::Object(m) => m
            .iter()
            .map(|(k, val)| as_string(val, "environment").map(|s| pair(k, s)))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::from),
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => {
                    let (k, val) = s.split_once('=').unwrap_or((s.as_str(), ""));
                    if k.is_empty() {
                        Err(format!("invalid environment variable '{s}'"))
                    } else {
                        Ok(pair(k, val.to_string()))
                    }
                }
                Value::Object(m) => {
                    let key = m
                        .get("key")
                        .and_then(Value::as_str)
                        .filter(|k| !k.is_empty())
                        .ok_or("each environment variable needs a 'key'")?;
                    let value = as_string(m.get("value").unwrap_or(&Value::Null), "value")?;
                    Ok(pair(key, value))
                }
                _ => Err("environment variables must be strings or {key, value}".into()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Value::from),
        _ => Err("'container_envvars' must be a list".into()),
    }
}

fn labels(v: &Value) -> Result<Value, String> {
    match v {
        Value::Null => Ok(json!({})),
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, val) in m {
                out.insert(k.clone(), json!(as_string(val, "labels")?));
            }
            Ok(Value::Object(out))
        }
        Value::Array(items) => {
            let mut out = Map::new();
            for i in items {
                let s = as_string(i, "labels")?;
                let (k, val) = s.split_once('=').unwrap_or((s.as_str(), ""));
                out.insert(k.to_string(), json!(val));
            }
            Ok(Value::Object(out))
        }
        _ => Err("'labels' must be a mapping or a list".into()),
    }
}

/// A memory size in MB from `512`, `"512m"`, `"1g"`, or bytes.
fn megabytes(v: &Value, field: &str) -> Result<Value, String> {
    if let Value::String(s) = v {
        let s = s.trim().to_lowercase();
        let bad = || format!("invalid '{field}' value '{s}'");
        let (num, scale) = match s.chars().last() {
            Some('b') => (&s[..s.len() - 1], 1.0 / 1048576.0),
            Some('k') => (&s[..s.len() - 1], 1.0 / 1024.0),
            Some('m') => (&s[..s.len() - 1], 1.0),
            Some('g') => (&s[..s.len() - 1], 1024.0),
            _ => (s.as_str(), 1.0),
        };
        if s.is_empty() {
            return Ok(Value::Null);
        }
        let n: f64 = num.trim().parse().map_err(|_| bad())?;
        return Ok(json!((n * scale).round() as i64));
    }
    let n = opt_int(v, field)?;
    Ok(match n.as_i64() {
        Some(b) if b >= 1 << 20 => json!(b >> 20),
        _ => n,
    })
}

/// A stack-file `no`/... value as its API enum (`OFF` for `no`, `off`, `false`, empty).
fn stackfile_enum(
    v: &Value,
    key: &str,
    values: &[(&str, &'static str)],
) -> Result<&'static str, String> {
    let s = match v {
        Value::Bool(false) => "no".to_string(),
        _ => as_string(v, key)?.to_lowercase().replace('_', "-"),
    };
    if matches!(s.as_str(), "no" | "off" | "") {
        return Ok("OFF");
    }
    values
        .iter()
        .find(|(name, _)| *name == s)
        .map(|(_, api)| *api)
        .ok_or_else(|| {
            let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
            format!("'{key}' must be no, {}", names.join(" or "))
        })
}

/// Maps stack-file keys (`ports`, `environment`, `links`, `command`...) onto API fields;
/// API keys pass through.
pub fn from_stackfile(body: &Map<String, Value>) -> Result<Map<String, Value>, String> {
    let mut out = Map::new();
    let mut ports = match body.get("container_ports") {
        Some(Value::Array(p)) => p.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(_) => return Err("'container_ports' must be a list".into()),
    };
    let mut has_ports = body.contains_key("container_ports");
    let mut bindings = match body.get("bindings") {
        Some(Value::Array(b)) => b.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(_) => return Err("'bindings' must be a list".into()),
    };
    let mut has_bindings = body.contains_key("bindings");
    for (key, v) in body {
        let list = || -> Vec<Value> {
            match v {
                Value::Array(a) => a.clone(),
                Value::Null => Vec::new(),
                other => vec![other.clone()],
            }
        };
        match key.as_str() {
            "build" | "external_links" | "env_file" | "extends" => {
                return Err(format!("'{key}' is not supported"))
            }
            "container_ports" | "bindings" => {}
            "command" => {
                out.insert("run_command".into(), json!(as_string(v, key)?));
            }
            "environment" => {
                out.insert("container_envvars".into(), envvars(v)?);
            }
            "ports" | "expose" => {
                has_ports = true;
                for p in list() {
                    ports.push(stackfile_port(&p, key == "ports")?);
                }
            }
            "links" => {
                let mut links = Vec::new();
                for l in list() {
                    let s = as_string(&l, key)?;
                    let (target, alias) = s.split_once(':').unwrap_or((s.as_str(), ""));
                    let alias = if alias.is_empty() {
                        target.split('.').next().unwrap_or(target)
                    } else {
                        alias
                    };
                    links.push(json!({ "to_service": target, "name": alias }));
                }
                out.insert("linked_to_service".into(), Value::Array(links));
            }
            "volumes" => {
                has_bindings = true;
                for vol in list() {
                    let s = as_string(&vol, key)?;
                    let parts: Vec<&str> = s.split(':').collect();
                    let binding = match parts.as_slice() {
                        [c] => json!({"host_path": null, "container_path": c, "rewritable": true}),
                        [h, c] => json!({"host_path": h, "container_path": c, "rewritable": true}),
                        [h, c, mode] => {
                            json!({"host_path": h, "container_path": c, "rewritable": *mode != "ro"})
                        }
                        _ => return Err(format!("invalid volume '{s}'")),
                    };
                    bindings.push(binding);
                }
            }
            "volumes_from" => {
                has_bindings = true;
                for vf in list() {
                    // `service[:ro|:rw]`: the suffix is the mode, not part of the name.
                    let vf = as_string(&vf, key)?;
                    let (service, rewritable) = match vf.rsplit_once(':') {
                        Some((service, "ro")) => (service.to_string(), false),
                        Some((service, "rw")) => (service.to_string(), true),
                        _ => (vf, true),
                    };
                    bindings.push(json!({ "volumes_from": service, "rewritable": rewritable }));
                }
            }
            "restart" | "autodestroy" => {
                let (field, when) = match key.as_str() {
                    "restart" => ("autorestart", ("on-failure", "ON_FAILURE")),
                    _ => ("autodestroy", ("on-success", "ON_SUCCESS")),
                };
                let mapped = stackfile_enum(v, key, &[when, ("always", "ALWAYS")])?;
                out.insert(field.into(), json!(mapped));
            }
            "mem_limit" => {
                out.insert("memory".into(), v.clone());
            }
            "memswap_limit" => {
                out.insert("memory_swap".into(), v.clone());
            }
            _ => {
                out.insert(key.clone(), v.clone());
            }
        }
    }
    if has_ports {
        out.insert("container_ports".into(), Value::Array(ports));
    }
    if has_bindings {
        out.insert("bindings".into(), Value::Array(bindings));
    }
    Ok(out)
}

/// Applies API fields of a create/PATCH body to a service. `resolve` turns a service
/// reference (URI, name or `name.stack`) into a service URI.
pub fn apply_service(
    svc: &mut Map<String, Value>,
    body: &Map<String, Value>,
    resolve: &dyn Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    for (key, v) in body {
        let k = key.as_str();
        let value = match k {
            "image" => {
                let image = as_string(v, k)?;
                if image.trim().is_empty() {
                    return Err("'image' cannot be empty".into());
                }
                svc.insert("image_name".into(), json!(image_with_tag(&image)));
                continue;
            }
            "nickname" | "run_command" | "entrypoint" | "working_dir" | "user" | "hostname"
            | "domainname" | "mac_address" | "cgroup_parent" | "cpuset" => json!(as_string(v, k)?),
            "target_num_containers" => {
                let n = as_int(v, k)?;
                if !(0..=10_000).contains(&n) {
                    return Err("'target_num_containers' must be from 0 to 10000".into());
                }
                json!(n)
            }
            "cpu_shares" => opt_int(v, k)?,
            "memory" | "memory_swap" => megabytes(v, k)?,
            "sequential_deployment"
            | "privileged"
            | "autoredeploy"
            | "read_only"
            | "stdin_open"
            | "tty" => json!(as_bool(v, k)?),
            "cap_add" | "cap_drop" | "devices" | "dns" | "dns_search" | "extra_hosts"
            | "security_opt" => string_list(v, k)?,
            "roles" => {
                let roles = string_list(v, k)?;
                if roles
                    .as_array()
                    .is_some_and(|r| r.iter().any(|x| x != "global"))
                {
                    return Err("the only role is 'global'".into());
                }
                roles
            }
            "labels" => labels(v)?,
            "tags" => norm_tags(v)?,
            "container_envvars" => envvars(v)?,
            "container_ports" => {
                let Value::Array(items) = v else {
                    return Err("'container_ports' must be a list".into());
                };
                let mut ports = items.iter().map(norm_port).collect::<Result<Vec<_>, _>>()?;
                ports.sort_by_key(|p| {
                    (
                        p["inner_port"].as_i64(),
                        p["protocol"].as_str().map(str::to_string),
                    )
                });
                ports.dedup_by(|a, b| {
                    a["inner_port"] == b["inner_port"] && a["protocol"] == b["protocol"]
                });
                Value::Array(ports)
            }
            "autorestart" => enum_value(v, k, &["OFF", "ON_FAILURE", "ALWAYS"])?,
            "autodestroy" => enum_value(v, k, &["OFF", "ON_SUCCESS", "ALWAYS"])?,
            "deployment_strategy" => {
                let new = enum_value(v, k, &["EMPTIEST_NODE", "HIGH_AVAILABILITY", "EVERY_NODE"])?;
                let old = svc.get(k).cloned().unwrap_or(Value::Null);
                let every = json!("EVERY_NODE");
                if svc.contains_key("containers")
                    && old != new
                    && (old == every || new == every)
                    && svc.get("state") != Some(&json!("Not running"))
                {
                    return Err("deployment_strategy cannot change to or from EVERY_NODE".into());
                }
                new
            }
            "net" => {
                let s = as_string(v, k)?;
                if s != "bridge" && s != "host" {
                    return Err("'net' must be bridge or host".into());
                }
                json!(s)
            }
            "pid" => {
                let s = as_string(v, k)?;
                if s != "none" && s != "host" {
                    return Err("'pid' must be none or host".into());
                }
                json!(s)
            }
            "linked_to_service" => {
                let Value::Array(items) = v else {
                    return Err("'linked_to_service' must be a list".into());
                };
                let from = svc.get("resource_uri").cloned().unwrap_or(Value::Null);
                let mut links = Vec::new();
                for item in items {
                    let target = item
                        .get("to_service")
                        .and_then(Value::as_str)
                        .ok_or("each link needs a 'to_service'")?;
                    let uri = resolve(target).map_err(|e| format!("linked service {e}"))?;
                    let alias = match item.get("name") {
                        Some(Value::String(s)) if !s.is_empty() => s.clone(),
                        _ => target.split('.').next().unwrap_or(target).to_string(),
                    };
                    links.push(json!({"from_service": from, "name": alias, "to_service": uri}));
                }
                Value::Array(links)
            }
            "bindings" => {
                let Value::Array(items) = v else {
                    return Err("'bindings' must be a list".into());
                };
                let mut out = Vec::new();
                for item in items {
                    let Value::Object(m) = item else {
                        return Err("each binding must be an object".into());
                    };
                    let from = match m.get("volumes_from") {
                        Some(Value::String(s)) if !s.is_empty() => {
                            Some(resolve(s).map_err(|e| format!("volumes_from service {e}"))?)
                        }
                        _ => None,
                    };
                    let path = m.get("container_path").and_then(Value::as_str);
                    if path.is_none() && from.is_none() {
                        return Err("each binding needs 'container_path' or 'volumes_from'".into());
                    }
                    let rewritable = match m.get("rewritable") {
                        None | Some(Value::Null) => true,
                        Some(r) => as_bool(r, "rewritable")?,
                    };
                    out.push(json!({
                        "host_path": m.get("host_path").cloned().unwrap_or(Value::Null),
                        "container_path": path,
                        "rewritable": rewritable,
                        "volumes_from": from,
                    }));
                }
                Value::Array(out)
            }
            _ => continue,
        };
        svc.insert(key.clone(), value);
    }
    Ok(())
}

/// The variables a container linking to `name` would get, for a service or container.
pub fn link_variables(
    name: &str,
    ports: &Value,
    envvars: &Value,
    api_uri: &str,
) -> Map<String, Value> {
    let prefix = env_prefix(name);
    let mut out = Map::new();
    for (i, p) in ports.as_array().into_iter().flatten().enumerate() {
        let (Some(port), Some(proto)) = (p["inner_port"].as_i64(), p["protocol"].as_str()) else {
            continue;
        };
        let url = format!("{proto}://{name}:{port}");
        if i == 0 {
            out.insert(format!("{prefix}_PORT"), json!(url));
        }
        let base = format!("{prefix}_PORT_{port}_{}", proto.to_uppercase());
        out.insert(base.clone(), json!(url));
        out.insert(format!("{base}_ADDR"), json!(name));
        out.insert(format!("{base}_PORT"), json!(port.to_string()));
        out.insert(format!("{base}_PROTO"), json!(proto));
    }
    for e in envvars.as_array().into_iter().flatten() {
        if let (Some(k), Some(v)) = (e["key"].as_str(), e["value"].as_str()) {
            out.insert(format!("{prefix}_ENV_{k}"), json!(v));
        }
    }
    out.insert(
        format!("{prefix}_DOCKERCLOUD_API_URL"),
        json!(format!("https://cloud.docker.com{api_uri}")),
    );
    out
}

/// Env vars an image declares (a small catalog of well-known images).
fn image_envvars(image: &str) -> Vec<(&'static str, &'static str)> {
    let base = name_from_image(image);
    let mut vars = vec![(
        "PATH",
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    )];
    vars.extend(match base.as_str() {
        "mysql" => vec![("MYSQL_MAJOR", "5.6"), ("MYSQL_VERSION", "5.6.27")],
        "wordpress" | "wordpress-stackable" => {
            vec![("WORDPRESS_VERSION", "4.4.2"), ("PHP_VERSION", "5.6.18")]
        }
        "redis" => vec![("REDIS_VERSION", "3.0.7")],
        "nginx" => vec![("NGINX_VERSION", "1.9.11")],
        "haproxy" => vec![("HAPROXY_VERSION", "1.6.3"), ("MODE", "http")],
        "postgres" => vec![("PG_MAJOR", "9.5"), ("PGDATA", "/var/lib/postgresql/data")],
        "grafana" => vec![("GF_PATHS_DATA", "/var/lib/grafana")],
        "influxdb" => vec![("INFLUXDB_VERSION", "0.10.1")],
        _ => vec![],
    });
    vars
}

/// `calculated_envvars` of a service: user vars, image vars, and system vars (including
/// the link variables of the services it links to).
pub fn calculated_envvars(svc: &Map<String, Value>, linked: &[(String, Value)]) -> Value {
    let mut out: Vec<Value> = Vec::new();
    let mut push = |origin: &str, key: &str, value: &str| {
        out.push(json!({"origin": origin, "key": key, "value": value}));
    };
    let user_keys: Vec<&str> = svc
        .get("container_envvars")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| e["key"].as_str())
        .collect();
    for e in svc
        .get("container_envvars")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        push(
            "user",
            e["key"].as_str().unwrap_or_default(),
            e["value"].as_str().unwrap_or_default(),
        );
    }
    let image = svc
        .get("image_name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    for (k, v) in image_envvars(image) {
        if !user_keys.contains(&k) {
            push("image", k, v);
        }
    }
    let uri = svc
        .get("resource_uri")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let name = svc.get("name").and_then(Value::as_str).unwrap_or_default();
    push("tutum", "DOCKERCLOUD_SERVICE_API_URI", uri);
    push(
        "tutum",
        "DOCKERCLOUD_SERVICE_API_URL",
        &format!("https://cloud.docker.com{uri}"),
    );
    push("tutum", "DOCKERCLOUD_SERVICE_HOSTNAME", name);
    push("tutum", "DOCKERCLOUD_REST_HOST", "https://cloud.docker.com");
    push(
        "tutum",
        "DOCKERCLOUD_STREAM_HOST",
        "wss://ws.cloud.docker.com",
    );
    for (alias, vars) in linked {
        let alias = env_prefix(alias);
        for (k, v) in vars.as_object().into_iter().flatten() {
            let rest = k.split_once('_').map_or(k.as_str(), |(_, r)| r);
            let rest = rest
                .strip_prefix("DOCKERCLOUD_API_URL")
                .map_or(rest.to_string(), |_| "DOCKERCLOUD_API_URL".into());
            push(
                "tutum",
                &format!("{alias}_{rest}"),
                v.as_str().unwrap_or_default(),
            );
        }
    }
    Value::Array(out)
}

/// Sets `endpoint_uri` on published ports that have an outer port, and `uri_protocol` on
/// the ports of a new or redefined container (`container`).
pub fn endpoints(ports: &mut Value, public_dns: &str, container: bool) {
    let items = ports.as_array_mut().into_iter().flatten();
    for p in items.filter(|p| p.is_object()) {
        let published = p["published"].as_bool().unwrap_or(false);
        let inner = p["inner_port"].as_i64().unwrap_or(0);
        let protocol = p["protocol"].as_str().unwrap_or("tcp").to_string();
        if container {
            p["uri_protocol"] = json!(uri_protocol(inner, &protocol));
        }
        p["endpoint_uri"] = match p["outer_port"].as_i64() {
            Some(outer) if published => json!(format!(
                "{}://{public_dns}:{outer}/",
                uri_protocol(inner, &protocol)
            )),
            _ => Value::Null,
        };
    }
}

/// One service in stack-file form (the keys `stack export` writes).
pub fn export_service(svc: &Value, link_name: &dyn Fn(&str) -> String) -> Map<String, Value> {
    let mut out = Map::new();
    let s = |f: &str| svc.get(f).and_then(Value::as_str).unwrap_or_default();
    let nonempty_list = |f: &str| {
        svc.get(f)
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty())
    };
    out.insert("image".into(), json!(s("image_name")));
    for (field, key) in [("run_command", "command"), ("entrypoint", "entrypoint")] {
        if !s(field).is_empty() {
            out.insert(key.into(), json!(s(field)));
        }
    }
    if let Some(envs) = nonempty_list("container_envvars") {
        let mut env = Map::new();
        for e in envs {
            if let Some(k) = e["key"].as_str() {
                env.insert(k.into(), e["value"].clone());
            }
        }
        out.insert("environment".into(), Value::Object(env));
    }
    let port_text = |p: &Value, with_outer: bool| {
        let inner = p["inner_port"].as_i64().unwrap_or(0);
        let proto = match p["protocol"].as_str() {
            Some("udp") => "/udp",
            _ => "",
        };
        match p["outer_port"].as_i64() {
            Some(o) if with_outer => format!("{o}:{inner}{proto}"),
            _ => format!("{inner}{proto}"),
        }
    };
    let ports = svc["container_ports"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let published: Vec<Value> = ports
        .iter()
        .filter(|p| p["published"] == true)
        .map(|p| json!(port_text(p, true)))
        .collect();
    let exposed: Vec<Value> = ports
        .iter()
        .filter(|p| p["published"] != true)
        .map(|p| json!(port_text(p, false)))
        .collect();
    if !published.is_empty() {
        out.insert("ports".into(), Value::Array(published));
    }
    if !exposed.is_empty() {
        out.insert("expose".into(), Value::Array(exposed));
    }
    if let Some(links) = nonempty_list("linked_to_service") {
        let list: Vec<Value> = links
            .iter()
            .map(|l| {
                let target = link_name(l["to_service"].as_str().unwrap_or_default());
                json!(format!(
                    "{target}:{}",
                    l["name"].as_str().unwrap_or_default()
                ))
            })
            .collect();
        out.insert("links".into(), Value::Array(list));
    }
    let (mut volumes, mut volumes_from) = (Vec::new(), Vec::new());
    for b in svc["bindings"].as_array().into_iter().flatten() {
        if let Some(from) = b["volumes_from"].as_str() {
            volumes_from.push(json!(link_name(from)));
        } else if let Some(c) = b["container_path"].as_str() {
            let ro = if b["rewritable"] == false { ":ro" } else { "" };
            volumes.push(json!(match b["host_path"].as_str() {
                Some(h) => format!("{h}:{c}{ro}"),
                None if ro.is_empty() => c.to_string(),
                None => format!("{c}:{c}{ro}"),
            }));
        }
    }
    if !volumes.is_empty() {
        out.insert("volumes".into(), Value::Array(volumes));
    }
    if !volumes_from.is_empty() {
        out.insert("volumes_from".into(), Value::Array(volumes_from));
    }
    for (field, key, map) in [
        (
            "autorestart",
            "restart",
            [("ON_FAILURE", "on-failure"), ("ALWAYS", "always")],
        ),
        (
            "autodestroy",
            "autodestroy",
            [("ON_SUCCESS", "on-success"), ("ALWAYS", "always")],
        ),
    ] {
        if let Some((_, v)) = map.iter().find(|(api, _)| *api == s(field)) {
            out.insert(key.into(), json!(v));
        }
    }
    if s("deployment_strategy") != "EMPTIEST_NODE" && !s("deployment_strategy").is_empty() {
        out.insert(
            "deployment_strategy".into(),
            json!(s("deployment_strategy").to_lowercase()),
        );
    }
    if let Some(tags) = nonempty_list("tags") {
        let names: Vec<Value> = tags.iter().map(|t| t["name"].clone()).collect();
        out.insert("tags".into(), Value::Array(names));
    }
    for (field, default) in [
        ("net", json!("bridge")),
        ("pid", json!("none")),
        ("working_dir", json!("/")),
        ("privileged", json!(false)),
        ("sequential_deployment", json!(false)),
        ("autoredeploy", json!(false)),
        ("read_only", json!(false)),
        ("stdin_open", json!(false)),
        ("tty", json!(false)),
        ("user", json!("")),
        ("hostname", json!("")),
        ("domainname", json!("")),
        ("mac_address", json!("")),
        ("cgroup_parent", json!("")),
        ("cpuset", json!("")),
        ("cpu_shares", Value::Null),
        ("labels", json!({})),
        ("roles", json!([])),
        ("dns", json!([])),
        ("dns_search", json!([])),
        ("cap_add", json!([])),
        ("cap_drop", json!([])),
        ("devices", json!([])),
        ("extra_hosts", json!([])),
        ("security_opt", json!([])),
    ] {
        if let Some(v) = svc.get(field).filter(|v| **v != default) {
            out.insert(field.into(), v.clone());
        }
    }
    for (field, key) in [("memory", "mem_limit"), ("memory_swap", "memswap_limit")] {
        if let Some(mb) = svc.get(field).and_then(Value::as_i64) {
            out.insert(key.into(), json!(format!("{mb}m")));
        }
    }
    out.insert(
        "target_num_containers".into(),
        svc["target_num_containers"].clone(),
    );
    out
}
