//! The values of the service keys the client knows, checked with the rules of the matching
//! flags, so that a stackfile the server would refuse (or misread) stops before any request.
//! The values are sent as written; only their shape is checked. A null value means "not
//! set" and passes.

use serde_json::Value;

use crate::values::{self, PUBLISH_FORM, VOLUME_FORM};

/// Checks the value of `key`; keys without a rule pass. The error says what was expected and
/// never shows an environment value (it may be a secret).
pub fn value(key: &str, value: &Value) -> Result<(), String> {
    if value.is_null() {
        return Ok(());
    }
    match key {
        "image" => image(value),
        "ports" => each_text(value, |text| {
            values::publish(text).map(drop).ok_or(PUBLISH_FORM)
        }),
        "expose" => each_text(value, |text| {
            let port = text
                .strip_suffix("/tcp")
                .or_else(|| text.strip_suffix("/udp"))
                .unwrap_or(text);
            values::port(port)
                .map(drop)
                .ok_or("expected a port number 1-65535, optionally with /tcp or /udp")
        }),
        "volumes" => each_text(value, |text| {
            values::volume(text).map(drop).ok_or(VOLUME_FORM)
        }),
        "links" => each_text(value, |text| {
            let (target, alias) = text.split_once(':').unwrap_or((text, "x"));
            (values::is_link_target(target) && values::is_word(alias))
                .then_some(())
                .ok_or("expected SERVICE[.STACK][:ALIAS], e.g. mysql:db")
        }),
        "volumes_from" => each_text(value, |text| {
            values::is_link_target(text)
                .then_some(())
                .ok_or("expected SERVICE[.STACK]")
        }),
        "target_num_containers" => count(value, u64::from(u32::MAX)),
        "cpu_shares" => count(value, u64::MAX),
        "mem_limit" | "memswap_limit" => memory(value),
        "net" => one_of(value, &["bridge", "host"]),
        "pid" => one_of(value, &["none", "host"]),
        "restart" => one_of(value, &["no", "on-failure", "always"]),
        "autodestroy" => one_of(value, &["no", "on-success", "always"]),
        "deployment_strategy" => {
            one_of(value, &["emptiest_node", "high_availability", "every_node"])
        }
        "roles" | "tags" => each_text(value, |text| {
            (!text.trim().is_empty())
                .then_some(())
                .ok_or("an entry cannot be empty")
        }),
        "environment" => environment(value),
        _ => Ok(()),
    }
}

/// The message for a missing or empty image.
pub const NO_IMAGE: &str = "an image is required, e.g. image: tutum/hello-world";

/// `image`: non-empty text without white space.
fn image(value: &Value) -> Result<(), String> {
    match value.as_str() {
        Some(text) if !text.is_empty() && !text.chars().any(char::is_whitespace) => Ok(()),
        Some(text) if text.trim().is_empty() => Err(NO_IMAGE.to_string()),
        _ => Err(format!(
            "invalid image {value}: expected a name such as tutum/hello-world"
        )),
    }
}

/// A list (or one entry) of texts or numbers, each checked by `check`; the message names the
/// entry.
fn each_text(value: &Value, check: impl Fn(&str) -> Result<(), &str>) -> Result<(), String> {
    let entries = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for entry in entries {
        let text = match entry {
            Value::String(text) => text.clone(),
            Value::Number(n) => n.to_string(),
            other => return Err(format!("invalid entry {other}: expected text")),
        };
        check(&text).map_err(|why| format!("invalid entry '{text}': {why}"))?;
    }
    Ok(())
}

/// A whole number 0..=`max`, written as a number or as digits.
fn count(value: &Value, max: u64) -> Result<(), String> {
    let number = match value {
        Value::Number(n) => n.as_u64(),
        Value::String(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        _ => None,
    };
    match number {
        Some(n) if n <= max => Ok(()),
        _ => Err(format!(
            "invalid value {value}: expected a whole number 0-{max}"
        )),
    }
}

/// A memory size: a whole number of bytes, or a number with a unit `b`, `k`, `m` or `g`.
fn memory(value: &Value) -> Result<(), String> {
    let valid = match value {
        Value::Number(n) => n.as_u64().is_some(),
        Value::String(text) => {
            let text = text.to_ascii_lowercase();
            let number = text.strip_suffix(['b', 'k', 'm', 'g']).unwrap_or(&text);
            !number.is_empty()
                && number
                    .parse::<f64>()
                    .is_ok_and(|n| n >= 0.0 && n.is_finite())
        }
        _ => false,
    };
    valid
        .then_some(())
        .ok_or_else(|| format!("invalid value {value}: expected a size such as 512m or 1g"))
}

/// One of `choices` (any case; `_` and `-` alike for the stackfile words); `false` is `no`.
fn one_of(value: &Value, choices: &[&str]) -> Result<(), String> {
    let text = match value {
        Value::Bool(false) if choices.contains(&"no") => return Ok(()),
        Value::String(text) => text.to_ascii_lowercase(),
        _ => String::new(),
    };
    let same = |choice: &&str| choice.replace('-', "_") == text.replace('-', "_");
    if choices.iter().any(same) {
        Ok(())
    } else {
        Err(format!(
            "invalid value {value}: expected {}",
            choices.join(", ")
        ))
    }
}

/// `environment`: a mapping of names to scalar values, or a list of `NAME=value` or `NAME`;
/// names are not empty and have no white space. Messages show names, never values.
fn environment(value: &Value) -> Result<(), String> {
    let bad_name = |name: &str| name.is_empty() || name.chars().any(char::is_whitespace);
    match value {
        Value::Object(map) => {
            for (name, value) in map {
                if bad_name(name) {
                    return Err(format!("invalid variable name '{name}'"));
                }
                if value.is_array() || value.is_object() {
                    return Err(format!("variable '{name}': expected a text value"));
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let text = match item {
                    Value::String(text) => text.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => String::new(),
                };
                match text.split('=').next() {
                    Some(name) if !bad_name(name) => {}
                    _ => {
                        return Err(format!(
                            "entry {}: expected NAME=value with a name without white space",
                            index + 1
                        ))
                    }
                }
            }
            Ok(())
        }
        _ => Err("expected a mapping or a list of NAME=value".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn good_values_pass() {
        for (key, good) in [
            ("image", json!("tutum/hello-world:latest")),
            (
                "ports",
                json!(["80", "443:443", "500/udp", 8080, "4500:4500/UDP"]),
            ),
            ("ports", json!("80:80")),
            ("expose", json!([80, "53/udp"])),
            ("volumes", json!(["/data", "/h:/c", "/h:/c:ro"])),
            ("links", json!(["db", "db:cache", "web.prod:front"])),
            ("volumes_from", json!(["data", "data.stack"])),
            ("target_num_containers", json!(0)),
            ("target_num_containers", json!("3")),
            ("cpu_shares", json!(512)),
            ("mem_limit", json!("512m")),
            ("mem_limit", json!(1048576)),
            ("net", json!("host")),
            ("pid", json!("none")),
            ("restart", json!("on-failure")),
            ("restart", json!(false)),
            ("autodestroy", json!("ON_SUCCESS")),
            ("deployment_strategy", json!("high_availability")),
            ("environment", json!({"A": "1", "B": null, "C": 2})),
            ("environment", json!(["A=1", "B", "C=x=y"])),
            ("tags", json!(["web"])),
            ("anything", json!({"x": [1]})),
            ("image", Value::Null),
        ] {
            assert!(value(key, &good).is_ok(), "{key}: {good}");
        }
    }

    #[test]
    fn bad_values_are_refused() {
        for (key, bad) in [
            ("image", json!("")),
            ("image", json!("two words")),
            ("image", json!(["x"])),
            ("ports", json!(["99999"])),
            ("ports", json!(["80:80/sctp"])),
            ("ports", json!([{"a": 1}])),
            ("expose", json!(["0"])),
            ("volumes", json!(["/h:/c:rwx"])),
            ("volumes", json!([":/c"])),
            ("links", json!(["a.b.c"])),
            ("links", json!(["db:"])),
            ("volumes_from", json!([""])),
            ("target_num_containers", json!("two")),
            ("target_num_containers", json!(-1)),
            ("target_num_containers", json!(1.5)),
            ("cpu_shares", json!(true)),
            ("mem_limit", json!("lots")),
            ("net", json!("weird")),
            ("pid", json!("weird")),
            ("restart", json!("sometimes")),
            ("autodestroy", json!(true)),
            ("deployment_strategy", json!("random")),
            ("environment", json!(["=x"])),
            ("environment", json!({"A B": "1"})),
            ("environment", json!("A=1")),
            ("tags", json!([""])),
        ] {
            assert!(value(key, &bad).is_err(), "{key}: {bad}");
        }
    }

    #[test]
    fn environment_messages_never_show_values() {
        let message = value("environment", &json!(["A=1", "B C=s3cret"])).unwrap_err();
        assert!(message.contains("entry 2"), "{message}");
        assert!(!message.contains("s3cret"), "{message}");
    }
}
