//! The environment snapshot the configuration reads, and its typed values.

use std::collections::HashMap;
use std::ffi::OsString;
use std::time::Duration;

use crate::error::{Error, Result};

/// A snapshot of the environment variables the client reads; empty values count as unset,
/// and so do variables whose name or value is not UTF-8.
#[derive(Debug, Clone, Default)]
pub struct Env(HashMap<String, String>);

impl Env {
    /// Captures the current process environment.
    pub fn capture() -> Env {
        let text = |(name, value): (OsString, OsString)| {
            Some((name.into_string().ok()?, value.into_string().ok()?))
        };
        Env(std::env::vars_os()
            .filter_map(text)
            .filter(|(_, v)| !v.is_empty())
            .collect())
    }

    /// The variable's value, or `None` when it is unset or empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Sets a variable (tests build environments by hand).
    #[cfg(test)]
    pub fn set(&mut self, name: &str, value: &str) {
        self.0.insert(name.to_string(), value.to_string());
    }

    /// A positive number of seconds from `var`, or `default`.
    pub fn seconds(&self, var: &str, default: u64) -> Result<Duration> {
        match self.get(var) {
            None => Ok(Duration::from_secs(default)),
            Some(text) => match text.trim().parse::<f64>() {
                Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e9 => {
                    Ok(Duration::from_secs_f64(secs))
                }
                _ => Err(Error::usage(format!(
                    "{var}: invalid number of seconds '{text}'"
                ))),
            },
        }
    }

    /// `true` or `false` from `var` (`1`/`true`/`yes`/`on`, `0`/`false`/`no`/`off`); unset
    /// is `false`.
    pub fn flag(&self, var: &str) -> Result<bool> {
        let Some(text) = self.get(var) else {
            return Ok(false);
        };
        match text.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" => Ok(false),
            _ => Err(Error::usage(format!(
                "{var}: expected 1 or 0, not '{text}'"
            ))),
        }
    }
}

/// An environment of `pairs` (for tests); empty values count as unset.
#[cfg(test)]
pub fn env(pairs: &[(&str, &str)]) -> Env {
    Env(pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect())
}
