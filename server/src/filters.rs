//! Which list filters each resource takes, checked as Tastypie checked them.

use serde_json::Value;

use crate::kind::{Kind, Resource};
use crate::reply::ApiError;

/// The filters a list of `resource` takes: those api.md documents, and `uuid__startswith`,
/// `stack__name` and `service__stack__name`, which the SDKs resolve identifiers with.
fn filterable(resource: Resource) -> Vec<&'static str> {
    use Kind::*;
    let kind = match resource {
        Resource::Stored(kind) => kind,
        Resource::Tag => return vec!["name", "origin"],
        Resource::Token => return Vec::new(),
    };
    let own: &[&str] = match kind {
        Provider => &["name"],
        Region => &["name", "provider"],
        Az => &["name", "region"],
        NodeType => &["name", "regions", "availability_zones"],
        NodeCluster => &["state", "name", "region", "node_type"],
        Node => &[
            "state",
            "node_cluster",
            "node_type",
            "region",
            "docker_version",
        ],
        Registry => &["name", "host", "is_docker_registry"],
        Repository => &["name", "registry"],
        Stack => &["name"],
        Service => &["state", "name", "stack", "stack__name"],
        Container => &["state", "name", "service", "node", "service__stack__name"],
        Action => &[
            "state",
            "start_date__gte",
            "start_date__lte",
            "end_date__gte",
            "end_date__lte",
        ],
        Trigger => &["name"],
        Image => &[
            "name",
            "jumpstart",
            "is_private_image",
            "is_user_image",
            "registry",
            "categories__name",
        ],
        ImageTag => &["name"],
        Volume => &["node", "containers"],
        VolumeGroup => &["name", "volumes", "services"],
    };
    // Every kind but the catalog, repositories and images takes its uuid and uuid prefix.
    let by_uuid = !matches!(
        kind,
        Provider | Region | Az | NodeType | Repository | Image | ImageTag
    );
    let uuid: &[&str] = if by_uuid {
        &["uuid", "uuid__startswith"]
    } else {
        &[]
    };
    [uuid, own].concat()
}

/// Checks one filter as Tastypie did: a parameter naming no field of the listed objects
/// is ignored (`Ok(false)`), one on a field that does not allow filtering, or with a lookup
/// the field does not allow, is refused.
pub fn check(resource: Resource, key: &str, items: &[&Value]) -> Result<bool, ApiError> {
    let allowed = filterable(resource);
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
