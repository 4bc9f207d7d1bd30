//! Fields of API objects.

use serde_json::Value;

use crate::error::{Error, Result};

/// A string field of an API object (empty when missing or not a string).
pub fn text<'a>(object: &'a Value, key: &str) -> &'a str {
    object.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The object's uuid.
pub fn uuid(object: &Value) -> &str {
    text(object, "uuid")
}

/// The object's `resource_uri`, or an error naming the object when the server sent none.
pub fn resource_uri(object: &Value) -> Result<&str> {
    object
        .get("resource_uri")
        .and_then(Value::as_str)
        .filter(|uri| !uri.is_empty())
        .ok_or_else(|| {
            Error::failure(format!(
                "the server sent an object without resource_uri ({})",
                uuid(object)
            ))
        })
}

/// The last non-empty segment of a URI path (`/api/infra/v1/node/<uuid>/` → `<uuid>`).
pub fn last_segment(uri: &str) -> &str {
    uri.rsplit('/').find(|s| !s.is_empty()).unwrap_or("")
}
