//! One stored object: the unit the store, the database and seed files hold.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One stored object: its owner namespace (none for the shared catalog), its parent id
/// (a trigger's service) and the JSON served by the API.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Obj {
    /// The id in paths (uuid, or name / `provider/name` / host for catalog objects).
    pub id: String,
    /// Owner namespace; none for the shared catalog.
    pub namespace: Option<String>,
    /// Parent object id (a trigger's service).
    #[serde(default)]
    pub parent: Option<String>,
    /// The JSON served by the API.
    pub object: Value,
}

impl Obj {
    /// A top-level object (no parent) owned by namespace `ns`.
    pub fn owned(id: &str, ns: &str, object: Value) -> Obj {
        Obj {
            id: id.to_string(),
            namespace: Some(ns.to_string()),
            parent: None,
            object,
        }
    }
}
