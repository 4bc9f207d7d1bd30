//! The `tags` lists that services, node clusters and nodes carry.

use serde_json::{json, Value};

use crate::error::{Error, Result};

/// Tags as `[{"name": ...}]`, without repeats; an empty tag is a usage error.
pub fn tag_list(tags: &[String]) -> Result<Vec<Value>> {
    let mut names: Vec<&str> = Vec::new();
    for tag in tags {
        if tag.is_empty() {
            return Err(Error::usage("invalid tag '': a tag cannot be empty"));
        }
        if !names.contains(&tag.as_str()) {
            names.push(tag);
        }
    }
    Ok(names
        .into_iter()
        .map(|name| json!({ "name": name }))
        .collect())
}
