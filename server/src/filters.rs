//! Which list filters each resource takes, checked as Tastypie checked them.

use serde_json::Value;

use crate::ops::ApiError;

/// The filters a list of `kind` takes: those api.md documents, and `uuid__startswith`,
/// `stack__name` and `service__stack__name`, which the SDKs resolve identifiers with.
fn filterable(kind: &str) -> &'static [&'static str] {
    match kind {
        "provider" => &["name"],
        "region" => &["name", "provider"],
        "az" => &["name", "region"],
        "nodetype" => &["name", "regions", "availability_zones"],
        "nodecluster" => &[
            "uuid",
            "uuid__startswith",
            "state",
            "name",
            "region",
            "node_type",
        ],
        "node" => &[
            "uuid",
            "uuid__startswith",
            "state",
            "node_cluster",
            "node_type",
            "region",
            "docker_version",
        ],
        "registry" => &[
            "uuid",
            "uuid__startswith",
            "name",
            "host",
            "is_docker_registry",
        ],
        "repository" => &["name", "registry"],
        "stack" => &["uuid", "uuid__startswith", "name"],
        "service" => &[
            "uuid",
            "uuid__startswith",
            "state",
            "name",
            "stack",
            "stack__name",
        ],
        "container" => &[
            "uuid",
            "uuid__startswith",
            "state",
            "name",
            "service",
            "node",
            "service__stack__name",
        ],
        "action" => &[
            "uuid",
            "uuid__startswith",
            "state",
            "start_date__gte",
            "start_date__lte",
            "end_date__gte",
            "end_date__lte",
        ],
        "trigger" => &["uuid", "uuid__startswith", "name"],
        "tag" => &["name", "origin"],
        "image" => &[
            "name",
            "jumpstart",
            "is_private_image",
            "is_user_image",
            "registry",
            "categories__name",
        ],
        "imagetag" => &["name"],
        "volume" => &["uuid", "uuid__startswith", "node", "containers"],
        "volumegroup" => &["uuid", "uuid__startswith", "name", "volumes", "services"],
        _ => &[],
    }
}

/// Checks one filter as Tastypie did: a parameter naming no field of the listed objects
/// is ignored (`Ok(false)`), one on a field that does not allow filtering, or with a lookup
/// the field does not allow, is refused.
pub fn check(kind: &str, key: &str, items: &[&Value]) -> Result<bool, ApiError> {
    let allowed = filterable(kind);
    if allowed.contains(&key) {
        return Ok(true);
    }
    let (field, lookup) = key.split_once("__").unwrap_or((key, ""));
    if !items.iter().any(|o| o.get(field).is_some()) {
        return Ok(false);
    }
    let field_allowed = allowed.iter().any(|a| a.split("__").next() == Some(field));
    Err(ApiError::bad(if field_allowed && !lookup.is_empty() {
        format!("'{lookup}' is not an allowed filter on the '{field}' field.")
    } else {
        format!("The '{field}' field does not allow filtering.")
    }))
}
