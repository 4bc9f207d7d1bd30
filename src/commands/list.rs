//! List commands over the resource table, and the filters of `ps`.

use serde_json::Value;

use super::ctx::Ctx;
use super::fields::{resource_uri, text};
use crate::api::resolve::{find, Found};
use crate::api::resource::Resource;
use crate::api::Client;
use crate::error::{Error, Result};

/// A list command over `resource` (its columns), for the objects matching `filters` and
/// `keep`. `--json` and `-q` stream page by page (`-q` prints the resource's `quiet` field);
/// the table waits for every object, so that `rows` can look up what its cells need once for
/// all.
pub fn list(
    ctx: &Ctx,
    resource: &Resource,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    rows: impl FnOnce(&[Value]) -> Result<Vec<Vec<String>>>,
) -> Result<()> {
    let path = ctx.client.collection_path(resource);
    list_at(ctx, resource, &path, filters, keep, rows)
}

/// [`list`] of the collection at `path` (a nested one, such as an image's tags).
pub fn list_at(
    ctx: &Ctx,
    resource: &Resource,
    path: &str,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    rows: impl FnOnce(&[Value]) -> Result<Vec<Vec<String>>>,
) -> Result<()> {
    let table = !ctx.out.is_json() && !ctx.out.is_quiet();
    let mut list = ctx.out.list(resource.columns);
    let mut kept = Vec::new();
    ctx.client
        .list_at(path, filters, crate::api::PAGE_SIZE, |objects| {
            for object in objects.into_iter().filter(|object| keep(object)) {
                if table {
                    kept.push(object);
                } else {
                    list.row(&object, Vec::new(), text(&object, resource.quiet))?;
                }
            }
            list.flush()?;
            Ok(true)
        })?;
    if table {
        for (object, cells) in kept.iter().zip(rows(&kept)?) {
            list.row(object, cells, "")?;
        }
    }
    list.finish()
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
