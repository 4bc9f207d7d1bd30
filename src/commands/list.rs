//! List commands over the resource table, and the filters of `ps`.

use std::collections::HashMap;

use serde_json::Value;

use super::ctx::Ctx;
use super::fields::{resource_uri, text};
use crate::api::resolve::{find, Found};
use crate::api::resource::Resource;
use crate::api::Client;
use crate::error::{Error, Result};

/// A list command over `resource` (its columns), for the objects matching `filters` and
/// `keep`, streamed page by page whatever the output: `--json` prints each object, `-q` the
/// resource's `quiet` field, and the table keeps only the cells `row` makes of each object.
pub fn list(
    ctx: &Ctx,
    resource: &Resource,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    row: impl FnMut(&Value) -> Result<Vec<String>>,
) -> Result<()> {
    let path = ctx.client.collection_path(resource);
    list_at(ctx, resource, &path, filters, keep, row)
}

/// [`list`] of the collection at `path` (a nested one, such as an image's tags).
pub fn list_at(
    ctx: &Ctx,
    resource: &Resource,
    path: &str,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    mut row: impl FnMut(&Value) -> Result<Vec<String>>,
) -> Result<()> {
    let table = !ctx.out.is_json() && !ctx.out.is_quiet();
    let mut list = ctx.out.list(resource.columns);
    ctx.client
        .list_at(path, filters, crate::api::PAGE_SIZE, |objects| {
            for object in objects.iter().filter(|object| keep(object)) {
                let cells = if table { row(object)? } else { Vec::new() };
                list.row(object, cells, text(object, resource.quiet))?;
            }
            list.flush()?;
            Ok(true)
        })?;
    list.finish()
}

/// Names a table looks up (by URI or uuid), read at most once, when a first row needs them.
pub struct Lookup<F> {
    read: Option<F>,
    names: HashMap<String, String>,
}

impl<F: FnOnce() -> Result<HashMap<String, String>>> Lookup<F> {
    /// A lookup that `read` fills on first use.
    pub fn new(read: F) -> Lookup<F> {
        Lookup {
            read: Some(read),
            names: HashMap::new(),
        }
    }

    /// The name for `key`, reading the names first if that has not been done.
    pub fn get(&mut self, key: &str) -> Result<Option<&String>> {
        if let Some(read) = self.read.take() {
            self.names = read()?;
        }
        Ok(self.names.get(key))
    }
}

/// The one object a list filter (`--stack X`, `--service X`) names, with the filters' own
/// error wording.
pub fn filter_target(client: &Client, resource: &Resource, id: &str) -> Result<Value> {
    match find(client, resource, id)? {
        Found::One(object) => Ok(object),
        Found::None => Err(Error::failure(format!(
            "Identifier '{id}' does not match any {}",
            resource.label
        ))),
        Found::Many(candidates) => Err(Error::failure(resource.ambiguous(id, &candidates))),
    }
}

/// The filters of a `ps`: `state` for `--status`, and `key` for the resource URI of the
/// [`filter_target`] object, if any.
pub fn ps_filters<'a>(
    status: Option<&'a str>,
    key: &'static str,
    target: Option<&'a Value>,
) -> Result<Vec<(&'static str, &'a str)>> {
    let mut filters = Vec::new();
    if let Some(status) = status {
        filters.push(("state", status));
    }
    if let Some(target) = target {
        filters.push((key, resource_uri(target)?));
    }
    Ok(filters)
}
