//! One stackfile's services: the top-level shape, service names, and each key checked
//! against the stack file reference, interpolated and typed.

use std::path::Path;

use serde_json::{Map, Value};

use super::check;
use super::interpolate::Interpolator;
use super::yaml;
use crate::error::{Error, Result};
use crate::values;

/// The service keys a stackfile may use (Docker Cloud's stack file reference, plus `name`,
/// which the client always sets to the service's key).
const KEYS: [&str; 42] = [
    "autodestroy",
    "autoredeploy",
    "cap_add",
    "cap_drop",
    "cgroup_parent",
    "command",
    "cpu_shares",
    "cpuset",
    "deployment_strategy",
    "devices",
    "dns",
    "dns_search",
    "domainname",
    "entrypoint",
    "environment",
    "expose",
    "extra_hosts",
    "hostname",
    "image",
    "labels",
    "links",
    "mac_address",
    "mem_limit",
    "memswap_limit",
    "name",
    "net",
    "pid",
    "ports",
    "privileged",
    "read_only",
    "restart",
    "roles",
    "security_opt",
    "sequential_deployment",
    "stdin_open",
    "tags",
    "target_num_containers",
    "tty",
    "user",
    "volumes",
    "volumes_from",
    "working_dir",
];

/// Compose keys that Docker Cloud is documented to reject.
const UNSUPPORTED_KEYS: [&str; 3] = ["build", "external_links", "env_file"];

/// Keys whose values are booleans (see the YAML policy in [`super`]).
const BOOLEAN_KEYS: [&str; 6] = [
    "autoredeploy",
    "privileged",
    "read_only",
    "sequential_deployment",
    "stdin_open",
    "tty",
];

/// The services of one file, interpolated and checked. Keys the client does not know are
/// kept, with a message in `warnings`.
pub fn read_file(
    path: &Path,
    interpolator: &mut Interpolator,
    warnings: &mut Vec<String>,
) -> Result<Vec<(String, Value)>> {
    let shown = path.display();
    let text = crate::bounded::read_text(path)
        .map_err(|e| Error::usage(format!("cannot read stackfile '{shown}': {e}")))?;
    let top = match yaml::parse(path, &text)? {
        yaml_serde::Value::Mapping(top) if !top.is_empty() => top,
        yaml_serde::Value::Null | yaml_serde::Value::Mapping(_) => {
            return Err(Error::usage(format!(
                "{shown}: the stackfile defines no services; expected a mapping of service names to definitions"
            )))
        }
        other => {
            return Err(Error::usage(format!(
                "{shown}: expected a mapping of service names to definitions at the top level, found {}",
                yaml::kind(&other)
            )))
        }
    };
    if top
        .get("version")
        .is_some_and(|v| v.is_string() || v.is_number())
    {
        return Err(Error::usage(format!(
            "{shown}: Compose file format 2 and later (top-level 'version' and 'services') is not supported; list the services at the top level"
        )));
    }
    let mut services = Vec::new();
    for (key, value) in top {
        let name = match key {
            yaml_serde::Value::String(name) if !name.is_empty() => name,
            other => {
                return Err(Error::usage(format!(
                    "{shown}: service names must be non-empty text, found {}",
                    yaml::kind(&other)
                )))
            }
        };
        if !values::is_name(&name) {
            return Err(Error::usage(format!(
                "{shown}: invalid service name '{name}': {}",
                values::NAME_FORM
            )));
        }
        let context =
            |message: String| Error::usage(format!("{shown}: service '{name}': {message}"));
        let definition = match value {
            yaml_serde::Value::Null => Map::new(),
            yaml_serde::Value::Mapping(_) => match yaml::to_json(value).map_err(context)? {
                Value::Object(map) => map,
                _ => Map::new(),
            },
            other => {
                return Err(context(format!(
                    "expected a mapping of keys, found {}",
                    yaml::kind(&other)
                )))
            }
        };
        let mut checked = Map::new();
        for (key, mut value) in definition {
            let context = |message: String| {
                Error::usage(format!("{shown}: service '{name}', key '{key}': {message}"))
            };
            if UNSUPPORTED_KEYS.contains(&key.as_str()) {
                return Err(context("not supported by Docker Cloud".to_string()));
            }
            if !KEYS.contains(&key.as_str()) {
                warnings.push(format!(
                    "{shown}: service '{name}', key '{key}': not in the Docker Cloud stack file reference; sent as written"
                ));
            }
            // Environment values may be secrets: their errors do not quote them.
            let quote = key != "environment";
            interpolator.value(&mut value, quote).map_err(context)?;
            if BOOLEAN_KEYS.contains(&key.as_str()) {
                value = boolean(value).map_err(context)?;
            }
            check::value(&key, &value).map_err(context)?;
            checked.insert(key, value);
        }
        services.push((name, Value::Object(checked)));
    }
    Ok(services)
}

/// A boolean key's value: JSON booleans, or the YAML 1.1 words in any case.
fn boolean(value: Value) -> std::result::Result<Value, String> {
    match &value {
        Value::Null | Value::Bool(_) => Ok(value),
        Value::String(text) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" => Ok(Value::Bool(true)),
            "false" | "no" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!("expected true or false, found {value}")),
        },
        _ => Err(format!("expected true or false, found {value}")),
    }
}
