//! Identifier resolution: full uuid, uuid prefix, name, and `name.stack`.
//!
//! A full uuid is fetched directly (only a 404 means not found). Anything else is looked up
//! with list filters, asking for at most two objects: one match is used as returned by the
//! list, without fetching it again; candidates that are not the result are parsed only for
//! the fields an ambiguity error names them by.

use serde_json::Value;

use super::page::Fields;
use super::resource::{Resource, AMBIGUOUS_SHOWN};
use super::Client;
use crate::error::{Error, Result};
use crate::key;

/// The outcome of looking an identifier up.
#[derive(Debug)]
pub enum Found {
    /// Exactly one object.
    One(Value),
    /// No object.
    None,
    /// More than one object: the first few, with only the fields that name them (`uuid`,
    /// `name`).
    Many(Vec<Value>),
}

/// Whether `text` is exactly a version-4 uuid (any case).
pub fn is_uuid4(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 36 {
        return false;
    }
    bytes.iter().enumerate().all(|(i, &b)| match i {
        8 | 13 | 18 | 23 => b == b'-',
        14 => b == b'4',
        19 => matches!(b.to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b'),
        _ => b.is_ascii_hexdigit(),
    })
}

/// Looks `id` up among `resource`'s objects. An identifier the command line did not check
/// (`--link-service`) is checked here: an empty one is a usage error, sent nowhere.
pub fn find(client: &Client, resource: &Resource, id: &str) -> Result<Found> {
    key::identifier(id)?;
    if is_uuid4(id) {
        let path = client.object_path(resource, &id.to_ascii_lowercase());
        return Ok(match client.get_optional(&path)?.and_then(|r| r.body) {
            Some(object) => Found::One(object),
            None => Found::None,
        });
    }
    if let (Some(filter), Some((name, stack))) = (resource.key.stack_filter(), id.rsplit_once('.'))
    {
        if !name.is_empty() && !stack.is_empty() {
            match matching(client, resource, &[("name", name), (filter, stack)])? {
                Found::None => {}
                found => return Ok(found),
            }
        }
    }
    // Only a full uuid is lower-cased: an upper-case prefix such as `CAFE` may be a name.
    match matching(client, resource, &[("uuid__startswith", id)])? {
        Found::None if resource.key.by_name() => matching(client, resource, &[("name", id)]),
        found => Ok(found),
    }
}

/// The one object `id` names, or the resource's not-found / ambiguous error.
pub fn resolve(client: &Client, resource: &Resource, id: &str) -> Result<Value> {
    match find(client, resource, id)? {
        Found::One(object) => Ok(object),
        Found::None => Err(Error::failure(resource.not_found(id))),
        Found::Many(candidates) => Err(Error::failure(resource.ambiguous(id, &candidates))),
    }
}

/// The object itself as its own URL serves it, for a read-modify-write: a list entry (what
/// [`find`] gives for a name or prefix) may lack fields only the object's detail has, and a
/// change built from it would drop them. A full uuid was already read that way.
pub fn detail(client: &Client, id: &str, found: Value) -> Result<Value> {
    if is_uuid4(id) {
        return Ok(found);
    }
    let uri = found
        .get("resource_uri")
        .and_then(Value::as_str)
        .filter(|uri| !uri.is_empty())
        .ok_or_else(|| Error::failure("the server sent an object without a resource_uri"))?;
    client
        .get(uri, &[])?
        .body
        .ok_or_else(|| Error::failure(format!("the server sent an empty object (GET {uri})")))
}

/// The fields of a candidate an ambiguity error names it by.
const NAMED_BY: &[&str] = &["uuid", "name"];

/// The objects a filter matches, reading at most two of them: the first whole, as it is the
/// result when it is the only one, and the second only for the fields that name it. When
/// there are more than one, a second request reads the few an ambiguity error names, for
/// those fields alone.
fn matching(client: &Client, resource: &Resource, filters: &[(&str, &str)]) -> Result<Found> {
    let read = |limit: usize, fields: Fields| -> Result<Vec<Value>> {
        let mut found = Vec::new();
        client.list(resource, filters, limit, fields, |objects| {
            found.extend(objects);
            Ok(found.len() < limit)
        })?;
        Ok(found)
    };
    let mut found = read(2, Fields::FirstWhole(NAMED_BY))?;
    Ok(match found.len() {
        0 => Found::None,
        1 => Found::One(found.pop().unwrap_or_default()),
        _ => Found::Many(read(AMBIGUOUS_SHOWN + 1, Fields::Only(NAMED_BY))?),
    })
}

#[cfg(test)]
mod tests {
    use super::is_uuid4;

    #[test]
    fn uuid4_is_matched_whole() {
        assert!(is_uuid4("0b0e3538-88df-4f07-9aed-3a3cc4175076"));
        assert!(is_uuid4("0B0E3538-88DF-4F07-9AED-3A3CC4175076"));
        assert!(!is_uuid4("0b0e3538-88df-4f07-9aed-3a3cc4175076x"));
        assert!(!is_uuid4("0b0e3538-88df-1f07-9aed-3a3cc4175076"));
        assert!(!is_uuid4("0b0e3538-88df-4f07-7aed-3a3cc4175076"));
        assert!(!is_uuid4("0b0e3538"));
        assert!(!is_uuid4("0b0e3538-88df-4f07-9aed-3a3cc417507g"));
    }
}
