//! Fault injection for reliability tests: error replies, throttling, delays, drops.

use std::str::FromStr;

use axum::Router;

/// One `--fault` rule.
#[derive(Clone, Debug)]
pub struct Rule;

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Err(format!("unknown fault rule '{s}'"))
    }
}

/// Wraps the router with the given rules (none: unchanged).
pub fn apply(router: Router, _rules: Vec<Rule>) -> Router {
    router
}
